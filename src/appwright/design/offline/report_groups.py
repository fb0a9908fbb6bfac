"""What a report's records are grouped by and dated by: a field, or a record reached through links.

``per stage``: the deal's stage field; ``per category``: the category each expense points at;
``per employee department``: ``employee.department``; ``per fault type`` where the fault is
one of a list: the fault; ``occupancy per week`` with nothing counted by name: the dated
record that points at the most others.
"""

from __future__ import annotations

from collections import deque

from appwright.design.offline.draft import entity_key
from appwright.design.offline.word_forms import verb_lemma
from appwright.spec.models import AppSpec, Entity
from appwright.spec.names import to_snake


def many_to_many_between(spec: AppSpec, one: str, other: str) -> bool:
    return any(
        r.kind == "many_to_many" and {r.from_, r.to} == {one, other} for r in spec.relationships
    )


def references_record(entity: Entity, target: Entity) -> bool:
    return any(
        f.references is not None and f.references.entity == target.name for f in entity.fields
    )


_KIND_WORDS = ("type", "kind", "category", "sort")
"""What a listed field's values are called: *per fault type* is per fault."""


def record_reaching_groups(
    spec: AppSpec, groups: list[str], unit: str | None, *, any_dated: bool = False
) -> str | None:
    """With nothing counted by name, the entity the grouping is reached from (and that has
    dates when the report is over time); with ``any_dated``, a count over time with no group
    (*occupancy per week*) counts the main dated record (not a sum of money nobody holds)."""
    for entity in spec.entities:
        if groups and not all(group_path(spec, entity, g) for g in groups):
            continue
        if unit and not any(f.type in ("date", "datetime") for f in entity.fields):
            continue
        if (
            groups
            and all(group_path(spec, entity, g) == entity_key(g) for g in groups)
            and (spec.entity(entity_key(groups[0])) is not None)
        ):
            return entity.name
        if groups:
            return entity.name
    if groups or not unit or not any_dated:
        return None
    dated = [e for e in spec.entities if any(f.type in ("date", "datetime") for f in e.fields)]
    # "occupancy per week": over time, the dated record that points at the most others
    ranked = sorted(dated, key=lambda e: -sum(f.type == "reference" for f in e.fields))
    return ranked[0].name if ranked else None


def group_path(spec: AppSpec, entity: Entity, phrase: str) -> str | None:
    """``stage`` (a field), ``category`` (an entity reached by references) or
    ``employee.department`` (reached through another entity)."""
    key = to_snake(phrase)
    single = entity_key(phrase)
    for name in (key, single):
        f = entity.field(name)
        if f is not None and f.type != "reference":
            return name
    parts = key.split("_")
    if len(parts) > 1 and parts[0] == entity.name and entity.field("_".join(parts[1:])):
        return "_".join(parts[1:])  # "per room type" on rooms: their type
    kind = entity.field("_".join(parts[:-1])) if parts[-1] in _KIND_WORDS else None
    if kind is not None and kind.type == "enum":
        return kind.name  # "per fault type" where the fault is one of a list: the fault
    if len(parts) > 1 and spec.entity(parts[0]) is not None:
        owner = group_path(spec, entity, parts[0])
        rest = spec.entity(parts[0])
        if owner and rest is not None and rest.field("_".join(parts[1:])) is not None:
            return f"{owner}.{'_'.join(parts[1:])}"
    target = spec.entity(single)
    if target is None:
        ending = [e.name for e in spec.entities if e.name.split("_")[-1] == single]
        target = spec.entity(ending[0]) if len(ending) == 1 else None
    if target is not None and target.name == entity.name:
        return None
    queue: deque[tuple[str, list[str]]] = deque([(entity.name, [])])
    seen = {entity.name}
    while queue:
        current, trail = queue.popleft()
        found = spec.entity(current)
        if found is None:
            continue
        if target is None:
            # "occupation per zone" on reservations: the zone of the desk each one is for
            own = next((found.field(n) for n in (key, single) if found.field(n)), None)
            if trail and own is not None and own.type != "reference":
                return ".".join([*trail, own.name])
        for f in found.fields:
            if f.type != "reference" or f.references is None:
                continue
            nxt = f.references.entity
            if target is not None and nxt == target.name:
                return ".".join([*trail, nxt])
            if nxt not in seen and len(trail) < 3:
                seen.add(nxt)
                queue.append((nxt, [*trail, nxt]))
    return None


def date_field_for(entity: Entity, tokens: list[str]) -> str | None:
    dated = [f for f in entity.fields if f.type in ("date", "datetime")]
    if not dated:
        return None
    verbs = {verb_lemma(w) for w in tokens if verb_lemma(w)}
    for f in dated:
        if any(verb_lemma(part) in verbs for part in f.name.split("_") if verb_lemma(part)):
            return f.name
    return dated[0].name
