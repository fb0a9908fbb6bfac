"""Pages and their layouts: containers of components (a table, a form, a kanban...), with
their sizing, responsive behaviour and position.

Example: ``{"type": "container", "direction": "row", "children": [{"type": "component",
"component": "table", "entity": "room"}]}``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Discriminator, Field

from appwright.spec.names import humanize
from appwright.spec.value_types import Name, SpecModel


class Sizing(SpecModel):
    basis: str | None = None
    grow: float | None = None
    shrink: float | None = None


class Responsive(SpecModel):
    mobile: Literal["stack", "scroll", "tabs"] | None = None
    tablet: Literal["stack", "grid", "side-by-side"] | None = None
    desktop: Literal["grid", "side-by-side"] | None = None


class Position(SpecModel):
    sticky: bool = False
    order: int = 0


ComponentKind = Literal[
    "table", "form", "detail", "cards", "kanban", "calendar", "chart", "stats", "filters"
]


COMPONENT_KINDS: tuple[str, ...] = ComponentKind.__args__  # type: ignore[attr-defined]


class ComponentNode(SpecModel):
    type: Literal["component"] = "component"
    component: ComponentKind
    entity: Name | None = None
    report: Name | None = None
    variant: Literal["simple", "advanced", "inline-edit"] | None = None
    title: str | None = None
    props: dict[str, Any] = Field(default_factory=dict)
    sizing: Sizing | None = None
    position: Position | None = None


class ContainerNode(SpecModel):
    type: Literal["container"] = "container"
    direction: Literal["row", "column", "grid"] = "column"
    children: list[LayoutNode] = Field(default_factory=list)
    sizing: Sizing | None = None
    responsive: Responsive | None = None


LayoutNode = Annotated[ContainerNode | ComponentNode, Discriminator("type")]


def _page_path(value: object) -> object:
    if isinstance(value, str):
        value = "/" + value.strip().strip("/")
    return value


class Page(SpecModel):
    name: Name
    title: str | None = None
    path: Annotated[str | None, BeforeValidator(_page_path)] = None
    layout: LayoutNode
    roles: list[Name] = Field(default_factory=list)
    """Roles that see the page; empty means every signed-in user."""

    @property
    def label(self) -> str:
        return self.title or humanize(self.name)


ContainerNode.model_rebuild()
