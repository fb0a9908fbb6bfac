"""One measure told for two sides of a thing: two fields, each named by its side.

*a result for the right ear and one for the left ear (normal, mild loss or severe loss)*,
*the prescription for the right eye and for the left eye*: a record keeps a right ear result and
a left ear result, both with the values in brackets. `simplify` runs this with the other
rewrites, before the values after *of* are bracketed.
"""

from __future__ import annotations

import re

_FOR_EACH_SIDE = re.compile(
    r"\b(?P<det>a|an|the)\s+(?P<measure>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+for\s+(?:the|their|its)\s+"
    r"(?P<first>[a-z][\w\-]*)\s+(?P<part>[a-z][\w\-]*)\s+and\s+(?:(?:one|another)\s+)?"
    r"for\s+(?:the|their|its)\s+(?P<second>[a-z][\w\-]*)\s+(?P=part)\b"
    r"(?P<values>\s*\([^()]*\))?"
)


def one_for_each_side(sentence: str) -> str:
    """``a result for the right ear and one for the left ear (normal or loss)``: *a right ear
    result (normal or loss) and a left ear result (normal or loss)*, the values said once for
    both."""

    def two_fields(match: re.Match[str]) -> str:
        det, measure, part = match["det"], match["measure"], match["part"]
        values = match["values"] or ""
        if match["first"] == match["second"]:
            return match[0]
        first = f"{match['first']} {part} {measure}"
        second = f"{match['second']} {part} {measure}"
        return f"{det} {first}{values} and {det} {second}{values}"

    return _FOR_EACH_SIDE.sub(two_fields, sentence)
