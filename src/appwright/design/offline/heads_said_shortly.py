"""Terse list heads that say a little more than the record's name, written plainly.

Owners writing notes put what a record is for in its head: *invoice lines, each for one
service: description, quantity*, *services we charge for (room hire, engineer time): name,
rate*, *each test is one memorial by one inspector: test date, ...*. After a record's own list
they place it with a dash: *reels: ... Each reel lives on a shelf - shelf code, room*. They
note an act with its list (*staff check reels out: date out, due back, ...*) and ask for a
register (*we want a register of each memorial we have erected: ...*). The header readers know
*invoice lines for a service: ...*, *services: ...* and *tests: the memorial, the inspector,
...*; these say the notes in those terms. `simplify` runs them in its order.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_name_records, is_plural, plural, singular

_NAME = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
_EACH_FOR_ONE_HEAD = re.compile(
    rf"^(?P<things>{_NAME}s),\s+(?:each|every\s+one)\s+(?P<how>for|on|against|in|from)\s+"
    rf"(?:one|a\s+single)\s+(?P<one>{_NAME}):\s*(?P<body>\S.*)$"
)
"""*invoice lines, each for one service: ...*, *readings, each on one meter: ...*."""


def each_for_one_headed(sentence: str) -> str:
    """``invoice lines, each for one service: description, quantity, unit price``: *invoice
    lines for a service: description, ...*; what each line is for is its link, the list its
    own."""
    match = _EACH_FOR_ONE_HEAD.match(sentence)
    if match is None or not can_name_records(match["things"].split()[-1], match["one"].split()[-1]):
        return sentence
    one = match["one"]
    article = "an" if one[0] in "aeiou" else "a"
    return f"{match['things']} {match['how']} {article} {one}: {match['body']}"


_THINGS_WE_ACT_ON_HEAD = re.compile(
    r"^(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+(?:we|i|you)\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:for|out|in|on|to|with))?(?P<examples>\s*\([^():]*\))?\s*:\s*(?P<body>\S.*)$"
)
"""*services we charge for (room hire, ...): ...*, *boats we hire out: ...*."""


def things_we_act_on_headed(sentence: str) -> str:
    """``services we charge for (room hire, engineer time and so on): name, standard rate``:
    *services: name, standard rate*; what the owner does with the records, and examples of
    them, say what they are, not what each keeps."""
    match = _THINGS_WE_ACT_ON_HEAD.match(sentence)
    if match is None or match["verb"] in ("are", "were", "have", "had", "need", "want"):
        return sentence
    things = match["things"]
    if not can_name_records(things.split()[-1]) or not is_plural(things.split()[-1]):
        return sentence
    return f"{things}: {match['body']}"


_IS_ONE_BY_ONE_HEAD = re.compile(
    r"^(?:each|every)\s+(?P<record>[a-z][\w\-]*)\s+is\s+(?:for\s+)?(?:one|a\s+single)\s+"
    r"(?P<first>[a-z][\w\-]*)\s+(?:by|with|in|at|on|for|from)\s+(?:one|a\s+single)\s+"
    r"(?P<second>[a-z][\w\-]*):\s*(?P<body>\S.*)$"
)
"""*each test is one memorial by one inspector: ...*, *each entry is one dog in one class: ...*."""


def is_one_by_one_headed(sentence: str) -> str:
    """``each test is one memorial by one inspector: test date, force applied, ...``: *tests:
    the memorial, the inspector, test date, ...*; the two a record pairs are its links."""
    match = _IS_ONE_BY_ONE_HEAD.match(sentence)
    if match is None:
        return sentence
    record, first, second = match["record"], match["first"], match["second"]
    if len({record, first, second}) < 3 or not can_name_records(record, first, second):
        return sentence
    return f"{plural(record)}: the {first}, the {second}, {match['body']}"


_PLACED_THEN_ITS_LIST = re.compile(
    r"^(?P<clause>(?:each|every)\s+(?P<record>[a-z][\w\-]*)\s+(?:lives|sits|is\s+kept|is\s+stored|"
    r"is\s+filed|goes|hangs|is\s+parked)\s+(?:on|in|at|under|inside)\s+)(?:a|an|one)\s+"
    r"(?P<place>[a-z][\w\-]*)\s+(?:-|\u2013|\u2014)\s+(?P<body>[^:;]+,[^:;]+)$"
)
"""*each reel lives on a shelf - shelf code, room*: a dash, then the place's own list."""


def placed_then_its_list(sentence: str) -> str:
    """``each reel lives on a shelf - shelf code, room``: *each reel lives on a shelf;
    shelves: shelf code, room*; the list after the dash names the place in its first item, so
    it is the place's, not the record's."""
    match = _PLACED_THEN_ITS_LIST.match(sentence)
    if match is None:
        return sentence
    place = match["place"]
    if not can_name_records(match["record"], place) or not match["body"].startswith(f"{place} "):
        return sentence
    return f"{match['clause']}a {place}; {plural(place)}: {match['body']}"


_THEY_TAKE_THEM_OUT_HEAD = re.compile(
    r"^(?:the\s+|our\s+)?(?P<who>[a-z][\w\-]*)\s+(?P<verb>check|sign|book|take|hand)\s+"
    r"(?:(?P<things>[a-z][\w\-]*s)\s+(?P<out>out|in)|(?P<out_first>out|in)\s+(?P<things_after>"
    r"[a-z][\w\-]*s)):\s*(?P<body>[^:;]+,[^:;]+)$"
)
"""*staff check reels out: date out, due back, ...*: a terse note of the act, then its list."""


def they_take_them_out_headed(sentence: str) -> str:
    """``staff check reels out: date out, due back, date returned``: *checkouts: the staff,
    the reel, date out, ...*; each time someone takes one out is a record of both."""
    match = _THEY_TAKE_THEM_OUT_HEAD.match(sentence)
    if match is None:
        return sentence
    who, things = match["who"], match["things"] or match["things_after"]
    out = match["out"] or match["out_first"]
    if not can_name_records(who, things) or not is_plural(things):
        return sentence
    record = f"{match['verb']}{out}" if match["verb"] == "check" else f"{match['verb']}-{out}"
    who = singular(who) if is_plural(who) else who  # "members check tools out": each member
    return f"{plural(record)}: the {who}, the {singular(things)}, {match['body']}"


_REGISTER_OF_EACH_HEAD = re.compile(
    r"^(?:(?:so\s+)?(?:we|i)\s+(?:would\s+)?(?:want|need|like)\s+)?(?:a|an)\s+"
    r"(?:register|list|record|log|database)\s+of\s+(?:each|every|all\s+the|all)\s+"
    r"(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:\s+(?:we|i)\s+(?:have\s+)?[a-z]+ed(?:\s+(?:up|out|in))?)?"
    r":\s*(?P<body>[^:;]+,[^:;]+)$"
)
"""*we want a register of each memorial we have erected: the names on it, ...*."""


def register_of_each_headed(sentence: str) -> str:
    """``we want a register of each memorial we have erected: the names on it, the grave
    number, ...``: *memorials: the names on it, ...*; the register asked for heads the list of
    what each of its records keeps."""
    match = _REGISTER_OF_EACH_HEAD.match(sentence)
    if match is None or not can_name_records(match["thing"].split()[-1]):
        return sentence
    thing = match["thing"]
    things = thing if is_plural(thing.split()[-1]) else plural(thing)
    return f"{things}: {match['body']}"
