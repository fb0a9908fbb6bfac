"""Records logged against another, written as records that point at it: *when a fault comes in
we log it against the boat with the date reported* is a fault of one boat with the date,
*defects are raised against a building by one of our surveyors* point at both, *each
certificate order hangs off a case* is the case's.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_name_records, is_plural, singular

_WHEN_ONE_COMES_IN_WE_LOG_IT = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:when|whenever|each\s+time|every\s+time|if|once)\s+(?:a|an)\s+"
    r"(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:comes\s+in|is\s+reported|gets\s+reported|arrives|"
    r"is\s+raised|turns\s+up|is\s+found|happens|is\s+made|is\s+spotted|is\s+logged)\s*,?\s+"
    r"(?:then\s+)?(?:we|i)\s+(?:log|record|note|enter|write\s+down|book|register)\s+it\s+"
    r"(?:(?:against|on|for|under|to)\s+(?:the|a|an|its|that)\s+(?P<owner>[a-z][\w\-]*)\s+)?"
    r"with\s+(?P<list>.+)$"
)


def when_one_comes_in_we_log_it(sentence: str) -> str:
    """``when a fault comes in we log it against the boat with the date reported, ...``:
    *each fault belongs to one boat; each fault has the date reported, ...*; the thing that
    came in is what is logged, with its list."""
    match = _WHEN_ONE_COMES_IN_WE_LOG_IT.search(sentence)
    if match is None or any(w in FUNCTION_WORDS for w in match["thing"].split()):
        return sentence
    thing, owner = match["thing"], match["owner"]
    lead = "; " if match["lead"] else ""
    kept = f"each {thing} has {match['list']}"
    if owner is not None and owner not in FUNCTION_WORDS and owner != thing.split()[-1]:
        kept = f"each {thing} belongs to one {owner}; {kept}"
    return sentence[: match.start()] + lead + kept


_DONE_AGAINST_ONE_BY_ANOTHER = re.compile(
    r"^(?:(?P<things>[a-z][\w\-]*s)\s+(?:are|get)|(?:a|an|each|every)\s+(?P<thing>[a-z][\w\-]*)\s+"
    r"(?:is|gets))\s+(?P<done>[a-z]+(?:ed|en|ne|wn))\s+"
    r"(?:against|on|for|to|about)\s+(?:a|an|one|the)\s+(?P<one>[a-z][\w\-]*)"
    r"(?:\s*\((?P<one_kept>[^()]+)\))?\s+by\s+"
    r"(?:one\s+of\s+(?:our|the|their)\s+(?P<many>[a-z][\w\-]*s)|(?:a|an|one|the)\s+(?P<other>[a-z][\w\-]*))"
    r"(?:\s+(?:who|that)\s+[a-z]+(?:\s+(?:it|them))?)?(?:\s*\((?P<other_kept>[^()]+)\))?"
    r",?\s+with\s+(?P<list>.+)$"
)
_KEPT_LIST = re.compile(r"^[a-z][\w\- ]*(?:(?:,|\s+and)\s+[a-z][\w\- ]*)+$")
"""What a bracket after a record lists of it: *(registration, make, model)*, *(name and phone)*."""


def done_against_one_by_another(sentence: str) -> str:
    """``defects are raised against a building by one of our surveyors, with where on the
    roof it is, ...``: *each defect belongs to one building; each defect is raised by one
    surveyor; each defect has where on the roof it is, ...*; the list is the record's, not the
    surveyor's, and the record points at both."""
    match = _DONE_AGAINST_ONE_BY_ANOTHER.match(sentence)
    if match is None or is_plural(match["thing"] or match["things"]) != bool(match["things"]):
        return sentence
    thing = singular(match["things"]) if match["things"] else match["thing"]
    one = match["one"]
    other = singular(match["many"]) if match["many"] else match["other"]
    if any(w in FUNCTION_WORDS for w in (thing, one, other)):
        return sentence
    # "a defect is logged against a coach (registration, make, model) by the driver who found
    # it (name and phone)": each bracket lists what the record before it keeps
    said = [f"each {thing} belongs to one {one}"]
    if match["one_kept"] and _KEPT_LIST.match(match["one_kept"]):
        said.append(f"each {one} has {match['one_kept']}")
    said.append(f"each {thing} is {match['done']} by one {other}")
    if match["other_kept"] and _KEPT_LIST.match(match["other_kept"]):
        said.append(f"each {other} has {match['other_kept']}")
    return "; ".join([*said, f"each {thing} has {match['list']}"])


_ONE_RECORDS_A_THING_AGAINST = re.compile(
    r"^(?:the|a|an|each|every)\s+(?P<who>[a-z][\w\-]*)"
    r"(?:\s+who\s+[a-z]+(?:\s+(?:out|in|round|over|by))?)?\s+"
    r"(?P<verb>records|logs|files|raises|writes\s+up|enters)\s+(?:a|an)\s+"
    r"(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:against|for|on)\s+(?:the|a|an|that)\s+"
    r"(?P<target>[a-z][\w\-]*)(?:,?\s+with\s+(?P<list>.+))?$"
)


def one_records_a_thing_against(sentence: str) -> str:
    """``the engineer who comes out records a service visit against the fault with the visit
    date, the parts replaced and the cost``: *each service visit is recorded by one engineer;
    each service visit is for one fault; each service visit has the visit date, ...*; one
    person's record, made against another record (a plural subject is read as people acting)."""
    return per_statement(sentence, _one_records_a_thing_against)


