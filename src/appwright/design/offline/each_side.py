"""One measure told for two sides of a thing: two fields, each named by its side.

*a result for the right ear and one for the left ear (normal, mild loss or severe loss)*,
*the prescription for the right eye and for the left eye*: a record keeps a right ear result and
a left ear result, both with the values in brackets. *two grades, one for the vinyl and one
for the sleeve, each graded mint, good or poor* is said the other way round: the count first,
then the sides. `simplify` runs these with the other rewrites, before the values after *of* are
bracketed.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import singular

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


_TWO_THEN_THE_SIDES = re.compile(
    r"\b(?:two|2)\s+(?P<measure>[a-z][\w\-]*s),\s+one\s+for\s+(?:the|its|their)\s+"
    r"(?P<first>[a-z][\w\-]*)\s+and\s+(?:one|another|the\s+other)\s+for\s+(?:the|its|their)\s+"
    r"(?P<second>[a-z][\w\-]*)"
    r"(?:,\s+(?:each|both)\s+(?:(?:graded|rated|marked|scored|set\s+to|one\s+of|either)\s+)?"
    r"(?P<values>[^,;()]+(?:,\s+[^,;()]+)*\s+or\s+[^,;()]+?))?(?=$|[.;]|,\s+and\s)"
)


def two_then_the_sides(sentence: str) -> str:
    """``two grades, one for the vinyl and one for the sleeve, each graded mint, good or poor``:
    *a vinyl grade (mint, good or poor) and a sleeve grade (mint, good or poor)*."""

    def two_fields(match: re.Match[str]) -> str:
        measure = singular(match["measure"])
        if match["first"] == match["second"] or measure == match["measure"]:
            return match[0]
        values = f" ({match['values']})" if match["values"] else ""
        return f"a {match['first']} {measure}{values} and a {match['second']} {measure}{values}"

    return _TWO_THEN_THE_SIDES.sub(two_fields, sentence)
