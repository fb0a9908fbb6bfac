"""Checks of page layouts: every component names an entity or report that exists, and the
fields its props name fit it.

Example: a ``kanban`` of tasks needs a state flow or an enum field to group them by.
"""

from __future__ import annotations

from collections.abc import Iterator

from appwright.spec.check_support import (
    TEMPORAL,
    field_or_implicit,
    missing_entity_issue,
    name_hint,
)
from appwright.spec.errors import SpecIssue
from appwright.spec.models import AppSpec, ComponentNode, ContainerNode, LayoutNode
from appwright.spec.paths import PathIndex


def _walk(node: LayoutNode, where: str) -> Iterator[tuple[ComponentNode, str]]:
    if isinstance(node, ContainerNode):
        for index, child in enumerate(node.children):
            yield from _walk(child, f"{where}.children[{index}]")
    else:
        yield node, where


FIELD_PROPS = ("group_by", "date_field", "title_field", "end_field", "image_field")


ENTITY_COMPONENTS = ("table", "form", "detail", "cards", "kanban", "calendar", "filters")


def check_pages(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
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
                + name_hint(component.report, report_names),
            )
        ]
    if component.entity is not None and spec.entity(component.entity) is None:
        return missing_entity_issue(spec, paths, f"{where}.entity", component.entity, f"the {kind}")
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
        if isinstance(value, str) and field_or_implicit(entity, value) is None:
            issues.append(
                SpecIssue(
                    f"{where}.props.{prop}",
                    f"{entity.name} has no field {value}"
                    + name_hint(value, [f.name for f in entity.fields]),
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
        field = field_or_implicit(entity, date_field) if isinstance(date_field, str) else None
        if field is not None and field.type not in TEMPORAL:
            issues.append(
                SpecIssue(f"{where}.props.date_field", f"{field.name} is not a date or datetime")
            )
        elif date_field is None and not any(f.type in TEMPORAL for f in entity.fields):
            issues.append(
                SpecIssue(where, f"a calendar needs a date field; {entity.name} has none")
            )
    return issues
