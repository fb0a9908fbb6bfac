"""``appwright design`` and ``appwright new``, as a person runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from appwright.cli import app
from appwright.design.steps import STEP_IDS
from appwright.llm.guard import BLOCK_REAL_MODELS_ENV
from appwright.spec import load_spec

runner = CliRunner()

BOOKS = (
    "I want to track my book collection: title, author, genre, number of pages, a rating from"
    " 0 to 5 and my reading status (to read, reading, finished)."
)
SCORER = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "score_spec.py"
BOOKS_GOLD = SCORER.parent / "dev" / "books.yaml"


@pytest.fixture(autouse=True)
def no_model_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default: no model. Settings come only from the test; real models are blocked."""
    for name in list(os.environ):
        if name.startswith("APPWRIGHT_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv(BLOCK_REAL_MODELS_ENV, "1")


def test_design_json_is_only_a_spec_on_stdout() -> None:
    result = runner.invoke(app, ["design", BOOKS, "--json"])

    assert result.exit_code == 0, result.output
    spec = load_spec(json.loads(result.stdout))
    book = spec.entity("book")
    assert book is not None
    assert ["to_read", "reading", "finished"] in [f.options for f in book.fields]
    assert "Questions" in result.stderr  # the questions go beside the JSON, not into it


@pytest.mark.skipif(not SCORER.is_file(), reason=f"the shared scorer is not at {SCORER}")
def test_design_json_is_scorable(tmp_path: Path) -> None:
    result = runner.invoke(app, ["design", BOOKS, "--json"])
    predicted = tmp_path / "books.json"
    predicted.write_text(result.stdout, encoding="utf-8")

    scored = subprocess.run(
        [sys.executable, str(SCORER), str(BOOKS_GOLD), str(predicted)],
        capture_output=True,
        text=True,
        check=True,
    )

    figures = json.loads(scored.stdout)
    assert figures["entity_recall"] == 1.0


def test_design_prints_the_spec_then_the_questions() -> None:
    result = runner.invoke(app, ["design", BOOKS])

    assert result.exit_code == 0, result.output
    out = result.stdout
    assert '"entities"' in out
    assert "designed by: offline designer (no model configured)" in out
    assert out.index('"entities"') < out.index("Questions to refine the design") < out.index("1. ")


def test_design_one_step_prints_its_structure() -> None:
    helpdesk = "A helpdesk: tickets with a title. A ticket moves from open to closed."
    result = runner.invoke(app, ["design", helpdesk, "--step", "state-flow", "--json"])

    assert result.exit_code == 0, result.output
    structure = json.loads(result.stdout)
    assert set(structure) == {"state_flows", "questions"}
    assert structure["state_flows"][0]["states"] == ["open", "closed"]


def test_an_unknown_step_exits_2_listing_the_valid_ids() -> None:
    result = runner.invoke(app, ["design", BOOKS, "--step", "layout"])

    assert result.exit_code == 2
    message = " ".join(result.stderr.split())  # the error box wraps lines
    assert "unknown step 'layout'" in message
    for step_id in STEP_IDS:
        assert step_id in message


def test_an_empty_description_exits_2() -> None:
    result = runner.invoke(app, ["design", "   "])
    assert result.exit_code == 2
    assert "describe the app" in result.stderr


def test_design_with_a_configured_model_says_how_each_step_went(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer = {
        "name": "Books",
        "entities": [{"name": "book", "fields": [{"name": "title", "required": True}]}],
        "questions": ["Do you lend books to friends?"],
    }
    monkeypatch.setenv("APPWRIGHT_LLM__PROVIDER", "scripted")
    monkeypatch.setenv("APPWRIGHT_LLM__SCRIPT", json.dumps(["{oops", json.dumps(answer)]))

    result = runner.invoke(app, ["design", BOOKS, "--step", "object-model"])

    assert result.exit_code == 0, result.output
    assert "designed by: object-model: model_repaired" in result.stdout
    assert "model: scripted/scripted · 2 calls ·" in result.stdout
    assert "1. Do you lend books to friends?" in result.stdout


def test_a_broken_model_setting_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APPWRIGHT_LLM__PROVIDER", "telepathy")
    result = runner.invoke(app, ["design", BOOKS])
    assert result.exit_code == 2
    assert "model settings" in result.stderr


def test_new_refuses_a_directory_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["new", BOOKS, "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert "is not empty" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


@pytest.mark.slow
def test_new_designs_generates_and_checks_an_app(tmp_path: Path) -> None:
    out = tmp_path / "books"

    result = runner.invoke(app, ["new", BOOKS, "-o", str(out)])

    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "module.json").read_text(encoding="utf-8"))
    assert (out / manifest["package"] / "main.py").is_file()
    assert "entities" in result.stdout
    assert " passed, 0 failed, 0 errors" in result.stdout
    assert f"uvicorn {manifest['package']}.main:app" in result.stdout
