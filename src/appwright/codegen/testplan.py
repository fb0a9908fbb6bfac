"""What the generated test suite checks, worked out from the plan at generation time.

The generated tests are data-driven where the data depends on the spec: permission
expectations come from :meth:`AppPlan.scope` (the same rule the app's ``permissions.py``
applies), transition set-ups from a walk of each state flow, invalid values from
:mod:`appwright.codegen.samples`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from appwright.codegen.plan import AppPlan, ColumnPlan, EntityPlan, StatePlan, TransitionPlan
from appwright.codegen.samples import (
    InvalidCase,
    invalid_cases,
    option_tables,
    pattern_tables,
    sample_source,
)

LIST_PARAMETERS = frozenset({"page", "size", "sort", "q"})
"""Query parameters of a list request that are not filters (see the routes template)."""

SUCCESS = {"read": 200, "update": 200, "delete": 204, "create": 201}


@dataclass(frozen=True)
class ReferenceSetup:
    field: str
    target: EntityPlan


@dataclass(frozen=True)
class TransitionCase:
    transition: TransitionPlan
    path: tuple[str, ...] | None
    """Transitions (made by the admin) from the initial state to a state it leaves from."""
    illegal_path: tuple[str, ...] | None
    """Transitions to a state it may not leave from."""
    illegal_state: str | None
    allowed_role: str | None
    """A non-admin role allowed to make it, on a row it can see."""
    allowed_owner: str
    """Who creates the row for ``allowed_role``: ``admin`` or ``self``."""
    denied_role: str | None
    """A role refused with 403."""


@dataclass(frozen=True)
class EntityTests:
    entity: EntityPlan
    samples: tuple[tuple[ColumnPlan, str], ...]
    """Each editable, non-reference column with its sample expression over ``n``."""
    required_references: tuple[ReferenceSetup, ...]
    optional_references: tuple[ReferenceSetup, ...]
    invalid: tuple[InvalidCase, ...]
    filters: tuple[ColumnPlan, ...]
    sort_column: ColumnPlan | None
    search_column: ColumnPlan | None
    unique: tuple[ColumnPlan, ...]
    transitions: tuple[TransitionCase, ...]
    required_editable: tuple[ColumnPlan, ...]


@dataclass(frozen=True)
class PermissionCase:
    role: str
    entity: EntityPlan
    action: str
    owner: str
    """``other`` (the admin created the row), ``self`` (the role did), ``none`` for create/list."""
    expected: int


@dataclass(frozen=True)
class OwnScopeCase:
    role: str
    entity: EntityPlan


@dataclass
class SuitePlan:
    entities: dict[str, EntityTests] = field(default_factory=dict)
    permissions: list[PermissionCase] = field(default_factory=list)
    own_scope: list[OwnScopeCase] = field(default_factory=list)
    pattern_samples: dict[str, tuple[str, ...]] = field(default_factory=dict)
    options: dict[str, tuple[str, ...]] = field(default_factory=dict)
    report_roles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Roles (admin first) allowed to run each report."""
    report_denied: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _paths(state: StatePlan) -> dict[str, tuple[str, ...]]:
    """Shortest transition path from the initial state to every reachable state."""
    paths: dict[str, tuple[str, ...]] = {state.initial: ()}
    queue = deque([state.initial])
    while queue:
        current = queue.popleft()
        for transition in state.transitions:
            if current in transition.from_states and transition.to not in paths:
                paths[transition.to] = (*paths[current], transition.name)
                queue.append(transition.to)
    return paths


