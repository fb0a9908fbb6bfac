"""A record's fields said in other ways, written as fields: *from a start time to an end time*
is the start time and the end time, *rehearsals happen on a date at a venue* have both, *each
bay is numbered* has a number, *a tick for whether they came* is *whether they came*.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.types import MEASURE_WORDS, UNIT_TYPES
from appwright.design.offline.word_classes import FUNCTION_WORDS, word_set
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_plural,
    singular_phrase,
    verb_lemma,
    with_article,
)

_FROM_ONE_TIME_TO_ANOTHER = re.compile(
    r",\s+from\s+(?:a|an|the|its|their)\s+(?P<start>[a-z]+\s+(?:time|date))\s+(?:to|until|till)\s+"
    r"(?:a|an|the|its|their)\s+(?P<end>[a-z]+\s+(?:time|date))\b"
)


_RUNS_FROM_ONE_TIME_TO_ANOTHER = re.compile(
    r"\b(?:runs|lasts|goes|stays)\s+from\s+(?:a|an|the|its|their)\s+(?P<start>[a-z]+\s+(?:time|date))\s+"
    r"(?:to|until|till)\s+(?:a|an|the|its|their)\s+(?P<end>[a-z]+\s+(?:time|date))\b"
    r"\s+with\s+"
)
"""*runs from an arrival date to a departure date with a number of pupils*: both ends and what
it runs with (without *with* the readers of *from ... to* already have it)."""


_FOR_ONE_THEN_FROM = re.compile(
    r"^(?P<links>(?:each|every|a|an)\s+[a-z][\w\- ]*?\s+is\s+for\s+one\s+[^,;]+?)\s+"
    r"(?=from\s+(?:a|an|the)\s+[a-z]+\s+(?:time|date)\s+(?:to|until|till)\s)"
)


def from_one_time_to_another(sentence: str) -> str:
    """``a member reserves one for a date, from a start time to an end time``: *..., with the
    start time and the end time*; the two ends of a span, said after the act, are two fields
    (*a shift puts a guard at a venue from a start time to an end time* is read as written);
    ``a stay runs from an arrival date to a departure date with a number of pupils`` has all
    three."""
    sentence = _RUNS_FROM_ONE_TIME_TO_ANOTHER.sub(r"has the \g<start>, the \g<end>, ", sentence)
    # "each allocation is for one boat in one berth from a start date to ...": after the links
    sentence = _FOR_ONE_THEN_FROM.sub(r"\g<links>, ", sentence)
    return _FROM_ONE_TIME_TO_ANOTHER.sub(r", with the \g<start> and the \g<end>", sentence)


_WHEN_WORDS = word_set("date day time slot weekday evening morning afternoon night week")
"""What a record that *runs* or *falls* on is when it happens (*sessions run on a date*)."""
_HAPPENS_ON_A_WHEN = re.compile(
    r"^(?:(?P<det>each|every|a|an)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:is|are|happens|happen|takes\s+place|take\s+place|(?P<runs>runs|run|falls|fall)|"
    r"(?:is|are)\s+(?:held|run))\s+"
    r"(?P<said>(?:on|at|in)\s+(?:a|an)\s+[a-z][\w\-]*(?:\s*\([^()]*\))?(?:(?:\s*,\s*|\s+and\s+|\s+)"
    r"(?:on|at|in)\s+(?:a|an)\s+[a-z][\w\-]*(?:\s*\([^()]*\))?)*)"
    r"(?P<with>\s+with\s+(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)?(?=,\s+and\s|$)"
)


def happens_on_a_when(sentence: str) -> str:
    """``rehearsals happen on a date at a venue``: *each rehearsal has a date and a venue*;
    where and when something happens, said with *a*, is written on it, and so is what it
    happens with (*... at a venue with a start time*)."""

    def plain(clause: str) -> list[str]:
        match = _HAPPENS_ON_A_WHEN.match(clause)
        if match is None:
            return [clause]
        head = match["np"].split()[-1]
        if match["det"] is None and not is_plural(head):
            return [clause]
        if match["np"].split()[0] in FUNCTION_WORDS:
            return [clause]
        said = re.findall(r"(?:a|an)\s+[a-z][\w\-]*(?:\s*\([^()]*\))?", match["said"])
        if match["runs"] and said[0].split()[1] not in _WHEN_WORDS:
            return [clause]  # "a pump runs on a generator": what it runs on, no field
        if match["with"]:
            said.append(match["with"].strip().removeprefix("with "))  # "... with a start time"
        items = ", ".join(said[:-1]) + f" and {said[-1]}" if len(said) > 1 else said[0]
        record = singular_phrase(match["np"]) if is_plural(head) else match["np"]
        return [f"each {record} has {items}{clause[match.end() :]}"]

    return per_clause(sentence, plain)


_AND_SAY_WHICH = re.compile(
    r",?\s+and\s+(?:say|note|tell\s+us|give|record|mark)\s+which\s+"
    r"(?P<which>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<rest>(?:it|they)\s+(?:went|goes|came|comes|"
    r"was|were|is|are)\b[^,;]*)"
)


def and_say_which(sentence: str) -> str:
    """``... carcass weight and the estate, and say which game dealer it went to``: *... and
    which game dealer it went to*, one more item of the list, naming the record it points at."""
    return _AND_SAY_WHICH.sub(r" and which \g<which> \g<rest>", sentence)


_IS_NUMBERED = re.compile(r"\b(?P<be>is|are)\s+numbered\b(?!\s+(?:by|with|from|in|on|after)\b)")


def is_numbered(sentence: str) -> str:
    """``each bay is numbered``: *each bay has a number*."""
    return _IS_NUMBERED.sub(
        lambda m: "has a number" if m["be"] == "is" else "have a number", sentence
    )


_EACH_ONE_THEY_ACT_ON = re.compile(
    r"\b(?P<each>each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:that\s+|which\s+)?"
    r"(?:he|she|they|we|i|you)\s+(?P<verb>[a-z]+)(?:\s+(?:away|in|out|back|off|up|on|over))?"
    r"(?:\s+(?:with|to|at|for|from|into)\s+(?:us|me|them|her|him))?\s+"
    r"(?=(?:gets|has|have|needs|must|should|is|goes|comes)\s)"
)


def each_one_they_act_on(sentence: str) -> str:
    """``each gown she leaves with us gets the designer, fabric and colour``: *each gown has
    ...*, and ``every waste bag we take away has to be logged``: *every waste bag has to be
    logged*; who brought or handles it, said between the record and what it has or must have,
    names nothing kept, and a list it gets is a list it has."""

    def plain(match: re.Match[str]) -> str:
        if verb_lemma(match["verb"]) is None or not can_be_noun(match["np"].split()[-1]):
            return match[0]
        return f"{match['each']} {match['np']} "

    return _EACH_ONE_GETS.sub(r"\g<each> has ", _EACH_ONE_THEY_ACT_ON.sub(plain, sentence))


_EACH_ONE_GETS = re.compile(
    r"(?P<each>\b(?:each|every)\s+[a-z][\w\-]*)\s+gets\s+(?=(?:the|a|an|its|their)\s+[a-z]+\s*,)"
)
"""*each gown gets the designer, fabric, ...*: a list it gets is a list it has."""


_ACTS_ON_A_DATE = re.compile(
    r"^(?P<who>we|i|[a-z][\w\-]*s)\s+(?P<verb>[a-z]+(?:\s+(?:out|up|in|on))?)\s+(?:a|an|one)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+on\s+(?:a|an|one)\s+(?:given\s+|set\s+|particular\s+|fixed\s+|"
    r"chosen\s+)?(?P<when>date|day)\b(?P<rest>.*)$"
)


def acts_on_a_date(sentence: str) -> str:
    """``we carry out a survey on a given date, recording the height ...``: *we carry out a
    survey, recording the height ...; each survey has a date*; the day something is done on is
    the record's, and *with one engineer* after it is the one it is assigned to."""

    def plain(clause: str) -> list[str]:
        match = _ACTS_ON_A_DATE.match(clause)
        if (
            match is None
            or verb_lemma(match["verb"].split()[0]) is None
            or not (can_be_noun(match["record"]) or match["record"].endswith("ing"))
            or match["record"] in FUNCTION_WORDS
        ):
            return [clause]
        record, rest = match["record"], match["rest"]
        said = [f"each {record} has a {match['when']}"]
        with_one = re.match(r"^,?\s+with\s+(?:one|a\s+single)\s+(?P<who>[a-z][\w\-]*)", rest)
        if with_one and can_be_noun(with_one["who"]):
            said.append(f"each {record} is assigned to one {with_one['who']}")
            rest = rest[with_one.end() :]
        return [f"{match['who']} {match['verb']} a {record}{rest}", *said]

    return per_clause(sentence, plain)


