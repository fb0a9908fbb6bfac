"""The builder screen ``/sessions/{id}``: conversation, design tabs, preview and code.

The page and its partials are read here; changes go through the same functions the API's
routes are (``edit_spec``, ``revert_to_version``), or the browser calls ``/api/v1`` itself
(messages, generation, preview, overrides, finalize: see static/builder.js). What the
page and its partials show is read by ``appwright.web.builder`` (``reads``: versions,
progress, conversation, code; ``tabs``: the design tabs).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Query, status
from fastapi.responses import HTMLResponse

from appwright.service.api.deps import BUILD_ROLES, not_found
from appwright.service.api.routes.versions import edit_spec, revert_to_version
from appwright.service.crud.files import get_version_file
from appwright.service.crud.jobs import last_job_for_version
from appwright.service.generation import GENERATE_KIND
from appwright.service.schemas.versions import SpecEdit
from appwright.web.builder.reads import (
    code_values,
    conversation_values,
    find_session,
    find_version,
    generated_number,
    last_progress,
)
from appwright.web.builder.tabs import (
    DESIGN_TABS,
    TAB_NAMES,
    diff_view,
    render_tab,
    spec_edited,
    tab_values,
)
from appwright.web.design_views.files import (
    highlight_css,
    highlighted,
    is_test_file,
    results_by_test_file,
)
from appwright.web.design_views.spec_edits import FieldEditError, edit_field
from appwright.web.pages import PageDep

router = APIRouter(prefix="/sessions", tags=["web"], include_in_schema=False)


@router.get("/{session_id}", response_class=HTMLResponse)
def builder_page(session_id: str, page: PageDep) -> HTMLResponse:
    session = find_session(page, session_id)
    first_tab = DESIGN_TABS[0][0]
    preview = page.context.preview.status(session.id)
    return page.render(
        "builder/index.html",
        {
            "session": session,
            "tabs": DESIGN_TABS,
            "progress": last_progress(page, session),
            "conversation": conversation_values(page, session),
            "first_tab": tab_values(page, session, first_tab, None),
            "code": code_values(page, session, None),
            "preview_state": preview.state if preview is not None else "stopped",
            "highlight_css": highlight_css(),
            "can_build": page.can_build,
        },
    )


@router.get("/{session_id}/conversation", response_class=HTMLResponse)
def conversation_partial(session_id: str, page: PageDep) -> HTMLResponse:
    session = find_session(page, session_id)
    return page.render(
        "builder/partials/conversation.html", {"conversation": conversation_values(page, session)}
    )


@router.get("/{session_id}/bar", response_class=HTMLResponse)
def bar_partial(session_id: str, page: PageDep) -> HTMLResponse:
    session = find_session(page, session_id)
    return page.render(
        "builder/partials/bar.html",
        {
            "session": session,
            "code": {"code_version": generated_number(page, session)},
            "can_build": page.can_build,
        },
    )


@router.get("/{session_id}/design/{tab}", response_class=HTMLResponse)
def design_tab(
    session_id: str, tab: str, page: PageDep, version: Annotated[int | None, Query()] = None
) -> HTMLResponse:
    if tab not in TAB_NAMES:
        raise not_found("design tab", tab)
    return render_tab(page, find_session(page, session_id), tab, version)


@router.get("/{session_id}/diff", response_class=HTMLResponse)
def diff_partial(
    session_id: str,
    page: PageDep,
    from_number: Annotated[int, Query(alias="from", ge=1)],
    to_number: Annotated[int, Query(alias="to", ge=1)],
) -> HTMLResponse:
    session = find_session(page, session_id)
    return page.render(
        "builder/partials/diff.html",
        {"session": session, "diff": diff_view(page, session, from_number, to_number)},
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
    session = find_session(page, session_id)
    current = find_version(page, session, None)
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
        return render_tab(page, session, "data-model", extra={"edit_error": str(error)})
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
        return render_tab(
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
    return render_tab(
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
    session = find_session(page, session_id)
    try:
        restored = revert_to_version(session.id, number, page.principal, page.db)
    except HTTPException as error:
        if error.status_code != status.HTTP_409_CONFLICT:
            raise
        page.db.rollback()
        return render_tab(page, session, "versions", extra={"revert_error": str(error.detail)})
    page.db.refresh(session)
    return render_tab(
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
    session = find_session(page, session_id)
    return page.render("builder/partials/code.html", {"code": code_values(page, session, version)})


@router.get("/{session_id}/code/file", response_class=HTMLResponse)
def file_partial(
    session_id: str,
    page: PageDep,
    path: Annotated[str, Query(min_length=1)],
    version: Annotated[int, Query(ge=1)],
) -> HTMLResponse:
    session = find_session(page, session_id)
    spec_version = find_version(page, session, version)
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
