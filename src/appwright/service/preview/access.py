"""Who may open a preview: signed, short-lived tokens in the preview URL, then a cookie.

An iframe cannot send an ``Authorization`` header, so starting a preview returns a URL with
``?access=<token>``; the proxy checks it and answers with an HttpOnly cookie scoped to
``/preview/<session id>`` that carries a longer-lived token of the same form. A token is
``<session id>.<workspace id>.<expiry>.<purpose>`` in URL-safe base64 and its HMAC-SHA256 under
the service's secret key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from dataclasses import dataclass
from typing import Literal

LINK_SECONDS = 10 * 60
"""How long the ``?access=`` link of a start response can be opened."""
COOKIE_SECONDS = 12 * 60 * 60
"""How long the cookie it turns into lasts."""
COOKIE_NAME = "appwright_preview"
QUERY_PARAMETER = "access"

Purpose = Literal["link", "cookie"]


@dataclass(frozen=True)
class PreviewGrant:
    session_id: str
    workspace_id: str
    expires_at: int
    purpose: Purpose


class AccessDeniedError(Exception):
    """A token that is malformed, forged, expired or for another preview (the reason says)."""


def preview_prefix(session_id: str) -> str:
    """The path every page of a session's preview is served under."""
    return f"/preview/{session_id}"


def sign_token(
    secret_key: str,
    *,
    session_id: str,
    workspace_id: str,
    purpose: Purpose = "link",
    seconds: int | None = None,
    now: float | None = None,
) -> str:
    lifetime = seconds if seconds is not None else _lifetime(purpose)
    expires = int((now if now is not None else time.time()) + lifetime)
    payload = f"{session_id}.{workspace_id}.{expires}.{purpose}".encode()
    signature = hmac.new(_key(secret_key), payload, hashlib.sha256).digest()
    return f"{_encode(payload)}.{_encode(signature)}"


def read_token(
    secret_key: str, token: str, *, session_id: str, now: float | None = None
) -> PreviewGrant:
    """The grant of a valid token for ``session_id``; AccessDeniedError says why not."""
    try:
        encoded_payload, encoded_signature = token.split(".")
        payload = _decode(encoded_payload)
        signature = _decode(encoded_signature)
    except (ValueError, binascii.Error) as error:
        raise AccessDeniedError("the preview access token is malformed") from error
    expected = hmac.new(_key(secret_key), payload, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, signature):
        raise AccessDeniedError("the preview access token is not valid")
    try:
        token_session, workspace_id, expires_text, purpose = payload.decode().split(".")
        expires = int(expires_text)
    except ValueError as error:
        raise AccessDeniedError("the preview access token is malformed") from error
    if purpose not in ("link", "cookie"):
        raise AccessDeniedError("the preview access token is malformed")
    if token_session != session_id:
        raise AccessDeniedError("the preview access token is for another preview")
    if expires < (now if now is not None else time.time()):
        raise AccessDeniedError(
            "the preview link has expired: open the preview again from the builder"
        )
    return PreviewGrant(token_session, workspace_id, expires, purpose)  # type: ignore[arg-type]


def _lifetime(purpose: Purpose) -> int:
    return LINK_SECONDS if purpose == "link" else COOKIE_SECONDS


def _key(secret_key: str) -> bytes:
    # a key of its own, so a preview token is never valid as anything else the secret signs
    return hashlib.sha256(b"appwright-preview:" + secret_key.encode()).digest()


def _encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
