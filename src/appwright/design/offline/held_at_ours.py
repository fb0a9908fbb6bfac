"""A record someone holds at one of the business's own places, told with its list in one go:
*each tenant holds a tenancy at one of our properties (address), with the monthly rent and
...*. The list after the place is the held record's (a tenancy has a rent, the property does
not), the record belongs to the one who holds it and to the place, and a bracket after the
place is the place's own list."""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_match
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, singular

_HOLDS_ONE_AT_ONE_OF_OURS = re.compile(
    r"^(?P<opening>(?:each|every|a|an)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:holds|has|takes\s+out|signs\s+up\s+for|keeps)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))\s+(?P<prep>at|in|on|for)\s+"
    r"(?P<ours>one\s+of\s+(?:our|my|the))\s+(?P<places>[a-z][\w\-]*s)(?:\s*\((?P<own>[^()]+)\))?,?\s+"
    r"with\s+(?P<list>(?:a|an|the|its|their)\s.+)$"
)


def holds_one_at_one_of_ours(sentence: str) -> str:
    """``each tenant holds a tenancy at one of our properties (address), with the monthly
    rent``: *each tenant holds a tenancy with the monthly rent; each tenancy is at one of
    our properties; each property has address*."""

    def plain(match: re.Match[str]) -> list[str] | None:
        record, place = match["record"], singular(match["places"])
        if any(not can_be_noun(w) or w in FUNCTION_WORDS for w in (*record.split(), place)):
            return None
        said = [
            f"{match['opening']} with {match['list']}",
            f"each {record} is {match['prep']} {match['ours']} {match['places']}",
        ]
        if match["own"]:
            said.append(f"each {place} has {match['own'].strip()}")
        return said

    return per_match(sentence, _HOLDS_ONE_AT_ONE_OF_OURS, plain)
