"""Records of people told in passing: by where they work, what they give us, open or log.

*then the individual vets who work there, really just each vet's name and whether ...* lists
what each vet keeps after saying who they are; *owners who travel abroad leave us emergency
contacts, just a name and a phone number each* gives owners several contacts, each with its own
list. *any staff member (name, email) can open a maintenance job for a room* is who opens each
job; *our tech logs the parts used on each job with ...* lists each job's parts; *each race entry
names the helm (always one of our members)* links each entry to the member at the helm.
`simplify` runs them in its order.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_name_records, is_plural, singular, verb_form

_THOSE_WHO_WORK_THERE = re.compile(
    r"^(?:then\s+|and\s+|also\s+)?(?:the\s+)?(?:individual\s+)?(?P<things>[a-z][\w\-]*s)\s+who\s+"
    r"(?:work|are\s+based|live|practise|practice)\s+there,\s+(?:really\s+)?(?:just\s+)?"
    r"(?:each\s+(?P<one>[a-z][\w\-]*)'s|their)\s+(?P<listed>[^;]+?)(?:,\s+(?:because|since|as)\s.*)?$"
)
"""*then the individual vets who work there, just each vet's name and whether ...*."""


def those_who_work_there(sentence: str) -> str:
    """``then the individual vets who work there, just each vet's name and whether they are
    happy to ring them directly``: *each vet has a name and whether ...*; the people are a
    record of their own, and what follows is each one's list."""
    match = _THOSE_WHO_WORK_THERE.match(sentence)
    if match is None or not can_name_records(singular(match["things"])):
        return sentence
    one = singular(match["things"])
    if match["one"] and match["one"] != one:
        return sentence
    return f"each {one} has {match['listed']}"


_THEY_LEAVE_US_SEVERAL = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)(?:\s+who\s+[^,;]+?)?\s+(?:leave|give|send|provide)\s+us\s+"
    r"(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s),\s+(?:just\s+)?(?P<listed>(?:a|an|the)\s+[^,;]+?)"
    r"\s+each\b(?P<rest>.*)$"
)
"""*owners who travel abroad leave us emergency contacts, just a name and a phone number each*."""


def they_leave_us_several(sentence: str) -> str:
    """``owners who travel abroad leave us emergency contacts, a name and a phone number each,
    and some give us more than one``: *each owner has several emergency contacts; each
    emergency contact has a name and a phone number*; what each one of them is, said after,
    is the list of a record of its own."""
    match = _THEY_LEAVE_US_SEVERAL.match(sentence)
    if match is None or not is_plural(match["who"]):
        return sentence
    who, things = singular(match["who"]), match["things"]
    thing = " ".join([*things.split()[:-1], singular(things.split()[-1])])
    if not can_name_records(who, thing.split()[-1]) or who == thing:
        return sentence
    return f"each {who} has several {things}; each {thing} has {match['listed']}"


_ANY_ONE_CAN_OPEN = re.compile(
    r"^any\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?P<theirs>\s+\([^()]*\))?\s+can\s+"
    r"(?P<verb>open|raise|log|book|submit|file|start)\s+(?=(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"\s+(?:for|on|against|with)\s)"
)
"""*any staff member (name, email) can open a maintenance job for a room with ...*."""


def any_one_can_open(sentence: str) -> str:
    """``any staff member (name, email) can open a maintenance job for a room with ...``: *a
    staff member (name, email) opens a maintenance job ...*; who may open one is who opens
    each, a link of the record, as when it is said plainly."""
    match = _ANY_ONE_CAN_OPEN.match(sentence)
    if match is None or not can_name_records(match["who"].split()[-1]):
        return sentence
    acts = verb_form(match["verb"], "VBZ")
    return f"a {match['who']}{match['theirs'] or ''} {acts} {sentence[match.end() :]}"


_LOGS_THE_ONES_USED_ON_EACH = re.compile(
    r"^(?:our|the|a|an|each)\s+(?P<who>[a-z][\w\-]*)\s+(?:logs|records|notes|enters)\s+the\s+"
    r"(?P<things>[a-z][\w\-]*s)\s+(?P<done>used|fitted|sold|taken|replaced)\s+on\s+(?:each|every|the)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+with\s+(?P<listed>(?:the|a|an|their|its)\s.+)$"
)
"""*our tech logs the parts used on each job with the part name and cost*."""


def logs_the_ones_used_on_each(sentence: str) -> str:
    """``our tech logs the parts used on each job with the part name and cost``: *each part
    belongs to one job; each part has the part name and cost*; what is used on a record, each
    with its list, is a record of the record's lines."""
    match = _LOGS_THE_ONES_USED_ON_EACH.match(sentence)
    if match is None or not can_name_records(match["who"], match["one"], singular(match["things"])):
        return sentence
    record = singular(match["things"])  # "the parts used on each job": the job's parts
    return f"each {record} belongs to one {match['one']}; each {record} has {match['listed']}"


_NAMES_ONE_OF_OURS = re.compile(
    r"^(?P<subject>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+names\s+the\s+[a-z][\w\-]*\s+"
    r"\((?:who\s+is\s+|who\s+has\s+to\s+be\s+)?(?:always\s+)?one\s+of\s+(?:our|the)\s+"
    r"(?P<many>[a-z][\w\-]*s)\)$"
)


def names_one_of_ours(sentence: str) -> str:
    """``each race entry names the helm (always one of our members)``: *each race entry belongs
    to one member*; the role (*helm*) is the member's part in it."""
    return "; ".join(
        f"{match['subject']} belongs to one {singular(match['many'])}"
        if (match := _NAMES_ONE_OF_OURS.match(part.strip())) and can_name_records(match["many"])
        else part.strip()
        for part in sentence.split(";")
    )
