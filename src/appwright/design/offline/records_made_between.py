"""Records of what one does with another, told by what is noted of it.

- *at the end of the month we sit down with each maker and do a settlement - ...*, *a wellbeing
  volunteer sits down with a member over a cuppa and logs a check-in: ...*: a record of both;
- *a supervisor inducts one member on one machine at a time, and we record ...*, *when a
  volunteer signs a member off on a tool we record ...*: the act, named as a noun, of all three;
- *the member reporting gives a description, ..., and the fault then runs from ...*: the record
  the one doing it gives the list of;
- *a job comes in from a requester, where we take ..., and the job itself gets ...*: two lists;
- *one member leads each job, and any number of other members can sign up*: the one who leads;
- *when a customer walks out with a bottle that is a loan, and we note ...*: a loan of both;
- *when a staff member signs out a radio for a shift we note ...*: a sign-out of both;
- *staff can put in a holiday request with their first and last day off*: the request, theirs.

`TOLD_WITH_WHAT_WE_DO` runs them.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import act_noun
from appwright.design.offline.clause_rewrites import (
    owned_as_matched,
    owned_if_named,
    statement_by_statement,
)
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    phrase_can_name_records,
    singular_phrase,
    verb_lemma,
)

_DONE_WITH_EACH = re.compile(
    r"^(?:then\s+)?(?:(?:at|by)\s+the\s+end\s+of\s+(?:the|each|every)\s+[a-z]+,?\s+)?(?:we|i)\s+"
    r"(?:sit\s+down|meet\s+up|meet|go\s+through\s+it)\s+with\s+(?:each|every)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+and\s+(?:do|draw\s+up|make|write\s+up|agree)\s+(?:a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN}?)\s*(?:-|:|,\s+with)\s+(?P<listed>[^;:]+)$"
)


@statement_by_statement
def done_with_each(sentence: str) -> str:
    """``at the end of the month we sit down with each maker and do a settlement - units sold,
    units going back, ...``: *each settlement belongs to one maker; each settlement has units
    sold, ...*."""
    return owned_as_matched(_DONE_WITH_EACH.match(sentence), sentence)


_THE_ONE_DOING_IT_GIVES = re.compile(
    r"^the\s+(?P<who>[a-z][\w\-]*)\s+(?P<doing>[a-z]+ing)(?:\s+it)?\s+(?:gives|provides|fills\s+in|"
    r"tells\s+us)\s+(?P<listed>(?:a|an|the|their|its)\s[^;:]+?),?\s+and\s+the\s+"
    rf"(?P<record>{NOUN_PATTERN}?)\s+(?:then\s+)?(?P<rest>(?:runs|moves|goes|passes)\s.+)$"
)


@statement_by_statement
def the_one_doing_it_gives(sentence: str) -> str:
    """``the member reporting gives a description, the date and ..., and the fault then runs
    from reported ...``: *each fault belongs to one member; each fault has a description, ...;
    the fault runs from reported ...*; what the one doing it gives is the record's."""
    match = _THE_ONE_DOING_IT_GIVES.match(sentence)
    if match is None or not phrase_can_name_records(match["who"]):
        return sentence
    record = match["record"]
    if not phrase_can_name_records(record):
        return sentence
    return (
        f"each {record} belongs to one {match['who']}; each {record} has {match['listed']}; "
        f"the {record} {match['rest']}"
    )


_SITS_DOWN_WITH_ONE_AND_LOGS = re.compile(
    r"^(?:(?:each|every|once)\s+(?:few\s+|other\s+|couple\s+of\s+)?[a-z]+\s+)?(?:a|an|the)\s+"
    rf"(?P<who>{NOUN_PATTERN}?)\s+(?:sits\s+down|meets\s+up|meets|catches\s+up|checks\s+in)\s+"
    rf"with\s+(?:a|an|each|every)\s+(?P<one>{NOUN_PATTERN}?)(?:\s+over\s+[^,:;]+?)?,?\s+and\s+"
    r"(?:logs|records|writes\s+up|fills\s+in|notes)\s+(?:a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN}?):\s+(?P<listed>[^;:]+)$"
)


