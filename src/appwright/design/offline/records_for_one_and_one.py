"""Records told by whom and what they are for, in one clause, written out one fact at a time.

- *members book onto a night: the booking starts as requested, ...*: a booking belongs to a
  member and to a night, and what follows the colon is the booking's;
- *a booking is for one student and one course, made through an agent, with a start date,
  ...*: a booking belongs to all three and has the list;
- *every hire is written up as a contract for one customer, with a contract number, ...*: the
  record is the contract, not the hire;
- *tools are sorted into tool groups like breakers or saws, and every group carries a name
  and a day rate*: each tool belongs to a tool group, which has that list;
- *against the sale we write up the trade-in with ...*, *a member books a place on a night,
  and on the booking we note ...*, *orders sit inside an order window with ...*, *a member
  places an order with ...*, *a payment can be reduced by deductions, each with ...*: whose
  record it is, and its list;
- *for each host and month we raise a payment covering ...*: the period is one of the
  payment's fields.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import statement_by_statement
from appwright.design.offline.phrase_patterns import LISTED_WITH_AN_ARTICLE, NOUN_PATTERN
from appwright.design.offline.word_forms import can_name_records, phrase_can_name_records, singular

_BOOK_ONTO_ONE_COLON = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)\s+(?:book|sign\s+up|register|enrol|enroll|put\s+their\s+names?\s+"
    r"down)"
    rf"\s+(?:onto|on\s+to|on|for|into|to)\s+(?:a|an|one)\s+(?P<one>{NOUN_PATTERN}?)\s*:\s+"
    r"(?:the|each|every)\s+(?P<record>[a-z][\w\-]*)\s+(?P<rest>[a-z].+)$"
)


@statement_by_statement
def book_onto_one_colon(sentence: str) -> str:
    """``members book onto a night: the booking starts as requested, ...``: *each booking
    belongs to one member; each booking belongs to one night; each booking starts as
    requested, ...*."""
    match = _BOOK_ONTO_ONE_COLON.match(sentence)
    if match is None:
        return sentence
    who, one, record = singular(match["who"]), match["one"], match["record"]
    if who == match["who"] or not can_name_records(who, record) or not phrase_can_name_records(one):
        return sentence
    return (
        f"each {record} belongs to one {who}; each {record} belongs to one {one}; "
        f"each {record} {match['rest']}"
    )


_FOR_ONE_AND_ONE = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<record>{NOUN_PATTERN}?)\s+is\s+for\s+one\s+"
    rf"(?P<one>{NOUN_PATTERN}?)"
    rf"\s+and\s+one\s+(?P<two>{NOUN_PATTERN}?)(?:,\s+(?:made|booked|placed|arranged|sold|taken)\s+"
    rf"(?:through|by|via)\s+(?:a|an|one)\s+(?P<three>{NOUN_PATTERN}?))?,\s+with\s+"
    rf"{LISTED_WITH_AN_ARTICLE}$"
)


@statement_by_statement
def for_one_and_one_with(sentence: str) -> str:
    """``a booking is for one student and one course, made through an agent, with a start
    date, ...``: *each booking belongs to one student; ... one course; ... one agent; each
    booking has a start date, ...*."""
    match = _FOR_ONE_AND_ONE.match(sentence)
    if match is None:
        return sentence
    record = match["record"]
    ones = [match["one"], match["two"], *([match["three"]] if match["three"] else [])]
    if not all(phrase_can_name_records(phrase) for phrase in (record, *ones)):
        return sentence
    said = [f"each {record} belongs to one {one}" for one in ones]
    return "; ".join([*said, f"each {record} has {match['listed']}"])


_WRITTEN_UP_AS = re.compile(
    r"^(?:each|every|a|an)\s+[a-z][\w\-]*\s+is\s+(?:written\s+up|recorded|logged|kept|set\s+up|"
    rf"entered|booked)\s+as\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+for\s+(?:one|a|an)\s+"
    rf"(?P<one>{NOUN_PATTERN}?),\s+with\s+{LISTED_WITH_AN_ARTICLE}$"
)


@statement_by_statement
def written_up_as_one_for_one(sentence: str) -> str:
    """``every hire is written up as a contract for one customer, with a contract number,
    ...``: *each contract belongs to one customer; each contract has a contract number, ...*."""
    match = _WRITTEN_UP_AS.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if not phrase_can_name_records(record) or not phrase_can_name_records(one):
        return sentence
    return f"each {record} belongs to one {one}; each {record} has {match['listed']}"


_SORTED_INTO = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+are\s+(?:sorted|grouped|divided|split|organised|organized|"
    rf"arranged|put)\s+into\s+(?P<groups>{NOUN_PATTERN}?s)(?:\s+(?:like|such\s+as)\s+[^;]+?)?,\s+"
    r"and\s+(?:each|every)\s+(?P<head>[a-z][\w\-]*)\s+(?:carries|has|holds|gets|keeps)\s+"
    rf"{LISTED_WITH_AN_ARTICLE}$"
)


@statement_by_statement
def sorted_into_groups_each_with(sentence: str) -> str:
    """``tools are sorted into tool groups like breakers, saws or access, and every group
    carries a name and a day rate``: *each tool belongs to one tool group; each tool group has
    a name and a day rate*."""
    match = _SORTED_INTO.match(sentence)
    if match is None:
        return sentence
    thing, group = singular(match["things"]), singular(match["groups"].split()[-1])
    if group != match["head"] or thing == match["things"] or not can_name_records(thing, group):
        return sentence
    groups = " ".join([*match["groups"].split()[:-1], group])
    return f"each {thing} belongs to one {groups}; each {groups} has {match['listed']}"


_AGAINST_ONE_WE_WRITE_UP = re.compile(
    rf"^against\s+(?:the|that|this|each|every)\s+(?P<one>{NOUN_PATTERN}?),?\s+(?:we|i)\s+"
    r"(?:write\s+up|log|record|raise|enter|file|open)\s+(?:the|a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN}?)\s+with\s+{LISTED_WITH_AN_ARTICLE}$"
)


@statement_by_statement
def against_one_we_write_up(sentence: str) -> str:
    """``against the sale we write up the trade-in with the old machine's brand, ...``: *each
    trade-in belongs to one sale; each trade-in has the old machine's brand, ...*."""
    match = _AGAINST_ONE_WE_WRITE_UP.match(sentence)
    if match is None:
        return sentence
    one, record = match["one"], match["record"]
    if not phrase_can_name_records(one) or not phrase_can_name_records(record):
        return sentence
    return f"each {record} belongs to one {one}; each {record} has {match['listed']}"


