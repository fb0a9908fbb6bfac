"""The step designers' parts: resolver, prompt files, answer models, merges, the offline path."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from appwright.design import offline
from appwright.design.service import (
    DESIGN_SEQUENCE,
    EmptyDescriptionError,
    design_description,
    design_step,
)
from appwright.design.steps import (
    STEP_IDS,
    ObjectModelAnswer,
    RelationshipsAnswer,
    UnknownStepError,
    get_step,
    run_step,
)
from appwright.design.steps.merge import merge_object_model, merge_relationships
from appwright.design.steps.runner import describe_issues
from appwright.llm import ScriptedProvider
from appwright.spec import AppSpec, load_spec, validate_spec

# Entities every prompt's example can name: the examples form one CRM.
CRM: dict[str, Any] = {
    "name": "Sales CRM",
    "entities": [
        {"name": "company", "fields": [{"name": "name", "required": True}, {"name": "industry"}]},
        {
            "name": "deal",
            "fields": [
                {"name": "title", "required": True},
                {"name": "amount", "type": "decimal"},
                {"name": "stage", "type": "enum", "options": ["lead", "won"]},
                {"name": "closed_on", "type": "date"},
            ],
        },
        {"name": "user", "fields": [{"name": "name"}, {"name": "email", "type": "email"}]},
        {"name": "tag", "fields": [{"name": "label"}]},
    ],
}


def prompt_example(step_id: str) -> dict[str, Any]:
    match = re.search(r"of this shape:\n(.*?)\n\nRules:", get_step(step_id).prompt, flags=re.DOTALL)
    assert match is not None, f"{step_id}.txt has no example before its rules"
    example: dict[str, Any] = json.loads(match.group(1))
    return example


def test_every_step_id_resolves_to_its_step() -> None:
    assert STEP_IDS == (
        "object-model",
        "relationships",
        "state-flow",
        "pages",
        "permissions",
        "reports",
    )
    for step_id in STEP_IDS:
        assert get_step(step_id).id == step_id
    assert sorted(DESIGN_SEQUENCE) == sorted(STEP_IDS)


def test_an_unknown_step_id_lists_the_valid_ones() -> None:
    with pytest.raises(UnknownStepError) as raised:
        get_step("layout")
    message = str(raised.value)
    assert "unknown step 'layout'" in message
    for step_id in STEP_IDS:
        assert step_id in message
    assert raised.value.valid_ids == STEP_IDS


@pytest.mark.parametrize("step_id", STEP_IDS)
def test_each_prompt_example_is_a_valid_answer_for_its_step(step_id: str) -> None:
    step = get_step(step_id)
    answer = step.answer_model.model_validate(prompt_example(step_id))
    assert answer.questions or step_id == "pages"  # the examples show what a question looks like


def test_docs_show_the_prompt_examples() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "steps.md").read_text(encoding="utf-8")
    for step_id in STEP_IDS:
        section = docs.split(f"### {step_id}\n", 1)[1]
        shown = re.search(r"```json\n(.*?)\n```", section, flags=re.DOTALL)
        assert shown is not None, step_id
        assert json.loads(shown.group(1)) == prompt_example(step_id), step_id


def test_the_prompt_examples_make_one_valid_design() -> None:
    """Answered in the design order, the examples must make a spec with no repair: they teach
    the model the shapes and the cross-references validation will demand of its answers."""
    answers = [json.dumps(prompt_example(step_id)) for step_id in DESIGN_SEQUENCE]

    outcome = design_description("A CRM.", ScriptedProvider(answers))

    assert [step.path for step in outcome.steps] == ["model"] * len(DESIGN_SEQUENCE)
    spec = outcome.spec
    assert [e.name for e in spec.entities] == ["company", "contact", "deal"]
    assert [(r.from_, r.field) for r in spec.relationships] == [
        ("deal", "company_id"), ("deal", "primary_contact_id"), ("contact", "company_id"),
    ]  # fmt: skip
    deal = spec.entity("deal")
    assert deal is not None
    stage = deal.field("stage")
    assert stage is not None
    assert stage.options == ["lead", "qualified", "proposal", "won", "lost"]
    assert [p.path for p in spec.pages] == ["/", "/pipeline", "/directory"]
    assert len(outcome.questions) == len(DESIGN_SEQUENCE) - 1


def test_object_model_merge_upserts_entities_and_fields_and_keeps_the_rest() -> None:
    spec = load_spec(
        {**CRM, "relationships": [{"from": "deal", "to": "company", "required": True}]}
    )
    data = spec.to_json_dict()
    answer = ObjectModelAnswer.model_validate(
        {
            "name": "Another Name",
            "entities": [
                {"name": "deal", "fields": [{"name": "amount", "type": "integer"},
                                            {"name": "probability", "type": "decimal"}]},
                {"name": "Contact Person", "fields": [{"name": "email", "type": "email"}]},
            ],
        }
    )  # fmt: skip

    merged = merge_object_model(data, answer)

    result = load_spec(merged.data)
    assert result.name == "Sales CRM"  # the spec so far names the app
    deal = result.entity("deal")
    assert deal is not None
    assert [f.name for f in deal.fields] == [
        "title", "amount", "stage", "closed_on", "company_id", "probability",
    ]  # fmt: skip
    assert deal.fields[1].type == "integer"
    assert [e.name for e in result.entities][-1] == "contact_person"
    assert merged.answer_path("entities[1].fields[1].type") == "entities[0].fields[0].type"
    assert merged.answer_path("entities[1].fields[5]") == "entities[0].fields[1]"
    assert merged.answer_path("entities[4].fields[0].name") == "entities[1].fields[0].name"
    assert merged.answer_path("entities[1].fields[0]") is None  # title: the spec's own
    assert merged.answer_path("entities[0]") is None


def test_issue_paths_point_into_the_answer_or_say_spec_so_far() -> None:
    data = load_spec({**CRM, "relationships": [{"from": "deal", "to": "company"}]}).to_json_dict()
    answer = RelationshipsAnswer.model_validate(
        {"relationships": [{"from": "deal", "to": "compnay"}]}
    )
    merged = merge_relationships(data, answer)
    spec, issues = validate_spec(merged.data)
    assert spec is None

    problems = describe_issues(issues, merged)

    assert any(line.startswith("relationships[0].to: ") and "compnay" in line for line in problems)
    assert not any(line.startswith("relationships[1]") for line in problems)


def test_relationships_are_upserted_by_their_ends_and_field() -> None:
    data = load_spec(
        {**CRM, "relationships": [{"from": "deal", "to": "company", "on_delete": "restrict"}]}
    ).to_json_dict()
    answer = RelationshipsAnswer.model_validate(
        {
            "relationships": [
                {"from": "deal", "to": "company", "required": True, "on_delete": "cascade"},
                {"from": "deal", "to": "user", "field": "owner"},
            ]
        }
    )
    result = load_spec(merge_relationships(data, answer).data)
    assert [(r.from_, r.to, r.field, r.on_delete) for r in result.relationships] == [
        ("deal", "company", "company_id", "cascade"),
        ("deal", "user", "owner_id", "restrict"),
    ]


def test_without_a_provider_a_step_is_the_offline_designers() -> None:
    text = "A library: books with a title and an author. Members borrow books."
    spec = offline.object_model(text)
    before = spec.model_dump()

    result = run_step(get_step("relationships"), text, spec)

    assert result.path == "offline"
    assert result.usage == ()
    assert result.spec == load_spec(offline.relationships(text, spec))
    assert set(result.structure.model_dump()) == {"relationships", "questions"}
    assert spec.model_dump() == before


def test_a_step_alone_without_a_spec_designs_what_it_builds_on() -> None:
    text = (
        "A helpdesk: tickets with a title and a priority (low, high), moving from open to closed."
    )
    result = design_step("state-flow", text)
    assert result.path == "offline"
    assert [flow.entity for flow in result.spec.state_flows] == ["ticket"]
    assert result.structure.model_dump(by_alias=True)["state_flows"][0]["states"] == [
        "open",
        "closed",
    ]


def test_a_whole_design_without_a_provider_is_the_offline_designers() -> None:
    text = "A habit tracker: habits with a name and a goal per week; check-ins on a date."
    designed = offline.design_app(text)
    seen: list[str] = []

    outcome = design_description(text, on_step=lambda result: seen.append(result.step_id))

    assert outcome.spec == designed.spec
    assert outcome.questions == tuple(designed.questions)
    assert seen == list(DESIGN_SEQUENCE)
    assert {step.path for step in outcome.steps} == {"offline"}
    assert outcome.usage == ()
    assert not outcome.used_model


def test_an_empty_description_is_refused() -> None:
    with pytest.raises(EmptyDescriptionError):
        design_description("  \n ")
    with pytest.raises(EmptyDescriptionError):
        design_step("object-model", "")


def test_structure_is_the_steps_part_of_a_spec() -> None:
    spec: AppSpec = load_spec(CRM)
    structure = get_step("object-model").structure(spec, ["Which currency?"])
    dumped = structure.model_dump(mode="json")
    assert list(dumped) == ["name", "entities", "questions"]
    assert dumped["questions"] == ["Which currency?"]
    assert [e["name"] for e in dumped["entities"]] == ["company", "deal", "user", "tag"]
