"""A start and an end said as one time: *the time of day it starts and ends* is a start time
and an end time, *the dates it begins and finishes* a start date and an end date.
"""

from __future__ import annotations

import re

_WHEN_IT_STARTS_AND_ENDS = re.compile(
    r"(?P<and>\s+and\s+)?\bthe\s+(?P<noun>time|date|day)s?(?:\s+of\s+(?:the\s+)?day)?\s+(?:it|they|that\s+it)\s+"
    r"(?:starts?|begins?)\s+and\s+(?:ends?|finish(?:es)?|stops?)\b"
)


def start_and_end_apart(sentence: str) -> str:
    """``... with an hourly rate and the time of day it starts and ends``: *... and a start
    time and an end time*; two times, one of each end, and the *and* before them a comma, so
    the list still ends on one *and*."""
    return _WHEN_IT_STARTS_AND_ENDS.sub(
        lambda m: f"{', ' if m['and'] else ''}a start {m['noun']} and an end {m['noun']}", sentence
    )
