"""Records told as the units we work in: *we fly in slots, which is just a date plus a session,
and one of our pilots makes a weather call on each slot ...* is a slot with a date and a
session; what follows the list is a clause of its own.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import can_name_records, is_plural, singular

_WE_WORK_IN_WHICH_IS = re.compile(
    r"^(?:we|i)\s+(?:[a-z]+\s+)?(?:fly|work|run|sell|teach|race|sail|play|trade|operate|book|deliver|ride|go\s+out)"
    r"\s+(?:in|by)\s+(?P<things>[a-z][\w\-]*s),\s+which\s+(?:is|are)\s+(?:just|only|simply|basically)\s+"
    r"(?P<listed>(?:a|an|the)\s[^;]+?)(?:,\s+and\s+(?P<rest>[^;]+))?$"
)


def we_work_in(sentence: str) -> str:
    """``we fly in slots, which is just a date and a session (morning or evening), and one of
    our pilots makes ...``: *each slot has a date and a session (morning or evening); one of our
    pilots makes ...*."""

    def has(part: str) -> str:
        match = _WE_WORK_IN_WHICH_IS.match(part)
        if (
            match is None
            or not is_plural(match["things"])
            or not can_name_records(singular(match["things"]))
        ):
            return part
        said = f"each {singular(match['things'])} has {match['listed']}"
        return f"{said}; {match['rest']}" if match["rest"] else said

    return per_statement(sentence, has)
