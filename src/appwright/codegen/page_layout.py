"""The layout DSL of a spec page turned into boxes with CSS classes and inline flex styles.

A container becomes a flex row, flex column or CSS grid (``layout-row`` ...), its ``responsive``
rules become classes that the generated ``static/app.css`` applies in media queries
(``mobile-stack``, ``tablet-grid``, ``desktop-side-by-side`` ...), and ``sizing``/``position``
become inline ``flex-basis``/``flex-grow``/``flex-shrink``/``order`` declarations. The page
template (``templates/pages/page.html.j2``) renders the tree; the CSS lives with the other
static assets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from appwright.spec.models import ComponentNode, ContainerNode, LayoutNode, Page, Sizing


@dataclass(frozen=True)
class ComponentBox:
    """A component placed in the layout: ``id`` names it in the page catalog and in the DOM."""

    id: str
    node: ComponentNode
    classes: str
    style: str


@dataclass(frozen=True)
class ContainerBox:
    node: ContainerNode
    classes: str
    style: str
    children: tuple[ContainerBox | ComponentBox, ...]

    @property
    def has_tabs(self) -> bool:
        """On phones this container shows one child at a time behind a tab bar."""
        return "mobile-tabs" in self.classes.split()


LayoutBox = ContainerBox | ComponentBox

# CSS lengths the spec may use for a flex basis; anything else is dropped rather than emitted,
# so a spec can never inject CSS through ``sizing.basis``.
_LENGTH = re.compile(r"(?:\d+(?:\.\d+)?|\.\d+)(?:%|px|rem|em|vw|vh|ch)?")
_KEYWORDS = frozenset({"auto", "content", "max-content", "min-content", "fit-content"})


def css_length(value: str | None) -> str | None:
    """A safe CSS length for ``flex-basis``: ``40%``, ``18rem``, ``auto``; a bare number is px."""
    if value is None:
        return None
    text = value.strip().lower()
    if text in _KEYWORDS:
        return text
    if not _LENGTH.fullmatch(text):
        return None
    return text + "px" if text[-1].isdigit() else text


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def item_style(sizing: Sizing | None, order: int = 0) -> str:
    """Inline flex declarations of a layout item (empty when it has no sizing or order)."""
    declarations: list[str] = []
    if sizing is not None:
        basis = css_length(sizing.basis)
        if basis is not None:
            declarations.append(f"flex-basis: {basis}")
        if sizing.grow is not None and sizing.grow >= 0:
            declarations.append(f"flex-grow: {_number(sizing.grow)}")
        elif basis is not None:
            # A basis alone means that size: the item does not also take a share of the rest.
            declarations.append("flex-grow: 0")
        if sizing.shrink is not None and sizing.shrink >= 0:
            declarations.append(f"flex-shrink: {_number(sizing.shrink)}")
    if order:
        declarations.append(f"order: {order}")
    return "; ".join(declarations)


def container_classes(node: ContainerNode) -> str:
    """Classes of a container: its direction and one class per responsive rule.

    Rows and grids stack on phones unless the spec says otherwise: side-by-side panels are
    unreadable at 360px. Tablet and desktop keep the container's direction unless told.
    """
    classes = ["layout", f"layout-{node.direction}"]
    responsive = node.responsive
    mobile = responsive.mobile if responsive and responsive.mobile else None
    if mobile is None and node.direction != "column":
        mobile = "stack"
    if mobile is not None:
        classes.append(f"mobile-{mobile}")
    if responsive is not None and responsive.tablet is not None:
        classes.append(f"tablet-{responsive.tablet}")
    if responsive is not None and responsive.desktop is not None:
        classes.append(f"desktop-{responsive.desktop}")
    return " ".join(classes)


def component_classes(node: ComponentNode) -> str:
    classes = ["layout-item", f"slot-{node.component}"]
    if node.position is not None and node.position.sticky:
        classes.append("is-sticky")
    return " ".join(classes)


def layout_tree(page: Page) -> ContainerBox:
    """The page's layout as boxes; components are numbered in document order (``<page>-1``...).

    A page whose layout is a single component gets a column container around it, so every page
    body is a container.
    """
    counter = iter(range(1, 1_000_000))

    def box(node: LayoutNode, *, nested: bool) -> LayoutBox:
        if isinstance(node, ComponentNode):
            order = node.position.order if node.position is not None else 0
            return ComponentBox(
                id=f"{page.name}-{next(counter)}",
                node=node,
                classes=component_classes(node),
                style=item_style(node.sizing, order),
            )
        children = tuple(box(child, nested=True) for child in node.children)
        classes = container_classes(node)
        if nested:
            classes = f"layout-item {classes}"
        return ContainerBox(
            node=node, classes=classes, style=item_style(node.sizing), children=children
        )

    root = page.layout
    if isinstance(root, ComponentNode):
        root = ContainerNode(direction="column", children=[root])
    tree = box(root, nested=False)
    assert isinstance(tree, ContainerBox)
    return tree


def components_of(tree: ContainerBox) -> list[ComponentBox]:
    """Every component of a layout tree, in document order."""
    found: list[ComponentBox] = []
    for child in tree.children:
        if isinstance(child, ComponentBox):
            found.append(child)
        else:
            found.extend(components_of(child))
    return found
