"""A record we write down against two others at once: *when a bottle is sold we record the
sale (the code, the price and the date) against that member, and against whichever of our
bars sold it*. The record belongs to both, and the bracket is its list; *whichever of our
bars sold it* is one of the business's own places, named by what it did. So is one record kept
against another: *payments against an invoice record the date received, ...*, *when the band
rehearses, we log a drawdown against their block with ...*."""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, is_plural, singular

_AGAINST_ONE_AND_ANOTHER = re.compile(
    r"^(?:(?:when|once|whenever)\s+[^,;]+,\s+)?(?:we|i)\s+(?:(?:need|have)\s+to\s+)?"
    r"(?:record|log|enter|put)\s+(?:the|each|every|a|an)\s+(?P<thing>[a-z][\w\-]*)\s*"
    r"(?:\((?P<listed>[^()]+)\))?\s+against\s+(?:the|that|a|an|their)\s+(?P<one>[a-z][\w\-]*),?\s+"
    r"and\s+(?:against\s+)?(?:the|that|a|an|(?:whichever|one)\s+of\s+(?:our|the))\s+"
    r"(?P<other>[a-z][\w\-]*(?:\s+(?!with\b|and\b|that\b|who\b|which\b)[a-z][\w\-]*)?)"
    r"(?:\s+(?:that\s+)?[a-z]+\s+it)?(?:,?\s+with\s+(?P<more>[^;]+))?(?:,\s+because\s+[^;]*)?$"
)


def against_one_and_another(sentence: str) -> str:
    """``we record the sale (the code and the date) against that member, and against
    whichever of our bars sold it``: *each sale has the code and the date; each sale belongs
    to one member; each sale belongs to one bar*; so is ``we log a quote against the zone and
    the skip size, with the caller's postcode, ...``, its list after the two."""

    def plain(clause: str) -> str:
        match = _AGAINST_ONE_AND_ANOTHER.match(clause)
        if match is None:
            return clause
        thing, one = match["thing"], match["one"]
        *before, last = match["other"].split()
        other = " ".join([*before, singular(last)])
        if any(w in FUNCTION_WORDS or not can_be_noun(w) for w in (thing, one, *other.split())):
            return clause
        said = [f"each {thing} belongs to one {one}", f"each {thing} belongs to one {other}"]
        listed = [given for given in (match["listed"], match["more"]) if given]
        if listed:
            said.insert(0, f"each {thing} has {', '.join(listed)}")
        return "; ".join(said)

    return per_statement(sentence, plain)


_NP = r"[a-z][\w\-]*(?:\s+(?!and\b|who\b|with\b)[a-z][\w\-]*)?"
_IS_LOGGED_AGAINST_BOTH = re.compile(
    rf"^(?:each|every|a|an)\s+(?P<thing>[a-z][\w\-]*)\s+is\s+(?:logged|recorded|entered|booked)\s+"
    rf"against\s+(?:the|a|an|its|one)\s+(?P<one>{_NP})\s+and\s+(?:the|a|an|its|one)\s+"
    rf"(?P<other>{_NP})(?:\s+(?:who|that)\s+[a-z]+\s+it)?(?:,?\s+with\s+(?P<listed>[^;]+))?$"
)


def logged_against_both(sentence: str) -> str:
    """``each clean is logged against the bedroom and the room attendant who did it, with a
    start time``: *each clean belongs to one bedroom; each clean belongs to one room
    attendant; each clean has a start time*."""

    def plain(clause: str) -> str:
        match = _IS_LOGGED_AGAINST_BOTH.match(clause)
        if match is None:
            return clause
        thing, one, other = match["thing"], match["one"], match["other"]
        heads = (thing, one.split()[-1], other.split()[-1])
        if any(w in FUNCTION_WORDS or not can_be_noun(w) for w in heads):
            return clause
        said = [f"each {thing} belongs to one {one}", f"each {thing} belongs to one {other}"]
        if match["listed"]:
            said.append(f"each {thing} has {match['listed']}")
        return "; ".join(said)

    return per_statement(sentence, plain)


_THINGS_AGAINST_ONE_RECORD = re.compile(
    r"^(?:(?:each|every)\s+(?P<one>[a-z][\w\-]*)|(?P<many>[a-z][\w\-]*s))\s+against\s+"
    r"(?:a|an|one|the|each)\s+(?P<record>[a-z][\w\-]*)\s+"
    r"(?:records?|holds?|notes?|logs?|keeps?|has|have)\s+(?P<listed>(?:the|a|an|its|how|which)\s.+)$"
)


def things_against_one_record(sentence: str) -> str:
    """``payments against an invoice record the date received, the amount and how it was
    paid``: *each payment belongs to one invoice; each payment has the date received, ...*;
    what is kept against a record is the payment's, not the invoice's."""
    match = _THINGS_AGAINST_ONE_RECORD.match(sentence)
    if match is None:
        return sentence
    one = match["one"] or singular(match["many"])
    if not can_be_noun(one) or one in FUNCTION_WORDS or one == match["record"]:
        return sentence
    return f"each {one} belongs to one {match['record']}; each {one} has {match['listed']}"


