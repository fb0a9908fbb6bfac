"""Pages and their layouts, chosen from what the spec holds.

- a dashboard at ``/``: a stats card per main entity, then a chart per report;
- a page per entity: a form beside the filters and the list (a table, or cards when the
  records have pictures), stacked on phones;
- a board (kanban grouped by the state field) for each entity with a state flow;
- a calendar for each entity whose records happen on a date (a date or datetime field).

The description can ask for a layout by name (``shown as a kanban board``, ``a calendar of
appointments``): those entities get that view even without the usual cue.
"""

from __future__ import annotations

import re

from appwright.design.offline.sentences import sentences
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import plural
from appwright.spec.models import (
    AppSpec,
    ComponentNode,
    ContainerNode,
    Entity,
    LayoutNode,
    Page,
    Position,
    Responsive,
    Sizing,
)
from appwright.spec.names import humanize

MAX_DASHBOARD_STATS = 4
PICTURE_WORDS = (
    "photo",
    "photos",
    "image",
    "images",
    "picture",
    "pictures",
    "avatar",
    "logo",
    "cover",
)
TITLE_FIELDS = ("name", "title", "subject", "label", "full_name", "number", "code")


def plural_title(entity: Entity) -> str:
    label = entity.label
    parts = label.split(" ")
    parts[-1] = plural(parts[-1])
    return " ".join(parts)


def entity_path(entity: Entity) -> str:
    return "/" + plural(entity.name).replace("_", "-")


def asked_views(description: str, spec: AppSpec) -> dict[str, set[str]]:
    """Views the description names for an entity: ``kanban``/``board`` and ``calendar``."""
    asked: dict[str, set[str]] = {}
    for sentence in sentences(description):
        tokens = words(sentence)
        kinds = set()
        if "kanban" in tokens or "board" in tokens:
            kinds.add("kanban")
        if "calendar" in tokens:
            kinds.add("calendar")
        if not kinds:
            continue
        for entity in spec.entities:
            names = {entity.name.replace("_", " "), plural(entity.name).replace("_", " ")}
            if any(re.search(rf"\b{re.escape(n)}\b", sentence) for n in names):
                asked.setdefault(entity.name, set()).update(kinds)
    return asked


def design_pages(description: str, spec: AppSpec) -> list[Page]:
    asked = asked_views(description, spec)
    pages = [_dashboard(spec)]
    flows = {flow.entity: flow.field for flow in spec.state_flows}
    for entity in spec.entities:
        pages.append(_list_page(entity))
        group = flows.get(entity.name) or _asked_group(entity, asked)
        if group:
            pages.append(_board_page(entity, group))
        date_field = _date_field(entity)
        if date_field and (
            _is_scheduled(entity, date_field) or "calendar" in asked.get(entity.name, set())
        ):
            pages.append(_calendar_page(entity, date_field))
    return pages


def _asked_group(entity: Entity, asked: dict[str, set[str]]) -> str | None:
    if "kanban" not in asked.get(entity.name, set()):
        return None
    return next((f.name for f in entity.fields if f.type == "enum"), None)


def _dashboard(spec: AppSpec) -> Page:
    main = [e for e in spec.entities if not _is_junction(e)][:MAX_DASHBOARD_STATS]
    stats: list[LayoutNode] = [
        ComponentNode(component="stats", entity=e.name, title=plural_title(e)) for e in main
    ]
    children: list[LayoutNode] = [
        ContainerNode(
            direction="grid",
            children=stats,
            responsive=Responsive(mobile="stack", tablet="grid", desktop="grid"),
        )
    ]
    charts: list[LayoutNode] = [
        ComponentNode(
            component="chart", report=r.name, title=r.label, props={"chart": r.chart or "bar"}
        )
        for r in spec.reports
    ]
    if charts:
        children.append(
            ContainerNode(
                direction="grid",
                children=charts,
                responsive=Responsive(mobile="stack", tablet="stack", desktop="grid"),
            )
        )
    elif main:
        children.append(
            ComponentNode(
                component="table",
                entity=main[0].name,
                title=f"Latest {plural_title(main[0]).lower()}",
                props={"limit": 10},
            )
        )
    return Page(
        name="dashboard",
        title="Dashboard",
        path="/",
        layout=ContainerNode(direction="column", children=children),
    )


def _list_page(entity: Entity) -> Page:
    pictures = _picture_field(entity)
    listing: LayoutNode = (
        ComponentNode(component="cards", entity=entity.name, props={"image_field": pictures})
        if pictures
        else ComponentNode(component="table", entity=entity.name, variant="advanced")
    )
    layout = ContainerNode(
        direction="row",
        responsive=Responsive(mobile="stack", tablet="stack", desktop="side-by-side"),
        children=[
            ComponentNode(
                component="form",
                entity=entity.name,
                sizing=Sizing(basis="34%", shrink=0),
                position=Position(sticky=True, order=0),
            ),
            ContainerNode(
                direction="column",
                sizing=Sizing(grow=1),
                children=[ComponentNode(component="filters", entity=entity.name), listing],
            ),
        ],
    )
    return Page(
        name=entity.name, title=plural_title(entity), path=entity_path(entity), layout=layout
    )


def _board_page(entity: Entity, group: str) -> Page:
    layout = ContainerNode(
        direction="column",
        responsive=Responsive(mobile="scroll"),
        children=[
            ComponentNode(component="filters", entity=entity.name),
            ComponentNode(component="kanban", entity=entity.name, props={"group_by": group}),
        ],
    )
    return Page(
        name=f"{entity.name}_board",
        title=f"{humanize(entity.name)} board",
        path=entity_path(entity) + "/board",
        layout=layout,
    )


def _calendar_page(entity: Entity, date_field: str) -> Page:
    layout = ContainerNode(
        direction="row",
        responsive=Responsive(mobile="stack", tablet="stack", desktop="side-by-side"),
        children=[
            ComponentNode(
                component="calendar",
                entity=entity.name,
                props={"date_field": date_field},
                sizing=Sizing(grow=1),
            ),
            ComponentNode(component="detail", entity=entity.name, sizing=Sizing(basis="30%")),
        ],
    )
    return Page(
        name=f"{entity.name}_calendar",
        title=f"{humanize(entity.name)} calendar",
        path=entity_path(entity) + "/calendar",
        layout=layout,
    )


def _date_field(entity: Entity) -> str | None:
    dated = [f for f in entity.fields if f.type in ("date", "datetime")]
    return dated[0].name if dated else None


def _is_scheduled(entity: Entity, date_field: str) -> bool:
    """Records that happen at a time (appointments, shifts, events, deadlines) get a calendar;
    a birthday on a person does not."""
    field = entity.field(date_field)
    if field is None:
        return False
    return not any(word in date_field for word in ("birth", "expiry", "expiration", "dob"))


def _picture_field(entity: Entity) -> str | None:
    for f in entity.fields:
        if f.type == "url" and any(p in f.name.split("_") for p in PICTURE_WORDS):
            return f.name
    return None


def _is_junction(entity: Entity) -> bool:
    references = [f for f in entity.fields if f.type == "reference"]
    return (
        len(references) >= 2
        and len(entity.fields) - len(references) <= 2
        and not any(f.name in TITLE_FIELDS for f in entity.fields)
    )
