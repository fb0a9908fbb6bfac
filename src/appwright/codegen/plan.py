"""The plan: a normalized AppSpec resolved into every name and fact the templates need.

Templates never invent names or walk the spec's cross-references themselves: the plan has
already allocated collision-free identifiers (see :mod:`appwright.codegen.naming`), resolved
references, state flows, many-to-many junction tables and report join paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from appwright.codegen.naming import (
    PYTHON_KEYWORDS,
    RESERVED_CLASSES,
    RESERVED_MODULES,
    RESERVED_ROUTES,
    Namespace,
    allocate_db_name,
    attribute_name,
    camel,
    db_namespace,
    package_name,
)
from appwright.spec.models import AppSpec, Entity, FieldSpec, FieldValidation, Report, StateFlow
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


def _pluralize(label: str) -> str:
    if label.endswith("y") and label[-2:-1] not in ("a", "e", "i", "o", "u"):
        return label[:-1] + "ies"
    if label.endswith(("s", "x", "z", "ch", "sh")):
        return label + "es"
    return label + "s"


def _title_column(columns: tuple[ColumnPlan, ...]) -> ColumnPlan | None:
    """The column that names a row: a conventional name, else the first text-like column."""
    by_name = {c.name: c for c in columns if c.type in TEXT_LIKE or c.type == "enum"}
    for name in TITLE_NAMES:
        if name in by_name and not by_name[name].is_state:
            return by_name[name]
    for kinds in (("text", "email", "url"), ("long_text",)):
        found = next((c for c in columns if c.type in kinds), None)
        if found is not None:
            return found
    return None


def _relationship_for(spec: AppSpec, entity: Entity, field: FieldSpec) -> tuple[str, str]:
    """(target entity, on_delete) of a reference field."""
    for relationship in spec.relationships:
        if relationship.from_ == entity.name and relationship.field == field.name:
            return relationship.to, relationship.on_delete
    target = field.references.entity if field.references else field.name.removesuffix("_id")
    return target, "restrict" if field.required else "set_null"


class _Planner:
    """Allocates names in spec order; one instance plans one spec."""

    def __init__(self, spec: AppSpec) -> None:
        self.spec = spec
        self.classes = Namespace(RESERVED_CLASSES)
        self.modules = Namespace(RESERVED_MODULES)
        self.routes = Namespace(RESERVED_ROUTES)
        self.db = db_namespace()
        self.model_vars = Namespace()
        self.report_functions = Namespace({"run_report"})

    def plan(self) -> AppPlan:
        spec = self.spec
        for entity in spec.entities:
            self.db.claim(entity.name)
        heads = [self._entity_head(entity) for entity in spec.entities]
        entities = [
            self._entity(entity, head) for entity, head in zip(spec.entities, heads, strict=True)
        ]
        entities = self._with_incoming(entities)
        by_name = {e.name: e for e in entities}
        reports = tuple(self._report(report, by_name) for report in spec.reports)
        roles = ["admin"] + [role for role in spec.permissions.roles if role != "admin"]
        return AppPlan(
            spec=spec,
            package=package_name(spec.slug),
            title=spec.name,
            slug=spec.slug,
            description=spec.description,
            entities=tuple(entities),
            reports=reports,
            roles=tuple(roles),
            version=spec.version or "0.1.0",
        )

    def _entity_head(self, entity: Entity) -> dict[str, str]:
        """Class and module names, allocated for every entity before any schema name."""
        class_name = self.classes.allocate(camel(entity.name), separator="")
        stem = entity.name
        if stem in PYTHON_KEYWORDS or stem in RESERVED_MODULES:
            stem = f"{stem}_records"
        module = self.modules.allocate_group(
            stem,
            ["{}", "list_{}", "get_{}", "create_{}", "update_{}", "delete_{}", "transition_{}"],
        )
        return {"class_name": class_name, "module": module}

    def _entity(self, entity: Entity, head: dict[str, str]) -> EntityPlan:
        spec = self.spec
        class_name = head["class_name"]
        module = head["module"]
        route = self.routes.allocate(entity.name.replace("_", "-"), separator="-")
        flows = [flow for flow in spec.state_flows if flow.entity == entity.name]
        state_fields = {flow.field for flow in flows}
        attrs = Namespace()
        columns: list[ColumnPlan] = []
        for field in entity.fields:
            columns.append(
                self._column(entity, field, attrs, class_name, is_state=field.name in state_fields)
            )
        columns = [self._relation_attr(column, attrs) for column in columns]
        m2m = tuple(
            self._many_to_many(entity, relationship.to, module, attrs)
            for relationship in spec.relationships
            if relationship.kind == "many_to_many" and relationship.from_ == entity.name
        )
        column_tuple = tuple(columns)
        states = tuple(self._state(flow, column_tuple) for flow in flows)
        label = entity.label
        schemas = [
            self.classes.allocate(f"{class_name}{suffix}", separator="")
            for suffix in ("Create", "Update", "Read", "Page")
        ]
        return EntityPlan(
            name=entity.name,
            label=label,
            label_plural=_pluralize(label),
            class_name=class_name,
            table=entity.name,
            module=module,
            route=route,
            columns=column_tuple,
            title_column=_title_column(column_tuple),
            states=states,
            many_to_many=m2m,
            create_schema=schemas[0],
            update_schema=schemas[1],
            read_schema=schemas[2],
            page_schema=schemas[3],
            description=entity.description or "",
            created_by_fk_name=self.db.claim(f"fk_{entity.name}__created_by"),
            created_by_index_name=self.db.claim(f"ix_{entity.name}__created_by"),
        )

    def _column(
        self, entity: Entity, field: FieldSpec, attrs: Namespace, class_name: str, *, is_state: bool
    ) -> ColumnPlan:
        reference: str | None = None
        on_delete: str | None = None
        fk_name: str | None = None
        if field.type == "reference":
            reference, on_delete = _relationship_for(self.spec, entity, field)
            fk_name = allocate_db_name(self.db, f"fk_{entity.name}_{field.name}_{reference}")
        index_name = None
        if (field.indexed or reference is not None) and not field.unique:
            index_name = allocate_db_name(self.db, f"ix_{entity.name}_{field.name}")
        unique_name = (
            allocate_db_name(self.db, f"uq_{entity.name}_{field.name}") if field.unique else None
        )
        type_alias = None
        has_pattern = field.validation is not None and field.validation.pattern is not None
        if field.type in ("enum", "multi_enum") or (field.type in TEXT_LIKE and has_pattern):
            type_alias = self.classes.allocate(f"{class_name}{camel(field.name)}", separator="")
        return ColumnPlan(
            name=field.name,
            attr=attrs.allocate(attribute_name(field.name)),
            label=field.label,
            type=field.type,
            required=field.required,
            unique=field.unique,
            indexed=field.indexed,
            searchable=field.searchable,
            options=tuple(field.options or ()),
            validation=field.validation,
            default=field.default,
            reference=reference,
            relation_attr=None,
            is_state=is_state,
            on_delete=on_delete,
            fk_name=fk_name,
            index_name=index_name,
            unique_name=unique_name,
            description=field.description,
            type_alias=type_alias,
        )

    @staticmethod
    def _relation_attr(column: ColumnPlan, attrs: Namespace) -> ColumnPlan:
        if column.reference is None:
            return column
        stem = column.name.removesuffix("_id") if column.name.endswith("_id") else column.name
        wanted = attribute_name(stem)
        if wanted == column.attr:
            wanted = f"{stem}_record"
        relation = attrs.allocate(attribute_name(wanted))
        return ColumnPlan(**{**column.__dict__, "relation_attr": relation})

    def _many_to_many(
        self, entity: Entity, target: str, module: str, attrs: Namespace
    ) -> ManyToManyPlan:
        target_entity = self.spec.entity(target)
        target_label = target_entity.label if target_entity else humanize(target)
        name = attrs.allocate(attribute_name(_pluralize(target)))
        table = allocate_db_name(self.db, f"{entity.name}_{name}")
        local = f"{entity.name}_id"
        remote = f"{target}_id" if target != entity.name else f"related_{target}_id"
        stem = f"{module}_{name.rstrip('_')}"
        functions = self.modules.allocate_group(stem, ["get_{}_ids", "set_{}_ids"])
        return ManyToManyPlan(
            name=name,
            target=target,
            table=table,
            local_column=local,
            remote_column=remote,
            label=_pluralize(target_label),
            table_var=self.model_vars.allocate(f"{table}_table"),
            local_fk_name=allocate_db_name(self.db, f"fk_{table}_{local}_{entity.name}"),
            remote_fk_name=allocate_db_name(self.db, f"fk_{table}_{remote}_{target}"),
            remote_index_name=allocate_db_name(self.db, f"ix_{table}_{remote}"),
            get_function=f"get_{functions}_ids",
            set_function=f"set_{functions}_ids",
        )

    @staticmethod
    def _state(flow: StateFlow, columns: tuple[ColumnPlan, ...]) -> StatePlan:
        column = next(c for c in columns if c.name == flow.field)
        transitions = tuple(
            TransitionPlan(
                name=t.name,
                label=t.label or humanize(t.name),
                from_states=tuple(s for s in t.from_ if s != "*")
                or tuple(s for s in flow.states if s != t.to),
                to=t.to,
                roles=tuple(t.roles),
            )
            for t in flow.transitions
        )
        return StatePlan(
            column=column,
            initial=flow.initial or flow.states[0],
            states=tuple(flow.states),
            transitions=transitions,
        )

    @staticmethod
    def _with_incoming(entities: list[EntityPlan]) -> list[EntityPlan]:
        incoming: dict[str, list[IncomingReference]] = {e.name: [] for e in entities}
        for entity in entities:
            for column in entity.references:
                assert column.reference is not None
                incoming.setdefault(column.reference, []).append(
                    IncomingReference(entity=entity.name, column=column)
                )
        return [EntityPlan(**{**e.__dict__, "incoming": tuple(incoming[e.name])}) for e in entities]

    def _report(self, report: Report, entities: dict[str, EntityPlan]) -> ReportPlan:
        entity = entities[report.entity]
        measure = None
        if report.measure.field:
            measure = entity.column(report.measure.field) or implicit_column(report.measure.field)
        groups = tuple(self._group(path, entity, entities) for path in report.group_by)
        bucket = None
        if report.time_bucket is not None:
            field = report.time_bucket.field
            column = entity.column(field) or implicit_column(field)
            if column is None:
                raise ValueError(f"report {report.name}: no field {report.time_bucket.field}")
            bucket = BucketPlan(
                column=column,
                unit=report.time_bucket.unit,
                key=f"{report.time_bucket.unit} of {column.name}",
            )
        return ReportPlan(
            name=report.name,
            label=report.label,
            entity=report.entity,
            chart=report.chart,
            function=self.report_functions.allocate(f"report_{report.name}"),
            spec=report,
            agg=report.measure.agg,
            measure=measure,
            groups=groups,
            bucket=bucket,
        )

    @staticmethod
    def _group(path: str, entity: EntityPlan, entities: dict[str, EntityPlan]) -> GroupPlan:
        segments = path.split(".")
        current = entity
        hops: list[JoinHop] = []

        def hop_to(target: str) -> EntityPlan:
            column = next((c for c in current.references if c.reference == target), None)
            if column is None:
                raise ValueError(f"group_by {path!r}: {current.name} has no reference to {target}")
            hops.append(JoinHop(entity=current.name, column=column, target=target))
            return entities[target]

        for segment in segments[:-1]:
            current = hop_to(segment)
        last = segments[-1]
        column = current.column(last) or implicit_column(last)
        if column is None:
            current = hop_to(last)
            # An entity without a text column is named by its id.
            column = current.title_column or implicit_column("id")
            assert column is not None
        return GroupPlan(path=path, hops=tuple(hops), entity=current.name, column=column)


def build_plan(spec: AppSpec) -> AppPlan:
    """Resolve a normalized spec into the plan every template renders from."""
    return _Planner(spec).plan()
