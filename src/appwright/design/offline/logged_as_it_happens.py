"""Records told by when they are logged, where the happening is no record and the list is theirs:

- *when a coach goes in for its annual test we log the test date, ...* is the test's list;
- *when somebody books a vehicle in we record the drop-off date, ...* is the booking's list;
- *each radio gets a range test where we record the date, ...* is the test's list, one radio's;
- *each appointment gets a notice that goes from queued to sent ...* is the notice's flow;
- *each month we raise a collection against the mandate for the amount owed, with ...*;
- *pilots log their flying in logbook entries with a date, ...*;
- *trainers add weekly progress notes to their dogs, each with a date, ...*;
- *whenever one of us goes out to a farm we log a visit with ...*;
- *the nurse then sets a deferral on that trip with a start date, ...*;
- *when a mating takes, we record the litter it produced with ...*;
- *a team member checks every item, and we log the check date, ...* is the check's list.

`for_every_reader` runs them, so the parse's readers see them said plainly too.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    can_name_records,
    is_plural,
    singular,
    singular_phrase,
)

LISTED = r"(?P<listed>(?:a|an|the|its|their|how|whether|when)\s.+)"
_EVERY_SO_OFTEN = (
    r"(?:(?:each|every|once\s+a)\s+(?:day|week|fortnight|month|quarter|term|season|year)\s+)?"
)
_AND_THEN_ANOTHER = re.compile(r",\s+and\s+(?=(?:any|each|every|then|the\s+[a-z]+\s+then)\s)")
"""*..., and any defects found get listed against that test with ...*: a clause of its own."""


def belongs_and_has(record: str, ones: tuple[str, ...], listed: str) -> str:
    said = [f"each {record} belongs to one {one}" for one in ones]
    first, *rest = _AND_THEN_ANOTHER.split(listed, maxsplit=1)
    said.append(f"each {record} has {first}")
    return "; ".join(said + rest)


_WHEN_ONE_GOES_FOR_ITS = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time)\s+(?:a|an|the|one|any)\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?:(?:goes|comes|is\s+brought|is\s+taken|is\s+sent)\s+(?:in\s+|back\s+)?for\s+(?:its|their|a|an)"
    r"|(?:tells|gives|sends)\s+us\s+(?:about\s+)?(?:a|an|their|its))\s+"
    rf"(?P<record>{NOUN_PATTERN}),?\s+(?:we|i)\s+(?:log|record|note|write\s+down|take)\s+{LISTED}$"
)


def when_one_goes_for_its(sentence: str) -> str:
    """``when a coach goes in for its annual test we log the test date, the mileage, ...``,
    ``whenever a donor tells us about a trip we note the country, ...``: *each annual test
    belongs to one coach; each annual test has the test date, ...*."""
    match = _WHEN_ONE_GOES_FOR_ITS.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if record.split()[-1] == one or not can_name_records(record.split()[-1], one):
        return sentence
    return belongs_and_has(record, (one,), match["listed"])


_WHEN_SOMEONE_ACTS_ON_ONE = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time)\s+(?:somebody|someone|a\s+customer|a\s+client|they)\s+"
    # "when a customer orders a cake we note the flavour, ...": the cake's own list, no order
    r"(?P<verb>books|hires|rents|reserves)\s+(?:a|an|one)\s+(?P<one>[a-z][\w\-]*)(?:\s+in)?,?\s+"
    rf"(?:we|i)\s+(?:record|log|note|take|keep)\s+{LISTED}$"
)
RECORD_OF_THE_ACT = {
    "books": "booking",
    "hires": "hire",
    "rents": "rental",
    "reserves": "reservation",
}


def when_someone_acts_on_one(sentence: str) -> str:
    """``when somebody books a vehicle in we record the drop-off date, ..., and the booking
    goes from booked to ...``: *each booking belongs to one vehicle; each booking has the
    drop-off date, ...; the booking goes from ...*; the act names the record."""
    match = _WHEN_SOMEONE_ACTS_ON_ONE.match(sentence)
    if match is None:
        return sentence
    record, one = RECORD_OF_THE_ACT[match["verb"]], match["one"]
    if record == one or not can_name_records(record, one):
        return sentence
    listed = re.sub(rf",\s+and\s+(?=the\s+{record}\s)", "; ", match["listed"])
    return belongs_and_has(record, (one,), listed)


_GETS_ONE_WHERE_WE_RECORD = re.compile(
    rf"^{_EVERY_SO_OFTEN}(?:each|every|any)\s+(?:[a-z][\w\-]*\s+)?(?P<one>[a-z][\w\-]*)\s+(?:has|gets)\s+"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN})\s+(?:where|in\s+which|on\s+which|at\s+which)\s+(?:we|i)\s+"
    rf"(?:record|note|log|keep|take)\s+{LISTED}$"
)
_GETS_ONE_THAT_MOVES = re.compile(
    r"^(?:each|every|any)\s+(?:[a-z][\w\-]*\s+)?(?P<one>[a-z][\w\-]*)\s+(?:has|gets)\s+(?:a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN})\s+(?:that|which)\s+(?P<moves>(?:goes|moves|runs)\s+from\s.+?)"
    r"(?:\s+depending\s+on\s+[^,;]+)?$"
)

_STATUS_WORDS = frozenset(["status", "stage", "state", "phase", "step"])


def gets_one_of_its_own(sentence: str) -> str:
    """``each quarter each radio gets a range test where we record the date, ...``: *each range
    test belongs to one radio; each range test has the date, ...*; ``each appointment gets a
    notice that goes from queued to sent ...``: the notice's own status."""

    def plain(part: str) -> str:
        match = _GETS_ONE_WHERE_WE_RECORD.match(part)
        moves = None
        if match is None:
            match = _GETS_ONE_THAT_MOVES.match(part)
            if match is None:
                return part
            moves = match["moves"]
        record, one = match["record"], match["one"]
        if record.split()[-1] == one or not can_name_records(record.split()[-1], one):
            return part
        if record in _STATUS_WORDS:
            return part  # "each viewing has a status that moves from ...": the viewing's own
        if moves is not None:
            # "..., and we want the number of notices per month": a sentence of its own
            moves = re.sub(r",\s+and\s+(?=(?:we|i)\s)", "; ", moves, count=1)
            return f"each {record} belongs to one {one}; each {record} has a status that {moves}"
        return belongs_and_has(record, (one,), match["listed"])

    return per_statement(sentence, plain)


