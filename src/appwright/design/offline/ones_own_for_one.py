"""A record told as one person's thing for one of another: *each booking is one customer's order
for one performance, recording how many tickets ...* is a booking for one customer and one
performance, with its list; *order* says what the booking is, not a record of its own (nor is
the *tray* of *a bake is one tray of a recipe, made on a date ...*).
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import can_name_records, is_past_participle

_ONES_OWN_FOR_ONE = re.compile(
    r"(?P<lead>^|,\s+and\s+)(?P<each>(?:each|every|a|an)\s+[a-z][\w\-]*)\s+is\s+(?:one|a|an)\s+(?P<one>[a-z][\w\-]*)'s\s+"
    r"[a-z][\w\-]*\s+(?:for|of|on|at)\s+(?:one|a|an)\s+(?P<other>[a-z][\w\-]*)"
    r"(?:,\s+(?:recording|noting|listing|showing|giving|saying|with)\s+(?P<listed>[^;]+))?$"
)


def ones_own_for_one(sentence: str) -> str:
    """``each booking is one customer's order for one performance, recording how many adult
    tickets they bought, ...``: *each booking is for one customer and one performance, with how
    many adult tickets they bought, ...*."""

    def for_both(part: str) -> str:
        match = _ONES_OWN_FOR_ONE.search(part)
        if match is None or not can_name_records(match["one"], match["other"]):
            return part
        said = f"{match['each']} is for one {match['one']} and one {match['other']}"
        listed = f", with {match['listed']}" if match["listed"] else ""
        return f"{part[: match.start()]}{match['lead']}{said}{listed}"

    return per_statement(sentence, for_both)


_ONE_LOT_OF_ONE = re.compile(
    r"^(?P<each>(?:each|every|a|an)\s+[a-z][\w\-]*)\s+is\s+one\s+(?P<lot>[a-z][\w\-]*)\s+of\s+(?:a|an|one)\s+"
    r"(?P<other>[a-z][\w\-]*),\s+(?P<done>[a-z]+)\s+on\s+a\s+date\b"
)


def one_lot_of_one(sentence: str) -> str:
    """``a bake is one tray of a recipe, made on a date by a staff member, with ...``: *a bake is
    for one recipe and has a date, and is made by a staff member, with ...*; the tray says how
    much one bake is, not a record of its own."""
    match = _ONE_LOT_OF_ONE.search(sentence)
    if match is None or not (
        can_name_records(match["other"]) and is_past_participle(match["done"])
    ):
        return sentence
    said = f"{match['each']} is for one {match['other']} and has a date, and is {match['done']}"
    return said + sentence[match.end() :]
