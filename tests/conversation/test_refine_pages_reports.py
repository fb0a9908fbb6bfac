"""Layout, report, dashboard, automation and settings forms of the refinement language."""

from __future__ import annotations

from appwright.conversation import apply_refinement
from appwright.design.offline import design_app
from appwright.spec import AppSpec
from appwright.spec.models import ComponentNode, ContainerNode, LayoutNode, Page


def page(spec: AppSpec, name: str) -> Page:
    return next(p for p in spec.pages if p.name == name)


def order(node: LayoutNode) -> list[str]:
    """Component kinds in reading order."""
    if isinstance(node, ComponentNode):
        return [node.component]
    return [kind for child in node.children for kind in order(child)]


def test_form_left_table_right_swaps_the_columns(crm: AppSpec) -> None:
    flipped = apply_refinement(crm, "put the form on the right on the companies page")
    assert order(page(flipped.spec, "companies").layout) == ["filters", "table", "form"]

    result = apply_refinement(flipped.spec, "put the form on the left and the table on the right")
    assert order(page(result.spec, "companies").layout) == ["form", "filters", "table"]
    assert result.changes == ["changed page companies (layout)"]


def test_left_and_right_of_a_column_turns_it_into_a_row(crm: AppSpec) -> None:
    result = apply_refinement(
        crm, "put the table on the left and the form on the right on the activities page"
    )
    layout = page(result.spec, "activities").layout
    assert isinstance(layout, ContainerNode)
    column = layout.children[1]
    assert isinstance(column, ContainerNode) and column.direction == "row"
    assert order(column) == ["table", "form"]


def test_already_in_place_is_a_note(crm: AppSpec) -> None:
    result = apply_refinement(crm, "put the form on the left and the table on the right")
    assert result.changes == []
    assert result.notes == ["the form is already left of the table on page companies"]


def test_above_and_below(crm: AppSpec) -> None:
    result = apply_refinement(crm, "put the form above the cards on the contacts page")
    assert order(page(result.spec, "contacts").layout) == ["filters", "form", "cards"]


def test_layout_of_derived_pages_is_explained(library: AppSpec) -> None:
    result = apply_refinement(library, "put the form on the right")
    assert result.spec is library
    assert "default ones" in result.not_understood[0]


def test_revenue_per_month_as_a_chart_on_the_dashboard(crm: AppSpec) -> None:
    result = apply_refinement(
        crm, "remove the forecast by month report. show revenue per month as a chart"
    )

    report = next(r for r in result.spec.reports if r.name == "total_amount_per_month")
    assert report.entity == "deal"
    assert report.measure.model_dump() == {"agg": "sum", "field": "amount"}
    assert report.time_bucket is not None
    assert (report.time_bucket.field, report.time_bucket.unit) == ("expected_close_date", "month")
    charts = [
        node.report
        for node in _walk(page(result.spec, "dashboard").layout)
        if isinstance(node, ComponentNode) and node.component == "chart"
    ]
    assert "total_amount_per_month" in charts
    assert all(r.name != "forecast_by_month" for r in result.spec.reports)


def test_the_same_report_twice_is_a_note(crm: AppSpec) -> None:
    result = apply_refinement(crm, "show revenue per month as a chart")
    assert result.notes == ["report forecast_by_month already shows that"]


def test_a_report_nothing_can_count(library: AppSpec) -> None:
    result = apply_refinement(library, "show revenue per month as a chart")
    assert result.spec is library
    assert "could not tell what to count" in result.not_understood[0]


def test_add_a_dashboard_when_there_is_none(crm: AppSpec) -> None:
    without = crm.model_copy(update={"pages": [p for p in crm.pages if p.name != "dashboard"]})
    result = apply_refinement(without, "add a dashboard")
    assert result.spec.pages[0].name == "dashboard"
    assert result.spec.pages[0].path == "/"
    assert apply_refinement(crm, "add a dashboard").notes == ["there already is a dashboard page"]


def test_send_an_email_when_a_deal_is_won(crm: AppSpec) -> None:
    result = apply_refinement(crm, "send an email when a deal is won")

    added = result.spec.automations[-1]
    assert added.model_dump() == {
        "name": "email_when_deal_won",
        "trigger": {"on": "transition", "entity": "deal", "schedule": None},
        "description": "send an email when a deal is won",
    }


def test_other_automations(library: AppSpec) -> None:
    created = apply_refinement(library, "notify the librarian when a new loan is created")
    assert created.spec.automations[-1].trigger.model_dump() == {
        "on": "create",
        "entity": "loan",
        "schedule": None,
    }
    weekly = apply_refinement(library, "remind members every monday about their loans")
    assert weekly.spec.automations[-1].trigger.model_dump() == {
        "on": "schedule",
        "entity": "member",
        "schedule": "0 8 * * 1",
    }


def test_call_the_app(crm: AppSpec) -> None:
    result = apply_refinement(crm, 'call the app "Deal Tracker"')
    assert (result.spec.name, result.spec.slug) == ("Deal Tracker", "deal-tracker")
    assert result.changes == ["changed app name from 'Sales CRM' to 'Deal Tracker'"]


def test_add_a_setting(library: AppSpec) -> None:
    result = apply_refinement(library, "add a setting loan days (default 14)")
    assert result.spec.settings[0].model_dump() == {
        "key": "loan_days",
        "type": "integer",
        "label": "Loan days",
        "default": 14,
    }


def _walk(node: LayoutNode) -> list[LayoutNode]:
    found: list[LayoutNode] = [node]
    if isinstance(node, ContainerNode):
        for child in node.children:
            found += _walk(child)
    return found


def test_a_report_grouped_by_an_entity_nothing_links_yet_links_it() -> None:
    spec = design_app("Riders have a name and a level. Rides have a date and a distance.").spec
    result = apply_refinement(spec, "show the number of rides per rider")

    assert result.not_understood == []
    assert "linked ride to rider (many-to-one)" in result.changes
    assert [(r.entity, r.group_by) for r in result.spec.reports] == [("ride", ["rider"])]