def _transition_case(
    plan: AppPlan, entity: EntityPlan, state: StatePlan, t: TransitionPlan
) -> TransitionCase:
    paths = _paths(state)
    reachable = [s for s in state.states if s in paths]
    start = next((s for s in reachable if s in t.from_states), None)
    illegal = next((s for s in reachable if s not in t.from_states), None)
    allowed_role, allowed_owner = None, "admin"
    denied_role = None
    for role in plan.spec_roles:
        visible = plan.scope(role, entity.name, "read" if t.roles else "update")
        can_create = plan.scope(role, entity.name, "create") is not None
        if plan.can_transition(role, entity.name, t):
            if allowed_role is None and visible == "all":
                allowed_role, allowed_owner = role, "admin"
            elif allowed_role is None and visible == "own" and can_create:
                allowed_role, allowed_owner = role, "self"
        elif denied_role is None and (not t.roles or visible == "all"):
            denied_role = role
    return TransitionCase(
        transition=t,
        path=paths[start] if start is not None else None,
        illegal_path=paths[illegal] if illegal is not None else None,
        illegal_state=illegal,
        allowed_role=allowed_role,
        allowed_owner=allowed_owner,
        denied_role=denied_role,
    )


def _entity_tests(plan: AppPlan, entity: EntityPlan) -> EntityTests:
    editable = entity.editable_columns
    samples = tuple((c, sample_source(entity, c)) for c in editable if c.reference is None)
    references = [
        ReferenceSetup(c.name, plan.entity(c.reference)) for c in entity.references if c.reference
    ]
    required = tuple(r for r, c in zip(references, entity.references, strict=True) if c.required)
    optional = tuple(
        r for r, c in zip(references, entity.references, strict=True) if not c.required
    )
    invalid = tuple(case for c in editable for case in invalid_cases(c))
    filters = tuple(c for c in entity.columns if c.filterable and c.name not in LIST_PARAMETERS)
    sort_column = next(
        (c for c in entity.columns if c.type in ("integer", "decimal", "date", "datetime")), None
    )
    search_column = entity.search_columns[0] if entity.search_columns else None
    transitions: tuple[TransitionCase, ...] = ()
    if entity.state is not None:
        transitions = tuple(
            _transition_case(plan, entity, entity.state, t) for t in entity.state.transitions
        )
    return EntityTests(
        entity=entity,
        samples=samples,
        required_references=required,
        optional_references=optional,
        invalid=invalid,
        filters=filters,
        sort_column=sort_column,
        search_column=search_column,
        unique=tuple(c for c in editable if c.unique),
        transitions=transitions,
        required_editable=tuple(c for c in editable if c.required),
    )


def _expected(plan: AppPlan, role: str, entity: str, action: str, owner: str) -> int:
    granted = plan.scope(role, entity, action)
    if granted is None:
        return 403
    if granted == "own" and owner == "other":
        return 404
    return SUCCESS[action]


def _permission_cases(plan: AppPlan) -> list[PermissionCase]:
    cases: list[PermissionCase] = []
    for role in plan.spec_roles:
        for entity in plan.entities:
            can_create = plan.scope(role, entity.name, "create") is not None
            expected_create = SUCCESS["create"] if can_create else 403
            cases.append(PermissionCase(role, entity, "create", "none", expected_create))
            list_status = 200 if plan.scope(role, entity.name, "read") else 403
            cases.append(PermissionCase(role, entity, "list", "none", list_status))
            for action in ("read", "update", "delete"):
                owners = ("other", "self") if can_create else ("other",)
                for owner in owners:
                    expected = _expected(plan, role, entity.name, action, owner)
                    cases.append(PermissionCase(role, entity, action, owner, expected))
    return cases


def build_test_plan(plan: AppPlan) -> SuitePlan:
    tests = SuitePlan()
    for entity in plan.entities:
        tests.entities[entity.name] = _entity_tests(plan, entity)
    tests.permissions = _permission_cases(plan)
    tests.own_scope = [
        OwnScopeCase(role, entity)
        for role in plan.spec_roles
        for entity in plan.entities
        if plan.scope(role, entity.name, "read") == "own"
        and plan.scope(role, entity.name, "create") is not None
    ]
    tests.pattern_samples = pattern_tables(plan.entities)
    tests.options = option_tables(plan.entities)
    for report in plan.reports:
        allowed = tuple(r for r in plan.roles if plan.scope(r, report.entity, "read"))
        tests.report_roles[report.name] = allowed
        tests.report_denied[report.name] = tuple(r for r in plan.roles if r not in allowed)
    return tests
