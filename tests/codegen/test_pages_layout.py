"""The layout DSL rendered to boxes, CSS classes and inline flex styles, and to a page template."""

from __future__ import annotations

from typing import Any

import pytest

from appwright.codegen.page_catalog import PageEntry
from appwright.codegen.page_layout import (
    ComponentBox,
    ContainerBox,
    components_of,
    container_classes,
    css_length,
    item_style,
    layout_tree,
)
from appwright.codegen.pages import render_page_template
from appwright.spec.models import ContainerNode, Page, Sizing


def _page(layout: dict[str, Any], name: str = "board") -> Page:
    return Page.model_validate({"name": name, "title": "Board", "path": "/board", "layout": layout})


def _component(kind: str = "table", **extra: Any) -> dict[str, Any]:
    return {"type": "component", "component": kind, "entity": "task", **extra}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("40%", "40%"),
        ("18rem", "18rem"),
        (" 12.5EM ", "12.5em"),
        ("300", "300px"),
        (".5", ".5px"),
        ("auto", "auto"),
        ("content", "content"),
        ("40%; color: red", None),
        ("calc(100% - 2rem)", None),
        ("url(x)", None),
        ("-10px", None),
        ("", None),
        (None, None),
    ],
)
def test_css_length_keeps_only_safe_lengths(value: str | None, expected: str | None) -> None:
    assert css_length(value) == expected


@pytest.mark.parametrize(
    ("sizing", "order", "expected"),
    [
        (None, 0, ""),
        (Sizing(basis="40%"), 0, "flex-basis: 40%; flex-grow: 0"),
        (Sizing(basis="30%", shrink=0), 0, "flex-basis: 30%; flex-grow: 0; flex-shrink: 0"),
        (Sizing(grow=1), 0, "flex-grow: 1"),
        (
            Sizing(basis="20rem", grow=2.5, shrink=1),
            0,
            "flex-basis: 20rem; flex-grow: 2.5; flex-shrink: 1",
        ),
        (Sizing(basis="bogus;"), 0, ""),
        (None, 3, "order: 3"),
        (Sizing(grow=1), -1, "flex-grow: 1; order: -1"),
    ],
)
def test_item_style_is_inline_flex(sizing: Sizing | None, order: int, expected: str) -> None:
    assert item_style(sizing, order) == expected


@pytest.mark.parametrize(
    ("container", "expected"),
    [
        ({"direction": "column"}, "layout layout-column"),
        ({"direction": "row"}, "layout layout-row mobile-stack"),
        ({"direction": "grid"}, "layout layout-grid mobile-stack"),
        (
            {
                "direction": "row",
                "responsive": {"mobile": "tabs", "tablet": "stack", "desktop": "side-by-side"},
            },
            "layout layout-row mobile-tabs tablet-stack desktop-side-by-side",
        ),
        (
            {"direction": "grid", "responsive": {"mobile": "scroll", "tablet": "grid"}},
            "layout layout-grid mobile-scroll tablet-grid",
        ),
        (
            {"direction": "column", "responsive": {"desktop": "grid"}},
            "layout layout-column desktop-grid",
        ),
    ],
)
def test_container_classes_follow_direction_and_responsive_rules(
    container: dict[str, Any], expected: str
) -> None:
    assert container_classes(ContainerNode.model_validate(container)) == expected


def test_layout_tree_numbers_components_in_document_order() -> None:
    tree = layout_tree(
        _page(
            {
                "type": "container",
                "direction": "row",
                "children": [
                    _component("form", sizing={"basis": "30%"}, position={"sticky": True}),
                    {
                        "type": "container",
                        "direction": "column",
                        "sizing": {"grow": 1},
                        "children": [_component("filters"), _component("table")],
                    },
                ],
            }
        )
    )
    assert tree.classes == "layout layout-row mobile-stack"
    form, column = tree.children
    assert isinstance(form, ComponentBox)
    assert form.id == "board-1"
    assert form.classes == "layout-item slot-form is-sticky"
    assert form.style == "flex-basis: 30%; flex-grow: 0"
    assert isinstance(column, ContainerBox)
    assert column.classes == "layout-item layout layout-column"
    assert column.style == "flex-grow: 1"
    assert [box.id for box in components_of(tree)] == ["board-1", "board-2", "board-3"]


def test_a_single_component_page_gets_a_column_around_it() -> None:
    tree = layout_tree(_page(_component("kanban")))
    assert tree.classes == "layout layout-column"
    assert [box.id for box in components_of(tree)] == ["board-1"]


def test_page_template_nests_boxes_and_includes_each_component() -> None:
    page = _page(
        {
            "type": "container",
            "direction": "row",
            "responsive": {"mobile": "tabs"},
            "children": [
                _component("calendar", sizing={"basis": "60%"}),
                {"type": "container", "children": [_component("form"), _component("table")]},
            ],
        }
    )
    tree = layout_tree(page)
    entry = PageEntry("board", "Board", "/board", "pages/board.html", (), (), tree)
    text = render_page_template(entry)
    assert text.startswith('{% extends "base.html" %}')
    assert '<div class="layout layout-row mobile-tabs">' in text
    assert '<div class="tabbar" role="tablist"' in text
    # the first tab's panel is shown; its label is the component's title, read at run time
    assert (
        'class="layout-item slot-calendar is-tab-active" style="flex-basis: 60%; flex-grow: 0"'
        in text
    )
    assert 'aria-selected="true">{{ views["board-1"].component.title }}</button>' in text
    assert 'aria-selected="false" tabindex="-1">{{ views["board-2"].component.title }}' in text
    for number, kind in ((1, "calendar"), (2, "form"), (3, "table")):
        include = (
            f'{{% with view = views["board-{number}"] %}}'
            f'{{% include "components/{kind}.html" %}}{{% endwith %}}'
        )
        assert include in text
    assert text.index("board-2") < text.index("board-3")


def test_page_template_never_contains_spec_text() -> None:
    """Titles go through the catalog at run time: a title cannot inject template syntax."""
    page = Page.model_validate(
        {
            "name": "board",
            "title": "{{ config }} {% raw %}",
            "path": "/board",
            "layout": _component("table", title="{{ 7 * 7 }}"),
        }
    )
    entry = PageEntry("board", page.label, "/board", "pages/board.html", (), (), layout_tree(page))
    text = render_page_template(entry)
    assert "7 * 7" not in text
    assert "config" not in text
