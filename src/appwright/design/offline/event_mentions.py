"""Acts a description also names as records: *customers rent a car* where it speaks of rentals,
*members review books* where it speaks of reviews. The act's subject and object are what the
record of it points at.
"""

from __future__ import annotations

from dataclasses import dataclass

from appwright.design.offline.act_nouns import derived_noun
from appwright.design.offline.word_classes import FUNCTION_WORDS, word_set, words
from appwright.design.offline.word_forms import (
    can_be_verb,
    is_plural,
    parts_of_speech,
    plural,
    singular,
    verb_lemma,
)

LINK_PREPOSITIONS = frozenset(
    ["for", "about", "against", "per", "to", "on", "in", "at", "with", "by", "from", "under"]
)


NON_ACTION_VERBS = word_set(
    "see sees view views read reads edit edits update updates change changes manage manages "
    "approve approves reject rejects access accesses want wants need needs like likes get "
    "gets is are be was were has have had do does can could should would will may might must "
    "belong belongs appear appears use uses want"
)
"""Verbs that say what someone may see or change (permissions), not what records they make."""


PARTICLES = frozenset(["up", "in", "out", "off"])


MAX_NP = 3


@dataclass
class EventMention:
    """*Customers rent a car*, in a description that speaks of rentals: a rental points at
    the customer and at the car."""

    noun: str
    subject: str
    object: str
    place: str | None = None
    """The record after a preposition (*book a spot in a session*): where the act happens."""


GENERIC_PEOPLE = word_set("people persons folks someone anyone everyone everybody they")
"""Subjects that name no record of their own: the act is still a record (*people book ...*)."""


_PLACE_PREPOSITIONS = frozenset(["in", "on", "at", "for"])


def find_event(clause: str, vocabulary: set[str]) -> EventMention | None:
    """An act of people on one thing that the description names with a noun of its own."""
    tokens = words(clause)
    start = 1 if tokens and tokens[0] in ("the", "our", "all", "every", "each") else 0
    if tokens[start : start + 1] in (["status"], ["stage"], ["state"], ["phase"]):
        return None  # "status runs waiting for materials, ...": a flow, nobody acting
    for length in (1, 2):
        subject = tokens[start : start + length]
        if len(subject) < length or not (
            is_plural(subject[-1]) or (length == 1 and subject[0] in GENERIC_PEOPLE)
        ):
            continue
        if any(w in FUNCTION_WORDS and w not in GENERIC_PEOPLE for w in subject):
            continue
        found = _event_after(subject, tokens[start + length :], vocabulary)
        if found is not None:
            return found
    return None


def _event_after(subject: list[str], rest: list[str], vocabulary: set[str]) -> EventMention | None:
    while rest and rest[0] in ("can", "may", "will", "also", "usually", "often", "then"):
        rest = rest[1:]
    if not rest:
        return None
    lemma = verb_lemma(rest[0])
    if lemma is None or lemma in NON_ACTION_VERBS:
        return None
    rest = rest[1:]
    particle = rest[0] if rest and rest[0] in PARTICLES else None
    if particle:
        rest = rest[1:]
    preposition = rest[0] if rest and rest[0] in ("to", "for", "on", "in", "at") else None
    if preposition:
        rest = rest[1:]
    determiner = rest[0] if rest and rest[0] in ("a", "an", "one", "each", "every", "the") else None
    if determiner:
        rest = rest[1:]
    bare = determiner is None and particle is None and preposition is None
    if bare and (not _named_as_noun(lemma, vocabulary) or can_be_verb(subject[-1])):
        # "agents list properties": many things, each its own record, unless the act has a
        # name of its own that cannot be the things (*sign-ups* of "sign up for shifts"), or
        # its own word is a record the description speaks of ("residents report graffiti"
        # where *reports* go from reported to closed). Not a derived noun: "agents list
        # properties" in a description of *listings* still lists the properties; and not
        # after a subject that ends in a verb ("the owner creates jobs", read as "owner
        # creates" doing *jobs*).
        return None
    verb = f"{lemma} {particle}" if particle else lemma
    noun = derived_noun(verb, vocabulary)
    if noun is None and particle in LINK_PREPOSITIONS:
        noun = derived_noun(lemma, vocabulary)  # "enrol in courses": enrolments, no enrol-ins
    if noun is not None and noun == singular(subject[-1]):
        noun = None  # "auditors audit each canteen": the auditor is who acts, not the act
    if noun is None and particle is None and _named_as_noun(lemma, vocabulary):
        noun = lemma  # "judges review each project" where reviews are spoken of
    if noun is None:
        return None
    obj_words: list[str] = []
    for word in rest[:MAX_NP]:
        if word in FUNCTION_WORDS or (obj_words and word.endswith("ing") and can_be_verb(word)):
            break  # "review each project, giving it a score": the object ends at the gerund
        obj_words.append(word)
    if not obj_words:
        return None
    after = rest[len(obj_words) :]
    place = None
    if (
        len(after) > 2
        and after[0] in _PLACE_PREPOSITIONS
        and after[1] in ("a", "an", "the", "each", "every")
    ):
        place_words = [w for w in after[2 : 2 + MAX_NP] if w not in FUNCTION_WORDS]
        place = " ".join(place_words) or None
    person = " ".join(subject)
    return EventMention(noun=noun, subject=person, object=" ".join(obj_words), place=place)


def _named_as_noun(verb: str, vocabulary: set[str]) -> bool:
    """The act's own word used as a noun in the description (*reviews*, *visits*)."""
    return plural(verb) in vocabulary and "NOUN" in parts_of_speech(verb)
