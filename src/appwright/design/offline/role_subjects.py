"""The roles a clause opens with, and the records named after them.

``sales reps can ...``: sales_rep; ``only agents and requesters ...``: agent and requester;
``only me and my coordinator can ...``: owner and coordinator; ``office staff issue
licences``: office_staff, the subject ending before the act; ``each product belongs ...`` is a
record, no role; ``the visits they made`` keeps a role to its own rows.
"""

from __future__ import annotations

from collections.abc import Collection

from appwright.design.offline.draft import entity_key
from appwright.design.offline.noun_phrases import is_noun_at
from appwright.design.offline.permission_words import ACTION_VERBS, EVERYTHING, MODALS, role_name
from appwright.design.offline.word_classes import ADVERBS, DETERMINERS, FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_verb,
    is_past_participle,
    is_plural,
    verb_lemma,
)


def keeps_to_own_rows(rest: list[str]) -> bool:
    """Whether a predicate keeps a role to its own records: *their own*, *the visits they
    made*, *the cases assigned to them*."""
    if "own" in rest:
        return True
    for index, word in enumerate(rest[1:], start=1):
        after = rest[index + 1] if index + 1 < len(rest) else ""
        if (
            word in ("they", "he", "she")
            and is_noun_at(rest, index - 1)
            and can_be_verb(after)
            and after not in _NOT_ACTS
        ):
            return True  # "the visits they made"
        if word in ("they", "he", "she") and rest[index - 1] in ("what", "whatever"):
            return can_be_verb(after)  # "only what they submitted themselves"
        if word in ("them", "him", "her") and rest[index - 1] in ("to", "by"):
            return is_past_participle(rest[index - 2]) if index >= 2 else False
    return False


_NOT_ACTS = frozenset(["can", "may", "are", "is", "have", "has", "should", "must", "will"])
_TITLES_OF = frozenset(["director", "head", "master", "clerk", "chief"])
"""Titles said with *of*: *director of studies*, *head of year*, *clerk of works*."""


