"""Default pages for a spec that has none: a dashboard, and a working page per entity."""

from __future__ import annotations

from appwright.inflector import engine
from appwright.spec.models import (
    AppSpec,
    ComponentNode,
    ContainerNode,
    Entity,
    LayoutNode,
    Page,
    Responsive,
    Sizing,
)


def plural_label(entity: Entity) -> str:
    label = entity.label
    words = label.split(" ")
    last = words[-1]
    if len(last) > 1 and last.isupper():
        words[-1] = last + "s"  # an acronym: SKUs
        return " ".join(words)
    # inflect keeps capitalized words as proper nouns ("Companys"): pluralize the common noun.
    plural = str(engine().plural_noun(last.lower()) or last.lower())
    words[-1] = plural[:1].upper() + plural[1:] if last[:1].isupper() else plural
    return " ".join(words)


def default_pages(spec: AppSpec) -> list[Page]:
    pages: list[Page] = []
    if spec.entities or spec.reports:
        pages.append(_dashboard(spec))
    for entity in spec.entities:
        pages.append(
            Page(
                name=entity.name,
                title=plural_label(entity),
                path="/" + entity.name.replace("_", "-"),
                layout=_entity_layout(spec, entity),
            )
        )
    return pages


def _dashboard(spec: AppSpec) -> Page:
    stats: list[LayoutNode] = [
        ComponentNode(component="stats", entity=e.name, title=plural_label(e))
        for e in spec.entities[:4]
    ]
    charts: list[LayoutNode] = [
        ComponentNode(component="chart", report=r.name, title=r.label) for r in spec.reports
    ]
    children: list[LayoutNode] = [
        ContainerNode(direction="grid", children=stats, responsive=Responsive(mobile="stack"))
    ]
    if charts:
        children.append(
            ContainerNode(direction="grid", children=charts, responsive=Responsive(mobile="stack"))
        )
    elif spec.entities:
        children.append(ComponentNode(component="table", entity=spec.entities[0].name))
    return Page(
        name="dashboard", title="Dashboard", path="/", layout=ContainerNode(children=children)
    )


def _entity_layout(spec: AppSpec, entity: Entity) -> ContainerNode:
    main: list[LayoutNode] = []
    if any(flow.entity == entity.name for flow in spec.state_flows):
        main.append(ComponentNode(component="kanban", entity=entity.name))
    if any(f.type in ("date", "datetime") for f in entity.fields):
        main.append(ComponentNode(component="calendar", entity=entity.name))
    main.append(ComponentNode(component="filters", entity=entity.name))
    main.append(ComponentNode(component="table", entity=entity.name))
    return ContainerNode(
        direction="row",
        responsive=Responsive(mobile="stack", tablet="stack", desktop="side-by-side"),
        children=[
            ComponentNode(component="form", entity=entity.name, sizing=Sizing(basis="34%")),
            ContainerNode(direction="column", sizing=Sizing(grow=1), children=main),
        ],
    )
