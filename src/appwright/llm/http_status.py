"""How the HTTP providers read a failed response: retry or not, and after how long."""

from __future__ import annotations

from collections.abc import Mapping


def is_transient_status(status: int) -> bool:
    """408 request timeout, 409 conflict (OpenAI's "try again"), 429 rate limit, 5xx (529 is
    Anthropic's "overloaded"): the same request may succeed later. Other 4xx will not."""
    return status in (408, 409, 429) or status >= 500


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    value = headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None  # an HTTP date: rare from model APIs, and the backoff covers it
