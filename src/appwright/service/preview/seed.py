"""Realistic sample rows for a preview, derived from a spec (deterministic for a given seed).

``build_seed(spec, seed=0)`` returns the JSON document the generated app's ``seed FILE``
command inserts through its own crud functions: entities parents first, each row's plain
values, its references as row numbers of the referenced entity, the transitions that move it
from the flow's initial state to its target state, and its many-to-many links::

    {"entities": [{"entity": "company", "rows": [{"values": {...}, "references": {...},
                                                  "transitions": [...], "links": {...}}]}]}

Values follow the field's meaning (a contact's ``name`` is a person's name, a company's a
company name, ``due_date`` lies in the near future, ``birthday`` decades back...) and always
its validation: length limits, patterns, min/max, options, uniqueness.

This module builds the document (row counts, rows, references, transitions, links, unique
values); ``seed_text`` makes text values, ``seed_numbers`` numbers, flags and dates,
``seed_kinds`` reads what names mean, and ``seed_state`` holds the state they share.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import deque
from collections.abc import Sequence
from typing import Any

from appwright.codegen.plan import ColumnPlan, EntityPlan, StatePlan
from appwright.codegen.planner import build_plan
from appwright.codegen.samples import INT32_MAX
from appwright.service.preview import vocabulary as words
from appwright.service.preview.seed_numbers import NumberValues, integer_bounds
from appwright.service.preview.seed_state import CHILD_ROWS, ROOT_ROWS
from appwright.service.preview.seed_text import TextValues
from appwright.spec.models import AppSpec

OPTIONAL_FILL = 0.8
"""Share of optional fields (and optional references) that get a value."""
UNIQUE_ATTEMPTS = 40


def build_seed(spec: AppSpec, *, seed: int = 0, today: dt.date | None = None) -> dict[str, Any]:
    """The seed document for ``spec`` (normalized); the same ``seed`` and ``today``, the same
    document."""
    plan = build_plan(spec)
    return _SeedBuilder(plan.entities, random.Random(seed), today or dt.date.today()).build()


def insertion_order(entities: Sequence[EntityPlan]) -> list[EntityPlan]:
    """Entities with every required reference's target before them (spec order otherwise);
    entities in a cycle of required references come last."""
    remaining = list(entities)
    placed: list[EntityPlan] = []
    done: set[str] = set()
    while remaining:
        ready = next(
            (
                entity
                for entity in remaining
                if all(target in done for target in _required_targets(entity))
            ),
            None,
        )
        if ready is None:
            return placed + remaining
        placed.append(ready)
        done.add(ready.name)
        remaining.remove(ready)
    return placed


def _required_targets(entity: EntityPlan) -> set[str]:
    return {
        column.reference
        for column in entity.references
        if column.required and column.reference is not None and column.reference != entity.name
    }


def state_paths(state: StatePlan) -> dict[str, list[str]]:
    """Every state reachable from the initial one, with the shortest list of transitions."""
    paths: dict[str, list[str]] = {state.initial: []}
    queue = deque([state.initial])
    while queue:
        current = queue.popleft()
        for transition in state.transitions:
            if current in transition.from_states and transition.to not in paths:
                paths[transition.to] = [*paths[current], transition.name]
                queue.append(transition.to)
    return paths


class _SeedBuilder(TextValues, NumberValues):
    """The seed document: row counts, rows, references, transitions, links and unique values."""

    def __init__(self, entities: Sequence[EntityPlan], rng: random.Random, today: dt.date):
        self.entities = insertion_order(entities)
        self.rng = rng
        self.today = today
        self.counts = {}
        self.pattern_pools = {}

    # -- the document -------------------------------------------------------------------

    def build(self) -> dict[str, Any]:
        for entity in self.entities:
            self.counts[entity.name] = self._row_count(entity)
        blocks = [{"entity": entity.name, "rows": self._rows(entity)} for entity in self.entities]
        return {"entities": blocks}

    def _row_count(self, entity: EntityPlan) -> int:
        for target in _required_targets(entity):
            if not self.counts.get(target):
                return 0  # its parents come later (a cycle) or have no rows
        if any(c.required and c.reference == entity.name for c in entity.references):
            return 0  # a required reference to itself: the first row could not exist
        low, high = CHILD_ROWS if entity.references else ROOT_ROWS
        count = self.rng.randint(low, high)
        for column in entity.columns:
            if column.unique:
                count = min(count, self._unique_capacity(entity, column))
        return max(count, 0)

    def _unique_capacity(self, entity: EntityPlan, column: ColumnPlan) -> int:
        if column.type == "enum":
            return len(column.options)
        if column.type == "boolean":
            return 2
        if column.reference is not None:
            target = self.counts.get(column.reference)
            if target is None or column.reference == entity.name:
                return INT32_MAX if not column.required else 0
            return target if column.required else INT32_MAX
        if column.pattern and column.type in ("text", "long_text"):
            return len(self.pattern_pool(entity, column, CHILD_ROWS[1]))
        if column.type == "integer":
            low, high = integer_bounds(column)
            return high - low + 1
        return INT32_MAX

    def _rows(self, entity: EntityPlan) -> list[dict[str, Any]]:
        count = self.counts[entity.name]
        used: dict[str, set[Any]] = {column.name: set() for column in entity.columns}
        targets = self._state_targets(entity, count)
        unique_refs = {
            column.name: self._permutation(column.reference)
            for column in entity.references
            if column.unique and column.reference is not None
        }
        rows: list[dict[str, Any]] = []
        for index in range(count):
            values: dict[str, Any] = {}
            # names first: emails and web sites are made from them
            ordered = sorted(
                (c for c in entity.editable_columns if c.reference is None),
                key=lambda c: c.type in ("email", "url"),
            )
            for column in ordered:
                optional = not column.required and column.default is None and not column.unique
                if optional and self.rng.random() > OPTIONAL_FILL:
                    continue
                value = self._unique_value(entity, column, index, values, used[column.name])
                if value is not None:
                    values[column.name] = value
            row: dict[str, Any] = {"values": values}
            references = self._references(entity, index, unique_refs)
            if references:
                row["references"] = references
            if targets:
                row["transitions"] = targets[index]
            links = self._links(entity, index)
            if links:
                row["links"] = links
            rows.append(row)
        return rows

    def _state_targets(self, entity: EntityPlan, count: int) -> list[list[str]]:
        state = entity.state
        if state is None:
            return []
        paths = state_paths(state)
        reachable = sorted(paths, key=lambda name: (len(paths[name]), name))
        # the initial state first, then round-robin over the others: every state gets rows
        others = reachable[1:]
        self.rng.shuffle(others)
        cycle = [reachable[0], *others]
        return [list(paths[cycle[index % len(cycle)]]) for index in range(count)]

    def _permutation(self, target: str | None) -> list[int]:
        indices = list(range(self.counts.get(target or "", 0)))
        self.rng.shuffle(indices)
        return indices

    def _references(
        self, entity: EntityPlan, index: int, unique_refs: dict[str, list[int]]
    ) -> dict[str, int]:
        references: dict[str, int] = {}
        for column in entity.references:
            target = column.reference or ""
            available = self.counts.get(target, 0)
            if target == entity.name:
                available = min(available, index)  # a parent among the rows made before
            if available == 0:
                continue
            if not column.required and self.rng.random() > OPTIONAL_FILL:
                continue
            if column.name in unique_refs:
                pool = unique_refs[column.name]
                if index < len(pool) and pool[index] < available:
                    references[column.name] = pool[index]
                continue
            references[column.name] = self.rng.randrange(available)
        return references

    def _links(self, entity: EntityPlan, index: int) -> dict[str, list[int]]:
        links: dict[str, list[int]] = {}
        for link in entity.many_to_many:
            candidates = [
                other
                for other in range(self.counts.get(link.target, 0))
                if not (link.target == entity.name and other == index)
            ]
            if not candidates:
                continue
            chosen = self.rng.sample(candidates, self.rng.randint(0, min(3, len(candidates))))
            if chosen:
                links[link.name] = sorted(chosen)
        return links

    # -- values -------------------------------------------------------------------------

    def _unique_value(
        self,
        entity: EntityPlan,
        column: ColumnPlan,
        index: int,
        row: dict[str, Any],
        used: set[Any],
    ) -> Any:
        value = self._value(entity, column, index, row)
        if not column.unique:
            return value
        attempt = 0
        while _key(value) in used and attempt < UNIQUE_ATTEMPTS:
            attempt += 1
            value = self._value(entity, column, index + attempt * 97, row)
        if _key(value) in used:
            value = self._numbered(entity, column, value, used)
        if value is not None:
            used.add(_key(value))
        return value

    def _numbered(self, entity: EntityPlan, column: ColumnPlan, value: Any, used: set[Any]) -> Any:
        """A unique value when the realistic ones ran out: a number added or counted up."""
        if column.type in ("text", "long_text") and column.pattern:
            pool = [
                v for v in self.pattern_pool(entity, column, len(used) + 1) if _key(v) not in used
            ]
            return pool[0] if pool else None
        if column.type in ("text", "long_text", "email", "url") and isinstance(value, str):
            for number in range(2, 10_000):
                candidate = _with_number(column, value, number)
                if _key(candidate) not in used and self.fits(column, candidate):
                    return candidate
            return None
        if column.type == "integer":
            low, high = integer_bounds(column)
            return next((n for n in range(low, min(high, low + 10**6) + 1) if n not in used), None)
        if column.type == "decimal":
            amount = float(value or 0)
            while _key(amount) in used:
                amount = round(amount + 0.01, 2)
            return amount
        if column.type in ("date", "datetime") and isinstance(value, str):
            parsed = dt.datetime.fromisoformat(value)
            while _key(value) in used:
                parsed += dt.timedelta(days=1)
                value = (
                    parsed.isoformat() if column.type == "datetime" else parsed.date().isoformat()
                )
            return value
        return None

    def _value(
        self, entity: EntityPlan, column: ColumnPlan, index: int, row: dict[str, Any]
    ) -> Any:
        kind = column.type
        if kind in ("text", "long_text"):
            return self.text_value(entity, column, index, row)
        if kind == "email":
            return self.email_value(entity, column, index, row)
        if kind == "url":
            return self.url_value(entity, column, index, row)
        if kind == "integer":
            return self.integer_value(column, index)
        if kind == "decimal":
            return self.decimal_value(column)
        if kind == "boolean":
            return self.boolean_value(column)
        if kind in ("date", "datetime"):
            return self.temporal_value(column)
        if kind == "enum":
            return self.rng.choice(column.options) if column.options else None
        if kind == "multi_enum":
            if not column.options:
                return []
            size = self.rng.randint(1, min(3, len(column.options)))
            return sorted(self.rng.sample(list(column.options), size))
        if kind == "json":
            return {"source": "preview", "note": self.rng.choice(words.SENTENCES)}
        return None

    # text

    # numbers, flags, dates


def _key(value: Any) -> Any:
    """A hashable form of a value, for uniqueness (case-insensitive for text)."""
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, dict):
        return tuple(sorted(value.items()))
    if isinstance(value, str):
        return value.lower()
    return value


def _with_number(column: ColumnPlan, value: str, number: int) -> str:
    if column.type == "email" and "@" in value:
        local, domain = value.split("@", 1)
        return f"{local}{number}@{domain}"
    if column.type == "url":
        return f"{value.rstrip('/')}-{number}"
    suffix = f" {number}"
    if column.max_length is not None and len(value) + len(suffix) > column.max_length:
        value = value[: column.max_length - len(suffix)].rstrip()
    return value + suffix
