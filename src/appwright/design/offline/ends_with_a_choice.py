"""How a record ends, out of several, is a field of its own.

*a bout is scheduled for a number of rounds and ends with a result (red win, blue win, draw or
no contest)* gives the bout a result with those values, not a record named *end*; the flows a
record goes through are `flow_wording`'s.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement

_ENDS_WITH_A_CHOICE = re.compile(
    r"^(?P<record>(?:a|an|each|every|the)\s+[a-z][\w\-]*(?:\s+(?!is\b|are\b|has\b)[a-z][\w\-]*)?)"
    r"(?:\s+(?P<before>\S.*?)\s+and)?\s+(?:ends|finishes|closes|concludes)\s+(?:up\s+)?with\s+"
    r"(?:a|an)\s+(?P<field>[a-z][\w\-]*)\s+\((?P<values>[^()]+?\s+or\s+[^()]+)\)(?P<after>.*)$"
)


def _has_the_choice(match: re.Match[str]) -> str:
    record, before = match["record"], match["before"]
    said = f"{record} has a {match['field']} ({match['values']}){match['after']}"
    return f"{record} {before}; {said}" if before else said


def ends_with_a_choice(sentence: str) -> str:
    """``a bout is scheduled for a number of rounds and ends with a result (red win, blue win,
    draw or no contest)``: *...; a bout has a result (...)*; how a record ends, out of several,
    is a field of its own, not a record named *end*; so is ``a gorge walk ends with a decision
    (go, modified route or cancelled)`` said on its own."""
    return per_statement(
        sentence,
        lambda part: _ENDS_WITH_A_CHOICE.sub(_has_the_choice, part),
    )


_VALUE = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}"
_LAST_ONE_CHOSEN = re.compile(
    rf"^(?P<before>(?:.*?\s)?(?:has|have|with|records?|notes?|logs?)\s+[^:;]+?\s+and\s+[^:;,]+?):\s*"
    rf"(?P<values>(?:{_VALUE},\s*)*{_VALUE},?\s+or\s+{_VALUE})$"
)


def last_one_chosen(sentence: str) -> str:
    """``each feed has the time given and how much was eaten: all, half, a little or none``:
    *... how much was eaten (all, half, a little or none)*; values after a colon that ends a
    record's list are the choices of its last field, not a list of fields."""
    return per_statement(
        sentence,
        lambda part: _LAST_ONE_CHOSEN.sub(r"\g<before> (\g<values>)", part),
    )
