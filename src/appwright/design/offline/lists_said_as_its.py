"""A record's list said as what it is, what is filled in on it or what its entry holds:

- *for the children themselves it's name, date of birth, allergies and ...*: each child's;
- *on the sheet itself we fill in the date, the top wood, ...*: each sheet's;
- *I want every incident written up properly, so when it happened, ...*: each incident's;
- *a stage log entry records the stage reached, the date, ...*: each stage log's;
- *several tanks, each known by a reference and its capacity*: each tank's.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import can_name_records, singular_phrase

_FOR_THEM_ITS = re.compile(
    rf"^(?:and\s+)?(?:as\s+)?for\s+(?:the|our|each|every)\s+(?P<records>{NOUN_PATTERN}?)"
    r"(?:\s+(?:themselves|itself))?,?\s+(?:it's|it\s+is|that's|we\s+need|we\s+want)\s+"
    r"(?:just\s+)?(?P<listed>[^:;]+,[^:;]+)$"
)
_ON_IT_WE_FILL_IN = re.compile(
    rf"^on\s+(?:the|each|every)\s+(?P<records>{NOUN_PATTERN}?)(?:\s+itself)?,?\s+(?:we|i)\s+"
    r"(?:also\s+)?(?:fill\s+in|note|record|write(?:\s+down)?|put|enter)\s+"
    r"(?P<listed>(?:the|a|an|its|their|how|whether|which|what)\s[^:;]+(?:,|\s+and\s)[^:;]+)$"
)
_EVERY_ONE_WRITTEN_UP_SO = re.compile(
    r"^(?:i|we)\s+(?:want|need|would\s+like)\s+(?:every|each)\s+(?P<records>[a-z][\w\-]*)\s+"
    r"(?:written\s+up|written\s+down|recorded|logged)(?:\s+properly)?,\s+(?:so\s+)?"
    r"(?P<listed>(?:when|where|which|what|the|a|an|its|their)\s[^:;]+,[^:;]+)$"
)
_ITS_ENTRY_RECORDS = re.compile(
    # "each order line gives ...": a line, unlike a log's entry, is a record of its own
    r"\b(?:a|an|each|every)\s+(?P<record>(?:[a-z][\w\-]*\s+)?(?:log|diary|register))\s+entry\s+"
    r"(?:records|notes|holds|logs|shows|gives)\s+(?=(?:the|a|an|its|their|which)\s)"
)

_EACH_KNOWN_BY = re.compile(
    r"(?<=[a-z]s),\s+each\s+(?:one\s+)?(?:known|kept|identified)\s+by\s+(?=(?:a|an|the|its|their)\s)"
)
_TOLD_AS_ITS_LIST = (_FOR_THEM_ITS, _ON_IT_WE_FILL_IN, _EVERY_ONE_WRITTEN_UP_SO)


def for_them_its(sentence: str) -> str:
    """``for the children themselves it's name, ...``: *each child has name, ...*, and so
    for ``on the sheet itself we fill in ...`` and ``i want every incident written up
    properly, so when it happened, ...``; ``whenever one moves on, a stage log entry records
    the stage reached, ...``: *whenever one moves on, each stage log has the stage reached,
    ...*; ``several tanks, each known by a reference and ...``: *several tanks, each with
    ...*."""

    def told(statement: str) -> str:
        said = (pattern.match(statement) for pattern in _TOLD_AS_ITS_LIST)
        match = next(filter(None, said), None)
        record = singular_phrase(match["records"]) if match else ""
        if match is None or not can_name_records(record.split()[-1]):
            return statement
        return f"each {record} has {match['listed']}"

    def entry(match: re.Match[str]) -> str:
        record = match["record"]
        return f"each {record} has " if can_name_records(record.split()[-1]) else match[0]

    sentence = _EACH_KNOWN_BY.sub(", each with ", sentence)
    return _ITS_ENTRY_RECORDS.sub(entry, per_statement(sentence, told))
