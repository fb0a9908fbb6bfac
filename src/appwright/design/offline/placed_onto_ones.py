"""People placed onto records, and what a record says about them, told plainly.

- *for each session we put volunteers onto shifts*: each shift belongs to one session and to
  one volunteer;
- *a shift says which job they're doing: front desk, checking pieces, or tea and coffee*: each
  shift has a job, one of those.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import statement_by_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import can_name_records, phrase_can_name_records, singular

_FOR_EACH_WE_PUT_ONTO = re.compile(
    rf"^(?:then\s+)?for\s+(?:each|every)\s+(?P<one>{NOUN_PATTERN}?),?\s+(?:we|i)\s+(?:put|place|"
    r"assign|allocate|book|slot)\s+(?P<people>[a-z][\w\-]*s)\s+(?:onto|on\s+to|on|into|to)\s+"
    r"(?P<records>[a-z][\w\-]*s)$"
)


def for_each_we_put_onto(sentence: str) -> str:
    """``for each session we put volunteers onto shifts``: *each shift belongs to one session;
    each shift belongs to one volunteer*."""
    parts = re.split(r";\s+|,\s+and\s+", sentence)
    if len(parts) > 1:
        # "..., and a shift says ...": each part read alone, then said one fact at a time
        said = [for_each_we_put_onto(part) for part in parts]
        return "; ".join(said) if said != parts else sentence
    match = _FOR_EACH_WE_PUT_ONTO.match(sentence.strip())
    if match is None:
        return sentence
    one, person, record = match["one"], singular(match["people"]), singular(match["records"])
    if not can_name_records(person, record) or not phrase_can_name_records(one):
        return sentence
    return f"each {record} belongs to one {one}; each {record} belongs to one {person}"


_SAYS_WHICH_ONE_COLON = re.compile(
    r"^(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+(?:says|shows|records|notes)\s+which\s+"
    r"(?P<what>[a-z][\w\-]*)\s+(?:they|it|he|she)(?:'re|\s+are|'s|\s+is)\s+[a-z]+ing\s*:\s+"
    r"(?P<values>[^;()]+?,?\s+or\s+[^;()]+?)(?:\s*\([^()]*\))?$"
)


@statement_by_statement
def says_which_one_colon(sentence: str) -> str:
    """``a shift says which job they're doing: front desk, checking pieces, or tea and
    coffee``: *each shift has a job (front desk, checking pieces or tea and coffee)*."""
    match = _SAYS_WHICH_ONE_COLON.match(sentence)
    if match is None or not can_name_records(match["record"]):
        return sentence
    values = re.sub(r",\s+or\s+", " or ", match["values"])
    return f"each {match['record']} has a {match['what']} ({values})"
