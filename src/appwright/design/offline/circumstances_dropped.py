"""Remarks on the circumstances around the records, dropped: what someone lacks (*just do not
have the time*), what an item is for (*an end date for when they cancel*), a rule the business
keeps (*each customer has to have their goods covered while ...*), who happens to be on a desk
(*whoever is on the front desk sells the pass, so ...*), why a value is kept (*the weather,
because wet nights are quieter (sunny, ...)*), when records come about (*when a client is
not happy with the cleaning*, *pairs runs each tuesday night*), and what goes wrong (*when
something goes wrong at home*, *the shop floor is lined with sales tanks*). None names a record
or a field.
"""

from __future__ import annotations

import re

_WHAT_THEY_LACK = re.compile(
    r"\s+(?:and|but)\s+(?:just\s+|simply\s+)?(?:do|does|did)\s+not\s+have\s+(?:the|a|an|any|"
    r"enough)\s+[a-z][\w\-]*(?=\s*(?:[,.;]|$))"
)


def without_what_they_lack(sentence: str) -> str:
    """``people want a jumper knitted for them and just do not have the time``: *people want a
    jumper knitted for them*; what someone lacks is nothing the app keeps."""
    return _WHAT_THEY_LACK.sub("", sentence)


_FOR_WHEN_IT_HAPPENS = re.compile(
    r"(?<=[a-z])\s+for\s+when\s+(?:they|it|we|he|she|someone|the\s+[a-z][\w\-]*)\s+"
    r"[a-z]+(?:\s+(?!and\b)[a-z][\w\-]*){0,3}?(?=\s*(?:[,;.]|$)|\s+and\s)"
)


def without_for_when(sentence: str) -> str:
    """``a start date and an end date for when they cancel``: *a start date and an end date*;
    what the item is for is no part of its name."""
    return _FOR_WHEN_IT_HAPPENS.sub("", sentence)


_MUST_HAVE_IT_DONE = re.compile(
    r"^(?:each|every|a|an|the|all)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:must|has\s+to|have\s+to|"
    r"needs\s+to|need\s+to)\s+have\s+(?:their|its|his|her)\s+[a-z][\w\-]*\s+[a-z]+ed\b"
)


def without_what_they_must_have_done(sentence: str) -> str:
    """``each customer has to have their goods covered while they are in storage, ..., so for
    each customer we want ...``: *for each customer we want ...*; a rule the business keeps,
    no field."""
    kept = []
    for statement in sentence.split("; "):
        if _MUST_HAVE_IT_DONE.match(statement) is None:
            kept.append(statement)
        elif ", so " in statement:
            kept.append(statement.split(", so ", 1)[1])  # what follows the rule is told as said
    return "; ".join(kept) if kept else sentence


_WHOEVER_IS_ON_IT_DOES_IT_SO = re.compile(
    r"^whoever\s+is\s+(?:on|at|behind|running)\s+(?:the\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"[a-z]+s\s+(?:the|a|an|each)\s+[a-z][\w\-]*,?\s+so\s+(?=[a-z])"
)


def without_whoever_is_on(sentence: str) -> str:
    """``whoever is on the front desk sells the pass, so each one is linked to the staff member
    who sold it``: *each one is linked to ...*; who happens to be on a desk is no record."""
    return _WHOEVER_IS_ON_IT_DOES_IT_SO.sub("", sentence)


_WHY_BEFORE_ITS_VALUES = re.compile(
    r",\s+because\s+[^,;:()\-]+?\s+"
    r"(?=\((?![^()]*\b(?:has|have|had|just|nothing|we|they|it)\b)[^()]*,[^()]*\))"
)


def without_why_before_its_values(sentence: str) -> str:
    """``the weather, because we reckon wet nights are quieter (sunny, cloudy or rainy)``: *the
    weather (sunny, cloudy or rainy)*; why it is kept names nothing, and the values are the
    weather's."""
    return _WHY_BEFORE_ITS_VALUES.sub(" ", sentence)


_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WHEN_SOMEONE_IS_UNHAPPY = re.compile(
    r"^(?:when|if|whenever)\s+(?:a|an|the|one\s+of\s+our)\s+[a-z][\w\-]*\s+(?:is|are)\s+(?:not|"
    r"un)?\s*(?:happy|satisfied|pleased)\s+with\s+[^,;]+?,?\s+(?=(?:we|i)\s+(?:want|need|would\s+"
    r"like)\s)"
)
_MEETS_ON_WEEKDAYS = re.compile(
    rf"^[^;,]+?\s+(?:runs|is\s+held|happens|meets|is\s+played|takes\s+place)\s+(?:each|on)\s+"
    rf"{_WEEKDAY}(?:\s+(?:and|or)\s+{_WEEKDAY})?(?:\s+(?:night|evening|morning|afternoon)s?)?"
    r",\s+and\s+(?=(?:we|i)\s)"
)