_BOOKS_A_PLACE_AND_ON_IT = re.compile(
    r"^(?:a|an|each|every)\s+(?P<who>[a-z][\w\-]*)\s+(?:books|reserves|takes)\s+(?:a\s+)?"
    rf"(?:place|spot|seat|space)\s+(?:on|at|in|for)\s+(?:a|an|one)\s+(?P<one>{NOUN_PATTERN}?),\s+"
    r"and\s+on\s+(?:the|that|each)\s+(?P<record>[a-z][\w\-]*)\s+(?:we|i)\s+(?:note|record|keep|"
    r"log|store|put|write\s+down)\s+"
    r"(?P<listed>(?:a|an|the|its|their|which|whether|how|when)\s.+)$"
)


@statement_by_statement
def books_a_place_and_on_it(sentence: str) -> str:
    """``a member books a place on a night, and on the booking we note which of our machines
    they'll use ...``: *each booking belongs to one member; each booking belongs to one night;
    each booking has which of our machines they'll use ...*."""
    match = _BOOKS_A_PLACE_AND_ON_IT.match(sentence)
    if match is None:
        return sentence
    who, one, record = match["who"], match["one"], match["record"]
    if not can_name_records(who, record) or not phrase_can_name_records(one):
        return sentence
    return (
        f"each {record} belongs to one {who}; each {record} belongs to one {one}; "
        f"each {record} has {match['listed']}"
    )


_SIT_INSIDE_ONE_WITH = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+(?:sit|fall|belong|live|go)\s+(?:inside|within|in|under|into)\s+"
    rf"(?:a|an|one)\s+(?P<one>{NOUN_PATTERN}?)\s+with\s+{LISTED_WITH_AN_ARTICLE}$"
)


