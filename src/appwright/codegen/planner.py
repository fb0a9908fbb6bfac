"""Building the plan: one pass over a normalized AppSpec that allocates every collision-free
name (see :mod:`appwright.codegen.naming`) and resolves references, state flows, many-to-many
junction tables and report join paths into :mod:`appwright.codegen.plan`'s records."""

from __future__ import annotations

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
from appwright.codegen.plan import (
    TEXT_LIKE,
    TITLE_NAMES,
    AppPlan,
    BucketPlan,
    ColumnPlan,
    EntityPlan,
    GroupPlan,
    IncomingReference,
    JoinHop,
    ManyToManyPlan,
    ReportPlan,
    StatePlan,
    TransitionPlan,
    implicit_column,
)
from appwright.spec.models import AppSpec, Entity, FieldSpec, Report, StateFlow
from appwright.spec.names import humanize


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
