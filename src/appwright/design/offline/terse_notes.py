"""Terse notes read as the sentences they shorten.

An owner who writes notes drops the articles: *rag bag: tag number, date it was filled, shop it
came from* says what *each rag bag has a tag number, the date it was filled and the shop it
came from* says. A bare item that goes on with a clause about the record (*date it was filled*)
reads as a clause to the list readers and ends the list there; with its article back it is the
item the full sentence gives.

A heading can carry the one each is of: *deliveries: from one supplier; ...*, *installations: a
client can have several; ...*, *maintenance visits to an installation: ..., done by one of our
technicians (name, mobile)*.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import phrase_can_name_records, singular_phrase

_BARE_ITEM_WITH_CLAUSE = re.compile(
    # *date it was filled*, *shop it came from*, *crane they booked*: one to three words before a
    # pronoun that opens a clause, with no article, possessive or question word of their own
    r"(?P<lead>^|(?<=:\s)|(?<=,\s)|(?<=\band\s))"
    r"(?!(?:a|an|the|its|their|his|her|our|my|your|whether|how|what|which|who|when|where|and|or"
    r"|one|each|every|any|some|no|we|i|they|it|he|she|you|there|then)\b)"
    r"(?P<item>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s+(?:it|they|we|i|he|she)\s+[a-z])"
)


def articled_items(sentence: str) -> str:
    """*rag bag: tag number, date it was filled, shop it came from* → *rag bag: tag number, the
    date it was filled, the shop it came from*: in the list after a colon, a bare item that goes
    on with a clause gets back the article a note drops."""
    head, colon, items = sentence.partition(": ")
    if not colon or not items or "(" in head or ";" in items:
        return sentence
    if re.match(r"(?:a|an|each|every)\s", items):
        return sentence  # "...: a loan belongs to one section and records who ...": a clause
    return head + colon + _BARE_ITEM_WITH_CLAUSE.sub(_with_article, items)


def _with_article(match: re.Match[str]) -> str:
    """The item with *the* before it when the dictionary knows its first word as a noun (*date*,
    *shop*), never before a word of another kind (*with the date ...*, *then it is ...*, *did it
    grow*)."""
    from appwright.design.offline.word_forms import parts_of_speech

    if "NOUN" not in parts_of_speech(match["item"].split()[0]):
        return match[0]
    return f"{match['lead']}the {match['item']}"


_PER_ONE_FIRST = re.compile(
    r"^(?:per|for\s+each|for\s+every)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+"
    r"(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s):\s+(?=\S)"
)
_TIME_WORD = re.compile(
    r"(?:minute|hour|day|night|week|fortnight|month|quarter|term|season|year|shift|time)\b"
)
"""*per month, totals: ...* is a figure kept by the month, no record of a month."""


def per_one_first(sentence: str) -> str:
    """*per landing, catch lines: species, boxes, weight kg* → *catch lines per landing: species,
    boxes, weight kg*: the header of the lines each record has, told the way the readers of a
    list header know it (*order lines per order: ...*)."""
    match = _PER_ONE_FIRST.match(sentence)
    if match is None or _TIME_WORD.match(match["one"].split()[-1]):
        return sentence
    return f"{match['things']} per {match['one']}: {sentence[match.end() :]}"


_DONE_BY_ONE = re.compile(
    r"^(?P<record>(?:(?:each|every)\s+)?[a-z][\w\-]*(?:\s+(?!(?:is|are|was|were|gets?|be|"
    r"been)\b)[a-z][\w\-]*)??)\s+"
    r"(?P<done>[a-z]+(?:\s+(?:off|out|up|in))?\s+(?:by|to)\s+(?:one|a|an)\s+(?:of\s+our\s+)?"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))"
    r"(?:\s+-\s+(?P<listed>[a-z][\w\- ]*(?:,\s*[a-z][\w\- ]*)+)|\s*(?P<bracket>\([^()]*\)))?$"
)


def done_by_one(sentence: str) -> str:
    """*each dive signed off by one engineer - name, email* → *each dive is signed off by one
    engineer (name, email)*: the *is* a note drops, and the list after a dash the one who did it's
    own, as brackets say it."""
    from appwright.design.offline.word_forms import is_past_participle

    match = _DONE_BY_ONE.match(sentence)
    if match is None or not is_past_participle(match["done"].split()[0]):
        return sentence
    listed = f" ({match['listed']})" if match["listed"] else ""
    listed = f" {match['bracket']}" if match["bracket"] else listed
    record = match["record"]
    from appwright.design.offline.word_classes import FUNCTION_WORDS

    if not record.startswith(("each ", "every ")):
        # "check done by a technician - name, ...": a note's record, said bare
        if not (match["listed"] or match["bracket"]) or record.split()[0] in FUNCTION_WORDS:
            return sentence
        record = f"each {record}"
    return f"{record} is {match['done']}{listed}"


_ONE_PER_OTHER_DASH = re.compile(
    r"^(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+per\s+(?P<other>[a-z][\w\-]*(?:\s+"
    r"[a-z][\w\-]*)?)"
    r"\s+-\s+(?P<listed>[a-z][\w\- ]*(?:,\s*[a-z][\w\- ]*)+)$"
)


_MANY_OF_ONE = frozenset(
    ["log", "history", "record", "list", "notes", "sheet", "book", "diary", "register"]
)
"""Heads of a record's many lines (*service log per handpiece*), not one record per record."""


