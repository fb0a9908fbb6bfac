"""Whether a list item is a clause of its own or a noun phrase: *each product belongs to a
category* is a clause, *the year it was published* and *the end date once they have given
notice* are noun phrases (a field, and what it is of or when it is filled in).
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.word_classes import (
    AUXILIARIES,
    DETERMINERS,
    FLOW_VERBS,
    FUNCTION_WORDS,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    VERB_PARTICLES,
    WH_WORDS,
    words,
)
from appwright.design.offline.word_forms import (
    can_be_adjective,
    can_be_noun,
    can_be_verb,
    is_past_participle,
    is_plural,
    verb_lemma,
)

_NOUN_WE_DID = re.compile(
    r"^(?:the|a|an|its|their|any) [\w\-]+(?: [\w\-]+)?(?: per [\w\-]+)?(?: that| which)?"
    r" (?:(?:i|we|you) [a-z]+|to be [a-z]+)"
)


_NOUN_THAT_WAS_DONE = re.compile(
    r"^(?:the|a|an|its|their|any) [\w\-]+(?: [\w\-]+){0,3}? (?:that|which|who) (?:was|were|got|is) "
    r"(?P<done>[a-z]+)$"
)


DATED_ACT = re.compile(
    r"^(?:(?:the|a)\s+)?(?:date|day)\s+(?:its|their|the|his|her|our)\s+(?:[a-z][\w\-]*\s+)?"
    r"(?P<thing>[a-z][\w\-]*)\s+(?P<verb>[a-z]+)$"
)
"""``the date its maintenance contract renews``, ``the date its pads expire``: a date named
by what happens on it, a field (the contract's renewal date), not a clause."""


_WHEN_ONE_WAS_DONE = re.compile(
    r"^(?:the |a )?(?:date|day|time) (?:the|its|their) [a-z][\w\-]*(?: [a-z][\w\-]*)? (?:was|were|got) "
    r"(?:last |first )?[a-z]+(?: (?:back|off|out|over|down|away|in|up))?(?: home)?$"
)
"""*the time the crew were paged*, *the date the plot was let*, *the time the dog was dropped
back home*: a moment named by what was done to someone of the record's, a field (its paged
time), no clause."""


_CONDITION_TAIL = re.compile(
    r"^(?:(?:the|a|an|its|their) )?(?P<np>[a-z][\w\-]*(?: [a-z][\w\-]*){0,2}?),? "
    r"(?:once|until|if|after|when|where) (?:it|they|we|he|she|you|i|the [a-z][\w\-]*|anything|something"
    r"|any(?:one|body)|some(?:one|body)|there) [a-z].*$"
)


HOW_LONG_IT_TAKES = re.compile(
    r"^(?:(?:the|a)\s+)?(?:number\s+of|how\s+many)\s+(?P<unit>minutes|hours|days|weeks)\s+"
    r"(?:it|they|the\s+[a-z][\w\-]*)\s+(?:(?:should|will|would|is\s+expected\s+to|is\s+meant\s+to)\s+)?"
    r"(?:take|takes|took|last|lasts|lasted|run|runs|ran)$"
)
"""*the number of days it should take*: how long it lasts, its duration in days."""
_YES_NO_FOR = re.compile(
    r"^(?:(?:a|an)\s+)?(?:tick[\s\-]?box|check[\s\-]?box|yes/no(?:\s+field)?|flag|toggle)\s+"
    r"(?:for|saying|to say|to mark|marking|showing)\s"
)


def conditioned_noun(item: str) -> str | None:
    """The noun of *the end date once they have given notice*: a field, and when it is filled
    in (None when the item is no noun with a condition)."""
    match = _CONDITION_TAIL.match(" ".join(words(item)))
    if match is None or any(w in FUNCTION_WORDS for w in match.group("np").split()):
        return None
    return match.group("np")


ABOUT_WHAT = re.compile(
    r"^(?:(?:the|a|an|its|their) )?(?P<noun>[a-z][\w\-]*(?: [a-z][\w\-]*)?) (?:of|on|about|saying|describing|explaining) "
    r"(?:what|how|why) (?:[a-z']+ ){0,4}?(?:was|were|is|are|went|happened|did|they|it|we)\b.*$"
)
"""``a short note of what was done``: a text about something, named by what it is."""


_WHEN_OR_WHERE = frozenset(["at", "in", "on", "during"])
"""Prepositions of time and place, after which a participle is a reduced relative."""


_BARE_VALUE = re.compile(
    r"^(?!(?:each|every|a|an|the|we|i|they|it)\b)[a-z][\w\-]*(?:\s+[\w\-]+){0,2}$"
)


def _bare_values(text: str) -> bool:
    """*heating, pipes and taps, or other*: short values between commas (*each one has a brand,
    a model* is a clause of its own)."""
    values = [v.strip() for v in re.split(r",|\s+or\s+|\s+and\s+", text) if v.strip()]
    return len(values) > 1 and all(_BARE_VALUE.match(value) for value in values)


def is_clause(item: str) -> bool:
    """Whether a list item is a new clause (*each product belongs to a category*) rather than a
    noun phrase (*a quantity on hand*, *the year it was published*). What follows a colon is
    the values of the field before it (*a category: heating, pipes and taps, or other*), no
    verb of a clause."""
    head, colon, tail = outside_brackets(item).partition(":")
    tokens = words(
        head if colon and head.strip() and _bare_values(tail) else outside_brackets(item)
    )
    if not tokens:
        return False
    if tokens[0] in WH_WORDS or tokens[0] == "if":
        return False  # "whether it is paid", "if is half day": a yes/no fact
    first = tokens[0]
    inflected = first.endswith("s") and verb_lemma(first) not in (None, first)
    if len(tokens) > 1 and inflected and not can_be_noun(first):
        return True  # "..., and belongs to an organization": the subject's next clause
    if len(tokens) > 2 and inflected and not is_plural(first) and tokens[1] in PREPOSITIONS:
        return True  # "..., and comes from one study": an -s that is no plural is the verb's
    if len(tokens) > 2 and first in FLOW_VERBS and tokens[1] == "from":
        return True  # "..., and goes from pending to confirmed": the record's flow
    small = re.match(
        r"^(?:the |a |an |its |their )?([\w\-]+)(?: [\w\-]+)?(?: of the (?:month|week|year|day))?"
        r"(?: per [\w\-]+)? (?:it|they|he|she)\b",
        " ".join(tokens),
    )
    if (
        small
        and small.group(1) not in SUBJECT_PRONOUNS | {"each", "every"}
        and (tokens[0] in DETERMINERS or not can_be_verb(small.group(1)))
    ):
        # "the year it was published", "the day of the month it is due", "the rate per vine
        # they charge"; not "we sell it to them"
        return False
    if ABOUT_WHAT.match(" ".join(tokens)):
        return False  # "a short note of what was done": a text and what it is about
    if _YES_NO_FOR.match(outside_brackets(item).strip().lower()):
        return False  # "a yes/no for whether it is protected": a field that asks something
    if conditioned_noun(" ".join(tokens)) is not None:
        return False  # "the end date once they have given notice": a noun and when
    if HOW_LONG_IT_TAKES.match(" ".join(tokens)):
        return False  # "the number of days it should take": a duration
    if _WHEN_ONE_WAS_DONE.match(" ".join(tokens)):
        return False  # "the time the crew were paged": when it was done, a noun phrase
    if _NOUN_WE_DID.match(" ".join(tokens)) or DATED_ACT.match(" ".join(tokens)):
        return False  # "the date i promised it back", "the rooms to be done": a noun and an act
    done_to = _NOUN_THAT_WAS_DONE.match(" ".join(tokens))
    if done_to and (is_past_participle(done_to["done"]) or verb_lemma(done_to["done"])):
        return False  # "the part of the aircraft that was hit": which part, a noun phrase
    if any(t in SUBJECT_PRONOUNS - {"it"} for t in tokens):
        return True
    if any(t in AUXILIARIES and t not in ("need", "needs") for t in tokens[1:]):
        return True
    if (
        len(tokens) > 1
        and can_be_verb(tokens[0])
        and tokens[0] not in DETERMINERS
        # "price each": a determiner with no noun after it is the item's, no object
        and (tokens[1] in OBJECT_PRONOUNS or (tokens[1] in DETERMINERS and len(tokens) > 2))
        and not (can_be_noun(tokens[0]) and tokens[1] in ("of",))
    ):
        return True
    for index in range(1, len(tokens)):
        word = tokens[index]
        if not can_be_verb(word) or word in FUNCTION_WORDS:
            continue
        previous = tokens[index - 1]
        if previous in FUNCTION_WORDS or (can_be_adjective(previous) and not is_plural(previous)):
            continue  # "daily logs": after an adjective, a noun
        if previous.endswith(("'s", "s'")):
            continue  # "the parent's phone number": after a possessive, a noun
        if previous in _UNITS_NAMING:
            continue  # "its current hours meter reading": a unit naming the noun after it
        if not can_be_noun(word) and word.endswith("s") and verb_lemma(word) != word:
            return True
        if (
            word.endswith("s")
            and verb_lemma(word) not in (None, word)
            and tokens[index + 1 : index + 2] in (["many"], ["multiple"], ["several"])
        ):
            return True  # "a judge rates many entries": no noun phrase goes on into *many*
        if index + 2 == len(tokens) and tokens[-1] in VERB_PARTICLES and is_past_participle(word):
            continue  # "the pins knocked down": how many were, a noun phrase
        if index + 2 == len(tokens) and tokens[-1] in _FIELD_HEADS:
            continue  # "a dbs check date": the date of a check, a noun phrase
        if (
            is_plural(previous)
            # "a dbs check for each volunteer": after a singular article, no plural subject
            and tokens[index - 2 : index - 1] not in (["a"], ["an"], ["each"], ["every"], ["one"])
            and index + 1 < len(tokens)
            and (
                tokens[index + 1] in DETERMINERS
                # "bats counted at emergence": a participle and where, not "bats eat insects"
                or (can_be_noun(tokens[index + 1]) and tokens[index + 1] not in _WHEN_OR_WHERE)
            )
        ):
            return True
    return False


_UNITS_NAMING = frozenset(["hours", "miles", "minutes", "days", "weeks", "months", "years"])
"""Plural units that name the noun after them (*an hours meter*), never its subject."""
_FIELD_HEADS = frozenset(["date", "time", "day", "number", "result", "status", "expiry"])
"""What a list item that ends a noun phrase names (*a dbs check date*), not an object."""


def is_next_act(item: str) -> bool:
    """``collect parcels on a pickup date`` after fields in a list: a bare verb, its plural
    object and a preposition, the subject's next act (alone, *repair jobs for a bike* reads
    as a noun phrase, so only a list's later items are asked); *loose units on shop floor*
    opens with an adjective, the noun phrase's."""
    tokens = words(item)
    return (
        len(tokens) > 3
        and verb_lemma(tokens[0]) == tokens[0]
        and not can_be_adjective(tokens[0])
        and is_plural(tokens[1])
        and can_be_noun(tokens[1])
        and tokens[2] in PREPOSITIONS
    )
