"""A note-taker's short words written out: *qty* is *quantity*, *reg* *registration*, *ref
no.* *reference number*, so that each names what the full word names and no full stop in one
ends a sentence.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = {
    "e.g.": "eg",
    "i.e.": "ie",
    "etc.": "etc",
    "vs.": "vs",
    "approx.": "approx",
    "no. of": "number of",
}
_SHORT_WORDS = {
    "qty": "quantity",
    "qtys": "quantities",
    "mins": "minutes",
    "hrs": "hours",
    "op": "operation",
    "ops": "operations",
    "amt": "amount",
    "appt": "appointment",
    "appts": "appointments",
    "dept": "department",
    "depts": "departments",
    "desc": "description",
    "addr": "address",
    "est": "estimated",
    "mgr": "manager",
    "doc": "document",
    "docs": "documents",
    "sales people": "salespeople",
    "sales person": "salesperson",
}
"""A note-taker's short words, written out so each names what the full word names (and *sales
people*, one word, so that no *sale* record is read from it)."""
_SHORT_WORD = re.compile(rf"(?<![\w\-])(?:{'|'.join(_SHORT_WORDS)})(?![\w\-])")
_REG_ALONE = re.compile(r"(?<![\w\-])reg(?=\s*(?:[,.;)]|$)|\s+and\s)")
"""*vehicles: reg, make, seats*: the registration; *reg number*, *reg plate* are left as said."""
_NUMBER_CUT_SHORT = re.compile(r"(?<=[a-z]\s)no\.(?=\s*\))")
"""*(name, licence no.)*: a number, the full stop inside a bracket no sentence's end (*keg no.,
size* is read as it always was)."""
_NUMBER_NAMED = re.compile(r"(?<![\w\-])(?P<what>ref|reg)\.?\s+no\b\.?")
"""*ref no.*, *reg. no.*: the reference or registration number, named in full."""
_NAMED_IN_FULL = {"ref": "reference number", "reg": "registration number"}
_ESTIMATED_CUT_SHORT = re.compile(r"(?<![\w\-])est\.(?=\s)")
"""*est. hours*: the estimated hours, the full stop no sentence's end (not the *est.* that ends
*request.*)."""


def written_out(lowered: str) -> str:
    """The lowered text with its short words and abbreviations written out."""
    for short, plain in _ABBREVIATIONS.items():
        lowered = lowered.replace(short, plain)
    lowered = _ESTIMATED_CUT_SHORT.sub("estimated", lowered)
    lowered = _SHORT_WORD.sub(lambda m: _SHORT_WORDS[m.group(0)], lowered)
    lowered = _NUMBER_CUT_SHORT.sub(
        "number", _NUMBER_NAMED.sub(lambda m: _NAMED_IN_FULL[m["what"]], lowered)
    )
    return _REG_ALONE.sub("registration", lowered)
