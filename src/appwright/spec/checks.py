"""Cross-reference checks of a normalized spec: every name a part uses must exist and fit.

Each check returns its problems with paths that point at what the author wrote (see
``PathIndex``), and never stops at the first one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from appwright.spec.errors import SpecIssue
from appwright.spec.models import (
    AppSpec,
    ComponentNode,
    ContainerNode,
    Entity,
    FieldSpec,
    LayoutNode,
    Report,
)
from appwright.spec.names import with_article
from appwright.spec.paths import PathIndex

IMPLICIT_TYPES = {"id": "integer", "created_at": "datetime", "updated_at": "datetime"}
"""Columns every entity has, usable in reports and components like spec fields."""

RESERVED_PAGE_PATHS = frozenset({"api", "static", "ui", "login", "logout", "docs", "openapi.json"})
"""First path segments a generated app serves itself."""

NUMERIC = ("integer", "decimal")
TEMPORAL = ("date", "datetime")
TEXTUAL = ("text", "long_text", "email", "url")
ENUMS = ("enum", "multi_enum")


def check_spec(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    issues += _check_names(spec, paths)
    for entity in spec.entities:
        issues += _check_entity(spec, entity, paths)
    issues += _check_relationships(spec, paths)
    issues += _check_required_cycles(spec, paths)
    issues += _check_state_flows(spec, paths)
    issues += _check_permissions(spec, paths)
    issues += _check_reports(spec, paths)
    issues += _check_pages(spec, paths)
    issues += _check_automations(spec, paths)
    return issues


def _duplicates(names: Iterable[str]) -> set[str]:
    return {name for name, count in Counter(names).items() if count > 1}


def _check_names(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    sections: list[tuple[str, list[str]]] = [
        ("entities", [e.name for e in spec.entities]),
        ("pages", [p.name for p in spec.pages]),
        ("reports", [r.name for r in spec.reports]),
        ("automations", [a.name for a in spec.automations]),
        ("settings", [s.key for s in spec.settings]),
    ]
    for section, names in sections:
        for name in sorted(_duplicates(names)):
            index = [i for i, n in enumerate(names) if n == name][1]
            issues.append(
                SpecIssue(
                    paths.item(section, index),
                    f'"{name}" is defined more than once in {section} (names are compared after'
                    " conversion to snake_case)",
                )
            )
    for index, page in enumerate(spec.pages):
        first = (page.path or "/").strip("/").split("/")[0]
        if first in RESERVED_PAGE_PATHS:
            issues.append(
                SpecIssue(
                    paths.item("pages", index) + ".path",
                    f'path "{page.path}" is used by every generated app (reserved: '
                    + ", ".join(f"/{p}" for p in sorted(RESERVED_PAGE_PATHS))
                    + ")",
                )
            )
    paths_seen = [p.path or "" for p in spec.pages]
    for path in sorted(_duplicates(paths_seen)):
        index = [i for i, p in enumerate(paths_seen) if p == path][1]
        issues.append(
            SpecIssue(
                paths.item("pages", index) + ".path", f'path "{path}" is used by another page'
            )
        )
    for e_index, entity in enumerate(spec.entities):
        names = [f.name for f in entity.fields] + [c.name for c in entity.computed_fields]
        for name in sorted(_duplicates(names)):
            issues.append(
                SpecIssue(
                    paths.field(entity.name, name, occurrence=1),
                    f'field "{name}" is defined more than once in entity {entity.name}'
                    " (names are compared after conversion to snake_case)",
                )
            )
        if not entity.fields:
            issues.append(
                SpecIssue(
                    paths.item("entities", e_index) + ".fields",
                    f"entity {entity.name} has no fields; give it at least one",
                )
            )
    return issues


def _check_entity(spec: AppSpec, entity: Entity, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    for field in entity.fields:
        issues += _check_field(spec, entity, field, paths)
    return issues


def _check_field(
    spec: AppSpec, entity: Entity, field: FieldSpec, paths: PathIndex
) -> list[SpecIssue]:
    where = paths.field(entity.name, field.name)
    label = f"{entity.name}.{field.name}"
    issues: list[SpecIssue] = []
    if field.type in ENUMS:
        if not field.options:
            issues.append(
                SpecIssue(f"{where}.options", f"{label} is an {field.type}; list its options")
            )
        else:
            lowered = [o.lower() for o in field.options]
            if any(not o for o in field.options):
                issues.append(SpecIssue(f"{where}.options", "options cannot be empty strings"))
            for option in sorted(_duplicates(lowered)):
                issues.append(SpecIssue(f"{where}.options", f'option "{option}" is listed twice'))
    elif field.options:
        issues.append(
            SpecIssue(
                f"{where}.options",
                f"options only apply to enum and multi_enum fields; {label} is {with_article(field.type)}"
                ' (make it "enum", or remove the options)',
            )
        )
    unindexable = field.type in ("json", "multi_enum")
    if (field.indexed and unindexable) or (
        field.unique and (unindexable or field.type == "boolean")
    ):
        flag = "unique" if field.unique else "indexed"
        issues.append(
            SpecIssue(
                f"{where}.{flag}",
                f"{label} is {with_article(field.type)} field, which cannot be {flag}",
            )
        )
    if field.type == "reference":
        target = field.references.entity if field.references else None
        missing = target is None or spec.entity(target) is None
        if missing and target not in paths.unparsed_entities:
            issues.append(
                SpecIssue(
                    f"{where}.references",
                    f"{label} references entity {target!s}, which does not exist"
                    + _known(target or "", [e.name for e in spec.entities]),
                )
            )
    elif field.references is not None:
        issues.append(SpecIssue(f"{where}.references", "only reference fields have references"))
    issues += _check_validation(field, where, label)
    issues += _check_default(field, where, label)
    return issues


def _check_validation(field: FieldSpec, where: str, label: str) -> list[SpecIssue]:
    rule = field.validation
    if rule is None:
        return []
    issues: list[SpecIssue] = []
    where = f"{where}.validation"
    if rule.min is not None or rule.max is not None:
        if field.type not in NUMERIC + TEMPORAL:
            issues.append(
                SpecIssue(
                    where,
                    f"min/max apply to numbers and dates; {label} is {with_article(field.type)}",
                )
            )
        else:
            low = _bound(field.type, rule.min)
            high = _bound(field.type, rule.max)
            for key, raw, parsed in (("min", rule.min, low), ("max", rule.max, high)):
                if raw is not None and parsed is None:
                    kind = "a number" if field.type in NUMERIC else "an ISO date"
                    issues.append(SpecIssue(f"{where}.{key}", f"{raw!r} is not {kind}"))
            if low is not None and high is not None and low > high:
                issues.append(
                    SpecIssue(where, f"min ({rule.min}) is greater than max ({rule.max})")
                )
    text_rules = (rule.min_length, rule.max_length, rule.pattern)
    if any(value is not None for value in text_rules) and field.type not in TEXTUAL:
        issues.append(
            SpecIssue(
                where,
                f"min_length/max_length/pattern apply to text fields; {label} is {with_article(field.type)}",
            )
        )
    if (
        rule.min_length is not None
        and rule.max_length is not None
        and rule.min_length > rule.max_length
    ):
        issues.append(
            SpecIssue(
                where,
                f"min_length ({rule.min_length}) is greater than max_length ({rule.max_length})",
            )
        )
    if rule.pattern is not None:
        try:
            re.compile(rule.pattern)
        except re.error as exc:
            issues.append(
                SpecIssue(
                    f"{where}.pattern", f"{rule.pattern!r} is not a regular expression: {exc}"
                )
            )
    return issues


def _bound(field_type: str, value: Any) -> Any:
    """A min/max as a comparable value of the field's type, or None when it is not one."""
    if value is None:
        return None
    if field_type in NUMERIC:
        if isinstance(value, bool):
            return None
        try:
            return Decimal(str(value))
        except InvalidOperation:
            return None
    try:
        text = str(value)
        if field_type == "date":
            return dt.date.fromisoformat(text)
        parsed = dt.datetime.fromisoformat(text)
        return parsed.replace(tzinfo=None)
    except ValueError:
        return None