_MEASURES_IN_ONE_UNIT = re.compile(
    r"\b(?P<measures>(?:(?:a|an|the|its)\s+)?[a-z]+(?:(?:,\s+|\s+and\s+)(?:(?:a|an|the|its)\s+)?"
    r"[a-z]+)+)\s+in\s+(?P<unit>[a-z]+)\b"
)
_MEASURE_PARTS = re.compile(r"(?:,\s+|\s+and\s+)")


_DIMENSIONS = (
    (
        word_set("kg kilograms kilos grams g tonnes tons tonne ton lb lbs pounds"),
        word_set("weight mass load tonnage payload"),
    ),
    (
        word_set(
            "mm cm m metres meters millimetres millimeters centimetres centimeters inches feet "
            "ft km kilometres kilometers miles"
        ),
        word_set("length width height depth breadth draught draft diameter thickness distance"),
    ),
)
"""Units and the measures they can be of: *the overall length and the weight in tonnes* has the
weight in tonnes, never the length."""


def _measured_in(measure: str, unit: str) -> bool:
    """Whether ``measure`` can be given in ``unit``: a measure word, of the unit's dimension
    where both are known."""
    if measure not in MEASURE_WORDS:
        return False
    of_unit = next((i for i, (units, _) in enumerate(_DIMENSIONS) if unit in units), None)
    of_measure = next((i for i, (_, kinds) in enumerate(_DIMENSIONS) if measure in kinds), None)
    return of_unit is None or of_measure is None or of_unit == of_measure


