"""Records logged each time something happens to one, or on an occasion.

- *containers are re-weighed from time to time and each re-weigh records ...*: the act, of the
  container;
- *each monday someone does a weight test on each scale and we note ...*: a weight test of the
  scale;
- *each time we do a round we log it as a trip with ...*: a trip of the round;
- *when a kart hits the barrier ..., the duty manager on shift writes up an incident report:
  ...*: the report, of the one who writes it up;
- *after each round the race secretary enters each driver's result: ...*: a result of the round
  and the driver.

`TOLD_WITH_WHAT_WE_DO` runs them.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_noun
from appwright.design.offline.clause_rewrites import owned_as_matched, statement_by_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    phrase_can_name_records,
    singular_phrase,
    verb_lemma,
)

_DONE_TO_THEM_AND_EACH_RECORDS = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+are\s+(?P<done>[a-z][\w\-]*ed)\b[^,;:]*?,?\s+and\s+"
    r"(?:each|every)\s+(?P<act>[a-z][\w\-]*)\s+(?:records|notes|logs|has|gets|holds)\s+"
    r"(?P<listed>(?:a|an|the|its|their|whether|how)\s[^;:]+)$"
)


def _act_of(done: str) -> set[str]:
    """The nouns an act done to something is named by: *inspected*: inspection, inspect."""
    prefix, _, stem = done.rpartition("-")
    lemma = verb_lemma(stem)
    if lemma is None:
        return set()
    again = f"{prefix}-" if prefix else ""
    return {f"{again}{lemma}", f"{again}{act_noun(lemma) or lemma}"}


@statement_by_statement
def done_to_them_and_each_records(sentence: str) -> str:
    """``containers are re-weighed from time to time and each re-weigh records the new tare,
    ...``: *each re-weigh belongs to one container; each re-weigh has the new tare, ...*."""
    match = _DONE_TO_THEM_AND_EACH_RECORDS.match(sentence)
    if match is None or match["act"] not in _act_of(match["done"]):
        return sentence
    thing = singular_phrase(match["things"])
    if thing == match["things"] or not phrase_can_name_records(thing):
        return sentence
    act = match["act"]
    return f"each {act} belongs to one {thing}; each {act} has {match['listed']}"


_DOES_ONE_ON_EACH = re.compile(
    r"^(?:(?:each|every|once\s+a)\s+[a-z]+\s+)?(?:someone|somebody|we|i|a\s+[a-z][\w\-]*)\s+"
    r"(?:does|do|carries\s+out|carry\s+out|runs|run)\s+(?:a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN}?)\s+(?:on|of|for)\s+(?:each|every|a|an)\s+(?P<one>{NOUN_PATTERN}?)"
    r",?\s+and\s+(?:we|i)\s+(?:would\s+)?(?:note|record|log|write\s+down|keep)\s+"
    r"(?P<listed>(?:a|an|the|their|its|whether|how)\s[^;:]+)$"
)


@statement_by_statement
def does_one_on_each(sentence: str) -> str:
    """``each monday someone does a weight test on each scale and we note the date, ...``:
    *each weight test belongs to one scale; each weight test has the date, ...*."""
    return owned_as_matched(_DOES_ONE_ON_EACH.match(sentence), sentence)


_EACH_TIME_LOGGED_AS = re.compile(
    r"^(?:then\s+)?(?:each|every)\s+time\s+(?:we|i)\s+(?:do|run|make|drive|take)\s+(?:a|an|the)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+(?:we|i)\s+(?:would\s+)?(?:log|record|write|enter|keep)\s+it\s+"
    r"(?:down\s+)?as\s+"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+with\s+(?P<listed>(?:a|an|the|their|its)\s[^;:]+?)"
    r"(?P<rest>\s+-\s+[^;:]+)?$"
)


@statement_by_statement
def each_time_logged_as(sentence: str) -> str:
    """``each time we do a round we log it as a trip with the date, ...``: *each trip belongs
    to one round; each trip has the date, ...*; what follows a dash is said on its own."""
    match = _EACH_TIME_LOGGED_AS.match(sentence)
    said = owned_as_matched(match, sentence)
    if match is None or said == sentence or not match["rest"]:
        return said
    return f"{said}; {match['rest'].strip(' -')}"


_WHEN_IT_HAPPENS_ONE_WRITES_UP = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time|if)\s+[^:;]+?,\s+the\s+"
    rf"(?P<who>{NOUN_PATTERN}?)(?:\s+on\s+(?:shift|duty|call))?\s+(?:writes\s+up|fills\s+in|"
    rf"logs|records|files|raises|opens)\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?):\s+"
    r"(?P<listed>[^;:]+)$"
)


@statement_by_statement
def when_it_happens_one_writes_up(sentence: str) -> str:
    """``when a kart hits the barrier ..., the duty manager on shift writes up an incident
    report: date and time, ...``: *each incident report belongs to one duty manager; each
    incident report has date and time, ...*; what set it off is no record of its own."""
    return owned_as_matched(_WHEN_IT_HAPPENS_ONE_WRITES_UP.match(sentence), sentence, ("who",))


_AFTER_EACH_ONE_ENTERS_THEIRS = re.compile(
    r"^after\s+(?:each|every|the)\s+(?P<when>[a-z][\w\-]*),?\s+the\s+"
    rf"(?P<who>{NOUN_PATTERN}?)\s+(?:enters|records|logs|writes\s+down|notes|puts\s+in)\s+"
    r"(?:each|every)\s+(?P<whose>[a-z][\w\-]*)'s\s+(?P<record>[a-z][\w\-]*):\s+(?P<listed>[^;:]+)$"
)


@statement_by_statement
def after_each_one_enters_theirs(sentence: str) -> str:
    """``after each round the race secretary enters each driver's result: finishing position,
    ...``: *each result belongs to one round; each result belongs to one driver; each result
    has finishing position, ...*; who enters it only keeps the records."""
    match = _AFTER_EACH_ONE_ENTERS_THEIRS.match(sentence)
    return owned_as_matched(match, sentence, ("when", "whose"))
