"""Pages: sign in, register (when registration is open), sign out, switch workspace.

Signing in runs the same password check as ``POST /api/v1/auth/token`` and keeps the access token
in an HttpOnly cookie; registering runs the same ``register_account`` as the API.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from appwright.service.api.deps import ContextDep, DbDep, user_of_token
from appwright.service.browser_auth import TOKEN_COOKIE, WORKSPACE_COOKIE
from appwright.service.context import ServiceContext
from appwright.service.crud.users import EmailTakenError
from appwright.service.schemas.auth import RegisterRequest
from appwright.service.security import create_access_token
from appwright.service.sign_in import (
    REGISTRATION_CLOSED,
    SignInError,
    check_credentials,
    register_account,
)
from appwright.web.pages import PageDep
from appwright.web.templating import templates

router = APIRouter(tags=["web"], include_in_schema=False)


def safe_next(target: str | None) -> str:
    """A path on this site to go to after signing in (never another site)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _signed_in(request: Request, context: ServiceContext, user_id: str, target: str) -> Response:
    minutes = context.settings.service.access_token_minutes
    token = create_access_token(user_id, secret_key=context.secret_key, minutes=minutes)
    response = RedirectResponse(safe_next(target), status.HTTP_303_SEE_OTHER)
    response.set_cookie(
        TOKEN_COOKIE,
        token,
        max_age=minutes * 60,
        path="/",
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )
    return response


def _already_signed_in(request: Request, context: ContextDep, db: DbDep) -> bool:
    token = request.cookies.get(TOKEN_COOKIE)
    return bool(token) and user_of_token(db, token or "", secret_key=context.secret_key) is not None


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, context: ContextDep, db: DbDep, next: str = "/") -> Response:
    if _already_signed_in(request, context, db):
        return RedirectResponse(safe_next(next), status.HTTP_303_SEE_OTHER)
    return templates.TemplateResponse(
        request,
        "login.html",
        {
            "page": None,
            "next": safe_next(next),
            "email": "",
            "error": None,
            "open_registration": context.settings.service.open_registration,
        },
    )


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    context: ContextDep,
    db: DbDep,
    email: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    try:
        user = check_credentials(db, email=email, password=password)
    except SignInError as error:
        return templates.TemplateResponse(
            request,
            "login.html",
            {
                "page": None,
                "next": safe_next(next),
                "email": email,
                "error": str(error),
                "open_registration": context.settings.service.open_registration,
            },
            status_code=status.HTTP_400_BAD_REQUEST,
        )
    return _signed_in(request, context, user.id, next)


def _register_page(
    request: Request, values: dict[str, str], errors: list[str], status_code: int = 200
) -> Response:
    return templates.TemplateResponse(
        request,
        "register.html",
        {"page": None, "values": values, "errors": errors},
        status_code=status_code,
    )


def _registration_open(context: ServiceContext) -> None:
    if not context.settings.service.open_registration:
        raise HTTPException(status.HTTP_404_NOT_FOUND, REGISTRATION_CLOSED)


@router.get("/register", response_class=HTMLResponse)
def register_form(request: Request, context: ContextDep) -> Response:
    _registration_open(context)
    return _register_page(request, {}, [])


@router.post("/register", response_class=HTMLResponse)
def register(
    request: Request,
    context: ContextDep,
    db: DbDep,
    email: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    full_name: Annotated[str, Form()] = "",
    workspace_name: Annotated[str, Form()] = "",
) -> Response:
    _registration_open(context)
    values = {"email": email, "full_name": full_name, "workspace_name": workspace_name}
    try:
        body = RegisterRequest(
            email=email,
            password=password,
            full_name=full_name,
            workspace_name=workspace_name.strip() or None,
        )
    except ValidationError as error:
        problems = [
            f"{'.'.join(str(part) for part in problem['loc']).replace('_', ' ')}:"
            f" {problem['msg'].removeprefix('Value error, ')}"
            for problem in error.errors()
        ]
        return _register_page(request, values, problems, status.HTTP_422_UNPROCESSABLE_CONTENT)
    try:
        registration = register_account(
            db,
            email=body.email,
            password=body.password,
            full_name=body.full_name,
            workspace_name=body.workspace_name,
        )
    except EmailTakenError as error:
        return _register_page(request, values, [str(error)], status.HTTP_409_CONFLICT)
    user_id = registration.user.id
    db.commit()
    return _signed_in(request, context, user_id, "/")


@router.post("/logout")
def logout() -> Response:
    """Forget the browser's session (no CSRF check: signing someone out is harmless)."""
    response = RedirectResponse("/login", status.HTTP_303_SEE_OTHER)
    response.delete_cookie(TOKEN_COOKIE, path="/")
    response.delete_cookie(WORKSPACE_COOKIE, path="/")
    return response


@router.post("/workspace")
def switch_workspace(page: PageDep, workspace_id: Annotated[str, Form()]) -> Response:
    """Act in another of the person's workspaces from now on (starting at its home page: the
    page they were on belongs to the other workspace)."""
    if all(workspace.id != workspace_id for workspace, _role in page.memberships):
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"workspace {workspace_id} not found")
    response = RedirectResponse("/", status.HTTP_303_SEE_OTHER)
    response.set_cookie(
        WORKSPACE_COOKIE,
        workspace_id,
        max_age=365 * 86400,
        path="/",
        httponly=True,
        samesite="lax",
        secure=page.request.url.scheme == "https",
    )
    return response
