"""The permissions matrix: roles x entities x actions (CRUD and each state transition).

Read from the generator's plan (``AppPlan.scope`` / ``can_transition``), so the matrix says
exactly what the generated app enforces: the built-in ``admin`` role with full access, every
role with full access when the spec has no rules, the wider scope when two rules overlap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from appwright.codegen.plan import AppPlan
from appwright.codegen.planner import build_plan
from appwright.spec.models import ACTIONS, AppSpec

Scope = Literal["all", "own"]

BUILT_IN_ADMIN = "admin"


@dataclass(frozen=True)
class Cell:
    allowed: bool
    scope: Scope | None = None
    """``own``: only rows the user created (``created_by_id``); None when not allowed."""


@dataclass(frozen=True)
class ActionColumn:
    key: str
    """create, read, update, delete, or ``transition:<name>``."""
    label: str
    is_transition: bool = False


@dataclass
class EntityPermissions:
    entity: str
    label: str
    actions: list[ActionColumn]
    cells: dict[str, list[Cell]] = field(default_factory=dict)
    """role → one cell per action column, in order."""


@dataclass
class PermissionMatrix:
    roles: list[str]
    """``admin`` first (built into every generated app), then the spec's roles."""
    admin_is_built_in: bool
    """True when the spec does not list ``admin`` itself."""
    has_rules: bool
    """False: the spec has no rules, so every role may do everything."""
    default_role: str | None
    entities: list[EntityPermissions]


def _cell(scope: str | None) -> Cell:
    if scope == "all":
        return Cell(allowed=True, scope="all")
    if scope == "own":
        return Cell(allowed=True, scope="own")
    return Cell(allowed=False)


def _entity_permissions(plan: AppPlan, entity_name: str) -> EntityPermissions:
    entity = plan.entity(entity_name)
    transitions = [t for state in entity.states for t in state.transitions]
    columns = [ActionColumn(action, action) for action in ACTIONS] + [
        ActionColumn(f"transition:{t.name}", t.label, is_transition=True) for t in transitions
    ]
    view = EntityPermissions(entity=entity.name, label=entity.label, actions=columns)
    for role in plan.roles:
        row = [_cell(plan.scope(role, entity.name, action)) for action in ACTIONS]
        # A transition works on the rows the role can update (or, failing that, read).
        rows_scope = plan.scope(role, entity.name, "update") or plan.scope(
            role, entity.name, "read"
        )
        for transition in transitions:
            allowed = plan.can_transition(role, entity.name, transition)
            row.append(_cell(rows_scope or "all") if allowed else Cell(allowed=False))
        view.cells[role] = row
    return view


def permission_matrix(spec: AppSpec) -> PermissionMatrix:
    """Who may do what: for every role and entity, each CRUD action and each transition of
    the entity's state flow, with the ``own`` scope marked."""
    plan = build_plan(spec)
    return PermissionMatrix(
        roles=list(plan.roles),
        admin_is_built_in=BUILT_IN_ADMIN not in spec.permissions.roles,
        has_rules=plan.has_rules,
        default_role=spec.permissions.default_role,
        entities=[_entity_permissions(plan, entity.name) for entity in spec.entities],
    )
