"""*how much they can carry in kilos*: what a thing can hold is its capacity, a field with the
unit it is counted in; read as said it is a question with no name to give the field."""

from __future__ import annotations

import re

_HOW_MUCH_IT_HOLDS = re.compile(
    r"\bhow\s+(?:much|many)\s+(?:it|they|each\s+one)\s+(?:can\s+|will\s+)?"
    r"(?:carry|carries|hold|holds|take|takes|load|loads|store|stores|seat|seats|sleep|sleeps)"
    r"(?P<unit>\s+in\s+[a-z]+)?(?=\s*(?:[,;.)]|$|\s(?:and|or|plus)\s))"
)


def how_much_it_holds(sentence: str) -> str:
    """``vans need a registration and how much they can carry in kilos``: *... and a capacity
    in kilos*."""
    return _HOW_MUCH_IT_HOLDS.sub(lambda m: f"a capacity{m['unit'] or ''}", sentence)
