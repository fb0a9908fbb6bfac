"""Small clauses read as subject, verb, object and one prepositional phrase.

``speakers submit talks``, ``workers fill in timesheets for a parcel``, ``harvests are picked
from a parcel``, ``wine batches are made from one or more harvests``: the parts of speech come
from the dictionary (``word_forms.can_be_verb`` and friends), the order of the parts from English.
A clause with anything else in it (a second verb, a list, a relative clause) is not read.
"""

from __future__ import annotations

from dataclasses import dataclass

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.noun_phrases import is_noun_at
from appwright.design.offline.word_classes import (
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    FUNCTION_WORDS,
    MANY,
    PREPOSITIONS,
    QUANTIFIERS,
    words,
)
from appwright.design.offline.word_forms import can_be_verb, is_past_participle, verb_lemma

PERSONAL_SUBJECTS = frozenset(["i", "we", "you"])
BE_FORMS = frozenset(["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"])
PARTICLES = frozenset(["in", "up", "out", "off", "down"])
POSSESSIVES = frozenset(["their", "his", "her", "its"])
PLACED_VERBS = frozenset(
    ["hang", "sit", "stand", "lie", "rest", "hook", "clip", "attach", "mount", "perch", "dangle"]
)
"""*ropes hang off a longline*, *hives sit in an apiary*: where a thing is, each on one."""
MANY_MARKERS = frozenset([*MANY, "more"])
"""``one or more harvests``, ``many rooms``: the phrase names several records."""


@dataclass(frozen=True)
class Predicate:
    subject: str
    """A noun phrase, or ``we``/``i``/``you``."""
    verb: str
    """The verb's lemma, with its particle (``fill in``)."""
    passive: bool
    object: str | None = None
    preposition: str | None = None
    complement: str | None = None
    """The noun phrase after the preposition."""
    many: bool = False
    """The complement is introduced as several (``from one or more harvests``)."""
    possessive: bool = False
    """The object is the subject's own (``owners register their boats``)."""

    @property
    def personal(self) -> bool:
        return self.subject in PERSONAL_SUBJECTS


def read_predicate(text: str) -> Predicate | None:
    """The parts of a clause made of exactly: subject, verb, [object], [preposition + noun]."""
    tokens = words(outside_brackets(text))
    at = _skip(tokens, 0, DETERMINERS | QUANTIFIERS)
    if at < len(tokens) and tokens[at] in PERSONAL_SUBJECTS:
        subject, at = tokens[at], at + 1
    else:
        subject, at = _noun_phrase(tokens, at)
    if not subject:
        return None
    if subject not in PERSONAL_SUBJECTS and tokens[at : at + 2] in (["of", "our"], ["of", "my"]):
        # "members of our makerspace log ...": the business the subject belongs to
        _, at = _noun_phrase(tokens, at + 2)
    auxiliaries: list[str] = []
    while at < len(tokens) and (tokens[at] in AUXILIARIES or tokens[at] in ADVERBS):
        auxiliaries.append(tokens[at])
        at += 1
    if at >= len(tokens) or tokens[at] in FUNCTION_WORDS or not can_be_verb(tokens[at]):
        return None
    verb_word = tokens[at]
    lemma = verb_lemma(verb_word)
    if lemma is None:
        return None
    if (
        not auxiliaries
        and verb_word == lemma
        and tokens[:1] in (["a"], ["an"], ["each"], ["every"])
    ):
        return None  # "a dbs check for each volunteer": one noun, a singular takes no bare verb
    at += 1
    passive = any(a in BE_FORMS for a in auxiliaries) and is_past_participle(verb_word)
    if not passive and any(a in BE_FORMS for a in auxiliaries) and not verb_word.endswith("ing"):
        return None  # "parcels are red": a description, not an act
    particle = None
    if at < len(tokens) and tokens[at] in PARTICLES and not passive:
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        if following not in DETERMINERS:
            particle, at = tokens[at], at + 1
    obj = None
    possessive = False
    if not passive:
        possessive = at < len(tokens) and tokens[at] in POSSESSIVES
        at = _skip(tokens, at, DETERMINERS | QUANTIFIERS)
        obj, at = _noun_phrase(tokens, at)
    preposition = complement = None
    many = False
    placed_off = tokens[at : at + 1] == ["off"] and lemma in PLACED_VERBS
    if at < len(tokens) and (tokens[at] in PREPOSITIONS or placed_off):
        preposition = tokens[at]
        start = at + 1
        at = _skip(tokens, start, DETERMINERS | QUANTIFIERS | {"or"})
        many = any(w in MANY_MARKERS for w in tokens[start:at])
        complement, at = _noun_phrase(tokens, at)
        if not complement:
            return None
    if at != len(tokens) or not (obj or complement):
        return None
    verb = f"{lemma} {particle}" if particle else lemma
    return Predicate(
        subject, verb, passive, obj or None, preposition, complement or None, many, possessive
    )


def _skip(tokens: list[str], at: int, skipped: frozenset[str] | set[str]) -> int:
    while at < len(tokens) and tokens[at] in skipped:
        at += 1
    return at


def _noun_phrase(tokens: list[str], at: int) -> tuple[str, int]:
    start = at
    while at < len(tokens) and tokens[at] not in FUNCTION_WORDS and is_noun_at(tokens, at):
        at += 1
    return " ".join(tokens[start:at]), at
