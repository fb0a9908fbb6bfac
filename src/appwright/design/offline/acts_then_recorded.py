"""Records told as an act on one, then what is written down:

- *before every session a member of staff checks an item and records the date, ...* is a check
  of the item's with that list, none of the staff member's;
- *when our engineer inspects a component they log the inspection date, ...* is an inspection
  of the component's;
- *..., and any defect they find is attached to that inspection with ...* and *a failed
  inspection can lead to a repair job with ...* are the inspection's defects and repair jobs;
- *each generator hire links a generator to a booking, records the fuel level ..., and moves
  from reserved to ...* is a hire with two links, its list and its steps.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.word_forms import can_name_records, verb_lemma

_ACTS_ON_ONE_AND_RECORDS = re.compile(
    # "before every session": done each time, a record; "a porter checks each storeroom and
    # records the date" alone is the storeroom's list
    r"^(?:before|after|at|during)\s+(?:every|each)\s+[a-z][\w\-]*,?\s+"
    r"(?:(?:a|an|the|one\s+of\s+our)\s+[a-z][\w\-]*(?:\s+of\s+staff|\s+[a-z][\w\-]*)?|staff)\s+"
    r"(?P<acts>[a-z]+s)\s+(?:a|an|each|every|the)\s+(?P<one>[a-z][\w\-]*)\s+and\s+"
    r"(?:records|notes|logs|writes\s+down|notes\s+down)\s+"
    r"(?P<listed>(?:the|a|an|its|their|which|whether|how)\s.+)$"
)


_WHEN_ONE_ACTS_THEY_LOG = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time)\s+(?:our|the|a|an|one\s+of\s+our)\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?P<acts>[a-z]+s)\s+(?:a|an|each|every|the)\s+"
    r"(?P<one>[a-z][\w\-]*),?\s+(?:they|he|she)\s+(?:log|record|note|write\s+down)\s+"
    r"(?P<listed>(?:the|its|their|which|whether|how)\s.+)$"
)
_ANY_THEY_FIND_IS_ATTACHED = re.compile(
    r"(?P<lead>,\s+and\s+)?\bany\s+(?P<record>[a-z][\w\-]*)\s+(?:they|we|he|she)\s+"
    r"(?:find|spot|note|raise)s?\s+(?:is|gets|are)\s+(?:attached|added|linked|logged)\s+"
    r"(?:to|against|on)\s+(?:that|the|this)\s+(?P<one>[a-z][\w\-]*)\s+with\s+"
    r"(?=(?:a|an|the|its|their)\s)"
)


_CAN_LEAD_TO_ONE_WITH = re.compile(
    r"(?P<lead>,\s+and\s+|;\s+)?\b(?:a|an|any|each)\s+(?:[a-z]+\s+)?(?P<one>[a-z][\w\-]*)\s+"
    r"(?:can|may|might|will|sometimes)\s+(?:lead|give\s+rise|result)\s+(?:to|in)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+with\s+(?=(?:a|an|the|its|their)\s)"
)


def any_they_find_is_attached(sentence: str) -> str:
    """``..., and any defect they find is attached to that inspection with a description,
    ...``: *...; each defect belongs to one inspection; each defect has a description, ...*;
    ``..., and a failed inspection can lead to a repair job with ...`` the same."""

    def plainly(match: re.Match[str]) -> str:
        record, one = match["record"], match["one"]
        if record == one or not can_name_records(record.split()[-1], one):
            return match[0]
        lead = "; " if match["lead"] else ""
        return f"{lead}each {record} belongs to one {one}; each {record} has "

    return _CAN_LEAD_TO_ONE_WITH.sub(plainly, _ANY_THEY_FIND_IS_ATTACHED.sub(plainly, sentence))


def acts_on_one_and_records(sentence: str) -> str:
    """``before every session a member of staff checks an item and records the date, ...``:
    *each check belongs to one item; each check has the date, ...*; ``when our engineer
    inspects a component they log ...`` the same; who does it names no record of the list."""
    sentence = any_they_find_is_attached(sentence)
    match = _ACTS_ON_ONE_AND_RECORDS.match(sentence) or _WHEN_ONE_ACTS_THEY_LOG.match(sentence)
    lemma = verb_lemma(match["acts"]) if match else None
    act = act_or_irregular_noun(lemma) if lemma else None
    if match is None or act is None or act == match["one"]:
        return sentence
    if not can_name_records(match["one"], act):
        return sentence
    return f"each {act} belongs to one {match['one']}; each {act} has {match['listed']}"


_LINKS_ONE_TO_ONE_AND_RECORDS = re.compile(
    r"^(?:each|every|a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:links|ties|pairs)\s+"
    r"(?:a|an|one)\s+(?P<one>[a-z][\w\-]*(?:\s+(?!to\b|with\b)[a-z][\w\-]*)?)\s+(?:to|with)\s+"
    r"(?:a|an|one)\s+(?P<other>[a-z][\w\-]*(?:\s+(?!from\b|and\b)[a-z][\w\-]*)?)"
    # "a record from stock (artist, title, shelf price)": the other's own list
    r"(?:\s+from\s+(?:stock|(?:our|the)\s+[a-z][\w\-]*))?(?:\s*\((?P<theirs>[^()]+)\))?"
    r"(?:,\s+|,?\s+and\s+)"
    r"(?:records|notes|logs|holds)\s+(?P<listed>(?:the|a|an|its|their|how|whether)\s.+?)"
    r"(?:,\s+and\s+(?P<moves>(?:moves|goes)\s+from\s.+))?$"
)


def links_one_to_one_and_records(sentence: str) -> str:
    """``each generator hire links a generator to a booking, records the fuel level ..., and
    moves from reserved to loaded, ...``: *each generator hire belongs to one generator; each
    generator hire belongs to one booking; each generator hire has the fuel level ...; each
    generator hire moves from reserved to loaded, ...*."""
    match = _LINKS_ONE_TO_ONE_AND_RECORDS.match(sentence)
    if match is None:
        return sentence
    record, ones = match["record"], (match["one"], match["other"])
    last, heads = record.split()[-1], [one.split()[-1] for one in ones]
    if last in heads or ones[0] == ones[1] or not can_name_records(last, *heads):
        return sentence
    said = [f"each {record} belongs to one {one}" for one in ones]
    if match["theirs"]:
        said.append(f"each {ones[1]} has {match['theirs']}")
    said.append(f"each {record} has {match['listed']}")
    if match["moves"]:
        said.append(f"each {record} {match['moves']}")
    return "; ".join(said)
