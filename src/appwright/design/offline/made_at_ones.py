"""A record someone makes at, on or with other records, told before its own list: *a landlord
books an appointment at one of their properties with a date, a type and a fee*, *we book
call-outs on a request with one of our contractors (name, phone) with the visit date, ...*.

The *with* list after the records named is the made record's (a property does not have a
fee), the made record points at each record named, and a bracketed list after one of them is
that one's own. A record made at *one of their* things reaches its maker through them, so it
points at the maker only when the thing is not the maker's (*a member books a lesson with one
of our instructors with a date*: the member's lesson). Things many people make for one thing
(*restaurants place orders for a product with ...*) are `acts_as_records.made_for_one_with`'s.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, is_plural, listed_as_noun, singular

_MAKING = (
    r"books?|makes?|raises?|logs?|places?|opens?|files?|arranges?|schedules?|lodges?|submits?|"
    r"puts?\s+in"
)
_PLACE = (
    r"(?:at|on|for|with|against)\s+(?:one\s+of\s+(?:their|our|its|his|her|the)\s+[a-z][\w\-]*s|"
    r"(?:a|an|the)\s+[a-z][\w\-]*)(?:\s*\([^()]*\))?"
)
_MADE_AT_ONES_WITH = re.compile(
    r"^(?P<who>(?:(?:a|an|each|every|the)\s+)?[a-z][\w\-]*)\s+(?:(?:can|may|will|then|also)\s+)*"
    rf"(?:{_MAKING})\s+(?:(?P<det>a|an)\s+)?(?P<record>[a-z][\w\-]*)\s+"
    rf"(?P<places>{_PLACE}(?:,?\s+{_PLACE})?),?\s+with\s+(?!one\s+of\s)"
    r"(?P<listed>(?:a|an|the|their|its|his|her)\s.+)$"
)
_ONE_PLACE = re.compile(
    r"(?P<prep>at|on|for|with|against)\s+(?:one\s+of\s+(?P<whose>[a-z]+)\s+|(?:a|an|the)\s+)"
    r"(?P<thing>[a-z][\w\-]*)(?:\s*\((?P<own>[^()]*)\))?"
)
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|so|then)\s+(?=(?:we|i|they|it)\s)")
"""*..., and we assign one of our clerks to it*: where the made record's list ends."""
_OWN_LIST = re.compile(
    r"^(?!(?:we|i|they|he|she|it|which|who|that)\b)[a-z][^()]*,[^()]*$|^[^()]+\band\b"
)
"""A bracket that lists what a record keeps (*name, phone and a trade*), not a clause."""


def _names_record(word: str) -> bool:
    return word not in FUNCTION_WORDS and (can_be_noun(word) or listed_as_noun(word))


def made_at_ones_with(sentence: str) -> str:
    """``a landlord books an appointment at one of their properties with a date and a fee``:
    *each appointment is for one property; each appointment has a date and a fee*; ``we book
    call-outs on a request with one of our contractors (name, phone) with the visit date``:
    *each call-out is for one request; each call-out is with one contractor; each contractor
    has name, phone; each call-out has the visit date*."""
    return per_statement(sentence, lambda statement: _made_at_ones(statement, sentence))


def _made_at_ones(statement: str, sentence: str) -> str:
    match = _MADE_AT_ONES_WITH.match(statement)
    if match is None:
        return statement
    record = match["record"]
    if (match["det"] is None) == (not is_plural(record)):
        return statement  # "books an appointment", "books call-outs"; not "books appointment"
    record = singular(record)
    who = match["who"].split()[-1]
    places = list(_ONE_PLACE.finditer(match["places"]))
    things = [singular(place["thing"]) for place in places]
    if not all(_names_record(word) for word in (record, *things)) or record in things:
        return statement
    if TIME_WORDS.intersection(things) or re.search(rf"\b(?:each|every)\s+{record}\b", sentence):
        return statement  # "... books a court for a date", each court already told: a booking
    said: list[str] = []
    # the maker's own things lead back to the maker; "we" and "i" are no record
    if who not in ("we", "i") and not any(place["whose"] == "their" for place in places):
        if not _names_record(singular(who)) or singular(who) in (record, *things):
            return statement
        said.append(f"each {record} belongs to one {singular(who)}")
    for place, thing in zip(places, things, strict=True):
        link = "is with" if place["prep"] == "with" else "is for"
        said.append(f"each {record} {link} one {thing}")
        if place["own"] and _OWN_LIST.match(place["own"]) and "..." not in place["own"]:
            said.append(f"each {thing} has {place['own']}")
    listed, *rest = _NEXT_CLAUSE.split(match["listed"], maxsplit=1)
    said.append(f"each {record} has {listed}")
    return "; ".join(said) + (f", and {rest[0]}" if rest else "")


_HOLDS_A_NUMBER_ON_ONE = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:reserves|books|holds|takes|blocks|buys)\s+"
    r"(?P<count>a\s+(?:number|block)\s+of\s+[a-z][\w\-]*s)\s+(?:on|for|at|in)\s+"
    r"(?:a|an|one|one\s+of\s+our|the)\s+(?P<target>[a-z][\w\-]*?)s?"
    r"(?:\s+at\s+(?P<price>(?:a|an)\s+[^,;]+?))?(?:,?\s+with\s+(?P<listed>.+))?$"
)


def holds_a_number_on_one(sentence: str) -> str:
    """``a group booking reserves a number of seats on a trip at an agreed price per seat with
    a release date``: *each group booking is for one trip; each group booking has a number of
    seats, an agreed price per seat and a release date*; the count is the record's, not a
    record of its own, and so is what it is held at."""
    return per_statement(sentence, _holds_a_number_on_one)


def _holds_a_number_on_one(statement: str) -> str:
    match = _HOLDS_A_NUMBER_ON_ONE.match(statement)
    if match is None or not _names_record(match["target"]) or match["target"] in TIME_WORDS:
        return statement
    record = " ".join(match["record"].split()[1:])
    if not all(_names_record(word) for word in record.split()):
        return statement
    listed, *rest = _NEXT_CLAUSE.split(match["listed"] or "", maxsplit=1)
    kept = [match["count"], *(f for f in (match["price"], listed) if f)]
    said = f"{', '.join(kept[:-1])} and {kept[-1]}" if len(kept) > 1 else kept[0]
    return f"each {record} is for one {match['target']}; each {record} has {said}" + (
        f", and {rest[0]}" if rest else ""
    )
