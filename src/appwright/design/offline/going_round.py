"""How the owner goes round a record: through its parts one by one, with what they carry.

*inside a report I go room by room, each room with a name*: the rooms are the report's, each
with what is said of it; *I walk round the house with a clipboard*: what the owner carries is
no field of the house. `simplify` runs these with the other rewrites.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, plural

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


_GO_ROUND_WITH = re.compile(
    r"\b(?P<going>(?:i|we)\s+(?:walk|go|wander|drive|cycle)\s+(?:round|around|through|into|to)\s+"
    r"(?:the|a|an|each|every)\s+[a-z][\w\-]*)\s+with\s+(?:a|an|my|our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?:\s+and\s+(?:a|an|my|our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)?(?=\s*(?:,|;|$))"
)


def without_what_we_carry(sentence: str) -> str:
    """``when a tenant moves in i walk round the house with a clipboard``: *... i walk round the
    house*; what the owner carries round is no field of the place."""
    return _GO_ROUND_WITH.sub(r"\g<going>", sentence)
