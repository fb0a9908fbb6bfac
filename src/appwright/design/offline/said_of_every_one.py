"""Lists said of every one of a record, where the words around them name it only in passing:

- *we charge a call-out fee and mileage on every visit* is the visit's list;
- *every subscriber belongs to a round, and for each one we keep their name, ...* is the
  subscriber's list, not the round's;
- *a session has a venue and a date, and appointments for it record ...* is the appointments'
  list, each for one session;
- *..., and then log the anomalies found: panel row, ...* is the anomalies' list;
- *each walker logging outings for the puppy they're raising: the date, ...* is the outings';
- *students sign up for a session with their name, ...* is the students' list;
- *..., and for each test we get back the butterfat, protein, ...* is the tests' list.

`for_every_reader` runs them, so the parse's readers see them said plainly too.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement, said_in_place
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    can_name_records,
    is_plural,
    singular,
    singular_phrase,
)

_CHARGED_ON_EVERY_ONE = re.compile(
    r"^(?:we|i)\s+(?:also\s+)?(?:charge|add|take)\s+(?P<listed>(?:a|an)\s[^,;]+?)\s+(?:on|for|with)\s+"
    r"(?:every|each)\s+(?P<one>[a-z][\w\-]*)$"
)
_AND_FOR_EACH_ONE = re.compile(
    rf"^(?P<said>(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:belongs\s+to|is\s+on|is\s+in)\s+(?:a|an|one)\s+{NOUN_PATTERN}),?"
    r"\s+and\s+for\s+each\s+one\s+(?:we|i)\s+(?:keep|store|record|note|hold|take)\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s.+)$"
)


def said_of_every_one(sentence: str) -> str:
    """``we charge a call-out fee and mileage on every visit``: *each visit has a call-out fee
    and mileage*; ``every subscriber belongs to a round, and for each one we keep their name,
    ...``: *...; each subscriber has their name, ...*."""

    def plain(part: str) -> str:
        charged = _CHARGED_ON_EVERY_ONE.match(part)
        if charged is not None and can_name_records(charged["one"]):
            return f"each {charged['one']} has {charged['listed']}"
        each = _AND_FOR_EACH_ONE.match(part)
        if each is not None and can_name_records(each["one"]):
            return f"{each['said']}; each {each['one']} has {each['listed']}"
        return part

    return per_statement(sentence, plain)


_SIGN_UP_WITH_THEIR = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)\s+(?P<act>sign\s+up|register|enrol|enroll)\s+(?:for|on|onto|at)\s+"
    rf"(?P<one>(?:a|an|one)\s+{NOUN_PATTERN})\s+with\s+their\s+(?P<listed>.+)$"
)


def sign_up_with_their(sentence: str) -> str:
    """``students sign up for a session with their name, date of birth, ...``: *each student
    has their name, date of birth, ...; students sign up for a session*; the list is theirs,
    not the session's."""
    match = _SIGN_UP_WITH_THEIR.match(sentence)
    if match is None or not is_plural(match["who"]) or not can_name_records(singular(match["who"])):
        return sentence
    who = match["who"]
    return (
        f"each {singular(who)} has their {match['listed']}; {who} {match['act']} for {match['one']}"
    )


_ONES_FOR_IT = re.compile(
    r"^(?P<said>(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:has|have)\s+[^;]+?),?\s+and\s+"
    rf"(?P<things>{NOUN_PATTERN}s)\s+for\s+(?:it|them)\s+(?:record|have|hold|note|keep|store|carry)\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s.+)$"
)


def ones_for_it(sentence: str) -> str:
    """``a session has a venue name and a date, and appointments for it record the donor's
    name, ...``: *...; each appointment belongs to one session; each appointment has the
    donor's name, ...*."""
    match = _ONES_FOR_IT.match(sentence)
    if match is None or not is_plural(match["things"]):
        return sentence
    thing, one = singular_phrase(match["things"]), match["one"]
    if thing.split()[-1] == one or not can_name_records(thing.split()[-1], one):
        return sentence
    return f"{match['said']}; each {thing} belongs to one {one}; each {thing} has {match['listed']}"


