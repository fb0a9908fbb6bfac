"""A list split into its items, and a field's values into its options: *a SKU, a name, a
quantity on hand and a unit price* is four items, *low, medium or high* three options; a
shared word is given to each item it is said once for (*a start and end time*).
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_noun
from appwright.design.offline.brackets import outside_brackets_as_written, split_top_level
from appwright.design.offline.items_said_shortly import items_said_shortly
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.word_classes import word_set, words
from appwright.design.offline.word_forms import can_be_noun, is_past_participle, verb_lemma

_RELATIVE = re.compile(
    # "the part of the aircraft that was hit, a description, ...": a passive in the past says
    # which one the item is; the list goes on
    r"\s(?:that|which)\s+(?!it\b|they\b|(?:was|were|is|are|got|gets)\s+[a-z]+(?:ed|en|t)\b)\w+"
    r"|\s(?:goes|moves|progresses)\s+from\b"
)

LIST_SEPARATORS = (
    # "a date, plus a yes/no for delivery": one more item ("plus several contacts" is not)
    r"\s*,\s*(?:and|or|&|plus(?=\s+(?:a|an|the|its|their)\s))\s+",
    r"\s*,\s*",
    r"\s+and\s+",
    r"\s+or\s+",
    r"\s+&\s+",
)
OPTION_SEPARATORS = (*LIST_SEPARATORS, r"\s*/\s*", r"\s*\|\s*", r"\s*->\s*")


_SLASHES_OR = re.compile(r"([\w\-]+(?:\s*/\s*[\w\-]+)+)\s+or\s+([\w\-]+)\b")
"""``requested/received/refunded or rejected``: the last value of a slashed list."""
_APPOSITIVE_CHOICE = re.compile(
    r"(?:^|(?<=\band )|(?<=, and ))(?P<field>(?:a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+"
    r"(?P<opts>[a-z][\w\-]*(?:\s*,\s*[a-z][\w\-]*)*\s+or\s+[a-z][\w\-]*)\s*$"
)
"""``... and a type, bisque or glaze``: the values of the field before them, as if bracketed."""
_WHETHER_ONE_OF = re.compile(
    r"\b(?:whether|if)\s+(?:[a-z']+\s+){1,4}?(?:a|an|the)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+or\s+(?:[a-z]+\s+){0,2}?(?:a|an|the)\s+(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?=\s*(?:[,;)]|$))"
)
"""``whether they will swear an oath or make an affirmation``: which of two things, each named
with its article (*whether it is paid or not* is a yes/no)."""


_WHETHER_WHICH_KIND = re.compile(
    r"\b(?:whether|if)\s+(?:it|they)(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:the|a|an)\s+"
    # "whether it was a swap or a new bottle": two things, each with its own *a*
    r"(?P<one>[a-z][\w\-]*)\s+or\s+(?:the\s+)?(?!(?:the|a|an)\b)(?P<other>[a-z][\w\-]*)\s+"
    r"(?P<kind>[a-z][\w\-]*)(?=\s*(?:[,;)]|$))"
)
"""``whether it's the morning or afternoon session``: *session (morning, afternoon)*, which of
two kinds of the thing named last."""


_WHETHER_AT_ONE_PLACE = re.compile(
    r"(?:whether|if)\s+(?:it|they)(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:in|on|at)\s+(?:the|a|an)\s+"
    r"[a-z][\w\-]*\s+or\s+(?:in|on|at)\s+(?:the|a|an)\s"
)
_WHETHER_IT_IS_A = re.compile(r"(?:whether|if)\s+(?:it|they)\s+(?:is|are|was|were)\s+(?:a|an)\s")


def _one_of_two(match: re.Match[str]) -> str:
    """The field *whether ... an oath or ... an affirmation* names, with its two values:
    *oath-or-affirmation (oath, affirmation)*, *single-or-double room (single room, ...)*."""
    one, other = match.group("one").split(), match.group("other").split()
    if _WHETHER_AT_ONE_PLACE.match(match[0]):
        return f"location ({' '.join(one)}, {' '.join(other)})"  # "in the salon or on a van"
    if _WHETHER_IT_IS_A.match(match[0]) and not (
        len(one) == len(other) == 2 and one[-1] == other[-1]
    ):
        # "whether it's a gp surgery or a hospital department": which kind of record it is
        return f"type ({' '.join(one)}, {' '.join(other)})"
    if len(one) == len(other) == 2 and one[-1] == other[-1]:
        name = f"{one[0]}-or-{other[0]} {one[-1]}"
    else:
        name = f"{'-'.join(one)}-or-{'-'.join(other)}"
    return f"{name} ({' '.join(one)}, {' '.join(other)})"


_WHETHER_THIS_WAY = re.compile(
    r"\b(?:whether|if)\s+(?:it|they|he|she|i|we|you)(?:\s+(?:was|were|is|are))?\s+(?P<verb>[a-z]+)\s+"
    r"(?P<by>by|with|in|via|through|using)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+or\s+"
    r"(?:(?P=by)\s+)?(?P<other>(?!not\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?=\s*(?:[,;)]|$))"
)
"""``whether they paid by card or cash``: which of two ways it was done."""


_DONE_THIS_WAY = re.compile(
    r"(?:^|(?<=,\s)|(?<=\band\s))(?P<verb>[a-z]+)\s+(?P<by>by|via)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+or\s+(?:(?P=by)\s+)?(?P<other>(?!not\b)[a-z][\w\-]*)(?=\s*(?:[,;)]|$))"
)
"""``a till number, and paid by card or cash``: the same choice as a bare item of a list, a
participle and its two ways."""


_WHETHER_DONE_ONE_WAY = re.compile(
    r"\b(?:whether|if)\s+(?:it|they)(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?P<verb>[a-z]+ed)\s+"
    r"(?P<one>(?!(?:not|off|up|out|in|on|back|over|down|by|with|to|as|and)\b)[a-z][\w\-]*)\s+or\s+"
    r"(?P<other>(?!not\b)[a-z][\w\-]*)(?=\s*(?:[,;)]|$)|\s+and\s)"
)
"""``whether it's printed digital or litho``: which of two ways it is done, said bare."""


