"""Records named together that each point at one of another: *vans and porters each belong to
one of our depots* is *each van belongs to one depot; each porter belongs to one depot*.

The readers of a link know one subject with *each* before it (*each van belongs to one of our
depots*); a plural subject with *each* after it, or two of them joined by *and*, is said here
as that, one clause for each record. `simplify` runs this with the other rewrites.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_be_noun, is_plural, singular

_PLURALS_EACH_BELONG = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)(?:\s+and\s+(?P<others>[a-z][\w\-]*s))?\s+each\s+belong\s+to\s+"
    r"(?:one\s+of\s+(?:our|the|their|its|my)\s+(?P<ones>[a-z][\w\-]*s)\b|(?P<one>(?:a|an|one)\s+[a-z][\w\-]*)\b)"
    r"(?P<rest>.*)$"
)


def each_of_them_belongs(sentence: str) -> str:
    """``vans and porters each belong to one of our depots, which just need a name``: *each
    van belongs to one depot, which just need a name; each porter belongs to one depot*; what
    the owner says of both, said of each, and a clause after it told once."""
    match = _PLURALS_EACH_BELONG.match(sentence)
    if match is None:
        return sentence
    named = [match["things"], *([match["others"]] if match["others"] else [])]
    if not all(is_plural(n) and can_be_noun(n) for n in named):
        return sentence
    one = f"one {singular(match['ones'])}" if match["ones"] else match["one"]
    clauses = [f"each {singular(n)} belongs to {one}" for n in named]
    clauses[0] += match["rest"]
    return "; ".join(clauses)


_ONE_IN_CHARGE_OF_EACH = re.compile(
    r"^(?P<said>(?:(?:each|every|a|an)\s+)?(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:has|have|is|are|gets|get)\s.*?),?\s+and\s+"
    r"(?:one\s+of\s+(?:our|the|its|their|my)\s+(?P<ones>[a-z][\w\-]*s)|(?:a|an|one)\s+(?P<one>[a-z][\w\-]*))"
    r"\s+(?:is\s+in\s+charge\s+of|is\s+responsible\s+for|leads|runs|supervises|looks\s+after)"
    r"\s+each(?:\s+one)?$"
)


def one_in_charge_of_each(sentence: str) -> str:
    """``each session has a date and a slot, and one of our instructors is in charge of each``:
    *...; each session belongs to one instructor*; *each* at the end is the record the
    sentence opened with."""
    match = _ONE_IN_CHARGE_OF_EACH.match(sentence)
    if match is None:
        return sentence
    record = match["record"]
    who = singular(match["ones"]) if match["ones"] else match["one"]
    head = record.split()[-1]
    if not (can_be_noun(head) and can_be_noun(who)) or who == head:
        return sentence
    record = " ".join([*record.split()[:-1], singular(head)]) if is_plural(head) else record
    return f"{match['said']}; each {record} belongs to one {who}"
