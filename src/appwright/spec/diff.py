"""The change between two specs: an RFC 6902 JSON patch, and sentences a person can read.

The patch is exact (applying it to the old spec's JSON gives the new one); the sentences are
name-aware ("added field deal.probability (integer)", "renamed entity customer to client").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import jsonpatch

from appwright.spec.models import AppSpec

JsonDict = dict[str, Any]


@dataclass(frozen=True)
class SpecDiff:
    patch: list[JsonDict]
    sentences: list[str]

    @property
    def empty(self) -> bool:
        return not self.patch

    def summary(self) -> str:
        return "; ".join(self.sentences) if self.sentences else "no changes"


def diff_specs(old: AppSpec | JsonDict, new: AppSpec | JsonDict) -> SpecDiff:
    before = old.to_json_dict() if isinstance(old, AppSpec) else old
    after = new.to_json_dict() if isinstance(new, AppSpec) else new
    patch = jsonpatch.make_patch(before, after).patch
    return SpecDiff(patch=list(patch), sentences=_sentences(before, after))


def _by_name(items: list[JsonDict] | None, key: str = "name") -> dict[str, JsonDict]:
    return {str(item.get(key)): item for item in items or []}


def _fields_sig(entity: JsonDict) -> set[str]:
    return {str(f.get("name")) for f in entity.get("fields") or []}


def _pair_renames(
    removed: dict[str, JsonDict], added: dict[str, JsonDict], similar: Any
) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for old_name, old_item in list(removed.items()):
        for new_name, new_item in list(added.items()):
            if similar(old_item, new_item):
                pairs.append((old_name, new_name))
                del removed[old_name], added[new_name]
                break
    return pairs


def _same_fields(a: JsonDict, b: JsonDict) -> bool:
    left, right = _fields_sig(a), _fields_sig(b)
    return bool(left) and len(left & right) / len(left | right) >= 0.6


def _same_field(a: JsonDict, b: JsonDict) -> bool:
    keys = ("type", "options", "references", "required")
    return all(a.get(k) == b.get(k) for k in keys)


def _type_text(field: JsonDict) -> str:
    kind = str(field.get("type"))
    if kind in ("enum", "multi_enum") and field.get("options"):
        return f"{kind}: {', '.join(map(str, field['options']))}"
    if kind == "reference" and field.get("references"):
        return f"reference to {field['references'].get('entity')}"
    return kind


def _sentences(before: JsonDict, after: JsonDict) -> list[str]:
    out: list[str] = []
    for key in ("name", "description", "type", "tier"):
        if before.get(key) != after.get(key):
            out.append(f"changed app {key} from {before.get(key)!r} to {after.get(key)!r}")
    out += _entity_sentences(before, after)
    # A renamed entity renames its links, rules, flows and pages too: compare those as if the
    # old spec had used the new names already, so only real changes are told.
    before = _with_entity_renames(before, _entity_renames(before, after))
    out += _relationship_sentences(before, after)
    out += _state_flow_sentences(before, after)
    out += _permission_sentences(before.get("permissions") or {}, after.get("permissions") or {})
    out += _page_sentences(before, after)
    for section, noun in (
        ("reports", "report"),
        ("automations", "automation"),
        ("settings", "setting"),
    ):
        key = "key" if section == "settings" else "name"
        out += _named_list_sentences(
            _by_name(before.get(section), key), _by_name(after.get(section), key), noun
        )
    return out


def _named_list_sentences(
    old: dict[str, JsonDict], new: dict[str, JsonDict], noun: str
) -> list[str]:
    out = [f"added {noun} {name}" for name in new if name not in old]
    out += [f"removed {noun} {name}" for name in old if name not in new]
    for name in old:
        if name in new and old[name] != new[name]:
            changed = sorted(
                k for k in set(old[name]) | set(new[name]) if old[name].get(k) != new[name].get(k)
            )
            out.append(f"changed {noun} {name} ({', '.join(changed)})")
    return out


def _entity_renames(before: JsonDict, after: JsonDict) -> list[tuple[str, str]]:
    old, new = _by_name(before.get("entities")), _by_name(after.get("entities"))
    removed = {k: v for k, v in old.items() if k not in new}
    added = {k: v for k, v in new.items() if k not in old}
    return _pair_renames(removed, added, _same_fields)


def _with_entity_renames(spec: JsonDict, renames: list[tuple[str, str]]) -> JsonDict:
    """``spec`` with each renamed entity's name replaced, as a word of any identifier or path."""
    return {
        key: value if key == "entities" else _renamed(value, renames) for key, value in spec.items()
    }


def _renamed(value: Any, renames: list[tuple[str, str]]) -> Any:
    if not renames:
        return value
    if isinstance(value, str):
        for old, new in renames:
            value = re.sub(rf"(?<![a-z0-9]){re.escape(old)}(?![a-z0-9])", new, value)
        return value
    if isinstance(value, list):
        return [_renamed(item, renames) for item in value]
    if isinstance(value, dict):
        return {key: _renamed(item, renames) for key, item in value.items()}
    return value


def _page_sentences(before: JsonDict, after: JsonDict) -> list[str]:
    old, new = _by_name(before.get("pages")), _by_name(after.get("pages"))
    removed = {k: v for k, v in old.items() if k not in new}
    added = {k: v for k, v in new.items() if k not in old}
    out = [
        f"renamed page {a} to {b}"
        for a, b in _pair_renames(removed, added, lambda x, y: x.get("layout") == y.get("layout"))
    ]
    kept_old = {k: v for k, v in old.items() if k in new or k in removed}
    kept_new = {k: v for k, v in new.items() if k in old or k in added}
    return out + _named_list_sentences(kept_old, kept_new, "page")