def ways_it_was_done(text: str) -> str:
    """``whether they paid by card or cash``, ``..., paid by card or cash`` → *payment method
    (card, cash)*: a choice of ways, not a yes/no."""

    def way(match: re.Match[str]) -> str:
        lemma = verb_lemma(match["verb"])
        if lemma is None:
            return match.group(0)
        return f"{act_noun(lemma) or lemma} method ({match['one']}, {match['other']})"

    def bare_way(match: re.Match[str]) -> str:
        return way(match) if is_past_participle(match["verb"]) else match.group(0)

    text = _WHETHER_DONE_ONE_WAY.sub(way, text)
    return _DONE_THIS_WAY.sub(bare_way, _WHETHER_THIS_WAY.sub(way, text))


_WHETHER_EITHER = re.compile(
    r"\b(?:whether|if)\s+(?:it|they|he|she)\s*(?:'s|'re|is|are|was|were)\s+"
    r"(?P<one>(?!not\b)[a-z][\w\-]*)\s+or\s+(?P<other>(?!not\b)[a-z][\w\-]*)(?=\s*(?:[,;)]|$)|\s+and\s)"
)
"""``whether it's freshwater or marine``: which of two kinds, each a bare word."""


_WHETHER_ONE_OF_MANY = re.compile(
    r"\b(?:whether|if)\s+(?P<who>it|they|he|she)\s*(?:'s|'re|is|are|was|were)\s+(?:a|an)\s+"
    r"(?P<options>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:,\s+(?:an?\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)+"
    r",?\s+or\s+(?:an?\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?=\s*(?:[;)]|$))"
)
"""``whether they're a shearer, wool handler or presser``: which of several they are, their
role (a thing's type)."""


