"""The record and field a flow is told of, and the flows read so far, one per record and field.

``its artwork moves from awaiting copy to proof sent``: the order's ``artwork_status``;
``the batch's stage goes from eggs to fry``: the batch's ``stage``; *traders send a stall
application ...; it goes from received to ...*: *it* is the application; a flow told again
replaces the one before unless that one was written out and is longer.
"""

from __future__ import annotations

import re

from appwright.design.offline.draft import find_entities
from appwright.design.offline.flow_draft import FlowDraft
from appwright.design.offline.state_names import STATE_FIELD_NAMES
from appwright.design.offline.word_forms import plural
from appwright.spec.models import AppSpec


def one_named_after_many(text: str, spec: AppSpec, first: str | None) -> str | None:
    """The record ``text`` names as one (*a stall application*) after opening with ``first``
    named as many (*traders send ...*), which *it* in the next clause must be (one someone
    puts in, *the chargehand puts in a claim*, is named by `it_named.it_is_the_one_made`)."""
    if first is None:
        return None
    opening = first.replace("_", " ")
    if not re.match(rf"(?:(?:the|our|all)\s+)?{re.escape(plural(opening))}\b", text):
        return None
    singles = [
        e.name
        for e in spec.entities
        if e.name != first
        and re.search(rf"\b(?:a|an|one|the)\s+{re.escape(e.name.replace('_', ' '))}\b", text)
    ]
    return singles[-1] if len(singles) == 1 else None


def record_named_in(text: str, spec: AppSpec) -> str | None:
    found = find_entities(text, [e.name for e in spec.entities])
    return found[0] if found else None


def state_field_of(spec: AppSpec, entity: str, said: str = "") -> str:
    """The field a record's flow moves: one it has, else the word the clause moves (*the
    batch's stage goes from eggs to fry*), else *status*."""
    found = spec.entity(entity)
    told = _FIELD_THAT_MOVES.search(said)
    if found is not None and told is not None and found.field(told["field"]) is not None:
        return told["field"]  # "... and an outcome that goes from pending to ...": the outcome
    if found is not None:
        for name in STATE_FIELD_NAMES:
            f = found.field(name)
            if f is not None and f.type in ("enum", "text"):
                return name
    moved = _MOVED_FIELD.search(said)
    if moved:
        return moved["field"] or moved["fields"]
    aspect = _ASPECT_MOVES.search(said)
    if (
        aspect
        and aspect["aspect"] not in STATE_FIELD_NAMES
        and spec.entity(aspect["aspect"]) is None
    ):
        return f"{aspect['aspect']}_status"  # "its artwork moves from ...": the artwork's status
    return "status"


_FIELD_THAT_MOVES = re.compile(
    r"\b(?:a|an|the|its|their|each|every)\s+(?P<field>[a-z]+)\s+(?:that|which)\s+(?:goes|moves|runs|passes)\s+from\s"
)


_MOVED_FIELD = re.compile(
    r"(?:'s|\bits|\btheir)\s+(?P<field>stage|state|phase)\s+(?:goes|go|moves|move|runs|run|passes|pass)\b"
    r"|\b(?:goes|go|moves|move|passes|pass|runs|run)\s+through\s+(?:the|its|their)\s+"
    r"(?P<fields>stage|phase)s\b"
)


_ASPECT_MOVES = re.compile(
    r"(?:'s|\bits|\btheir)\s+(?P<aspect>[a-z]+)\s+(?:goes|go|moves|move|runs|run|passes|pass|progresses)"
    r"\s+(?:from|through)\s"
)
"""``its artwork moves from ...``, ``an arrival's payment goes from ...``: the status of one
side of the record, named by it."""


def record_with_a_state_field(spec: AppSpec) -> str | None:
    for entity in spec.entities:
        if any(entity.field(name) is not None for name in STATE_FIELD_NAMES):
            return entity.name
    return None


def flow_of_record(flows: dict[tuple[str, str], FlowDraft], entity: str | None) -> FlowDraft | None:
    return next((f for (e, _), f in flows.items() if e == entity), None)


def put_flow(
    flows: dict[tuple[str, str], FlowDraft], entity: str, field_name: str, steps: list[list[str]]
) -> None:
    if len(steps) < 2:
        return
    existing = flows.get((entity, field_name))
    if (
        existing is not None
        and existing.written
        and len(existing.states) >= len([s for st in steps for s in st])
    ):
        return
    flows[(entity, field_name)] = FlowDraft(entity, field_name, steps)
