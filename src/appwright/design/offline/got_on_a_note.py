"""The record an owner gets, said as a note: *disputed charge gets an appeal: date lodged,
statement, outcome* is an appeal for each charge, with that list; the state before the owner
says when one is got, and is no record. `simplify` runs it before the readers of lists."""

from __future__ import annotations

import re

from appwright.design.offline.text import (
    can_be_noun,
    is_past_participle,
    is_plural,
    outside_brackets,
)

_GETS_ONE_COLON = re.compile(
    r"^(?:(?:a|an|each|every|any)\s+)?(?P<state>[a-z]+)\s+(?P<owner>[a-z][\w\-]*)\s+"
    r"(?:gets|is\s+given)\s+(?:a|an|one|its\s+own)\s+(?P<record>[a-z][\w\-]*)\s*:\s+"
    r"(?P<list>[^;:]+)$"
)


def gets_one_colon(sentence: str) -> str:
    """*disputed charge gets an appeal: date lodged, statement, outcome* → *each appeal belongs
    to one charge; each appeal has date lodged, ...*: the list after the colon is the record
    the owner gets, and the state before the owner (*disputed*, *cancelled*) says when, no
    record of its own (*cancelled booking gets a refund: amount, date paid*)."""
    match = _GETS_ONE_COLON.match(sentence)
    if match is None:
        return sentence
    state, owner, record = match["state"], match["owner"], match["record"]
    # the state says a new record comes of one; "each charge gets a status: open, paid" is
    # the charge's own field, and stays
    if not is_past_participle(state):
        return sentence
    if not can_be_noun(owner) or not can_be_noun(record) or is_plural(record):
        return sentence
    if re.search(r"\bor\b", outside_brackets(match["list"])):
        return sentence  # "a disputed charge gets a status: open, paid or written off": values
    return f"each {record} belongs to one {owner}; each {record} has {match['list']}"
