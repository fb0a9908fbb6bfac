"""check_project runs a project's suite in a subprocess and counts the outcome."""

from __future__ import annotations

from pathlib import Path

from appwright.codegen import check_project

SUITE = """
import os

import pytest


def test_passes():
    assert True


def test_fails():
    assert False, "expected failure"


@pytest.mark.skip(reason="not today")
def test_skipped():
    pass


def test_database_url_is_passed():
    assert os.environ.get("APP_TEST_DATABASE_URL") == "sqlite:///given.db"
    assert "APP_SECRET_KEY" not in os.environ
"""


def test_counts_outcomes_and_passes_the_database_url(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_sample.py").write_text(SUITE)
    result = check_project(tmp_path, database_url="sqlite:///given.db")
    assert (result.passed, result.failed, result.skipped, result.errors) == (2, 1, 1, 0)
    assert not result.ok
    assert "expected failure" in result.output_tail
    assert result.duration > 0


def test_a_green_suite_is_ok(tmp_path: Path) -> None:
    (tmp_path / "test_ok.py").write_text("def test_ok():\n    assert True\n")
    result = check_project(tmp_path)
    assert result.ok
    assert result.passed == 1


def test_timeout_is_reported(tmp_path: Path) -> None:
    (tmp_path / "test_slow.py").write_text("import time\n\ndef test_slow():\n    time.sleep(30)\n")
    result = check_project(tmp_path, timeout=3)
    assert not result.ok
    assert "timed out" in result.output_tail
