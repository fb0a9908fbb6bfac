"""How a browser authenticates: the cookies it carries and the CSRF token that guards changes.

The web UI keeps the access token in an HttpOnly cookie, so any page on another site could make
the browser send it. A request that changes something with cookie credentials must therefore
also show the CSRF token: an HMAC of the access token with the service's secret key, which only
our own pages know (they put it in ``<meta name="csrf-token">`` and in their forms).
"""

from __future__ import annotations

import hashlib
import hmac

TOKEN_COOKIE = "appwright_token"
"""The access token (JWT), HttpOnly, SameSite=Lax."""
WORKSPACE_COOKIE = "appwright_workspace"
"""The workspace the browser acts in (id or slug): what the X-Workspace header is for others."""
CSRF_HEADER = "X-CSRF-Token"
CSRF_FORM_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def csrf_token(access_token: str, *, secret_key: str) -> str:
    digest = hmac.new(secret_key.encode(), b"csrf:" + access_token.encode(), hashlib.sha256)
    return digest.hexdigest()


def csrf_matches(sent: str | None, access_token: str, *, secret_key: str) -> bool:
    if not sent:
        return False
    return hmac.compare_digest(sent, csrf_token(access_token, secret_key=secret_key))
