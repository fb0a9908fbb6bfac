"""List items said in a few words, written as the item readers know them: *done by a shore crew
member* (the one who did it), *the lines sold* (the lines), *two teams* (a first team and a
second), *single or double row* (the row's type and its two values), *the date that got missed*
(the missed date), *how it came in, so phone, email or the web form* (its values), *which
customer site it was (...)* (the site, and its list), *which van it went out from* (which van),
*the wear as a percentage* (the wear, in per cent), *a lowest and highest age* (a lowest age and
highest age), *a tick for power of attorney and another for whether ...* (two yes/no fields),
*how many came in* (the quantity), *the most they will pay each* (the max price each).
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_be_adjective, can_be_noun, singular

_DONE_BY_ONE = re.compile(
    r"(?:^|(?<=,\s))(?:done|carried\s+out|checked|signed\s+off|completed|filled\s+in)\s+by\s+"
    r"(?:a|an|one\s+of\s+the|one\s+of\s+our)\s+(?=[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s*(?:,|$))"
)
"""*check: vehicle, date, done by a shore crew member, ...*: the one who did it, an item naming
them (no yes/no of whether it was done)."""


_PARTS_DONE = re.compile(
    r"\b(?P<parts>lines|items|entries|rows)\s+(?:sold|used|ordered|bought|fitted|supplied|"
    r"delivered)"
    r"(?=\s*(?:[,;)]|\band\b|$))"
)
"""*the lines sold*: the lines (of the sale), several records of their own, no one line."""


_TWO_OF_THEM = re.compile(
    r"(?:^(?=[^,]*,)|(?<=,\s))(?:the\s+)?(?:two|2)\s+(?!(?:days|weeks|months|years|hours|minutes|"
    r"nights)\b)"
    r"(?P<things>[a-z][\w\-]*s)(?=\s*(?:,|$))"
)
"""*game: date, sheet, two teams, status (...)*: a first team and a second, two of its own; not
*we have two pickers*, the records themselves."""


_ONE_OR_ANOTHER_KIND = re.compile(
    r"(?:^|(?<=,\s))(?P<one>[a-z]+)\s+or\s+(?P<other>[a-z]+)\s+(?P<head>[a-z]+)(?=\s*(?:,|$|\s+"
    r"and\s))"
)
"""*..., single or double row, ...*: which of two kinds of row, said as its adjectives."""


_MOMENT_THAT_WAS_DONE = re.compile(
    r"\b(?P<moment>date|day|time)\s+that\s+(?:was|got|is)\s+(?P<done>[a-z]+ed)\b"
)
"""*the date that got missed*: the missed date, named by what happened on it."""


_SO_ITS_VALUES = re.compile(
    r",\s+so\s+(?P<values>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)*"
    r",?\s+or\s+(?:the\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*$"
)
"""*..., and how it came in, so phone, email or the web form*: the last item's values."""
_THE = re.compile(r"(?:^|(?<=\s))the\s+")


_WHICH_ONE_IT_WAS_WITH_ITS_LIST = re.compile(
    r"\bwhich\s+(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:it|they)\s+(?:was|were|is|are)"
    r"(?:\s+(?:at|in|on|for|from))?\s+(?=\()"
)
"""*which customer site it was (the site name and postcode)*: the site, with its own list."""


_WHICH_ONE_IT_WENT_FROM = re.compile(
    r"\bwhich\s+(?P<thing>[a-z][\w\-]*)\s+(?:(?:it|they)\s+(?:went|goes)\s+(?:out\s+)?"
    r"(?:from|in|on|with)|has\s+it|holds\s+it)(?=\s*(?:,|;|$|\s+(?:and|plus)\s))"
)
"""*which van it went out from*, *which member has it*: which van, which member (a link)."""


