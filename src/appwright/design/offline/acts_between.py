"""Records an act makes between things already named, told as the act: *alarms get checked
whenever we visit: a check has ...* (each check is of one alarm), *ringers sign up for an
outing and we have to know whether they have paid ...* (each sign-up is of one ringer for one
outing, and holds what is known of it).
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.logged_acts import act_done
from appwright.design.offline.word_forms import is_plural, singular

_DONE_THEN_TOLD = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+(?:are|get)\s+(?P<done>[a-z]+ed)\b[^;]*;\s+"
    r"(?:a|an|each|every)\s+(?P<act>[a-z][\w\-]*)\s+has\s"
)


def done_then_told(sentence: str) -> str:
    """``alarms are checked whenever we visit; a check has a date, a result ...``: *...; each
    check belongs to one alarm*; the act the things undergo, said as a record, is of one of
    them."""
    match = _DONE_THEN_TOLD.match(sentence)
    if match is None or not is_plural(match["things"]) or act_done(match["done"]) != match["act"]:
        return sentence
    return f"{sentence}; each {match['act']} belongs to one {singular(match['things'])}"


_SIGN_UP_AND_KNOW = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)\s+(?:can\s+)?sign\s+up\s+(?:for|to)\s+(?:a|an|one|the)\s+"
    r"(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+and\s+(?:we|i)\s+(?:have\s+to\s+|need\s+to\s+|want\s+to\s+)?"
    r"(?:know|note|record|track|log|keep)\s+(?P<kept>whether\s.+)$"
)


def sign_up_and_know(sentence: str) -> str:
    """``ringers sign up for an outing and we know whether they have paid and whether they
    want the pub lunch``: *each signup belongs to one ringer; each signup belongs to one
    outing; each signup has whether ...*; what is known of one sign-up is neither the ringer's
    nor the outing's."""

    def plain(clause: str) -> list[str]:
        match = _SIGN_UP_AND_KNOW.match(clause)
        if match is None or not is_plural(match["who"]):
            return [clause]
        return [
            f"each signup belongs to one {singular(match['who'])}",
            f"each signup belongs to one {match['what']}",
            f"each signup has {match['kept']}",
        ]

    return per_clause(sentence, plain)
