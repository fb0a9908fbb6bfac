"""A state some records reach later, said as an aside after the flow: *its status starts at
sent and becomes paid or expired, with a paid link sometimes ending up refunded* ends at
refunded after that.
"""

from __future__ import annotations

import re

_WITH_ONE_SOMETIMES_ENDING_UP = re.compile(
    r",\s+with\s+(?:a|an|the|any)\s+[\w\-]+\s+[\w\-]+\s+"
    r"(?:sometimes|occasionally|later|eventually)\s+(?:ending\s+up(?:\s+as)?|becoming)\s+"
    r"(?P<state>[a-z][\w\-]*)(?=\s*$)"
)


def later_end_said_aside(sentence: str) -> str:
    """``..., and its status starts at sent and becomes paid or expired, with a paid link
    sometimes ending up refunded``: *..., becomes paid or expired, then refunded*; the aside
    names one more step, no record."""
    return _WITH_ONE_SOMETIMES_ENDING_UP.sub(r", then \g<state>", sentence)
