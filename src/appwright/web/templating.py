"""The Jinja2 environment of the pages, and the filters their templates use."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from fastapi.templating import Jinja2Templates

from appwright.service.browser_auth import CSRF_FORM_FIELD, CSRF_HEADER

WEB_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"
APP_NAME = "appwright"

templates = Jinja2Templates(directory=TEMPLATES_DIR)


@cache
def _static_version(path: str) -> str:
    file = STATIC_DIR / path
    return str(int(file.stat().st_mtime)) if file.is_file() else "0"


def static_url(path: str) -> str:
    """``/static/<path>?v=<mtime>``, so a browser fetches a file again after it changed."""
    return f"/static/{path}?v={_static_version(path)}"


def time_ago(moment: datetime | None, now: datetime | None = None) -> str:
    """ "just now", "5 min ago", "3 h ago", "2 days ago", then the date."""
    if moment is None:
        return "—"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    seconds = ((now or datetime.now(UTC)) - moment).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h ago"
    days = int(seconds // 86400)
    if days < 14:
        return f"{days} day{'s' if days > 1 else ''} ago"
    return moment.strftime("%-d %b %Y")


def iso_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat(timespec="seconds")


def money(amount: float) -> str:
    """US dollars: cents for ordinary amounts, more digits for the tiny costs of model calls."""
    if amount == 0:
        return "$0.00"
    if abs(amount) < 0.01:
        return f"${amount:.4f}"
    return f"${amount:,.2f}"


def count(number: int) -> str:
    return f"{number:,}"


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.1f} min"
    return f"{seconds / 3600:.1f} h"


templates.env.globals.update(
    app_name=APP_NAME,
    static=static_url,
    csrf_field_name=CSRF_FORM_FIELD,
    csrf_header_name=CSRF_HEADER,
)
templates.env.filters.update(
    ago=time_ago, iso=iso_time, money=money, count=count, duration=duration
)
