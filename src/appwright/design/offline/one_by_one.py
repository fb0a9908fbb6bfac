"""The parts a record is gone through one by one (*inside a report I go room by room*).

*inside a report I go room by room, each room with a name*: the rooms are the report's, each
with what is said of it. `simplify` runs this with the other rewrites.
"""

from __future__ import annotations

import re

from appwright.design.offline.text import FUNCTION_WORDS, can_be_noun, plural

_GO_ONE_BY_ONE = re.compile(
    r"^(?:(?:inside|in|on|within|for)\s+)(?:a|an|each|every|the)\s+(?P<owner>[a-z][\w\-]*),?\s+"
    r"(?:i|we)\s+(?:go|work|walk)\s+(?P<part>[a-z][\w\-]*)\s+by\s+(?P=part),\s+"
    r"(?:each|every)\s+(?P=part)\s+with\s+"
)


def go_one_by_one(sentence: str) -> str:
    """``inside a report i go room by room, each room with a name``: *each report has several
    rooms, each with a name*; what is gone through one by one are the record's parts."""
    match = _GO_ONE_BY_ONE.match(sentence)
    if match is None:
        return sentence
    owner, part = match["owner"], match["part"]
    if not (can_be_noun(owner) and can_be_noun(part)) or {owner, part} & FUNCTION_WORDS:
        return sentence
    return f"each {owner} has several {plural(part)}, each with {sentence[match.end() :]}"
