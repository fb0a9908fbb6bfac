"""Generated suites pass against a real PostgreSQL server, migrations applied to it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from appwright.codegen import check_project, write_project
from appwright.spec import load_spec

ROOT = Path(__file__).resolve().parents[2]
SPECS = [
    ROOT / "tests" / "fixtures" / "specs" / "keyword_shop.json",
    ROOT / "examples" / "crm.json",
]


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.parametrize("spec_path", SPECS, ids=lambda path: path.stem)
def test_generated_suite_passes_on_postgresql(
    spec_path: Path, tmp_path: Path, fresh_postgres_database: Callable[[str], str]
) -> None:
    if not spec_path.exists():
        pytest.fail(f"missing spec {spec_path}")
    project = tmp_path / "app"
    write_project(load_spec(spec_path), project)
    url = fresh_postgres_database(f"gen_{spec_path.stem}")
    result = check_project(project, database_url=url)
    assert result.ok, result.output_tail
    assert result.failed == 0
    assert result.passed > 50
