"""When a header's records come, said in the header and naming none: *for every village
contest that night: ...* is each village contest's list, *players turning out each year:
name, ...* each player's; *that night* and *turning out each year* are no part of a name."""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_name_records, is_plural

_TIMES = r"(?:night|day|evening|morning|afternoon|week|month|year|season|time)"
_FOR_EVERY_ONE_THAT_NIGHT = re.compile(
    r"(?P<head>\bfor\s+(?:every|each)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    rf"(?:that|this|the\s+same|each|every)\s+{_TIMES}(?=:\s)"
)
_ONES_TURNING_OUT_EACH_YEAR = re.compile(
    r"^(?P<many>[a-z][\w\-]*)\s+[a-z]+ing(?:\s+(?:out|up|in|along|over))?\s+"
    rf"(?:each|every|that|this)\s+{_TIMES}(?=:\s)"
)


def when_said_of_a_header(sentence: str) -> str:
    """``for every village contest that night: the village, ...``: *for every village
    contest: ...*; ``players turning out each year: name and ...``: *players: name and ...*."""
    sentence = _FOR_EVERY_ONE_THAT_NIGHT.sub(r"\g<head>", sentence)
    said = _ONES_TURNING_OUT_EACH_YEAR.match(sentence)
    if said is None or not is_plural(said["many"]) or not can_name_records(said["many"]):
        return sentence
    return f"{said['many']}{sentence[said.end() :]}"
