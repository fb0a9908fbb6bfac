"""A plural subject that may do something for one of another record, told with that record's
list in brackets: *drivers may race for a team (team name and sponsor)* is what each driver may
do, and the bracket is the team's. Said of each one, the readers give the bracket to the team,
as they do for *a driver may race for a team (...)*.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import can_name_records, is_plural, singular

_THEY_MAY_FOR_ONE = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+(?P<rest>(?:may|can|might|sometimes|often)\s+(?:also\s+)?"
    r"[a-z]+\s+(?:for|to|with|in|at|under)\s+(?:a|an|one)\s+(?P<one>[a-z][\w\-]*)\s+\([^()]+\))"
)


def each_of_them_may(sentence: str) -> str:
    """``drivers may race for a team (team name and sponsor)``: *each driver may race for a
    team (team name and sponsor)*."""

    def each(part: str) -> str:
        match = _THEY_MAY_FOR_ONE.match(part)
        if (
            match is None
            or not is_plural(match["things"])
            or not can_name_records(singular(match["things"]), match["one"])
        ):
            return part
        return f"each {singular(match['things'])} {match['rest']}{part[match.end() :]}"

    return per_statement(sentence, each)