def _entity_sentences(before: JsonDict, after: JsonDict) -> list[str]:
    old, new = _by_name(before.get("entities")), _by_name(after.get("entities"))
    removed = {k: v for k, v in old.items() if k not in new}
    added = {k: v for k, v in new.items() if k not in old}
    renames = _pair_renames(removed, added, _same_fields)
    renamed_from = {b: a for a, b in renames}
    out = [f"renamed entity {a} to {b}" for a, b in renames]
    out += [
        f"added entity {name} ({len(e.get('fields') or [])} fields)" for name, e in added.items()
    ]
    out += [f"removed entity {name}" for name in removed]
    for name, new_entity in new.items():
        old_entity = old.get(renamed_from.get(name, name))
        if old_entity is not None:
            # Reference fields to a renamed entity follow its new name.
            fields = _renamed(old_entity.get("fields"), renames)
            out += _field_sentences(name, {**old_entity, "fields": fields}, new_entity)
            for key in ("display_name", "description"):
                if old_entity.get(key) != new_entity.get(key):
                    out.append(f"changed {name} {key} to {new_entity.get(key)!r}")
    return out


def _field_sentences(entity: str, old_entity: JsonDict, new_entity: JsonDict) -> list[str]:
    old, new = _by_name(old_entity.get("fields")), _by_name(new_entity.get("fields"))
    removed = {k: v for k, v in old.items() if k not in new}
    added = {k: v for k, v in new.items() if k not in old}
    out = [
        f"renamed field {entity}.{a} to {b}" for a, b in _pair_renames(removed, added, _same_field)
    ]
    out += [f"added field {entity}.{name} ({_type_text(f)})" for name, f in added.items()]
    out += [f"removed field {entity}.{name}" for name in removed]
    for name, field in new.items():
        previous = old.get(name)
        if previous is None or previous == field:
            continue
        if previous.get("type") != field.get("type"):
            out.append(
                f"changed {entity}.{name} from {_type_text(previous)} to {_type_text(field)}"
            )
        elif previous.get("options") != field.get("options"):
            gained = [
                o for o in field.get("options") or [] if o not in (previous.get("options") or [])
            ]
            lost = [
                o for o in previous.get("options") or [] if o not in (field.get("options") or [])
            ]
            if gained:
                out.append(f"added options {', '.join(gained)} to {entity}.{name}")
            if lost:
                out.append(f"removed options {', '.join(lost)} from {entity}.{name}")
        for key in ("required", "unique", "indexed", "searchable"):
            if bool(previous.get(key)) != bool(field.get(key)):
                out.append(f"made {entity}.{name} {'' if field.get(key) else 'not '}{key}")
        for key in ("validation", "default", "display_name"):
            if previous.get(key) != field.get(key):
                out.append(f"changed {entity}.{name} {key} to {field.get(key)!r}")
    return out


def _relationship_sentences(before: JsonDict, after: JsonDict) -> list[str]:
    def key(rel: JsonDict) -> tuple[str, str, str, str]:
        return (rel.get("from"), rel.get("to"), rel.get("kind"), rel.get("field") or "")  # type: ignore[return-value]

    old = {key(r): r for r in before.get("relationships") or []}
    new = {key(r): r for r in after.get("relationships") or []}
    out = []
    for k in new:
        if k not in old:
            out.append(f"linked {k[0]} to {k[1]} ({k[2].replace('_', '-')})")
    for k in old:
        if k not in new:
            out.append(f"unlinked {k[0]} from {k[1]} ({k[2].replace('_', '-')})")
    for k in new:
        if k in old and old[k] != new[k]:
            changed = [f for f in ("required", "on_delete") if old[k].get(f) != new[k].get(f)]
            out.append(f"changed the {k[0]} → {k[1]} link ({', '.join(changed)})")
    return out


def _state_flow_sentences(before: JsonDict, after: JsonDict) -> list[str]:
    def key(flow: JsonDict) -> str:
        return f"{flow.get('entity')}.{flow.get('field')}"

    old = {key(f): f for f in before.get("state_flows") or []}
    new = {key(f): f for f in after.get("state_flows") or []}
    out = []
    for name, flow in new.items():
        previous = old.get(name)
        if previous is None:
            out.append(f"added state flow {name}: {' → '.join(map(str, flow.get('states') or []))}")
        elif previous != flow:
            if previous.get("states") != flow.get("states"):
                out.append(
                    f"changed {name} states to {' → '.join(map(str, flow.get('states') or []))}"
                )
            out += _named_list_sentences(
                _by_name(previous.get("transitions")),
                _by_name(flow.get("transitions")),
                f"{name} transition",
            )
    out += [f"removed state flow {name}" for name in old if name not in new]
    return out


def _rule_text(rule: JsonDict) -> str:
    scope = " (own records)" if rule.get("scope") == "own" else ""
    return (
        f"{rule.get('role')} can {', '.join(rule.get('actions') or [])} {rule.get('entity')}{scope}"
    )


def _permission_sentences(before: JsonDict, after: JsonDict) -> list[str]:
    out = [
        f"added role {r}" for r in after.get("roles") or [] if r not in (before.get("roles") or [])
    ]
    out += [
        f"removed role {r}"
        for r in before.get("roles") or []
        if r not in (after.get("roles") or [])
    ]
    if before.get("default_role") != after.get("default_role"):
        out.append(f"default role is now {after.get('default_role')}")
    old_rules = [_rule_text(r) for r in before.get("rules") or []]
    new_rules = [_rule_text(r) for r in after.get("rules") or []]
    out += [f"rule added: {r}" for r in new_rules if r not in old_rules]
    out += [f"rule removed: {r}" for r in old_rules if r not in new_rules]
    return out