def _one_records_a_thing_against(sentence: str) -> str:
    match = _ONE_RECORDS_A_THING_AGAINST.match(sentence)
    if match is None:
        return sentence
    thing, who, target = match["thing"], match["who"], match["target"]
    if not can_name_records(who, target, *thing.split()) or is_plural(who) or who == target:
        return sentence
    said = f"each {thing} is recorded by one {who}; each {thing} is for one {target}"
    return f"{said}; each {thing} has {match['list']}" if match["list"] else said


_EACH_RECORDED_AGAINST = re.compile(
    r"^(?P<lead>(?:[a-z][\w\-]*\s+){1,4}?(?:in\s+)?(?:several|many|multiple|a\s+few)\s+)"
    r"(?P<many>[a-z][\w\-]*s),\s+each\s+(?:recorded|logged|kept|entered|noted)\s+against\s+"
    r"(?:the|a|an|one)\s+(?P<one>[a-z][\w\-]*)(?:\s+and\s+(?:the|a|an|one)\s+(?P<other>[a-z][\w\-]*))?"
    r"(?:,?\s+with\s+(?P<listed>.+))?$"
)


def each_recorded_against(sentence: str) -> str:
    """``parents may pay in several instalments, each recorded against the pupil and the trip
    with the amount, ...``: *each payment belongs to one pupil; each payment belongs to one
    trip; each payment has the amount, ...*; what is recorded against both is a record of
    each, named by the act where it is paying (an instalment is a payment)."""
    match = _EACH_RECORDED_AGAINST.match(sentence)
    if match is None or not can_name_records(match["many"], match["one"], match["other"] or "one"):
        return sentence
    paid = re.search(r"\bpay\s+in\s", match["lead"]) is not None
    record = "payment" if paid else singular(match["many"])
    said = [f"each {record} belongs to one {match['one']}"]
    if match["other"]:
        said.append(f"each {record} belongs to one {match['other']}")
    if match["listed"]:
        said.append(f"each {record} has {match['listed']}")
    return "; ".join(said)


_WE_ADD_THE_ONES_TO = re.compile(
    r"^(?:as\s+we\s+[a-z]+,?\s+|then\s+|and\s+)?(?:we|i)\s+(?:add|attach|link)\s+the\s+"
    r"(?P<things>[a-z][\w\-]*s)\s+(?:we|i)\s+(?:find|trace|identify|meet)\s+to\s+the\s+"
    r"(?P<owner>[a-z][\w\-]*)\s*:\s+(?P<listed>.+)$"
)


def we_add_the_ones_to(sentence: str) -> str:
    """``as we dig, we add the heirs we find to the case: name, an email, ...``: *each heir
    belongs to one case; each heir has name, an email, ...*; what is added to a record is its."""
    match = _WE_ADD_THE_ONES_TO.match(sentence)
    if match is None or not can_name_records(singular(match["things"]), match["owner"]):
        return sentence
    thing = singular(match["things"])
    return f"each {thing} belongs to one {match['owner']}; each {thing} has {match['listed']}"


_HANGS_OFF = re.compile(
    r"\b(?P<one>(?:each|every|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:hangs\s+off|sits\s+under|lives\s+under|is\s+attached\s+to|hangs\s+from)\s+"
    r"(?:a|an|one|the)\s+(?P<owner>[a-z][\w\-]*)\s+with\s+(?P<listed>.+)$"
)


def hangs_off_one(sentence: str) -> str:
    """``so each certificate order hangs off a case with its type, the cost and ...``: *each
    certificate order belongs to one case; each certificate order has its type, ...*."""
    match = _HANGS_OFF.search(sentence)
    if match is None or not can_name_records(match["one"].split()[-1], match["owner"]):
        return sentence
    one = f"each {match['one'].split(maxsplit=1)[1]}"
    return (
        f"{sentence[: match.start()]}{one} belongs to one {match['owner']}; "
        f"{one} has {match['listed']}"
    )


_THEY_LOG_THEM_AGAINST = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:(?:and\s+)?(?:on|at)\s+the\s+(?:night|day)\s+)?"
    r"(?:they|we|i|members|staff)\s+"
    r"(?:log|record|enter|add)\s+(?P<things>[a-z][\w\-]*s)\s+against\s+the\s+(?P<owner>[a-z][\w\-]*)"
    r"\s*:\s+(?:which\s+(?P<which>[a-z][\w\-]*)\s+(?:they|we|i)\s+[a-z]+(?:\s+at|\s+on|\s+for)?,\s+)?"
    r"(?P<listed>.+?)(?:,\s+where\s+(?P<others>[a-z][\w\-]*s)\s+come\s+from\s+(?:our|the|a)\s+list\s+"
    r"with\s+(?P<kept>.+))?$"
)


def they_log_them_against(sentence: str) -> str:
    """``on the night they log observations against the session: which target they looked at,
    the seeing and a link to a photo, where targets come from our list with a name and a
    type``: *each observation belongs to one session; each observation belongs to one target;
    each observation has the seeing and a link to a photo; targets have a name and a type*."""
    match = _THEY_LOG_THEM_AGAINST.search(sentence)
    if match is None or not can_name_records(singular(match["things"]), match["owner"]):
        return sentence
    thing = singular(match["things"])
    said = [f"each {thing} belongs to one {match['owner']}"]
    if match["which"]:
        said.append(f"each {thing} belongs to one {match['which']}")
    said.append(f"each {thing} has {match['listed']}")
    if match["others"]:
        said.append(f"{match['others']} have {match['kept']}")
    before = sentence[: match.start()]
    return "; ".join([before, *said] if before else said)
