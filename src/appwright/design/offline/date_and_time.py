"""A moment told as its date and its time together: one field, a date-time.

*the date and time it starts*: the record's start, kept as a date-time (*the time it starts*),
not a date and a second field. `simplify` runs this with the other rewrites.
"""

from __future__ import annotations

import re

_DATE_AND_TIME_IT = re.compile(
    r"\b(?P<det>the|its|their)\s+date\s+and\s+time\s+(?=(?:it|they|we|you)\s+[a-z])"
)


def date_and_time_of_an_act(sentence: str) -> str:
    """``the date and time it starts``: *the time it starts*, whose field is a date-time."""
    return _DATE_AND_TIME_IT.sub(lambda m: f"{m['det']} time ", sentence)
