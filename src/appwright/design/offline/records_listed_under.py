"""Records told as listed under another, or raised on it: *along a route are its stops: ...*,
*under each show we list its classes: ...*, *against each letter we list the medicine
changes: ...* (each stop, class or change is of the one it is listed under, and holds the
list); *against an installation we raise a notification carrying ...*, *a cleaner hands in a
cash-up showing ...* (the record raised is of the one it is raised on, or handed in by);
*every opening gets measured: ...* (what the act finds is the record's); a list's line
*order lines, each for one product, with ...* (each line is for one product); *we make a loan,
and the loan remembers which item, ...*, *so I'd like to record each holding: ...* and *each
conservatory stored against the customer, and we note ...* (the record's own list); *logged
against one of those repeat items with ...* and *underneath them we keep their repeat items,
which are ...* (of the one named before); *supporting documents hang off an application, each
with ...* (of the documents); and *we keep bidders' names and emails, lot numbers and titles,
...* (each owner's list, kept in one sentence).
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import (
    can_name_records,
    is_past_participle,
    is_plural,
    singular,
)

_NAME = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
_ONE = r"(?:a|an|each|every|the)"

_LISTED_UNDER = re.compile(
    rf"^(?:along|under|against|on|in)\s+{_ONE}\s+(?P<owner>{_NAME}?)\s+"
    r"(?:(?:we|i)\s+(?:list|keep|log|record|note|hold|put)\s+|are\s+|sit\s+)"
    # what each holds, said with an article (*french, german* are values, no record's list)
    rf"(?:its|their|the)\s+(?P<things>{_NAME}?)\s*:\s+(?P<listed>(?:the|a|an|its|their)\s.*)$"
)


def listed_under(sentence: str) -> str:
    """``along a route are its stops: the place name, a postcode, ...``: *each stop belongs to
    one route; each stop has the place name, ...*; so *under each show we list its classes:
    ...* and *against each letter we list the medicine changes: ...*."""
    match = _LISTED_UNDER.match(sentence)
    if match is None or not is_plural(match["things"].split()[-1]):
        return sentence
    owner, (*rest, last) = match["owner"], match["things"].split()
    thing = " ".join([*rest, singular(last)])
    if not can_name_records(*owner.split(), *thing.split()):
        return sentence
    if re.match(rf"(?:the|a|an)\s+(?:[a-z][\w\-]*\s+)+{singular(last)}\s*(?:,|$)", match["listed"]):
        return sentence  # "we list the items: the stock item, how many ...": lines, of items
    return f"each {thing} belongs to one {owner}; each {thing} has {match['listed']}"


_WHAT_IT_HOLDS = r"(?:carrying|showing|noting|holding|recording|listing|giving)"

_RAISED_ON = re.compile(
    rf"^(?:against|on|for)\s+{_ONE}\s+(?P<owner>{_NAME}?)(?:\s+\((?P<theirs>[^()]+,[^()]+)\))?\s+"
    r"(?:we|i)\s+(?:raise|open|log|create|add|start|issue)\s+(?:(?:a|an)\s+)?"
    rf"(?P<record>{_NAME}?)\s+{_WHAT_IT_HOLDS}\s+(?P<listed>\S.*)$"
)
_HANDED_IN = re.compile(
    r"^(?P<when>(?:at\s+the\s+end\s+of|after|before)\s+(?:each|every|the|a)\s+[a-z]+\s+"
    r"|(?:each|every)\s+(?:day|week|month|evening|morning|night)\s+)?"
    rf"{_ONE}\s+(?P<owner>{_NAME}?)\s+(?:hands|fills|turns|sends)\s+in\s+(?:a|an)\s+"
    rf"(?P<record>{_NAME}?)\s+{_WHAT_IT_HOLDS}\s+(?P<listed>\S.*)$"
)


def raised_on(sentence: str) -> str:
    """``against an installation we raise a notification carrying a reference number, ...``:
    *each notification belongs to one installation; each notification has ...*; so *at the
    end of each day a cleaner hands in a cash-up showing the date, ...* (the cleaner's), and
    *against each order (order number, ...) we raise invoices carrying ...*, the bracket the
    order's."""
    match = _RAISED_ON.match(sentence) or _HANDED_IN.match(sentence)
    if match is None:
        return sentence
    owner, record = match["owner"], match["record"]
    *rest, last = record.split()
    record = " ".join([*rest, singular(last)])  # "we raise invoices carrying ...": each invoice
    if not can_name_records(*owner.split(), *record.split()):
        return sentence
    said = f"each {record} belongs to one {owner}; each {record} has {match['listed']}"
    theirs = match.groupdict().get("theirs")
    return f"each {owner} has {theirs}; {said}" if theirs else said


_GETS_DONE = re.compile(
    r"^(?:(?:during|on|at|in)\s+(?:the|each|every|a)\s+[a-z]+\s+)?(?:each|every)\s+"
    rf"(?P<record>{_NAME}?)\s+(?:gets|is)\s+(?P<done>[a-z]+ed)\s*:\s+(?P<listed>\S.*)$"
)


def gets_done_to(sentence: str) -> str:
    """``during the visit every opening gets measured: the room, width and height ...``:
    *each opening has the room, ...*; what the act finds is the record's own."""
    match = _GETS_DONE.match(sentence)
    if match is None or not can_name_records(*match["record"].split()):
        return sentence
    return f"each {match['record']} has {match['listed']}"


_EACH_FOR_ONE = re.compile(
    r"^(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?s),\s+each\s+(?:for|of)\s+one\s+"
    rf"(?P<one>{_NAME}?)(?:\s+and\s+(?P<done>[a-z]+)\s+(?:to|by|from|with)\s+one\s+(?P<other>{_NAME}?))?"
    r"(?:,\s+with|,?\s+and(?=\s+(?:a|an|the)\s)|\s+with)\s+(?P<listed>\S.*)$"
)
"""*order lines, each for one product, with ...*; *ceramic photo orders, each for one memorial
and sent to one supplier, with ...*."""


def each_for_one(sentence: str) -> str:
    """``order lines, each for one product, with quantity ordered, ...`` (a list's line):
    *each order line is for one product; each order line has quantity ordered, ...*; one it is
    sent or given to as well (*... and sent to one supplier*) is another of its links."""
    match = _EACH_FOR_ONE.match(sentence)
    if match is None:
        return sentence
    *rest, last = match["things"].split()
    thing = " ".join([*rest, singular(last)])
    if not can_name_records(*thing.split(), *match["one"].split()):
        return sentence
    said = [f"each {thing} is for one {match['one']}", f"each {thing} has {match['listed']}"]
    if (
        match["other"]
        and can_name_records(*match["other"].split())
        and is_past_participle(match["done"])
    ):
        said.insert(
            1, f"each {thing} belongs to one {match['other']}"
        )  # "and sent to one supplier"
    return "; ".join(said)


_THE_ONE_WE_MADE = re.compile(
    r"\b(?:we|i)\s+(?:make|create|open|start|raise|add)\s+(?:a|an)\s+"
    rf"(?P<record>{_NAME}?)(?P<between>[,;]\s+(?:and\s+)?)the\s+(?P=record)\s+"
    r"(?:records|remembers|keeps|holds|notes|stores)\s+(?=(?:which|what|who|when|where|the|a|an)\s)"
)


def the_one_we_made(sentence: str) -> str:
    """``we make a loan, and the loan remembers which item, ...``: *we make a loan; each loan
    has which item, ...* (*the receptionist records who ...*, someone writing down, is left)."""
    match = _THE_ONE_WE_MADE.search(sentence)
    if match is None or not can_name_records(*match["record"].split()):
        return sentence
    record = match["record"]
    told = f"{sentence[: match.start('between')]}; each {record} has "
    return told + sentence[match.end() :]


_THEIRS_UNDERNEATH = re.compile(
    r"^(?P<lead>(?:each|every|a|an)\s+(?P<owner>[a-z][\w\-]*)\s[^;]*?),\s+and\s+"
    r"(?:underneath|under|beneath|against|with)\s+(?:them|it|each\s+one)\s+(?:we|i)\s+"
    rf"(?:keep|list|hold|store|record)\s+(?:their|its)\s+(?P<things>{_NAME}?s),\s+which\s+are\s+"
    r"(?:really\s+)?(?:just\s+|only\s+|simply\s+)?(?P<listed>(?:a|an|the)\s.+)$"
)


def theirs_underneath(sentence: str) -> str:
    """``each patient goes on with their name, ..., and underneath them we keep their repeat
    items, which are just a medicine name, a strength and the dose``: *...; each repeat item
    belongs to one patient; each repeat item has a medicine name, ...*."""
    match = _THEIRS_UNDERNEATH.match(sentence)
    if match is None:
        return sentence
    *rest, last = match["things"].split()
    thing, owner = " ".join([*rest, singular(last)]), match["owner"]
    if not can_name_records(owner, *thing.split()):
        return sentence
    told = f"each {thing} belongs to one {owner}; each {thing} has {match['listed']}"
    return f"{match['lead']}; {told}"


_WE_KEEP_THEIRS = re.compile(
    r"^(?P<lead>(?:[a-z ]*?\s)?(?:we|i)\s+(?:keep|hold|store|record|need|note)\s+)"
    r"(?P<items>[a-z][\w\-]*s'\s+[^;]+)$"
)
_THEIRS = re.compile(
    r"^(?P<owner>[a-z][\w\-]*)s'\s+(?P<listed>[a-z][\w\-]*(?:\s+and\s+[a-z][\w\-]*)?)$"
)
_ITS_OWN = re.compile(
    r"^(?P<owner>[a-z][\w\-]*)\s+(?P<listed>[a-z][\w\-]*s(?:\s+and\s+[a-z][\w\-]*s)?)$"
)


def we_keep_theirs(sentence: str) -> str:
    """``we keep bidders' names and emails, lot numbers and titles, and cataloguers' names``:
    *each bidder has name and email; each lot has number and title; each cataloguer has name*;
    each owner's own list, said as what we keep of each (two owners or more)."""
    match = _WE_KEEP_THEIRS.match(sentence)
    if match is None:
        return sentence
    pieces = [re.sub(r"^and\s+", "", piece) for piece in re.split(r",\s+", match["items"])]
    said = [_THEIRS.match(piece) or _ITS_OWN.match(piece) for piece in pieces]
    if len(pieces) < 2 or not all(said):
        return sentence
    told = []
    for one in said:
        assert one is not None
        owner = singular(one["owner"])
        if not can_name_records(owner):
            return sentence
        listed = " ".join(
            word if word == "and" else singular(word) for word in one["listed"].split()
        )
        told.append(f"each {owner} has {listed}")
    return "; ".join(told)


_AGAINST_ONE_OF_THOSE = re.compile(
    r"^(?:(?:then|so|and)\s+)?(?:each|every|a|an)\s+"
    rf"(?P<record>{_NAME}?)\s+(?:is|gets)\s+(?:logged|recorded|kept|entered|booked)\s+against\s+"
    rf"one\s+of\s+(?:those|these|the|their|our)\s+(?P<things>{_NAME}?s)\s+with\s+(?P<listed>\S.*)$"
)


def against_one_of_those(sentence: str) -> str:
    """``then every emergency supply is logged against one of those repeat items with the date,
    ...``: *each emergency supply belongs to one repeat item; each emergency supply has the
    date, ...*."""
    match = _AGAINST_ONE_OF_THOSE.match(sentence)
    if match is None:
        return sentence
    *rest, last = match["things"].split()
    record, one = match["record"], " ".join([*rest, singular(last)])
    if not can_name_records(*record.split(), *one.split()):
        return sentence
    return f"each {record} belongs to one {one}; each {record} has {match['listed']}"


_WE_WOULD_RECORD_EACH = re.compile(
    r"^(?:.*?,\s+so\s+)?(?:we|i)\s+(?:would\s+like|want|need)\s+to\s+(?:record|log|keep|track)\s+"
    rf"(?:each|every)\s+(?P<record>{_NAME}?):\s+(?P<listed>\S.*)$"
)


def we_would_record_each(sentence: str) -> str:
    """``when a dog wins one at a show, ..., so we would like to record each holding: which
    trophy, which dog, ...``: *each holding has which trophy, which dog, ...*."""
    match = _WE_WOULD_RECORD_EACH.match(sentence)
    if match is None or not can_name_records(*match["record"].split()):
        return sentence
    return f"each {match['record']} has {match['listed']}"


_STORED_AGAINST_AND_WE_NOTE = re.compile(
    r"^(?:what\s+(?:we|i)\s+(?:would\s+like|want|need)\s+is\s+)?(?:each|every)\s+"
    rf"(?P<record>{_NAME}?)\s+(?:stored|kept|logged|recorded|filed)\s+against\s+(?:the|a|an|its|their)\s+"
    rf"(?P<one>{_NAME}?),\s+and\s+(?:we|i)\s+(?:note|record|keep|log)\s+(?P<listed>\S.*)$"
)


def stored_against_and_we_note(sentence: str) -> str:
    """``what we would like is each conservatory stored against the customer, and we note the
    roof material, ...``: *each conservatory belongs to one customer; each conservatory has the
    roof material, ...*."""
    match = _STORED_AGAINST_AND_WE_NOTE.match(sentence)
    if match is None or not can_name_records(*match["record"].split(), *match["one"].split()):
        return sentence
    record = match["record"]
    return f"each {record} belongs to one {match['one']}; each {record} has {match['listed']}"


_HANG_OFF_ONE_EACH_WITH = re.compile(
    rf"^(?P<things>{_NAME}?s)\s+(?:hang\s+off|sit\s+under|are\s+attached\s+to|are\s+filed\s+under)\s+"
    rf"(?:a|an|each|the|one)\s+(?P<one>{_NAME}?),\s+each\s+with\s+(?P<listed>\S[^;]*)$"
)


def hang_off_one_each_with(sentence: str) -> str:
    """``supporting documents hang off an application, each with a title and a file link``:
    *each supporting document belongs to one application; each supporting document has a title
    and a file link*; *each with* is of the records that hang off, not of the one they hang
    off."""
    match = _HANG_OFF_ONE_EACH_WITH.match(sentence)
    if match is None:
        return sentence
    *rest, last = match["things"].split()
    thing = " ".join([*rest, singular(last)])
    if thing == match["one"] or not can_name_records(*thing.split(), *match["one"].split()):
        return sentence
    return f"each {thing} belongs to one {match['one']}; each {thing} has {match['listed']}"
