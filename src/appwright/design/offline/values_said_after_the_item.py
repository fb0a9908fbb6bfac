"""An item's values said after it, written in brackets.

- *a discount tier - bronze, silver or gold, depending on how much they spend with us* is *a
  discount tier (bronze, silver or gold)*; what the value depends on names no value;
- *the channel it came through, which is hostelworld, our own website or walk-in* is *the
  channel (hostelworld, our own website or walk-in)*.
"""

from __future__ import annotations

import re

_VALUE = r"(?!(?:a|an|the)\s)[a-z0-9][\w\-']*(?:\s+[a-z0-9][\w\-']*)?"
"""One value of one or two words; one told with an article (*a yes or no thing*) is no value."""
_VALUES_AFTER_A_DASH = re.compile(
    r"(?P<item>\b(?:a|an|the|its|their)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+-\s+"
    rf"(?P<values>{_VALUE}(?:,\s+{_VALUE})*,?\s+or\s+{_VALUE})"
    r"(?:,?\s+depending\s+on\s+[^;]+?)?(?=\s*(?:;|$))"
)


def values_after_a_dash(sentence: str) -> str:
    """``..., plus a discount tier - bronze, silver or gold, depending on how much they spend
    with us``: *..., plus a discount tier (bronze, silver or gold)*."""
    return _VALUES_AFTER_A_DASH.sub(r"\g<item> (\g<values>)", sentence)


_VALUES_AFTER_WHICH_IS = re.compile(
    r"(?P<item>\b(?:a|an|the|its|their)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)(?:\s+(?:it|they)\s+"
    r"(?:came|comes|come|went|goes|go|is|are|was|were)(?:\s+[a-z]+){0,2})?,\s+which\s+(?:is|are|can\s+be)"
    r"\s+(?:one\s+of\s+|either\s+)?"
    rf"(?P<values>{_VALUE}(?:,\s+{_VALUE})*,?\s+or\s+{_VALUE})(?=\s*(?:;|$))"
)


def values_after_which_is(sentence: str) -> str:
    """``..., and the channel it came through, which is hostelworld, booking.com, our own
    website or walk-in``: *..., and the channel (hostelworld, ...)*."""
    return _VALUES_AFTER_WHICH_IS.sub(r"\g<item> (\g<values>)", sentence)
