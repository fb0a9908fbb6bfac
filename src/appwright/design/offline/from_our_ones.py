"""*deliveries come from our suppliers (name and phone), one product per delivery, with the
delivery date, a quantity and the cost*: each delivery comes from one of the suppliers, the
bracket is the suppliers' list, *one product per delivery* is one more the delivery points at,
and what follows *with* is the delivery's own."""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, is_plural, singular

_COME_FROM_OUR_ONES = re.compile(
    r"^(?P<many>[a-z][\w\-]*s)\s+(?:come|are\s+bought|are\s+ordered|arrive)\s+from\s+"
    r"(?:our|the|one\s+of\s+our)\s+(?P<ones>[a-z][\w\-]*s)\s+\((?P<theirs>[^()]+)\)"
    r"(?:,\s+one\s+(?P<other>[a-z][\w\-]*)\s+per\s+[a-z][\w\-]*)?"
    r"(?:,?\s+with\s+(?P<listed>[^;]+))?$"
)


def come_from_our_ones(sentence: str) -> str:
    """``deliveries come from our suppliers (name and phone), one product per delivery, with
    the delivery date, ...``: *each delivery belongs to one supplier; each supplier has name
    and phone; each delivery is for one product; each delivery has the delivery date, ...*."""
    match = _COME_FROM_OUR_ONES.match(sentence)
    if match is None or not (is_plural(match["many"]) and is_plural(match["ones"])):
        return sentence
    thing, one = singular(match["many"]), singular(match["ones"])
    if thing == one or not can_be_noun(one) or one in FUNCTION_WORDS:
        return sentence
    said = [f"each {thing} belongs to one {one}", f"each {one} has {match['theirs']}"]
    if match["other"]:
        said.append(f"each {thing} is for one {match['other']}")
    if match["listed"]:
        said.append(f"each {thing} has {match['listed']}")
    return "; ".join(said)
