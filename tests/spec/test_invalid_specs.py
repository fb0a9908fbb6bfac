"""The invalid-spec corpus: each broken spec is refused, with every one of its problems, where it is.

``tests/fixtures/invalid_specs/expected.json`` maps each file to the issues its report must
include, as ``{"path": ..., "contains": ...}``: the issue's path exactly, a piece of its message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from appwright.cli import app
from appwright.spec import SpecIssue, SpecValidationError, load_spec, validate_spec

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "invalid_specs"
EXPECTED: dict[str, list[dict[str, str]]] = json.loads(
    (CORPUS / "expected.json").read_text(encoding="utf-8")
)
CASES = sorted(EXPECTED)

runner = CliRunner()


def refused(name: str) -> SpecValidationError:
    with pytest.raises(SpecValidationError) as caught:
        load_spec(CORPUS / name)
    return caught.value


def missing_expectations(name: str, issues: list[SpecIssue]) -> list[dict[str, str]]:
    return [
        want
        for want in EXPECTED[name]
        if not any(i.path == want["path"] and want["contains"] in i.message for i in issues)
    ]


def test_every_corpus_file_has_expectations() -> None:
    files = sorted(p.name for p in CORPUS.glob("*.json") if p.name != "expected.json")
    assert files == CASES
    assert len(CASES) >= 35
    assert all(EXPECTED[name] for name in CASES)


@pytest.mark.parametrize("name", CASES)
def test_load_spec_reports_each_expected_problem(name: str) -> None:
    error = refused(name)
    missing = missing_expectations(name, error.issues)
    report = "\n".join(str(issue) for issue in error.issues)
    assert not missing, f"{name}: not reported {missing}; the report was:\n{report}"
    assert str(error).splitlines() == [f"{i.path}: {i.message}" for i in error.issues]


@pytest.mark.parametrize("name", CASES)
def test_validate_spec_returns_no_spec_and_the_same_issues(name: str) -> None:
    spec, issues = validate_spec(CORPUS / name)
    assert spec is None
    assert issues == refused(name).issues


@pytest.mark.parametrize("name", CASES)
def test_cli_validate_exits_1_listing_the_problems(name: str) -> None:
    result = runner.invoke(app, ["validate", str(CORPUS / name)])
    assert result.exit_code == 1
    lines = [line.strip() for line in result.stderr.splitlines()]
    for want in EXPECTED[name]:
        prefix = f"{want['path']}: "
        assert any(line.startswith(prefix) and want["contains"] in line for line in lines), (
            f"{want} not in:\n{result.stderr}"
        )


@pytest.mark.parametrize("name", CASES)
def test_cli_generate_writes_nothing(name: str, tmp_path: Path) -> None:
    out = tmp_path / "app"
    result = runner.invoke(app, ["generate", str(CORPUS / name), "--out", str(out)])
    assert result.exit_code == 1
    assert list(tmp_path.iterdir()) == []


BROKEN_BUT_PRESENT = [
    "04_unknown_key_in_field.json",
    "06_wrong_json_types.json",
    "08_fields_not_a_list.json",
    "44_name_of_500_characters.json",
    "59_many_problems_reported_at_once.json",
]
"""Cases where an entity that IS in the spec has a broken part (a field, a key)."""


@pytest.mark.parametrize("name", BROKEN_BUT_PRESENT)
def test_a_broken_entity_is_not_reported_as_missing(name: str) -> None:
    written = {e["name"] for e in json.loads((CORPUS / name).read_text("utf-8"))["entities"]}
    expected_paths = {want["path"] for want in EXPECTED[name]}
    false_alarms = [
        str(issue)
        for issue in refused(name).issues
        if issue.path not in expected_paths
        and "which does not exist" in issue.message
        and any(f"entity {entity}," in issue.message for entity in written)
    ]
    assert false_alarms == []
