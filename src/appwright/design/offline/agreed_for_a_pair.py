"""Terms agreed for a pair of records: *for each account we agree a price per skip size, noting
the date it was agreed* is an agreed price for one account and one skip size, with the price and
the date. The act on the pair is the record. `simplify` runs it after `participle_list` has
made *noting* a *with*. So is the rate of *every category has a nightly rate in each band*.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import can_name_records

_AGREED_PER_ONE = re.compile(
    r"^for\s+each\s+(?P<one>[a-z][\w\-]*)\s+(?:we|i)\s+(?P<verb>agree|set|fix|negotiate)\s+(?:a|an)\s+"
    r"(?P<what>price|rate|fee|discount|charge)\s+(?:per|for\s+each)\s+"
    r"(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:,?\s+with\s+(?P<listed>[^;]+))?$"
)
_DONE = {"agree": "agreed", "set": "set", "fix": "fixed", "negotiate": "negotiated"}


def agreed_per_one(sentence: str) -> str:
    """``for each account we agree a price per skip size with the date it was agreed``: *each
    agreed price is for one account and one skip size, with the price and the date it was
    agreed*."""

    def pairing(part: str) -> str:
        match = _AGREED_PER_ONE.match(part)
        if match is None or not can_name_records(match["one"], *match["other"].split()):
            return part
        what = match["what"]
        listed = f"the {what}, {match['listed']}" if match["listed"] else f"the {what}"
        record = f"{_DONE[match['verb']]} {what}"
        return f"each {record} is for one {match['one']} and one {match['other']}, with {listed}"

    return per_statement(sentence, pairing)


_HAS_ONE_IN_EACH = re.compile(
    r"(?P<lead>^|,\s+and\s+)(?:every|each)\s+(?P<one>[a-z][\w\-]*)\s+has\s+(?:a|an)\s+"
    r"(?P<what>(?:[a-z]+\s+)?(?:price|rate|fee|charge|discount))\s+(?:in|for)\s+(?:each|every)\s+"
    r"(?P<other>[a-z][\w\-]*)$"
)


def has_one_in_each(sentence: str) -> str:
    """``vans are grouped into categories ..., and every category has a nightly rate in each
    band``: *...; each rate is for one category and one band, with the nightly rate*; a figure
    for each pair is a record of the pair."""

    def pairing(part: str) -> str:
        match = _HAS_ONE_IN_EACH.search(part)
        if match is None or not can_name_records(match["one"], match["other"]):
            return part
        what = match["what"]
        record = what.split()[-1]
        said = f"each {record} is for one {match['one']} and one {match['other']}, with the {what}"
        lead = "; " if match["lead"] else ""
        return f"{part[: match.start()]}{lead}{said}"

    return per_statement(sentence, pairing)
