"""Availability told as what someone answers for each event: *for each fixture a player marks
themselves available, maybe or unavailable, with an optional note*, *each player gets asked
about every fixture and answers available, unavailable or maybe* are one availability record
per person and event, its response one of the answers, its list what follows.
"""

from __future__ import annotations

import re

from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import can_name_records, phrase_can_name_records

_ANSWERS = (
    r"(?P<answers>[a-z]+(?:\s[a-z]+)?(?:,\s+[a-z]+(?:\s[a-z]+)?){0,4},?\s+or\s+[a-z]+(?:\s[a-z]+)?)"
)
_THE_REST = r"(?P<rest>,?\s+with\s+[^;]*?)?(?:\s+if\s+[^;]*)?$"
"""*, with an optional note if they're, say, only free later*: the list, not when it is said."""

_FOR_EACH_ONE_MARKS_THEMSELVES = re.compile(
    rf"^(?:for|on)\s+(?:each|every|a|the)\s+(?P<event>{NOUN_PATTERN}),?\s+"
    rf"(?:a|an|each|every|the)\s+(?P<who>{NOUN_PATTERN})\s+"
    r"(?:marks?|sets?|puts?|lists?)\s+(?:themselves|himself|herself)\s+(?:down\s+)?(?:as\s+)?"
    rf"{_ANSWERS}{_THE_REST}"
)
_ASKED_ABOUT_EACH_ANSWERS = re.compile(
    rf"^(?:each|every|a|an)\s+(?P<who>{NOUN_PATTERN})"
    r"(?:,\s+and\s+we\s+(?:keep|record|note|have)\s+their\s+(?P<theirs>[^;]+?),)?\s+"
    r"(?:is|gets|will\s+be)\s+asked\s+(?:about|for)\s+(?:each|every|a|the)\s+"
    rf"(?P<event>{NOUN_PATTERN})\s+and\s+(?:answers|replies|responds|says)\s+{_ANSWERS}{_THE_REST}"
)


def availability_answered(sentence: str) -> str:
    """``for each fixture a player marks themselves available, maybe or unavailable, with an
    optional note``: *each availability belongs to one player and one fixture; each
    availability has a response (available, maybe or unavailable), with an optional note*;
    so ``each player, and we keep their name, ..., gets asked about every fixture and answers
    available, unavailable or maybe``, the player's own list kept."""
    said = _FOR_EACH_ONE_MARKS_THEMSELVES.match(sentence) or _ASKED_ABOUT_EACH_ANSWERS.match(
        sentence
    )
    if (
        said is None
        or "available" not in re.split(r",\s+(?:or\s+)?|\s+or\s+", said["answers"])
        or not phrase_can_name_records(said["who"])
        or not can_name_records(said["event"].split()[-1])
    ):
        return sentence
    who, event = said["who"], said["event"]
    theirs = said.groupdict().get("theirs")
    told = f"each {who} has {theirs}; " if theirs else ""
    rest = (said["rest"] or "").lstrip(",")
    return (
        f"{told}each availability belongs to one {who} and one {event}; each availability has "
        f"a response ({said['answers']}){',' if rest else ''}{rest}"
    )
