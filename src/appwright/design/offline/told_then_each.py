"""Records told by what is done with them, where how they come to us is no record and no field:

- *ingredients are bought in: each has a name, ...* is *each ingredient has a name, ...*;
- *any parts we order for a fault need the part name, ...* is the parts' list, each for a fault;
- *excess is billed on an invoice with a number, ...* is the invoice's list;
- *any damage spotted goes on the check as a separate entry with ...* is the check's damage;
- *we open the telescopes for an observing evening, which has a date, ...* is the evening's list;
- *vans are grouped into categories with a name and ...* is the categories' list.

`for_every_reader` runs them, so the parse's readers see them said plainly too.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import (
    can_name_records,
    is_past_participle,
    is_plural,
    singular,
    verb_lemma,
)

_TOLD_THEN_EACH = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+are\s+(?:all\s+)?(?P<done>[a-z]+)(?:\s+(?:in|out|up|on|off))?"
    r"(?:\s+(?:by|from)\s+(?:us|the\s+[a-z]+))?\s*:\s+each\s+(?:one\s+)?(?=(?:has|have|comes|is|gets|carries)\b)"
)


def told_then_each(sentence: str) -> str:
    """``ingredients are bought in: each has a name, ..., and comes from a supplier ...``:
    *each ingredient has a name, ..., and comes from a supplier ...*."""
    match = _TOLD_THEN_EACH.search(sentence)
    if match is None or not is_past_participle(match["done"]):
        return sentence
    one = singular(match["things"])
    if not can_name_records(one):
        return sentence
    return f"each {one} {sentence[match.end() :]}"


_DONE_FOR_ONE_NEED = re.compile(
    # "each repair we do for a piper has ...": the held lists read one said of each
    r"^(?:(?:any|all|the)\s+)?(?P<things>[a-z][\w\-]*s)\s+(?:we|i|they)\s+(?P<verb>[a-z]+)\s+"
    r"for\s+(?:a|an|the|each|one)\s+(?P<one>[a-z][\w\-]*)\s+(?:need|needs|have|has|get|gets)\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s[^;]+)$"
)


def done_for_one_need(sentence: str) -> str:
    """``any parts we order for a fault need the part name, the cost and the date ordered``:
    *each part is for one fault; each part has the part name, ...*; the list is the parts'."""
    match = _DONE_FOR_ONE_NEED.search(sentence)
    if match is None or verb_lemma(match["verb"]) != match["verb"]:
        return sentence
    things = match["things"]
    one = singular(things)
    if not is_plural(things) or not can_name_records(one, match["one"]) or one == match["one"]:
        return sentence
    return f"each {one} is for one {match['one']}; each {one} has {match['listed']}"


_PUT_ON_ONE_WITH = re.compile(
    r"^(?:(?P<each>each|every)\s+(?P<one>[a-z][\w\-]*)|(?:the\s+|any\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+(?:is|gets)\s+"
    # "payments are logged on an invoice with the date ...": the payments' list, not this
    r"(?:billed|charged|invoiced|claimed)\s+(?:on|in|through|via)\s+"
    r"(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+with\s+(?=(?:a|an|the|its|their)\s)"
)


def put_on_one_with(sentence: str) -> str:
    """``excess is billed on an invoice with a number, an issue date, ...``: *each invoice has a
    number, an issue date, ...*; the list is the invoice's, not the excess's, and a record
    charged on one (*every table is charged on a tariff with ...*) belongs to it."""
    match = _PUT_ON_ONE_WITH.search(sentence)
    if match is None or not can_name_records(match["record"]):
        return sentence
    rest = re.sub(
        r",\s+and\s+(?=(?:we|i)\s+(?:want|would|need|like)\b)", "; ", sentence[match.end() :]
    )
    record, one = match["record"], match["one"]
    if match["each"] and one != record and can_name_records(one, record):
        # "every table is charged on a tariff with ...": each table is on one tariff
        return f"each {one} belongs to one {record}; each {record} has {rest}"
    return f"each {record} has {rest}"