_LOGGED_AGAINST_THEIRS = re.compile(
    r"^(?:(?:when|whenever|once|as|after|each\s+time|every\s+time)\s+(?P<when>[^,;]+?),?\s+)?"
    r"(?:we|they|i|someone|staff|the\s+[a-z]+)\s+(?:log|logs|record|records|enter|enters|book|books)\s+"
    r"(?:(?:a|an|the|each)\s+(?P<thing>[a-z][\w\-]*)|it)\s+(?:against|on)\s+"
    r"(?:its|their|his|her|the|a|an|that)\s+(?:(?:original|right|same|relevant)\s+)?"
    r"(?P<one>[a-z][\w\-]*)(?:\s*\((?P<known>[^()]+)\))?,?\s+with\s+"
    r"(?P<listed>(?:the|a|an|its|their|how|which|whether)\s.+)$"
)
_THE_ONE_IN_THE_WHEN = re.compile(
    r"^(?:the|a|an|each|every)\s+(?P<thing>[a-z][\w\-]*)\s+(?:is|are|gets|goes)\b"
)
"""*once the review is live, we log it against ...*: what *it* is, named in the condition."""


_ONE_WHO_ACTS = re.compile(
    r"^(?:one\s+of\s+(?:our|the)\s+|a\s+|an\s+)(?P<who>[a-z][\w\-]*)\s+[a-z]+s\b"
)
"""*one of our drivers tips a load*, *a driver tips a load*: who does what a record is logged for."""


def logged_against_theirs(sentence: str) -> str:
    """``when the band rehearses, we log a drawdown against their block with the date, the
    room name and the hours used``: *each drawdown belongs to one block; each drawdown has the
    date, ...*; what is logged against a record is a record of its own, whoever logs it, and
    one of ours who does what it is logged for (*when one of our drivers tips a load*) is
    another of its links."""
    match = _LOGGED_AGAINST_THEIRS.match(sentence)
    if match is None:
        return sentence
    named = _THE_ONE_IN_THE_WHEN.match(match["when"] or "")
    thing, one = match["thing"] or (named["thing"] if named else ""), match["one"]
    if not thing:
        return sentence
    if thing == one or not all(can_be_noun(w) and w not in FUNCTION_WORDS for w in (thing, one)):
        return sentence
    said = f"each {thing} belongs to one {one}; each {thing} has {match['listed']}"
    if match["known"]:
        said = f"{said}; each {one} has {match['known']}"  # "the installation (job number)"
    doer = _ONE_WHO_ACTS.match(match["when"] or "")
    if doer is None or not can_be_noun(who := singular(doer["who"])) or who in (thing, one):
        return said
    return f"each {thing} belongs to one {who}; {said}"  # "when one of our drivers tips a load"


_IS_KEPT_AGAINST_ONE = re.compile(
    r"^(?:(?:each|every|a|an)\s+(?P<one>[a-z][\w\-]*)\s+(?:is|gets)|(?P<many>[a-z][\w\-]*s)\s+are)"
    r"\s+(?:always\s+)?(?:logged|recorded|entered|booked|posted|noted|charged|filed|kept|held)\s+"
    r"against\s+(?:a|an|one)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:,?\s+with\s+(?P<listed>(?:the|a|an|its|their|how|which|whether)\s.+))?$"
)


def kept_against_one(sentence: str) -> str:
    """``a gain is recorded against a client``, ``payments are logged against an invoice,
    with the date and amount``: *each gain belongs to one client*; what is kept against a
    record belongs to it (and the list after *with* is its own). Against *the* or *its* one,
    the record may be one told by a longer name (*its session*, a cutting session), and is
    left to the readers that know it."""

    def plain(clause: str) -> str:
        match = _IS_KEPT_AGAINST_ONE.match(clause)
        if match is None:
            return clause
        one = match["one"] or singular(match["many"])
        record = match["record"]
        heads = (one, record.split()[-1])
        if one == record or any(w in FUNCTION_WORDS or not can_be_noun(w) for w in heads):
            return clause
        said = f"each {one} belongs to one {record}"
        return f"{said}; each {one} has {match['listed']}" if match["listed"] else said

    return per_statement(sentence, plain)


_SOMEONE_LOGS_ONES_ON_IT = re.compile(
    r"^(?:as\s+(?:they|we|he|she)\s+(?:go|goes)\s+(?:along|on),?\s+)?the\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:logs|records|notes|enters)\s+(?P<things>[a-z][\w\-]*s)\s+(?:on|against)\s+"
    r"(?:the|each|a|an|that)\s+(?P<one>[a-z][\w\-]*):\s+"
)


def someone_logs_ones_on_it(sentence: str) -> str:
    """``as they go along the caseworker logs actions on the case: a description, ...``: *we log
    actions on the case: ...*, as the readers of what we log against a record know it (not a
    *caseworker log*, the words the parse would join)."""
    match = _SOMEONE_LOGS_ONES_ON_IT.match(sentence)
    if match is None or not can_be_noun(match["who"]) or not is_plural(match["things"]):
        return sentence
    return f"we log {match['things']} on the {match['one']}: {sentence[match.end() :]}"


_ADD_DATED_ONES_TO = re.compile(
    r"\b(?P<add>add|adds|leave|leaves|post|posts|write|writes)\s+dated\s+"
    r"(?P<things>notes|comments|updates|entries)\s+(?P<to>(?:to|on|against)\s+"
    r"(?:a|an|the|each|every|their|its)\s+[a-z][\w\-]*)(?:\s+(?:while|as|when)\s+[^,;]+)?"
)


def add_dated_ones_to(sentence: str) -> str:
    """``staff add dated notes to a case while they chase it up``: *staff add notes to a case;
    each note has a date and the note*; a dated note keeps its date, and what it is for no
    field."""

    def plain(match: re.Match[str]) -> str:
        thing = singular(match["things"])
        said = f"{match['add']} {match['things']} {match['to']}"
        return f"{said}; each {thing} has a date and the {thing}"

    return _ADD_DATED_ONES_TO.sub(plain, sentence)
