"""A link between two records said in a word other than the one its readers know: *talks and
speakers are many to many* is the many-to-many *each talk has many speakers and each speaker
has many talks*. Each rewrite here turns one such twin into the wording the link readers
(`relationships`, `counted`) already read; `simplify` runs them early, before the rewrites
that take a clause apart."""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.noun_phrases import leading_noun_phrase
from appwright.design.offline.one_of_each import ONE_JOINED
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_plural,
    singular_phrase,
    verb_lemma,
    with_article,
)

_MANY_TO_MANY_SAID = re.compile(
    r"(?P<lead>^|(?<=:\s)|(?:,\s+)?\b(?:and|so)\s+|[;,]\s+)(?:the\s+)?"
    rf"(?!(?:so|and|but|then|while|because|as|since)\b)(?P<xs>{NOUN_PATTERN})"
    rf"\s+and\s+(?:the\s+)?(?P<ys>{NOUN_PATTERN})\s+(?:are|is)\s+(?:a\s+)?"
    r"many[\s\-]+to[\s\-]+many(?:\s+(?:link|relationship|relation))?(?=\s*(?:$|[;,.]))"
)


def _plural_record_name(name: str) -> bool:
    """*instructors*, *school classes*: nouns with a plural head."""
    return all(map(can_be_noun, name.split())) and is_plural(name.split()[-1])


def many_to_many_said(sentence: str) -> str:
    """``courses and instructors are many to many``: *each course has many instructors and
    each instructor has many courses*, the two sides the many-to-many readers take (as
    ``owner_links.shared_by_many`` writes them)."""

    def both_sides(match: re.Match[str]) -> str:
        xs, ys = match["xs"], match["ys"]
        if xs == ys or not (_plural_record_name(xs) and _plural_record_name(ys)):
            return match.group(0)
        x, y = singular_phrase(xs), singular_phrase(ys)
        # a clause of its own, as the many-to-many readers take it (not the end of a list)
        lead = "; " if match["lead"] else ""
        return f"{lead}each {x} has many {ys} and each {y} has many {xs}"

    return _MANY_TO_MANY_SAID.sub(both_sides, sentence)


_LINKED_TO = re.compile(
    r"\b(?P<verb>is|are)\s+(?P<each>each\s+)?(?:linked|tied|connected)\s+(?:up\s+)?to\s+"
    r"(?=(?:a|an|one|just\s+one|a\s+single)\s)"
)

_SECOND_LINKED = re.compile(rf"(?:a|an|one)\s+{NOUN_PATTERN}\s+and\s+(?:a|an|one|the)\s")


def linked_as_belongs(sentence: str) -> str:
    """``each order is linked to a customer``: *each order belongs to a customer* (and *players
    are linked to one team*: *players belong to one team*), the wording the belongs-to readers
    know; *is linked to* says no more than it."""

    def belongs(match: re.Match[str]) -> str:
        if _SECOND_LINKED.match(sentence, match.end()):
            return match.group(0)  # *linked to a company and an owner contact*: a list of them
        verb = "belongs" if match["verb"] == "is" else "belong"
        return f"{match['each'] or ''}{verb} to "

    return _LINKED_TO.sub(belongs, sentence)


_HAS_MANY_THEN_EACH = re.compile(
    r"(?P<lead>^|(?<=[;:]\s)|(?:,\s+)?\b(?:and|so)\s+|,\s+)"
    rf"(?:a|an|one|each|every)\s+(?P<one>{NOUN_PATTERN})\s+can\s+have\s+"
    rf"(?:many|several|lots\s+of|any\s+number\s+of)\s+(?P<many>{NOUN_PATTERN})"
    rf"(?:,\s+and\s+(?:each|every)\s+(?P<each>{NOUN_PATTERN})\s+(?P<rest>[a-z][^;]*)"
    # *, each with* after a plural is written *with* by `normalize.normalize_text`
    r"|(?:,\s+each)?\s+with\s+(?P<listed>[^;]+))"
)
_MANY_AGAIN = re.compile(r"\b(?:many|several|lots|multiple|any\s+number)\b")


def has_many_then_each(sentence: str) -> str:
    """``a client can have many jobs, and each job has a title``: *each job belongs to a
    client and has a title*; ``a client can have many jobs, each with a title``: *each job
    belongs to a client, with a title*. What follows is the many's, as after *belongs to*;
    not where it tells the other side (*..., and each instructor teaches on many courses*, a
    many-to-many)."""

    def belongs(match: re.Match[str]) -> str:
        one, many = match["one"], match["many"]
        if not (_plural_record_name(many) and all(map(can_be_noun, one.split()))):
            return match.group(0)
        each = singular_phrase(many)
        # a clause of its own, as the belongs-to readers take it
        lead = "; " if match["lead"] else ""
        if match["listed"] is not None:
            return f"{lead}each {each} belongs to {with_article(one)}, with {match['listed']}"
        # the name after *each* is the many's, one word or two (*each glasses order has*)
        told = f"{match['each']} {match['rest']}"
        named = next((name for name in (each, many) if told.startswith(f"{name} ")), None)
        rest = told[len(named) + 1 :] if named else ""
        # *each line is a variety, a height band and a price* is a list the copula reads alone
        if not named or _MANY_AGAIN.search(rest) or re.match(r"(?:is|are)\s+(?:a|an)\s", rest):
            return match.group(0)
        return f"{lead}each {each} belongs to {with_article(one)} and {rest}"

    return _HAS_MANY_THEN_EACH.sub(belongs, sentence)


_TOLD_AS_ONES = re.compile(
    r"(?:^|(?<=[;,]\s)|(?<=\band\s))(?P<head>(?:each|every)\s+"
    r"(?P<said>(?:(?!\b(?:each|every)\b)[^:;,])+?))\s*:\s+"
    rf"(?=one\s+{NOUN_PATTERN}?{ONE_JOINED})"
)


def told_as_ones_after_colon(sentence: str) -> str:
    """``each gritting run hangs off that decision: one driver in one gritter on one route,
    with a start time``: *each gritting run hangs off that decision; each gritting run is one
    driver in one gritter on one route, with a start time*, the ones the record pairs said as
    `one_of_each.is_one_with_one` reads them."""

    def told(match: re.Match[str]) -> str:
        record = leading_noun_phrase(words(match["said"]))
        *head, last = record.split() or [""]
        if head and verb_lemma(last) not in (None, last):
            record = " ".join(head)  # *each stop comes ...*: after *each*, a word in -s is its verb
        if record == match["said"].strip() or not record or record.split()[-1] in TIME_WORDS:
            return match.group(0)  # *every evening we ...: one ...*: when, no record
        return f"{match['head']}; each {record} is "

    return _TOLD_AS_ONES.sub(told, sentence)
