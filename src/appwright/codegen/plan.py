"""The plan: a normalized AppSpec resolved into every name and fact the templates need.

Templates never invent names or walk the spec's cross-references themselves: the plan has
already allocated collision-free identifiers (see :mod:`appwright.codegen.naming`), resolved
references, state flows, many-to-many junction tables and report join paths. This module holds
the plan's records; :func:`appwright.codegen.planner.build_plan` makes one from a spec.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from appwright.spec.models import AppSpec, FieldValidation, Report
from appwright.spec.names import humanize

TEXT_LIKE = frozenset({"text", "long_text", "email", "url"})
NUMERIC = frozenset({"integer", "decimal"})
TEMPORAL = frozenset({"date", "datetime"})
TITLE_NAMES = ("name", "title", "full_name", "label", "subject", "display_name", "code", "email")

DEFAULT_TEXT_LENGTH = 255
EMAIL_LENGTH = 320
URL_LENGTH = 2048

Scope = Literal["all", "own"]


@dataclass(frozen=True)
class ColumnPlan:
    name: str
    """Spec field name == DB column name == JSON key in the API."""
    attr: str
    """Python attribute in models and schemas (``class_`` for ``class``)."""
    label: str
    type: str
    required: bool
    unique: bool
    indexed: bool
    searchable: bool
    options: tuple[str, ...]
    validation: FieldValidation | None
    default: Any
    reference: str | None
    """Target entity name of a reference field."""
    relation_attr: str | None
    """ORM relationship attribute of a reference field (``company`` for ``company_id``)."""
    is_state: bool
    """Driven by a state flow: never set directly by create/update."""
    on_delete: str | None = None
    """``restrict`` / ``cascade`` / ``set_null`` for a reference field."""
    fk_name: str | None = None
    index_name: str | None = None
    unique_name: str | None = None
    description: str | None = None
    type_alias: str | None = None
    """Name of the schema type alias for an enum's options or a pattern-checked string."""

    @property
    def is_text_like(self) -> bool:
        return self.type in TEXT_LIKE

    @property
    def is_numeric(self) -> bool:
        return self.type in NUMERIC

    @property
    def is_temporal(self) -> bool:
        return self.type in TEMPORAL

    @property
    def max_length(self) -> int | None:
        """Longest value the column stores (``None`` for unbounded types)."""
        declared = self.validation.max_length if self.validation else None
        limit = {"text": DEFAULT_TEXT_LENGTH, "email": EMAIL_LENGTH, "url": URL_LENGTH}.get(
            self.type
        )
        if limit is None:
            return declared
        return min(declared, limit) if declared else limit

    @property
    def min_length(self) -> int | None:
        declared = self.validation.min_length if self.validation else None
        if self.required and self.is_text_like and not declared:
            return 1
        return declared

    @property
    def pattern(self) -> str | None:
        return self.validation.pattern if self.validation else None

    @property
    def minimum(self) -> int | float | str | None:
        return self.validation.min if self.validation else None

    @property
    def maximum(self) -> int | float | str | None:
        return self.validation.max if self.validation else None

    @property
    def filterable(self) -> bool:
        """Exact-match filter in list queries (multi_enum and json have no single value)."""
        return self.type not in ("multi_enum", "json", "long_text")

    @property
    def sortable(self) -> bool:
        return self.type not in ("multi_enum", "json")


@dataclass(frozen=True)
class TransitionPlan:
    name: str
    label: str
    from_states: tuple[str, ...]
    to: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class StatePlan:
    column: ColumnPlan
    initial: str
    states: tuple[str, ...]
    transitions: tuple[TransitionPlan, ...]

    def transition(self, name: str) -> TransitionPlan:
        return next(t for t in self.transitions if t.name == name)


@dataclass(frozen=True)
class ManyToManyPlan:
    name: str
    """Attribute on this entity, and the URL segment ``/api/<route>/{id}/<name>``."""
    target: str
    table: str
    """Junction table."""
    local_column: str
    remote_column: str
    label: str = ""
    table_var: str = ""
    """Python variable of the junction ``sa.Table`` in models.py."""
    local_fk_name: str = ""
    remote_fk_name: str = ""
    remote_index_name: str = ""
    get_function: str = ""
    """crud function returning the target ids."""
    set_function: str = ""
    """crud function replacing the target ids."""


@dataclass(frozen=True)
class IncomingReference:
    """A reference column of another entity (or this one) pointing at this entity."""

    entity: str
    column: ColumnPlan


