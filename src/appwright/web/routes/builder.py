"""The builder screen ``/sessions/{id}``: conversation, design tabs, preview and code.

The page and its partials are read here; changes go through the same functions the API's
routes are (``edit_spec``, ``revert_to_version``), or the browser calls ``/api/v1`` itself
(messages, generation, preview, overrides, finalize: see static/builder.js).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Query, status
from fastapi.responses import HTMLResponse
from sqlalchemy import func, select

from appwright.service.api.deps import BUILD_ROLES, not_found
from appwright.service.api.routes.versions import edit_spec, revert_to_version
from appwright.service.automations import unit_read
from appwright.service.crud.code_units import list_units
from appwright.service.crud.files import get_version_file, list_version_files
from appwright.service.crud.jobs import last_job_for_version, list_jobs
from appwright.service.crud.messages import list_messages
from appwright.service.crud.ratings import get_rating
from appwright.service.crud.sessions import get_session
from appwright.service.crud.versions import get_version, list_versions
from appwright.service.generation import GENERATE_KIND
from appwright.service.models import BuildSession, Job, JobEvent, JobStatus, SpecVersion
from appwright.service.schemas.versions import SpecEdit
from appwright.spec import AppSpec, SpecValidationError, load_spec
from appwright.spec.diff import diff_specs
from appwright.spec.models import FIELD_TYPES
from appwright.web.design_views.conversation import reply_view
from appwright.web.design_views.er_diagram import er_diagram
from appwright.web.design_views.files import (
    file_tree,
    highlight_css,
    highlighted,
    is_test_file,
    results_by_test_file,
)
from appwright.web.design_views.permissions import permission_matrix
from appwright.web.design_views.spec_edits import FieldEditError, edit_field
from appwright.web.design_views.state_diagram import state_flow_diagrams
from appwright.web.design_views.version_diff import version_diff_view
from appwright.web.design_views.wireframe import page_wireframes
from appwright.web.pages import Page, PageDep

router = APIRouter(prefix="/sessions", tags=["web"], include_in_schema=False)

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
MAX_LISTED = 200


def spec_edited(tab: str) -> str:
    """The HX-Trigger of an edit made in ``tab``: every other pane refreshes (that tab was
    just answered with its new content)."""
    return json.dumps({"appwright:spec-edited": {"tab": tab}})


ACTIVE_JOB_STATES = (JobStatus.queued, JobStatus.running)


def _session(page: Page, session_id: str) -> BuildSession:
    session = get_session(page.db, workspace_id=page.principal.workspace_id, session_id=session_id)
    if session is None:
        raise not_found("session", session_id)
    return session


def _versions(page: Page, session: BuildSession) -> list[SpecVersion]:
    versions, _ = list_versions(
        page.db,
        workspace_id=page.principal.workspace_id,
        session_id=session.id,
        limit=MAX_LISTED,
        offset=0,
    )
    return versions


def _version(page: Page, session: BuildSession, number: int | None) -> SpecVersion | None:
    number = number or session.current_version_number
    if number is None:
        return None
    version = get_version(
        page.db, workspace_id=page.principal.workspace_id, session_id=session.id, number=number
    )
    if version is None:
        raise not_found("version", f"{number} of session {session.id}")
    return version


def _spec(version: SpecVersion | None) -> tuple[AppSpec | None, list[str]]:
    """The version's spec, or the problems that keep it from loading (an old version stored
    under rules that have changed since)."""
    if version is None:
        return None, []
    try:
        return load_spec(version.spec), []
    except SpecValidationError as error:
        return None, [f"{issue.path}: {issue.message}" for issue in error.issues]


def _last_generation(page: Page, session: BuildSession) -> Job | None:
    jobs, _ = list_jobs(
        page.db,
        workspace_id=page.principal.workspace_id,
        kind=GENERATE_KIND,
        session_id=session.id,
        limit=1,
        offset=0,
    )
    return jobs[0] if jobs else None


def _generated_number(page: Page, session: BuildSession) -> int | None:
    """The newest version a generation finished for: its files are the code pane's."""
    jobs, _ = list_jobs(
        page.db,
        workspace_id=page.principal.workspace_id,
        kind=GENERATE_KIND,
        session_id=session.id,
        status=JobStatus.succeeded,
        limit=1,
        offset=0,
    )
    return jobs[0].spec_version_number if jobs else None


@dataclass
class Progress:
    """The session's last progress event, drawn before the event stream takes over."""

    last_event_id: int
    stage: str | None
    message: str
    percentage: int
    active: bool


def _progress(page: Page, session: BuildSession) -> Progress:
    last = page.db.scalar(
        select(JobEvent)
        .where(JobEvent.session_id == session.id)
        .order_by(JobEvent.id.desc())
        .limit(1)
    )
    active = page.db.scalar(
        select(func.count())
        .select_from(Job)
        .where(Job.session_id == session.id, Job.status.in_(ACTIVE_JOB_STATES))
    )
    if last is None:
        return Progress(0, None, "", 0, bool(active))
    return Progress(last.id, last.stage, last.message, last.percentage, bool(active))


