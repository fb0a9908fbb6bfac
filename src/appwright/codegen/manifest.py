"""``module.json``: what a generated app is, for the registry that installs it as a module."""

from __future__ import annotations

from typing import Any

from appwright.codegen.ddl import DIALECTS
from appwright.codegen.plan import AppPlan


def endpoints(plan: AppPlan) -> list[dict[str, str]]:
    """Every API endpoint of the app: method, path and a one-line summary."""
    found = [
        {"method": "GET", "path": "/api/health", "summary": "Health check"},
        {"method": "POST", "path": "/api/auth/token", "summary": "Sign in (OAuth2 password)"},
        {"method": "GET", "path": "/api/auth/me", "summary": "The signed-in user"},
        {"method": "GET", "path": "/api/users", "summary": "List users (admin)"},
        {"method": "POST", "path": "/api/users", "summary": "Create a user (admin)"},
    ]
    for entity in plan.entities:
        base = f"/api/{entity.route}"
        plural = entity.label_plural.lower()
        singular = entity.label.lower()
        found += [
            {"method": "GET", "path": base, "summary": f"List {plural}"},
            {"method": "POST", "path": base, "summary": f"Create a {singular}"},
            {"method": "GET", "path": f"{base}/{{id}}", "summary": f"Read a {singular}"},
            {"method": "PATCH", "path": f"{base}/{{id}}", "summary": f"Update a {singular}"},
            {"method": "DELETE", "path": f"{base}/{{id}}", "summary": f"Delete a {singular}"},
        ]
        if entity.state:
            for transition in entity.state.transitions:
                found.append(
                    {
                        "method": "POST",
                        "path": f"{base}/{{id}}/transitions/{transition.name}",
                        "summary": f"{transition.label} a {singular}",
                    }
                )
        for link in entity.many_to_many:
            label = link.label.lower()
            found += [
                {"method": "GET", "path": f"{base}/{{id}}/{link.name}", "summary": f"{label} ids"},
                {"method": "PUT", "path": f"{base}/{{id}}/{link.name}", "summary": f"Set {label}"},
            ]
    found.append({"method": "GET", "path": "/api/reports", "summary": "List reports"})
    for report in plan.reports:
        found.append(
            {"method": "GET", "path": f"/api/reports/{report.name}", "summary": report.label}
        )
    return found


def manifest(plan: AppPlan, tables: list[str]) -> dict[str, Any]:
    """The manifest; ``tables`` are the app's table names (see ``ddl.build_metadata``)."""
    spec = plan.spec
    return {
        "name": plan.title,
        "slug": plan.slug,
        "package": plan.package,
        "version": plan.version,
        "description": plan.description,
        "type": spec.type,
        "pages": [
            {"name": page.name, "title": page.label, "path": page.path, "roles": page.roles}
            for page in spec.pages
        ],
        "permissions": {
            "roles": list(plan.roles),
            "default_role": spec.permissions.default_role,
            "rules": [rule.model_dump(mode="json") for rule in spec.permissions.rules],
        },
        "settings": [setting.model_dump(mode="json") for setting in spec.settings],
        "database": {
            "tables": sorted(tables),
            "dialects": list(DIALECTS),
            "migrations": ["0001_initial"],
        },
        "api": {"endpoints": endpoints(plan)},
    }
