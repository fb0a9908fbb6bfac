"""Qualifiers dropped from the records a sentence names, where they say which ones are kept, or
which one is meant, and name nothing new: *any break of 50 or over gets logged ...* logs
breaks, *... against the player who made it and the table it was made on* names a player and a
table.
"""

from __future__ import annotations

import re

_OF_A_SIZE = re.compile(
    r"\b(?P<each>any|every|each)\s+(?P<thing>[a-z][\w\-]*)\s+(?:of|over|above|worth)\s+"
    r"(?:£|\$)?\d[\d,.]*(?:\s+or\s+(?:over|more|above|higher|bigger))?"
    r"(?=\s+(?:gets|is|are|goes|must|has|should)\b)"
)


def without_size_kept(sentence: str) -> str:
    """``any break of 50 or over gets logged ...``: *every break gets logged ...*; the size
    says which ones are kept, a rule, no field."""
    return _OF_A_SIZE.sub(lambda m: f"every {m['thing']}", sentence)


_AGAINST = re.compile(r"\bagainst\s+(?P<ones>(?:the|its|their)\s[^,;:]+)")

_WHO_DID_IT = re.compile(
    r"\b(?P<one>(?:the|its|their)\s+[a-z][\w\-]*)\s+(?:who|that|which)\s+[a-z]+\s+(?:it|them)\b"
)
_IT_WAS_DONE_ON = re.compile(
    r"\b(?P<one>(?:the|its|their)\s+[a-z][\w\-]*)\s+(?:that\s+|which\s+)?(?:it|they)\s+"
    r"(?:was|were)\s+[a-z]+\s+(?:on|at|in|with|by|from|for|to)\b"
)


def against_ones_plainly(sentence: str) -> str:
    """``... logged against the player who made it and the table it was made on, with ...``:
    *... logged against the player and the table, with ...*; who made it and where it was made
    are the ones it is logged against."""

    def plainly(match: re.Match[str]) -> str:
        ones = _IT_WAS_DONE_ON.sub(r"\g<one>", _WHO_DID_IT.sub(r"\g<one>", match["ones"]))
        return f"against {ones}"

    return _AGAINST.sub(plainly, sentence)


_NAMED_BY_EXAMPLES = re.compile(
    r"\b(?P<one>(?:a|an)\s+[a-z][\w\-]*)\s+\([^()]*?\b(?:and\s+so\s+on|etc\.?|and\s+the\s+like|"
    r"that\s+sort\s+of\s+thing)\)\s+with\s+(?!(?:a|an|the|its)\s+name\b)(?=(?:a|an|the|its)\s)"
)


def named_by_examples(sentence: str) -> str:
    """``every table is charged on a tariff (off-peak, evening, weekend and so on) with an
    hourly rate``: *... on a tariff with a name, an hourly rate*; the examples are the names the
    records go by, none of them a value of its own."""
    return _NAMED_BY_EXAMPLES.sub(r"\g<one> with a name, ", sentence)


_TO_WHOEVER = re.compile(r"\s+to\s+whoever\s+[^,;:]+,?\s+(?=with\s+(?:a|an|the|its|their|how)\b)")


def without_whoever_it_went_to(sentence: str) -> str:
    """``we record a payout to whoever finished in that place, with the date paid``: *we record
    a payout with the date paid*; *whoever* names no record to link."""
    return _TO_WHOEVER.sub(" ", sentence)


_SEVERAL_RUN_FROM_A_PLACE = re.compile(
    r"\b(?P<many>(?:several|many|a\s+few|some|multiple)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+"
    r"(?:out\s+of|from|at)\s+(?:the|our)\s+[a-z][\w\-]*(?=,\s+each\s+(?:with|has)\b)"
)


def without_where_they_run(sentence: str) -> str:
    """``we run several pool leagues out of the hall, each with a name, ...``: *we run several
    pool leagues, each with ...*; the list is the leagues', where they run from no record."""
    return _SEVERAL_RUN_FROM_A_PLACE.sub(r"\g<many>", sentence)


_DONE_BY_WHICH = re.compile(
    r"(?<=,\s)(?:and\s+)?(?:taken|done|made|checked|logged|recorded|signed|read|carried\s+out)\s+"
    r"by\s+(?=which\s+[a-z])"
)


def without_done_by_which(sentence: str) -> str:
    """``readings: which pool, time taken, ..., taken by which staff member``: *..., which
    staff member*; who did it is one of the items said as *which*."""
    return _DONE_BY_WHICH.sub("", sentence)