def each_in_the_unit(sentence: str) -> str:
    """``a width and height in millimetres``: *a width in millimetres and a height in
    millimetres*; one unit said after a list of measures is the unit of each of them."""

    def each_one(match: re.Match[str]) -> str:
        if match["unit"] not in UNIT_TYPES:
            return match[0]
        parts = _MEASURE_PARTS.split(match["measures"])
        joiners = _MEASURE_PARTS.findall(match["measures"])
        first = len(parts)
        while first > 0 and _measured_in(parts[first - 1].split()[-1], match["unit"]):
            first -= 1
        if len(parts) - first < 2:
            return match[0]  # "a label and a weight in grams": the unit is the weight's
        # "a label and a length, width and height in cm": the measures end the list
        said = "".join(part + joiner for part, joiner in zip(parts[:first], joiners, strict=False))
        parts, joiners = parts[first:], joiners[first:]
        unit = f" in {match['unit']}"
        article = parts[0].split()[0] if len(parts[0].split()) > 1 else None
        said += parts[0] + unit
        for joiner, part in zip(joiners, parts[1:], strict=True):
            if article is not None and len(part.split()) == 1:
                # "a width and height": each its own, with the article the first was given
                part = with_article(part) if article in ("a", "an") else f"{article} {part}"
            said += joiner + part + unit
        return said

    return _MEASURES_IN_ONE_UNIT.sub(each_one, sentence)


_SEVERAL_THEN_WE_NOTE_WHETHER_IT = re.compile(
    r"^(?P<head>.*?\b(?:several|many|multiple)\s+(?P<things>[a-z][\w\-]*)(?:,\s+each)?\s+with\s+)"
    r"(?P<list>[^;]+?),\s+and\s+(?:we|i)\s+(?:note|record|log|keep|track|write\s+down|jot\s+down)\s+"
    r"(?P<rest>(?:whether|if)\s+it\s[^;]*)$"
)