_PAIRED = (
    r"(?:lowest|highest|minimum|maximum|min|max|earliest|latest|opening|closing|start|end|male|"
    r"female|adult|child|junior|senior|home|away|buying|selling|cost|sale|retail|trade)"
)
_TWO_ENDS_OF_ONE = re.compile(
    rf"(?:^|(?<=,\s)|(?<=\band\s))(?P<det>a|an|the)\s+(?P<one>{_PAIRED})\s+and\s+"
    rf"(?:(?:a|an|the)\s+)?(?P<other>{_PAIRED})\s+(?P<noun>[a-z][\w\-]*)(?=\s*(?:,|$)|\s+and\s)"
)
"""*a lowest and highest age*, *the buying and selling price*: two items, each its own."""


_BEFORE_AND_AFTER = re.compile(
    r"(?:^|(?<=,\s)|(?<=\band\s))(?P<what>(?:the\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?)\s+"
    r"before\s+and\s+after(?=\s*(?:,|$)|\s+and\s)"
)
"""*the battery health before and after*: two items, one before and one after."""


_WHICH_ONE_IT_IS_FOR = re.compile(
    r"\bwhich\s+(?P<thing>[a-z][\w\-]*)\s+(?:it|they)\s+(?:is|are|was|were)\s+for"
    r"(?=\s*(?:,|$)|\s+and\s)"
)
_WHICH_OF_THE_ONES_DID_IT = re.compile(
    r"\bwhich\s+of\s+(?:the|our)\s+(?P<things>[a-z][\w\-]*s)\s+(?:has|have|had|is|did)\s+"
    r"[a-z]+(?:\s+it)?(?:\s+(?:on|over|up|in|out))?(?=\s*(?:,|$)|\s+and\s)"
)
"""*which dancer it is for*, *which of the makers has taken it on*: which dancer, which maker."""
_ON_WHICH_ONE = re.compile(
    r"(?:^|(?<=,\s)|(?<=\band\s))(?:on|in|at|from|by|with)\s+which\s+(?=[a-z])"
)
"""*who went out, on which picker, the date*: which picker."""
_THAT_THEY_TELL_US = re.compile(
    r"(?<=[a-z])\s+(?:that\s+|which\s+)?(?:they|he|she|you)\s+(?:tell|tells|give|gives|mention|"
    r"mentions|report|reports|declare|declares)\s+(?:us|we)(?:\s+(?:about|of))?"
    r"(?=\s*(?:,|$)|\s+and\s)"
)
"""*any medical conditions they tell us about*: the conditions."""
_ITEM_EITHER_ONE_OR_OTHER = re.compile(
    r"(?:^|(?<=,\s))(?P<item>(?:a|an|the)\s+[a-z][\w\-]*),\s+either\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+or\s+(?P<other>[a-z][\w\-]*(?:\s+"
    r"[a-z][\w\-]*)?)(?=,)"
)
"""*the answer, either given or refused, the name ...*: the answer's two values."""
_FOR_WHAT_THEY_DO = re.compile(
    r"(?P<item>\b(?:a|an|the)\s+(?:category|type|kind|class))\s+for\s+what\s+(?:they|it|he|she)\s+"
    r"[a-z]+(?=\s*\()"
)
"""*a category for what they sell (food, clothing, ...)*: the category, and its values."""
_PLUS_FLAGS_FOR = re.compile(
    r"\bplus\s+(?:two\s+)?yes/no\s+(?:flags|fields|ticks|boxes)\s+for\s+(?=whether)"
)
"""*... with its own bay number plus yes/no flags for whether it is covered and ...*."""
_FLAGS_THEN_NAMED = re.compile(
    r"\b(?:two|2)\s+yes/no\s+(?:flags|fields|ticks|boxes),\s+(?P<one>[a-z][\w\-]*(?:\s+"
    r"[a-z][\w\-]*)?)"
    r"\s+and\s+(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?=\s*(?:,|$))"
)
"""*two yes/no flags, vegetarian and gluten free*: a flag for each."""

_A_TICK_FOR = re.compile(r"\ba\s+tick(?:\s+box)?\s+for\s+(?=[a-z])")
"""*a tick for power of attorney*: a yes/no for it."""
_AND_ANOTHER_FOR = re.compile(r"\s+and\s+another\s+(?:one\s+)?for\s+(?=whether\s)")
"""*a yes/no for power of attorney and another for whether they are the main contact*: a second
yes/no."""


