"""Records made out for another, told by who makes them out:

- *the engineer fills in a commissioning record for the job (we know jobs by job number and
  address): the date, ...*: the record is the job's and the engineer's, its list after the colon;
- *off the back of each commissioning record the office issues one or more certificates, each
  with ...*: the certificates are the record's, not the office's;
- *each enquiry is assigned to ..., and once ... a home survey is booked against it for ...*:
  the survey is the enquiry's.

`for_every_reader` runs them, so the parse's readers see them said plainly too.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import said_from_match, said_in_place
from appwright.design.offline.logged_as_it_happens import belongs_and_has
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import can_name_records, is_plural, singular_phrase

_FILLS_IN_ONE_FOR_ONE = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+|(?:when|whenever|once|after)\s+[^,;:]+?,\s+)(?:the|our|a|an)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:fills\s+in|fills\s+out|completes|writes\s+up)\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})\s+"
    r"for\s+(?:the|a|an|each)\s+(?P<one>[a-z][\w\-]*)"
    r"(?:\s+\((?:we\s+know|we\s+keep|we\s+list)\s+(?P<ones>[a-z][\w\-]*s)\s+by\s+(?P<its>[^()]+)\))?\s*:\s+"
    r"(?P<listed>(?:the|a|an|its|their|which|how|whether)\s.+)$"
)


def fills_in_one_for_one(sentence: str) -> str:
    """``when a heat pump is switched on for the first time, the engineer fills in a
    commissioning record for the job (we know jobs by job number and address): the date,
    ...``: *each commissioning record belongs to one job; each commissioning record belongs to
    one engineer; each job has job number and address; each commissioning record has the date,
    ...*."""
    match = _FILLS_IN_ONE_FOR_ONE.search(sentence)
    if match is None:
        return sentence
    record, ones = match["record"], (match["one"], match["who"])
    if record.split()[-1] in ones or ones[0] == ones[1] or not can_name_records(*ones):
        return sentence
    said = belongs_and_has(record, ones, match["listed"])
    if match["ones"] and singular_phrase(match["ones"]) == match["one"]:
        said = f"each {match['one']} has {match['its']}; {said}"
    return said_from_match(sentence, match, said)


_ISSUES_ONES_FOR_EACH = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:off\s+the\s+back\s+of|for|against|from)\s+(?:each|every)\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+(?:the|our)\s+[a-z][\w\-]*\s+(?:issues|raises|sends\s+out|produces)\s+"
    r"(?:one\s+or\s+more|several|a\s+few|some|any)\s+(?P<records>[a-z][\w\-]*s),?\s+(?:each\s+)?with\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s.+)$"
)


def issues_ones_for_each(sentence: str) -> str:
    """``off the back of each commissioning record the office issues one or more
    certificates, each with a type, ...``: *each certificate belongs to one commissioning
    record; each certificate has a type, ...*; who issues them is no record of theirs."""
    match = _ISSUES_ONES_FOR_EACH.search(sentence)
    if match is None or not is_plural(match["records"]):
        return sentence
    record, one = singular_phrase(match["records"]), match["one"]
    if record == one.split()[-1] or not can_name_records(record, one.split()[-1]):
        return sentence
    return said_in_place(sentence, match, belongs_and_has(record, (one,), match["listed"]))


_BOOKED_AGAINST_IT = re.compile(
    r"^(?P<said>(?:each|every|an?)\s+(?P<one>[a-z][\w\-]*)\s+[^;]+?),\s+and\s+(?:(?:once|when|after)\s+[^,;]+?,?\s+)?"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN})\s+is\s+(?:booked|raised|logged|opened|made|set\s+up)\s+against\s+it\s+"
    r"(?:for|with)\s+(?P<listed>(?:a|an|the|its)\s[^;]+)$"
)


def booked_against_it(sentence: str) -> str:
    """``each enquiry is assigned to one of our surveyors, and once they have spoken to the
    customer a home survey is booked against it for a date and time``: *...; each home survey
    belongs to one enquiry; each home survey has a date and time*."""
    match = _BOOKED_AGAINST_IT.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if record.split()[-1] == one or not can_name_records(one, record.split()[-1]):
        return sentence
    return (
        f"{match['said']}; each {record} belongs to one {one}; each {record} has {match['listed']}"
    )


_BILLED_WITH_ONE_SHOWING = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?P<ones>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+are\s+(?:billed|sent|invoiced|issued)\s+"
    r"(?:with\s+)?(?:a|an)\s+(?:(?:daily|weekly|monthly|quarterly|yearly|annual)\s+)?"
    r"(?P<record>[a-z][\w\-]*)\s+(?:showing|giving|listing|stating|with)\s+"
    r"(?P<listed>(?:the|a|an|its|their|whether|how)\s.+)$"
)


def billed_with_one_showing(sentence: str) -> str:
    """``schools are billed with a monthly invoice showing the month, the total and ...``: *each
    invoice belongs to one school; each invoice has the month, ...*; what a record is sent
    is a record of its own."""
    match = _BILLED_WITH_ONE_SHOWING.search(sentence)
    if match is None or not is_plural(match["ones"].split()[-1]):
        return sentence
    one, record = singular_phrase(match["ones"]), match["record"]
    if one.split()[-1] == record or not can_name_records(*one.split(), record):
        return sentence
    return said_in_place(sentence, match, belongs_and_has(record, (one,), match["listed"]))


_NAMES_ONE_WITH = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:each|every)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:names|picks|points\s+at)\s+(?:a|an|one)\s+(?P<one>[a-z][\w\-]*)\s+with\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s[^;]+)$"
)


def names_one_with(sentence: str) -> str:
    """``every order line names a part with a quantity and a unit cost``: *each order line
    belongs to one part; each order line has a quantity and a unit cost*; the list is the
    line's, the part only named."""
    match = _NAMES_ONE_WITH.search(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if record.split()[-1] == one or not can_name_records(record.split()[-1], one):
        return sentence
    return said_in_place(sentence, match, belongs_and_has(record, (one,), match["listed"]))


_ONES_RECORD_FOR_ANOTHER = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*)'s\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+for\s+(?:a|an|each|every|the)\s+(?P<other>[a-z][\w\-]*)\s+"
    r"(?:records|holds|has|keeps|notes)\s+(?P<listed>(?:the|a|an|its|their|how|whether)\s[^;]+)$"
)


def ones_record_for_another(sentence: str) -> str:
    """``a member's subscription for a season records the date they paid and how much``: *each
    subscription belongs to one member; each subscription belongs to one season; each
    subscription has the date they paid and how much*."""
    match = _ONES_RECORD_FOR_ANOTHER.search(sentence)
    if match is None:
        return sentence
    record, ones = match["record"], (match["one"], match["other"])
    if record.split()[-1] in ones or ones[0] == ones[1] or not can_name_records(*ones):
        return sentence
    return said_in_place(sentence, match, belongs_and_has(record, ones, match["listed"]))
