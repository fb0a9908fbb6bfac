"""Render every file of a generated app from the plan (deterministic: same spec, same bytes)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from appwright.codegen import schema_fields, testplan
from appwright.codegen.ddl import DIALECTS, build_metadata, migration_sql
from appwright.codegen.hook_plan import HookPlan, hook_plans
from appwright.codegen.manifest import endpoints, manifest
from appwright.codegen.pages import page_files
from appwright.codegen.plan import AppPlan, ColumnPlan
from appwright.codegen.planner import build_plan
from appwright.codegen.pysource import Call
from appwright.codegen.render import json_text, pyrepr, render
from appwright.codegen.report_sql import report_source
from appwright.spec.models import AppSpec

# (template under templates/app/, output path; "{pkg}" is the generated package)
PACKAGE_FILES: tuple[tuple[str, str], ...] = (
    ("package/__init__.py.j2", "{pkg}/__init__.py"),
    ("package/config.py.j2", "{pkg}/config.py"),
    ("package/db.py.j2", "{pkg}/db.py"),
    ("package/errors.py.j2", "{pkg}/errors.py"),
    ("package/models.py.j2", "{pkg}/models.py"),
    ("package/schemas.py.j2", "{pkg}/schemas.py"),
    ("package/permissions.py.j2", "{pkg}/permissions.py"),
    ("package/states.py.j2", "{pkg}/states.py"),
    ("package/auth.py.j2", "{pkg}/auth.py"),
    ("package/users.py.j2", "{pkg}/users.py"),
    ("package/crud.py.j2", "{pkg}/crud.py"),
    ("package/reports.py.j2", "{pkg}/reports.py"),
    ("package/main.py.j2", "{pkg}/main.py"),
    ("package/cli.py.j2", "{pkg}/cli.py"),
    ("package/migrations/__init__.py.j2", "{pkg}/migrations/__init__.py"),
    ("package/api/__init__.py.j2", "{pkg}/api/__init__.py"),
    ("package/api/deps.py.j2", "{pkg}/api/deps.py"),
    ("package/api/routes/__init__.py.j2", "{pkg}/api/routes/__init__.py"),
    ("package/api/routes/health.py.j2", "{pkg}/api/routes/health.py"),
    ("package/api/routes/auth.py.j2", "{pkg}/api/routes/auth.py"),
    ("package/api/routes/users.py.j2", "{pkg}/api/routes/users.py"),
    ("package/api/routes/reports.py.j2", "{pkg}/api/routes/reports.py"),
    ("pyproject.toml.j2", "pyproject.toml"),
    ("README.md.j2", "README.md"),
    ("tests/__init__.py.j2", "tests/__init__.py"),
    ("tests/conftest.py.j2", "tests/conftest.py"),
    ("tests/factories.py.j2", "tests/factories.py"),
    ("tests/test_auth.py.j2", "tests/test_auth.py"),
    ("tests/test_permissions.py.j2", "tests/test_permissions.py"),
    ("tests/test_reports.py.j2", "tests/test_reports.py"),
    ("tests/test_migrations.py.j2", "tests/test_migrations.py"),
)
HOOK_FILES: tuple[tuple[str, str], ...] = (
    ("package/hooks/__init__.py.j2", "{pkg}/hooks/__init__.py"),
    ("package/hooks/api.py.j2", "{pkg}/hooks/api.py"),
    ("package/hooks/units/__init__.py.j2", "{pkg}/hooks/units/__init__.py"),
    ("tests/test_hooks.py.j2", "tests/test_hooks.py"),
)
"""Only in an app generated with hook sources (each one also becomes hooks/units/<name>.py)."""
ENTITY_FILES: tuple[tuple[str, str], ...] = (
    ("package/api/routes/entity.py.j2", "{pkg}/api/routes/{module}.py"),
    ("tests/test_entity.py.j2", "tests/test_{module}.py"),
)

_PARSERS = {
    "integer": "_parse_int",
    "reference": "_parse_int",
    "decimal": "_parse_decimal",
    "boolean": "_parse_bool",
    "date": "_parse_date",
    "datetime": "_parse_datetime",
}


def filter_parser(column: ColumnPlan) -> Call | str:
    """The crud parser of a list filter's query-string value for ``column``."""
    if column.type == "enum":
        return Call("_one_of", tuple(pyrepr(option) for option in column.options))
    return _PARSERS.get(column.type, "_parse_text")


