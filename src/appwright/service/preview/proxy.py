"""The reverse proxy: ``/preview/{session_id}/{path}`` of the builder → the preview's socket.

Every method, query, body and header (minus hop-by-hop ones and the builder's own preview
cookie) goes to the generated app, which runs with ``--root-path /preview/<session id>`` so its
pages link under the prefix; the answer comes back with redirects (``Location``,
``HX-Redirect``, ``HX-Location``) and cookies (``Path``) kept under the prefix. Access: the
``?access=`` token of a start response becomes an HttpOnly cookie scoped to the prefix (see
``access.py``); without either the answer is 401, with a bad one 403. A preview that is not
running answers 503 with a readable page; one that is starting is waited for.
"""

from __future__ import annotations

import asyncio
import html
import time
from collections.abc import Iterable
from urllib.parse import urlencode, urlsplit, urlunsplit

import httpx
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from appwright.service.api.deps import ContextDep
from appwright.service.preview.access import (
    COOKIE_NAME,
    COOKIE_SECONDS,
    QUERY_PARAMETER,
    AccessDeniedError,
    PreviewGrant,
    preview_prefix,
    read_token,
    sign_token,
)
from appwright.service.preview.manager import PreviewManager

router = APIRouter(tags=["preview"], include_in_schema=False)

UPSTREAM = "http://preview"
READY_WAIT_SECONDS = 60.0
"""How long a request waits for a preview that is still starting."""
UPSTREAM_TIMEOUT = 60.0
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "trailers",
        "transfer-encoding",
        "upgrade",
        "host",
        "content-length",
    }
)
REDIRECT_HEADERS = frozenset({"location", "hx-redirect", "hx-location", "content-location"})


@router.api_route("/preview/{session_id}", methods=METHODS)
async def preview_root(session_id: str, request: Request) -> Response:
    """The prefix without its slash: the app's home is at ``/preview/<id>/``."""
    query = request.url.query
    target = f"{preview_prefix(session_id)}/" + (f"?{query}" if query else "")
    return RedirectResponse(target, status_code=307)


@router.api_route("/preview/{session_id}/{path:path}", methods=METHODS)
async def proxy(session_id: str, path: str, request: Request, context: ContextDep) -> Response:
    prefix = preview_prefix(session_id)
    link_token = request.query_params.get(QUERY_PARAMETER)
    cookie_token = request.cookies.get(COOKIE_NAME)
    token = link_token or cookie_token
    if not token:
        return _refusal(
            request,
            path,
            401,
            "Sign-in needed",
            "Open this preview from the builder: its link carries a short-lived access token.",
        )
    try:
        grant = read_token(context.secret_key, token, session_id=session_id)
    except AccessDeniedError as denied:
        return _refusal(request, path, 403, "No access to this preview", str(denied))
    manager = context.preview
    status = manager.status(session_id)
    if status is not None and status.workspace_id != grant.workspace_id:
        return _refusal(request, path, 403, "No access to this preview", "wrong workspace")
    if link_token and request.method in ("GET", "HEAD"):
        # the token leaves the address bar (and the app never sees it): a cookie carries it
        query = _query_without_access(request)
        location = f"{prefix}/{path}" + (f"?{query}" if query else "")
        redirect = RedirectResponse(location, status_code=303)
        _set_access_cookie(redirect, context.secret_key, grant)
        return redirect
    socket = await _running_socket(manager, session_id)
    if socket is None:
        return _not_running(request, path, manager, session_id)
    manager.touch(session_id)
    response = await _forward(request, path, socket, prefix)
    if link_token:
        _set_access_cookie(response, context.secret_key, grant)
    return response


async def _running_socket(manager: PreviewManager, session_id: str) -> str | None:
    deadline = time.monotonic() + READY_WAIT_SECONDS
    while True:
        socket = manager.socket_for(session_id)
        if socket is not None:
            return str(socket)
        status = manager.status(session_id)
        if status is None or status.state != "starting" or time.monotonic() > deadline:
            return None
        await asyncio.sleep(0.05)


async def _forward(request: Request, path: str, socket: str, prefix: str) -> Response:
    headers = [
        (name, value)
        for name, value in request.headers.items()
        if name.lower() not in HOP_BY_HOP and name.lower() != "cookie"
    ]
    cookie = _cookie_header_without_access(request)
    if cookie:
        headers.append(("cookie", cookie))
    query = _query_without_access(request)
    url = f"{UPSTREAM}/{path}" + (f"?{query}" if query else "")
    body = await request.body()
    transport = httpx.AsyncHTTPTransport(uds=socket)
    async with httpx.AsyncClient(transport=transport, timeout=UPSTREAM_TIMEOUT) as client:
        try:
            upstream = await client.request(request.method, url, headers=headers, content=body)
        except httpx.TransportError as error:
            return _refusal(
                request,
                path,
                502,
                "The preview did not answer",
                f"The preview's server could not be reached ({type(error).__name__}).",
            )
    response = Response(content=upstream.content, status_code=upstream.status_code)
    response.raw_headers = [
        (b"content-length", str(len(upstream.content)).encode()),
        *(
            (name.lower().encode(), value.encode())
            for name, value in _response_headers(upstream.headers.multi_items(), prefix)
        ),
    ]
    return response


