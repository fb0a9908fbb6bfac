"""Normalization: complete the halves a spec may leave out, so generators can rely on one shape.

- implicit columns (``id``, ``created_at``, ``updated_at``, ``created_by_id``) are dropped from
  ``fields``: every generated table has them;
- reference fields are named ``<x>_id``; a relationship without a field gets one, a reference
  field without a relationship gets one, and the two halves agree (required, unique for
  one-to-one);
- a state flow's field exists as a required enum of its states, defaulting to the initial state,
  and has transitions (every state reachable from every other when none are written);
- every role named anywhere is listed in ``permissions.roles``;
- a spec without pages gets a dashboard and a page per entity; every page has a path and title.

Problems found on the way are returned, not raised: the caller reports them with the checks'.
"""

from __future__ import annotations

from appwright.spec.errors import SpecIssue
from appwright.spec.layouts import default_pages
from appwright.spec.models import (
    AppSpec,
    Entity,
    FieldSpec,
    Reference,
    Relationship,
    StateFlow,
    Transition,
)
from appwright.spec.names import humanize, to_snake, with_article
from appwright.spec.paths import PathIndex

IMPLICIT_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": (),
    "created_at": ("date", "datetime", "text"),
    "updated_at": ("date", "datetime", "text"),
    "created_by_id": ("reference", "integer"),
}
"""Columns every generated table has, with the field types a spec may give them (empty: any)."""


def normalize(spec: AppSpec, paths: PathIndex) -> tuple[AppSpec, list[SpecIssue]]:
    spec = spec.model_copy(deep=True)
    issues: list[SpecIssue] = []
    for entity in spec.entities:
        issues += _drop_implicit_columns(entity, paths)
        issues += _name_reference_fields(entity, paths)
    issues += _complete_relationships(spec, paths)
    for index, flow in enumerate(spec.state_flows):
        issues += _complete_state_flow(spec, flow, index, paths)
    _collect_roles(spec)
    if not spec.pages:
        spec.pages = default_pages(spec)
    for page in spec.pages:
        page.path = page.path or "/" + page.name.replace("_", "-")
        page.title = page.title or humanize(page.name)
    return spec, issues