@statement_by_statement
def sits_down_with_one_and_logs(sentence: str) -> str:
    """``every few weeks a wellbeing volunteer sits down with a member over a cuppa and logs a
    check-in: the date, ...``: *each check-in belongs to one wellbeing volunteer; each check-in
    belongs to one member; each check-in has the date, ...*."""
    match = _SITS_DOWN_WITH_ONE_AND_LOGS.match(sentence)
    return owned_as_matched(match, sentence, ("who", "one"))


_ONE_ACTS_ON_ONE_AT_A_TIME = re.compile(
    rf"^(?:a|an|the)\s+(?P<who>{NOUN_PATTERN}?)\s+(?P<acts>[a-z]+s)\s+one\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+(?:on|in|at|for|to|with)\s+one\s+(?P<other>{NOUN_PATTERN}?)"
    r"(?:\s+at\s+a\s+time)?,?\s+and\s+(?:we|i)\s+(?:would\s+)?"
    r"(?:record|note|log|keep|write\s+down)\s+"
    r"(?P<listed>(?:a|an|the|their|its|whether|when|how)\s[^;:]+)$"
)
_WHEN_ONE_ACTS_ON_ONE = re.compile(
    rf"^when\s+(?:a|an|the)\s+(?P<who>{NOUN_PATTERN}?)\s+(?P<acts>[a-z]+s)\s+(?:a|an)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+(?P<particle>off|in|up|out)\s+(?:on|for|to|at)\s+(?:a|an)\s+"
    rf"(?P<other>{NOUN_PATTERN}?),?\s+(?:we|i)\s+(?:would\s+)?(?:record|note|log|keep)\s+"
    r"(?P<listed>(?:a|an|the|their|its|whether|when|how|any)\s[^;:]+?)(?:,\s+so\s+[^;:]+)?$"
)

_WHEN_ONE_ACTS_OUT_ON_ONE = re.compile(
    rf"^when\s+(?:a|an|the)\s+(?P<who>{NOUN_PATTERN}?)\s+(?P<acts>[a-z]+s)\s+"
    r"(?P<particle>off|in|up|out)\s+(?:a|an|the)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)(?:\s+for\s+(?:a|an|the)\s+(?P<other>[a-z][\w\-]*))?,?\s+(?:we|i)\s+"
    r"(?:would\s+)?(?:record|note|log|keep)\s+"
    r"(?P<listed>(?:a|an|the|their|its|whether|when|how|any)\s[^;:]+?)(?:,\s+so\s+[^;:]+)?$"
)

_WHILE_IT_LASTS = TIME_WORDS | frozenset(["shift", "session", "weekend"])
"""*signs out a radio for a shift*: how long it is out, not whose the sign-out is."""


@statement_by_statement
def one_acts_on_one_at_a_time(sentence: str) -> str:
    """``a supervisor inducts one member on one machine at a time, and we record the date,
    ...``: *each induction belongs to one supervisor, one member and one machine, and has the
    date, ...*; the act, named as a noun, is the record; so is ``when a volunteer signs a
    member off on a tool we record the date, ...`` (a sign-off), and ``when a staff member
    signs out a radio for a shift we note the time out, ...`` (a sign-out)."""
    match = (
        _ONE_ACTS_ON_ONE_AT_A_TIME.match(sentence)
        or _WHEN_ONE_ACTS_ON_ONE.match(sentence)
        or _WHEN_ONE_ACTS_OUT_ON_ONE.match(sentence)
    )
    lemma = verb_lemma(match["acts"]) if match else None
    if match is None or lemma is None:
        return sentence
    particle = match.groupdict().get("particle")
    act = f"{lemma}-{particle}" if particle else None  # "signs ... off": a sign-off
    if act is None and lemma != match["acts"]:
        act = act_noun(lemma)
    if act is None:
        return sentence
    other = match.groupdict().get("other")
    if other in _WHILE_IT_LASTS:
        other = None
    ones = tuple(one for one in (match["who"], match["one"], other) if one)
    return owned_if_named(act, ones, match["listed"], sentence)


_COMES_IN_FROM_WHERE_WE_TAKE = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<record>{NOUN_PATTERN}?)\s+comes\s+in\s+from\s+(?:a|an)\s+"
    rf"(?P<one>{NOUN_PATTERN}?),\s+(?:where|for\s+whom|of\s+whom)\s+(?:we|i)\s+(?:take|note|record|"
    r"get|keep|ask\s+for)\s+(?P<theirs>(?:a|an|the|their|its)\s[^;:]+?),\s+and\s+the\s+"
    r"(?P=record)\s+(?:itself\s+)?(?:gets|has|holds|carries)\s+"
    r"(?P<listed>(?:a|an|the|its)\s[^;:]+)$"
)


