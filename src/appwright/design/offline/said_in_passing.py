"""Small ways of saying a list, a flag or a value, said plainly before any reader (on lower-cased
text, inside `normalize.normalize_text`): *each carrying a serial number* is *each with*, *a tick
for whoever is the chargehand* a tick for whether they are the chargehand, *a tick box for each
step: a, b* a yes/no for each, *who they are (name, phone)* the customer, *lab name + email* the
name and the email, *a category (it's always one of a, b or c)* its values, *marks each
booking attended or no-show* marks it as one of them, *..., one invoice per client per month
with ...* each invoice's, *each week's briefing* each briefing.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import plural

_EACH_CARRYING = re.compile(
    r"(?<=[a-z]s),\s+each\s+(?:one\s+)?(?:carrying|bearing|having|holding)\s+"
    r"(?=(?:a|an|the|its|their)\s)"
)
"""*individual hearing aids, each carrying a serial number, a model, ...*: each with."""
_EACH_ON_A_DATE_WITH = re.compile(
    r",\s+each\s+on\s+a\s+(?P<when>date|day)\s+with\s+(?=(?:a|an|the|its|their)\s)"
)
"""*sessions, each on a date with a price per head*: each with a date and a price per head."""
_TICK_FOR_WHOEVER = re.compile(
    r"\b(?P<tick>tick|flag|tick\s+box|checkbox|check\s+box)\s+(?:for|to\s+mark|marking)\s+"
    r"(?:whoever|whichever\s+one|the\s+one\s+who)\s+is\s+(?:the\s+|a\s+|our\s+)?"
    r"(?=[a-z][\w\-]*(?:\s*(?:[,;.]|$)|\s+(?:and|or)\s))"
)
"""*a tick for whoever is the chargehand*: a tick for whether they are the chargehand."""
_WHO_THEY_ARE_LISTED = re.compile(r"(?<=[:,]\s)who\s+they\s+are\s+(?=\((?:their\s+)?name\b)")
"""*we take the order: who they are (name, phone and email), ...*: the customer (...)."""
_TICK_FOR_EACH_STEP = re.compile(
    r"\b(?:a|an)\s+(?:tick\s+box|tickbox|checkbox|check\s+box|tick|yes/no)\s+for\s+each\s+"
    r"(?:step|stage|check|task|job)\s*:\s+(?P<steps>[^;.]+)"
)
"""*a ticket has a tick box for each step: moulding cut, mount cut, ..., fitted*: a yes/no each."""
_PLUS_BETWEEN_WORDS = re.compile(r"(?<=[a-z])\s+\+\s+(?=[a-z])")
"""A note's *lab name + email*: the name and the email."""
_ALWAYS_ONE_OF = re.compile(
    r"\((?:it\s+is|they\s+are|it's|they're)\s+(?:always\s+|usually\s+|normally\s+)?(?:one\s+of|either)\s+"
)
"""*a category (it's always one of sweets, drinks, ...)*: the values, in brackets."""
_INDIVIDUAL_ONES = re.compile(
    r"\b(?P<verb>contains?|holds?|includes?|lists?|covers?|is\s+made\s+up\s+of)\s+"
    r"(?:individual|separate|single)\s+(?=[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s\b)"
)
"""*it contains individual hearing aids*: it contains hearing aids; the adjective says only
that each is one of them."""

_MARKED_WITHOUT_AS = re.compile(
    r"\b(?P<verb>marks|mark|flags|flag|sets|set)\s+(?P<what>(?:each|every|the|a|an)\s+[a-z][\w\-]*)\s+"
    r"(?=(?!as\b)[a-z][\w\-]*\s+or\s+[a-z][\w\-]*\s*(?:[.;,!?]|$))"
)
"""*the shift leader marks each booking attended or no-show*: marks it *as* one of them."""

_COMMA_ONE_PER = re.compile(
    r"(?<=[a-z]),\s+one\s+(?P<one>[a-z][\w\-]*)\s+(?:per|for\s+each)\s+(?P<per>[a-z][\w\-]*)"
    r"(?:\s+(?:per|a|each)\s+(?:day|week|month|quarter|year|term|season))?\s*,?\s+with\s+"
    r"(?=(?:a|an|the|its|their)\s)"
)
"""*we invoice clients monthly, one invoice per client per month with an invoice number, ...*:
each invoice is one client's, and what it is kept with its own."""

_EACH_PERIODS_ONE = re.compile(
    r"\b(?P<each>each|every)\s+(?:week|day|month|year|night|morning|evening|season|term)'s\s+"
    r"(?=[a-z])(?![a-z][\w\-]*\s+is\s+(?:a|an)\s)"
)
"""*each week's briefing is logged with its date, ...*: each briefing; the week it falls in is
no record (*each week's run is an event with ...* says what the run is, and is left alone)."""


def _one_per(match: re.Match[str]) -> str:
    """*one invoice per client with ...*: the invoice's; after the ones it is per (*orders are
    made up of lines, one product per line with a quantity*) the list is each line's, and the
    line is for one product."""
    one, per = match["one"], match["per"]
    if match.string[: match.start()].endswith(f" {plural(per)}"):
        return f"; each {per} is for one {one}; each {per} has "
    return f"; each {one} belongs to one {per}; each {one} has "


def _ticked_each(match: re.Match[str]) -> str:
    steps = [s for s in re.split(r",\s+(?:and\s+)?|\s+and\s+", match["steps"].strip()) if s]
    return ", ".join(f"{step} (yes/no)" for step in steps)


def said_in_passing(lowered: str) -> str:
    """``lowered`` with each of these ways of saying it written plainly."""
    lowered = _EACH_CARRYING.sub(", each with ", _INDIVIDUAL_ONES.sub(r"\g<verb> ", lowered))
    lowered = _EACH_ON_A_DATE_WITH.sub(r", each with a \g<when> and ", lowered)
    lowered = _TICK_FOR_WHOEVER.sub(r"\g<tick> for whether they are the ", lowered)
    lowered = _WHO_THEY_ARE_LISTED.sub("the customer ", lowered)
    lowered = _TICK_FOR_EACH_STEP.sub(_ticked_each, _PLUS_BETWEEN_WORDS.sub(" and ", lowered))
    lowered = _MARKED_WITHOUT_AS.sub(r"\g<verb> \g<what> as ", lowered)
    lowered = _COMMA_ONE_PER.sub(_one_per, _EACH_PERIODS_ONE.sub(r"\g<each> ", lowered))
    return _ALWAYS_ONE_OF.sub("(", lowered)
