"""Inline edits of the data model: one field's name, type or required flag changed in a copy
of the spec's JSON. The result is saved like any person's edit (``PUT .../spec``), which
checks it and answers every problem with its path when it is invalid."""

from __future__ import annotations

import copy
from typing import Any


class FieldEditError(LookupError):
    """The entity or field to edit is not in the spec (it changed meanwhile)."""


def edit_field(
    spec: dict[str, Any],
    *,
    entity: str,
    field: str,
    name: str | None = None,
    type: str | None = None,
    required: bool | None = None,
) -> dict[str, Any]:
    """A copy of ``spec`` with ``entity.field`` renamed, retyped or made (not) required.

    A rename also renames the field where the spec names it on the same entity (state flows,
    reports, relationships' ``field``, components' props), so renaming alone never breaks the
    design; a retyped field loses the settings only the old type had (options, references)."""
    edited = copy.deepcopy(spec)
    target = next((e for e in edited.get("entities") or [] if e.get("name") == entity), None)
    if target is None:
        raise FieldEditError(f"entity {entity} is not in this version")
    item = next((f for f in target.get("fields") or [] if f.get("name") == field), None)
    if item is None:
        raise FieldEditError(f"field {entity}.{field} is not in this version")
    if type is not None and type != item.get("type"):
        item["type"] = type
        if type not in ("enum", "multi_enum"):
            item.pop("options", None)
        if type != "reference":
            item.pop("references", None)
    if required is not None:
        item["required"] = required
    if name is not None and name != field:
        item["name"] = name
        _rename_uses(edited, entity, field, name)
    return edited


def _rename_uses(spec: dict[str, Any], entity: str, old: str, new: str) -> None:
    for flow in spec.get("state_flows") or []:
        if flow.get("entity") == entity and flow.get("field") == old:
            flow["field"] = new
    for relationship in spec.get("relationships") or []:
        if relationship.get("from") == entity and relationship.get("field") == old:
            relationship["field"] = new
    for report in spec.get("reports") or []:
        if report.get("entity") != entity:
            continue
        measure = report.get("measure") or {}
        if measure.get("field") == old:
            measure["field"] = new
        bucket = report.get("time_bucket") or {}
        if bucket.get("field") == old:
            bucket["field"] = new
        report["group_by"] = [new if path == old else path for path in report.get("group_by") or []]
    for page in spec.get("pages") or []:
        _rename_in_layout(page.get("layout"), entity, old, new)


def _rename_in_layout(node: Any, entity: str, old: str, new: str) -> None:
    if not isinstance(node, dict):
        return
    if node.get("type") == "component" and node.get("entity") == entity:
        props = node.get("props") or {}
        for key, value in list(props.items()):
            if value == old:
                props[key] = new
            elif isinstance(value, list):
                props[key] = [new if item == old else item for item in value]
    for child in node.get("children") or []:
        _rename_in_layout(child, entity, old, new)
