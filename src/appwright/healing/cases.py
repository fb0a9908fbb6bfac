"""What a hook is written for and tested against: its target and sample test cases from the spec.

A `HookTarget` is one automation of a spec with what the hook needs to know: the trigger's
entity, every entity's fields (the hook may read and write any of them) and the settings. Its
`sample_cases` are deterministic: the same spec gives the same cases, so a repair is judged
on exactly the run its failing version failed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from appwright.codegen.pattern_samples import PatternSampleError, pattern_sample
from appwright.spec.models import AppSpec, Automation, Entity, FieldSpec

HOOK_TRIGGERS = ("create", "update", "delete", "transition")
"""Triggers a hook runs on in the generated app (``schedule`` is not one: bots run those)."""

SAMPLE_DATE = dt.date(2026, 1, 15)
SAMPLE_DATETIME = dt.datetime(2026, 1, 15, 9, 30, tzinfo=dt.UTC)
IMPLICIT_VALUES = {
    "created_at": SAMPLE_DATETIME.isoformat(),
    "updated_at": SAMPLE_DATETIME.isoformat(),
    "created_by_id": 1,
}


class NotAHookError(ValueError):
    """The automation does not run as a hook (a schedule, or an entity the spec lacks)."""


@dataclass(frozen=True)
class TestCase:
    """One call of the hook: the triggering record, the event, and the rows stored around it."""

    __test__ = False  # not a pytest class

    name: str
    event: dict[str, Any]
    record: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "event": self.event, "record": self.record, "rows": self.rows}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TestCase:
        return cls(
            name=str(data["name"]),
            event=dict(data["event"]),
            record=dict(data["record"]),
            rows={str(k): list(v) for k, v in (data.get("rows") or {}).items()},
        )


@dataclass(frozen=True)
class HookTarget:
    """One automation as a hook: its trigger, the app's entities and settings."""

    automation: Automation
    entity: str
    schema: dict[str, Any]
    """Every entity's fields and transitions, in the shape the hook API checks writes with."""
    settings: dict[str, Any]

    @property
    def name(self) -> str:
        return self.automation.name

    @property
    def trigger(self) -> str:
        return self.automation.trigger.on

    def definition(self) -> dict[str, Any]:
        """The automation as the spec states it (a changed definition means a new hook)."""
        return self.automation.model_dump(mode="json", by_alias=True)

    def entities_text(self) -> str:
        """The entities, their fields and transitions, as compact JSON for a prompt."""
        return json.dumps(self.schema, separators=(",", ":"), sort_keys=True)


def is_hook_automation(spec: AppSpec, automation: Automation) -> bool:
    trigger = automation.trigger
    try:
        hook_target(spec, automation)
    except NotAHookError:
        return False
    return trigger.on in HOOK_TRIGGERS


def hook_target(spec: AppSpec, automation: Automation) -> HookTarget:
    """``automation`` of ``spec`` as a hook target; NotAHookError when it is not one."""
    trigger = automation.trigger
    if trigger.on not in HOOK_TRIGGERS:
        raise NotAHookError(
            f"automation {automation.name} runs on {trigger.on}, not on a record change"
        )
    if trigger.entity is None or spec.entity(trigger.entity) is None:
        raise NotAHookError(
            f"automation {automation.name} names no entity of the app ({trigger.entity!r})"
        )
    if trigger.on == "transition" and not any(
        flow.entity == trigger.entity and flow.transitions for flow in spec.state_flows
    ):
        raise NotAHookError(
            f"automation {automation.name} runs on transitions, but {trigger.entity} has none"
        )
    return HookTarget(
        automation=automation,
        entity=trigger.entity,
        schema=entity_schema(spec),
        settings={setting.key: setting.default for setting in spec.settings},
    )


def entity_schema(spec: AppSpec) -> dict[str, Any]:
    """``{entity: {"fields": {...}, "transitions": {...}}}`` for the hook API's checks."""
    flows = {flow.entity: flow for flow in spec.state_flows}
    schema: dict[str, Any] = {}
    for entity in spec.entities:
        flow = flows.get(entity.name)
        fields: dict[str, Any] = {}
        for spec_field in entity.fields:
            is_state = flow is not None and spec_field.name == flow.field
            fields[spec_field.name] = {
                "type": spec_field.type,
                "required": spec_field.required,
                "default": spec_field.default,
                "options": spec_field.options,
                "reference": spec_field.references.entity if spec_field.references else None,
                "state": is_state,
            }
        transitions = {
            t.name: {"from": list(t.from_), "to": t.to} for t in (flow.transitions if flow else [])
        }
        schema[entity.name] = {"fields": fields, "transitions": transitions}
    return schema


NumberMode = str  # "typical", "low" or "high"


def _number(spec_field: FieldSpec, mode: NumberMode) -> int | Decimal:
    validation = spec_field.validation
    low = validation.min if validation and isinstance(validation.min, int | float) else 0
    high = validation.max if validation and isinstance(validation.max, int | float) else None
    wanted = {"typical": low + 10, "low": low, "high": low + 100}[mode]
    if high is not None:
        wanted = min(wanted, high)
    if spec_field.type == "integer":
        return int(wanted) if float(wanted).is_integer() else int(wanted) + 1
    return Decimal(str(wanted)).quantize(Decimal("0.01"))


