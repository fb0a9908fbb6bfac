"""Records that belong to two others, told as lines, rows, marks or orders:

- *a check has a check date, ..., and it gets a line for each product found near its date, with
  the product, ...*: a check line of the check's and the product's (and so *a timesheet
  belongs to one cleaner and a week-commencing date, with a line for each shift giving ...*,
  the date the timesheet's own field);
- *we send the council a claim with the term, ..., with one line per child with the funded
  hours ...*: a claim line of the claim's and the child's;
- *per student, one row per juz: juz number, status ...*: a juz of the student's with its list;
- *for each variety in a given pot size we keep a trade price and ...*, *for each child (name
  and date of birth) and each permission type we record ...*: a record of the pair;
- *at each meeting we record attendance, marking each scout present, absent or excused*: an
  attendance of the meeting's and the scout's, with a status;
- *a party can order several food options, each with a quantity and any allergy notes*: an
  order of the party's for one food option, with that list;
- *a rota slot puts one volunteer on one task for the night (cooking, serving, ...), and
  afterwards we tick whether they showed up*: the slot's, with the task as a field.

`SAID_IN_PASSING` runs them.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.clause_rewrites import (
    owned_and_listed,
    owned_as_matched,
    said_in_place,
    statement_by_statement,
)
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import phrase_can_name_records, singular_phrase

_AND_IT_GETS_A_LINE_FOR_EACH = re.compile(
    rf"^(?P<said>(?:each|every|a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+(?:has|belongs|is|gets)\s+"
    rf".+?),"
    r"(?:\s+and\s+(?:it|each\s+one)\s+(?:gets|has)|\s+with|\s+then\s+(?:we\s+)?(?:add|enter))"
    r"\s+(?:a|an|one)\s+"
    r"(?P<line>line|entry|row)\s+(?:for\s+(?:each|every)|per)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)(?:\s+[^,;]*?)?,?\s+(?:with|giving|showing|"
    r"recording)\s+(?P<listed>(?:a|an|the|its|how|whether|which)\s[^;]+)$"
)


@statement_by_statement
def and_it_gets_a_line_for_each(sentence: str) -> str:
    """``a check has a check date, ..., and it gets a line for each product found near or past
    its date, with the product, the best-before date, ...``: *...; each check line belongs to
    one check; each check line belongs to one product; each check line has ...*; so is *a
    timesheet belongs to one cleaner, with a line for each shift giving the site, ...*, and
    *a delivery has the date, ..., then add a line for each ingredient received giving ...*."""
    match = _AND_IT_GETS_A_LINE_FOR_EACH.match(sentence)
    if match is None or not phrase_can_name_records(match["one"]):
        return sentence
    record = match["record"]
    lines = owned_and_listed(f"{record} {match['line']}", (record, match["one"]), match["listed"])
    return f"{match['said']}; {lines}"


_FOR_EACH_IN_A_GIVEN = re.compile(
    rf"(?P<lead>^|,\s+and\s+|;\s+)for\s+(?:each|every)\s+(?P<one>{NOUN_PATTERN}?)"
    r"(?:\s+\((?P<its>[^()]+)\))?\s+(?:in|at|on|and)\s+(?:a\s+given|each|every)\s+"
    rf"(?P<two>{NOUN_PATTERN}?),?\s+(?:we|i)\s+(?:keep|record|store|hold|set|need|have)\s+"
    r"(?P<listed>(?:a|an|the|its)\s[^;]+)$"
)


def for_each_in_a_given_one(sentence: str) -> str:
    """``for each variety in a given pot size we keep a trade price and ...``, *..., and for
    each product in each bay we record ...*, *for each child (name and date of birth) and each
    permission type we record ...*: *each variety pot size belongs to one variety; ... to one
    pot size; each variety pot size has ...*."""
    match = _FOR_EACH_IN_A_GIVEN.search(sentence)
    if match is None or match["one"] == match["two"]:
        return sentence
    if not all(phrase_can_name_records(match[group]) for group in ("one", "two")):
        return sentence
    pair = f"{match['one']} {match['two']}"
    said = owned_and_listed(pair, (match["one"], match["two"]), match["listed"])
    if match["its"]:
        said = f"each {match['one']} has {match['its']}; {said}"
    return said_in_place(sentence, match, said)


_AT_EACH_WE_RECORD_MARKING = re.compile(
    rf"^(?:at|for|in)\s+(?:each|every)\s+(?P<one>{NOUN_PATTERN}?),?\s+(?:we|i)\s+(?:record|take|"
    rf"log|"
    rf"keep|note)\s+(?P<record>{NOUN_PATTERN}?),\s+marking\s+(?:each|every)\s+"
    rf"(?P<two>{NOUN_PATTERN}?)\s+(?:as\s+)?(?P<values>[a-z][\w\-]*(?:,\s+[a-z][\w\-]*)*,?\s+or\s+"
    r"[a-z][\w\-]*)$"
)

_AT_EACH_WE_TAKE_RECORDING_WHETHER = re.compile(
    rf"^(?:at|for|in)\s+(?:each|every)\s+(?P<one>{NOUN_PATTERN}?),?\s+(?:we|i)\s+(?:record|take|"
    rf"log|keep|note)\s+(?P<record>{NOUN_PATTERN}?),\s+(?:recording|noting|marking)\s+for\s+"
    rf"(?:each|every)\s+(?P<two>{NOUN_PATTERN}?)\s+whether\s+(?:they|he|she|it)\s+(?:was|were|is|"
    r"are)\s+(?P<values>[a-z][\w\-]*(?:,\s+[a-z][\w\-]*)*,?\s+or\s+[a-z][\w\-]*)"
    r"(?:,?\s+(?:plus|and)\s+(?P<rest>(?:a|an)\s[^;]+))?$"
)


@statement_by_statement
def at_each_we_record_marking_each(sentence: str) -> str:
    """``at each meeting we record attendance, marking each scout present, absent or
    excused``: *each attendance belongs to one meeting; each attendance belongs to one scout;
    each attendance has a status (present, absent or excused)*; so is ``at every rehearsal we
    take attendance, recording for each pupil whether they were present, absent or late, plus
    an optional note``."""
    match = _AT_EACH_WE_RECORD_MARKING.match(sentence) or _AT_EACH_WE_TAKE_RECORDING_WHETHER.match(
        sentence
    )
    said = (match["one"], match["two"], match["record"]) if match else ()
    if match is None or not all(phrase_can_name_records(phrase) for phrase in said):
        return sentence
    listed = f"a status ({match['values']})"
    if match.groupdict().get("rest"):
        listed = f"{listed} and {match['rest']}"
    return owned_and_listed(match["record"], (match["one"], match["two"]), listed)


_PER_ONE_A_ROW_PER = re.compile(
    rf"^per\s+(?P<one>{NOUN_PATTERN}?),\s+one\s+(?:row|line|entry|record)\s+per\s+"
    rf"(?P<record>{NOUN_PATTERN}?)\s*:\s+(?P<listed>[^;]+)$"
)


@statement_by_statement
def per_one_a_row_per(sentence: str) -> str:
    """``per student, one row per juz: juz number, status ...``: *each juz belongs to one
    student; each juz has juz number, status ...*."""
    return owned_as_matched(_PER_ONE_A_ROW_PER.match(sentence), sentence)


_WITH_ONE_LINE_PER = re.compile(
    rf"\b(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+with\s+(?P<own>[^;]+?),\s+with\s+one\s+"
    rf"(?P<line>line|row|entry)\s+per\s+(?P<one>{NOUN_PATTERN}?)\s+(?:with|giving|showing)\s+"
    r"(?P<listed>(?:a|an|the|its|how|whether|which)\s[^;]+)$"
)


def with_one_line_per_one(sentence: str) -> str:
    """``we send the council a claim with the term, ..., with one line per child with the funded
    hours per week ...``: *each claim has the term, ...; each claim line belongs to one claim;
    each claim line belongs to one child; each claim line has the funded hours ...*."""
    match = _WITH_ONE_LINE_PER.search(sentence)
    if match is None or not phrase_can_name_records(match["one"]):
        return sentence
    record = match["record"]
    if not phrase_can_name_records(record):
        return sentence
    lines = owned_and_listed(f"{record} {match['line']}", (record, match["one"]), match["listed"])
    return f"each {record} has {match['own']}; {lines}"


_PUTS_ONE_ON_ONE_FOR = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:a|an|each|every)\s+"
    rf"(?P<record>{NOUN_PATTERN}?)\s+(?:puts|is\s+for)\s+(?:one|a|an)\s+(?P<one>{NOUN_PATTERN}?)"
    r"\s+(?:on|in)\s+(?:one|a|an)\s+(?P<task>[a-z][\w\-]*)\s+for\s+(?:the|that|a|an|one)\s+"
    rf"(?P<two>{NOUN_PATTERN}?)\s+(?P<values>\([^()]+\))(?:,?\s+and\s+(?:afterwards\s+|later\s+|"
    rf"then\s+)?"
    r"(?:we|i)\s+(?:tick|note|record|mark)\s+(?P<more>whether\s[^;]+))?$"
)


def puts_one_on_one_for(sentence: str) -> str:
    """``a rota slot puts one volunteer on one task for the night (cooking, serving, ...), and
    afterwards we tick whether they showed up``: *each rota slot belongs to one volunteer; ...
    to one night; each rota slot has a task (cooking, serving, ...) and whether they showed up*."""
    match = _PUTS_ONE_ON_ONE_FOR.search(sentence)
    named = (match["record"], match["one"], match["two"]) if match else ()
    if match is None or not all(phrase_can_name_records(phrase) for phrase in named):
        return sentence
    listed = f"a {match['task']} {match['values']}"
    if match["more"]:
        listed = f"{listed} and {match['more']}"
    said = owned_and_listed(match["record"], (match["one"], match["two"]), listed)
    return said_in_place(sentence, match, said)


_CAN_ORDER_SEVERAL_EACH_WITH = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<one>{NOUN_PATTERN}?)\s+can\s+(?P<verb>order|book|choose|pick|"
    rf"select|"
    r"buy|reserve)\s+(?:several|many|one\s+or\s+more|any\s+number\s+of|multiple)\s+"
    rf"(?P<things>{NOUN_PATTERN}?s)(?:,\s+each)?\s+with\s+(?P<listed>(?:a|an|the|any|its)\s[^;]+)$"
)


@statement_by_statement
def can_order_several_each_with(sentence: str) -> str:
    """``a party can order several food options, each with a quantity and any allergy notes``:
    *each food option order belongs to one party; ... to one food option; each food option
    order has a quantity and any allergy notes*."""
    match = _CAN_ORDER_SEVERAL_EACH_WITH.match(sentence)
    if match is None or not all(phrase_can_name_records(match[g]) for g in ("one", "things")):
        return sentence
    thing = singular_phrase(match["things"])
    act = act_or_irregular_noun(match["verb"]) or match["verb"]
    return owned_and_listed(f"{thing} {act}", (match["one"], thing), match["listed"])


_BELONGS_TO_ONE_AND_A_DATE = re.compile(
    r"\b(?P<owned>belongs\s+to\s+(?:one|a|an)\s+[a-z][\w\-]*)\s+and\s+(?P<when>(?:a|an)\s+"
    r"(?:[a-z][\w\-]*\s+){0,2}(?:date|week|month|day))(?=,|$)"
)


@statement_by_statement
def belongs_to_one_and_a_date(sentence: str) -> str:
    """``a timesheet belongs to one cleaner and a week-commencing date, with ...``: *a timesheet
    belongs to one cleaner, with a week-commencing date, with ...*; a date is no one to belong
    to."""
    return _BELONGS_TO_ONE_AND_A_DATE.sub(r"\g<owned>, with \g<when>", sentence)


_FOR_EACH_ONE_AND_OTHER_WE_KEEP_ONE = re.compile(
    rf"^for\s+(?:each|every)\s+(?P<one>{NOUN_PATTERN}?)\s+and\s+(?:each\s+|every\s+)?"
    rf"(?P<other>{NOUN_PATTERN}?),?\s+(?:we|i)\s+(?:keep|record|hold|track|note|log)\s+(?:a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN}?)\s*:\s+(?P<listed>\S[^;]*)$"
)


@statement_by_statement
def for_each_one_and_other_we_keep_one(sentence: str) -> str:
    """``for every yard and floor type we keep a stock level: the number of panels on the shelf
    and the date they were last counted``: *each stock level belongs to one yard; each stock
    level belongs to one floor type; each stock level has ...*."""
    match = _FOR_EACH_ONE_AND_OTHER_WE_KEEP_ONE.match(sentence)
    if match is None:
        return sentence
    one, other, record = match["one"], match["other"], match["record"]
    if not all(phrase_can_name_records(p) for p in (one, other, record)) or one == other:
        return sentence
    return owned_and_listed(record, (one, other), match["listed"])


_FOR_EACH_ONE_AND_OTHER_WE_SET_A_LIST = re.compile(
    rf"^for\s+(?:each|every)\s+(?P<one>{NOUN_PATTERN}?)\s+and\s+(?:each\s+|every\s+)?"
    rf"(?P<other>{NOUN_PATTERN}?),?\s+(?:we|i)\s+(?:set|agree|fix|keep|record|note)\s+"
    r"(?P<listed>(?:a|an|the)\s+(?P<first>[a-z][\w\-]*)\s*,\s+[^;]*(?:,|\s+and\s)[^;]*)$"
)


@statement_by_statement
def for_each_one_and_other_we_set_a_list(sentence: str) -> str:
    """``for each model and repair we set a price, the usual turnaround in hours and the number
    of months of warranty``: *each repair price belongs to one model; each repair price belongs
    to one repair; each repair price has a price, ...*, a record of the pair named by the other
    and what is set first."""
    match = _FOR_EACH_ONE_AND_OTHER_WE_SET_A_LIST.match(sentence)
    if match is None:
        return sentence
    one, other, first = match["one"], match["other"], match["first"]
    if not all(phrase_can_name_records(p) for p in (one, other, first)) or one == other:
        return sentence
    return owned_and_listed(f"{other.split()[-1]} {first}", (one, other), match["listed"])
