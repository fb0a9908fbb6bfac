"""The closed classes of grammar words (determiners, pronouns, prepositions, auxiliaries, ...) and
the words of a text: in *each member books a class*, *each* is a determiner and the rest are
words a reader asks the dictionary about.

Only closed classes are listed here: they are the grammar, not a vocabulary.
"""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """The words of a text as a set: how the word lists below are written."""
    return frozenset(text.split())


DETERMINERS = word_set(
    "a an the each every their its his her my our your this that these those some any all "
    "both either"
)
NUMERALS = word_set(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands dozen dozens"
)
"""Number words: a closed class, like the determiners (*sixty children in four groups*)."""
NOUN_MARKERS = word_set("a an the each every their its his her my our your")
"""Articles and possessives: what follows them, up to a noun, is a noun phrase."""
QUANTIFIERS = frozenset(["many", "multiple", "several", "one", "more", *NUMERALS])
MANY = frozenset(["many", "multiple", "several"])
SUBJECT_PRONOUNS = frozenset(
    ["i", "we", "you", "they", "he", "she", "it", "someone", "everyone", "anyone", "nobody"]
)
OBJECT_PRONOUNS = frozenset(
    ["me", "us", "them", "it", "him", "her", "you", "everything", "everyone"]
)
PRONOUNS = SUBJECT_PRONOUNS | OBJECT_PRONOUNS
PREPOSITIONS = word_set(
    "of to from for with in on at by against about per into onto under over within between "
    "after before during through across via inside along around near beside behind among above below "
    "beneath alongside throughout towards toward"
)
AUXILIARIES = word_set(
    "is are was were be been being am can could should would will shall must may might do "
    "does did has have had need needs 's 're 'd 'll"
)
CONJUNCTIONS = frozenset(["and", "or", "but", "nor", "&", "so", "then"])
WH_WORDS = frozenset(
    ["who", "whom", "whose", "which", "that", "where", "when", "whether", "how", "what", "why"]
)
ADVERBS = word_set(
    "also optionally then finally only just too always usually maybe perhaps eventually "
    "basically simply ever"
)
FLOW_VERBS = word_set("goes moves progresses passes flows proceeds")
"""Verbs that tell a record's states (*goes from pending to confirmed*)."""
VERB_PARTICLES = frozenset(["up", "down", "out", "off", "away", "back"])
"""Words that complete a phrasal verb (*ring up*, *write down*): never nouns after a verb."""
IN_PARTICLE_VERBS = word_set("bring hand send turn fill take put key type call let drop")
"""Verbs whose *in* is a particle (*customers bring in bikes*): the plural noun after is
their object, not the place of a prepositional phrase."""
NO_ONE_IN_PARTICULAR = word_set("thing stuff bit one way reason person matter")
"""*the thing bothering them*, *the person doing it*: words that name no one and nothing
kept, so a clause after them names no doer."""
FUNCTION_WORDS = DETERMINERS | PRONOUNS | PREPOSITIONS | AUXILIARIES | CONJUNCTIONS | WH_WORDS

_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'\-]*|[,;:]")
PUNCTUATION = frozenset(",;:")


def words(text: str) -> list[str]:
    """The lower-case words of a text; apostrophes and hyphens stay inside words."""
    return _WORD.findall(text.lower())


def tokenize(text: str) -> list[str]:
    """Words and the commas, colons and semicolons between them (they end noun phrases)."""
    return _TOKEN.findall(text.lower())