_RAISED_AGAINST_ONE = re.compile(
    rf"^{_EVERY_SO_OFTEN}(?:we|i)\s+(?:raise|issue|open|create|make|send)\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN})\s+"
    r"against\s+(?:the|a|an|its|their|that)\s+(?P<one>[a-z][\w\-]*)"
    r"(?:\s+for\s+(?P<worth>(?:the|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))?,?\s+with\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s.+)$"
)


def raised_against_one(sentence: str) -> str:
    """``each month we raise a collection against the mandate for the amount owed, with a
    date and a status ...``: *each collection belongs to one mandate; each collection has the
    amount owed, a date and a status ...*; what it is for is one more of its items."""
    match = _RAISED_AGAINST_ONE.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if record.split()[-1] == one or not can_name_records(record.split()[-1], one):
        return sentence
    listed = f"{match['worth']}, {match['listed']}" if match["worth"] else match["listed"]
    return belongs_and_has(record, (one,), listed)


_KEEP_THEIRS_IN_RECORDS = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)\s+(?:log|record|keep|note|enter)\s+(?:all\s+)?their\s+[a-z][\w\-]*"
    rf"(?:\s+[a-z][\w\-]*)?\s+(?:in|as|on)\s+(?P<records>{NOUN_PATTERN}s)\s+with\s+{LISTED}$"
)
_ADD_ONES_TO_THEIRS = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)\s+(?:add|write|log|keep|attach)\s+(?:(?:daily|weekly|monthly|regular|short)\s+)?"
    rf"(?P<records>{NOUN_PATTERN}s)\s+(?:to|on|for|against|about)\s+their\s+(?P<ones>[a-z][\w\-]*s),?\s+"
    rf"(?:each\s+)?with\s+{LISTED}$"
)


