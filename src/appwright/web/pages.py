"""What a page handler gets: the signed-in person, the database, and a way to render templates.

``PageDep`` (a ``Page``) or just ``PagePrincipalDep`` (the ``Principal``) in a handler's
signature; without a valid session cookie the browser is sent to ``/login`` (303), a request that
changes something must carry the CSRF token (form field ``csrf_token`` or header
``X-CSRF-Token``), and the workspace is the ``appwright_workspace`` cookie's (else the first).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request, status
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from appwright.service.api.deps import (
    BUILD_ROLES,
    MANAGE_ROLES,
    ContextDep,
    DbDep,
    Principal,
    principal_of_user,
    user_of_token,
)
from appwright.service.browser_auth import (
    CSRF_FORM_FIELD,
    CSRF_HEADER,
    SAFE_METHODS,
    TOKEN_COOKIE,
    WORKSPACE_COOKIE,
    csrf_matches,
    csrf_token,
)
from appwright.service.context import ServiceContext
from appwright.service.crud.workspaces import list_user_workspaces
from appwright.service.models import Role, Workspace
from appwright.web.templating import templates

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class LoginRequiredError(Exception):
    """No valid session cookie: the error pages send the browser to /login (and back after)."""

    def __init__(self, next_path: str) -> None:
        super().__init__("sign in to see this page")
        self.next_path = next_path


def _next_path(request: Request) -> str:
    query = f"?{request.url.query}" if request.url.query else ""
    return f"{request.url.path}{query}" if request.method in SAFE_METHODS else "/"


async def page_token(request: Request, context: ContextDep) -> str:
    """The session cookie's access token, after the CSRF check for requests that change things."""
    token = request.cookies.get(TOKEN_COOKIE)
    if not token:
        raise LoginRequiredError(_next_path(request))
    if request.method not in SAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER)
        if sent is None and request.headers.get("content-type", "").startswith(FORM_TYPES):
            field = (await request.form()).get(CSRF_FORM_FIELD)
            sent = field if isinstance(field, str) else None
        if not csrf_matches(sent, token, secret_key=context.secret_key):
            raise HTTPException(
                status.HTTP_403_FORBIDDEN,
                "this form is out of date (its security token does not match): reload the page"
                " and try again",
            )
    return token


@dataclass
class Page:
    """One page request: who asks, in which workspace, and how to answer with a template."""

    request: Request
    context: ServiceContext
    db: Session
    principal: Principal
    memberships: list[tuple[Workspace, Role]]
    csrf_token: str

    @property
    def can_build(self) -> bool:
        return self.principal.role in BUILD_ROLES

    @property
    def is_admin(self) -> bool:
        return self.principal.role in MANAGE_ROLES

    def require(self, roles: frozenset[Role], action: str) -> None:
        """403 (an error page) unless the person's role is one of ``roles``."""
        if self.principal.role not in roles:
            raise HTTPException(
                status.HTTP_403_FORBIDDEN,
                f"your role ({self.principal.role}) cannot {action}: ask a workspace admin",
            )

    def render(
        self,
        template: str,
        values: Mapping[str, Any] | None = None,
        *,
        status_code: int = status.HTTP_200_OK,
        headers: Mapping[str, str] | None = None,
    ) -> HTMLResponse:
        """``template`` with ``page`` (this) and ``values``; base.html draws the header from it."""
        return templates.TemplateResponse(
            self.request,
            template,
            {"page": self, **(values or {})},
            status_code=status_code,
            headers=dict(headers) if headers else None,
        )


def get_page(
    request: Request,
    context: ContextDep,
    db: DbDep,
    token: Annotated[str, Depends(page_token)],
) -> Page:
    user = user_of_token(db, token, secret_key=context.secret_key)
    if user is None:
        raise LoginRequiredError(_next_path(request))
    try:
        principal = principal_of_user(db, user, request.cookies.get(WORKSPACE_COOKIE))
    except HTTPException as error:
        # The chosen workspace is gone (or they left it): fall back to their first one.
        if error.status_code != status.HTTP_404_NOT_FOUND:
            raise
        principal = principal_of_user(db, user, None)
    return Page(
        request=request,
        context=context,
        db=db,
        principal=principal,
        memberships=list_user_workspaces(db, user_id=user.id),
        csrf_token=csrf_token(token, secret_key=context.secret_key),
    )


PageDep = Annotated[Page, Depends(get_page)]


def get_page_principal(page: PageDep) -> Principal:
    return page.principal


PagePrincipalDep = Annotated[Principal, Depends(get_page_principal)]