_HELPERS: dict[str, Callable[..., Any]] = {
    "filter_parser": filter_parser,
    "schema_field": schema_fields.field_call,
    "schema_annotation": schema_fields.annotation,
    "schema_alias": schema_fields.literal_alias,
    "report_source": report_source,
}


def _hook_context(plan: AppPlan, hooks: tuple[HookPlan, ...]) -> dict[str, Any]:
    triggers: dict[tuple[str, str], list[str]] = {}
    cases = []
    for hook in hooks:
        triggers.setdefault((hook.entity, hook.on), []).append(hook.name)
        entity = plan.entity(hook.entity)
        transition = None
        if hook.on == "transition" and entity.state is not None:
            # one the test can make on a new row: from the initial state
            transition = next(
                (t.name for t in entity.state.transitions if entity.state.initial in t.from_states),
                None,
            )
            if transition is None:
                continue
        cases.append({"name": hook.name, "entity": entity, "on": hook.on, "transition": transition})
    return {
        "hooks": hooks,
        "hook_triggers": sorted((key, tuple(names)) for key, names in triggers.items()),
        "hook_cases": cases,
    }


def _context(plan: AppPlan, hooks: tuple[HookPlan, ...] = ()) -> dict[str, Any]:
    types = {column.type for entity in plan.entities for column in entity.columns}
    tests = testplan.build_test_plan(plan)
    sources = [source for t in tests.entities.values() for _column, source in t.samples]
    return {
        "plan": plan,
        "uses_decimal": "decimal" in types,
        "uses_any": "json" in types,
        "flows": [(entity, entity.state) for entity in plan.entities if entity.state],
        "tests": tests,
        "aliased_attrs": any(c.attr != c.name for e in plan.entities for c in e.columns),
        "samples_use_dt": any("dt." in source for source in sources),
        "endpoints": endpoints(plan),
        **_hook_context(plan, hooks),
        **_HELPERS,
    }


def render_plan(plan: AppPlan, hooks: tuple[HookPlan, ...] = ()) -> dict[str, bytes]:
    """Every file of the app, by path relative to the project root, sorted by path."""
    context = _context(plan, hooks)
    files: dict[str, str | bytes] = {}
    for template, target in PACKAGE_FILES:
        files[target.format(pkg=plan.package)] = render(f"app/{template}", **context)
    for entity in plan.entities:
        for template, target in ENTITY_FILES:
            path = target.format(pkg=plan.package, module=entity.module)
            files[path] = render(f"app/{template}", entity=entity, **context)
    if hooks:
        for template, target in HOOK_FILES:
            files[target.format(pkg=plan.package)] = render(f"app/{template}", **context)
        for hook in hooks:
            files[f"{plan.package}/hooks/units/{hook.name}.py"] = hook.source
    metadata = build_metadata(plan)
    for dialect in DIALECTS:
        path = f"{plan.package}/migrations/{dialect}/0001_initial.sql"
        files[path] = migration_sql(plan, dialect, metadata)
    files["module.json"] = json_text(manifest(plan, list(metadata.tables)))
    for path, content in page_files(plan).items():
        files[path] = content
    return {
        path: content.encode("utf-8") if isinstance(content, str) else content
        for path, content in sorted(files.items())
    }


def generate_files(spec: AppSpec, hooks: Mapping[str, str] | None = None) -> dict[str, bytes]:
    """The generated project for ``spec``: relative path → content, sorted by path.

    ``hooks`` (automation name → a promoted hook's source) wires those hooks into the app;
    without them the output is exactly that of an app without automations code.
    """
    return render_plan(build_plan(spec), hook_plans(spec, hooks))