def _one_of_many(match: re.Match[str]) -> str:
    options = re.split(r",?\s+or\s+|,\s+", match["options"])
    named = [re.sub(r"^an?\s+", "", option) for option in options]
    return f"{'type' if match['who'] == 'it' else 'role'} ({', '.join(named)})"


def _either_kind(match: re.Match[str]) -> str:
    one, other = match.group("one"), match.group("other")
    if is_past_participle(one) or is_past_participle(other):
        return match.group(0)  # "whether it is paid or waived": what happened, not a kind
    return f"type ({one}, {other})"


_WHETHER_ONE_KIND_OR_ANOTHER = re.compile(
    r"\b(?:whether|if)\s+(?:it|they|he|she)\s*(?:'s|'re|is|are|was|were)\s+"
    r"(?P<one>(?!not\b)[a-z][\w\-]*)\s+(?P<head>[a-z][\w\-]*)\s+or\s+(?P<other>(?!not\b)[a-z][\w\-]*)"
    r"\s+(?P=head)(?=\s*(?:[,;)]|$)|\s+and\s)"
)
"""``whether it was red diesel or white diesel``: which of two kinds of one thing."""


def _kind_of_one(match: re.Match[str]) -> str:
    head = match["head"]
    return f"{head} type ({match['one']} {head}, {match['other']} {head})"


_RECORD_WORDS = word_set("name phone email address notes note title description date time")
_PASS_OR_FAIL = re.compile(
    r"(?<![(/])(?<!\bof\s)\b(?:(?:a|the)\s+)?pass\s*(?:or|/)\s*(?:a\s+)?fail\b(?!\s*[()/])"
)
"""``a pass or fail``: the verdict, one field with its two values."""
_OK_OR_NOT_OK = re.compile(r"(?<![(/])\b(?:ok|okay)\s*(?:or|/)\s*not\s+(?:ok|okay)\b(?!\s*[()/])")
"""``ok / not ok``: the outcome, one field with its two values."""
_OR_NOT = re.compile(r"\b([a-z][\w\-]*)\s+or\s+not\b(?!\s+yet\b)")
"""``paid or not``: one yes/no field, not two items (*pass or not yet achieved* is two values)."""


_OWNERS_DETAIL = re.compile(r"^(?:the\s+|their\s+|its\s+)?(?P<who>[a-z][\w\-]*)'s\s+[a-z]")
_CONTACT_DETAILS = frozenset(
    ["name", "email", "phone", "address", "mobile", "phone number", "email address", "number"]
)


def _shared_owner(items: list[str]) -> list[str]:
    """``the owner's name``, ``email`` → the owner's email too: one possessive over the
    contact details after it."""
    shared: list[str] = []
    owner: str | None = None
    for item in items:
        if owner and item.strip() in _CONTACT_DETAILS:
            item = f"the {owner}'s {item.strip()}"
        found = _OWNERS_DETAIL.match(item.strip())
        owner = found.group("who") if found else None
        shared.append(item)
    return shared


