"""Pages and layouts chosen from the spec."""

from __future__ import annotations

from typing import Any

from appwright.design.offline import design_app
from appwright.spec.models import AppSpec, ComponentNode, ContainerNode, LayoutNode


def components(node: LayoutNode) -> list[ComponentNode]:
    if isinstance(node, ContainerNode):
        return [c for child in node.children for c in components(child)]
    return [node]


def kinds(spec: AppSpec, page: str) -> list[tuple[str, Any]]:
    found = next(p for p in spec.pages if p.name == page)
    return [(c.component, c.entity or c.report) for c in components(found.layout)]


SPEC = design_app(
    "Projects have a name and a deadline. Each project has tasks with a title, a photo url and"
    " a status (backlog, doing, done). Show the number of tasks per status as a chart."
).spec


def test_dashboard_has_stats_and_a_chart_per_report() -> None:
    dashboard = next(p for p in SPEC.pages if p.path == "/")
    shown = kinds(SPEC, dashboard.name)
    assert ("stats", "project") in shown and ("stats", "task") in shown
    assert [("chart", r.name) for r in SPEC.reports] == [k for k in shown if k[0] == "chart"]


def test_list_page_has_a_form_beside_filters_and_a_list() -> None:
    page = next(p for p in SPEC.pages if p.name == "project")
    assert page.path == "/projects"
    assert isinstance(page.layout, ContainerNode) and page.layout.direction == "row"
    assert kinds(SPEC, "project") == [
        ("form", "project"),
        ("filters", "project"),
        ("table", "project"),
    ]


def test_pictures_are_shown_as_cards() -> None:
    assert ("cards", "task") in kinds(SPEC, "task")


def test_state_flow_gets_a_board_and_dates_a_calendar() -> None:
    board = next(p for p in SPEC.pages if p.name == "task_board")
    [kanban] = [c for c in components(board.layout) if c.component == "kanban"]
    assert kanban.props == {"group_by": "status"}
    calendar = next(p for p in SPEC.pages if p.name == "project_calendar")
    [view] = [c for c in components(calendar.layout) if c.component == "calendar"]
    assert view.props == {"date_field": "deadline"}


def test_paths_are_unique() -> None:
    paths = [p.path for p in SPEC.pages]
    assert len(paths) == len(set(paths))