# ---------- the conversation ----------


def _conversation_values(page: Page, session: BuildSession) -> dict[str, Any]:
    messages, total = list_messages(
        page.db,
        workspace_id=page.principal.workspace_id,
        session_id=session.id,
        limit=MAX_LISTED,
        offset=0,
    )
    by_number = {version.number: version for version in _versions(page, session)}
    items = []
    for message in messages:
        version = by_number.get(message.spec_version_number or 0)
        changelog = list(version.changelog) if version is not None else []
        items.append(
            {
                "message": message,
                "version": version,
                "view": reply_view(message.content, changelog) if message.role != "user" else None,
            }
        )
    generation = _last_generation(page, session)
    # the caller's own rating, so a conversation re-rendered after they rated still shows it
    rating = get_rating(
        page.db,
        workspace_id=page.principal.workspace_id,
        session_id=session.id,
        user_id=page.principal.user_id,
    )
    return {
        "session": session,
        "items": items,
        "hidden_messages": max(0, total - len(messages)),
        "generated": generation is not None and generation.status == JobStatus.succeeded,
        "my_stars": rating.stars if rating is not None else None,
    }


# ---------- the design tabs ----------


def _tab_values(
    page: Page, session: BuildSession, tab: str, version_number: int | None
) -> dict[str, Any]:
    version = _version(page, session, version_number)
    spec, problems = _spec(version)
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
    versions = _versions(page, session)
    current = next((v for v in versions if v.number == session.current_version_number), None)
    values: dict[str, Any] = {"versions": list(reversed(versions)), "current": current}
    if current is not None and current.parent_number is not None:
        values["diff"] = _diff(page, session, current.parent_number, current.number)
    return values


def _render_tab(
    page: Page,
    session: BuildSession,
    tab: str,
    version_number: int | None = None,
    *,
    extra: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
    status_code: int = status.HTTP_200_OK,
) -> HTMLResponse:
    values = _tab_values(page, session, tab, version_number)
    values.update(extra or {})
    return page.render(
        f"builder/tabs/{tab}.html", {"view": values}, headers=headers, status_code=status_code
    )


def _diff(page: Page, session: BuildSession, from_number: int, to_number: int) -> Any:
    before = _version(page, session, from_number)
    after = _version(page, session, to_number)
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


# ---------- preview and code ----------


def _code_values(page: Page, session: BuildSession, number: int | None) -> dict[str, Any]:
    number = number or _generated_number(page, session)
    if number is None:
        return {"session": session, "code_version": None, "tree": [], "file_count": 0}
    version = _version(page, session, number)
    assert version is not None
    files = list_version_files(page.db, session_id=session.id, version_id=version.id)
    paths = [file.path for file in files]
    job = last_job_for_version(
        page.db, session_id=session.id, version_number=number, kind=GENERATE_KIND
    )
    return {
        "session": session,
        "code_version": number,
        "tree": file_tree(paths, {file.path for file in files if file.override is not None}),
        "file_count": len(paths),
        "test_results": results_by_test_file(paths, job.result if job is not None else None),
        "tests": ((job.result or {}).get("tests") if job is not None else None) or {},
    }


# ---------- handlers ----------


@router.get("/{session_id}", response_class=HTMLResponse)
def builder_page(session_id: str, page: PageDep) -> HTMLResponse:
    session = _session(page, session_id)
    first_tab = DESIGN_TABS[0][0]
    preview = page.context.preview.status(session.id)
    return page.render(
        "builder/index.html",
        {
            "session": session,
            "tabs": DESIGN_TABS,
            "progress": _progress(page, session),
            "conversation": _conversation_values(page, session),
            "first_tab": _tab_values(page, session, first_tab, None),
            "code": _code_values(page, session, None),
            "preview_state": preview.state if preview is not None else "stopped",
            "highlight_css": highlight_css(),
            "can_build": page.can_build,
        },
    )


@router.get("/{session_id}/conversation", response_class=HTMLResponse)
def conversation_partial(session_id: str, page: PageDep) -> HTMLResponse:
    session = _session(page, session_id)
    return page.render(
        "builder/partials/conversation.html", {"conversation": _conversation_values(page, session)}
    )


@router.get("/{session_id}/bar", response_class=HTMLResponse)
def bar_partial(session_id: str, page: PageDep) -> HTMLResponse:
    session = _session(page, session_id)
    return page.render(
        "builder/partials/bar.html",
        {
            "session": session,
            "code": {"code_version": _generated_number(page, session)},
            "can_build": page.can_build,
        },
    )