def several_then_we_note_whether_it(sentence: str) -> str:
    """``each service needs several arrangements, each with a place, done by one volunteer,
    and we note whether it was given in memory of someone``: *several arrangements with a
    place, done by one volunteer, whether it was given in memory of someone*; *it* is
    one of the many just listed, and what we note of it goes on their list."""
    match = _SEVERAL_THEN_WE_NOTE_WHETHER_IT.match(sentence)
    if match is None or not is_plural(match["things"]):
        return sentence
    return f"{match['head']}{match['list']}, {match['rest']}"


_PUTS_ONE_ON_ONE_FOR_A = re.compile(
    r"^(?P<head>(?:a|an|each|every)\s+[a-z][\w\-]*\s+(?:puts|places|assigns|books)\s+"
    r"one\s+[a-z][\w\-]*\s+(?:on|in|at|to)\s+one\s+[a-z][\w\-]*)\s+for\s+"
    r"(?P<when>(?:a|an)\s+(?:date|day|time|shift|session))(?P<rest>\s*(?::|;|,|$).*)$"
)


def puts_one_on_one_for_a(sentence: str) -> str:
    """``a duty puts one volunteer on one post for a date: ...``: *a duty puts one volunteer
    on one post; a duty has a date; ...*; when it is for is the record's, not the post's."""
    match = _PUTS_ONE_ON_ONE_FOR_A.match(sentence)
    if match is None:
        return sentence
    record = " ".join(match["head"].split()[:2])
    rest = re.sub(r"^\s*[:;,]\s*", "; ", match["rest"])
    return f"{match['head']}; {record} has {match['when']}{rest}"


_ONE_ON_ONE_ON_A_DATE = re.compile(
    r"\b(?P<head>is\s+one\s+[a-z][\w\-]*\s+(?:in|on|at|for|with)\s+one\s+[a-z][\w\-]*)\s+"
    r"(?:on|for)\s+(?P<when>(?:a|an|one)\s+(?:date|day))(?:\s+with\s+(?=(?:a|an|the|its)\s))?"
)


def one_on_one_on_a_date(sentence: str) -> str:
    """``a booking is one club on one pitch on a date with a start time, ...``: *a booking is
    one club on one pitch, with a date, a start time, ...*; the date is the record's field
    like the rest of its list."""

    def dated(match: re.Match[str]) -> str:
        listed = ", " if match[0].endswith("with ") else ""
        return f"{match['head']}, with {match['when']}{listed}"

    return _ONE_ON_ONE_ON_A_DATE.sub(dated, sentence)


_A_TICK_FOR = re.compile(
    r"\b(?:a|an)\s+(?:tick|tickbox|tick\s+box|checkbox|check\s+box|box|flag)\s+"
    r"(?:for\s+(?=whether\s)|(?:(?:the|a|an|our)\s+[a-z][\w\-]*\s+(?:ticks|checks|sets)\s+)?"
    r"(?P<when>if|once|when)\s+(?=(?:they|it|he|she|the|we)\s))"
)

_A_YES_NO_ONCE = re.compile(
    r"\b(?:a|an)\s+(?:yes/no|y/n)\s+(?:once|when|if)\s+(?=(?:they|it|he|she|we)\s)"
)
_A_FLAG_FOR_ONE_WORD = re.compile(
    r"\b(?:a|an)\s+(?:(?:yes/no|yes\s+or\s+no|y/n|true/false)\s+)?(?:tick|flag|checkbox|check\s+box)\s+"
    r"for\s+(?P<what>[a-z][\w\-]*)(?=\s*(?:[,;.)]|\s+and\s|$))"
)
"""``a yes/no flag for diabetic``: *diabetic (yes/no)*; one word after the flag is its name."""

_WHY_AFTER_WHETHER = re.compile(r"(?P<whether>\bwhether\s[^,;:()]*?)\s+because\s+of\s+[^,;:()]*")


def a_tick_for_whether(sentence: str) -> str:
    """``the fee charged and a tick for whether they actually came``: *... and whether they
    came*; the tick is how a yes/no is kept, the yes/no is the field. So is a tick told by
    when it is ticked: ``a box the driver ticks once they are on board``, ``a tick if they need
    a lift``, ``a yes/no once they have confirmed``: *whether they are on board*, *whether they
    need a lift*, *whether they have confirmed*; why they must (``because of their legs``) names
    no more of it. ``a yes/no flag for diabetic`` is *diabetic (yes/no)*."""
    sentence = _A_FLAG_FOR_ONE_WORD.sub(r"\g<what> (yes/no)", sentence)
    sentence = _A_TICK_FOR.sub(lambda m: "whether " if m["when"] else "", sentence)
    sentence = _A_YES_NO_ONCE.sub("whether ", sentence)
    return _WHY_AFTER_WHETHER.sub(r"\g<whether>", sentence)


