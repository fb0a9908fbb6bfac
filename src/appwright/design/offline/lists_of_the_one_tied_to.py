"""Lists of the one a record is tied to, said in the clause that ties them, written out plainly.

- *then it is handed to one of the mechanics, who we would just keep with a name and ...*;
  *each session has ... and a staff member running it, and for staff we only need a name*:
  the list is the mechanic's, the staff member's;
- *each session is for one show (all we need there is the title and ...)*; *the bag belongs to
  a customer, and for them we only need ...*; *each hire belongs to a customer, where we want
  their ..., and to the trip ..., which is only a date and ...*: the list is the show's, the
  customer's, the trip's;
- *the sale is recorded against the phone ..., and it is linked to the buyer, who we keep on
  file with ...*; *an incident is linked to the event (date and event number) and, when a
  runner was involved, to that runner with ...*: the record belongs to each, and each list is
  the one it follows.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import statement_by_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    can_name_records,
    phrase_can_name_records,
    singular_phrase,
)

_WHO_WE_KEEP_WITH = re.compile(
    r"^(?P<head>[^;]*?\bone\s+of\s+(?:the|our)\s+(?P<many>[a-z][\w\-]*s)),\s+who(?:m)?\s+"
    r"(?:we|i)\s+(?:would\s+|will\s+|can\s+)?(?:just\s+|only\s+)?(?:keep|store|hold|record|"
    r"need|list)\s+with\s+(?P<listed>(?:a|an|the|their)\s.+)$"
)


@statement_by_statement
def who_we_keep_with(sentence: str) -> str:
    """``then it is handed to one of the mechanics, who we would just keep with a name and an
    hourly rate``: *then it is handed to one of the mechanics; each mechanic has a name and an
    hourly rate*."""
    match = _WHO_WE_KEEP_WITH.match(sentence)
    if match is None:
        return sentence
    one = singular_phrase(match["many"])
    if one == match["many"] or not can_name_records(one):
        return sentence
    return f"{match['head']}; each {one} has {match['listed']}"


_IS_FOR_ONE_ALL_WE_NEED = re.compile(
    rf"^(?P<head>(?:each|every|a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+is\s+for\s+one\s+"
    rf"(?P<one>{NOUN_PATTERN}?))\s+\((?:and\s+)?(?:all|what)\s+(?:we|i)\s+need\s+(?:there|for\s+it|"
    r"for\s+them|on\s+it)\s+is\s+(?P<listed>(?:a|an|the|its|their)\s[^()]+)\)(?P<rest>.*)$"
)
_BOUGHT_FOR_ONE_GOES_DOWN_AS = re.compile(
    r"^,?\s*(?:and\s+)?(?:anything|everything|whatever)\s+(?:we|they|you)\s+[a-z]+\s+for\s+"
    rf"(?:a|an|the|each|that)\s+(?P<one>{NOUN_PATTERN}?)\s+(?:goes|is)\s+(?:down|in|on)\s+as\s+"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+with\s+(?P<listed>[a-z].+)$"
)


@statement_by_statement
def is_for_one_all_we_need(sentence: str) -> str:
    """``each session is for one show (all we need there is the title and the get-in date),
    and anything we buy for a session goes down as a purchase with the item, ...``: *each show
    has the title and the get-in date; each session is for one show; each purchase belongs to
    one session; each purchase has the item, ...*."""
    match = _IS_FOR_ONE_ALL_WE_NEED.match(sentence)
    if match is None or not phrase_can_name_records(match["one"]):
        return sentence
    said = [f"each {match['one']} has {match['listed']}", match["head"]]
    bought = _BOUGHT_FOR_ONE_GOES_DOWN_AS.match(match["rest"])
    if bought and phrase_can_name_records(bought["record"]):
        record = bought["record"]
        said += [
            f"each {record} belongs to one {bought['one']}",
            f"each {record} has {bought['listed']}",
        ]
    elif match["rest"].strip():
        said.append(match["rest"].strip(" ,"))
    return "; ".join(said)


_BELONGS_TO_ONE_AND_FOR_THEM = re.compile(
    r"^(?P<head>[^;]*?\bbelongs?\s+to\s+(?:a|an|one|the)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)),\s+and\s+for\s+(?:them|it|those|these)\s+(?:we|i)\s+"
    r"(?:only\s+|just\s+)?(?:need|keep|want|store|take|record)\s+"
    r"(?P<listed>(?:a|an|the|their|its)\s.+)$"
)


@statement_by_statement
def belongs_to_one_and_for_them(sentence: str) -> str:
    """``the bag belongs to a customer, and for them we only need a name, a phone number and
    an email``: *the bag belongs to a customer; each customer has a name, ...*."""
    match = _BELONGS_TO_ONE_AND_FOR_THEM.match(sentence)
    if match is None or not phrase_can_name_records(match["one"]):
        return sentence
    return f"{match['head']}; each {match['one']} has {match['listed']}"


_LINKED_TO_THE_ONE_WHO_WE_KEEP = re.compile(
    r"^(?P<head>[^;]+?),\s+and\s+(?:it|they)\s+(?:is|are)\s+(?:linked|tied)\s+to\s+the\s+"
    rf"(?P<one>{NOUN_PATTERN}?),\s+who(?:m)?\s+(?:we|i)\s+(?:keep|hold|store)\s+(?:on\s+file\s+)?"
    r"with\s+(?P<listed>(?:a|an|the|their)\s[^;]+?)(?:\s+(?:because|as|since|so)\s+[^;]+)?$"
)


_RECORDED_IN_THE_HEAD = re.compile(
    rf"\b(?:the|each|a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+is\s+(?:recorded|logged|kept|entered|"
    r"written\s+up)\s"
)


@statement_by_statement
def linked_to_the_one_who_we_keep(sentence: str) -> str:
    """``the sale is recorded against the phone with ..., and it is linked to the buyer, who we
    keep on file with a name and email because several come back``: *the sale is recorded
    against the phone with ...; each buyer has a name and email; each sale belongs to one
    buyer*."""
    match = _LINKED_TO_THE_ONE_WHO_WE_KEEP.match(sentence)
    if match is None or not phrase_can_name_records(match["one"]):
        return sentence
    one, head = match["one"], match["head"]
    said = f"each {one} has {match['listed']}"
    recorded = _RECORDED_IN_THE_HEAD.search(head)
    if recorded and phrase_can_name_records(recorded["record"]):
        # "the sale is recorded against the phone ..., and it is linked to the buyer": the sale's
        return f"{head}; {said}; each {recorded['record']} belongs to one {one}"
    return f"{head}, and it is linked to the {one}; {said}"


_LINKED_TO_ONE_AND_WHEN_TO_ANOTHER = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<record>{NOUN_PATTERN}?)\s+is\s+(?:linked|tied)\s+to\s+the\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+\((?P<one_listed>[^()]+)\)\s+and,?\s+(?:(?:when|if|where)\s+"
    rf"[^,;]+,\s+)?"
    rf"to\s+(?:that|the|a|an)\s+(?P<two>{NOUN_PATTERN}?)\s+with\s+(?P<two_listed>[a-z][^;]+)$"
)

_BELONGS_TO_ONE_WHERE_AND_TO_ANOTHER = re.compile(
    rf"^(?:each|every|a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+belongs\s+to\s+(?:a|an|one|the)\s+"
    rf"(?P<one>{NOUN_PATTERN}?),\s+(?:where|for\s+whom)\s+(?:we|i)\s+(?:just\s+|only\s+)?(?:want|"
    rf"need|"
    r"keep|take)\s+(?P<one_listed>(?:a|an|the|their|its)\s[^;]+?),\s+and\s+to\s+(?:the|a|an)\s+"
    rf"(?P<two>{NOUN_PATTERN}?)(?:\s+(?:they|it|that|which)\s+[^,;]+?)?,\s+which\s+(?:for\s+us\s+"
    rf")?is\s+"
    r"(?:only\s+|just\s+|simply\s+)?(?P<two_listed>(?:a|an|the|its)\s[^;]+)$"
)


@statement_by_statement
def tied_to_two_each_with_its_list(sentence: str) -> str:
    """``an incident is linked to the event (date and event number) and, when a runner was
    involved, to that runner with their name and ...``: *each event has date and event
    number; each runner has their name and ...; each incident belongs to one event; each
    incident belongs to one runner*; and ``each hire belongs to a customer, where we want their
    name and phone, and to the trip they are going out on, which is only a date and a sailing
    time``."""
    match = _LINKED_TO_ONE_AND_WHEN_TO_ANOTHER.match(
        sentence
    ) or _BELONGS_TO_ONE_WHERE_AND_TO_ANOTHER.match(sentence)
    if match is None:
        return sentence
    record, one, two = match["record"], match["one"], match["two"]
    if not all(phrase_can_name_records(phrase) for phrase in (record, one, two)):
        return sentence
    return (
        f"each {one} has {match['one_listed']}; each {two} has {match['two_listed']}; "
        f"each {record} belongs to one {one}; each {record} belongs to one {two}"
    )


_ONE_RUNNING_IT_AND_FOR_THOSE = re.compile(
    r"^(?P<head>.*\b(?:a|an|one|the)\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))\s+(?:running|"
    r"leading|taking|doing|in\s+charge\s+of)\s+it,\s+and\s+for\s+(?:the\s+"
    r")?(?P<group>[a-z][\w\-]*)\s+"
    r"(?:we|i)\s+(?:only\s+|just\s+)?(?:need|keep|want)\s+(?P<listed>(?:a|an|the|their)\s[^;]+)$"
)


@statement_by_statement
def one_running_it_and_for_those(sentence: str) -> str:
    """``each session has a date, ... and a staff member running it, and for staff we only need
    a name``: *each session has a date, ... and a staff member; each staff member has a name*;
    who runs it is a record of its own."""
    match = _ONE_RUNNING_IT_AND_FOR_THOSE.match(sentence)
    if match is None:
        return sentence
    who = match["who"]
    if match["group"] not in who.split() and singular_phrase(match["group"]) not in who.split():
        return sentence
    if not phrase_can_name_records(who):
        return sentence
    return f"{match['head']}; each {who} has {match['listed']}"


_HANDLED_BY_SOMEONE_FROM_THE_TEAM = re.compile(
    rf"^(?:each|every|a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+is\s+(?:handled|checked|done|run|"
    r"dealt\s+with|signed\s+off|reviewed|looked\s+after)\s+by\s+(?:someone|somebody|one|a\s+"
    r"member)\s+"
    r"(?:from|of|on|in)\s+the\s+(?P<team>(?:[a-z][\w\-]*\s+)?(?:team|committee|office|crew))\s+"
    r"\((?P<listed>[^()]+)\)(?:,\s+and\s+(?P<rest>[^;]+))?$"
)


@statement_by_statement
def handled_by_someone_from_the_team(sentence: str) -> str:
    """``each claim is handled by someone from the results team (name), and we want ...``:
    *each results team member has name; each claim belongs to one results team member; we
    want ...*; who in the team handles it is a record of its own."""
    match = _HANDLED_BY_SOMEONE_FROM_THE_TEAM.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    member = f"{match['team']} member"
    said = [
        f"each {member} has {match['listed']}",
        f"each {match['record']} belongs to one {member}",
    ]
    return "; ".join([*said, *([match["rest"]] if match["rest"] else [])])
