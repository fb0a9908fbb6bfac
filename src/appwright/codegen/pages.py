"""Server-rendered pages of a generated app (Jinja2 + HTMX), rendered from the spec's layout DSL.

Interim version: an empty pages router, so the backend generator can integrate from the start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from appwright.codegen.plan import AppPlan


def page_files(plan: AppPlan) -> dict[str, str | bytes]:
    """Files of the generated app's ``pages`` package, keyed by path relative to the project root."""
    pkg = plan.package
    return {
        f"{pkg}/pages/__init__.py": (
            '"""Pages of the app."""\n\nfrom fastapi import APIRouter\n\nrouter = APIRouter()\n'
        ),
    }
