"""Subjects: how the subject of a sentence is said (*members have*, *each member has*, *a member
has*), with verbs agreeing."""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import FUNCTION_WORDS, QUANTIFIERS
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_plural,
    plural,
    singular,
    verb_lemma,
    with_article,
)

_SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=\n))"
_PLURALS_HAVE = re.compile(
    _SENTENCE_START + r"(?P<np>[A-Za-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)\s+"
    r"(?P<verb>have|need|get|belong\s+to)\s+"
    # what they have is counted or theirs, so it is as true of each one: not *have names*
    r"(?=(?:a|an|one|several|many|two|three|their|just|only|no)\s)"
)
_EACH_HAS = re.compile(
    _SENTENCE_START + r"(?P<each>[Ee]ach)\s+(?P<np>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)\s+"
    r"(?P<verb>has|needs|gets|belongs\s+to|can|must|should|will|may)\s+"
    r"(?=(?:a|an|one|several|many|two|three|their|its|just|only|no|be|have|get)\s)"
)
_NEXT_WORDS = re.compile(
    r"(?:,\s+(?:and\s+|or\s+|but\s+)?|\b(?:and|or|but)\s+)(?:then\s+|also\s+)?(?P<word>[a-z][a-z\-]*)\s+(?P<next>[a-z][a-z\-]*)"
)
_DETERMINERS = frozenset(
    ["a", "an", "the", "one", "several", "many", "two", "three", "their", "its", "our", "my", "no"]
)
_AGREEING = {"have": "has", "need": "needs", "get": "gets", "belong to": "belongs to"}
_MODALS = frozenset(["can", "must", "should", "will", "may"])


def _a_noun_phrase(words: list[str]) -> bool:
    """Whether words are a noun phrase whose last word is its head: no determiner, pronoun
    or count word in it, each a word that can be a noun (*pick-up points*, *members*)."""
    return all(
        word.lower() not in FUNCTION_WORDS | QUANTIFIERS and can_be_noun(word) for word in words
    )


def _rest_of_sentence(match: re.Match[str]) -> str:
    return re.split(r"[.!?;\n]", match.string[match.end() :], maxsplit=1)[0]


def _says_more_of_it(rest: str, *, of_one: bool) -> bool:
    """Whether the rest of a sentence has a second predicate whose verb agrees with the
    subject (*..., and own properties*, *and is assigned to*, *and takes place in*) or leaves
    its verb out (*..., properties an address*): rewording the subject would leave it
    disagreeing. ``of_one``: the subject is singular, so any *-s* verb form may be its verb."""
    for found in _NEXT_WORDS.finditer(rest):
        word, after = found.group("word"), found.group("next")
        if word in ("is", "are", "was", "were", "has", "have", "does", "do", "can", "will"):
            return True
        if (can_be_verb(word) or is_plural(word)) and (after in _DETERMINERS or is_plural(after)):
            return True
        if of_one and word.endswith("s") and verb_lemma(word) not in (None, word):
            return True
    return False


def _each_one_has(match: re.Match[str]) -> str:
    *modifiers, head = match.group("np").split()
    if _says_more_of_it(_rest_of_sentence(match), of_one=False):
        return match.group(0)
    if not _a_noun_phrase([*modifiers, head]) or singular(head) == head.lower():
        return match.group(0)
    one = " ".join([*(word.lower() for word in modifiers), singular(head)])
    each = "Each" if match.group("np")[0].isupper() else "each"
    return f"{each} {one} {_AGREEING[' '.join(match.group('verb').split())]} "


def plurals_have_each_has(text: str) -> str:
    """*Members have a name and an email* → *Each member has a name and an email*: a plural
    subject that opens a sentence, where what it has is counted (*a*, *one*, *several*) or
    theirs, so the sentence says the same of each one."""
    return _PLURALS_HAVE.sub(_each_one_has, text)


def _counted_noun_phrase(match: re.Match[str]) -> list[str] | None:
    words = match.group("np").split()
    if words[0] in ("one", "of", "other", "time") or not _a_noun_phrase(words):
        return None
    return None if is_plural(words[-1]) else words


def _one_has(match: re.Match[str]) -> str:
    words = _counted_noun_phrase(match)
    if words is None:
        return match.group(0)
    said = with_article(" ".join(words))
    said = said[0].upper() + said[1:] if match.group("each") == "Each" else said
    return f"{said} {match.group('verb')} "


def each_a(text: str) -> str:
    """*Each member has a name* → *A member has a name*: a sentence about any one record."""
    return _EACH_HAS.sub(_one_has, text)


def _many_have(match: re.Match[str]) -> str:
    words = _counted_noun_phrase(match)
    rest = _rest_of_sentence(match)
    # *its* and *it* would stand for one of many: *sites have its own manager* is not English
    if (
        words is None
        or _says_more_of_it(rest, of_one=True)
        or re.search(r"\b(?:it|its|itself)\b", rest)
    ):
        return match.group(0)
    said = " ".join([*words[:-1], plural(words[-1])])
    said = said[0].upper() + said[1:] if match.group("each") == "Each" else said
    verb = " ".join(match.group("verb").split())
    agreeing = {has: have for have, has in _AGREEING.items()}
    return f"{said} {verb if verb in _MODALS else agreeing[verb]} "


def each_has_plurals_have(text: str) -> str:
    """*Each member has a name* → *Members have a name*: the plural says it of every one."""
    return _EACH_HAS.sub(_many_have, text)


# The shape of a whole description: prose, an opening and bullets, terse notes, sentences split
# at a semicolon or joined by one. Each is applied only where the sentences are certain: a
# description with an abbreviation's full stop (*e.g.*, *no.*) or a line break is left alone.
