"""A generated app's own test suite, pages included, passes for a spec using every component."""

from __future__ import annotations

from pathlib import Path

import pytest

from appwright.codegen import check_project, write_project
from appwright.spec import load_spec

SHOWCASE = Path(__file__).with_name("pages_showcase.json")


@pytest.mark.slow
def test_showcase_suite_passes(tmp_path: Path) -> None:
    project = tmp_path / "app"
    write_project(load_spec(SHOWCASE), project)
    assert (project / "tests" / "test_pages.py").is_file()
    result = check_project(project, timeout=600)
    assert result.ok, (
        f"{result.passed} passed, {result.failed} failed, {result.errors} errors\n"
        f"{result.output_tail}"
    )
    assert result.passed > 0