def _text(entity: Entity, spec_field: FieldSpec, n: int) -> str:
    validation = spec_field.validation
    if validation and validation.pattern:
        try:
            return pattern_sample(validation.pattern, n)
        except (PatternSampleError, ValueError):
            pass
    if spec_field.type == "email":
        return f"{entity.name.replace('_', '.')}{n}@example.com"
    if spec_field.type == "url":
        return f"https://example.com/{entity.name}/{n}"
    text = f"{spec_field.label} {n}"
    if validation and validation.min_length and len(text) < validation.min_length:
        text = text.ljust(validation.min_length, "x")
    if validation and validation.max_length:
        text = text[: validation.max_length]
    return text


def _temporal(spec_field: FieldSpec) -> str:
    validation = spec_field.validation
    minimum = validation.min if validation and isinstance(validation.min, str) else None
    if spec_field.type == "date":
        value = SAMPLE_DATE.isoformat()
        return max(value, minimum[:10]) if minimum else value
    value = SAMPLE_DATETIME.isoformat()
    return minimum if minimum and minimum > value else value


def sample_row(
    spec: AppSpec, entity: Entity, row_id: int, modes: dict[str, NumberMode] | None = None
) -> dict[str, Any]:
    """A valid row of ``entity``; references point at row 1 of their entity.

    ``modes`` sets numeric fields low, typical or high (by name; typical when absent).
    """
    flow = next((flow for flow in spec.state_flows if flow.entity == entity.name), None)
    row: dict[str, Any] = {"id": row_id, **IMPLICIT_VALUES}
    for spec_field in entity.fields:
        kind = spec_field.type
        if flow is not None and spec_field.name == flow.field:
            value: Any = flow.initial
        elif kind in ("integer", "decimal"):
            number = _number(spec_field, (modes or {}).get(spec_field.name, "typical"))
            value = str(number) if isinstance(number, Decimal) else number
        elif kind == "reference":
            value = 1
        elif kind == "boolean":
            value = spec_field.default if isinstance(spec_field.default, bool) else True
        elif kind in ("date", "datetime"):
            value = _temporal(spec_field)
        elif kind == "enum":
            options = spec_field.options or []
            value = spec_field.default if spec_field.default in options else options[0]
        elif kind == "multi_enum":
            value = (spec_field.options or [])[:1]
        elif kind == "json":
            value = {}
        else:
            value = _text(entity, spec_field, row_id)
        row[spec_field.name] = value
    return row


def _alternating(entity: Entity, first: NumberMode, second: NumberMode) -> dict[str, NumberMode]:
    """Numeric fields alternately ``first`` and ``second`` within each type (a low quantity
    against a high threshold, and the other way round)."""
    modes: dict[str, NumberMode] = {}
    for kind in ("integer", "decimal"):
        numeric = [f for f in entity.fields if f.type == kind]
        for index, spec_field in enumerate(numeric):
            modes[spec_field.name] = first if index % 2 == 0 else second
    return modes


def sample_cases(spec: AppSpec, target: HookTarget) -> list[TestCase]:
    """The hook's test cases: a typical record with a row of every entity around it, and
    records with low and high numbers next to only the rows they reference; for a transition
    trigger, one case per transition."""
    entity = spec.entity(target.entity)
    assert entity is not None  # hook_target checked it
    every_row = {e.name: [sample_row(spec, e, 1)] for e in spec.entities}
    referenced = {
        spec_field.references.entity
        for spec_field in entity.fields
        if spec_field.references is not None
    }
    referenced_rows = {name: rows for name, rows in every_row.items() if name in referenced}
    variants = [
        ("typical record", None, every_row),
        ("low then high numbers", _alternating(entity, "low", "high"), referenced_rows),
        ("high then low numbers", _alternating(entity, "high", "low"), referenced_rows),
    ]
    event_base = {"on": target.trigger, "entity": entity.name, "transition": None}
    cases: list[TestCase] = []
    if target.trigger == "transition":
        flow = next(flow for flow in spec.state_flows if flow.entity == entity.name)
        for transition in flow.transitions:
            before = sample_row(spec, entity, 1)
            before[flow.field] = transition.from_[0]
            after = {**before, flow.field: transition.to}
            rows = {**every_row, entity.name: [after]}
            event = {**event_base, "transition": transition.name, "previous": before}
            cases.append(TestCase(f"transition {transition.name}", event, after, rows))
        return cases
    for name, modes, around in variants:
        record = sample_row(spec, entity, 1, modes)
        rows = dict(around)
        if target.trigger != "delete":
            rows[entity.name] = [record]
        else:
            rows.pop(entity.name, None)
        previous = sample_row(spec, entity, 1) if target.trigger == "update" else None
        cases.append(TestCase(name, {**event_base, "previous": previous}, record, rows))
    return cases
