"""A record's list said after a comma, a dash, a bracket or a remark, written as its list: *a
list of customers, just a name, their handle and an email*, *a repair job where i write down the
title*, *sites are easy, just a name and a grid reference*.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import is_plural, plural

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
    r"^(?P<head>[a-z][\w\-]*s\s+per\s+[a-z][\w\-]*(?:\s+(?:each|every|per|a)\s+[a-z]+)?)\s+[-\u2013]\s+"
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
    r"\s+(?:easy|simple|straightforward|basic)(?:\s+enough)?,\s+"
    r"(?:(?P<just>just|only)\s+)?(?P<listed>[a-z][^;]*?)"
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
