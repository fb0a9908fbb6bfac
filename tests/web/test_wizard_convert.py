"""The wizard's forms: a step's structure as form values and back, without losing anything."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from appwright.design.steps import STEP_IDS
from appwright.spec import SpecIssue, load_spec
from appwright.web.wizard.convert import (
    EXTRA,
    ROW_MARKER,
    Row,
    StepForm,
    add_row,
    apply_structure,
    compact,
    form_from_post,
    form_from_spec,
    problems_by_input,
    remove_row,
    structure_from_form,
)
from appwright.web.wizard.layout import STEP_LAYOUTS, Collection

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))


def example(name: str) -> dict[str, Any]:
    return load_spec(json.loads((EXAMPLES[0].parent / f"{name}.json").read_text())).to_json_dict()


def posted(form: StepForm) -> dict[str, list[str]]:
    """What a browser posts for ``form`` (the names the templates give the inputs)."""
    data: dict[str, list[str]] = {}

    def put(name: str, value: object) -> None:
        if value is True:
            data[name] = ["on"]
        elif isinstance(value, tuple):
            data[name] = list(value)
        elif isinstance(value, str):
            data[name] = [value]

    def rows(collection: Collection, items: list[Row]) -> None:
        for row in items:
            data[f"{row.path}.{ROW_MARKER}"] = ["1"]
            data[f"{row.path}.{EXTRA}"] = [row.extra]
            for column in collection.columns:
                put(row.input_name(column), row.values[column.key])
            for child in collection.children:
                rows(child, row.children[child.key])

    for key, value in form.scalars.items():
        put(key, value)
    for collection in form.layout.collections:
        rows(collection, form.rows[collection.key])
    return data


def test_there_is_a_form_for_every_definition_step_in_order() -> None:
    assert tuple(STEP_LAYOUTS) == STEP_IDS


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
@pytest.mark.parametrize("step_id", STEP_IDS)
def test_every_step_of_every_example_survives_the_form_and_a_post(path: Path, step_id: str) -> None:
    spec = load_spec(json.loads(path.read_text())).to_json_dict()

    form = form_from_post(step_id, posted(form_from_spec(step_id, spec)))
    structure, problems = structure_from_form(form)

    assert problems == []
    assert load_spec(apply_structure(spec, step_id, structure)).to_json_dict() == spec


def test_the_object_model_form_shows_entities_as_rows_of_fields() -> None:
    form = form_from_spec("object-model", example("crm"))

    assert form.scalars["name"] == "Sales CRM"
    entity = form.rows["entities"][0]
    assert entity.path == "entities[0]"
    assert entity.values["name"] == "company"
    field = entity.children["fields"][0]
    assert field.path == "entities[0].fields[0]"
    assert field.input_name(STEP_LAYOUTS["object-model"].collections[0].children[0].columns[2]) == (
        "entities[0].fields[0].type"
    )
    stage = next(
        row for row in form.rows["entities"][2].children["fields"] if row.values["name"] == "stage"
    )
    assert stage.values["type"] == "enum"
    assert stage.values["options"] == "lead, qualified, proposal, won, lost"


def test_keys_the_form_does_not_show_ride_along_in_the_row() -> None:
    spec = {
        "name": "Shop",
        "entities": [
            {"name": "product", "fields": [
                {"name": "price", "type": "decimal", "validation": {"min": 0}, "indexed": True}
            ]}
        ],
    }  # fmt: skip
    form = form_from_spec("object-model", spec)
    price = form.rows["entities"][0].children["fields"][0]

    assert json.loads(price.extra) == {"indexed": True, "validation": {"min": 0}}
    assert price.values == {
        "name": "price", "display_name": "", "type": "decimal", "options": "",
        "required": False, "unique": False, "searchable": False,
    }  # fmt: skip
    structure, _ = structure_from_form(form_from_post("object-model", posted(form)))
    assert structure["entities"][0]["fields"][0]["validation"] == {"min": 0}


def test_typed_values_become_the_structures_types() -> None:
    form = form_from_spec("permissions", {"permissions": {"rules": []}})
    add_row(form, "permissions.rules")
    rule = form.rows["permissions.rules"][0]
    rule.values.update(role="manager", entity="deal", actions=("read", "delete"), scope="own")
    form.scalars["permissions.roles"] = " manager,  sales_rep , "

    structure, problems = structure_from_form(form)

    assert problems == []
    assert structure == {
        "permissions": {
            "roles": ["manager", "sales_rep"],
            "rules": [
                {"role": "manager", "entity": "deal", "actions": ["read", "delete"], "scope": "own"}
            ],
        }
    }


def test_reports_without_a_time_field_have_no_time_bucket_and_no_chart_is_null() -> None:
    form = form_from_spec("reports", {"reports": [{"name": "n", "entity": "deal"}]})
    report = form.rows["reports"][0]
    report.values["chart"] = ""

    structure, _ = structure_from_form(form)

    assert "time_bucket" not in structure["reports"][0]
    assert structure["reports"][0]["chart"] is None
    assert structure["reports"][0]["measure"] == {"agg": "count"}
    report.values.update({"time_bucket.field": "closed_on", "time_bucket.unit": "week"})
    structure, _ = structure_from_form(form)
    assert structure["reports"][0]["time_bucket"] == {"field": "closed_on", "unit": "week"}


def test_text_that_is_not_json_is_a_problem_at_its_input_and_kept_as_typed() -> None:
    form = form_from_spec("pages", example("crm"))
    form.rows["pages"][0].values["layout"] = "{not json"

    structure, problems = structure_from_form(form)

    assert [problem.path for problem in problems] == ["pages[0].layout"]
    assert "not valid JSON" in problems[0].message
    assert "layout" not in structure["pages"][0]
    again = form_from_post("pages", posted(form))
    assert again.rows["pages"][0].values["layout"] == "{not json"


def test_added_and_removed_rows_are_renumbered() -> None:
    form = form_from_spec("object-model", example("crm"))
    entities = len(form.rows["entities"])
    assert add_row(form, "entities[1].fields")
    new = form.rows["entities"][1].children["fields"][-1]
    assert new.values["type"] == "text"
    assert new.path.startswith("entities[1].fields[")

    assert remove_row(form, "entities[0]")

    assert [row.path for row in form.rows["entities"]] == [
        f"entities[{index}]" for index in range(entities - 1)
    ]
    assert form.rows["entities"][0].children["fields"][-1].path == (
        f"entities[0].fields[{len(form.rows['entities'][0].children['fields']) - 1}]"
    )
    assert not add_row(form, "entities[9].fields")
    assert not remove_row(form, "entities[9]")


def test_a_post_with_gaps_in_the_numbers_is_read_in_order() -> None:
    data = {
        "name": ["Shop"],
        "entities[3]._row": ["1"],
        "entities[3].name": ["order"],
        "entities[3].fields[5]._row": ["1"],
        "entities[3].fields[5].name": ["total"],
        "entities[3].fields[5].type": ["decimal"],
        "entities[3].fields[5].required": ["on"],
        "entities[1]._row": ["1"],
        "entities[1].name": ["customer"],
    }

    form = form_from_post("object-model", data)
    structure, _ = structure_from_form(form)

    assert [row.path for row in form.rows["entities"]] == ["entities[0]", "entities[1]"]
    assert structure["entities"][1] == {
        "name": "order",
        "fields": [
            {"name": "total", "type": "decimal", "required": True, "unique": False,
             "searchable": False}
        ],
    }  # fmt: skip
    assert structure["entities"][0]["fields"] == []


def test_applying_a_structure_replaces_only_the_steps_sections() -> None:
    spec = example("crm")
    updated = apply_structure(spec, "reports", {"reports": []})

    assert updated["reports"] == []
    assert "automations" not in updated
    assert updated["entities"] == spec["entities"]
    assert apply_structure(None, "object-model", {"name": "X", "entities": []}) == {
        "name": "X",
        "entities": [],
    }


def test_problems_land_on_the_input_or_row_they_are_about() -> None:
    form = form_from_spec("object-model", example("crm"))
    issues = [
        SpecIssue("entities[0].fields[1].type", "bad type"),
        SpecIssue("entities[2]", "bad entity"),
        SpecIssue("entities[0].fields[0].options[1]", "bad option"),
        SpecIssue("spec so far, relationships[0]", "elsewhere"),
    ]

    found = problems_by_input(form, issues)

    assert found == {
        "entities[0].fields[1].type": ["bad type"],
        "entities[2]": ["bad entity"],
        "entities[0].fields[0].options": ["bad option"],
    }


def test_compact_drops_only_what_restates_a_default() -> None:
    assert compact({"a": None, "b": False, "c": [], "d": {}, "e": 0, "f": {"g": None}}) == {
        "b": False,
        "e": 0,
    }
