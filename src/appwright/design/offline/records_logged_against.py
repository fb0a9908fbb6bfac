"""Records logged against another, and lists said for each of several, written out plainly.

- *each item is also logged against the event it came in at, which has a date and a venue
  name*: each item belongs to one event, and the event has that list;
- *each machine that arrives from the distributor is logged against its model with ...*: the
  clause that says which machines is dropped, so the list stays the machine's;
- *each breakdown is logged against the hire contract, by contract number, and against the
  tool that failed, by its serial number*: a breakdown belongs to both, each known by what
  follows *by*;
- *a visitor can bring several items, and for each one we write down ...*: the list is each
  item's, not the visitor's.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import statement_by_statement
from appwright.design.offline.phrase_patterns import LISTED_WITH_AN_ARTICLE, NOUN_PATTERN
from appwright.design.offline.word_forms import can_name_records, phrase_can_name_records, singular

_LOGGED = r"is\s+(?:also\s+)?(?:logged|recorded|booked|entered|filed|kept)\s+against\s+"
_WHICH_ONES = r"(?:\s+(?:that|which|it|they)\s+[^,;()]+?)?"
"""*the event it came in at*, *the tool that failed*: which one, not a record's field."""

_AGAINST_THE_ONE_WHICH_HAS = re.compile(
    rf"^(?:each|every|a|an|the)\s+(?P<record>{NOUN_PATTERN})\s+(?:{_LOGGED}|is\s+against\s+)"
    rf"(?:the|its|their|a|an)\s+(?P<one>{NOUN_PATTERN}?){_WHICH_ONES},\s+which\s+"
    r"(?:(?:has|holds|carries|gives|keeps)\s+(?P<listed>(?:a|an|the|its|their)\s[^;]+?)|"
    r"(?:we|i)\s+(?:know|identify|find)\s+by\s+(?:its\s+|their\s+|the\s+)?(?P<by>[a-z][^,;]*?))"
    r"(?:,\s+and\s+(?P<rest>(?:each|every)\s[^;]+))?$"
)


@statement_by_statement
def against_the_one_which_has(sentence: str) -> str:
    """``each item is also logged against the event it came in at, which has a date and a
    venue name``: *each event has a date and a venue name; each item belongs to one event*;
    ``the inspection is against the hire contract it came back on, which we know by contract
    number``: *each hire contract has a contract number; each inspection belongs to one hire
    contract*."""
    match = _AGAINST_THE_ONE_WHICH_HAS.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if not phrase_can_name_records(record) or not phrase_can_name_records(one):
        return sentence
    listed = match["listed"] or f"a {match['by']}"
    said = [f"each {one} has {listed}", f"each {record} belongs to one {one}"]
    return "; ".join([*said, *([match["rest"]] if match["rest"] else [])])


_WHICH_ONES_LOGGED = re.compile(
    rf"^(?P<each>(?:each|every|a|an)\s+(?P<record>{NOUN_PATTERN}?))\s+(?:that|which|who)\s+"
    rf"[a-z]+s\b[^,;()]*?\s+(?P<logged>{_LOGGED}(?:its|their|the)\s+{NOUN_PATTERN}?\s+with\s+.+)$"
)


@statement_by_statement
def which_ones_logged_against(sentence: str) -> str:
    """``each machine that arrives from the distributor is logged against its model with the
    serial number, ...``: *each machine is logged against its model with the serial number,
    ...*; which machines they are is not a record of distributors."""
    match = _WHICH_ONES_LOGGED.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    return f"{match['each']} {match['logged']}"


_AGAINST_ONES_BY = re.compile(
    rf"^(?:each|every|a|an)\s+(?P<record>{NOUN_PATTERN})\s+{_LOGGED}(?P<rest>.+)$"
)
_AGAINST_ONE_BY = re.compile(
    rf"^(?:and\s+)?(?:against\s+)?(?:the|its|their|a|an)\s+"
    rf"(?P<one>{NOUN_PATTERN}?){_WHICH_ONES},?\s+"
    r"by\s+(?:its\s+|their\s+|the\s+)?(?P<by>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})$"
)


