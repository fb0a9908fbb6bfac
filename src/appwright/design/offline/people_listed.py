"""People and what is kept about them, told in passing: *shoppers are freelancers, so i only need
their name*, *customers rent them, and we need their name*, *for the carriers, who are mostly
local teenagers, i need their name*, *people book a spot in a session*.

Each is rewritten into the people as a record with their list, apart from what they do.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.phrase_patterns import WE_KEEP_VERBS, trailing_list_clauses
from appwright.design.offline.word_classes import FUNCTION_WORDS, word_set
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_plural,
    singular,
    singular_phrase,
    verb_lemma,
)

_ASIDE_RELATIVE = re.compile(
    r"(?P<lead>^|,\s+and\s+|[,;]\s+)(?P<head>(?:for|about)\s+(?:the|our|all\s+the)\s+[a-z][\w\-]*s),\s+"
    r"(?:who|which)\s+(?:are|is)\s+"
    r"[^,;]+,\s+(?=(?:i|we)\s)"
)


_EACH_ONE_AFTER = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+(?P<said>[^;,]+)(?P<sep>;|,)\s+(?:and\s+)?for\s+each\s+one\b"
)


def for_each_one(sentence: str) -> str:
    """``for the carriers, who are mostly local teenagers, i need their name``: *for the
    carriers i need ...*; ``houses sit on a round; for each one i keep the address``: *...;
    for each house i keep ...*, the one being the records the clause before is about."""
    sentence = _ASIDE_RELATIVE.sub(
        lambda m: f"{'; ' if m.group('lead') else ''}{m.group('head')} ", sentence
    )
    return _EACH_ONE_AFTER.sub(
        lambda m: (
            f"{m.group('things')} {m.group('said')}{m.group('sep')} and for each"
            f" {singular(m.group('things'))}"
        ),
        sentence,
    )


_HEADER_EVENT = re.compile(
    r"^(?P<header>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?):\s+(?:a|an|each|every)\s+"
    r"(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<verb>[a-z]+s)(?:\s+(?:out|in|up|back|on|off|over))?"
    r"\s+(?:a|an|one|the)\s+"
    r"(?P<what>[a-z][\w\-]*(?:\s+(?!with\b)[a-z][\w\-]*)?)(?P<rest>\s*(?:,|$).*)$"
)


_ANY_THING = word_set("item thing one piece")
"""*takes out one item*: whatever thing it is, named elsewhere, no record of its own."""


def header_event(sentence: str) -> str:
    """``bookings: a guest books a session, with the number of places``: under a plural
    header, the act it names is one of those records, of both sides, with the list."""
    match = _HEADER_EVENT.match(sentence)
    if match is None:
        return sentence
    header = match.group("header")
    if not is_plural(header.split()[-1]) or verb_lemma(match.group("verb")) is None:
        return sentence
    one = f"each {singular_phrase(header)}"
    ends = [match.group(n) for n in ("who", "what") if match.group(n) not in _ANY_THING]
    owned = [f"{one} belongs to a {end}" for end in ends]
    return "; ".join([*owned, *trailing_list_clauses(one, match.group("rest"))])


_FOR_ONE = re.compile(
    r"(?P<lead>^|,\s*(?:and\s+)?)for\s+(?:a|an|any)\s+(?P<np>[a-z][\w\-]*)\s+"
    rf"(?=(?:we|i)\s+(?:only\s+|just\s+|also\s+)?(?:{WE_KEEP_VERBS})\b)"
)


_PEOPLE_ARE_SO = re.compile(
    r"^(?P<people>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+are\s+(?:(?:all|mostly|just)\s+)?"
    r"(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*s\s*,?\s+so\s+(?:i|we)\s+(?:only\s+|just\s+)?"
    rf"(?:{WE_KEEP_VERBS})\s+(?:their\s+)?(?P<list>[a-z].+)$"
)


def people_are_so(sentence: str) -> str:
    """``shoppers are freelancers, so i only need their name, phone and paypal email``:
    *shoppers have a name, phone and paypal email*; what they are says why so little is kept."""

    def plain(clause: str) -> list[str]:
        match = _PEOPLE_ARE_SO.match(clause)
        if match is None or not is_plural(match.group("people").split()[-1]):
            return [clause]
        return [f"{match.group('people')} have {match.group('list')}"]

    return per_clause(sentence, plain)


_PEOPLE_ACT_WE_KEEP = re.compile(
    r"^(?:then\s+|and\s+)?(?P<people>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+(?P<verb>[a-z]+)\s+"
    r"(?P<object>them|it|(?:a|an|the|one|our)\s+[a-z][\w\-]*)\s*,\s*and\s+(?:i|we)\s+"
    rf"(?:only\s+|just\s+|also\s+)?(?:{WE_KEEP_VERBS})\s+their\s+(?P<list>.+?)"
    r"(?:,\s+and\s+(?P<rest>(?:when|whenever|once|if|then|each|every|we|i)\b.*))?$"
)


def people_act_we_keep(sentence: str) -> str:
    """``then customers rent them, and we need their name, email and phone, and when ...``:
    *customers rent them; customers have name, email and phone; when ...*, *their* the people
    just named, not what they act on."""

    def plain(clause: str) -> list[str]:
        match = _PEOPLE_ACT_WE_KEEP.match(clause)
        if match is None:
            return [clause]
        people, verb = match.group("people"), match.group("verb")
        if not is_plural(people.split()[-1]) or verb_lemma(verb) != verb or not can_be_verb(verb):
            return [clause]
        found = [
            f"{people} {verb} {match.group('object')}",
            f"{people} have {match.group('list')}",
        ]
        return found + ([match.group("rest")] if match.group("rest") else [])

    return per_clause(sentence, plain)


def for_one(sentence: str) -> str:
    """``exhibitors enter classes, and for an exhibitor i need their name``: *...; for each
    exhibitor i need their name*, what is kept for every one of them."""

    def each(match: re.Match[str]) -> str:
        lead = "; " if match.group("lead") else ""
        return f"{lead}for each {match.group('np')} "

    return _FOR_ONE.sub(each, sentence)


_PLACE_IN = re.compile(
    r"\b(?P<verb>(?:book|reserve|take|buy|get|hold|want|request)(?:s|ed)?)\s+"
    r"(?:(?:a|an|the)\s+(?P<spot>spot|place|seat|slot|space)|(?:some\s+|several\s+)?(?:spots|places|seats|slots))"
    r"\s+(?:in|on|at|for)\s+(?:(?P<det>a|an|the|one)\s+(?=[a-z])|(?=[a-z][\w\-]*s\b))"
)


def place_in(sentence: str) -> str:
    """``people book a spot in a session``: *people book a session*; the spot is their part of
    the session the booking is for, not a record of its own, unless the sentence tells what
    one keeps (*a member books a slot on a reformer, and a slot is just a date, ...*)."""

    def booked(match: re.Match[str]) -> str:
        spot = match.group("spot")
        if spot and re.search(rf"\b(?:a|an|each|every|the)\s+{spot}\s+(?:is|has)\b", sentence):
            return match.group(0)
        if match.group("det") is None:
            return f"{match.group('verb')} "  # "book seats on trips": book trips
        det = "a" if match.group("det") == "one" else match.group("det")
        return f"{match.group('verb')} {det} "

    return _PLACE_IN.sub(booked, sentence)


_ONE_GETS_IN_TOUCH = re.compile(
    r"^(?:so\s+|basically\s+|first\s+)?(?:when\s+)?(?:a|an)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:calls|rings|phones|emails|enquires|books|arrives|comes in|turns up|gets in touch)"
    r"(?:\s+(?:up|in|us|me))?\s*,\s+(?:so\s+|then\s+)?(?:i|we)\s+"
    r"(?:take|note|get|grab|write down|jot down|record|ask for|need|log)\s+their\s+"
    r"(?P<list>.+?)(?P<rest>,\s+and\s+(?:i|we|then)\s.*)?$"
)


def one_gets_in_touch(sentence: str) -> str:
    """``a customer calls, i take their name, phone and where the car is``: *each customer
    has name, phone and where the car is*, what is taken down of the one who got in touch."""
    match = _ONE_GETS_IN_TOUCH.match(sentence)
    if match is None or not can_be_noun(match["who"]) or match["who"] in FUNCTION_WORDS:
        return sentence
    rest = (
        f"; {match['rest'].removeprefix(',').strip().removeprefix('and ')}" if match["rest"] else ""
    )
    return f"each {match['who']} has {match['list']}{rest}"