def split_list(text: str) -> list[str]:
    """``a SKU, a name, a quantity on hand and a unit price`` → its four items.

    The first item holding a colon takes the rest of the list as its own
    (``membership type: monthly, annual or day pass``).
    """
    text = _OR_NOT.sub(r"\1 (yes/no)", text)
    text = _PASS_OR_FAIL.sub("result (pass, fail)", text)
    text = _OK_OR_NOT_OK.sub("outcome (ok, not ok)", text)
    choice = _APPOSITIVE_CHOICE.search(text)
    if choice and not _RECORD_WORDS & set(words(choice.group("opts"))):
        text = f"{text[: choice.start()]}{choice.group('field')} ({choice.group('opts')})"
    text = _SLASHES_OR.sub(r"\1/\2", text)
    text = _WHETHER_WHICH_KIND.sub(r"\g<kind> (\g<one>, \g<other>)", text)
    text = _WHETHER_ONE_OF.sub(_one_of_two, text)
    text = ways_it_was_done(items_said_shortly(text))
    text = _WHETHER_ONE_KIND_OR_ANOTHER.sub(_kind_of_one, text)
    text = _WHETHER_EITHER.sub(_either_kind, _WHETHER_ONE_OF_MANY.sub(_one_of_many, text))
    items = _shared_owner(_joined_date_time(_fill_ellipsis(split_top_level(text, LIST_SEPARATORS))))
    items = _whether_both(items)
    for index, item in enumerate(items):
        relative = _RELATIVE.search(outside_brackets_as_written(item))
        if relative and index + 1 < len(items):
            # "a stage that moves from lead to qualified and finally won or lost"
            rest = text[text.find(item) + len(item) :]
            return [*items[:index], item + rest]
        if ":" in outside_brackets_as_written(item):
            head, _, first = item.partition(":")
            taken = [first.strip(), *items[index + 1 :]]
            ends = _options_end(taken)
            rest = ", ".join(taken[:ends])
            at = text.find(item)
            written = text[text.index(":", at) + 1 :] if at >= 0 else ""
            if ends == len(taken) and " and " in written and re.search(r"\bor\s", written):
                # the values as written: *..., doors and windows, or other* keeps its *and*
                rest = written
            return [*items[:index], f"{head.strip()}: {rest.strip(' ,')}", *taken[ends:]]
    return items


_LISTED_AGAIN = re.compile(r"^(?:a|an|the|their|its|whether|how)\s")
_WHETHER_THEY_TOOK = re.compile(
    r"\bwhether\s+(?:they|it|he|she|we)\s+(?:took|take|takes|have|has|had|bought|wanted?)\s+[a-z]+$"
)


def _whether_both(items: list[str]) -> list[str]:
    """``a yes/no for whether they took loss``, ``damage cover`` → one item: the last *and*
    joined two things they took, not two fields (a field after it opens with an article)."""
    if len(items) < 2 or not _WHETHER_THEY_TOOK.search(items[-2].strip()):
        return items
    last = items[-1].strip().split()
    if (
        not 2 <= len(last) <= 3
        or _LISTED_AGAIN.match(items[-1].strip())
        or last[0] in ("whether", "how")
    ):
        return items
    return [*items[:-2], f"{items[-2].strip()} and {items[-1].strip()}"]


def _options_end(taken: list[str]) -> int:
    """``a priority: low, normal or urgent, and an address``: bare values after a colon end
    where an item opens with an article again, which is the record's next field; values said
    with articles (*a result: a win, a loss or a draw*) run to the end of the list."""
    if not taken or _LISTED_AGAIN.match(taken[0]):
        return len(taken)
    return next(
        (i for i, item in enumerate(taken) if i > 1 and _LISTED_AGAIN.match(item)), len(taken)
    )


PAIRED_MODIFIERS = word_set(
    "start end first last min max minimum maximum opening closing from to arrival departure "
    "pickup drop-off check-in check-out home work mobile begin finish upper lower low high "
    "morning evening primary secondary"
)
"""Words used in pairs before one shared noun: *the start and end mileage*."""


MAKER_WORDS = word_set("make model brand manufacturer")
"""What names the kind of a made thing, said in pairs after it: *the vehicle make and model*."""


CIRCUMSTANCE_NOUNS = word_set("date place time cause location manner")
"""What an event happened at, by or through, said of one event: *the date and place of death*."""


def _joined_date_time(items: list[str]) -> list[str]:
    """``a date``, ``time`` → ``a date and time``; ``the date``, ``time of the service`` →
    ``the date and time of the service``: one moment, not two fields."""
    joined: list[str] = []
    for item in items:
        of_what = re.match(r"time(?P<of>\s+of\s+.+)?$", item.strip())
        if (
            joined
            and of_what is not None
            and strip_determiners(joined[-1]).split()[-1:] == ["date"]
        ):
            joined[-1] = f"{joined[-1]} and time{of_what['of'] or ''}"
            continue
        joined.append(item)
    return joined


