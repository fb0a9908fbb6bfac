"""A record told by what it is, then what it does, in turn: *a shift is for one site, is covered
by a guard, runs from a start time to an end time and moves from open to assigned ...* is *each
shift is for one site; each shift is covered by a guard; each shift runs from a start time to
an end time; each shift moves from open to assigned ...*, each of which the readers know said
alone.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_name_records, is_plural

_VERBS = r"(?:is|has|runs|moves|goes|belongs|starts|gets|carries|lasts|costs|needs)"

_TOLD_IN_TURN = re.compile(
    r"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))(?:a|an|each|every)\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+(?P<told>(?:is|belongs)\s[^.;]+)"
)
_NEXT_PREDICATE = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?={_VERBS}\s)")


def _in_turn(match: re.Match[str]) -> str:
    record, told = match["record"], match["told"]
    if is_plural(record.split()[-1]) or not can_name_records(record.split()[-1]):
        return match[0]
    if told.count("(") != told.count(")"):
        return match[0]
    pieces = _NEXT_PREDICATE.split(told)
    # a chain needs three pieces: *is for one site and has a name* is read well as it is
    if len(pieces) < 3 or not all(re.match(rf"{_VERBS}\s", piece) for piece in pieces):
        return match[0]
    if any(
        re.search(r"\b(?:then|it|they)\s|,|\bfirst\b|^goes\s+(?:on\s+)?to\s", piece)
        for piece in pieces[:-1]
    ):
        # "... and then it goes to submitted, gets approved", "is submitted first, goes to
        # checking, and is then paid": a flow's steps; "is made on a date,
        # paid by card or cash, has ...": pieces the readers of a record told in pieces know
        return match[0]
    if all(re.match(r"(?:is|has|belongs)\s", piece) for piece in pieces):
        return match[0]  # "is for one enquiry, has a date and time, is hosted by ...": in pieces
    return "; ".join(f"each {record} {piece.strip()}" for piece in pieces)


def predicates_in_turn(lowered: str) -> str:
    """``lowered`` with each record told in turn said one thing at a time."""
    return _TOLD_IN_TURN.sub(_in_turn, lowered)
