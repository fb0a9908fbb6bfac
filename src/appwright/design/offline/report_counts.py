"""The records a report counts, when its words name them by a record, a value, an act or a use.

``tickets opened per week``: the tickets; ``how many no-shows we had``: the bookings whose
status is no-show; ``savings deposited``: the savings deposits; ``average attendance per
session``: the bookings at each session; ``the most borrowed tools``: the loans, per tool;
``time to close``: the record whose states name closing.
"""

from __future__ import annotations

from itertools import pairwise

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.draft import entity_key
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import is_past_participle, singular, verb_lemma
from appwright.spec.models import AppSpec
from appwright.spec.names import to_snake


def record_acted_on(spec: AppSpec, lemma: str) -> str | None:
    """The record whose states or dates name an act: *time to close* is about what gets
    *closed*; the only record there is when nothing names it."""
    for entity in spec.entities:
        flows = [f for f in spec.state_flows if f.entity == entity.name]
        named = [s for flow in flows for s in flow.states] + [f.name for f in entity.fields]
        if any(verb_lemma(part) == lemma for name in named for part in name.split("_")):
            return entity.name
    return spec.entities[0].name if len(spec.entities) == 1 else None


SUPERLATIVES = frozenset(["most", "least", "top", "busiest", "popular"])


def ranked_by_use(spec: AppSpec, ranked: str, tokens: list[str]) -> str | None:
    """``the most borrowed tools``: the records pointing at the tools, preferring those whose
    fields name the act (a loan's *borrow date*)."""
    if not any(w in SUPERLATIVES for w in tokens):
        return None
    acts = {verb_lemma(w) for w in tokens if is_past_participle(w)} - {None}
    users = [
        e
        for e in spec.entities
        if any(f.references is not None and f.references.entity == ranked for f in e.fields)
    ]
    if not users:
        return None
    named = [
        e
        for e in users
        if any(verb_lemma(part) in acts for f in e.fields for part in f.name.split("_"))
    ]
    return (named or users)[0].name


def state_counted(tokens: list[str], spec: AppSpec) -> tuple[str, str] | None:
    """The record and its listed field when the words name one of the field's values (*no-shows*
    is a booking's status), and no record is named by them."""
    said = [t for t in tokens if t not in FUNCTION_WORDS]
    if not said or any(spec.entity(entity_key(t)) is not None for t in said):
        return None
    for length in (3, 2, 1):
        for index in range(len(said) - length + 1):
            value = to_snake(singular(" ".join(said[index : index + length])))
            found = [
                (e.name, f.name)
                for e in spec.entities
                for f in e.fields
                if f.type == "enum" and value in (f.options or [])
            ]
            if len(found) == 1:
                return found[0]
    return None


def counted_record(tokens: list[str], spec: AppSpec) -> str | None:
    for length in (3, 2, 1):
        for index in range(len(tokens) - length + 1):
            key = entity_key(" ".join(tokens[index : index + length]))
            if key and spec.entity(key) is not None:
                return key
            found = [e.name for e in spec.entities if e.name.split("_")[-1] == key and length == 1]
            if len(found) == 1:
                return found[0]
    for thing, done in pairwise(tokens):
        # "savings deposited" where savings deposits are kept: the act's records
        lemma = verb_lemma(done) if is_past_participle(done) else None
        acts = [lemma, act_or_irregular_noun(lemma)] if lemma else []
        found = [
            name
            for act in acts
            if act
            for name in (f"{thing}_{act}", f"{entity_key(thing)}_{act}")
            if spec.entity(name) is not None
        ]
        if found:
            return found[0]
    for token in tokens:
        # "stamps made" where each stamp is an order's line: the lines are what is counted
        lines = [f"{entity_key(token)}_{part}" for part in _LINE_WORDS]
        found = [name for name in lines if spec.entity(name) is not None]
        if len(found) == 1:
            return found[0]
    for token in tokens:
        # "faults per fault type" where each fault report lists its fault: those reports
        kind = to_snake(singular(token))
        found = [e.name for e in spec.entities if (f := e.field(kind)) and f.type == "enum"]
        if len(found) == 1:
            return found[0]
    return None


_CAME_WORDS = frozenset(["came", "attended", "showed", "present", "turned_up", "showed_up"])


def attending_record(spec: AppSpec, group_words: list[str]) -> str | None:
    """The record of someone's coming to one of the grouped records (a booking at a session),
    the one noting whether they came first: what attendance at each is a count of."""
    for phrase in group_words:
        grouped = spec.entity(entity_key(phrase))
        if grouped is None:
            continue
        pointing = [
            e
            for e in spec.entities
            if e.name != grouped.name
            and any(r.from_ == e.name and r.to == grouped.name for r in spec.relationships)
        ]
        came = [e.name for e in pointing if any(f.name in _CAME_WORDS for f in e.fields)]
        if len(came) == 1:
            return came[0]
        if len(pointing) == 1:
            return pointing[0].name
    return None


_LINE_WORDS = ("line", "item", "entry")
"""What one line of an order or a list is called, after the thing it is for."""