def one_per_other_dash(sentence: str) -> str:
    """*customer per check - name, phone, email* → *each check belongs to one customer (name,
    phone, email)*: one for each record, with its own list."""
    from appwright.design.offline.word_forms import can_name_records

    match = _ONE_PER_OTHER_DASH.match(sentence)
    if match is None or _TIME_WORD.match(match["other"].split()[-1]):
        return sentence
    head = match["one"].split()[-1]
    if head.endswith("s") or head in _MANY_OF_ONE:
        return sentence  # "service log per handpiece - ...": the handpiece's log, many lines
    if not can_name_records(*match["one"].split(), *match["other"].split()):
        return sentence
    return f"each {match['other']} belongs to one {match['one']} ({match['listed']})"


_GO_IN_ONE_DASH = re.compile(
    r"^(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)\s+(?:go|goes|sit|sits)\s+(?:in|into|on)\s+"
    r"(?:a|an|one)\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+-\s+(?P<listed>\S.*)$"
)


def go_in_one_dash(sentence: str) -> str:
    """*prescription forms go in a batch - form type (paper/electronic), item count* → *each
    prescription form belongs to one batch; each prescription form has form type ...*."""
    from appwright.design.offline.word_forms import can_name_records, singular

    match = _GO_IN_ONE_DASH.match(sentence)
    if match is None:
        return sentence
    *rest, last = match["things"].split()
    thing = " ".join([*rest, singular(last)])
    if not can_name_records(*thing.split(), *match["one"].split()):
        return sentence
    return f"each {thing} belongs to one {match['one']}; each {thing} has {match['listed']}"


_DO_ONE_AGAINST_ONE_DASH = re.compile(
    r"^(?P<verb>issue|lend|loan|hire|assign|allocate|book)\s+(?:a|an)\s+(?P<thing>[a-z][\w\-]*)\s+"
    r"(?:against|to|for)\s+(?:a|an)\s+(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*"
    r"(?P<bracket>\([^()]*\))?\s+-\s+(?P<listed>\S.*)$"
)


def do_one_against_one_dash(sentence: str) -> str:
    """*issue a pair against a lane booking (lane no., date) - time out, time back* → *each issue
    is for one pair and one lane booking (lane no., date), with time out, time back*: the act
    told as an order is the record, for both."""
    from appwright.design.offline.act_nouns import act_noun
    from appwright.design.offline.word_forms import can_be_noun, can_name_records

    match = _DO_ONE_AGAINST_ONE_DASH.match(sentence)
    if match is None:
        return sentence
    verb = match["verb"]
    act = act_noun(verb) or ("loan" if verb == "lend" else verb if can_be_noun(verb) else None)
    if act is None:
        return sentence
    if not can_name_records(match["thing"], *match["other"].split()):
        return sentence
    bracket = f" {match['bracket']}" if match["bracket"] else ""
    return (
        f"each {act} is for one {match['thing']} and one {match['other']}{bracket}, "
        f"with {match['listed']}"
    )


