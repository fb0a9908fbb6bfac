"""The builder's design tabs: what each tab shows of a version (data model, state flows,
pages, permissions, reports, automations, versions), and rendering one.

Example: the "versions" tab of a session at version 4 lists every version, newest first, with
what changed from version 3.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import status
from fastapi.responses import HTMLResponse

from appwright.service.automation_units import unit_read
from appwright.service.crud.code_units import list_units
from appwright.service.models import BuildSession
from appwright.spec.diff import diff_specs
from appwright.spec.models import FIELD_TYPES
from appwright.web.builder.reads import MAX_LISTED, find_version, session_versions, version_spec
from appwright.web.design_views.er_diagram import er_diagram
from appwright.web.design_views.permissions import permission_matrix
from appwright.web.design_views.state_diagram import state_flow_diagrams
from appwright.web.design_views.version_diff import version_diff_view
from appwright.web.design_views.wireframe import page_wireframes
from appwright.web.pages import Page

DESIGN_TABS: tuple[tuple[str, str], ...] = (
    ("data-model", "Data model"),
    ("state-flows", "State flows"),
    ("pages", "Pages"),
    ("permissions", "Permissions"),
    ("reports", "Reports"),
    ("automations", "Automations"),
    ("versions", "Versions"),
)


TAB_NAMES = frozenset(name for name, _ in DESIGN_TABS)


def spec_edited(tab: str) -> str:
    """The HX-Trigger of an edit made in ``tab``: every other pane refreshes (that tab was
    just answered with its new content)."""
    return json.dumps({"appwright:spec-edited": {"tab": tab}})


def tab_values(
    page: Page, session: BuildSession, tab: str, version_number: int | None
) -> dict[str, Any]:
    """What design tab ``tab`` shows of a version (the current one when None)."""
    version = find_version(page, session, version_number)
    spec, problems = version_spec(version)
    values: dict[str, Any] = {
        "session": session,
        "tab": tab,
        "version": version,
        "spec": spec,
        "spec_problems": problems,
        "is_current": version is not None and version.number == session.current_version_number,
        "can_edit": page.can_build and session.status not in ("complete", "cancelled"),
    }
    if spec is None:
        if tab == "versions":
            values.update(_versions_values(page, session))
        return values
    if tab == "data-model":
        values.update(field_types=FIELD_TYPES, er_source=er_diagram(spec))
    elif tab == "state-flows":
        values.update(diagrams=state_flow_diagrams(spec))
    elif tab == "pages":
        values.update(wireframes=page_wireframes(spec))
    elif tab == "permissions":
        values.update(matrix=permission_matrix(spec))
    elif tab == "automations":
        units, _ = list_units(
            page.db,
            workspace_id=page.principal.workspace_id,
            session_id=session.id,
            limit=MAX_LISTED,
            offset=0,
        )
        values.update(units=[unit_read(page.db, unit) for unit in units])
    elif tab == "versions":
        values.update(_versions_values(page, session))
    return values


def _versions_values(page: Page, session: BuildSession) -> dict[str, Any]:
    versions = session_versions(page, session)
    current = next((v for v in versions if v.number == session.current_version_number), None)
    values: dict[str, Any] = {"versions": list(reversed(versions)), "current": current}
    if current is not None and current.parent_number is not None:
        values["diff"] = diff_view(page, session, current.parent_number, current.number)
    return values


def render_tab(
    page: Page,
    session: BuildSession,
    tab: str,
    version_number: int | None = None,
    *,
    extra: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
    status_code: int = status.HTTP_200_OK,
) -> HTMLResponse:
    """Design tab ``tab`` rendered, with ``extra`` values (an edit's result)."""
    values = tab_values(page, session, tab, version_number)
    values.update(extra or {})
    return page.render(
        f"builder/tabs/{tab}.html", {"view": values}, headers=headers, status_code=status_code
    )


def diff_view(page: Page, session: BuildSession, from_number: int, to_number: int) -> Any:
    """What changed between two versions of the session, as sentences and a patch."""
    before = find_version(page, session, from_number)
    after = find_version(page, session, to_number)
    assert before is not None
    assert after is not None
    diff = diff_specs(before.spec, after.spec)
    return version_diff_view(
        from_number,
        to_number,
        sentences=diff.sentences,
        patch=diff.patch,
        before=before.spec,
        after=after.spec,
    )
