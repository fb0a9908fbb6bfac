"""Server-rendered pages of a generated app (Jinja2 + htmx), rendered from the spec's layout DSL.

The generated app gets:

- ``<pkg>/pages/``: the pages router (sign-in, one route per spec page, htmx fragments under
  ``/ui``), component views that read through ``crud`` and ``reports``, and ``catalog.py``,
  the app-specific data (entities, components, pages) decided by :mod:`page_catalog`;
- ``<pkg>/templates/``: the shared Jinja2 templates (copied as they are) and one template per
  spec page, its layout rendered by :mod:`page_layout`;
- ``<pkg>/static/``: ``app.css``, ``app.js`` and the vendored htmx and Chart.js builds;
- ``tests/test_pages.py``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from appwright.codegen.page_catalog import (
    Catalog,
    PageEntry,
    ReportKeyEntry,
    build_catalog,
    field_label,
    input_bounds,
    report_group_label,
)
from appwright.codegen.page_columns import FILTER_TYPES
from appwright.codegen.page_layout import ComponentBox, ContainerBox, components_of
from appwright.codegen.page_testplan import build_page_tests
from appwright.codegen.plan import AppPlan
from appwright.codegen.render import TEMPLATES_DIR, pystr, render

PAGES_TEMPLATES = TEMPLATES_DIR / "pages"
VENDOR_DIR = Path(__file__).parent / "vendor"
VENDOR_FILES = ("htmx.min.js", "chart.umd.min.js")
"""Front-end libraries copied from node_modules by ``scripts/vendor_assets.py``."""
SETUP_COMMAND = "scripts/setup.sh (npm ci, then python scripts/vendor_assets.py)"

PACKAGE_MODULES = (
    "__init__.py",
    "access.py",
    "catalog.py",
    "display.py",
    "forms.py",
    "fragments.py",
    "meta.py",
    "rendering.py",
    "signin.py",
    "views.py",
    "components/__init__.py",
    "components/boards.py",
    "components/common.py",
    "components/insights.py",
    "components/lists.py",
    "components/records.py",
)
"""Modules of ``<pkg>/pages/``, each from ``templates/pages/package/<module>.j2``."""

COMPONENT_KEYS = (
    "entity",
    "report",
    "route",
    "watches",
    "variant",
    "group_by",
    "date_field",
    "end_field",
    "title_field",
    "image_field",
    "filters_from",
)
"""Optional ComponentMeta settings written only when set."""


class MissingAssetsError(RuntimeError):
    """The vendored JavaScript libraries are not there: the setup step has not run."""


def vendored_assets() -> dict[str, bytes]:
    missing = [name for name in VENDOR_FILES if not (VENDOR_DIR / name).is_file()]
    if missing:
        raise MissingAssetsError(
            f"front-end libraries missing from {VENDOR_DIR} ({', '.join(missing)}): "
            f"run {SETUP_COMMAND}"
        )
    return {name: (VENDOR_DIR / name).read_bytes() for name in VENDOR_FILES}


@cache
def _layout_environment() -> jinja2.Environment:
    """Renders page templates: other delimiters, so the app's own ``{{ }}`` pass through."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(PAGES_TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        block_start_string="[%",
        block_end_string="%]",
        variable_start_string="[[",
        variable_end_string="]]",
        comment_start_string="[#",
        comment_end_string="#]",
    )
    env.globals["first_component"] = _first_component
    return env


def _first_component(box: ContainerBox) -> ComponentBox | None:
    return next(iter(components_of(box)), None)


def render_page_template(page: PageEntry) -> str:
    """The Jinja2 template of one spec page: its layout boxes around its components."""
    return _layout_environment().get_template("page.html.j2").render(page=page)


def _meta_imports(plan: AppPlan, catalog: Catalog) -> list[str]:
    names = {"ComponentMeta", "EntityMeta", "FieldMeta", "PageMeta", "ReportMeta"}
    if any(column.options for entity in plan.entities for column in entity.columns):
        names.add("Option")
    if any(catalog.report_keys(report) for report in plan.reports):
        names.add("ReportKey")
    if any(entity.state for entity in plan.entities):
        names.add("TransitionMeta")
    return sorted(names)


def _simple_key_args(key: ReportKeyEntry) -> list[str]:
    """Arguments of a ReportKey without options, as Python source."""
    args = [f"key={pystr(key.key)}", f"kind={pystr(key.kind)}"]
    if key.unit is not None:
        args.append(f"unit={pystr(key.unit)}")
    return args


def _shared_templates() -> dict[str, str]:
    """The app's Jinja2 templates that are the same for every spec, by path under templates/."""
    html_dir = PAGES_TEMPLATES / "html"
    return {
        path.relative_to(html_dir).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(html_dir.rglob("*.html"))
    }


def page_files(plan: AppPlan) -> dict[str, str | bytes]:
    """Files of the generated app's pages, keyed by path relative to the project root."""
    pkg = plan.package
    catalog = build_catalog(plan)
    context = {
        "plan": plan,
        "package": pkg,
        "catalog": catalog,
        "meta_imports": _meta_imports(plan, catalog),
        "input_bounds": input_bounds,
        "field_label": field_label,
        "report_group_label": report_group_label,
        "filter_types": FILTER_TYPES,
        "component_keys": COMPONENT_KEYS,
        "simple_key_args": _simple_key_args,
    }
    files: dict[str, str | bytes] = {}
    for module in PACKAGE_MODULES:
        files[f"{pkg}/pages/{module}"] = render(f"pages/package/{module}.j2", **context)
    for name, text in _shared_templates().items():
        files[f"{pkg}/templates/{name}"] = text
    for page in catalog.pages:
        files[f"{pkg}/templates/{page.template}"] = render_page_template(page)
    for name in ("app.css", "app.js"):
        files[f"{pkg}/static/{name}"] = (PAGES_TEMPLATES / "static" / name).read_text("utf-8")
    for name, content in vendored_assets().items():
        files[f"{pkg}/static/{name}"] = content
    tests = build_page_tests(plan, catalog)
    files["tests/test_pages.py"] = render(
        "pages/tests/test_pages.py.j2",
        tests=tests,
        bad_inputs=[(cid, bad.field, bad.value) for cid, bad in tests.bad_inputs.items()],
        kanban_cases=[
            (cid, case.transition, case.to, case.illegal)
            for cid, case in tests.kanban_cases.items()
        ],
        **context,
    )
    return files


__all__ = ["MissingAssetsError", "page_files", "render_page_template", "vendored_assets"]
