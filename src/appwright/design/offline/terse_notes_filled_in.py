"""Terse notes with the words they leave out put back: *hire = one pair of skates + customer
name, ...; can include several kit items* is a hire for one skate, with that list, that can
include several kit items (the clause after the semicolon is the hire's, said without it);
*cafe staff just have a name, and every order is taken by one of them* names who *them* are."""

from __future__ import annotations

import re

from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    can_name_records,
    phrase_can_name_records,
    singular,
    singular_phrase,
)

_ONE_PAIR_OF = re.compile(r"\bone\s+(?:pair|set)\s+of\s+(?P<things>[a-z][\w\-]*s)\b")
"""*one pair of skates*: one of the skates kept, each a pair."""
_HAS_THEN_CAN = re.compile(
    rf"^(?:(?:a|an|each|every)\s+)?(?P<one>{NOUN_PATTERN})\s+(?:has|is)\s+[^;]+;\s+"
    r"(?=(?:can|may|must|will)\s+(?:include|have|hold|contain|cover|use|take)\s)"
)


def terse_note_filled_in(sentence: str) -> str:
    """``hire has one pair of skates and customer name, ...; can include several kit
    items``: *hire has one skate and customer name, ...; each hire can include several kit
    items*."""

    def one(match: re.Match[str]) -> str:
        thing = singular(match["things"])
        return f"one {thing}" if can_name_records(thing) else match[0]

    plain = _ONE_PAIR_OF.sub(one, sentence)
    said = _HAS_THEN_CAN.match(plain)
    if said is None or not phrase_can_name_records(said["one"]):
        return plain
    return f"{plain[: said.end()]}each {said['one']} {plain[said.end() :]}"


_ONE_OF_THEM = re.compile(
    r"^(?P<head>(?:the\s+|our\s+)?(?P<many>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:just\s+|only\s+)?(?:have|need)\s+[^;]*?,\s+and\s+(?:each|every|any)\s+[a-z][\w\-]*\s+"
    r"is\s+[a-z]+\s+by\s+)one\s+of\s+them\b"
)


def one_of_them_named(sentence: str) -> str:
    """``cafe staff just have a name, and every order is taken by one of them, with ...``:
    *... taken by one cafe staff, with ...*; *them* are the ones the clause before told of."""
    said = _ONE_OF_THEM.match(sentence)
    if said is None or not phrase_can_name_records(said["many"]):
        return sentence
    return f"{said['head']}one {singular_phrase(said['many'])}{sentence[said.end() :]}"
