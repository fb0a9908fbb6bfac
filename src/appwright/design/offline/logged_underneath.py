"""Records logged underneath another, or pointing at the one they went into.

- *for each run (it has a batch number and a date) to have its cuts logged underneath it:
  which cut it was, ...*: the run's list, and each cut the run's, with the list after the colon;
- *the heads and tails get tipped into a feints tank, which really just has a name and ...,
  so a cut can point at the feints tank it went into*: the tank's list, and each cut's tank.
"""

from __future__ import annotations

import re

from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import phrase_can_name_records, singular_phrase

_ITS_ONES_LOGGED_UNDERNEATH = re.compile(
    r"^(?:what\s+(?:we|i)\s+(?:would\s+like|want|need)\s+is\s+)?(?:for\s+)?(?:each|every)\s+"
    rf"(?P<one>{NOUN_PATTERN})\s+(?:\((?:it|which)\s+has\s+(?P<its>[^()]+)\)\s+)?"
    r"(?:to|can|should|will|must)\s+have\s+"
    rf"its\s+(?P<many>{NOUN_PATTERN})\s+(?:logged|recorded|listed|kept|entered)"
    r"(?:\s+(?:underneath|under|against|with)\s+it)?:\s+"
)
_WHICH_JUST_HAS = re.compile(r",\s+which\s+(?:really\s+)?(?:just\s+|only\s+)has\s+")
_CAN_POINT_AT_THE_ONE = re.compile(
    rf"(?P<lead>^|,\s+so\s+|,\s+and\s+|;\s+)(?:a|an|each|every)\s+(?P<one>{NOUN_PATTERN})\s+"
    r"(?:can|should|will|must)\s+point\s+(?:at|to)\s+(?:the|a|an|one)\s+"
    rf"(?P<other>{NOUN_PATTERN})\s+it\s+[a-z]+(?:\s+[a-z]+)?$"
)


def logged_underneath(sentence: str) -> str:
    """``for each run (it has a batch number and a date) to have its cuts logged underneath
    it: which cut it was, ...``: *each run has a batch number and a date; each cut belongs to
    one run; cut: which cut it was, ...*; ``..., which really just has a name and ..., so a
    cut can point at the feints tank it went into``: *..., which has a name and ...; each cut
    belongs to one feints tank*."""
    said = _ITS_ONES_LOGGED_UNDERNEATH.match(sentence)
    if said is not None:
        one, many = said["one"], singular_phrase(said["many"])
        if phrase_can_name_records(one) and phrase_can_name_records(many):
            its = f"each {one} has {said['its']}; " if said["its"] else ""
            return f"{its}each {many} belongs to one {one}; {many}: {sentence[said.end() :]}"
    sentence = _WHICH_JUST_HAS.sub(", which has ", sentence)
    points = _CAN_POINT_AT_THE_ONE.search(sentence)
    if points is None or not (
        phrase_can_name_records(points["one"]) and phrase_can_name_records(points["other"])
    ):
        return sentence
    return f"{sentence[: points.start()]}; each {points['one']} belongs to one {points['other']}"
