"""End to end: every example and fixture spec generates an app whose own suite passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from appwright.codegen import check_project, write_project
from appwright.spec import load_spec

ROOT = Path(__file__).resolve().parents[2]
SPECS = sorted((ROOT / "tests" / "fixtures" / "specs").glob("*.json")) + sorted(
    (ROOT / "examples").glob("*.json")
)


@pytest.mark.slow
@pytest.mark.parametrize("spec_path", SPECS, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_generated_suite_passes(spec_path: Path, tmp_path: Path) -> None:
    project = tmp_path / "app"
    write_project(load_spec(spec_path), project)
    result = check_project(project)
    assert result.ok, result.output_tail
    assert result.passed > 20
