"""Records kept for each one someone names, with the list each keeps.

- *every trainee who signs up with us gets a record with their name, ...*: the trainee's own
  list; signing up is no record;
- *people sign up as members and we take their name, ..., because ..., and then each member
  picks ...*: each member's list; why a field is kept is no field;
- *..., so we keep each member's name and email and, for each subscription, the year, ...*:
  the member's list, and the subscription's, each subscription the member's;
- *what we would like is each client's medicines listed - the name of the drug, ... - and then
  ...*: the medicines, each the client's, with the list between the dashes.

`TOLD_WITH_WHAT_WE_DO` runs them.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import owned_if_named, statement_by_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import phrase_can_name_records, singular_phrase

_WHO_GETS_A_RECORD = re.compile(
    rf"^(?:each|every|a|an)\s+(?P<one>{NOUN_PATTERN}?)\s+(?:who|that)\s+[^,;]+?\s+(?:gets|is\s+"
    r"given)\s+(?:a|an|their\s+own)\s+(?:record|entry|file|profile|card)\s+(?:with|holding|"
    r"showing)\s+(?P<listed>(?:a|an|the|their|its)\s[^;]+)$"
)


@statement_by_statement
def who_gets_a_record_with(sentence: str) -> str:
    """``every trainee who signs up with us gets a record with their name, ...``: *each trainee
    has their name, ...*; the record is the trainee's own, and signing up no record."""
    match = _WHO_GETS_A_RECORD.match(sentence)
    if match is None or not phrase_can_name_records(match["one"]):
        return sentence
    return f"each {match['one']} has {match['listed']}"


_SIGN_UP_AS_ONES = re.compile(
    r"^(?:people|customers|folk|they)\s+(?:sign\s+up|join|register|enrol|enroll)\s+as\s+"
    rf"(?P<many>{NOUN_PATTERN}?s)\s+and\s+(?:we|i)\s+(?:keep|take|record|note|store)\s+their\s+"
    r"(?P<listed>[^;]+?)(?:,\s+because\s+[^;]*?)?(?:,\s+and\s+then\s+(?P<then>each\s[^;]+))?$"
)


@statement_by_statement
def sign_up_as_ones(sentence: str) -> str:
    """``people sign up as members and we take their name, email, ..., because ..., and then
    each member picks one of our plans``: *each member has name, email, ...; each member picks
    one of our plans*; who signs up is the record, and why a field is kept no field."""
    match = _SIGN_UP_AS_ONES.match(sentence)
    if match is None:
        return sentence
    one = singular_phrase(match["many"])
    if one == match["many"] or not phrase_can_name_records(one):
        return sentence
    then = f"; {match['then']}" if match["then"] else ""
    return f"each {one} has {match['listed']}{then}"


_EACH_ONES_AND_FOR_EACH_OTHER = re.compile(
    r"^(?:[^;]*?,\s+so\s+)?(?:we|i)\s+(?:keep|record|store|note|take)\s+each\s+"
    rf"(?P<one>{NOUN_PATTERN}?)'s\s+(?P<own>[^;]+?)\s+and,\s+for\s+(?:each|every)\s+"
    rf"(?P<record>{NOUN_PATTERN}?),\s+(?P<listed>(?:a|an|the|its|their|whether|how)\s[^;]+)$"
)


@statement_by_statement
def each_ones_and_for_each_other(sentence: str) -> str:
    """``..., so we keep each member's name and email and, for each subscription, the year, the
    amount and ...``: *each member has name and email; each subscription belongs to one member;
    each subscription has the year, ...*."""
    match = _EACH_ONES_AND_FOR_EACH_OTHER.match(sentence)
    if match is None:
        return sentence
    said = owned_if_named(match["record"], (match["one"],), match["listed"], "")
    return f"each {match['one']} has {match['own']}; {said}" if said else sentence


_EACH_ONES_LISTED_BETWEEN_DASHES = re.compile(
    r"^(?:what\s+(?:we|i)\s+would\s+like\s+is|(?:we|i)\s+(?:want|need|would\s+like))\s+each\s+"
    rf"(?P<one>{NOUN_PATTERN}?)'s\s+(?P<many>{NOUN_PATTERN}?s)\s+(?:listed|kept|recorded)\s+-\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s[^;]+?)\s+-\s+(?:and\s+)?(?:then\s+)?(?P<then>[^;]+)$"
)


@statement_by_statement
def each_ones_listed_between_dashes(sentence: str) -> str:
    """``what we would like is each client's medicines listed - the name of the drug, the dose,
    ... - and then ...``: *each medicine belongs to one client; each medicine has the name of
    the drug, ...; ...*."""
    match = _EACH_ONES_LISTED_BETWEEN_DASHES.match(sentence)
    if match is None:
        return sentence
    each = singular_phrase(match["many"])
    said = owned_if_named(each, (match["one"],), match["listed"], "")
    return f"{said}; {match['then']}" if said and each != match["many"] else sentence