def _check_default(field: FieldSpec, where: str, label: str) -> list[SpecIssue]:
    value = field.default
    if value is None:
        return []
    where = f"{where}.default"
    problem: str | None = None
    if field.type == "enum" and value not in (field.options or []):
        problem = f"default {value!r} is not one of the options of {label}"
    elif field.type == "multi_enum" and (
        not isinstance(value, list) or any(v not in (field.options or []) for v in value)
    ):
        problem = f"default of {label} must be a list of its options"
    elif field.type == "boolean" and not isinstance(value, bool):
        problem = f"default of {label} must be true or false"
    elif field.type in NUMERIC and (isinstance(value, bool) or _bound(field.type, value) is None):
        problem = f"default {value!r} of {label} is not a number"
    elif field.type == "integer" and isinstance(value, float) and not value.is_integer():
        problem = f"default {value!r} of {label} is not a whole number"
    elif field.type in TEMPORAL and _bound(field.type, value) is None:
        problem = f"default {value!r} of {label} is not an ISO {field.type}"
    elif field.type in TEXTUAL and not isinstance(value, str):
        problem = f"default of {label} must be text"
    elif field.type == "reference":
        problem = f"a reference field ({label}) cannot have a default"
    if problem is None and field.type in NUMERIC + TEMPORAL and field.validation:
        bound = _bound(field.type, value)
        low = _bound(field.type, field.validation.min)
        high = _bound(field.type, field.validation.max)
        if (low is not None and bound < low) or (high is not None and bound > high):
            problem = f"default {value!r} of {label} is outside its min/max"
    if problem is None and field.type in TEXTUAL and field.validation and field.validation.pattern:
        try:
            if not re.fullmatch(field.validation.pattern, str(value)):
                problem = f"default {value!r} of {label} does not match its pattern"
        except re.error:
            pass
    return [SpecIssue(where, problem)] if problem else []


