"""A pairing said in a note's few words: *2-3 fitters per appt, a fitter on many appts*, both
sides at once, which the readers of *has several* and *is on many* then take as many to many.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import statement_by_statement
from appwright.design.offline.word_forms import phrase_can_name_records, singular_phrase

_SEVERAL_PER_ONE_EACH_ON_MANY = re.compile(
    r"^(?:several|many|multiple|one\s+or\s+more|\d+\s*(?:-|to)\s*\d+)\s+(?P<xs>[a-z][\w\-]*s)\s+"
    r"(?:per|on\s+each|to\s+each|for\s+each|a)\s+(?P<y>[a-z][\w\-]*),\s+(?:(?:and|but)\s+)?"
    r"(?:a|an|each|one)\s+(?P<x>[a-z][\w\-]*)\s+(?:on|in|at|for|to|with|across)\s+"
    r"(?:many|several|lots\s+of|multiple)\s+(?P<ys>[a-z][\w\-]*s)$"
)


@statement_by_statement
def several_per_one_each_on_many(sentence: str) -> str:
    """``2-3 fitters per appointment, a fitter on many appointments``: *each appointment has
    several fitters, and each fitter is on many appointments*, the two sides of a pairing."""
    match = _SEVERAL_PER_ONE_EACH_ON_MANY.match(sentence)
    if match is None:
        return sentence
    xs, y, x, ys = match["xs"], match["y"], match["x"], match["ys"]
    if singular_phrase(xs) != x or singular_phrase(ys) != y or not phrase_can_name_records(x):
        return sentence
    return f"each {y} has several {xs}, and each {x} is on many {ys}"


_SEVERAL_WITH_QTY_PER_ONE = re.compile(
    r"^(?P<lead>each\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:takes|uses|needs|gets|has|holds)\s+"
    r"(?:several|many|multiple|some|a\s+few)\s+(?P<xs>[a-z][\w\-]*s)\s*,\s+(?:with\s+(?:a\s+)?)?"
    r"(?:qty|quantity|number|amount|how\s+many)\s+(?:per|of\s+each|for\s+each)\s+"
    r"(?P<x>[a-z][\w\-]*)$"
)


@statement_by_statement
def several_with_qty_per_one(sentence: str) -> str:
    """``each booking takes several items, qty per item``: *each booking has several items, with
    a quantity of each*, the lines a note gives in five words."""
    match = _SEVERAL_WITH_QTY_PER_ONE.match(sentence)
    if match is None or singular_phrase(match["xs"]) != match["x"]:
        return sentence
    return f"{match['lead']} has several {match['xs']}, with a quantity of each"