_GOES_ON_ONE_AS_AN_ENTRY = re.compile(
    r"^(?:any|each|every)\s+(?P<thing>[a-z][\w\-]*)(?:\s+(?:[a-z]+ed|found|seen|done))?\s+(?:goes|is\s+put|is\s+added|gets\s+added|"
    r"is\s+logged)\s+(?:on|onto|to|against)\s+the\s+(?P<one>[a-z][\w\-]*)\s+as\s+(?:a|an|its\s+own)\s+"
    r"(?:separate\s+)?(?:entry|line|record|item)\s+with\s+(?P<listed>(?:a|an|the|its|their)\s.+)$"
)


def goes_on_one_as_an_entry(sentence: str) -> str:
    """``any damage spotted goes on the check as a separate entry with the area, ...``: *each
    damage belongs to one check; each damage has the area, ...*."""
    match = _GOES_ON_ONE_AS_AN_ENTRY.search(sentence)
    if match is None or not can_name_records(match["thing"], match["one"]):
        return sentence
    thing = match["thing"]
    return f"each {thing} belongs to one {match['one']}; each {thing} has {match['listed']}"


_FOR_ONE_WHICH_HAS = re.compile(
    r"^(?:once\s+a\s+[a-z]+\s+|every\s+[a-z]+\s+|each\s+[a-z]+\s+)?(?:we|i)\s+[a-z]+\s+[^,;]*?\b(?:for|into|as)\s+"
    # "a public observing evening": the evening, and the kind it is, not how it is open
    r"(?:a|an)\s+(?:[a-z][\w\-]*\s+)?(?P<record>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*),\s+which\s+(?:has|have)\s+"
    r"(?=[^;]*,)"
)


def for_one_which_has(sentence: str) -> str:
    """``once a month we open the telescopes for a public observing evening, which has a date,
    a start time, ...``: *each observing evening has a date, a start time, ...*; what we do for
    it is no part of its list."""
    match = _FOR_ONE_WHICH_HAS.search(sentence)
    if match is None or not can_name_records(*match["record"].split()[-1:]):
        return sentence
    return f"each {match['record']} has {sentence[match.end() :]}"


_GROUPED_INTO_ONES_WITH = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+are\s+(?:grouped|sorted|divided|split|organised|organized|"
    r"arranged"
    r"|(?P<kept>filed|kept|shelved|stored|racked))\s+(?(kept)in(?:to)?|into)\s+"
    r"(?P<groups>[a-z][\w\-]*s)"
    # "sections such as rock, jazz or soul, with ...": the examples are values, not its list
    r"(?:\s+(?:like|such\s+as)\s+[a-z][\w\- ]*(?:,\s+[a-z][\w\- ]*)*\s+or\s+[a-z][\w\-]*,)?"
    r",?\s+(?:each\s+)?with\s+(?P<listed>(?:a|an|the|its|their)\s[^;]+?)"
    r"(?=,\s+and\s+|;|$)"
)


def grouped_into_ones_with(sentence: str) -> str:
    """``vans are grouped into categories with a name and a number of berths``: *each category
    has a name and ...; each van belongs to one category*; the list is the group's."""
    match = _GROUPED_INTO_ONES_WITH.search(sentence)
    if match is None:
        return sentence
    thing, group = singular(match["things"]), singular(match["groups"])
    if not can_name_records(thing, group):
        return sentence
    # "filed in sections, with a section name": the group's own name
    listed = re.sub(rf"\b(a|an|the|its|their)\s+{group}\s+(?=name\b)", r"\1 ", match["listed"])
    said = f"each {group} has {listed}; each {thing} belongs to one {group}"
    rest = sentence[match.end() :]
    return said + (f"; {rest[len(', and ') :]}" if rest.startswith(", and ") else rest)
