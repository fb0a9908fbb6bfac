"""What people may do to the records they make, told in the same breath as making them.

*Feeders record their own feeds and may only change those* is a rule: feeders may only change
their own feeds (the feeds are told elsewhere, often by another name: *a feeding log*). Said as
one, the list readers took *may only change those* for a field of the feeders.
"""

from __future__ import annotations

import re

_MAKE_THEN_ONLY_THOSE = re.compile(
    r"\b(?P<who>[a-z][\w\-]*s)\s+(?P<make>record|log|enter|add|create|write|raise|book)\s+"
    r"their\s+own\s+(?P<what>[a-z][\w\-]*s)\s+(?:,\s*)?and\s+(?P<modal>may|can|should)\s+only\s+"
    r"(?P<act>[a-z]+)\s+(?:those|them|these)\b"
)


def make_then_only_those(text: str) -> str:
    """``feeders record their own feeds and may only change those``: *feeders may only change
    their own feeds*, the rule without the making."""
    return _MAKE_THEN_ONLY_THOSE.sub(
        lambda m: f"{m['who']} {m['modal']} only {m['act']} their own {m['what']}", text
    )