@statement_by_statement
def sit_inside_one_with(sentence: str) -> str:
    """``orders sit inside an order window with an opening date and a closing date``: *each
    order belongs to one order window; each order window has an opening date and a closing
    date*."""
    match = _SIT_INSIDE_ONE_WITH.match(sentence)
    if match is None:
        return sentence
    thing, one = singular(match["things"]), match["one"]
    if thing == match["things"] or not can_name_records(thing) or not phrase_can_name_records(one):
        return sentence
    return f"each {thing} belongs to one {one}; each {one} has {match['listed']}"


_PLACES_ONE_WITH = re.compile(
    r"^(?P<act>(?:a|an|each|every)\s+(?P<who>[a-z][\w\-]*)\s+(?:places|makes|submits|raises|"
    rf"puts\s+in|sends\s+in)\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?))\s+with\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s(?:(?!,\s+(?:listing|giving|and)\s)[^;])+)$"
)


def places_one_with(sentence: str) -> str:
    """``a member places an order with an order date``: *a member places an order; each order
    belongs to one member; each order has an order date*; the member is who places it, not a
    record it belongs to. A list that goes on to more (*..., listing how many ...*) is left to
    the other readers."""
    parts = [part.strip() for part in sentence.split(";")]
    said = []
    for index, part in enumerate(parts):
        following = parts[index + 1] if index + 1 < len(parts) else ""
        said.append(_placed_with(part, then_it=re.match(r"its?\s", following) is not None))
    return "; ".join(said)


def _placed_with(statement: str, *, then_it: bool) -> str:
    match = _PLACES_ONE_WITH.match(statement)
    if match is None:
        return statement
    who, record = match["who"], match["record"]
    if not can_name_records(who) or not phrase_can_name_records(record):
        return statement
    said = [f"each {record} belongs to one {who}", f"each {record} has {match['listed']}"]
    # who placed it is said too, since the one who acts on a record is a role; not before an
    # "it", which would then read as the one who placed it
    return "; ".join(said if then_it else [match["act"], *said])


_FOR_EACH_ONE_AND_PERIOD = re.compile(
    rf"^for\s+(?:each|every)\s+(?P<one>{NOUN_PATTERN}?)\s+and\s+"
    r"(?P<period>day|week|month|quarter|term|season|year)\s+(?P<act>(?:we|i)\s+(?:raise|create|"
    r"open|"
    rf"make|issue|send|produce|set\s+up)\s+(?:a|an|one)\s+{NOUN_PATTERN}?)\s+(?:covering|for)\s+"
    r"(?P<covered>(?:a|an|the)\s[^;]+?),\s+with\s+(?P<listed>(?:a|an|the|its)\s[^;]+)$"
)


@statement_by_statement
def for_each_one_and_period(sentence: str) -> str:
    """``for each host and month we raise a payment covering a number of nights at a nightly
    rate, with a total and a status ...``: *for each host we raise a payment with a month, a
    number of nights, a nightly rate, a total and a status ...*; the period is the record's
    field and what it covers is more of its list."""
    match = _FOR_EACH_ONE_AND_PERIOD.match(sentence)
    if match is None or not phrase_can_name_records(match["one"]):
        return sentence
    covered = re.sub(r"\s+(?:at|on|with)\s+(?=(?:a|an|the)\s)", ", ", match["covered"])
    return (
        f"for each {match['one']} {match['act']} with a {match['period']}, {covered}, "
        f"{match['listed']}"
    )


_ACTED_ON_BY_SEVERAL = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<one>{NOUN_PATTERN}?)\s+(?:can|may)\s+be\s+[a-z]+ed\s+by\s+"
    r"(?:one\s+or\s+more\s+|several\s+|any\s+number\s+of\s+)?(?P<many>[a-z][\w\-]*s),\s+"
    rf"each\s+(?:one\s+)?with\s+{LISTED_WITH_AN_ARTICLE}$"
)


@statement_by_statement
def acted_on_by_several_each_with(sentence: str) -> str:
    """``a payment can be reduced by deductions, each with a reason and an amount``: *each
    deduction belongs to one payment; each deduction has a reason and an amount*."""
    match = _ACTED_ON_BY_SEVERAL.match(sentence)
    if match is None:
        return sentence
    one, thing = match["one"], singular(match["many"])
    if thing == match["many"] or not can_name_records(thing) or not phrase_can_name_records(one):
        return sentence
    return f"each {thing} belongs to one {one}; each {thing} has {match['listed']}"
