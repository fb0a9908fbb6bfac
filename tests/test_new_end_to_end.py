"""End to end, with no model configured: ``appwright new`` on every dev description gives an
app whose own test suite passes."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from appwright.cli import app
from appwright.llm.guard import BLOCK_REAL_MODELS_ENV

DEV_SET = (
    Path(
        os.environ.get(
            "APPWRIGHT_BENCHMARKS", Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
        )
    )
    / "dev"
)
DESCRIPTIONS = sorted(DEV_SET.glob("*.yaml")) if DEV_SET.is_dir() else []

runner = CliRunner()


@pytest.fixture(autouse=True)
def no_model_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("APPWRIGHT_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv(BLOCK_REAL_MODELS_ENV, "1")


@pytest.mark.slow
@pytest.mark.skipif(not DESCRIPTIONS, reason=f"no dev descriptions in {DEV_SET}")
@pytest.mark.parametrize("gold", DESCRIPTIONS, ids=lambda path: path.stem)
def test_new_makes_an_app_whose_tests_pass(gold: Path, tmp_path: Path) -> None:
    description = yaml.safe_load(gold.read_text(encoding="utf-8"))["description"]
    out = tmp_path / gold.stem

    result = runner.invoke(app, ["new", description, "-o", str(out)])

    assert result.exit_code == 0, result.output + result.stderr
    passed = re.search(r"tests\s+(\d+) passed, 0 failed, 0 errors", result.stdout)
    assert passed is not None, result.stdout
    assert int(passed.group(1)) > 0
    assert (out / "module.json").is_file()
