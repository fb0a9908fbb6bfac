"""The ER diagram of a spec as Mermaid ``erDiagram`` source."""

from __future__ import annotations

from appwright.spec.models import AppSpec, Entity, FieldSpec, Relationship
from appwright.web.design_views.mermaid import mermaid_id, mermaid_label

# Mermaid's crow's-foot markers for each end of a relationship, read from the ``from`` side:
# (marker next to ``from``, marker next to ``to``). The ``to`` end of a many-to-one or
# one-to-one is "exactly one" when the reference is required, "zero or one" otherwise.
_MANY, _ONE, _ZERO_OR_ONE, _ZERO_OR_ONE_FROM, _MANY_TO = "}o", "||", "o|", "|o", "o{"


def _ends(relationship: Relationship, reference_required: bool) -> tuple[str, str]:
    to_end = _ONE if reference_required else _ZERO_OR_ONE
    if relationship.kind == "many_to_many":
        return _MANY, _MANY_TO
    if relationship.kind == "one_to_one":
        return _ZERO_OR_ONE_FROM, to_end
    return _MANY, to_end


def _attribute(entity: Entity, field: FieldSpec) -> str:
    keys = []
    if field.type == "reference":
        keys.append("FK")
    if field.unique:
        keys.append("UK")
    notes = []
    if field.required:
        notes.append("required")
    if field.type in ("enum", "multi_enum") and field.options:
        notes.append(f"one of {'/'.join(field.options)}")
    if field.type == "reference" and field.references is not None:
        notes.append(f"to {field.references.entity}")
    line = f"    {mermaid_id(field.type)} {mermaid_id(field.name)}"
    if keys:
        line += " " + ", ".join(keys)
    if notes:
        line += f' "{mermaid_label(", ".join(notes))}"'
    return line


def _reference_required(spec: AppSpec, relationship: Relationship) -> bool:
    entity = spec.entity(relationship.from_)
    field = entity.field(relationship.field) if entity and relationship.field else None
    return bool(field.required) if field is not None else relationship.required


def er_diagram(spec: AppSpec) -> str:
    """``erDiagram`` source: every entity with its columns (the implicit ``id`` first, then
    the fields with their types, keys and notes, then computed fields) and every
    relationship with its cardinality, labelled with its reference field."""
    lines = ["erDiagram"]
    for entity in spec.entities:
        ident = mermaid_id(entity.name)
        lines.append(f'  {ident}["{mermaid_label(entity.label)}"] {{')
        lines.append("    integer id PK")
        lines.extend(_attribute(entity, field) for field in entity.fields)
        for computed in entity.computed_fields:
            formula = mermaid_label(f"computed: {computed.formula}")
            lines.append(f'    {mermaid_id(computed.type)} {mermaid_id(computed.name)} "{formula}"')
        lines.append("  }")
    for relationship in spec.relationships:
        left, right = _ends(relationship, _reference_required(spec, relationship))
        label = relationship.field or relationship.kind.replace("_", " ")
        lines.append(
            f"  {mermaid_id(relationship.from_)} {left}--{right} {mermaid_id(relationship.to)}"
            f' : "{mermaid_label(label)}"'
        )
    return "\n".join(lines)
