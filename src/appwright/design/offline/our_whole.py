"""The whole a business keeps its records in (*the fleet*, *our stock*), said after a record.

*for each coach in the fleet we note the registration*: the fleet is every coach the business
has, not a record the coaches belong to. `simplify` runs this with the other rewrites.
"""

from __future__ import annotations

import re

_IN_OUR_WHOLE = re.compile(
    r"\b(?P<each>(?:each|every|any)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:in|from)\s+"
    r"(?:the|our|my)\s+(?:fleet|stock|collection|inventory|catalogue|catalog|range|portfolio)\b"
)


def without_our_whole(sentence: str) -> str:
    """``for each coach in the fleet we note the registration``: *for each coach we note the
    registration*; every record of the kind is in the business's whole."""
    return _IN_OUR_WHOLE.sub(r"\g<each>", sentence)
