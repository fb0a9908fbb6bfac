"""The list in brackets after the one record a clause points at: *each consult is for one pet
(name, species, microchip number) and is seen by one vet*, *every lesson goes to one pupil
(name, year group, school)*, *each parcel is about a single customer (name, phone)*. The
bracket is what that one record keeps, not the subject's list: *each pet has name, species,
microchip number*, said before the clause, as *a customer (name, phone, email)* is the customer's."""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, is_plural

_ONE_WITH_BRACKET = re.compile(
    r"^(?P<head>(?:(?:and|so|then)\s+)?(?:each|every|a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"\s+(?!(?:has|have|holds|keeps|with)\b)[^();:,]*?\b(?:one|a\s+single)\s+"
    r"(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))\s*\((?P<listed>[^()]+)\)(?P<rest>[^;]*)$"
)
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_NOT_FIELDS = re.compile(
    r"\b(?:or|e\.?g|such|like|etc|we|i|you|they|it|is|are|each|every|one)\b|\d"
)
"""Values (*small or large*), examples (*e.g. a bike*), a clause (*we keep their name*), a
count (*2 to 4*): not the bare list of what the one record keeps."""


def _bare_fields(listed: str) -> bool:
    """``name, species, microchip number``: two items or more, each a short noun phrase."""
    if _NOT_FIELDS.search(listed):
        return False
    items = [item.strip() for item in _ITEM_SPLIT.split(listed.strip())]
    if len(items) < 2:
        return False
    return all(item and len(item.split()) <= 3 and can_be_noun(item.split()[-1]) for item in items)


def one_with_bracket(sentence: str) -> str:
    """``each consult is for one pet (name, species, microchip number) and is seen by one
    vet``: *each pet has name, species, microchip number; each consult is for one pet and is
    seen by one vet*; the bracket after the one record pointed at is that record's list
    (``each lesson covers one subject (maths or science)`` names values and stays)."""

    def plain(statement: str) -> str:
        match = _ONE_WITH_BRACKET.match(statement)
        if match is None or not _bare_fields(match["listed"]):
            return statement
        other = match["other"]
        head = other.split()[-1]
        if any(w in FUNCTION_WORDS for w in other.split()) or is_plural(head):
            return statement
        if not can_be_noun(head):
            return statement
        # said first, so that a list which goes on (*; we record the date, ...*) stays the
        # subject's
        return f"each {other} has {match['listed'].strip()}; {match['head']}{match['rest']}"

    return per_statement(sentence, plain)
