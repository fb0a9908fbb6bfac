"""A field's values and its kind however an owner says them, written the way every reader knows.

Owners give the values of a field in several shapes that mean the same: *a category (plumbing,
electrics or heating)*, *a category that can be plumbing, electrics or heating*, *a category,
which is plumbing, electrics or heating*, *a category of plumbing, electrics or heating*. The
readers (the list readers, the parse, the record readers that look at a sentence as written)
were written against the bracket, so the other shapes are written as the bracket while the
text is normalized, before any of them reads it. Only values that are plain words are taken:
no article, pronoun or joining word inside (*a room that can be booked by a member* is no
choice), and no values that read as things done to the thing (*booked or cancelled*) unless
the field is a word for a choice (*a status that can be open or closed*). In the same way a date
told by *when* in a list (*the litres made, when it was churned and ...*) is written as *the
date it was churned*, which the field readers name and type; left as it was, the readers take
it for a condition and drop it.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection

_WORD = (
    r"(?!(?:and|or|a|an|the|with|but|so|plus|while|which|who|that|this|we|i|you|they|it|its|"
    r"their|our|my|is|are|be|by|to|for|from|at|on|in|per|each|every|if|when|once|until)\b)"
    r"[a-z0-9][\w'\-/]*"
)
# a value may open with a preposition (*in person or online*, *by post*) or be one's own (*our
# own web shop*), never go on with either
_VALUE = rf"(?:(?:in|by|on|at)\s+|(?:our|my|their)\s+own\s+)?{_WORD}(?:\s+{_WORD}){{0,3}}"
_VALUES = rf"(?P<values>{_VALUE}(?:\s*,\s*{_VALUE})*,?\s+or\s+{_VALUE})"
_ITEM_ENDS = r"(?=\s*(?:[,;:.)]|$)|\s+(?:and|but|so|plus|while|because)\s)"
"""The values end where the list item does: a comma, a full stop, or *and* before the next."""

CHOICE_HEADS = frozenset(
    [
        "method",
        "type",
        "kind",
        "mode",
        "size",
        "level",
        "grade",
        "class",
        "category",
        "choice",
        "option",
        "format",
        "style",
        "colour",
        "color",
        "basis",
        "status",
        "priority",
        "tier",
        "plan",
        "rating",
        "band",
        "outcome",
        "result",
        "gender",
        "side",
        "shift",
        "recommendation",
        "verdict",
        "decision",
    ]
)
"""Heads of a field whose two values may follow *of* (*a payment method of cash or card*)."""

VALUE_OF_HEADS = frozenset(
    [
        "condition",
        "grade",
        "rating",
        "priority",
        "status",
        "colour",
        "color",
        "finish",
        "quality",
        "level",
        "band",
        "severity",
        "result",
        "outcome",
        "tier",
        "difficulty",
        "urgency",
        "size",
        "frequency",
        "rank",
        "stage",
        "group",
    ]
)
"""Words for a quality, after which *of* gives its value (*a severity of minor or major*); after
a word for a thing or a sort, *of* names what it holds (*a glass of red or white*)."""

_THAT_CAN_BE = re.compile(
    r"\b(?P<head>[a-z][\w\-]*)(?P<told>,?\s+(?:that|which)(?:\s+(?:can|could|will)\s+be|\s+is|'s)"
    rf"|\s*,\s+which\s+(?:is|can\s+be))\s+(?P<either>(?:either|one\s+of)\s+)?{_VALUES}"
    rf"{_ITEM_ENDS}"
)
"""*a category that can be plumbing, electrics or heating*, *a setup, which is standing,
seated or racing rig*, *a time slot that's either sunrise or evening*."""

_KIND_OF = re.compile(
    r"\b(?P<field>(?:a|an|the|its|their)\s+(?:[a-z][\w\-]*\s+){0,2}(?P<head>[a-z][\w\-]*))\s+of\s+"
    rf"{_VALUES}{_ITEM_ENDS}"
)
"""*a severity of minor, major or out of service*, *a height band of 4-5ft, 5-6ft or over
7ft*, *a deer sign level of none, low or heavy*."""


