"""Pages: the workspace home (build sessions, modules, a composer for a new app) and starting one.

Starting an app runs the same ``start_session`` as ``POST /api/v1/sessions``: a session, the
description as its first message, the first turn answered, then the builder opens.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from appwright.service.api.deps import BUILD_ROLES
from appwright.service.api.routes.sessions import session_reads, start_session
from appwright.service.crud.modules import list_modules
from appwright.service.crud.sessions import list_sessions
from appwright.service.schemas.messages import MAX_MESSAGE_CHARS
from appwright.service.schemas.sessions import SessionCreate
from appwright.web.pages import Page, PageDep

router = APIRouter(tags=["web"], include_in_schema=False)

HOME_SESSIONS = 50
HOME_MODULES = 8

EXAMPLE_DESCRIPTIONS = (
    (
        "Sales CRM",
        "A CRM for a small sales team: companies, contacts and deals. Deals move from lead to"
        " qualified, proposal, won or lost. Sales reps manage their own deals; managers see"
        " everything and a report of deal value by stage.",
    ),
    (
        "Helpdesk",
        "A helpdesk where customers open tickets with a priority; agents are assigned tickets,"
        " reply with comments and move them from open to in progress to resolved or closed.",
    ),
    (
        "Inventory",
        "Inventory for a warehouse: products with SKU and price, suppliers, stock movements in"
        " and out, and a report of stock level per product.",
    ),
)


def render_home(
    page: Page,
    *,
    description: str = "",
    error: str | None = None,
    status_code: int = status.HTTP_200_OK,
) -> HTMLResponse:
    workspace_id = page.principal.workspace_id
    sessions, session_total = list_sessions(
        page.db, workspace_id=workspace_id, status=None, limit=HOME_SESSIONS, offset=0
    )
    modules, module_total = list_modules(
        page.db, workspace_id=workspace_id, limit=HOME_MODULES, offset=0
    )
    return page.render(
        "home.html",
        {
            "sessions": session_reads(page.db, sessions),
            "session_total": session_total,
            "modules": modules,
            "module_total": module_total,
            "description": description,
            "error": error,
            "examples": EXAMPLE_DESCRIPTIONS,
            "max_description": MAX_MESSAGE_CHARS,
        },
        status_code=status_code,
    )


@router.get("/", response_class=HTMLResponse)
def home(page: PageDep) -> HTMLResponse:
    return render_home(page)


@router.post("/sessions")
def new_app(page: PageDep, description: Annotated[str, Form()] = "") -> Response:
    """Start a build session from a description and open it in the builder."""
    page.require(BUILD_ROLES, "start an app")
    text = description.strip()
    if not text:
        return render_home(
            page,
            error="describe the app first: what it keeps track of and who uses it",
            status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        )
    try:
        body = SessionCreate(description=text)
    except ValidationError as error:
        message = error.errors()[0]["msg"].removeprefix("Value error, ")
        return render_home(
            page,
            description=text,
            error=f"the description is not valid: {message}",
            status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        )
    created = start_session(body, page.principal, page.context, page.db)
    return RedirectResponse(f"/sessions/{created.id}", status.HTTP_303_SEE_OTHER)