@dataclass(frozen=True)
class EntityPlan:
    name: str
    label: str
    label_plural: str
    class_name: str
    table: str
    module: str
    route: str
    columns: tuple[ColumnPlan, ...]
    title_column: ColumnPlan | None
    states: tuple[StatePlan, ...]
    many_to_many: tuple[ManyToManyPlan, ...]
    create_schema: str
    update_schema: str
    read_schema: str
    page_schema: str
    description: str = ""
    incoming: tuple[IncomingReference, ...] = ()
    created_by_fk_name: str = ""
    created_by_index_name: str = ""

    def column(self, name: str) -> ColumnPlan | None:
        return next((c for c in self.columns if c.name == name), None)

    @property
    def references(self) -> tuple[ColumnPlan, ...]:
        return tuple(c for c in self.columns if c.reference is not None)

    @property
    def editable_columns(self) -> tuple[ColumnPlan, ...]:
        """Columns create/update accept (all but state columns)."""
        return tuple(c for c in self.columns if not c.is_state)

    @property
    def search_columns(self) -> tuple[ColumnPlan, ...]:
        """Searchable columns, or every text-like column when none is marked searchable."""
        marked = tuple(c for c in self.columns if c.searchable and c.is_text_like)
        return marked or tuple(c for c in self.columns if c.is_text_like)

    @property
    def list_function(self) -> str:
        return f"list_{self.module}"

    @property
    def get_function(self) -> str:
        return f"get_{self.module}"

    @property
    def create_function(self) -> str:
        return f"create_{self.module}"

    @property
    def update_function(self) -> str:
        return f"update_{self.module}"

    @property
    def delete_function(self) -> str:
        return f"delete_{self.module}"

    @property
    def transition_function(self) -> str:
        return f"transition_{self.module}"

    @property
    def state(self) -> StatePlan | None:
        return self.states[0] if self.states else None


@dataclass(frozen=True)
class JoinHop:
    """One step of a report's group-by path: from ``entity`` through ``column`` to ``target``."""

    entity: str
    column: ColumnPlan
    target: str


@dataclass(frozen=True)
class GroupPlan:
    path: str
    """The spec's group_by entry, also the key in each report row's ``group``."""
    hops: tuple[JoinHop, ...]
    entity: str
    """Entity owning the grouped column (after the hops)."""
    column: ColumnPlan


@dataclass(frozen=True)
class BucketPlan:
    column: ColumnPlan
    unit: str
    key: str
    """Key in each report row's ``group``: ``"month of check_in"``."""


@dataclass(frozen=True)
class ReportPlan:
    name: str
    label: str
    entity: str
    chart: str | None
    function: str
    spec: Report
    agg: str = "count"
    measure: ColumnPlan | None = None
    groups: tuple[GroupPlan, ...] = ()
    bucket: BucketPlan | None = None

    @property
    def group_keys(self) -> tuple[str, ...]:
        keys = [self.bucket.key] if self.bucket else []
        return (*keys, *(g.path for g in self.groups))


@dataclass(frozen=True)
class AppPlan:
    spec: AppSpec
    package: str
    title: str
    slug: str
    description: str
    entities: tuple[EntityPlan, ...]
    reports: tuple[ReportPlan, ...]
    roles: tuple[str, ...]
    """Every role, the built-in ``admin`` first."""
    version: str = "0.1.0"

    def entity(self, name: str) -> EntityPlan:
        for entity in self.entities:
            if entity.name == name:
                return entity
        raise KeyError(f"no entity named {name!r}")

    def report(self, name: str) -> ReportPlan:
        for report in self.reports:
            if report.name == name:
                return report
        raise KeyError(f"no report named {name!r}")

    @property
    def has_rules(self) -> bool:
        return bool(self.spec.permissions.rules)

    @property
    def spec_roles(self) -> tuple[str, ...]:
        """Roles other than ``admin``."""
        return self.roles[1:]

    def scope(self, role: str, entity: str, action: str) -> Scope | None:
        """What rows ``role`` may ``action`` on ``entity`` — the same rule the app enforces."""
        if role == "admin" or not self.has_rules:
            return "all"
        scopes = {
            rule.scope
            for rule in self.spec.permissions.rules
            if rule.role == role and rule.entity in (entity, "*") and action in rule.actions
        }
        if "all" in scopes:
            return "all"
        return "own" if scopes else None

    def can_transition(self, role: str, entity: str, transition: TransitionPlan) -> bool:
        """Whether ``role`` may make ``transition`` on rows it can update or read."""
        if role == "admin":
            return True
        if transition.roles:
            return role in transition.roles
        return self.scope(role, entity, "update") is not None


_IMPLICIT_TYPES = {
    "id": "integer",
    "created_at": "datetime",
    "updated_at": "datetime",
    "created_by_id": "integer",
}


def implicit_column(name: str) -> ColumnPlan | None:
    """A column every table has (``created_at``...), planned like a spec field; else None."""
    if name not in _IMPLICIT_TYPES:
        return None
    return ColumnPlan(
        name=name,
        attr=name,
        label=humanize(name),
        type=_IMPLICIT_TYPES[name],
        required=name != "created_by_id",
        unique=name == "id",
        indexed=False,
        searchable=False,
        options=(),
        validation=None,
        default=None,
        reference=None,
        relation_attr=None,
        is_state=False,
    )