_ITS_CHOICE_IS = re.compile(
    r"\b(?:its|their|the)\s+(?P<head>[a-z][\w\-]*)\s+is\s+(?:either\s+|one\s+of\s+)?"
    rf"{_VALUES}{_ITEM_ENDS}"
)
"""*its outcome is completed, missed or rescheduled*: a choice told as what it is, written *it
has an outcome (completed, missed or rescheduled)* (not *its status is ...*, which the flow
readers take as the steps it goes through)."""


def _its_choice_is(match: re.Match[str]) -> str:
    head = match["head"]
    if head == "status" or head not in CHOICE_HEADS | VALUE_OF_HEADS:
        return match[0]
    article = "an" if head[0] in "aeiou" else "a"
    return f"it has {article} {head} ({match['values']})"


def _participles(values: str) -> bool:
    """Whether the values read as things done (*confirmed, moved or cancelled*)."""
    return any(
        _past(value.split()[0], participle=True)
        for value in re.split(r"\s*,\s*|,?\s+or\s+", values)
        if value
    )


def _that_can_be(match: re.Match[str]) -> str:
    if (
        match["head"] not in CHOICE_HEADS
        and match["head"] not in VALUE_OF_HEADS
        and (_participles(match["values"]))
    ):
        # things done to a record (*a booking that can be confirmed, moved or cancelled*):
        # what the record goes through, not a field's values
        return match[0]
    return f"{match['head']} ({match['values']})"


def _kind_of(match: re.Match[str]) -> str:
    if match["head"] not in VALUE_OF_HEADS:
        return match[0]
    return f"{match['field']} ({match['values']})"


_VALUES_BEFORE_HEAD = re.compile(
    rf"\b(?P<det>a|an)\s+(?P<values>{_WORD}(?:\s*,\s*{_WORD})*,?\s+or\s+{_WORD})\s+"
    r"(?P<head>[a-z][\w\-]*)\b(?!\s*\()"
)
"""*a morning, afternoon or twilight slot*, *a small or large size*: the values said before
the word for the choice, one word each."""
_SLOT_HEADS = frozenset(["slot", "session", "sitting"])


def _values_before_head(match: re.Match[str]) -> str:
    head = match["head"]
    if head not in CHOICE_HEADS | VALUE_OF_HEADS | _SLOT_HEADS:
        return match[0]
    article = "an" if head[0] in "aeiou" else "a"
    return f"{article} {head} ({match['values']})"


_HOW_PAID_THEN_VALUES = re.compile(
    r"\b(?P<how>how\s+(?:it|they)\s+(?:was|were|is|are)\s+paid),\s+(?:by\s+|either\s+)?"
    r"(?P<values>[a-z]+(?:\s+[a-z]+)?(?:,\s+[a-z]+(?:\s+[a-z]+)?)*,?\s+or\s+[a-z]+(?:\s+[a-z]+)?)"
    r"(?=\s*(?:[.;]|$))"
)
"""*... and how it was paid, cash or card*: the values of how it was paid, said after a comma."""


_PICKED_FROM = re.compile(rf",\s+(?:picked|chosen|selected)\s+from\s+{_VALUES}{_ITEM_ENDS}")
"""*the reason for the crisis, picked from benefit delay, low income or debt*: the item's
values."""


_IS_FOR_ONE_COLON = re.compile(
    rf"\bis\s+for\s+one\s+(?P<head>[a-z][\w\-]*)\s*:\s+{_VALUES}(?=\s*(?:[.;]|$))"
)
"""*every shift is for one job: cooking, serving or washing up*: the shift's job, one of those."""


