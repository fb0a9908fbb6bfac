"""A record of one thing gained by another: *when an umpire gains a qualification we log the
date it was awarded and ...* is an umpire qualification, one umpire's hold of one
qualification with that list (the qualification itself is one of a list kept elsewhere).
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import can_name_records

_WHEN_ONE_GAINS_ONE = re.compile(
    r"^(?:when|whenever|once|each\s+time|every\s+time)\s+(?:a|an|each|every|the|one\s+of\s+our)\s+"
    r"(?P<who>[a-z][\w\-]*)\s+(?:gains|earns|gets|achieves|obtains|passes|completes|"
    r"is\s+awarded|picks\s+up|takes|holds)\s+(?:a|an|the)\s+(?P<what>[a-z][\w\-]*),?\s+"
    r"(?:we|they|i)\s+(?:log|note|record|keep|store|enter|write\s+down|note\s+down)\s+"
    r"(?=(?:the|a|an|its|their|which|whether|when|how)\s)"
)


def when_one_gains_one(sentence: str) -> str:
    """``when an umpire gains a qualification we log the date it was awarded, ...``: *each
    umpire qualification belongs to one umpire; each umpire qualification belongs to one
    qualification; each umpire qualification has the date it was awarded, ...*."""

    def gained(part: str) -> str:
        match = _WHEN_ONE_GAINS_ONE.match(part)
        if match is None:
            return part
        who, what = match["who"], match["what"]
        if who == what or not can_name_records(who, what):
            return part
        record = f"{who} {what}"
        return (
            f"each {record} belongs to one {who}; each {record} belongs to one {what}; "
            f"each {record} has {part[match.end() :]}"
        )

    return per_statement(sentence, gained)
