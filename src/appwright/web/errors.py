"""Errors on pages are pages: a sign-in redirect, or an explanation with a way forward.

API and preview paths keep their JSON answers, and so do HTMX requests (the page shows their
``detail`` in a toast).
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request, status
from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.responses import PlainTextResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from appwright.service.api.router import API_PREFIX
from appwright.service.browser_auth import TOKEN_COOKIE
from appwright.web.pages import LoginRequiredError
from appwright.web.templating import templates

NOT_PAGES = (f"{API_PREFIX}/", "/preview/", "/static/")

TITLES = {
    status.HTTP_400_BAD_REQUEST: "That request did not work",
    status.HTTP_401_UNAUTHORIZED: "Please sign in",
    status.HTTP_403_FORBIDDEN: "Not allowed",
    status.HTTP_404_NOT_FOUND: "Not found",
    status.HTTP_409_CONFLICT: "Not possible right now",
    status.HTTP_422_UNPROCESSABLE_CONTENT: "Some values are not valid",
}


def wants_page(request: Request) -> bool:
    """A browser navigating to a page (not the API, a preview, a file, or an HTMX fetch)."""
    if request.url.path.startswith(NOT_PAGES):
        return False
    return request.headers.get("HX-Request") != "true"


def error_page(
    request: Request, status_code: int, detail: str, problems: list[str] | None = None
) -> Response:
    return templates.TemplateResponse(
        request,
        "error.html",
        {
            "page": None,
            "status_code": status_code,
            "title": TITLES.get(status_code, "Something went wrong"),
            "detail": detail,
            "problems": problems or [],
        },
        status_code=status_code,
    )


async def _login_required(request: Request, error: Exception) -> Response:
    assert isinstance(error, LoginRequiredError)
    target = "/login" if error.next_path == "/" else f"/login?next={quote(error.next_path)}"
    if request.headers.get("HX-Request") == "true":
        # HTMX follows HX-Redirect with a full navigation, not a swap of the login page.
        response: Response = PlainTextResponse(
            "sign in again", status.HTTP_401_UNAUTHORIZED, headers={"HX-Redirect": target}
        )
    else:
        response = RedirectResponse(target, status.HTTP_303_SEE_OTHER)
    response.delete_cookie(TOKEN_COOKIE, path="/")
    return response


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)
    if not wants_page(request):
        return await http_exception_handler(request, error)
    return error_page(request, error.status_code, str(error.detail))


async def _validation_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    if not wants_page(request):
        return await request_validation_exception_handler(request, error)
    problems = [
        f"{'.'.join(str(part) for part in problem['loc'][1:]) or 'request'}: {problem['msg']}"
        for problem in error.errors()
    ]
    return error_page(
        request,
        status.HTTP_422_UNPROCESSABLE_CONTENT,
        "the form was sent with values that are not valid",
        problems,
    )


async def _server_error(request: Request, error: Exception) -> Response:
    # The server error middleware re-raises ``error`` after this answer, so the server logs it.
    if not wants_page(request):
        return PlainTextResponse("Internal Server Error", status.HTTP_500_INTERNAL_SERVER_ERROR)
    return error_page(
        request,
        status.HTTP_500_INTERNAL_SERVER_ERROR,
        "appwright hit an unexpected error while preparing this page; your work is saved."
        " Try again, and if it keeps happening, tell your administrator (the server log has"
        " the details).",
    )


def install_error_pages(app: FastAPI) -> None:
    app.add_exception_handler(LoginRequiredError, _login_required)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _server_error)
