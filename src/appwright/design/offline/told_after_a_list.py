"""A record told after another's list in the same sentence: *prize places, each with an
amount, and once it's over we record a payout with ...* is two sentences, the payout's list
none of the place's.
"""

from __future__ import annotations

import re

_AND_ONCE_WE_RECORD = re.compile(
    r",\s+and\s+(?=(?:then\s+)?(?:once|when|after)\s+[^,;]{1,40}?\s+(?:we|i)\s+"
    r"(?:record|log|note|keep|enter|write\s+down|take)\s+(?:a|an)\s)"
)


def and_once_we_record(sentence: str) -> str:
    """``..., each with an amount, and once it's over we record a payout with ...``: *...,
    each with an amount; once it's over we record a payout with ...*; what we record then is
    told apart from the list before."""
    return _AND_ONCE_WE_RECORD.sub("; ", sentence)