def _known(name: str, names: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
    if close:
        return f'; did you mean "{close[0]}"?'
    if names:
        shown = ", ".join(names[:12]) + (", ..." if len(names) > 12 else "")
        return f" (known: {shown})"
    return ""


def _entity_issue(
    spec: AppSpec, paths: PathIndex, where: str, name: str, what: str
) -> list[SpecIssue]:
    if spec.entity(name) is not None or name in paths.unparsed_entities:
        return []  # an entity that failed to parse was reported where it is written
    names = [e.name for e in spec.entities]
    return [
        SpecIssue(where, f"{what} names entity {name}, which does not exist{_known(name, names)}")
    ]


def _check_relationships(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    seen_m2m: set[tuple[str, str]] = set()
    for index, rel in enumerate(spec.relationships):
        where = paths.item("relationships", index)
        issues += _entity_issue(spec, paths, f"{where}.from", rel.from_, "the relationship")
        issues += _entity_issue(spec, paths, f"{where}.to", rel.to, "the relationship")
        if rel.kind == "many_to_many":
            pair = (rel.from_, rel.to)
            if pair in seen_m2m or pair[::-1] in seen_m2m:
                issues.append(
                    SpecIssue(where, f"{rel.from_} and {rel.to} already have a many_to_many link")
                )
            seen_m2m.add(pair)
    return issues


def _check_required_cycles(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    """Required references that loop back (A needs B needs A) make every first row impossible."""
    needs: dict[str, set[str]] = {}
    for entity in spec.entities:
        for field in entity.fields:
            if field.type == "reference" and field.required and field.references:
                needs.setdefault(entity.name, set()).add(field.references.entity)
    issues: list[SpecIssue] = []
    reported: set[frozenset[str]] = set()
    for start in sorted(needs):
        cycle = _find_cycle(start, needs)
        if cycle and frozenset(cycle) not in reported:
            reported.add(frozenset(cycle))
            index = next(i for i, e in enumerate(spec.entities) if e.name == start)
            issues.append(
                SpecIssue(
                    paths.item("entities", index),
                    "required references form a cycle ("
                    + " → ".join([*cycle, cycle[0]])
                    + "): no first record could ever be created; make one of them optional",
                )
            )
    return issues


def _find_cycle(start: str, needs: dict[str, set[str]]) -> list[str] | None:
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    while stack:
        node, trail = stack.pop()
        for nxt in sorted(needs.get(node, ())):
            if nxt == start:
                return trail
            if nxt not in trail:
                stack.append((nxt, [*trail, nxt]))
    return None


def _check_state_flows(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    seen: set[tuple[str, str]] = set()
    for index, flow in enumerate(spec.state_flows):
        where = paths.item("state_flows", index)
        issues += _entity_issue(spec, paths, f"{where}.entity", flow.entity, "the state flow")
        if (flow.entity, flow.field) in seen:
            issues.append(SpecIssue(where, f"{flow.entity}.{flow.field} already has a state flow"))
        seen.add((flow.entity, flow.field))
        states = set(flow.states)
        if len(states) < 2:
            issues.append(SpecIssue(f"{where}.states", "a state flow needs at least two states"))
        if flow.initial is not None and flow.initial not in states:
            issues.append(
                SpecIssue(
                    f"{where}.initial",
                    f'initial state "{flow.initial}" is not one of the states'
                    + _known(flow.initial, flow.states),
                )
            )
        names = [t.name for t in flow.transitions]
        for name in sorted(_duplicates(names)):
            issues.append(
                SpecIssue(f"{where}.transitions", f'transition "{name}" is defined twice')
            )
        for t_index, transition in enumerate(flow.transitions):
            t_where = f"{where}.transitions[{t_index}]"
            for state in [*transition.from_, transition.to]:
                if state not in states:
                    issues.append(
                        SpecIssue(
                            t_where,
                            f'transition {transition.name} uses state "{state}", which is not one of'
                            f" the states{_known(state, flow.states)}",
                        )
                    )
            if not transition.from_:
                issues.append(
                    SpecIssue(
                        f"{t_where}.from", f"transition {transition.name} leaves from no state"
                    )
                )
    return issues


def _check_permissions(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    for name in sorted(_duplicates(spec.permissions.roles)):
        issues.append(SpecIssue("permissions.roles", f'role "{name}" is listed twice'))
    for index, rule in enumerate(spec.permissions.rules):
        if rule.entity != "*":
            issues += _entity_issue(
                spec,
                paths,
                f"permissions.rules[{index}].entity",
                rule.entity,
                "the permission rule",
            )
    return issues


def _resolve_path(spec: AppSpec, report: Report, path: str) -> str | None:
    """Follow a dotted group_by path; return a problem sentence, or None when it resolves."""
    entity = spec.entity(report.entity)
    if entity is None:
        return None
    segments = path.split(".")
    for position, segment in enumerate(segments):
        last = position == len(segments) - 1
        field = _field_or_implicit(entity, segment) or entity.field(f"{segment}_id")
        if field is not None and field.type != "reference":
            if last:
                return None
            return f"{entity.name}.{segment} is not a reference, so the path cannot go on past it"
        target: str | None = None
        if field is not None and field.references is not None:
            target = field.references.entity
        else:
            refs = [
                f.references.entity
                for f in entity.fields
                if f.type == "reference" and f.references and f.references.entity == segment
            ]
            target = refs[0] if refs else None
        if target is None:
            names = [f.name for f in entity.fields]
            return (
                f'"{segment}" in "{path}" is neither a field of {entity.name} nor an entity it'
                f" references{_known(segment, names)}"
            )
        next_entity = spec.entity(target)
        if next_entity is None:
            return None  # the dangling reference is reported on the field
        entity = next_entity
    return None


def _field_or_implicit(entity: Entity, name: str) -> FieldSpec | None:
    """A field of the entity, or one of the columns every entity has (``created_at``...)."""
    field = entity.field(name)
    if field is None and name in IMPLICIT_TYPES:
        return FieldSpec(name=name, type=IMPLICIT_TYPES[name])
    return field


def _check_reports(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    for index, report in enumerate(spec.reports):
        where = paths.item("reports", index)
        issues += _entity_issue(spec, paths, f"{where}.entity", report.entity, "the report")
        entity = spec.entity(report.entity)
        if entity is None:
            continue
        measure = report.measure
        if measure.field is not None:
            field = _field_or_implicit(entity, measure.field)
            if field is None:
                issues.append(
                    SpecIssue(
                        f"{where}.measure.field",
                        f"{entity.name} has no field {measure.field}"
                        + _known(measure.field, [f.name for f in entity.fields]),
                    )
                )
            elif measure.agg in ("sum", "avg") and field.type not in NUMERIC:
                issues.append(
                    SpecIssue(
                        f"{where}.measure",
                        f"{measure.agg} needs a number; {entity.name}.{field.name} is {with_article(field.type)}",
                    )
                )
            elif measure.agg in ("min", "max") and field.type not in NUMERIC + TEMPORAL:
                issues.append(
                    SpecIssue(
                        f"{where}.measure",
                        f"{measure.agg} needs a number or a date; {entity.name}.{field.name} is a"
                        f" {field.type}",
                    )
                )
        elif measure.agg != "count":
            issues.append(
                SpecIssue(f"{where}.measure.field", f"{measure.agg} needs a field to aggregate")
            )
        for g_index, path in enumerate(report.group_by):
            problem = _resolve_path(spec, report, path)
            if problem:
                issues.append(SpecIssue(f"{where}.group_by[{g_index}]", problem))
        if report.time_bucket is not None:
            field = _field_or_implicit(entity, report.time_bucket.field)
            if field is None or field.type not in TEMPORAL:
                kind = "missing" if field is None else f"a {field.type}"
                issues.append(
                    SpecIssue(
                        f"{where}.time_bucket.field",
                        f"time buckets need a date or datetime field; {entity.name}."
                        f"{report.time_bucket.field} is {kind}",
                    )
                )
    return issues


def _walk(node: LayoutNode, where: str) -> Iterator[tuple[ComponentNode, str]]:
    if isinstance(node, ContainerNode):
        for index, child in enumerate(node.children):
            yield from _walk(child, f"{where}.children[{index}]")
    else:
        yield node, where


FIELD_PROPS = ("group_by", "date_field", "title_field", "end_field", "image_field")
ENTITY_COMPONENTS = ("table", "form", "detail", "cards", "kanban", "calendar", "filters")


def _check_pages(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    report_names = [r.name for r in spec.reports]
    for p_index, page in enumerate(spec.pages):
        for component, where in _walk(page.layout, paths.item("pages", p_index) + ".layout"):
            issues += _check_component(spec, paths, component, where, report_names)
    return issues


def _check_component(
    spec: AppSpec, paths: PathIndex, component: ComponentNode, where: str, report_names: list[str]
) -> list[SpecIssue]:
    kind = component.component
    if component.report is not None and component.report not in report_names:
        return [
            SpecIssue(
                f"{where}.report",
                f"the {kind} names report {component.report}, which does not exist"
                + _known(component.report, report_names),
            )
        ]
    if component.entity is not None and spec.entity(component.entity) is None:
        return _entity_issue(spec, paths, f"{where}.entity", component.entity, f"the {kind}")
    if kind == "chart" and component.report is None:
        return [SpecIssue(where, 'a chart shows a report; name one in "report"')]
    if kind in ENTITY_COMPONENTS and component.entity is None:
        return [SpecIssue(where, f'a {kind} shows an entity; name one in "entity"')]
    if kind == "stats" and component.entity is None and component.report is None:
        return [SpecIssue(where, 'stats need an "entity" or a "report"')]
    entity = spec.entity(component.entity) if component.entity else None
    if entity is None:
        return []
    issues: list[SpecIssue] = []
    for prop in FIELD_PROPS:
        value = component.props.get(prop)
        if isinstance(value, str) and _field_or_implicit(entity, value) is None:
            issues.append(
                SpecIssue(
                    f"{where}.props.{prop}",
                    f"{entity.name} has no field {value}"
                    + _known(value, [f.name for f in entity.fields]),
                )
            )
    fields = component.props.get("fields")
    if isinstance(fields, list):
        for name in fields:
            if isinstance(name, str) and entity.field(name) is None:
                issues.append(
                    SpecIssue(f"{where}.props.fields", f"{entity.name} has no field {name}")
                )
    if kind == "kanban":
        group = component.props.get("group_by")
        has_flow = any(flow.entity == entity.name for flow in spec.state_flows)
        field = entity.field(group) if isinstance(group, str) else None
        if field is not None and field.type != "enum":
            issues.append(
                SpecIssue(f"{where}.props.group_by", "a kanban groups by an enum or state field")
            )
        elif group is None and not has_flow and not any(f.type == "enum" for f in entity.fields):
            issues.append(
                SpecIssue(
                    where,
                    f"a kanban groups {entity.name} by its state, but it has no state flow or"
                    " enum field",
                )
            )
    if kind == "calendar":
        date_field = component.props.get("date_field")
        field = _field_or_implicit(entity, date_field) if isinstance(date_field, str) else None
        if field is not None and field.type not in TEMPORAL:
            issues.append(
                SpecIssue(f"{where}.props.date_field", f"{field.name} is not a date or datetime")
            )
        elif date_field is None and not any(f.type in TEMPORAL for f in entity.fields):
            issues.append(
                SpecIssue(where, f"a calendar needs a date field; {entity.name} has none")
            )
    return issues


def _check_automations(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    for index, automation in enumerate(spec.automations):
        trigger = automation.trigger
        where = paths.item("automations", index) + ".trigger"
        if trigger.on == "schedule":
            if not trigger.schedule:
                issues.append(
                    SpecIssue(f"{where}.schedule", 'a scheduled automation needs a "schedule"')
                )
        elif trigger.entity is None:
            issues.append(
                SpecIssue(
                    f"{where}.entity", f'an "{trigger.on}" trigger names the entity it watches'
                )
            )
        if trigger.entity is not None:
            issues += _entity_issue(
                spec, paths, f"{where}.entity", trigger.entity, "the automation"
            )
    return issues
