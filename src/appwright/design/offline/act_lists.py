"""Lists said of an act: *a customer books one of our tables with a start time and a party
size*, where the description also speaks of *bookings*.

When a person or record acts on a record the description already has, a *with* list after the
object is not that record's (a table does not have a party size): it is the act's, and the act
is a record of its own, named by the noun the description uses for it (*booking*, *rental*,
*hire*), pointing at the one who acts and at what is acted on. Only nouns the description
itself uses name the act, so *members take a class with a towel* makes nothing.

A light verb names what is made by its object instead: *at each grading a member makes an
attempt for a belt that is marked pass or fail* makes attempts, the member's, at a grading,
with the belt and the result as fields (:func:`light_act`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from appwright.design.offline.act_links import MAKING_VERBS
from appwright.design.offline.act_nouns import ZERO_ACTS, derived_noun
from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.word_classes import word_set
from appwright.design.offline.word_forms import verb_lemma

_NOUN_PHRASE = (
    r"[a-z][\w\-]*(?:\s+(?!(?:with|one|can|may|will|also|afterwards|later|then)\b)[a-z][\w\-]*)?"
)
_ACT_WITH_LIST = re.compile(
    rf"^(?:(?P<det>a|an|the|each|every|our|any)\s+)?(?P<subject>{_NOUN_PHRASE})\s+"
    r"(?:(?:can|may|will|usually|normally|often|also|then)\s+)*(?P<verb>[a-z]+)\s+"
    rf"(?:a|an|the|one of (?:our|the|their|its)|one|their|our)\s+(?P<object>{_NOUN_PHRASE})\s+"
    r"(?:(?:afterwards|later|then)\s+)?with\s+(?P<body>.+)$"
)
_NEXT_CLAUSE = re.compile(
    r"(?:,\s*|\s+)(?:and|but|so|then)\s+(?=(?:(?:afterwards|then|later|also)\s+)?"
    r"(?:we|i|you|they|he|she|it)\b)"
)
"""*..., and afterwards they attach a report*: where the act's list ends."""
_NOT_ACTS = MAKING_VERBS | word_set(
    "be have come arrive get go need want use include contain hold make produce build "
    "prepare design draw compose issue"
)
"""Verbs whose *with* list is the object's: what the verb makes (*each student writes a thesis
with a title*), or what it holds (*a kit comes with ...*)."""


@dataclass(frozen=True)
class ActList:
    act: str
    """The noun the description uses for the act: *booking*."""
    subject: str
    """Who or what acts: *customer*."""
    object: str
    """The record acted on: *tables*."""
    body: str
    """The list, as written: *a start time and a party size*."""
    rest: str = ""
    """The clause after the list (*afterwards they attach a trip report ...*)."""


def act_list(text: str, vocabulary: set[str]) -> ActList | None:
    """The act a clause's *with* list belongs to, when the description names that act."""
    match = _ACT_WITH_LIST.match(outside_brackets(text))
    if match is None:
        return None
    subject = match.group("subject")
    if match.group("det") is None and not subject.endswith("s"):
        return None  # "staff book a room" reads as a plural; "table booking with" is no act
    lemma = verb_lemma(match.group("verb"))
    if lemma is None or lemma in _NOT_ACTS:
        return None
    # "customers review an installation with a score": the act's noun is the verb itself
    act = derived_noun(lemma, vocabulary) or (lemma if lemma in ZERO_ACTS else None)
    if act is None or act in (subject, match.group("object")):
        return None
    body, *rest = _NEXT_CLAUSE.split(match.group("body"), maxsplit=1)
    return ActList(act, subject, match.group("object"), body, "".join(rest))


_LIGHT_ACT = re.compile(
    rf"^(?:(?:at|on|in|during|after|for)\s+(?:each|every|a|an|the)\s+(?P<where>{_NOUN_PHRASE}),?\s+)?"
    rf"(?:a|an|each|every|the)\s+(?P<subject>{_NOUN_PHRASE})\s+(?:(?:can|may|will|then)\s+)*"
    rf"(?P<verb>makes|places|submits|lodges|files|raises|puts in)\s+(?:a|an)\s+"
    rf"(?P<object>{_NOUN_PHRASE})(?:\s+(?:for|on|against|at)\s+(?:a|an|the|their|its)\s+"
    r"(?P<what>[a-z][\w\-]*))?(?:\s+(?:that|which)\s+(?:is|gets|are|get)\s+"
    r"(?:marked|graded|recorded|rated)\s+(?:as\s+)?(?P<outcome>[a-z]+(?:,\s*[a-z]+)*\s+or\s+[a-z]+))?$"
)


@dataclass(frozen=True)
class LightAct:
    """*at each grading a member makes an attempt for a belt that is marked pass or fail*: the
    thing made (*attempt*) is a record of the one who makes it and of the occasion."""

    made: str
    subject: str
    where: str | None
    what: str | None
    """What it is for, when that is no record: the attempt's *belt*."""
    outcomes: list[str]
    """The values it is marked with: *pass*, *fail*."""


def light_act(text: str) -> LightAct | None:
    """A record a person makes, places or submits, read from a clause of its own."""
    match = _LIGHT_ACT.match(text)
    if match is None:
        return None
    outcome = match.group("outcome")
    outcomes = re.split(r"\s*,\s*|\s+or\s+", outcome) if outcome else []
    return LightAct(
        match.group("object"),
        match.group("subject"),
        match.group("where"),
        match.group("what"),
        outcomes,
    )
