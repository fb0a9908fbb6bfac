"""The command line: schema, validate and diff, as a person runs them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from appwright.cli import app

runner = CliRunner()


def write(tmp_path: Path, name: str, data: Any) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


SPEC = {"name": "Library", "entities": [{"name": "book", "fields": [{"name": "title"}]}]}


def test_schema_is_a_json_schema_of_the_appspec() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "AppSpec"
    assert {"entities", "relationships", "pages", "permissions"} <= set(schema["properties"])


def test_validate_accepts_a_good_spec(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(write(tmp_path, "ok.json", SPEC))])
    assert result.exit_code == 0
    assert "Library — 1 entities" in result.stdout


def test_validate_prints_the_normalized_spec(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", "--normalized", str(write(tmp_path, "ok.json", SPEC))])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["slug"] == "library"


def test_validate_lists_every_problem_and_fails(tmp_path: Path) -> None:
    bad = {"name": "x", "entities": [{"name": "a", "fields": [{"name": "b", "type": "nmber"}]},
                                     {"name": "c", "fields": []}]}  # fmt: skip
    result = runner.invoke(app, ["validate", str(write(tmp_path, "bad.json", bad))])
    assert result.exit_code == 1
    assert "2 problems" in result.stderr
    assert 'entities[0].fields[0].type: "nmber" is not a field type' in result.stderr
    assert "entities[1].fields: entity c has no fields" in result.stderr


def test_diff_prints_sentences_and_patch(tmp_path: Path) -> None:
    new = json.loads(json.dumps(SPEC))
    new["entities"][0]["fields"].append({"name": "year", "type": "integer"})
    old_path, new_path = write(tmp_path, "a.json", SPEC), write(tmp_path, "b.json", new)
    result = runner.invoke(app, ["diff", str(old_path), str(new_path), "--json"])
    assert result.exit_code == 0
    change = json.loads(result.stdout)
    assert change["sentences"] == ["added field book.year (integer)"]
    assert change["patch"][0]["op"] == "add"
    human = runner.invoke(app, ["diff", str(old_path), str(new_path)])
    assert "• added field book.year (integer)" in human.stdout
