"""Page wireframes: a page's layout DSL as a tree of boxes a Jinja2 partial draws.

Containers keep their direction (row, column, grid) and their children's sizing (flex basis,
grow, shrink, order) as inline CSS, so the boxes are laid out the way the generated page
will be; each component box shows what it will hold (the entity's columns, a kanban's lanes,
a chart's report...) in miniature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from appwright.spec.layouts import plural_label
from appwright.spec.models import (
    AppSpec,
    ComponentNode,
    ContainerNode,
    Entity,
    LayoutNode,
    Page,
    Sizing,
)

# Only plain CSS lengths reach a style attribute: anything else in a spec is left out.
_LENGTH = re.compile(r"^(?:auto|0|\d+(?:\.\d+)?(?:px|%|rem|em|fr|vw|vh|ch))$")
_UNITLESS = re.compile(r"^\d+(?:\.\d+)?$")

MAX_COLUMNS = 4
MAX_FORM_FIELDS = 5
DEFAULT_LANES = ("To do", "Doing", "Done")


@dataclass
class WireComponent:
    kind: str
    title: str
    subject: str
    """What it shows: the entity's plural label or the report's title."""
    style: str
    """Inline CSS: flex sizing in a row, and ``order``."""
    sizing_note: str
    variant: str | None = None
    sticky: bool = False
    items: list[str] = field(default_factory=list)
    """Columns (table, cards, detail), inputs (form), lanes (kanban), filters, stats labels."""
    chart: str | None = None
    """The report's chart kind, for a chart."""
    is_container: bool = False


@dataclass
class WireContainer:
    direction: str
    layout_style: str
    """Inline CSS laying out the children: flex row or column, or a grid."""
    style: str
    """Inline CSS sizing the container itself in its parent row."""
    sizing_note: str
    responsive_note: str
    children: list[WireContainer | WireComponent] = field(default_factory=list)
    is_container: bool = True


@dataclass
class PageWireframe:
    name: str
    title: str
    path: str
    roles: list[str]
    root: WireContainer | WireComponent


def css_length(value: str | None) -> str | None:
    """A CSS length from a spec's ``basis`` (``30%``, ``240px``, ``auto``; a bare number is
    pixels); None for anything else."""
    if value is None:
        return None
    text = value.strip().lower()
    if _UNITLESS.match(text) and text != "0":
        return f"{text}px"
    return text if _LENGTH.match(text) else None


def _number(value: float) -> str:
    return f"{value:g}"


def _sizing_style(sizing: Sizing | None, parent_direction: str) -> list[str]:
    """Flex sizing applies along a row; in a column or a grid every child spans the width."""
    if parent_direction != "row":
        return []
    basis = css_length(sizing.basis) if sizing else None
    grow = sizing.grow if sizing and sizing.grow is not None else (0 if basis else 1)
    shrink = sizing.shrink if sizing and sizing.shrink is not None else 1
    return [f"flex: {_number(grow)} {_number(shrink)} {basis or '0'}", "min-width: 0"]


def _sizing_note(sizing: Sizing | None) -> str:
    if sizing is None:
        return ""
    parts = []
    if sizing.basis:
        parts.append(f"basis {sizing.basis}")
    if sizing.grow is not None:
        parts.append(f"grow {_number(sizing.grow)}")
    if sizing.shrink is not None:
        parts.append(f"shrink {_number(sizing.shrink)}")
    return " · ".join(parts)


def _container_style(direction: str) -> str:
    if direction == "grid":
        return "display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr))"
    return f"display: flex; flex-direction: {direction}"


def _field_labels(entity: Entity, names: object, limit: int) -> list[str]:
    if isinstance(names, list):
        chosen = [entity.field(name) for name in names if isinstance(name, str)]
        return [f.label for f in chosen if f is not None][:limit]
    return [f.label for f in entity.fields][:limit]


def _lanes(spec: AppSpec, entity: Entity, group_by: object) -> list[str]:
    field_name = group_by if isinstance(group_by, str) else None
    if field_name is None:
        flow = next((f for f in spec.state_flows if f.entity == entity.name), None)
        if flow is not None:
            return list(flow.states)
        field_name = next((f.name for f in entity.fields if f.type == "enum"), None)
    chosen = entity.field(field_name) if field_name else None
    if chosen is not None and chosen.options:
        return list(chosen.options)
    return list(DEFAULT_LANES)


def _items(spec: AppSpec, node: ComponentNode, entity: Entity | None) -> list[str]:
    kind = node.component
    if entity is None:
        return []
    if kind == "kanban":
        return _lanes(spec, entity, node.props.get("group_by"))
    if kind == "filters":
        chosen = [f for f in entity.fields if f.searchable or f.type in ("enum", "date")]
        return [f.label for f in chosen or entity.fields][:MAX_COLUMNS]
    if kind == "form":
        return _field_labels(entity, node.props.get("fields"), MAX_FORM_FIELDS)
    if kind == "stats":
        return [plural_label(entity)]
    return _field_labels(entity, node.props.get("fields"), MAX_COLUMNS)


def _component(spec: AppSpec, node: ComponentNode, parent_direction: str) -> WireComponent:
    entity = spec.entity(node.entity) if node.entity else None
    report = next((r for r in spec.reports if r.name == node.report), None)
    subject = report.label if report is not None else plural_label(entity) if entity else ""
    style = _sizing_style(node.sizing, parent_direction)
    if node.position is not None and node.position.order:
        style.append(f"order: {node.position.order}")
    return WireComponent(
        kind=node.component,
        title=node.title or f"{node.component.capitalize()}: {subject}".rstrip(": "),
        subject=subject,
        style="; ".join(style),
        sizing_note=_sizing_note(node.sizing),
        variant=node.variant,
        sticky=bool(node.position and node.position.sticky),
        items=_items(spec, node, entity),
        chart=(report.chart or "bar") if report is not None and node.component == "chart" else None,
    )


def _node(spec: AppSpec, node: LayoutNode, parent_direction: str) -> WireContainer | WireComponent:
    if isinstance(node, ComponentNode):
        return _component(spec, node, parent_direction)
    return _container(spec, node, parent_direction)


def _container(spec: AppSpec, node: ContainerNode, parent_direction: str) -> WireContainer:
    responsive = ""
    if node.responsive is not None:
        responsive = " · ".join(
            f"{device}: {mode}"
            for device, mode in node.responsive.model_dump(exclude_none=True).items()
        )
    return WireContainer(
        direction=node.direction,
        layout_style=_container_style(node.direction),
        style="; ".join(_sizing_style(node.sizing, parent_direction)),
        sizing_note=_sizing_note(node.sizing),
        responsive_note=responsive,
        children=[_node(spec, child, node.direction) for child in node.children],
    )


def page_wireframe(spec: AppSpec, page: Page) -> PageWireframe:
    return PageWireframe(
        name=page.name,
        title=page.label,
        path=page.path or "/",
        roles=list(page.roles),
        root=_node(spec, page.layout, "column"),
    )


def page_wireframes(spec: AppSpec) -> list[PageWireframe]:
    return [page_wireframe(spec, page) for page in spec.pages]