def options_in_brackets(text: str) -> str:
    """``a category that can be plumbing, electrics or heating``, ``a category, which is
    plumbing, electrics or heating`` and ``a category of plumbing, electrics or heating``:
    *a category (plumbing, electrics or heating)*; so is ``how it was paid, cash or card``;
    ``text`` is lower case."""
    text = _HOW_PAID_THEN_VALUES.sub(r"\g<how> (\g<values>)", text)
    text = _PICKED_FROM.sub(r" (\g<values>)", text)
    text = _IS_FOR_ONE_COLON.sub(r"has a \g<head> (\g<values>)", text)
    text = _THAT_CAN_BE.sub(_that_can_be, text)
    text = _ITS_CHOICE_IS.sub(_its_choice_is, text)
    text = _VALUES_BEFORE_HEAD.sub(_values_before_head, text)
    return _KIND_OF.sub(_kind_of, text)


_WHEN_IT_HAPPENED = re.compile(
    # an item of a list, or what is noted: after a comma, *and*, *plus* or a verb of keeping
    r"(?:(?<=, )|(?<=and )|(?<=plus )|(?<=note )|(?<=notes )|(?<=record )|(?<=records )"
    r"|(?<=log )|(?<=logs )|(?<=down ))"
    r"when\s+(?P<said>(?:it|they|he|she|we|i)\s+(?:(?P<was>was|were)\s+)?(?:(?:last|first)\s+)?"
    r"(?P<verb>[a-z]+)(?:\s+(?:it|them))?|(?:it|they)(?P<due>'s|'re|\s+is|\s+are)\s+next\s+due)"
    # the item ends there (a particle after the verb is read where it stands: *when they were
    # dropped off* is the day they were dropped), and the next is an item too, not a verb
    # (*when i started and finished each book*) nor a clause of its own (*..., and when they
    # joined, we gave them a badge* is a condition)
    r"(?=\s*(?:[;.]|$)|(?:,\s+|,?\s+and\s+)(?:a|an|the|its|their|his|her|any|whether|how|which"
    r"|what|who)\b)"
)
"""*a check records the reading, when it was taken, ...*, *the number of bags and when they
were dropped off*: the date of a thing done, said by *when*."""


def _past(word: str, participle: bool) -> bool:
    """Whether ``word`` is a verb's past tense (*joined*, *came*), or its past participle when
    ``participle`` (*taken*, *churned*)."""
    tags = ("VBN",) if participle else ("VBD",)
    return any(
        word in getInflection(lemma, tag=tag)
        for lemma in getAllLemmas(word).get("VERB", ())
        for tag in tags
    )


_ITS_OWN_DAYS = frozenset(
    ["ends", "expires", "starts", "begins", "renews", "end", "expire", "start"]
)
"""*when it expires*: read where it stands, as the record's own expiry date."""
_LIGHT_VERBS = frozenset(["is", "are", "has", "have", "does", "do"])


def _present(word: str) -> bool:
    """Whether ``word`` is a verb in the present tense (*runs*, *open*)."""
    return any(
        word in getInflection(lemma, tag=tag)
        for lemma in getAllLemmas(word).get("VERB", ())
        for tag in ("VBZ", "VBP")
    )


def when_it_happened(text: str) -> str:
    """``a batch records the litres made, when it was churned and ...``: *the date it was
    churned*; ``members have a name and when they joined``: *the date they joined*;
    ``excursions have a name, when it runs and a price``: *the date it runs*."""

    def dated(match: re.Match[str]) -> str:
        verb = match["verb"] or ""
        if match["due"]:
            told = True  # *when it's next due*: the date it is next due
        elif match["was"] is not None:
            told = _past(verb, participle=True)
        else:
            told = _past(verb, participle=False) or (
                _present(verb) and verb not in _ITS_OWN_DAYS and verb not in _LIGHT_VERBS
            )
        return f"the date {match['said']}" if told else match[0]

    return _WHEN_IT_HAPPENED.sub(dated, text)
