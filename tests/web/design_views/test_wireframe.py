from __future__ import annotations

import jinja2
import pytest

from appwright.spec import AppSpec, load_spec
from appwright.web.design_views.wireframe import (
    WireComponent,
    WireContainer,
    css_length,
    page_wireframes,
)
from appwright.web.templating import TEMPLATES_DIR

PIPELINE = {
    "name": "Deals",
    "entities": [{"name": "deal", "fields": [
        {"name": "title", "required": True},
        {"name": "stage", "type": "enum", "options": ["lead", "won", "lost"]},
        {"name": "amount", "type": "decimal"},
        {"name": "close_on", "type": "date"},
    ]}],
    "reports": [{"name": "by_stage", "title": "Amount by stage", "entity": "deal",
                 "measure": {"agg": "sum", "field": "amount"}, "group_by": ["stage"],
                 "chart": "pie"}],
    "pages": [{
        "name": "pipeline", "title": "Pipeline <board>", "path": "/pipeline",
        "layout": {"type": "container", "direction": "row", "children": [
            {"type": "component", "component": "form", "entity": "deal", "title": "New deal",
             "sizing": {"basis": "30%", "shrink": 0}, "position": {"sticky": True, "order": 2}},
            {"type": "container", "direction": "column", "sizing": {"grow": 2},
             "responsive": {"mobile": "stack", "desktop": "side-by-side"}, "children": [
                {"type": "component", "component": "kanban", "entity": "deal",
                 "props": {"group_by": "stage"}},
                {"type": "container", "direction": "grid", "children": [
                    {"type": "component", "component": "chart", "report": "by_stage"},
                    {"type": "component", "component": "stats", "entity": "deal"},
                ]},
            ]},
        ]},
    }],
}  # fmt: skip


@pytest.fixture
def pipeline() -> WireContainer:
    root = page_wireframes(load_spec(PIPELINE))[0].root
    assert isinstance(root, WireContainer)
    return root


def test_direction_and_row_sizing_become_css(pipeline: WireContainer) -> None:
    assert pipeline.layout_style == "display: flex; flex-direction: row"
    assert pipeline.style == ""
    form, column = pipeline.children
    assert isinstance(form, WireComponent)
    assert form.style == "flex: 0 0 30%; min-width: 0; order: 2"
    assert form.sticky
    assert form.sizing_note == "basis 30% · shrink 0"
    assert isinstance(column, WireContainer)
    assert column.layout_style == "display: flex; flex-direction: column"
    assert column.style == "flex: 2 1 0; min-width: 0"
    assert column.responsive_note == "mobile: stack · desktop: side-by-side"
    grid = column.children[1]
    assert isinstance(grid, WireContainer)
    assert grid.layout_style.startswith("display: grid; grid-template-columns: repeat(auto-fit")
    # in a grid (and a column) children take no flex sizing
    assert all(isinstance(c, WireComponent) and c.style == "" for c in grid.children)


def test_components_show_what_they_will_hold(pipeline: WireContainer) -> None:
    form = pipeline.children[0]
    column = pipeline.children[1]
    assert isinstance(form, WireComponent) and isinstance(column, WireContainer)
    assert form.items == ["Title", "Stage", "Amount", "Close on"]
    kanban = column.children[0]
    assert isinstance(kanban, WireComponent)
    assert kanban.items == ["lead", "won", "lost"]
    assert kanban.title == "Kanban: Deals"
    grid = column.children[1]
    assert isinstance(grid, WireContainer)
    chart, stats = grid.children
    assert isinstance(chart, WireComponent) and isinstance(stats, WireComponent)
    assert (chart.chart, chart.subject) == ("pie", "Amount by stage")
    assert stats.items == ["Deals"]


@pytest.mark.parametrize(
    ("basis", "css"),
    [("30%", "30%"), ("240px", "240px"), ("240", "240px"), ("auto", "auto"), ("0", "0"),
     ("20rem", "20rem"), ("calc(1px)", None), ("30%; color: red", None), (None, None)],
)  # fmt: skip
def test_only_plain_lengths_reach_the_style(basis: str | None, css: str | None) -> None:
    assert css_length(basis) == css


def _render(spec: AppSpec) -> str:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    template = environment.get_template("builder/partials/wireframes.html")
    return template.render(wireframes=page_wireframes(spec))


def test_the_partial_draws_nested_boxes_with_their_styles() -> None:
    html = _render(load_spec(PIPELINE))
    assert "Pipeline &lt;board&gt;" in html
    assert 'style="display: flex; flex-direction: row"' in html
    assert 'style="flex: 0 0 30%; min-width: 0; order: 2"' in html
    assert html.count('class="wf-box wf-container') == 3
    assert html.count('class="wf-box wf-component') == 4
    assert 'data-kind="kanban"' in html
    assert "sticky" in html


def test_every_example_page_renders(example: AppSpec) -> None:
    html = _render(example)
    for page in example.pages:
        assert f'id="wireframe-{page.name}"' in html
