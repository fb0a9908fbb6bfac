"""A record that holds one line per kind of something: *a rate card holds a line per
turnaround tier (ten-day, five-day or next-day) giving the price per page and a minimum
charge* is a rate card line of the card's, with the tier (its values) and that list.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import can_name_records

_HOLDS_ONE_PER_KIND = re.compile(
    rf"^(?:a|an|each|every|the)\s+(?P<owner>{NOUN_PATTERN})\s+(?:holds|has|carries|keeps|lists)\s+"
    r"(?:a|one)\s+(?P<record>line|row|entry|price|rate|item)\s+(?:per|for\s+each|for\s+every)\s+"
    rf"(?P<kind>{NOUN_PATTERN})(?P<values>\s*\([^()]+\))?,?\s+"
    r"(?:giving|showing|with|holding|recording|setting)\s+(?=(?:a|an|the|its|their)\s)"
)


def holds_one_per_kind(sentence: str) -> str:
    """``a rate card holds a line per turnaround tier (ten-day, ...) giving the price per page
    and ...``: *each rate card line belongs to one rate card; each rate card line has a turnaround tier
    (ten-day, ...), the price per page and ...*."""

    def held(part: str) -> str:
        said = _HOLDS_ONE_PER_KIND.match(part)
        if said is None or not can_name_records(said["owner"].split()[-1]):
            return part
        owner, kind = said["owner"], said["kind"]
        record = f"{owner} {said['record']}"
        values = said["values"] or ""
        return (
            f"each {record} belongs to one {owner}; "
            f"each {record} has a {kind}{values}, {part[said.end() :]}"
        )

    return per_statement(sentence, held)