def _response_headers(items: Iterable[tuple[str, str]], prefix: str) -> list[tuple[str, str]]:
    kept: list[tuple[str, str]] = []
    for name, value in items:
        lowered = name.lower()
        if lowered in HOP_BY_HOP or lowered == "content-encoding":
            continue  # httpx already decoded the body
        if lowered in REDIRECT_HEADERS:
            value = rewrite_location(value, prefix)
        elif lowered == "set-cookie":
            value = rewrite_cookie(value, prefix)
        kept.append((name, value))
    return kept


def rewrite_location(value: str, prefix: str) -> str:
    """A redirect target of the app, kept under ``prefix`` (other sites are left alone)."""
    parts = urlsplit(value)
    if parts.scheme and parts.netloc != urlsplit(UPSTREAM).netloc:
        return value
    path = parts.path
    if not path.startswith("/"):
        if parts.scheme or parts.netloc:
            path = "/" + path
        else:
            return value  # relative to the current page: already under the prefix
    if path != prefix and not path.startswith(prefix + "/"):
        path = prefix + path
    return urlunsplit(("", "", path, parts.query, parts.fragment))


def rewrite_cookie(value: str, prefix: str) -> str:
    """A ``Set-Cookie`` of the app, scoped to ``prefix`` (no Domain)."""
    pieces = [piece.strip() for piece in value.split(";")]
    kept = [pieces[0]]
    has_path = False
    for piece in pieces[1:]:
        key, _, attribute = piece.partition("=")
        lowered = key.strip().lower()
        if lowered == "domain":
            continue
        if lowered == "path":
            has_path = True
            cookie_path = attribute.strip() or "/"
            if cookie_path == "/":
                cookie_path = prefix
            elif not cookie_path.startswith(prefix + "/") and cookie_path != prefix:
                cookie_path = prefix + cookie_path
            piece = f"Path={cookie_path}"
        kept.append(piece)
    if not has_path:
        kept.append(f"Path={prefix}")
    return "; ".join(kept)


def _set_access_cookie(response: Response, secret_key: str, grant: PreviewGrant) -> None:
    cookie = sign_token(
        secret_key,
        session_id=grant.session_id,
        workspace_id=grant.workspace_id,
        purpose="cookie",
    )
    response.set_cookie(
        COOKIE_NAME,
        cookie,
        max_age=COOKIE_SECONDS,
        path=preview_prefix(grant.session_id),
        httponly=True,
        samesite="lax",
    )


def _query_without_access(request: Request) -> str:
    items = [(k, v) for k, v in request.query_params.multi_items() if k != QUERY_PARAMETER]
    return urlencode(items)


def _cookie_header_without_access(request: Request) -> str:
    raw = request.headers.get("cookie", "")
    parts = [part.strip() for part in raw.split(";") if part.strip()]
    return "; ".join(part for part in parts if part.split("=", 1)[0].strip() != COOKIE_NAME)


def _not_running(request: Request, path: str, manager: PreviewManager, session_id: str) -> Response:
    status = manager.status(session_id)
    if status is None:
        message = "This session has no preview running. Start one from the builder."
    elif status.state == "failed" and status.error:
        message = (
            f"The preview of version {status.version} failed "
            f"({status.error.get('kind')}): {status.error.get('message')}. "
            "Restart it from the builder."
        )
    else:
        message = (
            f"The preview of version {status.version} is {status.state}. "
            "Start it again from the builder."
        )
    return _refusal(request, path, 503, "Preview not running", message)


def _refusal(request: Request, path: str, status_code: int, title: str, message: str) -> Response:
    """A readable page for a browser (the iframe), JSON for the app's API and scripts."""
    accept = request.headers.get("accept", "")
    if path.startswith("api/") or ("json" in accept and "html" not in accept):
        return JSONResponse({"detail": message}, status_code=status_code)
    page = (
        "<!doctype html><html lang=en><meta charset=utf-8>"
        f"<title>{html.escape(title)}</title>"
        '<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;'
        'color:#333">'
        f'<h1 style="font-size:1.4rem">{html.escape(title)}</h1>'
        f"<p>{html.escape(message)}</p></body></html>"
    )
    return HTMLResponse(page, status_code=status_code)