def _drop_implicit_columns(entity: Entity, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    kept: list[FieldSpec] = []
    for field in entity.fields:
        allowed = IMPLICIT_COLUMNS.get(field.name)
        if allowed is None:
            kept.append(field)
        elif allowed and field.type not in allowed:
            issues.append(
                SpecIssue(
                    paths.field(entity.name, field.name, "type"),
                    f"{field.name} is a built-in column of every entity; it cannot be a {field.type}"
                    " (rename the field)",
                )
            )
    entity.fields = kept
    return issues


def _name_reference_fields(entity: Entity, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    names = {f.name for f in entity.fields}
    for field in entity.fields:
        if field.references is not None and field.type != "reference":
            field.type = "reference"
        if field.type != "reference":
            continue
        where = paths.field(entity.name, field.name)
        if field.references is None:
            target = field.name.removesuffix("_id")
            field.references = Reference(entity=target)
        if field.references.field != "id":
            issues.append(
                SpecIssue(
                    f"{where}.references.field",
                    f'a reference points at the "id" of {field.references.entity}, not at'
                    f' "{field.references.field}"',
                )
            )
        if not field.name.endswith("_id"):
            new_name = f"{field.name}_id"
            if new_name in names:
                issues.append(
                    SpecIssue(
                        f"{where}.name",
                        f"reference field {field.name} would be named {new_name}, which exists",
                    )
                )
                continue
            names.discard(field.name)
            names.add(new_name)
            paths.rename_field(entity.name, field.name, new_name)
            field.name = new_name
    return issues


def _complete_relationships(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    entities = {e.name: e for e in spec.entities}
    claimed: set[tuple[str, str]] = set()
    for index, rel in enumerate(spec.relationships):
        where = paths.item("relationships", index)
        source = entities.get(rel.from_)
        if source is None or rel.to not in entities:
            continue  # reported by the checks
        if rel.kind == "many_to_many":
            if rel.field is not None:
                issues.append(
                    SpecIssue(
                        f"{where}.field",
                        "a many_to_many relationship has no field (it gets a junction table)",
                    )
                )
            continue
        field = _relationship_field(source, rel, claimed)
        if field is None:
            name = rel.field if rel.field else f"{rel.to}_id"
            if not name.endswith("_id"):
                name += "_id"
            field = FieldSpec(name=name, type="reference", references=Reference(entity=rel.to))
            source.fields.append(field)
        elif field.type != "reference" or field.references is None:
            issues.append(
                SpecIssue(
                    paths.field(source.name, field.name, "type"),
                    f"{source.name}.{field.name} is {with_article(field.type)} field, but {where} uses it to"
                    f" reference {rel.to}; make it a reference",
                )
            )
            continue
        elif field.references.entity != rel.to:
            issues.append(
                SpecIssue(
                    f"{where}.to",
                    f"{where} says {source.name}.{field.name} references {rel.to}, but the field"
                    f" references {field.references.entity}",
                )
            )
            continue
        claimed.add((source.name, field.name))
        rel.field = field.name
        required = rel.required or field.required
        rel.required = field.required = required
        if rel.kind == "one_to_one":
            field.unique = True
        if required and rel.on_delete == "set_null":
            issues.append(
                SpecIssue(
                    f"{where}.on_delete",
                    f'"set_null" cannot apply to the required field {source.name}.{field.name};'
                    ' use "restrict" or "cascade", or make it optional',
                )
            )
    for entity in spec.entities:
        for field in entity.fields:
            if field.type != "reference" or field.references is None:
                continue
            if (entity.name, field.name) in claimed or field.references.entity not in entities:
                continue
            spec.relationships.append(
                Relationship(
                    from_=entity.name,
                    to=field.references.entity,
                    kind="one_to_one" if field.unique else "many_to_one",
                    field=field.name,
                    required=field.required,
                    on_delete="restrict" if field.required else "set_null",
                )
            )
    return issues


def _relationship_field(
    source: Entity, rel: Relationship, claimed: set[tuple[str, str]]
) -> FieldSpec | None:
    """The field of ``source`` a relationship means: named, or the one reference to its target."""
    if rel.field is not None:
        for name in (rel.field, f"{rel.field}_id"):
            field = source.field(name)
            if field is not None:
                return field
        return None
    candidates = [
        f
        for f in source.fields
        if f.type == "reference"
        and f.references is not None
        and f.references.entity == rel.to
        and (source.name, f.name) not in claimed
    ]
    return candidates[0] if candidates else source.field(f"{rel.to}_id")


def _complete_state_flow(
    spec: AppSpec, flow: StateFlow, index: int, paths: PathIndex
) -> list[SpecIssue]:
    where = paths.item("state_flows", index)
    entity = spec.entity(flow.entity)
    if entity is None:
        return []  # reported by the checks
    flow.states = list(dict.fromkeys(s.strip() for s in flow.states if s and s.strip()))
    if flow.initial is None and flow.states:
        flow.initial = flow.states[0]
    field = entity.field(flow.field)
    if field is None:
        field = FieldSpec(name=flow.field, type="enum")
        entity.fields.append(field)
    if field.type not in ("enum", "text"):
        return [
            SpecIssue(
                f"{where}.field",
                f"{entity.name}.{field.name} is {with_article(field.type)} field; a state flow needs an enum",
            )
        ]
    extra = [o for o in field.options or [] if o not in flow.states]
    field.type = "enum"
    field.options = list(flow.states) + extra
    field.required = True
    if (field.default is None or field.default not in flow.states) and flow.initial in flow.states:
        field.default = flow.initial
    if not flow.transitions:
        flow.transitions = [
            Transition(
                name=_transition_name(state),
                from_=[s for s in flow.states if s != state],
                to=state,
            )
            for state in flow.states
            if state != flow.initial
        ]
    for transition in flow.transitions:
        if "*" in transition.from_:
            transition.from_ = [s for s in flow.states if s != transition.to]
    if extra:
        return [
            SpecIssue(
                f"{where}.states",
                f"{entity.name}.{field.name} has options that are not states of the flow:"
                f" {', '.join(extra)}; add them to the states or remove them",
            )
        ]
    return []


def _transition_name(state: str) -> str:
    return f"to_{to_snake(state)}" if to_snake(state) else "advance"


def _collect_roles(spec: AppSpec) -> None:
    roles = list(spec.permissions.roles)
    named = [rule.role for rule in spec.permissions.rules]
    named += [role for flow in spec.state_flows for t in flow.transitions for role in t.roles]
    named += [role for page in spec.pages for role in page.roles]
    if spec.permissions.default_role:
        named.append(spec.permissions.default_role)
    spec.permissions.roles = list(dict.fromkeys(roles + named))