def kept_by_them_for_theirs(sentence: str) -> str:
    """``pilots log their flying in logbook entries with a date, ...``: *each logbook entry
    belongs to one pilot; each logbook entry has a date, ...*; ``trainers add weekly progress
    notes to their dogs, each with a date, ...``: the notes are the dogs'."""
    match = _KEEP_THEIRS_IN_RECORDS.match(sentence) or _ADD_ONES_TO_THEIRS.match(sentence)
    if match is None or not is_plural(match["who"]):
        return sentence
    record = singular_phrase(match["records"])
    owners = match.groupdict().get("ones") or match["who"]
    one = singular(owners)
    if record.split()[-1] == one or not can_name_records(record.split()[-1], one):
        return sentence
    return belongs_and_has(record, (one,), match["listed"])


_GO_OUT_TO_ONE = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time)\s+(?:one\s+of\s+us|we|someone|somebody|(?:a|an|our)\s+[a-z]+)\s+"
    r"(?:goes|go|drives|heads|is\s+sent)\s+(?:out\s+)?(?:to|round\s+to|over\s+to)\s+(?:a|an|the)\s+"
    r"(?P<one>[a-z][\w\-]*),?\s+(?:we|i|they|he|she)\s+(?:log|record|add|note|write\s+up|fill\s+in)\s+"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN})\s+with\s+{LISTED}$"
)
_SETS_ONE_ON_THAT = re.compile(
    r"^(?:the\s+[a-z][\w\-]*\s+)?(?:then\s+)?(?:sets|adds|logs|records|raises|puts)\s+(?:a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN})\s+(?:on|against|to|for)\s+(?:that|this)\s+(?P<one>[a-z][\w\-]*)\s+with\s+{LISTED}$"
)


def logged_where_it_happens(sentence: str) -> str:
    """``whenever one of us goes out to a farm we log a visit with the date, ...``: *each visit
    belongs to one farm; each visit has the date, ...*; ``the nurse then sets a deferral on
    that trip with a start date, ...``: the deferral is that trip's."""

    def plain(part: str) -> str:
        match = _GO_OUT_TO_ONE.match(part) or _SETS_ONE_ON_THAT.match(part)
        if match is None:
            return part
        record, one = match["record"], match["one"]
        if record.split()[-1] == one or not can_name_records(record.split()[-1], one):
            return part
        return belongs_and_has(record, (one,), match["listed"])

    return per_statement(sentence, plain)


_THE_ONE_IT_PRODUCED = re.compile(
    r"^(?:when|once|if)\s+(?:a|an|the)\s+(?P<one>[a-z][\w\-]*)\s+[a-z]+,?\s+(?:we|i)\s+(?:record|log|note|add)\s+"
    rf"the\s+(?P<record>{NOUN_PATTERN})\s+it\s+(?:produced|produces|made|makes|gave|gives)\s+with\s+{LISTED}$"
)
_ONE_CHECKS_EVERY = re.compile(
    r"^(?:(?:once|twice)\s+a\s+[a-z]+,?\s+|each\s+[a-z]+,?\s+)?(?:a|an|one\s+of\s+our|our)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?\s+(?P<verb>checks|inspects|tests|services|reviews|audits)\s+(?:every|each)\s+"
    rf"(?P<one>{NOUN_PATTERN}),?\s+and\s+(?:we|i)\s+(?:log|record|note)\s+{LISTED}$"
)
_RECORD_OF_THE_CHECK = {
    "checks": "check",
    "inspects": "inspection",
    "tests": "test",
    "services": "service",
    "reviews": "review",
    "audits": "audit",
}


def made_by_what_happens(sentence: str) -> str:
    """``when a mating takes, we record the litter it produced with a whelping date, ...``:
    *each litter belongs to one mating; each litter has a whelping date, ...*; ``once a month a
    team member checks every item, and we log the check date, ...``: *each check belongs to
    one item; each check has the check date, ...*; the act names the record."""
    match = _THE_ONE_IT_PRODUCED.match(sentence)
    if match is not None:
        record, one = match["record"], match["one"]
    else:
        match = _ONE_CHECKS_EVERY.match(sentence)
        if match is None:
            return sentence
        record, one = _RECORD_OF_THE_CHECK[match["verb"]], match["one"]
    if record.split()[-1] == one or not can_name_records(record.split()[-1]):
        return sentence
    # "checks every item": which record an item is, the sentence does not say
    ones = () if one in _ANY_THING or not can_name_records(one.split()[-1]) else (one,)
    return belongs_and_has(record, ones, match["listed"])


_ANY_THING = frozenset(["item", "thing", "one", "piece", "unit", "bit"])
