"""Records whose list follows a colon, told by what they join or when they are written:

- *time logs: one watchmaker on one job, with the date, ...* is each log's two links and list;
- *a daily stock count for each blood group: count date, ...* is each count's link and list;
- *whenever one goes to the garage I want to log a service: the date, ...* is the service's list;
- *a farm has one or more growers we deal with, each with a name, ...*: the growers' list, the
  words between no item of it;
- *every unit we fit: serial no., ...* and *models kept as a list: ...*: a note-taker's header;
- *for every customer who had that batch we log a recall contact: ...*: the customer's contact;
- *each run's chart checked afterwards: date checked, ...*: a chart check of each run;
- *done by a staff member: name, mobile*: the staff member's list, not a record named *done*;
- *we note each bow that comes in against its client: the maker, ...*: each bow's link and list.

`for_every_reader` runs them, so the parse's readers see them said plainly too.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.clause_rewrites import per_statement, said_in_place
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import can_name_records, singular_phrase, verb_lemma

_ONE_ON_ONE_WITH = re.compile(
    rf"^(?P<records>{NOUN_PATTERN})\s*:\s+one\s+(?P<one>[a-z][\w\-]*)\s+(?:on|for|at|in|with|to|and)\s+"
    r"one\s+(?P<other>[a-z][\w\-]*),?\s+with\s+(?P<listed>.+)$"
)
_ONE_FOR_EACH_COLON = re.compile(
    # "a dbs check for each volunteer: ..." the header readers take; "a daily stock count for
    # each blood group: ..." they take for a list of the stock's
    r"^(?:a|an)\s+(?:daily|weekly|monthly|yearly|annual|nightly)\s+"
    rf"(?P<record>{NOUN_PATTERN})\s+(?:for|per|of)\s+(?:each|every)\s+(?P<one>{NOUN_PATTERN})\s*:\s+(?P<listed>.+)$"
)


_ONE_EACH_COLON = re.compile(
    rf"^(?P<records>{NOUN_PATTERN}),\s+(?:one\s+(?P<one>[a-z][\w\-]*)\s+each|(?:one\s+)?per\s+"
    r"(?P<per>[a-z][\w\-]*))\s*:\s+(?P<listed>.+)$"
    # "one waste transfer note per tip: ...", the record first
    r"|^one\s+(?P<record>(?:(?!per\b)[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+(?:per|for\s+each|for\s+every)\s+"
    r"(?P<each>[a-z][\w\-]*)\s*:\s+(?P<list>.+)$"
)


def one_each_colon(sentence: str) -> str:
    """``shipments, one farmer each: species (...), head count, ...``: *each shipment belongs
    to one farmer; each shipment has species (...), head count, ...*; ``mot tests, per vehicle:
    test date, ...`` and ``one waste transfer note per tip: note number, ...`` the same."""
    match = _ONE_EACH_COLON.match(sentence)
    if match is None:
        return sentence
    if match["record"]:
        record, one, listed = match["record"], match["each"], match["list"]
    else:
        record, one = singular_phrase(match["records"]), match["one"] or match["per"]
        listed = match["listed"]
    if record.split()[-1] == one or not can_name_records(record.split()[-1], one):
        return sentence
    return f"each {record} belongs to one {one}; each {record} has {listed}"


_HEADER = re.compile(rf"^(?P<records>{NOUN_PATTERN})\s*:\s")
_DONE_BY_ONE = r"[a-z]+\s+(?:at|by|in|on|for|to|from|with)\s+one\s+(?P<one>[a-z][\w\-]*)"
_LINKS_ONLY = re.compile(
    rf"^{_DONE_BY_ONE}(?:,?\s+(?:and\s+)?{_DONE_BY_ONE.replace('<one>', '<more>')})*$"
)


def links_after_the_list(sentence: str) -> str:
    """``talk: title, start time, ...; held at one exhibit, given by one presenter``: *talk:
    title, ...; each talk belongs to one exhibit; each talk belongs to one presenter*."""
    parts = [part.strip() for part in sentence.split(";")]
    header = _HEADER.match(parts[0])
    if len(parts) < 2 or header is None:
        return sentence
    record = singular_phrase(header["records"])
    said = [parts[0]]
    for part in parts[1:]:
        if _LINKS_ONLY.match(part) is None:
            said.append(part)
            continue
        ones = re.findall(r"\bone\s+([a-z][\w\-]*)", part)
        if record.split()[-1] in ones or not can_name_records(record.split()[-1], *ones):
            said.append(part)
            continue
        said.extend(f"each {record} belongs to one {one}" for one in ones)
    return "; ".join(said)


_TAGGED_WITH_MANY = re.compile(
    r"^(?P<records>[a-z][\w\-]*s)\s+(?:tagged|labelled|linked|marked)\s+with\s+(?P<tags>[a-z][\w\-]*s)"
    r"(?:\s*\([^()]*\))?,\s+(?:several|many|a\s+few|any\s+number)\s+per\s+(?P<one>[a-z][\w\-]*),\s+"
    r"(?P=tags)\s+(?:reused|shared|used\s+again)$"
)


def tagged_with_many(sentence: str) -> str:
    """``talks tagged with topics (feeding, conservation, ...), several per talk, topics
    reused``: *talks can have many topics and a topic can be on many talks; topics have a
    name*."""
    match = _TAGGED_WITH_MANY.match(sentence)
    if match is None or singular_phrase(match["records"]) != match["one"]:
        return sentence
    records, tags = match["records"], match["tags"]
    if not can_name_records(match["one"], singular_phrase(tags)):
        return sentence
    tag = singular_phrase(tags)
    return (
        f"{records} can have many {tags} and a {tag} can be on many {records}; {tags} have a name"
    )


def one_of_each_colon(sentence: str) -> str:
    """``time logs: one watchmaker on one job, with the date, ...``: *each time log belongs to
    one watchmaker; each time log belongs to one job; each time log has the date, ...*; ``a
    daily stock count for each blood group: count date, ...``: *each stock count belongs to one
    blood group; each stock count has count date, ...*."""
    ones: tuple[str, ...]
    match = _ONE_ON_ONE_WITH.match(sentence)
    if match is not None:
        record = singular_phrase(match["records"])
        ones = (match["one"], match["other"])
    else:
        match = _ONE_FOR_EACH_COLON.match(sentence)
        if match is None:
            return sentence
        record, ones = match["record"], (match["one"],)
    last = record.split()[-1]
    if last in ones or len(set(ones)) < len(ones) or not can_name_records(last, *ones):
        return sentence
    said = [f"each {record} belongs to one {one}" for one in ones]
    return "; ".join([*said, f"each {record} has {match['listed']}"])


_LOG_ONE_COLON = re.compile(
    r"^(?:(?:when|whenever|if|each\s+time|every\s+time|as)\s+[^,:;]+?,?\s+)?"
    r"(?:(?:we|i)\s+(?:(?:want|need|would\s+like|have)\s+to\s+)?"
    r"(?:log|record|add|fill\s+in|write\s+up|enter)"
    r"|the\s+[a-z][\w\-]*\s+(?:logs|records|enters|notes\s+down))\s+"
    rf"(?:(?:a|an)\s+(?P<record>{NOUN_PATTERN})|(?P<records>[a-z][\w\-]*s))"
    r"(?:\s+for\s+(?:a|an|each|every|the)\s+(?P<one>[a-z][\w\-]*)(?:\s+on\s+it)?)?\s*:\s+"
    r"(?P<listed>(?:the|a|an|its|their|which|what|how|whether)\s.+)$"
)


_HEADER_THEN_WHEN = re.compile(
    rf"^(?P<records>{NOUN_PATTERN})\s*:\s+(?:whenever|when|each\s+time|every\s+time)\s+[^,;:]+,\s+"
    r"(?:(?:we|i)\s+)?(?:log|record|note|keep|take|write\s+down)\s+"
    r"(?P<listed>(?:the|a|an|its|their|which|how|whether)\s.+)$"
)


def header_then_when(sentence: str) -> str:
    """``stock movements: whenever bottles leave the stockroom or a delivery arrives, log the
    product, the date, ...``: *stock movements: the product, the date, ...*; when one is
    written is no item."""
    return _HEADER_THEN_WHEN.sub(r"\g<records>: \g<listed>", sentence)


def log_one_colon(sentence: str) -> str:
    """``whenever one goes to the garage we want to log a service: the date, the mileage,
    ...``: *each service has the date, the mileage, ...*; when it is written is no item."""

    def plain(part: str) -> str:
        match = _LOG_ONE_COLON.match(part)
        if match is None:
            return part
        record = match["record"] or singular_phrase(match["records"])
        ones = (match["one"],) if match["one"] else ()
        if record.split()[-1] in ones or not can_name_records(record.split()[-1], *ones):
            return part
        said = [f"each {record} belongs to one {one}" for one in ones]
        return "; ".join([*said, f"each {record} has {match['listed']}"])

    return per_statement(sentence, plain)


_MANY_WE_DEAL_WITH = re.compile(
    r"(?P<head>\b(?:has|have)\s+(?:one\s+or\s+more|two\s+or\s+more|several|many|a\s+few|some)\s+"
    r"[a-z][\w\-]*s)\s+(?:(?:that|who|whom)\s+)?(?:we|i)\s+(?:deal|work|talk|speak|keep\s+in\s+touch)"
    r"(?:\s+(?:with|to))?(?=,\s+each\s+with\s)"
)


def many_we_deal_with(sentence: str) -> str:
    """``a farm has one or more growers we deal with, each with a name, ...``: *a farm has one
    or more growers, each with a name, ...*."""
    return _MANY_WE_DEAL_WITH.sub(lambda match: match["head"], sentence)


_EVERY_ONE_WE_DO_COLON = re.compile(
    r"^(?:every|each)\s+(?P<record>[a-z][\w\-]*)\s+(?:we|i)\s+(?P<verb>[a-z]+)\s*:\s+(?P<listed>[^:]+,[^:]+)$"
)
_KEPT_AS_A_LIST_COLON = re.compile(
    rf"^(?P<records>{NOUN_PATTERN})\s+(?:are\s+)?kept\s+(?:as\s+a\s+list|in\s+a\s+list|on\s+file)\s*:\s+"
    r"(?P<listed>[^:]+,[^:]+)$"
)


_NO_ACT = frozenset({"have", "need", "want", "do", "get", "say", "mean"})
"""*every job we have: ...* tells which jobs, no list of one."""


def every_one_we_do_colon(sentence: str) -> str:
    """``every unit we fit: serial no., model, date fitted, ...``: *each unit has serial no.,
    ...*; ``models kept as a list: model code, manufacturer, ...``: *each model has ...*; a
    note-taker's header (a list of two items or more, a record's word)."""

    def plain(part: str) -> str:
        done = _EVERY_ONE_WE_DO_COLON.match(part)
        if done is not None and can_name_records(done["record"]) and done["verb"] not in _NO_ACT:
            return f"each {done['record']} has {done['listed']}"
        kept = _KEPT_AS_A_LIST_COLON.match(part)
        if kept is None or not can_name_records(kept["records"].split()[-1]):
            return part
        return f"each {singular_phrase(kept['records'])} has {kept['listed']}"

    return per_statement(sentence, plain)


_FOR_EACH_ONE_WE_LOG_ONE_COLON = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)for\s+(?:every|each)\s+(?:[a-z][\w\-]*\s+)?(?P<one>[a-z][\w\-]*)\s+(?:who|that|which)\s+"
    rf"[^,:;]+?,?\s+(?:we|i)\s+(?:log|record|note|add|keep)\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN})\s*:\s+"
    r"(?P<listed>(?:the|a|an|its|their|which|what|how|whether)\s.+)$"
)


def for_each_one_we_log_one_colon(sentence: str) -> str:
    """``..., and for every wholesale customer who had that batch we log a recall contact: the
    date we phoned them, ...``: *...; each recall contact belongs to one customer; each recall
    contact has the date we phoned them, ...*."""
    match = _FOR_EACH_ONE_WE_LOG_ONE_COLON.search(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if record.split()[-1] == one or not can_name_records(one, record.split()[-1]):
        return sentence
    said = f"each {record} belongs to one {one}; each {record} has {match['listed']}"
    return said_in_place(sentence, match, said)


_EACH_ONES_THING_DONE_COLON = re.compile(
    r"^(?:each|every)\s+(?P<one>[a-z][\w\-]*)'s\s+(?P<thing>[a-z][\w\-]*)\s+(?P<done>[a-z]+ed)"
    r"(?:\s+(?:afterwards|after|later|weekly|daily|monthly|yearly))?\s*:\s+(?P<listed>[^:]+,[^:]+)$"
)


def each_ones_thing_done_colon(sentence: str) -> str:
    """``each run's chart checked afterwards: date checked, ok / not ok, comment``: *each chart
    check belongs to one run; each chart check has date checked, ...*; a note-taker's header
    for a record of what is done to each one's thing."""
    match = _EACH_ONES_THING_DONE_COLON.match(sentence)
    lemma = verb_lemma(match["done"]) if match else None
    act = act_or_irregular_noun(lemma) if lemma else None
    if match is None or act is None or not can_name_records(match["one"], match["thing"]):
        return sentence
    record = f"{match['thing']} {act}"
    return f"each {record} belongs to one {match['one']}; each {record} has {match['listed']}"


