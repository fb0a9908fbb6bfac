"""Keeping laid-out pages in step with the data: pages for new entities, charts for new reports,
and no component left pointing at something removed.

Derived pages (``SpecDraft.pages_derived``) are not touched: they are derived again for the
edited spec.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from appwright.conversation.refine.draft import JsonDict, SpecDraft, walk
from appwright.spec import AppSpec
from appwright.spec.layouts import default_pages
from appwright.spec.models import Entity, Report

DASHBOARD = "dashboard"


def remove_components(draft: SpecDraft, doomed: Callable[[JsonDict], bool]) -> None:
    """Take out every component ``doomed`` says must go; containers and pages left empty go too."""
    kept = []
    for page in draft.pages:
        layout = page.get("layout") or {}
        if layout.get("type") == "component":
            if not doomed(layout):
                kept.append(page)
            continue
        _prune(layout, doomed)
        if any(node.get("type") == "component" for node in walk(layout)):
            kept.append(page)
    draft.pages[:] = kept


def _prune(container: JsonDict, doomed: Callable[[JsonDict], bool]) -> None:
    children = []
    for child in container.get("children") or []:
        if child.get("type") == "component":
            if not doomed(child):
                children.append(child)
            continue
        _prune(child, doomed)
        if child.get("children"):
            children.append(child)
    container["children"] = children


def unique_page(draft: SpecDraft, name: str, path: str) -> tuple[str, str]:
    """A page name and path no other page has, close to the ones asked for."""
    names = {str(p.get("name")) for p in draft.pages}
    paths = {str(p.get("path")) for p in draft.pages}
    found_name, found_path, counter = name, path, 2
    while found_name in names or found_path in paths:
        found_name, found_path = f"{name}_{counter}", f"{path.rstrip('/')}-{counter}"
        counter += 1
    return found_name, found_path


def add_entity_page(draft: SpecDraft, entity: JsonDict) -> None:
    """The working page normalization would give the entity: a form beside its table."""
    if draft.pages_derived:
        return
    alone = AppSpec(name="page", entities=[Entity.model_validate(entity)])
    page = next(p for p in default_pages(alone) if p.name == entity["name"])
    data = page.model_dump(mode="json", by_alias=True, exclude_none=True)
    data["name"], data["path"] = unique_page(draft, str(data["name"]), str(data["path"]))
    draft.pages.append(data)


def dashboard(draft: SpecDraft, *, named: bool = False) -> JsonDict | None:
    """The dashboard page: the one named so, else (unless ``named``) a page of charts."""
    for page in draft.pages:
        if DASHBOARD in (page.get("name"), str(page.get("title") or "").lower()):
            return page
    if named:
        return None
    for page in draft.pages:
        kinds = {n.get("component") for n in walk(page.get("layout") or {})}
        if "chart" in kinds or (page.get("path") == "/" and "stats" in kinds):
            return page
    return None


def add_dashboard(draft: SpecDraft) -> JsonDict:
    """A dashboard page (stats of the first entities, a chart per report), added first."""
    spec = AppSpec.model_validate({**draft.data, "pages": []})
    made = default_pages(spec)[0] if (spec.entities or spec.reports) else None
    if made is None or made.name != DASHBOARD:
        from appwright.conversation.refine.draft import NotUnderstoodError

        raise NotUnderstoodError("a dashboard shows entities and reports; there are none yet")
    data = made.model_dump(mode="json", by_alias=True, exclude_none=True)
    path = "/" if "/" not in {p.get("path") for p in draft.pages} else "/dashboard"
    data["name"], data["path"] = unique_page(draft, DASHBOARD, path)
    draft.pages.insert(0, data)
    return data


def add_chart(draft: SpecDraft, report: JsonDict) -> None:
    """Show a new report as a chart on the dashboard (made when there is none)."""
    if draft.pages_derived:
        return
    board = dashboard(draft)
    if board is None:
        add_dashboard(draft)  # its charts already include the new report
        return
    title = Report.model_validate(report).label
    chart: dict[str, Any] = {
        "type": "component",
        "component": "chart",
        "report": report["name"],
        "title": title,
    }
    layout = board.setdefault("layout", {"type": "container", "children": []})
    if layout.get("type") == "component":
        board["layout"] = {"type": "container", "direction": "column", "children": [layout]}
        layout = board["layout"]
    for node in walk(layout):
        children = node.get("children") or []
        if node.get("type") == "container" and any(c.get("component") == "chart" for c in children):
            children.append(chart)
            return
    layout.setdefault("children", []).append(
        {"type": "container", "direction": "grid", "children": [chart]}
    )
