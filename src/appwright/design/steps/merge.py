"""Merging a step's answer into the spec so far, remembering where each merged part came from.

Merges work on the spec's JSON shape and upsert by name (or by what identifies an item: a
relationship by its ends and field, a state flow by its entity and field, a permission rule by
its role and entity): what the answer names replaces what the spec had under that name, what it
adds is appended, and what it does not mention is kept. Order is kept too, so an item of the
spec so far stays at its index and validation paths into it still mean what they meant.

``Merged.origins`` maps a path prefix in the merged spec (``relationships[3]``) to the path of
the same part in the answer (``relationships[1]``), so validation issues can be sent back to the
model in terms of what it wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from appwright.design.steps.answers import (
    ObjectModelAnswer,
    PagesAnswer,
    PermissionsAnswer,
    RelationshipsAnswer,
    ReportsAnswer,
    StateFlowAnswer,
)

SpecData = dict[str, Any]


@dataclass
class Merged:
    data: SpecData
    origins: dict[str, str] = field(default_factory=dict)
    exact_origins: dict[str, str] = field(default_factory=dict)
    """Paths that map only as a whole: the field list of an entity the answer extended maps to
    the answer's list, but the spec's own fields in it do not."""

    def answer_path(self, path: str) -> str | None:
        """Where the part at ``path`` of the merged spec is in the answer; None: not from it."""
        if path in self.exact_origins:
            return self.exact_origins[path]
        best = ""
        for prefix in self.origins:
            if len(prefix) > len(best) and (
                path == prefix or path.startswith((prefix + ".", prefix + "["))
            ):
                best = prefix
        if not best:
            return None
        return self.origins[best] + path[len(best) :]


def _dumped(item: BaseModel) -> dict[str, Any]:
    # Only what the answer set: a key it left out must not overwrite the spec's value with a
    # default, and load_spec fills the defaults of new items anyway.
    return item.model_dump(mode="json", by_alias=True, exclude_unset=True)


def _upsert(
    items: list[dict[str, Any]],
    incoming: Sequence[dict[str, Any]],
    key: Callable[[dict[str, Any]], Hashable],
    section: str,
    origins: dict[str, str],
) -> None:
    positions = {key(item): index for index, item in enumerate(items)}
    for answer_index, item in enumerate(incoming):
        at = positions.get(key(item))
        if at is None:
            at = len(items)
            items.append(item)
            positions[key(item)] = at
        else:
            items[at] = item
        origins[f"{section}[{at}]"] = f"{section}[{answer_index}]"


def _by_name(item: dict[str, Any]) -> Hashable:
    return item.get("name")


def merge_object_model(data: SpecData, answer: ObjectModelAnswer) -> Merged:
    merged = Merged(data)
    if not data.get("name"):
        data["name"] = answer.name
        merged.origins["name"] = "name"
    entities: list[dict[str, Any]] = data.setdefault("entities", [])
    positions = {entity.get("name"): index for index, entity in enumerate(entities)}
    for answer_index, entity in enumerate(answer.entities):
        incoming = _dumped(entity)
        at = positions.get(entity.name)
        if at is None:
            positions[entity.name] = len(entities)
            merged.origins[f"entities[{len(entities)}]"] = f"entities[{answer_index}]"
            entities.append(incoming)
            continue
        # An entity the spec already has: its other keys are replaced, its fields upserted, so
        # the reference fields earlier steps added stay.
        target = entities[at]
        new_fields = incoming.pop("fields", [])
        target.update(incoming)
        fields_so_far: list[dict[str, Any]] = target.setdefault("fields", [])
        field_origins: dict[str, str] = {}
        _upsert(fields_so_far, new_fields, _by_name, "fields", field_origins)
        merged.exact_origins[f"entities[{at}].fields"] = f"entities[{answer_index}].fields"
        for merged_path, answer_path in field_origins.items():
            merged.origins[f"entities[{at}].{merged_path}"] = (
                f"entities[{answer_index}].{answer_path}"
            )
    return merged


def _relationship_key(item: dict[str, Any]) -> Hashable:
    target = item.get("to")
    if item.get("kind") == "many_to_many":
        return (item.get("from"), target, None)
    name = item.get("field") or f"{target}_id"
    if not str(name).endswith("_id"):
        name = f"{name}_id"
    return (item.get("from"), target, name)


def merge_relationships(data: SpecData, answer: RelationshipsAnswer) -> Merged:
    merged = Merged(data)
    incoming = [_dumped(relationship) for relationship in answer.relationships]
    _upsert(
        data.setdefault("relationships", []),
        incoming,
        _relationship_key,
        "relationships",
        merged.origins,
    )
    return merged


def _flow_key(item: dict[str, Any]) -> Hashable:
    return (item.get("entity"), item.get("field", "status"))


def merge_state_flows(data: SpecData, answer: StateFlowAnswer) -> Merged:
    merged = Merged(data)
    incoming = [_dumped(flow) for flow in answer.state_flows]
    _upsert(data.setdefault("state_flows", []), incoming, _flow_key, "state_flows", merged.origins)
    for flow in answer.state_flows:
        _make_state_field(data, flow.entity, flow.field, flow.states, flow.initial)
    return merged


def _make_state_field(
    data: SpecData, entity_name: str, field_name: str, states: list[str], initial: str | None
) -> None:
    """The flow owns its field's options: a field the object model made (``status`` with other
    options, or as text) takes the flow's states, as the offline designer's flows do."""
    entity = next((e for e in data.get("entities", []) if e.get("name") == entity_name), None)
    if entity is None:
        return
    found = next((f for f in entity.get("fields", []) if f.get("name") == field_name), None)
    if found is None or found.get("type", "text") not in ("enum", "text"):
        return  # a missing field is added by normalization; a wrong type is reported by it
    found.update(type="enum", options=list(states), required=True)
    found["default"] = initial if initial is not None else states[0]
    found.pop("validation", None)


def _rule_key(item: dict[str, Any]) -> Hashable:
    return (item.get("role"), item.get("entity", "*"))


def merge_permissions(data: SpecData, answer: PermissionsAnswer) -> Merged:
    merged = Merged(data)
    permissions: dict[str, Any] = data.setdefault("permissions", {})
    incoming = _dumped(answer.permissions)
    if "roles" in incoming:
        permissions["roles"] = list(
            dict.fromkeys([*permissions.get("roles", []), *incoming["roles"]])
        )
        merged.origins["permissions.roles"] = "permissions.roles"
    if incoming.get("default_role"):
        permissions["default_role"] = incoming["default_role"]
        merged.origins["permissions.default_role"] = "permissions.default_role"
    _upsert(
        permissions.setdefault("rules", []),
        incoming.get("rules", []),
        _rule_key,
        "permissions.rules",
        merged.origins,
    )
    return merged


def merge_reports(data: SpecData, answer: ReportsAnswer) -> Merged:
    merged = Merged(data)
    reports = [_dumped(report) for report in answer.reports]
    automations = [_dumped(automation) for automation in answer.automations]
    _upsert(data.setdefault("reports", []), reports, _by_name, "reports", merged.origins)
    _upsert(
        data.setdefault("automations", []), automations, _by_name, "automations", merged.origins
    )
    return merged


def merge_pages(data: SpecData, answer: PagesAnswer) -> Merged:
    merged = Merged(data)
    pages = [_dumped(page) for page in answer.pages]
    _upsert(data.setdefault("pages", []), pages, _by_name, "pages", merged.origins)
    return merged
