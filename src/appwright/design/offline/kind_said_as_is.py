"""A record's kind told as what it is: *each roll is either vinyl or laminate and has a
product code, ...* gives each roll a type, one of those; things (*vinyl*, *squash*) are kinds,
where *confirmed or cancelled* would be steps and *junior or senior* how it is."""

from __future__ import annotations

import re

from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    can_be_adjective,
    can_be_noun,
    is_past_participle,
    phrase_can_name_records,
)

_IS_ONE_KIND_OR_ANOTHER = re.compile(
    rf"^(?P<head>(?:each|every|a|an|the)\s+(?P<one>{NOUN_PATTERN}))\s+is\s+(?:either\s+)?"
    r"(?P<kinds>[a-z][\w\-]*(?:,\s+[a-z][\w\-]*)*,?\s+or\s+[a-z][\w\-]*)(?=\s+and\s|,|$)"
)


def kind_said_as_is(sentence: str) -> str:
    """``each roll is either vinyl or laminate and has ...``: *each roll has a type (vinyl or
    laminate) and has ...*."""
    said = _IS_ONE_KIND_OR_ANOTHER.match(sentence)
    if said is None or not phrase_can_name_records(said["one"]):
        return sentence
    kinds = re.split(r",\s+(?:or\s+)?|\s+or\s+", said["kinds"])
    if not all(can_be_noun(kind) and not is_past_participle(kind) for kind in kinds) or all(
        can_be_adjective(kind) for kind in kinds
    ):
        return sentence
    return f"{said['head']} has a type ({said['kinds']}){sentence[said.end() :]}"