_YES_OR_NO_AFTER_WHETHER = re.compile(
    r"(?P<whether>\bwhether\b[^,;:()]*?),?\s+(?:(?:just|only|simply)\s+)?(?:yes\s+or\s+no|yes/no|y/n)"
    r"(?=\s*(?:[,;.]|$))"
)


def whether_without_yes_or_no(sentence: str) -> str:
    """``whether they've got their food hygiene certificate, yes or no``: *whether they've got
    their food hygiene certificate*, and so ``whether we've heard back, just yes or no``; the answers
    say again that it is a yes/no."""
    return _YES_OR_NO_AFTER_WHETHER.sub(r"\g<whether>", sentence)


_WE_TICK_WHETHER_IT = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:we|i)\s+(?:also\s+)?(?:tick|mark|flag|note|record|log)\s+whether\s+"
    r"(?:the|each|every|a|an)\s+(?P<thing>[a-z][\w\-]*)\s+"
    r"(?P<said>(?:has\s+been|is|was|got)\s+[a-z]+(?:\s+(?:off|up|out|back))?)(?=\s*(?:;|$))"
)


def we_tick_whether_it(sentence: str) -> str:
    """``we tick a box once the sale has been paid`` (*we tick whether the sale has been
    paid*): *each sale has whether it has been paid*; what is ticked of a record is its own
    yes/no."""

    def plain(match: re.Match[str]) -> str:
        if match["thing"] in FUNCTION_WORDS or not can_be_noun(match["thing"]):
            return match[0]
        lead = "; " if match["lead"] else ""
        return f"{lead}each {match['thing']} has whether it {match['said']}"

    return _WE_TICK_WHETHER_IT.sub(plain, sentence)


_ON_A_DATE_SAID_OF_IT = re.compile(
    r"^(?P<head>(?:a|an|each|every)\s+(?P<thing>[a-z][\w\-]*)\s+(?:goes|is\s+sold|is\s+issued|is\s+sent|"
    r"is\s+made|is\s+given|is\s+delivered)\s+to\s+(?:one|a|an)\s+[a-z][\w\-]*)\s+on\s+(?:a|an|one)\s+"
    r"(?:given\s+|particular\s+|set\s+|specific\s+)?date\b(?P<rest>.*)$"
)


def on_a_date_said_of_it(sentence: str) -> str:
    """``a sale goes to one vessel on a particular date``: *a sale goes to one vessel; each
    sale has a date*; the day it happens on is the record's."""
    match = _ON_A_DATE_SAID_OF_IT.match(sentence)
    if match is None or match["thing"] in FUNCTION_WORDS:
        return sentence
    rest = match["rest"]
    if rest.startswith(" and "):
        rest = f"; a {match['thing']} {rest[5:]}"  # "... and can cover several items": its too
    return f"{match['head']}; each {match['thing']} has a date{rest}"


_THEY_PAY_BY_ONE_OR_ANOTHER = re.compile(
    r",?\s+and\s+(?:they|customers|people|members|clients|guests)\s+(?:can\s+)?pay\s+(?:either\s+)?"
    r"(?:by|at|in|through|via|using|with)\s+(?:the\s+)?(?P<one>[a-z][\w\-]*)\s+or\s+"
    r"(?:(?:by|at|in|through|via|using|with)\s+)?(?:the\s+)?(?P<other>[a-z][\w\-]*)$"
)


def they_pay_by_one_or_another(sentence: str) -> str:
    """``..., and they pay either at the office or through the app``: *..., and a payment
    method (office or app)*; how the record is paid, one of the ways named."""
    return _THEY_PAY_BY_ONE_OR_ANOTHER.sub(
        r", and a payment method (\g<one> or \g<other>)", sentence
    )