@statement_by_statement
def comes_in_from_one_where_we_take(sentence: str) -> str:
    """``a job comes in from a requester, where we take the organisation name, ..., and the job
    itself gets a title, ...``: *each job belongs to one requester; each requester has the
    organisation name, ...; each job has a title, ...*."""
    match = _COMES_IN_FROM_WHERE_WE_TAKE.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if not phrase_can_name_records(record) or not phrase_can_name_records(one):
        return sentence
    return (
        f"each {record} belongs to one {one}; each {one} has {match['theirs']}; "
        f"each {record} has {match['listed']}"
    )


_ONE_LEADS_EACH = re.compile(
    r"^one\s+(?P<one>[a-z][\w\-]*)\s+(?:leads|runs|heads|manages|owns)\s+(?:each|every)\s+"
    rf"(?P<record>{NOUN_PATTERN}?),\s+and\s+(?:any\s+number\s+of|several|many|a\s+few)\s+other\s+"
    r"(?P<others>[a-z][\w\-]*s)\s+(?:can|may)\s+[^;:]+$"
)


@statement_by_statement
def one_leads_each(sentence: str) -> str:
    """``one member leads each job, and any number of other members can sign up to help on
    it``: *each job is led by one member*; the others are the same records, not one of their
    own."""
    match = _ONE_LEADS_EACH.match(sentence)
    if match is None or singular_phrase(match["others"]) != match["one"]:
        return sentence
    if not phrase_can_name_records(match["record"]):
        return sentence
    return f"each {match['record']} is led by one {match['one']}"


_WALKS_OUT_WITH_ONE = re.compile(
    rf"^when\s+(?:a|an)\s+(?P<who>{NOUN_PATTERN}?)\s+(?:walks\s+out|leaves|goes\s+off|goes\s+home|"
    rf"drives\s+off|heads\s+off)\s+with\s+(?:a|an|one)\s+(?P<what>{NOUN_PATTERN}?),?\s+"
    rf"(?:that\s+is|that\s+counts\s+as|it\s+is)\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?),?\s+"
    r"(?:and\s+)?(?:we|i)\s+(?:would\s+)?(?:note|record|log|write\s+down|take)\s+"
    r"(?P<listed>(?:a|an|the|their|its|whether)\s[^;:]+?)"
    r"(?:,?\s+then\s+when\s+(?:they|he|she)\s+(?:bring|brings|return|returns)\s+it\s+back,?\s+"
    r"(?P<later>(?:a|an|the|their|its|whether)\s[^;:]+))?$"
)


@statement_by_statement
def walks_out_with_one(sentence: str) -> str:
    """``when a customer walks out with a bottle that is a loan, and we note the date it went
    out, ..., then when they bring it back the return date and ...``: *each loan belongs to one
    customer; each loan belongs to one bottle; each loan has the date it went out, ..., the
    return date and ...*."""
    match = _WALKS_OUT_WITH_ONE.match(sentence)
    if match is None:
        return sentence
    listed = match["listed"] + (f", {match['later']}" if match["later"] else "")
    return owned_if_named(match["record"], (match["who"], match["what"]), listed, sentence)


_PUT_IN_BY_THEM = re.compile(
    rf"^(?P<many>{NOUN_PATTERN}?)\s+(?:can|may)\s+(?:put\s+in|submit|raise|send\s+in|make|file)"
    rf"\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+with\s+(?:their|his|her)\s+"
    r"(?P<listed>[a-z][^;:]+)$"
)


@statement_by_statement
def put_in_by_them(sentence: str) -> str:
    """``staff can put in a holiday request with their first and last day off``: *each holiday
    request belongs to one staff; each holiday request has first and last day off*; what they
    put in is a record of theirs."""
    match = _PUT_IN_BY_THEM.match(sentence)
    if match is None or match["many"] in ("we", "i", "you", "they", "people"):
        return sentence
    one = singular_phrase(match["many"])
    return owned_if_named(match["record"], (one,), match["listed"], sentence)
