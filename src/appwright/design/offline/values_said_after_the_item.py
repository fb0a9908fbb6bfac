"""An item's values said after it, written in brackets.

- *a discount tier - bronze, silver or gold, depending on how much they spend with us* is *a
  discount tier (bronze, silver or gold)*; what the value depends on names no value;
- *the channel it came through, which is hostelworld, our own website or walk-in* is *the
  channel (hostelworld, our own website or walk-in)*;
- *a focus of technique, endurance, speed or open water skills* is *a focus (technique, ...)*.
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
    r"(?:came|comes|come|went|goes|go|is|are|was|were)(?:\s+[a-z]+){0,2})?,\s+which\s+(?:is|are|"
    r"can\s+be|(?:we|i)\s+(?:call|class\s+as|mark\s+as|grade\s+as|record\s+as))"
    r"\s+(?:one\s+of\s+|either\s+)?"
    rf"(?P<values>{_VALUE}(?:,\s+{_VALUE})*,?\s+or\s+{_VALUE})(?=\s*(?:;|$))"
)


def values_after_which_is(sentence: str) -> str:
    """``..., and the channel it came through, which is hostelworld, booking.com, our own
    website or walk-in``: *..., and the channel (hostelworld, ...)*; and ``the overall
    condition, which we call good, worn, damaged or missing parts``: *the overall condition
    (good, ...)*."""
    return _VALUES_AFTER_WHICH_IS.sub(r"\g<item> (\g<values>)", sentence)


_WORD = r"(?!(?:a|an|the|and|or)\b)[a-z][\w\-']*"
_VALUES_AFTER_OF = re.compile(
    r"(?P<item>\b(?:a|an)\s+(?!(?:number|list|mix|range|total|set|lot|couple|pair|series)\b)"
    rf"[a-z][\w\-]*)\s+of\s+(?P<values>{_WORD}(?:,\s+{_WORD}){{2,}},?\s+or\s+{_WORD}"
    rf"(?:\s+{_WORD}){{0,2}})(?=\s*(?:;|$))"
)


def values_after_of(sentence: str) -> str:
    """``... and a focus of technique, endurance, speed or open water skills``: *... and a
    focus (technique, endurance, speed or open water skills)*; a last value of three words is
    still one value."""
    return _VALUES_AFTER_OF.sub(r"\g<item> (\g<values>)", sentence)


_WHAT_IS_WRONG_THEN_ONE_OF = re.compile(
    r"\bwhat(?:'s|\s+is)\s+wrong(?:\s+with\s+(?:it|them))?,\s+and\s+the\s+(?P<item>[a-z][\w\-]*)\s+"
    r"(?:has\s+to|must|should|needs\s+to)\s+be\s+one\s+of\s+"
    rf"(?P<values>{_VALUE}(?:,\s+{_VALUE})*,?\s+or\s+{_VALUE})(?=\s*(?:[,;]|$))"
)


def values_of_what_is_wrong(sentence: str) -> str:
    """``..., the colour and what's wrong with it, and the fault has to be one of handle, zip,
    strap, lining or corner scuffs, plus the quote``: *..., the colour and the fault (handle,
    ...), plus the quote*; what is wrong is the item the values are of."""
    return _WHAT_IS_WRONG_THEN_ONE_OF.sub(r"the \g<item> (\g<values>)", sentence)


_EACH_ONE_OF_THEN_WITH = re.compile(
    rf",\s+each\s+(?:one\s+)?of\s+(?P<values>{_VALUE}(?:,\s+{_VALUE})+,?\s+or\s+{_VALUE}),\s+"
    r"with\s+(?=(?:a|an|the|its|their)\s)"
)


def values_of_each_one(sentence: str) -> str:
    """``several pots, each one of rent, energy, food or council tax, with a monthly amount
    ...``: *several pots, each with a type (rent, ...), a monthly amount ...*; which one each
    is, is its type."""
    return _EACH_ONE_OF_THEN_WITH.sub(r", each with a type (\g<values>), ", sentence)
