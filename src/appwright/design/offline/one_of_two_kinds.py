"""A record told by what it is of another, where the words say its kind or its pair:

- *a trip is a collection or a delivery of one clock on a date, ...* is a trip of one clock,
  with a trip type of collection or delivery;
- *a mating pairs one bitch with one stud dog on a date and goes from ...* is a mating of one
  of each, with a date.

`for_every_reader` runs them, so the parse's readers see them said plainly too.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_name_records

_ONE_OR_ANOTHER_OF_ONE = re.compile(
    r"^(?P<a>a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+is\s+(?:either\s+)?(?:a|an)\s+(?P<first>[a-z][\w\-]*)\s+"
    r"or\s+(?:a|an)\s+(?P<second>[a-z][\w\-]*)\s+(?:of|for)\s+one\s+(?P<one>[a-z][\w\-]*)(?P<rest>\s.*)?$"
)


def one_or_another_of_one(sentence: str) -> str:
    """``a trip is a collection or a delivery of one clock on a scheduled date, ...``: *each
    trip has a trip type (collection or delivery); each trip is for one clock on a scheduled
    date, ...*."""
    match = _ONE_OR_ANOTHER_OF_ONE.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if len({record, one, match["first"], match["second"]}) < 4 or not can_name_records(record, one):
        return sentence
    kinds = f"{match['first']} or {match['second']}"
    return f"each {record} has a {record} type ({kinds}); each {record} is for one {one}{match['rest'] or ''}"


_PAIRS_ONE_WITH_ONE = re.compile(
    r"^(?P<a>a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+(?:pairs|matches|puts)\s+one\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:with|and|to)\s+one\s+(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+on\s+(?P<date>a\s+date|a\s+day)(?:,?\s+and\s+(?P<rest>.+))?$"
)


def pairs_one_with_one(sentence: str) -> str:
    """``a mating pairs one brood bitch with one stud dog on a date and goes from planned to
    ...``: *each mating belongs to one brood bitch; each mating belongs to one stud dog; each
    mating has a date; a mating goes from planned to ...*."""
    match = _PAIRS_ONE_WITH_ONE.match(sentence)
    if match is None:
        return sentence
    record, one, other = match["record"], match["one"], match["other"]
    if len({record, one, other}) < 3 or not can_name_records(
        record, one.split()[-1], other.split()[-1]
    ):
        return sentence
    said = [
        f"each {record} belongs to one {one}",
        f"each {record} belongs to one {other}",
        f"each {record} has {match['date']}",
    ]
    if match["rest"]:
        said.append(f"{match['a']} {record} {match['rest']}")
    return "; ".join(said)
