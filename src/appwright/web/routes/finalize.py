"""Pages: finalize a session's version into a module (``/sessions/{id}/finalize``).

A confirmation page lists what finalizing needs (generated, approved), approves when that is
missing and the person may, then finalizes and shows the module with its download link. The
buttons call the functions behind ``POST /api/v1/sessions/{id}/versions/{n}/approve`` and
``POST /api/v1/sessions/{id}/finalize``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Query, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from appwright.service.api.deps import APPROVE_ROLES, not_found
from appwright.service.api.routes.modules import finalize
from appwright.service.api.routes.versions import approve_version
from appwright.service.crud.files import version_is_generated
from appwright.service.crud.jobs import last_job_for_version
from appwright.service.crud.modules import get_module, list_modules
from appwright.service.crud.sessions import get_session
from appwright.service.crud.versions import get_version
from appwright.service.generation import GENERATE_KIND
from appwright.service.models import BuildSession, SpecVersion
from appwright.service.schemas.modules import FinalizeRequest
from appwright.web.pages import Page, PageDep

router = APIRouter()


@router.get("/sessions/{session_id}/finalize", response_class=HTMLResponse)
def finalize_page(
    session_id: str,
    page: PageDep,
    version: Annotated[int | None, Query(ge=1)] = None,
    module: str | None = None,
) -> Response:
    """What finalizing the version (default: current) needs, or the module it made."""
    session = _session(page, session_id)
    return _render(page, session, version, module_id=module)


@router.post("/sessions/{session_id}/finalize/approve", response_class=HTMLResponse)
def approve_for_finalizing(
    session_id: str, page: PageDep, version: Annotated[int, Form(ge=1)]
) -> Response:
    page.require(APPROVE_ROLES, "approve versions")
    session = _session(page, session_id)
    try:
        approve_version(session.id, version, page.principal, page.db)
    except HTTPException as error:
        if error.status_code == status.HTTP_404_NOT_FOUND:
            raise
        return _render(page, session, version, error=str(error.detail))
    return RedirectResponse(
        f"/sessions/{session.id}/finalize?version={version}", status.HTTP_303_SEE_OTHER
    )


@router.post("/sessions/{session_id}/finalize", response_class=HTMLResponse)
def finalize_session(
    session_id: str, page: PageDep, version: Annotated[int, Form(ge=1)]
) -> Response:
    page.require(APPROVE_ROLES, "finalize modules")
    session = _session(page, session_id)
    try:
        made = finalize(session.id, page.db, page.principal, FinalizeRequest(version=version))
    except HTTPException as error:
        if error.status_code == status.HTTP_404_NOT_FOUND:
            raise
        return _render(page, session, version, error=str(error.detail))
    page.db.commit()
    return RedirectResponse(
        f"/sessions/{session.id}/finalize?version={version}&module={made.id}",
        status.HTTP_303_SEE_OTHER,
    )


def _render(
    page: Page,
    session: BuildSession,
    number: int | None,
    *,
    module_id: str | None = None,
    error: str | None = None,
) -> HTMLResponse:
    number = number or session.current_version_number
    version: SpecVersion | None = None
    if number is not None:
        version = get_version(
            page.db, workspace_id=page.principal.workspace_id, session_id=session.id, number=number
        )
        if version is None:
            raise not_found("version", f"{number} of session {session.id}")
    job = (
        last_job_for_version(
            page.db, session_id=session.id, version_number=version.number, kind=GENERATE_KIND
        )
        if version is not None
        else None
    )
    generated = version is not None and version_is_generated(page.db, version_id=version.id)
    slug = str(version.spec.get("slug") or "") if version is not None else ""
    earlier, _ = (
        list_modules(
            page.db, workspace_id=page.principal.workspace_id, slug=slug, limit=10, offset=0
        )
        if slug
        else ([], 0)
    )
    made = (
        get_module(page.db, workspace_id=page.principal.workspace_id, module_id=module_id)
        if module_id
        else None
    )
    return page.render(
        "finalize/page.html",
        {
            "session": session,
            "version": version,
            "job": job,
            "generated": generated,
            "approved": version is not None and version.approved_at is not None,
            "can_approve": page.principal.role in APPROVE_ROLES,
            "modules": [module for module in earlier if made is None or module.id != made.id],
            "module": made,
            "error": error,
        },
        status_code=status.HTTP_409_CONFLICT if error else status.HTTP_200_OK,
    )


def _session(page: Page, session_id: str) -> BuildSession:
    session = get_session(page.db, workspace_id=page.principal.workspace_id, session_id=session_id)
    if session is None:
        raise not_found("session", session_id)
    return session
