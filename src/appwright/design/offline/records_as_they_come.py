"""Records told by how they come in, and what we log of each as it does.

*payments come in monthly, and we log the date, the amount and whether it bounced* lists what
each payment keeps; how often they come is no field of theirs. `simplify` runs it in its order.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_name_records, is_plural, singular

_THEY_COME_IN_AND_WE_LOG = re.compile(
    r"^(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+(?:come\s+in|arrive|go\s+out|are\s+made|"
    r"are\s+taken|are\s+paid)(?:\s+(?:monthly|weekly|daily|yearly|each\s+(?:month|week|day|year)|"
    r"every\s+(?:month|week|day|year)))?,?\s+and\s+(?:we|i)\s+(?:log|record|note|keep|enter)\s+"
    r"(?P<listed>(?:the|a|an|how|whether)\s[^;]+(?:,|\sand\s)[^;]+)$"
)
"""*payments come in monthly, and we log the date, the amount and whether it bounced*."""


def they_come_in_and_we_log(sentence: str) -> str:
    """``payments come in monthly, and we log the date, the amount and whether it bounced``:
    *each payment has the date, the amount and whether it bounced*; what is logged as they
    come is each one's own."""
    match = _THEY_COME_IN_AND_WE_LOG.match(sentence)
    if match is None:
        return sentence
    *rest, last = match["things"].split()
    if not is_plural(last) or not can_name_records(singular(last)):
        return sentence
    thing = " ".join([*rest, singular(last)])
    return f"each {thing} has {match['listed']}"