@router.get("/{session_id}/design/{tab}", response_class=HTMLResponse)
def design_tab(
    session_id: str, tab: str, page: PageDep, version: Annotated[int | None, Query()] = None
) -> HTMLResponse:
    if tab not in TAB_NAMES:
        raise not_found("design tab", tab)
    return _render_tab(page, _session(page, session_id), tab, version)


@router.get("/{session_id}/diff", response_class=HTMLResponse)
def diff_partial(
    session_id: str,
    page: PageDep,
    from_number: Annotated[int, Query(alias="from", ge=1)],
    to_number: Annotated[int, Query(alias="to", ge=1)],
) -> HTMLResponse:
    session = _session(page, session_id)
    return page.render(
        "builder/partials/diff.html",
        {"session": session, "diff": _diff(page, session, from_number, to_number)},
    )


@router.post("/{session_id}/design/field", response_class=HTMLResponse)
def edit_field_inline(
    session_id: str,
    page: PageDep,
    entity: Annotated[str, Form()],
    field: Annotated[str, Form()],
    name: Annotated[str, Form()],
    type: Annotated[str, Form()],
    required: Annotated[str | None, Form()] = None,
) -> HTMLResponse:
    """One field of the current version edited in the data model's table: a new version made
    like ``PUT /api/v1/sessions/{id}/spec``, or the table again with the problems."""
    page.require(BUILD_ROLES, "edit the design")
    session = _session(page, session_id)
    current = _version(page, session, None)
    if current is None:
        raise HTTPException(status.HTTP_409_CONFLICT, "the session has no design yet")
    attempt = {"entity": entity, "field": field, "name": name.strip(), "type": type}
    try:
        edited = edit_field(
            current.spec,
            entity=entity,
            field=field,
            name=name.strip() or field,
            type=type,
            required=required is not None,
        )
        edit_spec(session.id, SpecEdit(spec=edited), page.principal, page.db)
    except FieldEditError as error:
        return _render_tab(page, session, "data-model", extra={"edit_error": str(error)})
    except HTTPException as error:
        if error.status_code not in (
            status.HTTP_409_CONFLICT,
            status.HTTP_422_UNPROCESSABLE_CONTENT,
        ):
            raise
        page.db.rollback()
        detail = error.detail
        problems: list[str] = []
        if isinstance(detail, list):  # an invalid spec: every problem with its path
            problems = [f"{p['path']}: {p['message']}" for p in detail]
        return _render_tab(
            page,
            session,
            "data-model",
            extra={
                "edit_error": "" if problems else str(detail),
                "edit_problems": problems,
                "attempt": attempt,
            },
        )
    page.db.refresh(session)
    return _render_tab(
        page,
        session,
        "data-model",
        extra={"edit_saved": f"Saved as version {session.current_version_number}."},
        headers={"HX-Trigger": spec_edited("data-model")},
    )


@router.post("/{session_id}/versions/{number}/revert", response_class=HTMLResponse)
def revert_version(session_id: str, number: int, page: PageDep) -> HTMLResponse:
    """Undo / Restore: a new version with version ``number``'s design (as the API's revert)."""
    page.require(BUILD_ROLES, "restore a version")
    session = _session(page, session_id)
    try:
        restored = revert_to_version(session.id, number, page.principal, page.db)
    except HTTPException as error:
        if error.status_code != status.HTTP_409_CONFLICT:
            raise
        page.db.rollback()
        return _render_tab(page, session, "versions", extra={"revert_error": str(error.detail)})
    page.db.refresh(session)
    return _render_tab(
        page,
        session,
        "versions",
        extra={"revert_saved": f"Version {number} restored as version {restored.number}."},
        headers={"HX-Trigger": spec_edited("versions")},
    )


@router.get("/{session_id}/code", response_class=HTMLResponse)
def code_partial(
    session_id: str, page: PageDep, version: Annotated[int | None, Query()] = None
) -> HTMLResponse:
    session = _session(page, session_id)
    return page.render("builder/partials/code.html", {"code": _code_values(page, session, version)})


@router.get("/{session_id}/code/file", response_class=HTMLResponse)
def file_partial(
    session_id: str,
    page: PageDep,
    path: Annotated[str, Query(min_length=1)],
    version: Annotated[int, Query(ge=1)],
) -> HTMLResponse:
    session = _session(page, session_id)
    spec_version = _version(page, session, version)
    assert spec_version is not None
    file = get_version_file(page.db, session_id=session.id, version_id=spec_version.id, path=path)
    if file is None:
        raise not_found("file", f"{path} of version {version}")
    job = last_job_for_version(
        page.db, session_id=session.id, version_number=version, kind=GENERATE_KIND
    )
    result = None
    if is_test_file(path):
        result = results_by_test_file([path], job.result if job is not None else None)[path]
    return page.render(
        "builder/partials/file.html",
        {
            "session": session,
            "version": version,
            "file": file,
            "code_html": highlighted(path, file.content),
            "test_result": result,
            "can_build": page.can_build,
        },
    )
