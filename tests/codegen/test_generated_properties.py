"""Properties of the generator over random valid specs (tests/support/strategies.py).

For any spec ``load_spec`` accepts, the generated project is the same bytes every time and its
own test suite passes — on SQLite, and (slow tier) on a real PostgreSQL server. Each example
runs a whole generated suite in a subprocess, so the runs are few. Shrinking is off because every
step costs another generation or suite run (minutes in all): a failure prints the drawn spec as
one JSON line instead, to save and replay with ``appwright generate`` and ``appwright check``.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, note, settings
from support.strategies import valid_specs

from appwright.codegen import check_project, generate_files, write_project
from appwright.spec import AppSpec, load_spec

SUITE_TIMEOUT = 600.0
"""Seconds one generated suite may take before it counts as failed."""

suite_settings = settings(
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _load(data: dict[str, Any]) -> AppSpec:
    note("spec: " + json.dumps(data, ensure_ascii=False))
    return load_spec(data)


def _assert_suite_passes(spec: AppSpec, database_url: str | None = None) -> None:
    with tempfile.TemporaryDirectory(prefix="appwright-property-") as temp:
        project = Path(temp) / "app"
        write_project(spec, project)
        result = check_project(project, database_url=database_url, timeout=SUITE_TIMEOUT)
    if not result.ok:
        pytest.fail(
            f"the generated suite failed: {result.passed} passed, {result.failed} failed,"
            f" {result.errors} errors (exit {result.returncode})\n{result.output_tail}"
        )


@settings(suite_settings, max_examples=10)
@given(valid_specs())
def test_generation_is_deterministic(data: dict[str, Any]) -> None:
    spec = _load(data)
    first = generate_files(spec)
    assert generate_files(load_spec(spec.to_json_dict())) == first
    assert list(first) == sorted(first)


@settings(suite_settings, max_examples=3)
@given(valid_specs())
def test_generated_suite_passes(data: dict[str, Any]) -> None:
    _assert_suite_passes(_load(data))


@pytest.mark.slow
@settings(suite_settings, max_examples=15)
@given(valid_specs())
def test_generated_suites_pass_for_many_specs(data: dict[str, Any]) -> None:
    _assert_suite_passes(_load(data))


@pytest.mark.slow
@settings(suite_settings, max_examples=4)
@given(data=valid_specs())
def test_generated_suite_passes_on_postgres(
    fresh_postgres_database: Callable[[str], str], data: dict[str, Any]
) -> None:
    spec = _load(data)
    _assert_suite_passes(spec, database_url=fresh_postgres_database(f"property_{spec.slug}"))