def without_when_they_happen(sentence: str) -> str:
    """``when a client is not happy with the cleaning, we want the complaint logged ...``: *we
    want the complaint logged ...*; ``duplicate pairs runs each tuesday and thursday night, and
    we need ...``: *we need ...*; when the records are made is no record of its own."""
    return _MEETS_ON_WEEKDAYS.sub("", _WHEN_SOMEONE_IS_UNHAPPY.sub("", sentence))


_SOMETHING_GOES_WRONG = re.compile(r"\bsomething\s+goes\s+wrong\b")
_LINED_WITH = re.compile(
    r"^the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+is\s+(?:lined|filled|full|packed|stacked)\s+"
    r"(?:with|of)\s+[^;,]+$"
)
_GOES_DOWN_WITH_SOMETHING = re.compile(
    r"^when\s+(?:a|an|one\s+of\s+our)\s+[^,;]+?\s+(?:goes|comes)\s+down\s+with\s+something,?\s+"
    r"(?=(?:we|i)\s)"
)


def without_what_goes_wrong(sentence: str) -> str:
    """``customers phone us when something goes wrong at home, so ...``: *... when there is a
    fault at home, ...* (no step *wrong*); ``the shop floor is lined with sales tanks``: dropped;
    ``when a shop tank goes down with something we put it on a course``: *we put it on a
    course*; none names a record, a field or a step."""
    sentence = _SOMETHING_GOES_WRONG.sub("there is a fault", sentence)
    return _GOES_DOWN_WITH_SOMETHING.sub("", _LINED_WITH.sub("", sentence))


_WISH_AT_THE_END = re.compile(
    r",?\s+and\s+(?:it\s+would|it'd|itd|it\s+will|it'll)\s+be\s+(?:great|nice|good|handy|useful|"
    r"lovely|brilliant)\s+(?:if\s+we\s+could\s+|to\s+)"
    r"(?!see\b|know\b|have\b|get\b|count\b|show\b|total\b)[a-z][^,;]*$"
)
_OUT_THE_BACK = re.compile(r"\s+(?:out|round)\s+the\s+back\b(?!\s+of\b)")
_SO_WE_GET_A_NUDGE = re.compile(
    r"\s+so\s+(?:that\s+)?(?:we|i)\s+(?:get|got|can\s+get)\s+(?:a|an)\s+"
    r"(?:nudge|reminder|alert|warning|heads[\s-]up|prompt)\b"
    r"|\s+so\s+(?:that\s+)?(?:we|i)\s+can\s+(?:put|use|show)\s+(?:it|them)\s+(?:in|into|on)\s+"
    r"(?:the|our|a)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?$"
)


def without_a_wish_or_where_out_back(sentence: str) -> str:
    """``a stage that goes filling, then turning, then ready to use, and it'd be great to move
    them along as we go``: the wish names no step; ``four bays out the back, each with ...``:
    where they are names no record; nor does *a reorder level so I get a nudge*, or *... per
    month so I can put it in the grant report*."""
    sentence = _SO_WE_GET_A_NUDGE.sub("", sentence)
    return _OUT_THE_BACK.sub("", _WISH_AT_THE_END.sub("", sentence))


_THE_USUAL_ONES = re.compile(
    r",?\s+(?:and\s+)?(?:those|these|they)\s+(?:are|being)\s+the\s+(?:usual|main|common|normal)\s+"
    r"ones(?=\))"
)


def without_the_usual_ones(sentence: str) -> str:
    """``the type (section 21, section 8 or notice to quit, those are the usual ones)``: the
    values, and no value *are the usual ones*."""
    return _THE_USUAL_ONES.sub("", sentence)


_SOME_AND_THE_REST = re.compile(
    r"(?<=s),\s+(?:some|several|most|a\s+few|one|two|three|four|five)\s+[a-z][\w\-]*\s+and\s+"
    r"the\s+rest\s+[a-z][\w\-]*(?=,|;|$)"
)


def without_some_and_the_rest(sentence: str) -> str:
    """``we have six djs, several employed and the rest freelance, and ...``: how the records
    split is said of them, and names none (no *rest freelance*)."""
    return _SOME_AND_THE_REST.sub("", sentence)