_DOES_ONE_ON_ONE_COLON = re.compile(
    r"^(?:(?:a|an|each|the)\s+)?(?P<who>[a-z][\w\-]*)\s+(?:does|carries\s+out|makes|fills\s+"
    r"in)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:on|of|for)\s+(?:a|an|each|the)\s+"
    r"(?P<one>[a-z][\w\-]*)(?:\s+(?:before|after|when|while)\s+[a-z][^:]*)?:\s+(?P<listed>\S.*)$"
)


def does_one_on_one_colon(sentence: str) -> str:
    """*driver does a check on a van before setting off: date, mileage, ...* → *each check is
    done by one driver; each check is for one van; each check has date, mileage, ...*."""
    from appwright.design.offline.word_forms import can_name_records

    match = _DOES_ONE_ON_ONE_COLON.match(sentence)
    if match is None or not can_name_records(match["who"], *match["record"].split(), match["one"]):
        return sentence
    record = match["record"]
    return (
        f"each {record} is done by one {match['who']}; each {record} is for one {match['one']}; "
        f"each {record} has {match['listed']}"
    )


_HEADING_THEN_EACH = re.compile(
    r"(?P<lead>^|(?<=[.!?]\s))(?P<head>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})\.\s+"
    r"(?:each|one\s+per\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*(?::|\s-)\s+(?=[a-z(])"
)


def heading_then_each(text: str) -> str:
    """*fuel tickets. one per uplift: flight number, litres* → *fuel tickets: flight number,
    litres*: a note names the records as a heading of their own and then lists what *each* (or
    *one per* something) has; the list is the heading's. A bullet *- each booking: ...* is
    *- booking: ...*."""
    from appwright.design.offline.word_forms import can_be_noun, is_plural

    def joined(match: re.Match[str]) -> str:
        last = match["head"].split()[-1]
        if not (is_plural(last) and can_be_noun(last)):
            return match[0]
        return f"{match['lead']}{match['head']}: "

    return _EACH_AS_HEADING.sub(r"\g<lead>\g<head>:", _HEADING_THEN_EACH.sub(joined, text))


_EACH_AS_HEADING = re.compile(
    r"(?m)(?P<lead>^[ \t]*(?:[\-*\u2022]|\d+[.)])[ \t]+)(?:each|per)\s+"
    r"(?P<head>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*:(?=\s)"
)
"""*- each booking: visit date, arrival time*: a bullet headed by the record it lists."""


_STATUS_HEADER = re.compile(
    r"^(?P<whose>its|their|the)\s+(?P<field>status|stage)"
    r"(?:\s+(?:follows|tracks|mirrors|shows|reflects)\s+[^:;,]{1,40})?:\s+"
    r"(?P<steps>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}(?:,\s+(?:then\s+)?[a-z][\w\-]*(?:\s+"
    r"[a-z][\w\-]*){0,2}){1,}"
    r",?\s+(?:and|then|and\s+then|and\s+finally|finally)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})$"
)


def status_header(sentence: str) -> str:
    """*its status follows the aircraft: planned, on blocks, servicing and finally off blocks*
    → *its status goes planned, on blocks, ...*: a note's header for the status of the record
    just named, its steps after the colon; said as the flow it is, it is no record of its own."""
    match = _STATUS_HEADER.match(sentence)
    if match is None:
        return sentence
    return f"{match['whose']} {match['field']} goes {match['steps']}"


_EACH_POINTS_AT_ONE = re.compile(
    r"(?P<lead>^|(?<=[.;:!?]\s))(?P<each>(?:each|every)\s+[a-z][\w\-]*)\s+->\s+"
    r"(?P<ones>one\s+[a-z][\w\-]*(?:\s+(?!and\b)[a-z][\w\-]*)?"
    r"(?:\s+(?:\+|and)\s+one\s+[a-z][\w\-]*(?:\s+(?!and\b)[a-z][\w\-]*)?)*)"
)


_KIND_WORDS = frozenset(["type", "kind", "category", "class", "grade", "sort"])


