"""A record's list said after a comma, a dash, a bracket or a remark, written as its list: *a
list of customers, just a name, their handle and an email*, *a repair job where i write down the
title*, *sites are easy, just a name and a grid reference*.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import is_plural, plural, singular

_LIST_OF_THEM_COMMA = re.compile(
    r"\b(?P<list>a\s+list\s+of\s+(?:our\s+|the\s+|all\s+)?(?P<things>[a-z][\w\-]*)),\s+"
    r"(?:just\s+|only\s+)?(?=(?:a|an|their)\s+[^;]*\s+and\s)"
)


def list_of_them_then_details(sentence: str) -> str:
    """``i need a list of customers, just a name, their handle and an email``: *a list of
    customers: a name, ...*; what each one has, said after a comma."""
    return _LIST_OF_THEM_COMMA.sub(
        lambda m: f"{m['list']}: " if is_plural(m["things"]) else m[0], sentence
    )


_WHERE_WE_WRITE = re.compile(
    r"\b(?P<record>(?:a|an|the|one)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:where|on\s+which|in\s+which)\s+"
    r"(?:i|we)\s+(?:also\s+|then\s+|just\s+)?(?:write|note|record|log|take|jot|enter|track|fill\s+in)"
    r"(?:\s+down)?\s+(?=(?:the|a|an|its|their|what|when|how|whether)\b)"
)


def where_we_write(sentence: str) -> str:
    """``each book becomes a repair job where i write down the title, ...``: *a repair job
    with the title, ...*; the record the list is written on."""
    return _WHERE_WE_WRITE.sub(r"\g<record> with ", sentence)


_WE_NEED_IN_BRACKETS = re.compile(
    r"\s*\((?P<clause>(?:we|i)\s+(?:also\s+)?(?:need|keep|take|record|note|want|get|ask\s+for)\s+"
    r"the\s+[a-z][\w\-]*'s\s+[^()]+)\)(?:,?\s+(?:and|but)\b)?"
)


def we_need_in_brackets(sentence: str) -> str:
    """``sellers book pitches (we need the seller's name, phone ...), and each ...``: *sellers
    book pitches; we need the seller's name, ...; each ...*; a clause of its own about the one
    it names, not the fields of the word before the bracket (*(we keep their name ...)* is)."""
    opening = _OPENING_RECORD.match(sentence)

    def aside(match: re.Match[str]) -> str:
        after = sentence[match.end() :]
        if opening and _GOES_ON_WITH_A_VERB.match(after):
            # "each job is for a client (we keep ...) and has a site address": the job's
            return f"; {match['clause']}; each {opening['one']}"
        return f"; {match['clause']};"

    return _WE_NEED_IN_BRACKETS.sub(aside, sentence).rstrip("; ")


_OPENING_RECORD = re.compile(
    r"^(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|has|belongs|comes|goes)\b"
)
_GOES_ON_WITH_A_VERB = re.compile(r"^\s+(?:has|have|is|gets|needs|belongs|carries|holds)\s")


_IT_HAS_IN_BRACKETS = re.compile(
    r"\b(?:every|each|a|an|the|one)\s+(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*"
    r"\(\s*(?:it|they|which|each\s+one)\s+(?:has|have|gets?)\s+(?P<list>(?:a|an|the|its|their)\s[^()]+)\)"
)


def it_has_in_brackets(sentence: str) -> str:
    """``for every event day (it has a name and a date) i set up the posts``: *each event
    day has a name and a date; for every event day i set up the posts*; the aside is the
    record's own list, said before the sentence goes on about it."""
    match = _IT_HAS_IN_BRACKETS.search(sentence)
    if match is None or any(w in FUNCTION_WORDS for w in match["thing"].split()):
        return sentence
    thing = match["thing"]
    rest = sentence[: match.start("thing")] + thing + sentence[match.end() :]
    return f"each {thing} has {match['list'].strip()}; {rest}"


_PER_HEADER_DASH = re.compile(
    # "service log per handpiece - date, ...": a record kept, named by what it is written in
    r"^(?P<head>(?:[a-z][\w\-]*s|[a-z][\w\-]*\s+(?:log|record|entry|sheet|card|register))\s+per\s+"
    r"[a-z][\w\-]*(?:\s+(?:each|every|per|a)\s+[a-z]+)?)\s+[-\u2013]\s+"
    r"(?=[^,;]+,)"
)
_WHO_HEADER = re.compile(
    r"^(?P<head>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)\s+(?:who|that|which|we)\s+[^:;,]+:\s+(?=[^,;]+,)"
)


def header_of_notes(sentence: str) -> str:
    """``cuts per bed each winter - date, bundles, grade``: *cuts per bed each winter: date,
    ...*, a header as a colon's; ``thatchers who buy from us: name, phone``: *thatchers: name,
    phone*; who they are names no more of the record."""
    return _WHO_HEADER.sub(r"\g<head>: ", _PER_HEADER_DASH.sub(r"\g<head>: ", sentence))


_FOR_THEM_WE_NEED = re.compile(
    r"^(?P<who>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+(?:are|is)\s+[^,;:]+,\s+(?:so\s+|and\s+)?"
    r"for\s+(?:them|each\s+of\s+them|each\s+one|every\s+one(?:\s+of\s+them)?)\s+(?:i|we)\s+(?:just\s+|only\s+)?"
    r"(?:need|keep|note|take|record)\s+(?P<listed>.+)$"
)


def for_them_we_need(sentence: str) -> str:
    """``the drivers are mostly students over the summer, so for them i just need a name and a
    phone number``: *the drivers have a name and a phone number*; *them* is who the clause
    before described."""
    return _FOR_THEM_WE_NEED.sub(r"\g<who> have \g<listed>", sentence)


_ARE_EASY_JUST = re.compile(
    r"^(?:(?P<things>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+are"
    r"|(?:the|our)\s+(?P<one>[a-z][\w\-]*)\s+(?:side|end|part)\s+is)"
    r"\s+(?:(?:very|pretty|quite|fairly|really)\s+)?(?:easy|simple|straightforward|basic)"
    r"(?:\s+enough)?(?:\s+for\s+us|\s+here)?,\s+(?:(?P<just>just|only)\s+)?(?P<listed>[a-z][^;]*?)"
    r"(?P<rest>,\s+and\s+(?:at|in|on|then|i|we|also)\s[^;]*)?$"
)
_LISTED_WITH_ARTICLE = re.compile(r"^(?:a|an|the|their)\s")


def are_easy_just(sentence: str) -> str:
    """``sites are easy, just a name, a grid reference and whether there's parking``: *sites
    have a name, ...*; how little they need is what they have. ``the customer side is simple,
    just name and phone``: *customers have name and phone*; the side of the business they
    make up is the customers."""

    def plain(match: re.Match[str]) -> str:
        if not (_LISTED_WITH_ARTICLE.match(match["listed"]) or match["just"]):
            return match[0]
        things = match["things"] or plural(match["one"])
        rest = f"; {match['rest'].split(' and ', 1)[1]}" if match["rest"] else ""
        return f"{things} have {match['listed']}{rest}"

    return _ARE_EASY_JUST.sub(plain, sentence)


_RECORDED_BY = re.compile(
    r"^(?P<things>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+are\s+(?:recorded|kept|listed|logged|stored|entered)\s+"
    r"(?:just\s+|simply\s+)?by\s+(?P<listed>(?:their\s+|a\s+)?name\b[^;]*)$"
)


def recorded_by(sentence: str) -> str:
    """``boats are recorded by name and operational number``: *boats have name and operational
    number*; what a record is kept by is its list."""
    return _RECORDED_BY.sub(r"\g<things> have \g<listed>", sentence)


_ONE_OF_OURS_AND_THEIR_LIST = re.compile(
    r"^(?P<lead>one\s+of\s+(?:our|the|my)\s+(?P<who>[a-z][\w\-]*s)\s+[a-z]+\s+(?:each|every)\s+[a-z][\w\-]*),?\s+"
    r"and\s+(?:we|i)\s+(?:hold|keep|record|note|store|take)\s+their\s+(?P<listed>[a-z][^;]*)$"
)


def one_of_ours_and_their_list(sentence: str) -> str:
    """``one of our mechanics does each check, and we hold their name and phone number``: *...;
    each mechanic has a name and phone number*; *their* is the one of ours, not the check."""
    match = _ONE_OF_OURS_AND_THEIR_LIST.match(sentence)
    if match is None or not is_plural(match["who"]):
        return sentence
    return f"{match['lead']}; each {singular(match['who'])} has a {match['listed']}"


_IS_BASICALLY_ITS_LIST = re.compile(
    r"(?P<lead>^|;\s+)(?P<one>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+is\s+"
    r"(?:(?:basically|just|simply|really|mainly)\s+)?"
    r"(?=(?:the|their|its)\s+[^,;]+,\s+(?:the|their|its|a|an)\s[^;]*\band\s+(?:the|their|its|a|an)\s)"
)


def is_basically_its_list(sentence: str) -> str:
    """``so an entry is basically the team name, the club they're from, the skip's email and the
    date we got it``: *an entry has the team name, ...*; what one record *basically is* is
    what it holds."""
    return _IS_BASICALLY_ITS_LIST.sub(lambda m: f"{m['lead']}{m['one']} has ", sentence)


_EACH_ON_ITS_OWN_LINE = re.compile(
    r"\b(?:any\s+|all\s+)?(?P<things>[a-z][\w\-]*s)\s+(?:found|raised|noted|spotted|seen)\s+(?:each\s+)?"
    r"(?:go|goes|get|gets|are\s+put|is\s+put)\s+on\s+(?:their|its)\s+own\s+(?:line|row|record)\s+with\s+"
    r"(?=(?:a|an|the)\s)"
)
_A_VALUE_OF = re.compile(
    r"\b(?P<field>(?:a|an)\s+[a-z][\w\-]*)\s+of\s+(?P<values>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}"
    r"(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})*,?\s+or\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?)"
    r"(?=,|;|$)"
)


def each_on_its_own_line(sentence: str) -> str:
    """``any defects found each go on their own line with a description and a timescale of
    immediately, within a month or at next service``: *each defect has a description and a
    timescale (immediately, within a month or at next service)*; each is a record of its own."""
    match = _EACH_ON_ITS_OWN_LINE.search(sentence)
    if match is None or not is_plural(match["things"]):
        return sentence
    listed = sentence[match.end() :]
    listed = _A_VALUE_OF.sub(r"\g<field> (\g<values>)", re.sub(r",\s+because\s.*$", "", listed))
    return f"{sentence[: match.start()]}each {singular(match['things'])} has {listed}"


_ON_EACH_ONE_EVERY_THING_LOGGED = re.compile(
    r"^(?:on|for)\s+(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:the\s+[a-z][\w\-]*|we|i|they)\s+"
    r"(?:logs?|records?|notes?|lists?|writes?\s+down)\s+(?:every|each)\s+(?P<thing>[a-z][\w\-]*)"
    r"(?:\s+(?:they|we|he|she)\s+[a-z]+(?:\s+(?:at|on|in))?)?\s*:\s*(?P<listed>\S.*)$"
)


def on_each_one_every_thing_logged(sentence: str) -> str:
    """``on each visit the surveyor logs every tree they look at: species, ...``: *each tree
    belongs to one visit; each tree has species, ...*; what is logged on each is its own."""
    match = _ON_EACH_ONE_EVERY_THING_LOGGED.match(sentence)
    if match is None:
        return sentence
    thing = match["thing"]
    return f"each {thing} belongs to one {match['one']}; each {thing} has {match['listed']}"


_CAN_OWN_SEVERAL = re.compile(
    r"^(?P<owners>[a-z][\w\-]*s)\s+can\s+(?:own|have|hold|run|manage)\s+"
    r"(?:several|many|multiple|more\s+than\s+one)\s+(?P<things>[a-z][\w\-]*s),?\s+(?:each\s+)?with\s+"
    r"(?=(?:a|an|the|its|their)\s)"
)


def can_own_several(sentence: str) -> str:
    """``clients can own several properties, each with an address and a postcode``: *each
    property belongs to one client; each property has ...*; the many are the owner's."""
    match = _CAN_OWN_SEVERAL.match(sentence)
    if match is None or not (is_plural(match["owners"]) and is_plural(match["things"])):
        return sentence
    owner, thing = singular(match["owners"]), singular(match["things"])
    return f"each {thing} belongs to one {owner}; each {thing} has {sentence[match.end() :]}"
