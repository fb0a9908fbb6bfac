"""Records told by what brings them, then listed.

- *usually a club sends one bulk order a season, and on it we note the season, ...*: each
  bulk order belongs to one club and has that list;
- *when a delivery turns up we log which supplier it came from, the date received, ...*:
  each delivery has that list;
- *after each fixture we enter a result for every team that played: the quiz points ...*:
  each result belongs to one fixture and one team, and has that list;
- *we keep passport details for every guest: their full name, ...*, *our club needs every
  child's details on file: first name, ...*: each guest (child) has that list;
- *the treatments come off our menu with a name and a price*: each treatment has that list;
- *every team (just a name) plays in one division*: each team has a name and plays in one
  division.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    can_name_records,
    phrase_can_name_records,
    singular,
)

_LISTED = r"(?P<listed>(?:(?:a|an|the|its|their|how|whether|when|which|who)\s|[a-z]+\s+name\b).+)"
_SENDS_ONE_AND_ON_IT = re.compile(
    r"^(?:(?:usually|normally|typically|generally)\s+)?(?:a|an|each|every)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+"
    rf"(?P<verb>[a-z]+)\s+(?:one|a|an)\s+(?P<record>{NOUN_PATTERN}?)(?:\s+(?:a|per|each|every)\s+"
    r"[a-z]+)?,\s+and\s+on\s+it\s+(?:we|i)\s+(?:note|record|put|keep|write|log|enter|fill\s+in|"
    rf"take)(?:\s+down)?\s+{_LISTED}$"
)


def sends_one_and_on_it(sentence: str) -> str:
    """``usually a club sends one bulk order a season, and on it we note the season, ...``:
    *each bulk order belongs to one club; each bulk order has the season, ...*."""
    if ";" in sentence:
        return per_statement(sentence, sends_one_and_on_it)
    match = _SENDS_ONE_AND_ON_IT.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if not phrase_can_name_records(record) or not can_name_records(one) or record == one:
        return sentence
    return f"each {record} belongs to one {one}; each {record} has {match['listed']}"


_WHEN_ONE_TURNS_UP = re.compile(
    r"^(?:what\s+we\s+(?:would\s+like|want)\s+is\s+(?:that\s+)?)?"
    r"(?:when|whenever|once|each\s+time|every\s+time)\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+"
    r"(?:turns\s+up|arrives|comes\s+in|shows\s+up|gets\s+here|lands)\s*,?\s+(?:we|i)\s+(?:log|"
    r"record|note|write\s+down|take\s+down|enter|book\s+in|put\s+in|put\s+down)\s+"
    r"(?P<listed>(?:the|its|their|how|whether|when|which|who)\s[^:]+)$"
)


def when_one_turns_up(sentence: str) -> str:
    """``when a delivery turns up we log which supplier it came from, the date received,
    ...``: *each delivery has which supplier it came from, ...*; a record named after the
    verb (*when a visitor arrives we log a stay with ...*) is left to its readers."""
    if ";" in sentence:
        return per_statement(sentence, when_one_turns_up)
    match = _WHEN_ONE_TURNS_UP.match(sentence)
    if match is None or not can_name_records(match["record"]):
        return sentence
    return f"each {match['record']} has {match['listed']}"


_ONE_FOR_EVERY_ONE_THAT_DID = re.compile(
    r"^(?P<before>(?:[^;]*?,\s+and\s+)?)(?:after|at\s+the\s+end\s+of|following)\s+(?:each|"
    r"every)\s+(?P<when>[a-z][\w\-]*),?\s+(?:we|i)\s+"
    r"(?:enter|record|log|note|put\s+in|write\s+down|add)\s+(?:a|an|one)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+"
    r"(?:for|against)\s+(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:that|who)\s+[a-z]+(?:\s+in\s+"
    r"it)?"
    rf"\s*:\s+{_LISTED}$"
)


def one_for_every_one_that_did(sentence: str) -> str:
    """``after each fixture we enter a result for every team that played: the quiz points they
    scored, ...``: *each result belongs to one fixture; each result belongs to one team; each
    result has the quiz points they scored, ...*."""
    if ";" in sentence:
        return per_statement(sentence, one_for_every_one_that_did)
    match = _ONE_FOR_EVERY_ONE_THAT_DID.match(sentence)
    if match is None:
        return sentence
    record, when, one = match["record"], match["when"], match["one"]
    if not can_name_records(record, when, one) or len({record, when, one}) < 3:
        return sentence
    before = re.sub(r",\s+and\s+$", "; ", match["before"])
    return (
        f"{before}each {record} belongs to one {when}; each {record} belongs to one {one}; "
        f"each {record} has {match['listed']}"
    )


_JUST_A_NAME_BEFORE_THE_VERB = re.compile(
    r"\b(?P<one>(?:each|every)\s+(?P<noun>[a-z][\w\-]*))\s+\((?:just|only)\s+(?P<listed>a\s+name"
    r"(?:\s+and\s+[^()]+)?)\)\s+(?=[a-z]+s\s)"
)


def just_a_name_before_the_verb(sentence: str) -> str:
    """``..., and every team (just a name) plays in one division``: *..., and every team has a
    name; every team plays in one division*."""

    def said(match: re.Match[str]) -> str:
        if not can_name_records(match["noun"]):
            return match[0]
        return f"{match['one']} has {match['listed']}; {match['one']} "

    return _JUST_A_NAME_BEFORE_THE_VERB.sub(said, sentence)


_DETAILS_FOR_EVERY_ONE = re.compile(
    r"^(?:[^:;]*?\b(?:we|i)\s+(?:keep|record|need|take|store|hold|want)\s+(?:[a-z]+\s+)?details\s+"
    r"(?:for|of|on|about)\s+(?:every|each|all)\s+(?:the\s+)?(?P<one>[a-z][\w\-]*)"
    r"|[^:;]*?\b(?:needs?|wants?|keeps?|holds?)\s+(?:every|each)\s+(?P<owner>[a-z][\w\-]*)'s\s+"
    r"(?:[a-z]+\s+)?details)(?:\s+(?:on\s+file|in\s+one\s+place|to\s+hand))?\s*:\s+"
    rf"{_LISTED}$"
)


def details_for_every_one(sentence: str) -> str:
    """``the law here says we keep passport details for every guest: their full name, ...``:
    *each guest has their full name, ...*; ``our club needs every child's details on file:
    first name, ...``: *each child has first name, ...*."""
    if ";" in sentence:
        return per_statement(sentence, details_for_every_one)
    match = _DETAILS_FOR_EVERY_ONE.match(sentence)
    if match is None:
        return sentence
    one = singular(match["one"] or match["owner"])
    if not can_name_records(one):
        return sentence
    return f"each {one} has {match['listed']}"


_COME_OFF_OUR_LIST_WITH = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:the\s+|our\s+)?(?P<many>[a-z][\w\-]*s)\s+(?:come|are\s+taken|"
    r"are\s+picked)\s+(?:off|from|out\s+of)\s+(?:our|the|a)\s+(?:[a-z]+\s+)?(?:menu|list|catalogue|"
    r"range)\s+with\s+(?P<listed>(?:a|an|the)\s[^;]+)$"
)


def come_off_our_list_with(sentence: str) -> str:
    """``clients have a name, ..., and the treatments come off our menu with a name and a
    price``: *clients have a name, ...; each treatment has a name and a price*."""
    match = _COME_OFF_OUR_LIST_WITH.search(sentence)
    if match is None:
        return sentence
    one = singular(match["many"])
    if one == match["many"] or not can_name_records(one):
        return sentence
    lead = "; " if match["lead"] else ""
    return f"{sentence[: match.start()]}{lead}each {one} has {match['listed']}"
