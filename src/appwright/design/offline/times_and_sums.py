"""A record's times and sums told in a phrase: *a shift puts one guard at one venue from a start
time to an end time*, *a booking runs from a start date to an end date at a total price*, *each
booking is for one farm on a given date at an agreed price*, *we charge a call-out fee for the
visit*.

Each is rewritten into the record's own fields, apart from the links the phrase also tells.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.types import infer_type
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import is_plural

_AT_AN_AGREED_PRICE = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<said>(?:is|are)\s+.+?)"
    r"\s+at\s+(?:a|an)\s+(?P<price>(?:agreed|fixed|set|quoted|negotiated)\s+(?:price|rate|fee|cost))$"
)


def at_an_agreed_price(sentence: str) -> str:
    """``each booking is for one farm on a given date at an agreed price``: *...; each booking
    has an agreed price*; a price said as where the deal stands is the record's field."""

    def priced(clause: str) -> list[str]:
        match = _AT_AN_AGREED_PRICE.match(clause)
        if match is None:
            return [clause]
        subject = match["subject"]
        return [f"{subject} {match['said']}", f"{subject} has an {match['price']}"]

    return per_clause(sentence, priced)


_TIME_SPAN = re.compile(
    r",?\s+(?:from|between)\s+(?P<start>(?:a|an|the)\s+(?:[a-z]+\s+)?(?:date|time|day))\s+"
    r"(?:to|and|until|till)\s+(?P<end>(?:a|an|the)\s+(?:[a-z]+\s+)?(?:date|time|day))\b"
)


_SPAN_SUBJECT = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+(?P<verb>[a-z]+s)\s+(?=(?:one|a|an)\s)"
)


_BOOKING_VERBS = frozenset(["books", "reserves", "hires", "rents", "orders"])
"""Verbs whose span belongs to the act they make, which the readers of dated acts find."""


def time_span(sentence: str) -> str:
    """``a shift puts one guard at one venue from a start time to an end time``: *a shift
    puts one guard at one venue; a shift has a start time and an end time*, the times of the
    record the clause opens with."""

    def plain(clause: str) -> list[str]:
        opening = _SPAN_SUBJECT.match(clause)
        span = _TIME_SPAN.search(clause)
        if opening is None or span is None or opening.group("verb") in _BOOKING_VERBS:
            return [clause]
        rest = f"{clause[: span.start()]}{clause[span.end() :]}"
        return [
            rest,
            f"{opening.group('subject')} has {span.group('start')} and {span.group('end')}",
        ]

    return per_clause(sentence, plain)


_RUNS_SPAN = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+(?:runs|lasts)\s+"
    r"(?:from|between)\s+(?P<start>(?:a|an|the)\s+(?:[a-z]+\s+)?(?:date|time|day))\s+"
    r"(?:to|and|until|till)\s+(?P<end>(?:a|an|the)\s+(?:[a-z]+\s+)?(?:date|time|day))"
    r"(?:\s+(?:at|for)\s+(?P<price>(?:a|an)\s+(?:[a-z]+\s+)?(?:price|cost|fee|rate|charge)))?"
    r"(?=\s*(?:,|;|$))"
)


def runs_from_to(sentence: str) -> str:
    """``a booking runs from a start date to an end date at a total price``: *a booking has a
    start date, an end date and a total price*."""

    def plain(clause: str) -> list[str]:
        runs = _RUNS_SPAN.match(clause)
        if runs is None:
            return [clause]
        start, end, price = runs.group("start", "end", "price")
        held = f"{start}, {end} and {price}" if price else f"{start} and {end}"
        return [f"{runs.group('subject')} has {held}{clause[runs.end() :]}"]

    return per_clause(sentence, plain)


_WE_CHARGE_FOR = re.compile(
    r"(?:^|,\s+(?:and\s+)?|\band\s+)(?:we|i)\s+(?:also\s+)?(?:charge|bill|take|collect)\s+(?:a|an|the)\s+"
    r"(?P<fee>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:for|on)\s+(?:the|each|every|a|an)\s+"
    r"(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)


def we_charge_for(sentence: str) -> str:
    """``we charge a call-out fee for the visit``: *each visit has a call-out fee*, the sum
    being the record's."""

    def plain(clause: str) -> list[str]:
        match = _WE_CHARGE_FOR.search(clause)
        if match is None or infer_type(words(match["fee"])) != "decimal":
            return [clause]
        if is_plural(match["thing"].split()[-1]):
            return [clause]
        before = clause[: match.start()]
        return [*([before] if before else []), f"each {match['thing']} has a {match['fee']}"]

    return per_clause(sentence, plain)