def _another_yes_no(match: re.Match[str]) -> str:
    return " and a yes/no for " if "yes/no" in match.string[: match.start()] else match[0]


_HOW_MANY_WITH_NO_NOUN = re.compile(
    r"\bhow\s+many\s+(?:came\s+in|come\s+in|they\s+are\s+after|they\s+want|they\s+need|"
    r"are\s+in\s+there|were\s+(?:sent|delivered|ordered|bought))(?=\s*(?:[,;)]|\band\b|$))"
)
"""*how many came in*, *how many they are after*: the quantity, said with no noun to count."""
_THE_MOST_THEY_WILL_PAY = re.compile(
    r"\bthe\s+most\s+(?:they|we|he|she)\s+(?:will|would|can)\s+pay(?P<each>\s+each)?\b"
)
"""*the most they will pay each*: the max price each."""
_NAME_ONLY = re.compile(r"^(?P<item>name|a\s+name|their\s+name|the\s+name)\s+only$")
"""*staff: name only*: the name, all that is kept."""

_AS_A_PERCENTAGE = re.compile(r"(?<=[a-z])\s+as\s+a\s+(?:percentage|percent)\b")
"""*the fork heel wear as a percentage*: the wear, in per cent."""


def items_said_shortly(text: str) -> str:
    """A list's text with each short item written out (see the module's docstring)."""
    text = _NAME_ONLY.sub(r"\g<item>", _AS_A_PERCENTAGE.sub(" percent", text))
    text = _HOW_MANY_WITH_NO_NOUN.sub("the quantity", text)
    text = _THE_MOST_THEY_WILL_PAY.sub(r"the max price\g<each>", text)
    text = _AND_ANOTHER_FOR.sub(_another_yes_no, _A_TICK_FOR.sub("a yes/no for ", text))
    text = _ON_WHICH_ONE.sub("which ", text)
    text = _THAT_THEY_TELL_US.sub("", text)
    text = _ITEM_EITHER_ONE_OR_OTHER.sub(r"\g<item> (\g<one>, \g<other>)", text)
    text = _FOR_WHAT_THEY_DO.sub(r"\g<item>", text)
    text = _PLUS_FLAGS_FOR.sub("and ", text)
    text = _FLAGS_THEN_NAMED.sub(r"a \g<one> (yes/no) and a \g<other> (yes/no)", text)
    text = _WHICH_ONE_IT_IS_FOR.sub(r"which \g<thing>", text)
    text = _WHICH_OF_THE_ONES_DID_IT.sub(lambda m: f"which {singular(m['things'])}", text)
    text = _BEFORE_AND_AFTER.sub(r"\g<what> before and \g<what> after", text)
    text = _TWO_ENDS_OF_ONE.sub(r"\g<det> \g<one> \g<noun> and \g<other> \g<noun>", text)
    text = _WHICH_ONE_IT_WAS_WITH_ITS_LIST.sub(r"the \g<thing> ", text)
    text = _WHICH_ONE_IT_WENT_FROM.sub(r"which \g<thing>", text)
    text = _MOMENT_THAT_WAS_DONE.sub(r"\g<done> \g<moment>", text)
    text = _SO_ITS_VALUES.sub(_its_values, text)
    text = _PARTS_DONE.sub(r"\g<parts>", _DONE_BY_ONE.sub("the ", text))
    text = _TWO_OF_THEM.sub(_first_and_second, text)
    return _ONE_OR_ANOTHER_KIND.sub(_kind_of_it, text)


def _its_values(match: re.Match[str]) -> str:
    values = _THE.sub("", match["values"])
    return f" ({values})"


def _first_and_second(match: re.Match[str]) -> str:
    one = singular(match["things"])
    return f"first {one}, second {one}"


def _kind_of_it(match: re.Match[str]) -> str:
    kinds, head = [match["one"], match["other"]], match["head"]
    if not all(can_be_adjective(kind) for kind in kinds) or not can_be_noun(head):
        return match[0]
    if can_be_adjective(head) or ":" in match.string[: match.start()]:
        return match[0]  # "how it settled: happily, unsettled or very upset": values said
    return f"{match['head']} type ({kinds[0]}, {kinds[1]})"