def each_points_at_one(text: str) -> str:
    """*each ticket -> one bowser + one fueller (name, licence no.)* → *each ticket has one
    bowser and one fueller (...)*: a note's arrow from a record to one of each of others, the
    ones it is for (an arrow between steps, *new -> open*, has no *one* after it); *each ticket
    -> one customer + one waste type* is what the ticket *is for*, as *has one waste type*
    would be the ticket's own type."""

    def has(match: re.Match[str]) -> str:
        ones = re.sub(r"\s+\+\s+", " and ", match["ones"])
        heads = {one.split()[-1] for one in ones.split(" and ")}
        # "has one waste type" would be the ticket's own type; "is for" points at the kind
        verb = "is for" if heads & _KIND_WORDS else "has"
        return f"{match['lead']}{match['each']} {verb} {ones}"

    return _EACH_POINTS_AT_ONE.sub(has, text)


_HEADING_OF_ONE_THEN_LIST = re.compile(
    r"^(?P<head>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}):\s+(?:from|for|belongs?\s+to|on|under|"
    r"against|linked\s+to)\s+(?:one|a|an|each|the)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s*[;,]\s+(?P<listed>[a-z]\S*(?:,|\s).*)$"
)


def heading_of_one_then_list(sentence: str) -> str:
    """``deliveries: from one supplier; date received, invoice number, ...`` → *deliveries: date
    received, invoice number, ...; each delivery belongs to one supplier*: a note's heading,
    the one each is of, then its list."""
    return _heading_then_its_one(_HEADING_OF_ONE_THEN_LIST.match(sentence), sentence)


def _heading_then_its_one(match: re.Match[str] | None, sentence: str) -> str:
    """*{head}: {listed}; each {one of head} belongs to one {one}*, from a heading pattern's
    match; ``sentence`` when nothing matched or the heading names no records."""
    if match is None:
        return sentence
    head = match["head"]
    each = singular_phrase(head)
    if each == head or not phrase_can_name_records(each):
        return sentence
    return f"{head}: {match['listed']}; each {each} belongs to one {match['one']}"


_HEADING_ONE_CAN_HAVE_SEVERAL = re.compile(
    r"^(?P<head>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}):\s+(?:a|an|each|one)\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:can\s+have|has|may\s+have)\s+(?:several|many|"
    r"lots|more\s+than\s+one)(?:\s+of\s+them)?\s*;\s+(?P<listed>[a-z]\S*(?:,|\s).*)$"
)


def heading_one_can_have_several(sentence: str) -> str:
    """``installations: a client can have several; tank size in litres, ...`` →
    *installations: tank size in litres, ...; each installation belongs to one client*."""
    return _heading_then_its_one(_HEADING_ONE_CAN_HAVE_SEVERAL.match(sentence), sentence)


_HEADING_TO_ONE = re.compile(
    r"^(?P<head>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)\s+(?:to|for|on|at)\s+(?:a|an|one)\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?):\s+(?P<listed>[a-z][^:;]*)$"
)
_DONE_BY_ONE_OF_OURS = re.compile(
    r",\s+(?:done|carried\s+out|made|taken|run)\s+by\s+one\s+of\s+(?:our|the)\s+"
    r"(?P<people>[a-z][\w\-]*s)\s+\((?P<theirs>[^()]+)\)$"
)


def heading_to_one(sentence: str) -> str:
    """``maintenance visits to an installation: date, notes, done by one of our technicians
    (name, mobile)`` → *maintenance visits: date, notes; each maintenance visit belongs to one
    installation; each maintenance visit belongs to one technician; each technician has name,
    mobile*: the one each is to, and the one who does it with their own list."""
    match = _HEADING_TO_ONE.match(sentence)
    if match is None:
        return sentence
    head, listed = match["head"], match["listed"]
    each = singular_phrase(head)
    if each == head or not phrase_can_name_records(each):
        return sentence
    said = [f"each {each} belongs to one {match['one']}"]
    done_by = _DONE_BY_ONE_OF_OURS.search(listed)
    if done_by is not None and phrase_can_name_records(singular_phrase(done_by["people"])):
        person = singular_phrase(done_by["people"])
        said += [f"each {each} belongs to one {person}", f"each {person} has {done_by['theirs']}"]
        listed = listed[: done_by.start()]
    return "; ".join([f"{head}: {listed}", *said])
