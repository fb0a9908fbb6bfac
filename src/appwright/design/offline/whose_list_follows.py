"""A record named in passing, its list told right after it in an aside:

- *bought from a seller, who has a name, an e-mail and ..., and we note ...*;
- *lives with a volunteer brood holder, for whom we keep a name, ...*;
- *owned by a customer, where a name and a phone number is plenty*;
- *raised for one owner, whose name, phone and email we hold, and handed to ...*;
- *which garage did it (we use a couple, and I'd keep their name, phone and email)*;
- *one of our receivers (those have a serial number and ...)*;
- *each household is a client for us, with a name, ...* (the list is the client's);
- *a customer (name, address, email) has jobs*.

`for_every_reader` runs them, so the parse's readers see them said plainly too.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_name_records, is_plural, singular_phrase

_ONE = r"(?P<a>a|an|one)\s+(?P<one>(?:(?!of\b)[a-z][\w\-]*\s+){0,2}(?!of\b)[a-z][\w\-]*)"
# "who have a name and phone, and carries a packed date": the list ends before a verb of the other
_ITEMS = r"(?:(?!,\s+and\s+(?!(?:a|an|the|their|its|whether)\s))[^;])+?"
_LIST_ENDS = r"(?P<end>,\s+and\s+(?=(?:we|i|they|it|its|their)\s|(?:handed|passed|sent|given)\s+to\s)|(?=;|$))"

_ONE_WHO_HAS = re.compile(
    # "a clearance crew, which has a name ..., and goes from ...": the parse's, read already
    rf"\b{_ONE},\s+who\s+(?:has|have)\s+(?P<listed>(?:a|an|the|their|its)\s{_ITEMS}){_LIST_ENDS}"
)
_ONE_FOR_WHOM_WE_KEEP = re.compile(
    # "..., of whom we keep ..., and moves from ...": `owner_people` reads it, with the steps
    rf"\b{_ONE},\s+(?:for\s+whom|where)\s+(?:we|i)\s+(?:just\s+|only\s+)?(?:keep|store|hold|record|note|have|need)\s+"
    rf"(?P<listed>(?:a|an|the|their|its|just|only)\s{_ITEMS}){_LIST_ENDS}"
)
_ONE_WHOSE_WE_HOLD = re.compile(
    rf"\b{_ONE},\s+whose\s+(?P<listed>[a-z][\w\-]*(?:(?:,\s+|\s+and\s+)[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)+)\s+"
    rf"(?:we|i)\s+(?:hold|keep|have|store|record|need){_LIST_ENDS}"
)
_ONE_WHERE_ENOUGH = re.compile(
    rf"\b{_ONE},\s+(?:where|for\s+whom)\s+(?:just\s+|only\s+)?(?P<listed>(?:a|an|the|their|its)\s[^;,]+?"
    r"(?:,\s+[^;,]+?)*)\s+(?:is|are|will\s+do|would\s+do)\s+(?:plenty|enough|fine|all\s+we\s+need)\b"
)


_WHICH_ONE_DID_IT = re.compile(
    r"\bwhich\s+(?P<one>[a-z][\w\-]*)\s+(?:did|does|took|takes|made|makes)\s+it\s+\((?:[^()]*?,\s+and\s+)?"
    r"(?:we|i)\s+(?:would\s+|'d\s+)?(?:keep|store|need|record|note)\s+(?:their|its)\s+(?P<listed>[^()]+)\)"
)


_THOSE_HAVE_IN_BRACKETS = re.compile(
    r"\b(?P<things>(?:(?!(?:our|the|of|a|an|their|its|some|all|any)\b)[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+"
    r"\((?:those|these|they|each)\s+(?:have|has|carry|carries)\s+"
    r"(?P<listed>(?:a|an|the|their|its)\s[^()]+)\)"
)


def whose_list_follows(sentence: str) -> str:
    """``..., bought from a seller, who has a name, an e-mail and a type (...), and we note its
    calibre, ...``: *... bought from a seller, and we note its calibre, ...; each seller has a
    name, an e-mail and a type (...)*; the same for *for whom we keep ...*, *where a name and a
    phone is plenty* and *which garage did it (..., and we would keep their name, ...)*. The
    aside's list moves to the end, so *its* after it is still the record the sentence is
    about."""
    lists: list[str] = []

    def said_later(match: re.Match[str]) -> str:
        one = match["one"]
        if not can_name_records(one.split()[-1]):
            return match[0]
        lists.append(f"each {one} has {match['listed']}")
        return f"{match['a']} {one}" + (", and " if match.groupdict().get("end") else "")

    for aside in (_ONE_WHERE_ENOUGH, _ONE_FOR_WHOM_WE_KEEP, _ONE_WHO_HAS, _ONE_WHOSE_WE_HOLD):
        sentence = aside.sub(said_later, sentence)
    for those in _THOSE_HAVE_IN_BRACKETS.finditer(sentence):
        if is_plural(those["things"]) and can_name_records(singular_phrase(those["things"])):
            lists.append(f"each {singular_phrase(those['things'])} has {those['listed']}")
    sentence = _THOSE_HAVE_IN_BRACKETS.sub(
        lambda m: m["things"] if is_plural(m["things"]) else m[0], sentence
    )
    for which in _WHICH_ONE_DID_IT.finditer(sentence):
        if can_name_records(which["one"]):
            lists.append(f"each {which['one']} has a {which['listed']}")
    sentence = _WHICH_ONE_DID_IT.sub(
        lambda m: f"which {m['one']}" if can_name_records(m["one"]) else m[0], sentence
    )
    subject = _SUBJECT.match(sentence)
    if lists and subject is not None:
        # "..., and we note its calibre": the subject's, not the one named in passing
        sentence = _AND_WE_NOTE_ITS.sub(f"; each {subject['one']} has its ", sentence, count=1)
    return "; ".join([sentence, *lists])


_SUBJECT = re.compile(
    r"^(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|are|has|was)\s"
)
_AND_WE_NOTE_ITS = re.compile(r",\s+and\s+(?:we|i)\s+(?:note|record|keep|log|store|take)\s+its\s+")


_LIST_IN_BRACKETS_FIRST = re.compile(
    r"^(?P<a>a|an|each|every)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+\((?P<listed>[^()]*,[^()]*)\)\s+"
    r"(?P<rest>(?:has|have|can\s+have|books|makes|places|owns)\s.+)$"
)
_NO_RECORD = frozenset(["status", "state", "stage", "type", "kind", "category", "size", "level"])


def list_in_brackets_first(sentence: str) -> str:
    """``a customer (name, address, email, and whether they're on account) has jobs, ...``:
    *each customer has name, address, ...; a customer has jobs, ...*; a list of values (*a
    size (small, medium or large)*) is none of this."""
    match = _LIST_IN_BRACKETS_FIRST.match(sentence)
    if match is None or " or " in match["listed"]:
        return sentence
    one = match["one"]
    if one.split()[-1] in _NO_RECORD or not can_name_records(one.split()[-1]):
        return sentence
    return f"each {one} has {match['listed']}; {match['a']} {one} {match['rest']}"


_IS_ONE_FOR_US_WITH = re.compile(
    r"^(?:each|every)\s+(?P<said>[a-z][\w\-]*)\s+is\s+(?:a|an)\s+(?P<one>[a-z][\w\-]*)\s+(?:for|to)\s+us,?\s+"
    r"with\s+(?=(?:a|an|the|its|their)\s)"
)


def is_one_for_us_with(sentence: str) -> str:
    """``each household is a client for us, with a name, address, ...``: *each client has a
    name, address, ...*; what the client is to them names no record."""
    match = _IS_ONE_FOR_US_WITH.match(sentence)
    if match is None or not can_name_records(match["one"]) or match["one"] == match["said"]:
        return sentence
    return f"each {match['one']} has {sentence[match.end() :]}"
