"""The test guard: with APPWRIGHT_BLOCK_REAL_MODELS=1, no request may reach a real model service.

Real providers call ``ensure_endpoint_allowed`` when built and again before each request, so a
test that forgot to point them at a fake server fails at once, before any connection is made.
Only loopback endpoints (fake servers on 127.0.0.1, ::1, localhost) pass under the guard.
"""

from __future__ import annotations

import ipaddress
import os
from urllib.parse import urlsplit

BLOCK_REAL_MODELS_ENV = "APPWRIGHT_BLOCK_REAL_MODELS"


class RealModelBlockedError(RuntimeError):
    """Deliberately not a ModelError: nothing may catch it and fall back quietly."""


def real_models_blocked() -> bool:
    return os.environ.get(BLOCK_REAL_MODELS_ENV, "").strip() not in ("", "0")


def is_loopback_url(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def ensure_endpoint_allowed(provider: str, base_url: str) -> None:
    """Raise RealModelBlockedError when the guard is on and ``base_url`` is not loopback."""
    if real_models_blocked() and not is_loopback_url(base_url):
        raise RealModelBlockedError(
            f"blocked a {provider} model request to {base_url}: {BLOCK_REAL_MODELS_ENV}=1 allows "
            "only loopback endpoints (use a fake server on 127.0.0.1 or ScriptedProvider)"
        )
