"""What the pages generator decides (paths, headings, fields, tones) and the files it writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import jinja2
import pytest

from appwright.codegen import build_plan, generate_files
from appwright.codegen import pages as pages_module
from appwright.codegen.page_catalog import build_catalog, input_bounds, option_tones, page_paths
from appwright.codegen.page_testplan import build_page_tests
from appwright.codegen.pages import MissingAssetsError, page_files
from appwright.spec import AppSpec, load_spec

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SHOWCASE = Path(__file__).with_name("pages_showcase.json")


@pytest.fixture(scope="module")
def spec() -> AppSpec:
    """A small spec with every component kind, a state flow, roles and page roles."""
    return load_spec(SHOWCASE)


def test_pages_keep_their_path_unless_the_app_owns_it(spec: AppSpec) -> None:
    assert page_paths(build_plan(spec))["board"] == "/board"
    # load_spec refuses such paths; a spec built another way still cannot hide /login
    clashing = spec.model_copy(deep=True)
    clashing.pages[0].path = "/login"
    clashing.pages[1].path = "/ui/board"
    paths = page_paths(build_plan(clashing))
    assert paths["overview"] == "/p/overview"
    assert paths["board"] == "/p/board"
    assert paths["orders"] == "/orders"


def test_components_get_ids_headings_and_settings(spec: AppSpec) -> None:
    catalog = build_catalog(build_plan(spec))
    components = {c.id: c for c in catalog.components}
    assert [c.id for c in catalog.pages[1].components] == ["board-1", "board-2"]
    assert components["board-1"].title == "New order"
    assert components["board-2"].title == "Orders by status"
    assert components["board-2"].group_by == "status"
    assert components["orders-3"].group_by == "priority"
    assert components["orders-1"].title == "Filter orders"
    assert components["orders-2"].filters_from == "orders-1"
    assert components["orders-3"].filters_from == "orders-1"
    assert components["schedule-1"].date_field == "due"
    assert components["schedule-2"].title == "Order details"
    assert components["overview-2"].report == "revenue"
    assert components["overview-2"].watches == "order"
    assert catalog.detail_paths == {"order": "/schedule"}


def test_components_show_fitting_fields(spec: AppSpec) -> None:
    components = {c.id: c for c in build_catalog(build_plan(spec)).components}
    # a create form has every editable field, never the state
    assert components["board-1"].fields == (
        "title", "amount", "due", "priority", "rush", "customer_id", "notes",
    )  # fmt: skip
    # a simple form asks for what is required and the title
    assert components["customers-2"].fields == ("name",)
    # a table leads with the title and leaves long text out
    assert components["orders-2"].fields[0] == "title"
    assert "notes" not in components["orders-2"].fields
    # a kanban card does not repeat its column or title
    assert "status" not in components["board-2"].fields
    assert "title" not in components["board-2"].fields


def test_state_options_get_tones_by_meaning_then_by_position() -> None:
    assert option_tones(("won", "lost", "pending", "draft"), colourful=True) == {
        "won": "green",
        "lost": "red",
        "pending": "amber",
        "draft": "",
    }
    assert option_tones(("alpha", "beta"), colourful=True) == {"alpha": "blue", "beta": "violet"}
    assert option_tones(("alpha", "beta"), colourful=False) == {"alpha": "", "beta": ""}


def test_input_bounds_fit_html_inputs() -> None:
    plan = build_plan(
        load_spec(
            {
                "name": "Bounds",
                "entities": [
                    {
                        "name": "slot",
                        "fields": [
                            {"name": "seats", "type": "integer", "validation": {"min": 1}},
                            {"name": "at", "type": "datetime",
                             "validation": {"min": "2024-01-01", "max": "2024-12-31T18:00:00"}},
                        ],
                    }
                ],
            }
        )
    )  # fmt: skip
    entity = plan.entity("slot")
    assert input_bounds(entity.columns[0]) == ("1", None)
    assert input_bounds(entity.columns[1]) == ("2024-01-01T00:00", "2024-12-31T18:00")


def test_page_tests_cover_every_component_that_can_be_exercised(spec: AppSpec) -> None:
    plan = build_plan(spec)
    tests = build_page_tests(plan, build_catalog(plan))
    assert tests.bad_inputs["board-1"].field == "title"
    assert tests.bad_inputs["board-1"].value is None  # a required field left empty
    assert tests.kanban_cases["board-2"].transition == "pay"
    assert tests.kanban_cases["board-2"].to == "paid"
    assert tests.kanban_cases["board-2"].illegal == "pay"
    assert tests.kanban_moves == {"orders-3": "priority"}
    assert tests.edit_fields == {"orders-2": "title"}
    assert ("customers", "viewer") in tests.hidden_pages
    assert ("customers", "clerk") in tests.role_pages


def test_page_files_are_deterministic_and_complete(spec: AppSpec) -> None:
    plan = build_plan(spec)
    first = page_files(plan)
    assert page_files(build_plan(load_spec(spec.to_json_dict()))) == first
    package = plan.package
    for path in (
        f"{package}/pages/__init__.py",
        f"{package}/pages/catalog.py",
        f"{package}/templates/base.html",
        f"{package}/templates/components/kanban.html",
        f"{package}/templates/pages/board.html",
        f"{package}/static/app.css",
        f"{package}/static/htmx.min.js",
        f"{package}/static/chart.umd.min.js",
        "tests/test_pages.py",
    ):
        assert path in first
    htmx = first[f"{package}/static/htmx.min.js"]
    assert isinstance(htmx, bytes)
    assert htmx == (pages_module.VENDOR_DIR / "htmx.min.js").read_bytes()


def test_shared_templates_are_valid_jinja(spec: AppSpec) -> None:
    environment = jinja2.Environment(autoescape=True)
    for path, content in page_files(build_plan(spec)).items():
        if path.endswith(".html"):
            assert isinstance(content, str)
            environment.parse(content)


def test_missing_vendored_libraries_name_the_setup_step(
    spec: AppSpec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pages_module, "VENDOR_DIR", tmp_path)
    with pytest.raises(MissingAssetsError, match=r"scripts/setup\.sh"):
        page_files(build_plan(spec))


@pytest.mark.parametrize("example", ["crm", "books"])
def test_generated_pages_pass_ruff(example: str, tmp_path: Path) -> None:
    files = generate_files(load_spec(EXAMPLES / f"{example}.json"))
    for path, content in files.items():
        target = tmp_path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    package = next(p.parent.name for p in tmp_path.glob("*/main.py"))
    ours = [f"{package}/pages", "tests/test_pages.py"]
    ruff = [sys.executable, "-m", "ruff"]
    lint = subprocess.run(
        [*ruff, "check", "--no-cache", *ours], cwd=tmp_path, capture_output=True, text=True
    )
    assert lint.returncode == 0, lint.stdout
    formatted = subprocess.run(
        [*ruff, "format", "--check", "--no-cache", *ours],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert formatted.returncode == 0, formatted.stdout
