"""The words of a field's name: at most five (*MAX_FIELD_WORDS*), those that carry its type
(*quantity* in *quantity on hand*, *date* in *check-in dates*), and one each of many (*their
names* → name).
"""

from __future__ import annotations

from appwright.design.offline.types import CHARGED_WORDS, spelled_unit
from appwright.design.offline.word_classes import PREPOSITIONS
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_past_participle,
    is_plural,
    singular,
    verb_form,
    verb_lemma,
)

MAX_FIELD_WORDS = 5
"""A longer phrase is a sentence fragment, not a field name."""


TYPE_BEARING_SINGULARS = frozenset(["date", "time", "timestamp", "price", "amount", "email", "url"])
"""Heads whose plural still names one value each (*check-in dates* are dates)."""


ONE_EACH_SINGULARS = frozenset(["name", "surname", "phone", "address", "postcode"])
"""What each has one of, said in the plural of many (*their names and phone numbers*)."""


def one_each(tokens: list[str]) -> list[str]:
    """``their names and phone numbers`` → name, phone number: what each of many has one of."""
    last = tokens[-1]
    if is_plural(last) and (
        singular(last) in ONE_EACH_SINGULARS or (len(tokens) > 1 and last == "numbers")
    ):
        return [*tokens[:-1], singular(last)]
    return tokens


def only_verb(word: str) -> bool:
    return can_be_verb(word) and not can_be_noun(word)


def meaning_words(tokens: list[str]) -> list[str]:
    """The words that carry a field's meaning: those before a trailing prepositional phrase
    (``quantity`` in *quantity on hand*), except for ``date of ...`` and ``... per week``."""
    for index, word in enumerate(tokens):
        if index and word in PREPOSITIONS and index < len(tokens) - 1:
            if word == "per":
                return tokens
            if index == len(tokens) - 2 and spelled_unit(tokens[-1]):
                return tokens  # "due at hours": the reading it is due at, in hours
            if word == "of" and tokens[0] in ("date", "time"):
                return tokens
            if word == "of" and tokens[:1] == ["area"] and index == 1:
                return tokens  # "an area of expertise": a subject, not a surface
            if word == "of" and tokens[:1] == ["day"] and tokens[index + 1 :] == ["week"]:
                return tokens  # "the day of the week": monday to sunday, no date
            return _head_form(tokens[:index])
    return _head_form(tokens)


def _head_form(tokens: list[str]) -> list[str]:
    """``points earned`` → points (a participle after the noun describes it);
    ``check-in dates`` → check-in date (the type words are singular)."""
    kept = list(tokens)
    if kept[:1] in (["number"], ["count"]):
        return kept  # "number sold" is how many, where a bare "number" is an identifier
    if kept[-1:] and kept[-1] in CHARGED_WORDS:
        return kept  # "postage charged": what is charged is money, whatever it is called
    if len(kept) > 1 and is_past_participle(kept[-1]) and not is_past_participle(kept[-2]):
        kept = kept[:-1]
    elif len(kept) > 1 and kept[-2] in TYPE_BEARING_SINGULARS and _participle_form(kept[-1]):
        kept = kept[:-1]  # "date run", "time set": participles that look like their verb
    if kept and is_plural(kept[-1]) and singular(kept[-1]) in TYPE_BEARING_SINGULARS:
        kept[-1] = singular(kept[-1])
    return kept


def _participle_form(word: str) -> bool:
    lemma = verb_lemma(word)
    return lemma is not None and verb_form(lemma, "VBN") == word