def roles_opening(
    tokens: list[str], entities: Collection[str] = frozenset()
) -> tuple[int, list[str]]:
    """The roles a clause opens with: ``sales reps``, ``only agents``, ``the owner``,
    ``agents and requesters``. Returns where the subject ends and the role names."""
    index = 0
    while index < len(tokens) and tokens[index] in (
        "and",
        "but",
        "so",
        "only",
        "also",
        "while",
        "whereas",
    ):
        index += 1
    if tokens[index : index + 1] in (["once"], ["when"], ["whenever"], ["after"], ["until"]):
        return index, []  # "once approved it moves on ...": a condition, no one named
    only = "only" in tokens[:index]
    names: list[str] = []
    current: list[str] = []
    determiner = None
    while index < len(tokens):
        word = tokens[index]
        if (
            word in ("me", "myself", "us", "ourselves", "we")
            and not current
            and tokens[index + 1 : index + 2] == ["and"]
        ):
            # "only me and my coordinator can create visits": the writer is the owner
            names.append("owner")
            index += 2
            continue
        if word in DETERMINERS and not current:
            determiner = word
            index += 1
            continue
        if word in ("and", "or") and current:
            names.append(" ".join(current))
            current = []
            index += 1
            continue
        if (
            word == "of"
            and current[-1:]
            and current[-1] in _TITLES_OF
            and index + 1 < len(tokens)
            and tokens[index + 1] not in FUNCTION_WORDS
            and is_noun_at(tokens, index + 1)
        ):
            # "the director of studies sees everything": one title, said with "of"
            current += tokens[index : index + 2]
            index += 2
            continue
        if word in FUNCTION_WORDS or not is_noun_at(tokens, index) or word in ADVERBS:
            break
        current.append(word)
        index += 1
    if len(current) > 1 and tokens[index : index + 1] == ["to"] and can_be_verb(current[-1]):
        current.pop()  # "owner want to see ...": the word before "to" is the verb
        index -= 1
    acting = _acts_on_records(current, entities)
    if acting:
        # "office staff issue licences, ...": the subject ends before the act on the records
        index -= len(current) - acting
        current = current[:acting]
    if current:
        names.append(" ".join(current))
    while index < len(tokens) and tokens[index] in ("both", "all", "each"):
        index += 1
    if not names or index >= len(tokens):
        return 0, []
    following = tokens[index]
    if following not in MODALS and following not in ADVERBS and verb_lemma(following) is None:
        return 0, []
    if following in ("is", "are", "has", "have", "was", "were"):
        return 0, []
    if any(len(n.split()) > 3 for n in names):
        return 0, []
    if (
        determiner not in (None, "the", "our", "all", "my")
        and not (
            # "a technician sees just the visits they made": one of many, kept to their own
            determiner in ("a", "an", "each", "every") and keeps_to_own_rows(tokens[index + 1 :])
        )
        and not (
            # "only a shop manager can mark one as received": whoever may is a role
            only and determiner in ("a", "an") and following in MODALS
        )
    ):
        return 0, []
    agreeing = verb_lemma(following) == following or following in MODALS or following == "only"
    # "reception just logs the requests": the verb after the adverb is the one that agrees
    verb_at = index
    while verb_at + 1 < len(tokens) and tokens[verb_at] in ADVERBS and tokens[verb_at] != "only":
        verb_at += 1
    if determiner is None and (verb_lemma(tokens[verb_at]) or "") in ACTION_VERBS:
        rest = tokens[verb_at + 1 :]
        # "conductor edits everything": a bare singular noun acting on everything or its own
        agreeing = agreeing or any(w in EVERYTHING or w in ("own", "only") for w in rest)
        # "reception manages reservations": a team named like a thing, acting on records
        agreeing = agreeing or (
            bool(entities)
            and all(role_name(n) not in entities for n in names)
            and bool(records_named_in(rest, entities))
        )
    if determiner is None and not all(is_plural(n.split()[-1]) for n in names) and not agreeing:
        # "staff approve" agrees like a plural; "each product belongs" is a record
        return 0, []
    if tokens[index : index + 2] in (["can", "be"], ["should", "be"], ["must", "be"]):
        return 0, []
    after_verb = tokens[verb_at + 1] if verb_at + 1 < len(tokens) else ""
    if verb_lemma(tokens[verb_at]) in _WHEN_VERBS and after_verb in _WHEN_WORDS:
        return 0, []  # "sessions run on a date": when things happen, no one acting
    return index, [role_name(n) for n in names]


_WHEN_VERBS = frozenset(["run", "fall", "happen", "last", "start", "finish", "end"])
_WHEN_WORDS = frozenset(["on", "in", "at", "every", "from", "until", "over", "weekly", "daily"])


def _acts_on_records(run: list[str], entities: Collection[str]) -> int:
    """Where ``office staff issue licences`` (read as one run of nouns) turns from who acts to
    the act: a verb of what roles do, in its plural form, before the records it names; 0 if
    it does not (*spot check licences* is a record's name)."""
    for at in range(1, len(run) - 1):
        verb = run[at]
        if verb_lemma(verb) == verb and verb in ACTION_VERBS and is_plural(run[-1]):
            named = records_named_in(run[at + 1 :], entities)
            if named and role_name(" ".join(run[:at])) not in entities:
                return at
    return 0


def records_named_in(tokens: list[str], entities: Collection[str]) -> list[str]:
    found: list[str] = []
    for index in range(len(tokens)):
        for length in (3, 2, 1):
            span = tokens[index : index + length]
            if len(span) < length:
                continue
            key = entity_key(" ".join(span))
            match = key if key in entities else None
            if match is None and length == 1:
                match = next((e for e in sorted(entities) if e.split("_")[-1] == key), None)
            if match and match not in found:
                found.append(match)
                break
    return found
