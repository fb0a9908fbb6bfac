"""What someone brings along, logged one by one, is theirs: *each arriving resident books one
slot ...; if they bring helpers, we log each helper with a name and a phone number*.

The condition names the things through the people the sentence opened with (*they*), then the
owner keeps each of them as a record with its list. Read as written the condition is dropped
and the things are a record no one holds; this rewrite says whose they are: *each helper belongs
to one arriving resident; each helper has a name and a phone number*.
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.noun_phrases import leading_noun_phrase
from appwright.design.offline.phrase_patterns import ARTICLES
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import singular, verb_lemma

_THEY_BRING_THEN_EACH = re.compile(
    r"(?P<lead>;\s+|,\s+(?:and\s+)?)(?:if|when|whenever)\s+(?:they|he|she)\s+(?P<verb>[a-z]+)\s+"
    r"(?:(?:any|some|extra|other|their\s+own)\s+)?(?P<things>[a-z][\w\-]*s),?\s+(?:then\s+)?"
    r"(?:we|i)\s+(?:log|record|note|keep|list|register|take\s+down|write\s+down)\s+"
    r"(?:each|every)\s+(?P<thing>[a-z][\w\-]*)\s+with\s+"
)
_HAVING = frozenset(["have", "be"])
"""*if they have allergies* is already read as the owner's list."""


def brought_along_is_theirs(sentence: str) -> str:
    """``each member pays a fee, and when they bring guests we record each guest with a name``:
    *each member pays a fee; each guest belongs to one member; each guest has a name*."""
    match = _THEY_BRING_THEN_EACH.search(sentence)
    if match is None or singular(match["things"]) != match["thing"]:
        return sentence
    if verb_lemma(match["verb"]) in (None, *_HAVING):
        return sentence
    opening = words(outside_brackets(sentence[: match.start()]))
    if not opening or opening[0] not in ARTICLES:
        return sentence  # "they" stands for no one record named plainly
    owner = _opening_record(opening)
    if not owner or owner.split()[-1] != singular(owner.split()[-1]):
        return sentence
    thing = match["thing"]
    told = f"; each {thing} belongs to one {owner}; each {thing} has "
    return f"{sentence[: match.start()]}{told}{sentence[match.end() :]}"


def _opening_record(opening: list[str]) -> str:
    """The record the sentence opens with: ``each arriving resident books one slot`` →
    *arriving resident*, without the verb a noun phrase of nouns takes in (*books* before its
    object *one slot*)."""
    phrase = leading_noun_phrase(opening).split()
    after = opening[len(phrase) + 1 : len(phrase) + 2]
    last = phrase[-1] if phrase else ""
    if len(phrase) > 1 and after and after[0] in ARTICLES and verb_lemma(last) not in (None, last):
        phrase = phrase[:-1]
    return " ".join(phrase)