@statement_by_statement
def against_ones_known_by(sentence: str) -> str:
    """``each breakdown is logged against the hire contract, by contract number, and against
    the tool that failed, by its serial number``: *each hire contract has a contract number;
    each tool has a serial number; each breakdown belongs to one hire contract; each breakdown
    belongs to one tool*."""
    match = _AGAINST_ONES_BY.match(sentence)
    if match is None:
        return sentence
    record = match["record"]
    parts = re.split(r",\s+(?=and\s+against\s)", match["rest"])
    known_by: list[str] = []
    belongs: list[str] = []
    for part in parts:
        one = _AGAINST_ONE_BY.match(part.strip())
        if one is None or not phrase_can_name_records(one["one"]):
            return sentence
        known_by.append(f"each {one['one']} has a {one['by']}")
        belongs.append(f"each {record} belongs to one {one['one']}")
    if not phrase_can_name_records(record):
        return sentence
    # the record's own clauses last, so an "it" after them is still the record
    return "; ".join(known_by + belongs)


_FOR_EACH_OF_SEVERAL = re.compile(
    rf"^(?P<head>(?:each|every|a|an)\s+(?P<owner>{NOUN_PATTERN}?)\s+(?:can|may|will|often|"
    rf"usually)\s+"
    r"(?:bring|have|hold|contain|submit|raise|make|send|lodge|report|own|keep)\s+"
    r"(?:several|many|multiple|one\s+or\s+more|a\s+few|any\s+number\s+of)\s+"
    r"(?P<many>[a-z][\w\-]*s)),\s+and\s+for\s+(?:each|every)\s+(?:one|of\s+them)\s+(?:we|i)\s+"
    r"(?:write\s+down|note|record|keep|log|take|store|enter|put\s+down|jot\s+down)\s+"
    rf"{LISTED_WITH_AN_ARTICLE}$"
)


@statement_by_statement
def for_each_of_several_we_note(sentence: str) -> str:
    """``a visitor can bring several items, and for each one we write down the item name, the
    brand, ...``: *a visitor can bring several items; each item has the item name, ...*. What
    is used or ordered (*a job can use several parts, and for each one we note the quantity*)
    is kept per pair, so those are left to the readers of lines."""
    match = _FOR_EACH_OF_SEVERAL.match(sentence)
    if match is None:
        return sentence
    one = singular(match["many"])
    if one == match["many"] or not can_name_records(one):
        return sentence
    return f"{match['head']}; each {one} has {match['listed']}"


_FILLED_IN_BY_WHO_DEALT = re.compile(
    r"^(?:whenever|when|if|each\s+time|every\s+time)\s+(?:[^,;:()]|\([^()]*\))+?,?\s+"
    r"the\s+(?P<who>[a-z][\w\-]*)\s+who\s+(?:dealt|deals|handled|handles|saw|sees|was\s+there)"
    r"(?:\s+with\s+it)?\s+(?:fills\s+in|fills\s+out|writes\s+up|completes|files|opens|raises)\s+"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s*:\s+(?P<listed>[a-z].+)$"
)


@statement_by_statement
def filled_in_by_who_dealt_with_it(sentence: str) -> str:
    """``whenever something happens (a mask slips, ...) the marshal who dealt with it fills in
    an incident report: when it happened, ...``: *each incident report belongs to one marshal;
    each incident report has when it happened, ...*; what might happen names no record."""
    match = _FILLED_IN_BY_WHO_DEALT.match(sentence)
    if match is None:
        return sentence
    who, record = match["who"], match["record"]
    if not can_name_records(who) or not phrase_can_name_records(record):
        return sentence
    return f"each {record} belongs to one {who}; each {record} has {match['listed']}"


_LOGS_ONE_AGAINST_TWO = re.compile(
    r"^(?:(?:when|whenever|if|once)\s+[^;]+?,\s+)?(?:the|a|an|our)\s+[a-z][\w\-]*\s+(?:logs|"
    r"records|"
    rf"raises|enters|writes\s+up)\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+against\s+"
    rf"(?:the|that|this|a|an)\s+(?P<one>{NOUN_PATTERN}?)\s+and\s+(?:the|that|this|a|an)\s+"
    rf"(?P<two>{NOUN_PATTERN}?),?\s+with\s+(?P<listed>(?:a|an|the|its|their)\s.+)$"
)


@statement_by_statement
def logs_one_against_two_with(sentence: str) -> str:
    """``when a small-parts toy goes home with a family that has a child under three, the
    volunteer logs a warning against the toy and that child, with the date, ...``: *each
    warning belongs to one toy; each warning belongs to one child; each warning has the date,
    ...*; when it happens names no record."""
    match = _LOGS_ONE_AGAINST_TWO.match(sentence)
    if match is None:
        return sentence
    record, one, two = match["record"], match["one"], match["two"]
    if not all(phrase_can_name_records(phrase) for phrase in (record, one, two)):
        return sentence
    return (
        f"each {record} belongs to one {one}; each {record} belongs to one {two}; "
        f"each {record} has {match['listed']}"
    )