_DONE_BY_ONE_COLON = re.compile(
    r"^(?:done|made|taken|signed(?:\s+off)?|checked|carried\s+out|run|led)\s+by\s+(?:a|an|one)\s+"
    rf"(?P<one>{NOUN_PATTERN})\s*:\s+(?P<listed>[^:;]+,[^:;]+)$"
)


def done_by_one_colon(sentence: str) -> str:
    """``done by a staff member: name, mobile``: *each staff member has name, mobile*; a
    note-taker's line for who does the record before, not a record named *done*."""
    match = _DONE_BY_ONE_COLON.match(sentence)
    if match is None or not can_name_records(match["one"].split()[-1]):
        return sentence
    return f"each {match['one']} has {match['listed']}"


_EACH_ONE_AGAINST_ITS_COLON = re.compile(
    r"^(?:we|i)\s+(?:note|log|record|enter|keep|book)\s+(?:each|every)\s+(?P<record>[a-z][\w\-]*)"
    r"(?:\s+(?:that|which|who)\s+(?:comes|goes|is\s+brought|is\s+sent)(?:\s+(?:in|back|out))?)?\s+"
    r"(?:against|under|for)\s+(?:its|their|the|a|an)\s+(?P<one>[a-z][\w\-]*)\s*:\s+"
    r"(?P<listed>(?:the|a|an|its|their|any|which|what|how|whether)\s.+)$"
)


def each_one_against_its_colon(sentence: str) -> str:
    """``we note each bow that comes in against its client: the maker, ...``: *each bow
    belongs to one client; each bow has the maker, ...*."""
    match = _EACH_ONE_AGAINST_ITS_COLON.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if record == one or not can_name_records(record, one):
        return sentence
    return f"each {record} belongs to one {one}; each {record} has {match['listed']}"
