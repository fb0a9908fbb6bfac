"""Records said with their owners in one clause, written out one fact at a time.

- *each stay is one guest in one of our units (units just have a name) with a checkout
  date*: a stay belongs to a guest and to a unit, and has a checkout date;
- *the customers are mostly businesses, so we hold the company name, ...*: each customer has
  that list;
- *a report can lead to one or more repair jobs, each done by a repairer (name, trade,
  phone) with a cost and a finish date*: each repair job belongs to a report and to a
  repairer, and has a cost and a finish date;
- *each child sits under a parent account holding the parent's name, ...*: each child
  belongs to one parent account, which has that list;
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import can_name_records, phrase_can_name_records, singular

_IS_ONE_IN_ONE_OF_OURS = re.compile(
    r"^(?P<before>(?:[^;]*?(?:,\s+and|;)\s+)?)"
    rf"(?:each|every|a|an)\s+(?P<record>{NOUN_PATTERN})\s+is\s+(?:one|a|an)\s+"
    rf"(?P<one>[a-z][\w\-]*)\s+"
    r"(?:in|at|on|for|with)\s+(?:one\s+of\s+(?:our|the)\s+(?P<others>[a-z][\w\-]*s)|(?:one|a|an)\s+"
    r"(?P<other>[a-z][\w\-]*))(?:\s*\((?P<aside>[^()]*)\))?(?:\s+with\s+(?P<listed>(?:a|an|the|"
    r"its)\s.+))?$"
)


def is_one_in_one_of_ours(sentence: str) -> str:
    """``each stay is one guest in one of our units (units just have a name) with a checkout
    date``: *each stay belongs to one guest; each stay belongs to one unit; units just have a
    name; each stay has a checkout date*."""
    match = _IS_ONE_IN_ONE_OF_OURS.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    other = match["other"] or singular(match["others"])
    if not phrase_can_name_records(record) or not can_name_records(one, other):
        return sentence
    said = [f"each {record} belongs to one {one}", f"each {record} belongs to one {other}"]
    if match["before"]:
        said.insert(0, re.sub(r"(?:,\s+and|;)\s+$", "", match["before"]))
    if match["aside"]:
        said.append(match["aside"])
    if match["listed"]:
        said.append(f"each {record} has {match['listed']}")
    return "; ".join(said)


_MOSTLY_SO_WE_HOLD = re.compile(
    r"^(?:the|our)\s+(?P<many>[a-z][\w\-]*s)\s+are\s+(?:(?:mostly|all|usually|largely|generally|"
    r"often|nearly\s+all|almost\s+all)\s+)?[^,;:]+,\s+so\s+(?:we|i)\s+(?:hold|keep|record|store|"
    r"take|need|have|ask\s+for)\s+(?P<listed>(?:a|an|the|their|its)\s.+)$"
)


def mostly_so_we_hold(sentence: str) -> str:
    """``the customers are mostly businesses, so we hold the company name, a contact email and
    their vat number``: *each customer has the company name, ...*; what they mostly are is why
    the list is what it is."""
    if ";" in sentence:
        return per_statement(sentence, mostly_so_we_hold)
    match = _MOSTLY_SO_WE_HOLD.match(sentence)
    if match is None:
        return sentence
    one = singular(match["many"])
    if one == match["many"] or not can_name_records(one):
        return sentence
    return f"each {one} has {match['listed']}"


_SEVERAL_EACH_DONE_BY_ONE = re.compile(
    r"^(?:a|an|each|every|the)\s+(?P<whole>[a-z][\w\-]*)\s+(?:can|may|will|could)\s+(?:lead\s+to|"
    r"have|get|need|generate|produce|end\s+up\s+with)\s+(?:one\s+or\s+more|several|many|multiple|"
    rf"any\s+number\s+of)\s+(?P<many>{NOUN_PATTERN}?s),\s+each\s+(?:done|carried\s+out|handled|"
    r"made|fixed|run|led|taken)\s+by\s+(?:a|an|one)\s+(?P<doer>[a-z][\w\-]*)"
    r"(?:\s*\((?P<doers_list>[^()]*)\))?\s+with\s+(?P<listed>(?:a|an|the|its)\s.+)$"
)


def several_each_done_by_one(sentence: str) -> str:
    """``a report can lead to one or more repair jobs, each done by a repairer (name, trade,
    phone) with a cost and a finish date``: *each repair job belongs to one report; each repair
    job belongs to one repairer; each repairer has name, trade, phone; each repair job has a
    cost and a finish date*."""
    if ";" in sentence:
        return per_statement(sentence, several_each_done_by_one)
    match = _SEVERAL_EACH_DONE_BY_ONE.match(sentence)
    if match is None:
        return sentence
    *head, last = match["many"].split()
    record, whole, doer = " ".join([*head, singular(last)]), match["whole"], match["doer"]
    if not phrase_can_name_records(record) or not can_name_records(whole, doer):
        return sentence
    said = [f"each {record} belongs to one {whole}", f"each {record} belongs to one {doer}"]
    if match["doers_list"]:
        said.append(f"each {doer} has {match['doers_list']}")
    said.append(f"each {record} has {match['listed']}")
    return "; ".join(said)


_UNDER_ONE_HOLDING = re.compile(
    rf"^(?:each|every|a|an)\s+(?P<record>{NOUN_PATTERN})\s+(?:sits|is|comes|goes|falls)\s+under\s+"
    rf"(?:a|an|one)\s+(?P<owner>{NOUN_PATTERN})\s+(?:holding|keeping|that\s+holds|which\s+holds)\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s.+)$"
)


def under_one_holding(sentence: str) -> str:
    """``each child sits under a parent account holding the parent's name, mobile number and
    email``: *each child belongs to one parent account; each parent account has the parent's
    name, ...*; with *with* the list is the child's (*each drawing sits under a project with a
    revision letter, ...*), left to its readers."""
    if ";" in sentence:
        return per_statement(sentence, under_one_holding)
    match = _UNDER_ONE_HOLDING.match(sentence)
    if match is None:
        return sentence
    record, owner = match["record"], match["owner"]
    if not phrase_can_name_records(record) or not phrase_can_name_records(owner):
        return sentence
    return f"each {record} belongs to one {owner}; each {owner} has {match['listed']}"
