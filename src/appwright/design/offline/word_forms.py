"""What a word can be and its forms, from the dictionary: its parts of speech, its verb's lemma
and forms, singular and plural: *books* can be a noun or a verb, its singular is *book*.

Inflection comes from libraries, not home-made suffix rules: ``lemminflect`` (a dictionary of
English lemmas and parts of speech) and ``inflect`` (plurals and singulars of words the
dictionary does not know).
"""

from __future__ import annotations

import re
from functools import cache

from lemminflect import getAllLemmas, getAllLemmasOOV, getInflection

from appwright.design.offline.parse import wordnet_nouns
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.inflector import engine

_VERB_PREFIX = re.compile(r"^(?P<prefix>(?:pre|re|co|mis|un|de|over|under)-)(?P<rest>[a-z]{3,})$")
"""A hyphenated prefix (*pre-order*, *re-book*, *co-sign*): the word is what its stem is."""


_DICTIONARY_GAPS = {
    w: frozenset({"NOUN"})
    for w in (
        *("questionnaire", "questionnaires", "bar", "bars", "vet", "vets"),
        *("overs", "placing", "placings"),
    )
}
"""Nouns the dictionary lists only as verbs (its noun table holds the forms it finds
ambiguous): *a few questionnaires of their own*, *overs bowled* (cricket's), *a placing*
(a place won at a show)."""


@cache
def parts_of_speech(word: str) -> frozenset[str]:
    """Universal POS tags the dictionary knows for a word (empty for unknown words)."""
    found = frozenset(getAllLemmas(word.lower())) | _DICTIONARY_GAPS.get(word.lower(), frozenset())
    prefixed = _VERB_PREFIX.match(word.lower())
    return found or (parts_of_speech(prefixed.group("rest")) if prefixed else found)


def can_be_verb(word: str) -> bool:
    return "VERB" in parts_of_speech(word) or "AUX" in parts_of_speech(word)


def can_be_noun(word: str) -> bool:
    pos = parts_of_speech(word)
    if "NOUN" in pos or "PROPN" in pos or not pos:
        return True
    redone = re.match(r"^re-(?P<act>[a-z]{3,})$", word.lower())
    if redone and "VERB" in pos and verb_lemma(redone["act"]) == redone["act"]:
        return True  # "each re-weigh records ...": doing it again, a record of its own
    # the dictionary lists some plurals only as verbs ("logs"): ask about the singular
    base = engine().singular_noun(word.lower())
    return bool(base) and "NOUN" in parts_of_speech(str(base))


def listed_as_noun(word: str) -> bool:
    """Whether WordNet lists ``word`` as a noun (*retreat*, which the word list above knows
    only as a verb). Wider than ``can_be_noun``, so asked only where a noun is expected: after
    an article, or where a rewrite names a record."""
    return word.lower() in wordnet_nouns()


def is_adverb(word: str) -> bool:
    """Only an adverb (*obviously*, *usually*), never a noun, verb or adjective."""
    return parts_of_speech(word) == frozenset({"ADV"})


def can_be_adjective(word: str) -> bool:
    return "ADJ" in parts_of_speech(word)


@cache
def verb_lemma(word: str) -> str | None:
    """``reopened`` → ``reopen``; None when the word is not a known verb form."""
    lemmas = getAllLemmas(word.lower()).get("VERB")
    prefixed = _VERB_PREFIX.match(word.lower())
    if not lemmas and prefixed:
        stem = verb_lemma(prefixed.group("rest"))
        return f"{prefixed.group('prefix')}{stem}" if stem else None
    return lemmas[0] if lemmas else None


@cache
def verb_form(verb: str, tag: str) -> str:
    """A Penn tag's form of a verb: ``("wait", "VBG")`` → ``waiting``."""
    forms = getInflection(verb, tag=tag)
    return forms[0] if forms else verb


def done_form(acts: str) -> str | None:
    """The participle of a verb said in its *-s* form (``offers`` → ``offered``): the state
    the act leaves a record in; None when the word is no such verb form."""
    lemma = verb_lemma(acts)
    return verb_form(lemma, "VBN") if lemma and lemma != acts else None


def is_past_participle(word: str) -> bool:
    if "-" in word.strip("-"):
        return is_past_participle(word.rsplit("-", 1)[1])  # "deep-cleaned": cleaned
    lemma = verb_lemma(word)
    if lemma is None or lemma == word:
        return False
    done = verb_form(lemma, "VBN")
    # the dictionary spells the American way: "canceled", "labeled"; "cancelled" is as done
    return done == word or (word.endswith("lled") and done == f"{word[:-4]}led")


_COUNTED_PLURALS = {"moorings": "mooring"}
"""Plurals the dictionary lists as nouns of their own (*the boat's moorings*) that owners count
one by one (*moorings in the bay: buoy number, ...*)."""


@cache
def singular(word: str) -> str:
    """``properties`` → ``property``, ``status`` → ``status``, ``sign-ups`` → ``sign-up``."""
    lower = word.lower()
    if lower in _COUNTED_PLURALS:
        return _COUNTED_PLURALS[lower]
    known = getAllLemmas(lower).get("NOUN")
    if known:
        return str(known[0])
    # not in the dictionary as a noun ("logs" is listed only as a verb, "sign-ups" not at all)
    guess = engine().singular_noun(lower)
    if guess == lower[:-1] and listed_as_noun(lower) and not listed_as_noun(str(guess)):
        return lower  # "christmas" is a noun as it stands: no "christma" (but "tradesperson")
    if guess:
        return str(guess)
    oov = getAllLemmasOOV(lower, "NOUN").get("NOUN")
    if oov and not parts_of_speech(lower) and lower.endswith("s") and not lower.endswith("ss"):
        return str(oov[0])
    return lower


def singular_phrase(phrase: str) -> str:
    """``grazing licences`` → ``grazing licence``: a noun phrase with its head made singular."""
    *modifiers, head = phrase.split()
    return " ".join([*modifiers, singular(head)])


@cache
def plural(word: str) -> str:
    # inflect keeps capitalized words as proper nouns ("Companys"): pluralize the common noun.
    if len(word) > 1 and word.isupper():
        return word + "s"  # an acronym: SKUs
    made = str(engine().plural_noun(word.lower()) or word.lower())
    return made[:1].upper() + made[1:] if word[:1].isupper() else made


PLURAL_ONLY = frozenset(["people", "children", "folks", "men", "women", "cattle"])
"""Plurals the dictionary lists as nouns of their own (*people* is not *person*s)."""


def is_plural(word: str) -> bool:
    return word.lower() in PLURAL_ONLY or singular(word) != word.lower()


def with_article(phrase: str) -> str:
    """``appointment`` → ``an appointment``."""
    return str(engine().a(phrase))


def gerund(verb: str) -> str:
    return verb_form(verb, "VBG")


def can_name_records(*said: str) -> bool:
    """Whether each word can name a record: a noun, not a word like *one* or *it* (where a
    record is named, a word the word list knows only as a verb, *retreat*, is the noun)."""
    return all(
        word not in FUNCTION_WORDS and (can_be_noun(word) or listed_as_noun(word)) for word in said
    )


def phrase_can_name_records(phrase: str) -> bool:
    """Whether a phrase names a record by its last word: *rate card*, not *each one*."""
    return can_name_records(phrase.split()[-1])
