"""Values told as numbers sharing one unit: *a reminder interval of 6, 12 or 18 months* is a
reminder interval with three values, *6 months*, *12 months* and *18 months*, not an interval
*of 6* counted in months.
"""

from __future__ import annotations

import re

_NUMBERS_OF_ONE_UNIT = re.compile(
    r"\b(?P<item>(?:a|an|the|its|their)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+of\s+"
    r"(?P<numbers>\d+(?:\s*,\s*\d+)*,?\s+or\s+\d+)\s+"
    r"(?P<unit>(?:day|week|month|year|hour|minute|mile|kilometre|km|kg|litre)s?)\b"
)


def numbers_with_their_unit(sentence: str) -> str:
    """``a reminder interval of 6, 12 or 18 months``: *a reminder interval (6 months, 12 months
    or 18 months)*; each number with the unit said once after the last."""

    def values(match: re.Match[str]) -> str:
        numbers = re.findall(r"\d+", match["numbers"])
        told = [f"{number} {match['unit']}" for number in numbers]
        return f"{match['item']} ({', '.join(told[:-1])} or {told[-1]})"

    return _NUMBERS_OF_ONE_UNIT.sub(values, sentence)
