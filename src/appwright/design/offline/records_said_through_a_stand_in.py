"""A record's list said through a word that stands in for the record, said plainly.

- *each coach to have a profile with their name, email, ...*: the profile is the coach's
  record, so the list is the coach's;
- *the sessions are our regular weekly ones, each with a day of the week, ...*: *ones* are
  the sessions;
- *a session is just a date with a start time, an end time and ...*: the date is the
  session's first field, not a record of dates;
- *when a member signs up we store the sign-up date and whether they have paid*: a sign-up
  is a record of its own, the member's.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import statement_by_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import can_name_records, phrase_can_name_records, singular

_LISTED = r"(?P<listed>(?:a|an|the|its|their|whether|how|when|which|what)\s.+)"

_HAS_A_PROFILE_WITH = re.compile(
    r"^(?:(?:we|i)(?:'d|\s+would)?\s+(?:like|want|need)\s+)?(?:each|every|a|an)\s+"
    r"(?P<who>[a-z][\w\-]*)\s+(?:to\s+)?(?:have|has|gets?)\s+(?:a|an)\s+"
    r"(?:profile|record\s+card|card|page)\s+with\s+"
    rf"{_LISTED}$"
)


@statement_by_statement
def has_a_profile_with(sentence: str) -> str:
    """``we'd like each coach to have a profile with their name, email, ...``: *each coach has
    their name, email, ...*."""
    match = _HAS_A_PROFILE_WITH.match(sentence)
    if match is None or not can_name_records(match["who"]):
        return sentence
    return f"each {match['who']} has {match['listed']}"


_ARE_OUR_ONES_EACH_WITH = re.compile(
    r"^(?:the|our)\s+(?P<things>[a-z][\w\-]*s)\s+are\s+(?:all\s+|just\s+)?(?:our|the)\s+"
    r"(?:[a-z][\w\-]*\s+){0,3}ones,\s+each\s+(?:one\s+)?with\s+"
    rf"{_LISTED}$"
)


@statement_by_statement
def are_our_ones_each_with(sentence: str) -> str:
    """``the sessions are our regular weekly ones, each with a day of the week, ...``: *each
    session has a day of the week, ...*."""
    match = _ARE_OUR_ONES_EACH_WITH.match(sentence)
    if match is None:
        return sentence
    one = singular(match["things"])
    if one == match["things"] or not can_name_records(one):
        return sentence
    return f"each {one} has {match['listed']}"


_IS_JUST_A_FIELD_WITH = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<record>{NOUN_PATTERN}?)\s+is\s+(?:just|only|simply|basically)\s+"
    r"(?P<first>(?:a|an)\s+(?:date|name|number|title|day))\s+with\s+"
    rf"{_LISTED}$"
)


@statement_by_statement
def is_just_a_field_with(sentence: str) -> str:
    """``a session is just a date with a start time, an end time and the hall it's in``:
    *each session has a date, a start time, an end time and the hall it's in*."""
    match = _IS_JUST_A_FIELD_WITH.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    return f"each {match['record']} has {match['first']}, {match['listed']}"


_PHRASAL_ACTS = {
    "signs up": "sign-up",
    "checks in": "check-in",
    "signs in": "sign-in",
    "applies": "application",
    "applies to join": "application",
    "enquires": "enquiry",
}
_WHEN_ONE_SIGNS_UP = re.compile(
    r"^(?:when|whenever|once|each\s+time|every\s+time)\s+(?:a|an|someone|somebody)\s+"
    r"(?P<who>[a-z][\w\-]*\s+)?(?P<act>signs\s+up|checks\s+in|signs\s+in|applies(?:\s+to\s+join)?|"
    r"enquires)"
    rf"(?:\s+(?:for|to|on|at)\s+(?:a|an|one|the)\s+(?P<one>{NOUN_PATTERN}?))?,?\s+(?:we|i)\s+"
    r"(?:would\s+like\s+to\s+|want\s+to\s+|need\s+to\s+)?"
    r"(?:store|record|note|keep|take|log|write\s+down|put\s+down)\s+"
    rf"{_LISTED}$"
)


@statement_by_statement
def when_one_signs_up_we_store(sentence: str) -> str:
    """``when a member signs up we store the sign-up date and whether they have paid``: *each
    sign-up belongs to one member; each sign-up has the sign-up date and whether they have
    paid*."""
    match = _WHEN_ONE_SIGNS_UP.match(sentence)
    if match is None:
        return sentence
    record = _PHRASAL_ACTS[re.sub(r"\s+", " ", match["act"])]
    said = []
    who = (match["who"] or "").strip()
    if who and can_name_records(who):
        said.append(f"each {record} belongs to one {who}")
    if match["one"] and phrase_can_name_records(match["one"]):
        said.append(f"each {record} belongs to one {match['one']}")
    return "; ".join([*said, f"each {record} has {match['listed']}"])


_IS_ONE_FROM_ONE_WITH = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<record>{NOUN_PATTERN}?)\s+is\s+(?:one|a|an|a\s+single)\s+"
    rf"[a-z][\w\-]*\s+(?:from|by|for)\s+(?:a|an|one)\s+(?P<one>{NOUN_PATTERN}?),?\s+with\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s[^;]+?)(?:,\s+and\s+it\s+(?P<rest>[a-z][^;]+))?$"
)


@statement_by_statement
def is_one_from_one_with(sentence: str) -> str:
    """``a donation is one drop-off from a donor, with the date and the volunteer who took it
    in, and it has several items in it``: *each donation belongs to one donor; each donation
    has the date and ...; each item belongs to one donation*; the drop-off is what a donation
    is, not a record of its own."""
    match = _IS_ONE_FROM_ONE_WITH.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if not phrase_can_name_records(record) or not phrase_can_name_records(one):
        return sentence
    said = [f"each {record} belongs to one {one}", f"each {record} has {match['listed']}"]
    several = re.fullmatch(
        r"has\s+(?:several|many|multiple|a\s+few)\s+(?P<many>[a-z][\w\-]*s)(?:\s+in\s+it)?",
        match["rest"] or "",
    )
    if several and can_name_records(singular(several["many"])):
        said.append(f"each {singular(several['many'])} belongs to one {record}")
    elif match["rest"]:
        said.append(f"each {record} {match['rest']}")
    return "; ".join(said)


_FOR_EACH_ONE_WE_DID_COLON = re.compile(
    r"^for\s+(?:each|every)\s+(?P<thing>[a-z][\w\-]*)\s+(?:that\s+)?(?:we|i)\s+"
    r"(?P<done>[a-z]+ed|sold|bought|made|built|kept|lent|took\s+in)\s*:\s+(?P<body>[a-z].+)$"
)


def for_each_one_we_did_colon(sentence: str) -> str:
    """``for each item we saved: the event, a product type (...), its weight ...``: *each
    saved item: the event, ...*; the record is named by what was done to it."""
    match = _FOR_EACH_ONE_WE_DID_COLON.match(sentence)
    if match is None or not can_name_records(match["thing"]):
        return sentence
    done = match["done"].split()[0]
    return f"each {done} {match['thing']}: {match['body']}"
