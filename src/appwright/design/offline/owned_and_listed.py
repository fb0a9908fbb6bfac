"""A record told in one breath with the one it belongs to and a list:

- *a cake order ..., and belongs to a couple with their names and email*: the list is the
  couple's (*their*), the order only linked;
- *a correction request comes in against one transcript, noting who sent it, the date
  received and ..., and it is handled by one of our proofreaders*: the request's list, its
  transcript and its proofreader;
- *couples can comment on a sketch (the comment text and the date)*: a comment of the
  sketch's, with the list in the brackets.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import can_be_noun, can_name_records, verb_lemma

_BELONGS_TO_ONE_WITH_THEIR = re.compile(
    rf"\bbelongs\s+to\s+(?:a|an|one)\s+(?P<owner>{NOUN_PATTERN}?)\s+with\s+their\s+"
    r"(?P<listed>[^;]+)$"
)
_COMES_IN_AGAINST_ONE_NOTING = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<record>{NOUN_PATTERN})\s+(?:comes\s+in|is\s+raised|is\s+logged|"
    r"is\s+opened|arrives)\s+(?:against|for|on)\s+(?:a|an|one|the)\s+(?P<one>[a-z][\w\-]*),\s+"
    # "a bill is raised for one table, with a bill number, ..." is read well as it is
    r"(?:noting|recording|giving|showing)\s+(?P<listed>[^;]+?)"
    r"(?:,\s+and\s+it\s+(?P<rest>(?:is|gets|goes)\s[^;]+))?$"
)
_CAN_ACT_ON_ONE_LISTING = re.compile(
    r"^(?:the\s+)?(?P<who>[a-z][\w\-]*)\s+can\s+(?P<act>[a-z]+)\s+(?:on|about)\s+(?:a|an|any|each|"
    rf"their|the)\s+(?P<one>{NOUN_PATTERN})\s+\((?P<listed>(?:the|a|an|its|their)\s[^()]+)\)"
)


def belongs_to_one_with_their(sentence: str) -> str:
    """``..., and belongs to a couple with their names and email``: *..., and belongs to a
    couple; each couple has names and email*."""

    def theirs(part: str) -> str:
        said = _BELONGS_TO_ONE_WITH_THEIR.search(part)
        if said is None or not can_name_records(said["owner"].split()[-1]):
            return part
        owner = said["owner"]
        return f"{part[: said.end('owner')]}; each {owner} has {said['listed']}"

    return per_statement(sentence, theirs)


def comes_in_against_one_noting(sentence: str) -> str:
    """``a correction request comes in against one transcript, noting who sent it, ..., and
    it is handled by one of our proofreaders``: *each correction request belongs to one
    transcript; each correction request has who sent it, ...; each correction request is
    handled by one of our proofreaders*."""
    said = _COMES_IN_AGAINST_ONE_NOTING.match(sentence)
    if said is None or not can_name_records(said["record"].split()[-1], said["one"]):
        return sentence
    record = said["record"]
    told = [f"each {record} belongs to one {said['one']}", f"each {record} has {said['listed']}"]
    if said["rest"]:
        told.append(f"each {record} {said['rest']}")
    return "; ".join(told)


def can_act_on_one_listing(sentence: str) -> str:
    """``couples can comment on a sketch (the comment text and the date), but ...``: *each
    comment belongs to one sketch; each comment has the comment text and the date, but ...*."""
    said = _CAN_ACT_ON_ONE_LISTING.match(sentence)
    if said is None:
        return sentence
    lemma = verb_lemma(said["act"])
    if lemma is None:
        return sentence
    act = act_or_irregular_noun(lemma) or (lemma if can_be_noun(lemma) else None)
    if act is None or not can_name_records(act, said["one"].split()[-1], said["who"]):
        return sentence
    return (
        f"each {act} belongs to one {said['one']}; each {act} has {said['listed']}"
        f"{sentence[said.end() :]}"
    )
