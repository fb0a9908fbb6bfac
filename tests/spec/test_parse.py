"""Shape problems: every one reported with its JSON path and a sentence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from appwright.spec import SpecValidationError, load_spec, validate_spec


def minimal(**overrides: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "name": "Library",
        "entities": [{"name": "book", "fields": [{"name": "title", "required": True}]}],
    }
    spec.update(overrides)
    return spec


def issues_of(data: Any) -> list[str]:
    spec, issues = validate_spec(data)
    assert spec is None, "expected the spec to be rejected"
    return [str(issue) for issue in issues]


def test_a_minimal_spec_loads_with_defaults() -> None:
    spec = load_spec(minimal())
    assert spec.slug == "library"
    assert spec.entities[0].fields[0].type == "text"
    assert spec.pages, "a spec without pages gets default pages"


def test_type_typo_suggests_the_synonym_and_its_canonical_type() -> None:
    data = minimal(entities=[{"name": "book", "fields": [{"name": "price", "type": "nmber"}]}])
    assert issues_of(data) == [
        'entities[0].fields[0].type: "nmber" is not a field type; did you mean "number"→"decimal"?'
    ]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("string", "text"), ("int", "integer"), ("money", "decimal"), ("bool", "boolean"),
     ("timestamp", "datetime"), ("link", "url"), ("Multi Select", "multi_enum")],
)  # fmt: skip
def test_type_synonyms_become_canonical_types(written: str, canonical: str) -> None:
    field: dict[str, Any] = {"name": "x", "type": written}
    if canonical == "multi_enum":
        field["options"] = ["a", "b"]
    spec = load_spec(minimal(entities=[{"name": "book", "fields": [field]}]))
    assert spec.entities[0].fields[0].type == canonical


def test_every_problem_is_reported_at_once_across_sections() -> None:
    data = minimal(
        entities=[
            {"name": "book", "fields": [{"name": "title", "requird": True}]},
            {"name": "author", "fields": [{"name": "born", "type": "dat"}]},
            {"name": "loan", "fields": [{"name": "due", "type": "date"}]},
        ],
        relationships=[{"from": "loan", "to": "member"}],
        reports=[{"name": "loans", "entity": "loan", "measure": {"agg": "sum", "field": "due"}}],
    )
    found = issues_of(data)
    assert (
        found[0] == 'entities[0].fields[0].requird: unknown key "requird"; did you mean "required"?'
    )
    assert found[1].startswith(
        'entities[1].fields[0].type: "dat" is not a field type; did you mean "date"'
    )
    assert (
        "relationships[0].to: the relationship names entity member, which does not exist"
        in found[2]
    )
    assert found[3] == "reports[0].measure: sum needs a number; loan.due is a date"


def test_paths_point_at_the_document_even_when_earlier_elements_fail() -> None:
    data = minimal(
        entities=[
            {"name": "broken", "fields": [{"name": "x", "type": "?"}]},
            {"name": "book", "fields": [{"name": "title"}]},
            {"name": "book", "fields": [{"name": "title"}]},
        ]
    )
    found = issues_of(data)
    assert any(line.startswith('entities[2]: "book" is defined more than once') for line in found)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("客户", 'name "客户" has no letters or digits that can form an identifier'),
        ("2fa", 'name "2fa" must start with a letter'),
        ("x" * 500, f'name "{"x" * 37}..." is 500 characters long; names are at most 48'),
    ],
)
def test_unusable_names_are_errors(raw: str, message: str) -> None:
    found = issues_of(minimal(entities=[{"name": raw, "fields": [{"name": "a"}]}]))
    assert found == [f"entities[0].name: {message}"]


def test_names_are_normalized_to_snake_case() -> None:
    spec = load_spec(
        minimal(entities=[{"name": "Line Item", "fields": [{"name": "unitPrice", "type": "decimal"},
                                                          {"name": "Café Name"}]}])
    )  # fmt: skip
    entity = spec.entities[0]
    assert entity.name == "line_item"
    assert [f.name for f in entity.fields] == ["unit_price", "cafe_name"]
    assert entity.label == "Line item"


def test_keyword_names_are_kept() -> None:
    data = minimal(entities=[{"name": "order", "fields": [{"name": "class"}, {"name": "from"}]},
                             {"name": "user", "fields": [{"name": "table"}]}])  # fmt: skip
    spec = load_spec(data)
    assert [e.name for e in spec.entities] == ["order", "user"]


def test_limits_on_fields_and_entities() -> None:
    fields = [{"name": f"f{i}"} for i in range(2000)]
    found = issues_of(minimal(entities=[{"name": "wide", "fields": fields}]))
    assert found == [
        "entities[0].fields: has 2000 fields; an entity has at most 250 (split it into related entities)"
    ]


def test_broken_json_and_non_objects(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"name": "x", "entities": [', encoding="utf-8")
    assert issues_of(broken)[0].startswith("$: not valid JSON:")
    assert issues_of(["not", "an", "object"]) == ["$: a spec is a JSON object, not list"]
    assert issues_of(tmp_path / "missing.json")[0].startswith("$: cannot read")


def test_spec_error_lists_issues_as_json() -> None:
    with pytest.raises(SpecValidationError) as caught:
        load_spec(minimal(entities=[]))
    assert caught.value.to_json() == [
        {"path": "entities", "message": "a spec needs at least one entity"}
    ]


def test_json_text_and_path_sources_agree(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(minimal()), encoding="utf-8")
    assert load_spec(path) == load_spec(json.dumps(minimal())) == load_spec(minimal())