_LOG_THE_ONES_FOUND = re.compile(
    r"^(?:on|for|at|during|after)\s+(?:each|every)\s+(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),?\s+"
    r"(?:we|i)\s+(?:note|record|log|keep|take)\s+(?P<first>(?:a|an|the|its|their)\s[^;:]+?),?\s+and\s+"
    r"(?:then\s+)?(?:we\s+)?(?:log|record|note|list)\s+(?:the|any)\s+"
    r"(?P<things>[a-z][\w\-]*s)\s+(?:found|spotted|seen|raised)\s*:\s*(?P<listed>.+)$"
)
_LOGGING_ONES_FOR_ONE = re.compile(
    r",?\s+(?:logging|recording|keeping)\s+(?P<things>[a-z][\w\-]*s)\s+for\s+(?:the|a|an|their|each)\s+"
    r"(?P<one>[a-z][\w\-]*)(?:\s+(?:they|we|he|she)\s+(?:are|is|'re)?\s*[a-z]+ing)?\s*:\s*(?P<listed>.+)$"
)


def found_then_listed(sentence: str) -> str:
    """``on every inspection visit we note the date, ..., and then log the anomalies found:
    panel row, ...``: *each inspection visit has the date, ...; each anomaly belongs to one
    inspection visit; each anomaly has panel row, ...*; ``each walker ..., logging outings for the puppy they are raising: the
    date, ...``: *...; each outing belongs to one puppy; each outing has the date, ...*."""
    found = _LOG_THE_ONES_FOUND.match(sentence)
    if found is not None:
        thing, owner = singular(found["things"]), found["owner"]
        if thing != owner.split()[-1] and can_name_records(thing, owner.split()[-1]):
            return (
                f"each {owner} has {found['first']}; each {thing} belongs to one {owner}; "
                f"each {thing} has {found['listed']}"
            )
    logging = _LOGGING_ONES_FOR_ONE.search(sentence)
    if logging is not None:
        thing, one = singular(logging["things"]), logging["one"]
        if thing != one and can_name_records(thing, one):
            return (
                f"{sentence[: logging.start()]}; each {thing} belongs to one {one}; "
                f"each {thing} has {logging['listed']}"
            )
    return sentence


_FOR_EACH_ONE_WE_GET_BACK = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)for\s+(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:we|i)\s+"
    r"(?:get\s+back|receive|are\s+sent|get\s+sent)\s+(?P<listed>(?:a|an|the|its|their)\s.+(?:,|\band\b).+)$"
)


def for_each_one_we_get_back(sentence: str) -> str:
    """``the lab then tests samples from an intake, ..., and for each test we get back the
    butterfat, protein, ...``: *...; each test has the butterfat, protein, ...*; what comes
    back is the list of the record it comes back for."""
    match = _FOR_EACH_ONE_WE_GET_BACK.search(sentence)
    if match is None or not can_name_records(match["one"]):
        return sentence
    return said_in_place(sentence, match, f"each {match['one']} has {match['listed']}")


_SEVERAL_THEN_FOR_EACH_ONE = re.compile(
    r"\b(?:has|have|owns?|keeps?)\s+(?:several|many|multiple|a\s+few|lots\s+of)\s+(?P<things>[a-z][\w\-]*s)"
    r"(?:\s+on\s+file)?"
    r",?\s+and\s+for\s+each\s+(?:one|of\s+them)\s+(?:we|i)(?:\s+would|\s+will)?\s+"
    r"(?:keep|store|record|note|hold|take|log)\s+(?P<listed>(?:a|an|the|its|their)\s[^;]+)$"
)


def several_then_for_each_one(sentence: str) -> str:
    """``a customer can have several devices on file, and for each one we would note the make,
    ...``: *a customer can have several devices; each device has the make, ...*; *each one* is
    one of the several, not the one who has them (*a job can use several parts, and for each
    one I note the quantity* is a join's, read elsewhere)."""
    match = _SEVERAL_THEN_FOR_EACH_ONE.search(sentence)
    if match is None or not is_plural(match["things"]):
        return sentence
    thing = singular(match["things"])
    if not can_name_records(thing):
        return sentence
    return f"{sentence[: match.end('things')]}; each {thing} has {match['listed']}"