def _fill_ellipsis(items: list[str]) -> list[str]:
    """``a start``, ``end time`` → ``a start time``, ``end time``."""
    filled = list(items)
    for index in range(len(filled) - 1):
        left = strip_determiners(filled[index]).split()
        right = strip_determiners(filled[index + 1]).split()
        if (
            len(left) == 1
            and len(right) >= 2
            and left[0] in PAIRED_MODIFIERS
            and right[0] in PAIRED_MODIFIERS
            and left[0] != right[0]
        ):
            filled[index] = f"{filled[index]} {' '.join(right[1:])}"
        elif (
            len(left) == 2
            and len(right) == 2
            and left[1] in PAIRED_MODIFIERS
            and right[0] in PAIRED_MODIFIERS
            and left[1] != right[0]
            and left[0] not in PAIRED_MODIFIERS
            and can_be_noun(left[0])
        ):
            # "a shoot start and end date": the shoot's start date and its end date
            filled[index] = f"{filled[index]} {right[1]}"
            filled[index + 1] = f"{left[0]} {filled[index + 1].strip()}"
        elif (
            len(left) == 2
            and len(right) == 1
            and left[1] in MAKER_WORDS
            and right[0] in MAKER_WORDS
            and left[0] not in MAKER_WORDS
            and can_be_noun(left[0])
        ):
            # "the vehicle make and model": the vehicle's make and the vehicle's model
            filled[index + 1] = f"{left[0]} {filled[index + 1].strip()}"
        elif (
            len(left) == 1
            and len(right) >= 3
            and left[0] in CIRCUMSTANCE_NOUNS
            and right[0] in CIRCUMSTANCE_NOUNS
            and right[1] == "of"
            and (left[0], right[0]) != ("date", "time")  # one moment: _joined_date_time
        ):
            # "the date and place of death": the date of death and the place of death
            filled[index] = f"{filled[index]} {' '.join(right[1:])}"
    return filled


_COMMAS_THEN_OR = re.compile(
    r"^(?P<head>[^,/|>()]+(?:,\s*[^,/|>()]+)*),\s*"
    r"(?P<last>(?:[^,/|>()]+\s+)?or\s+[^,/|>()]+)$"
)
"""``wash and set, cut, perm or colour``: options between commas, the last two joined by *or*
(or the last alone, after a comma: ``..., doors and windows, or other``)."""


def split_options(text: str) -> list[str]:
    """Enum options: ``minor/major/critical``, ``low, medium or high``, ``a -> b -> c``; in
    ``wash and set, cut, perm or colour`` the *or* joins the last two, so *wash and set*, said
    between commas, is one option (so is *doors and windows* in ``heating, doors and windows or
    other``)."""
    text = re.sub(r"\b(?:etc|and so on|and more)\b\.?|\.\.\.", "", text)
    listed = _COMMAS_THEN_OR.match(text.strip())
    if listed and " and " in f"{listed['head']}, {listed['last']}":
        heads = [h.strip() for h in listed["head"].split(",")]
        # "..., doors and windows or other": *or* ends the list, so the *and* joins one value
        lasts = [i.strip() for i in re.split(r"(?:^|\s+)or\s+", listed["last"])]
        return [strip_determiners(i.strip(" .'\"")) or i for i in [*heads, *lasts] if i]
    items = split_top_level(text, OPTION_SEPARATORS)
    return [strip_determiners(i.strip(" .'\"")) or i.strip(" .'\"") for i in items if i.strip()]


def is_open_ended(text: str) -> bool:
    """Whether a list of values is given as examples (``haircut, colour, styling...``)."""
    return bool(
        re.search(
            # "like new" is a condition, not an example given
            r"\b(?:etc|and so on|and so forth|such as|like(?!\s+new\b)|e ?g|for example|"
            # "a type (say a mk1 bsk or a gresley teak brake)": two of many, as examples
            r"^say\s+(?:a|an|the)|"
            r"that sort of thing|"
            r"that kind of thing|or similar|whatever)\b|\.\.\.",
            text,
        )
    )
