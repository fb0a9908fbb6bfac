"""Where a new clause starts inside a sentence, written as a clause of its own: *a blend is my
own recipe, it's got a name* is *...; it has a name*, *... and each one is taken by one of our
coaches* *...; each one is taken by ...*.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, verb_lemma

_COMMA_THEN_IT_HAS = re.compile(
    r"(?<=[a-z]),\s+(?P<who>it|they)(?:\s+has|\s+have|'s\s+got|'ve\s+got|\s+has\s+got|\s+have\s+got)\s+"
    r"(?=(?:a|an|the|its|their)\s)"
)


def comma_then_it_has(sentence: str) -> str:
    """``a blend is my own recipe, it's got a name, a tasting note ...``: *...; it has a name*,
    a clause of its own after a comma, as people type it."""
    return _COMMA_THEN_IT_HAS.sub(
        lambda m: "; it has " if m["who"] == "it" else "; they have ", sentence
    )


_PEOPLE_ACT = re.compile(r"^(?P<people>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+(?P<verb>[a-z]+)\s")
_AND_ACT_ON_THINGS_WITH = re.compile(
    r"\s+and\s+(?:then\s+)?(?P<verb>[a-z]+)\s+(?P<things>[a-z][\w\-]*s)\s+with\s+"
)


def and_they_act_with(sentence: str) -> str:
    """``owners register their dogs (...) and book stays with a check-in date``: *...; owners
    book stays with ...*; the second act shares the people, so *book* names no record."""
    opening = _PEOPLE_ACT.match(sentence)
    if opening is None or verb_lemma(opening["verb"]) != opening["verb"]:
        return sentence
    for match in _AND_ACT_ON_THINGS_WITH.finditer(sentence, opening.end()):
        before = sentence[: match.start()]
        verb = match["verb"]
        bare = re.sub(r"\([^()]*\)", "", before)
        if any(mark in bare for mark in ("(", ")", ",", ";", " with ")):
            # inside brackets, after a list of acts, or in a list after *with* (*orders with
            # a date and order lines with ...*): not one act and the next
            continue
        if verb_lemma(verb) != verb or verb in FUNCTION_WORDS or not can_be_noun(match["things"]):
            continue
        people = opening["people"]
        return f"{before}; {people} {verb} {match['things']} with {sentence[match.end() :]}"
    return sentence


_AND_EACH_ONE_IS = re.compile(
    r"(?<=[a-z])\s+and\s+(?=each\s+(?:one|of\s+them|[a-z][\w\-]*)\s+"
    r"(?:is|gets|belongs|goes|comes|can|needs|has(?!\s+(?:plenty|several|many|lots|a\s+few|"
    r"a\s+number|multiple|any\s+number|more\s+than\s+one)\b))\b)"
)


def and_each_one_is(sentence: str) -> str:
    """``sessions are held on a date at a venue and each one is taken by one of our
    coaches``: *...; each one is taken by ...*, a clause of its own about each of them (not
    *a pharmacist covers several counties and each county has plenty of pharmacists*, one
    many-to-many told from both ends)."""
    return _AND_EACH_ONE_IS.sub("; ", sentence)


_SO_EACH_ONE = re.compile(
    r",\s+so\s+(?=(?:every|each)\s+[a-z][\w\-]*\s+(?:(?:a|an|the)\s+[a-z][\w\-]*|we|i|they)\s+"
    r"[a-z]+s?\s+(?:gets?|is|are|has|have)\b"
    # "..., so every vessel is attached to an account": each tied to one, a clause of its own
    r"|(?:every|each)\s+[a-z][\w\-]*\s+(?:is|gets)\s+(?:attached|linked|tied|assigned|allocated|"
    r"registered)\s+to\s+(?:a|an|one)\s)"
)


def so_each_one(sentence: str) -> str:
    """``nobody pays in one go, so every payment a tourist makes gets logged with ...``: *...;
    every payment ...*, the record told in a clause of its own after the reason for it (a
    relative clause names who makes it; *so each bundle gets assigned* is left alone), and
    ``..., so every vessel is attached to an account``: each tied to one."""
    return _SO_EACH_ONE.sub("; ", sentence)


_EACH_ONE_HAVING = re.compile(
    r",\s+(?:with\s+)?(?P<each>each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+having\s+"
    r"(?=(?:a|an|the|its|their|one|several|many|some|no)\s)"
)


def each_one_having(sentence: str) -> str:
    """``members audition for characters, each audition having a date and an outcome``:
    *...; each audition has a date and an outcome*, the record and its fields said as a clause
    of their own."""
    return _EACH_ONE_HAVING.sub(r"; \g<each> \g<np> has ", sentence)


_WHILE_FOR_THE_OTHERS = re.compile(
    r",\s+(?:while|whilst|whereas)\s+(?=for\s+(?:the\s+|each\s+|every\s+|our\s+)?"
    r"[a-z][\w\-]*\s+(?:(?:a|an|the|just|only)\s|[a-z][\w\-]*\s+and\s))"
)


def while_for_the_others(sentence: str) -> str:
    """``species are set up with a name and a code, while for vessels a name and port number
    are enough``: *...; for vessels a name and port number are enough*, the other record's
    list a clause of its own."""
    return _WHILE_FOR_THE_OTHERS.sub("; ", sentence)


_AND_OTHERS_KEPT_WITH = re.compile(
    r",\s+and\s+(?=(?:the\s+|our\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s\s+are\s+"
    r"(?:kept|recorded|listed|held|stored|logged|entered|set\s+up|added)\s+with\s)"
)


def and_others_kept_with(sentence: str) -> str:
    """``for vessels we note the name and the length, and crane drivers are kept with their
    name``: *...; crane drivers are kept with their name*, the other record's list a clause of
    its own, not one more item."""
    return _AND_OTHERS_KEPT_WITH.sub("; ", sentence)


_AND_EACH_ONE_THAT = re.compile(
    r",\s+and\s+(?=(?:each|every)\s+[a-z][\w\-]*\s+(?:that|which|who)\s+[^,;]+?\s+"
    r"(?:gets|has|needs|carries|is\s+given)\s+(?:a|an|the|its|their)\s)"
)


def and_each_one_that(sentence: str) -> str:
    """``each spill is logged as an incident with a location, and each bird that comes in from it
    gets a ring number``: *...; each bird that comes in from it gets ...*, the next record's
    list a clause of its own, not one more item of the first."""
    return _AND_EACH_ONE_THAT.sub("; ", sentence)


_EACH_ONE_THAT_GETS = re.compile(
    r"(?P<lead>^|;\s+)(?P<each>(?:each|every)\s+(?P<thing>[a-z][\w\-]*))\s+(?:that|which|who)\s+"
    r"(?P<does>[a-z]+\s+[^,;]+?)\s+(?:gets|has|needs|carries|is\s+given)\s+"
    # a list of its own (*a ring number, its species and ...*), not one record it is given
    r"(?=(?:a|an|the|its|their)\s+[^,;]+,\s+[^;]*\band\s)"
)


def each_one_that_gets(sentence: str) -> str:
    """``each bird that comes in from it gets a ring number, ...``: *each bird comes in from
    it; each bird has a ring number, ...*; what the relative clause says of it is a clause of
    its own, and the list is the record's."""

    def plain(match: re.Match[str]) -> str:
        if verb_lemma(match["does"].split()[0]) is None or not can_be_noun(match["thing"]):
            return match[0]
        return f"{match['lead']}{match['each']} {match['does']}; {match['each']} has "

    return _EACH_ONE_THAT_GETS.sub(plain, sentence)
