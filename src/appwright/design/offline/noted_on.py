"""What is written on a record, told as where it is written.

*The staff member who fetched it is noted on the order by name* is the order's link to the
staff member, who has a name; *the locker number we hand them gets written on the visit as
well* is a field of the visit. Told this way, the readers took the thing written for a record
of its own, linked the wrong way round.
"""

from __future__ import annotations

import re

_WHO_DID_IT_IS_NOTED_ON = re.compile(
    r"\bthe\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+who\s+[a-z]+\s+(?:it|them)\s+(?:is|are)\s+"
    r"(?:noted|recorded|logged|written\s+down|put\s+down|kept)\s+on\s+the\s+(?P<record>[a-z][\w\-]*)"
    r"(?P<by_name>\s+by\s+name)?(?=\s*(?:[,;.]|$))"
)
"""*the staff member who fetched it is noted on the order by name*: the order's, and named."""


_WRITTEN_ON = re.compile(
    r"\bthe\s+(?P<field>(?!(?:[a-z][\w\-]*\s+){0,2}who\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)"
    r"(?:\s+(?:we|i|they)\s+[a-z]+(?:\s+(?:them|it|him|her))?)?\s+(?:gets|get|is|are)\s+"
    r"(?:written|noted|recorded|put|kept)(?:\s+down)?\s+on\s+the\s+(?P<record>[a-z][\w\-]*)"
    r"(?:\s+as\s+well|\s+too)?(?=\s*(?:[,;.]|$))"
)
"""*the locker number we hand them gets written on the visit as well*: the visit's field."""


def noted_on_the_record(lowered: str) -> str:
    """``lowered`` with what is written on a record said as the record's: *each order belongs
    to one staff member; each staff member has a name*, *each visit has the locker number*."""
    lowered = _WHO_DID_IT_IS_NOTED_ON.sub(
        lambda m: (
            f"each {m['record']} belongs to one {m['who']}"
            + (f"; each {m['who']} has a name" if m["by_name"] else "")
        ),
        lowered,
    )
    return _WRITTEN_ON.sub(lambda m: f"each {m['record']} has the {m['field']}", lowered)
