"""A step with a model: scripted answers, good and broken — repair, fallback and clear errors."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from appwright.design.service import design_description, design_step
from appwright.design.steps import (
    MAX_REPAIR_ROUNDS,
    StepFailedError,
    StepNeedsSpecError,
    get_step,
    run_step,
)
from appwright.llm import Message, ScriptedProvider, ScriptExhaustedError, TransientModelError
from appwright.llm.structured import MAX_ECHOED_ANSWER_CHARS
from appwright.spec import AppSpec, SpecValidationError, load_spec

TEXT = (
    "A small shop: customers with a name and an email; orders with a date and a total that"
    " belong to a customer; products with a name and a price."
)
SHOP: dict[str, Any] = {
    "name": "Shop",
    "entities": [
        {"name": "customer", "fields": [{"name": "name", "required": True}, {"name": "email", "type": "email"}]},
        {"name": "order", "fields": [{"name": "placed_on", "type": "date"}, {"name": "total", "type": "decimal"}]},
        {"name": "product", "fields": [{"name": "name"}, {"name": "price", "type": "decimal"}]},
    ],
}  # fmt: skip
GOOD_RELATIONSHIPS = json.dumps(
    {
        "relationships": [{"from": "order", "to": "customer", "required": True}],
        "questions": ["Can an order hold several products?"],
    }
)
DANGLING_RELATIONSHIPS = json.dumps({"relationships": [{"from": "order", "to": "custmer"}]})


@pytest.fixture
def shop() -> AppSpec:
    return load_spec(SHOP)


def last_user_message(provider: ScriptedProvider, request: int) -> str:
    message = provider.history[request].messages[-1]
    assert message.role == "user"
    return message.content


def test_a_good_answer_is_merged_and_validated(shop: AppSpec) -> None:
    provider = ScriptedProvider([GOOD_RELATIONSHIPS])

    result = run_step(get_step("relationships"), TEXT, shop, provider)

    assert result.path == "model"
    assert result.repair_rounds == 0
    assert result.questions == ("Can an order hold several products?",)
    order = result.spec.entity("order")
    assert order is not None
    assert order.field("customer_id") is not None  # normalization completed the reference
    (record,) = result.usage
    assert (record.purpose, record.provider, record.outcome) == ("relationships", "scripted", "ok")
    assert record.input_tokens > 0
    (request,) = provider.history
    assert request.messages[0].role == "system"
    assert "relationships step" in request.messages[0].content
    assert TEXT in request.messages[1].content
    assert '"name":"customer"' in request.messages[1].content  # the spec so far, compact


def test_invalid_json_is_repaired(shop: AppSpec) -> None:
    provider = ScriptedProvider(["{relationships: [from order to customer]}", GOOD_RELATIONSHIPS])

    result = run_step(get_step("relationships"), TEXT, shop, provider)

    assert result.path == "model_repaired"
    assert result.repair_rounds == 1
    assert "invalid JSON" in last_user_message(provider, 1)
    assert [record.outcome for record in result.usage] == ["malformed", "repaired"]


def test_wrong_types_are_repaired_with_the_errors_shown(shop: AppSpec) -> None:
    wrong = {
        "name": "Shop",
        "entities": [{"name": "order", "fields": [{"name": "total", "type": "nmber"},
                                                  {"name": "paid", "required": "maybe"}]}],
    }  # fmt: skip
    good = {"name": "Shop", "entities": [{"name": "order", "fields": [{"name": "paid", "type": "boolean"}]}]}  # fmt: skip
    provider = ScriptedProvider([json.dumps(wrong), json.dumps(good)])

    result = run_step(get_step("object-model"), TEXT, shop, provider)

    assert result.path == "model_repaired"
    repair = last_user_message(provider, 1)
    assert 'entities[0].fields[0].type: "nmber" is not a field type' in repair
    assert "entities[0].fields[1].required" in repair
    order = result.spec.entity("order")
    assert order is not None
    assert [f.name for f in order.fields] == ["placed_on", "total", "paid"]


def test_a_dangling_reference_is_sent_back_as_a_validation_issue(shop: AppSpec) -> None:
    provider = ScriptedProvider([DANGLING_RELATIONSHIPS, GOOD_RELATIONSHIPS])

    result = run_step(get_step("relationships"), TEXT, shop, provider)

    assert result.path == "model_repaired"
    assert result.repair_rounds == 1
    second = provider.history[1]
    assert second.messages[:2] == provider.history[0].messages
    assert second.messages[2] == Message("assistant", DANGLING_RELATIONSHIPS)
    repair = last_user_message(provider, 1)
    assert (
        "relationships[0].to: the relationship names entity custmer, which does not exist" in repair
    )
    assert "customer" in repair  # the issue suggests the entity meant


def test_keywords_are_names_like_any_other(shop: AppSpec) -> None:
    answer = {
        "name": "Shop",
        "entities": [
            {"name": "Order", "fields": [{"name": "class", "type": "text"},
                                          {"name": "from", "type": "date"},
                                          {"name": "select", "type": "boolean"}]},
            {"name": "group", "fields": [{"name": "import", "required": True}]},
        ],
    }  # fmt: skip
    provider = ScriptedProvider([json.dumps(answer)])

    result = run_step(get_step("object-model"), TEXT, shop, provider)

    assert result.path == "model"
    order = result.spec.entity("order")
    assert order is not None
    assert [f.name for f in order.fields][-3:] == ["class", "from", "select"]
    assert result.spec.entity("group") is not None


def test_names_that_cannot_be_identifiers_are_repaired(shop: AppSpec) -> None:
    bad = {"name": "Shop", "entities": [{"name": "2nd order", "fields": [{"name": "x" * 60}]}]}
    good = {"name": "Shop", "entities": [{"name": "return", "fields": [{"name": "reason"}]}]}
    provider = ScriptedProvider([json.dumps(bad), json.dumps(good)])

    result = run_step(get_step("object-model"), TEXT, shop, provider)

    assert result.path == "model_repaired"
    repair = last_user_message(provider, 1)
    assert 'entities[0].name: name "2nd order"' in repair
    assert "entities[0].fields[0].name" in repair
    assert "names are at most 48" in repair


def test_five_thousand_fields_are_refused_and_the_offline_designer_takes_over(
    shop: AppSpec,
) -> None:
    huge = json.dumps(
        {
            "name": "Shop",
            "entities": [{"name": "order", "fields": [{"name": f"f{i}"} for i in range(5000)]}],
        }
    )
    provider = ScriptedProvider([huge] * 3)

    result = run_step(get_step("object-model"), TEXT, shop, provider)

    assert result.path == "offline_fallback"
    assert len(provider.history) == 1 + MAX_REPAIR_ROUNDS
    repair = last_user_message(provider, 1)
    assert "entities[0].fields: has 5002 fields; an entity has at most 250" in repair
    echoed = provider.history[1].messages[-2].content
    assert len(echoed) < MAX_ECHOED_ANSWER_CHARS + 100 < len(huge)
    assert result.fallback_reason is not None
    assert "at most 250" in result.fallback_reason
    order = result.spec.entity("order")
    assert order is not None
    assert len(order.fields) < 250
    assert len(result.usage) == 1 + MAX_REPAIR_ROUNDS


def test_a_model_that_keeps_failing_gets_two_repairs_then_the_offline_designer(
    shop: AppSpec,
) -> None:
    provider = ScriptedProvider(["I cannot do that."] * 5)

    result = run_step(get_step("relationships"), TEXT, shop, provider)

    assert result.path == "offline_fallback"
    assert len(provider.history) == 3
    assert provider.remaining == 2
    assert [record.outcome for record in result.usage] == ["malformed"] * 3
    assert result.fallback_reason is not None
    assert "no usable answer" in result.fallback_reason
    order = result.spec.entity("order")
    assert order is not None
    assert order.field("customer_id") is not None  # "orders ... belong to a customer"


def test_schema_and_spec_repairs_share_one_budget(shop: AppSpec) -> None:
    provider = ScriptedProvider(
        ["not json", DANGLING_RELATIONSHIPS, DANGLING_RELATIONSHIPS, GOOD_RELATIONSHIPS]
    )

    result = run_step(get_step("relationships"), TEXT, shop, provider)

    assert result.path == "offline_fallback"
    assert len(provider.history) == 3
    assert provider.remaining == 1
    assert result.fallback_reason is not None
    assert "still gave an invalid spec" in result.fallback_reason
    assert "custmer" in result.fallback_reason


def test_a_model_that_cannot_be_reached_falls_back_at_once(shop: AppSpec) -> None:
    provider = ScriptedProvider([TransientModelError("HTTP 503", status_code=503)])

    result = run_step(get_step("relationships"), TEXT, shop, provider)

    assert result.path == "offline_fallback"
    assert result.fallback_reason == "the model could not be asked: HTTP 503"
    assert [record.outcome for record in result.usage] == ["transient_error"]


def test_when_the_offline_designer_fails_too_the_step_fails_clearly(shop: AppSpec) -> None:
    def broken(text: str, spec: AppSpec | None) -> AppSpec:
        raise SpecValidationError([])

    step = dataclasses.replace(get_step("relationships"), offline=broken)
    provider = ScriptedProvider(["nonsense"] * 3)

    with pytest.raises(StepFailedError) as raised:
        run_step(step, TEXT, shop, provider)

    error = raised.value
    assert error.step_id == "relationships"
    assert "the model gave no usable answer" in error.reason
    assert "then the offline designer failed (SpecValidationError" in error.reason
    assert str(error).startswith("the relationships step failed: ")


def test_without_a_model_an_offline_failure_is_a_step_failure(shop: AppSpec) -> None:
    def broken(text: str, spec: AppSpec | None) -> AppSpec:
        raise KeyError("entities")

    step = dataclasses.replace(get_step("pages"), offline=broken)
    with pytest.raises(StepFailedError, match=r"the offline designer failed \(KeyError"):
        run_step(step, TEXT, shop)


def test_the_input_spec_is_never_changed(shop: AppSpec) -> None:
    before = shop.model_dump()
    flows = {
        "state_flows": [{"entity": "order", "field": "status", "states": ["new", "paid", "sent"]}]
    }
    cases = [
        ("relationships", [DANGLING_RELATIONSHIPS, GOOD_RELATIONSHIPS]),
        ("state-flow", [json.dumps(flows)]),
        ("object-model", ["no"] * 3),
        ("pages", ['{"pages": []}'] * 3),
    ]  # fmt: skip
    for step_id, answers in cases:
        result = run_step(get_step(step_id), TEXT, shop, ScriptedProvider(answers))
        assert result.spec != shop
        assert shop.model_dump() == before, step_id


def test_a_state_flow_takes_over_the_field_the_object_model_made() -> None:
    spec = load_spec(
        {"name": "Helpdesk", "entities": [{"name": "ticket", "fields": [
            {"name": "title"}, {"name": "status", "type": "enum", "options": ["open", "done"]}]}]}
    )  # fmt: skip
    answer = {"state_flows": [{"entity": "ticket", "field": "status", "initial": "new",
                               "states": ["new", "in_progress", "done"]}]}  # fmt: skip

    result = run_step(
        get_step("state-flow"), "tickets", spec, ScriptedProvider([json.dumps(answer)])
    )

    assert result.path == "model"
    ticket = result.spec.entity("ticket")
    assert ticket is not None
    status = ticket.field("status")
    assert status is not None
    assert (status.options, status.default, status.required) == (
        ["new", "in_progress", "done"],
        "new",
        True,
    )


def test_new_entities_get_their_derived_pages(shop: AppSpec) -> None:
    assert [p.name for p in shop.pages] == ["dashboard", "customer", "order", "product"]
    answer = {"name": "Shop", "entities": [{"name": "supplier", "fields": [{"name": "name"}]}]}

    result = run_step(get_step("object-model"), TEXT, shop, ScriptedProvider([json.dumps(answer)]))

    assert [p.name for p in result.spec.pages][-1] == "supplier"


def test_designed_pages_are_kept(shop: AppSpec) -> None:
    data = shop.to_json_dict()
    data["pages"] = [
        {"name": "orders", "path": "/", "layout": {"type": "component", "component": "table", "entity": "order"}}
    ]  # fmt: skip
    designed = load_spec(data)
    answer = {"name": "Shop", "entities": [{"name": "supplier", "fields": [{"name": "name"}]}]}

    result = run_step(
        get_step("object-model"), TEXT, designed, ScriptedProvider([json.dumps(answer)])
    )

    assert [p.name for p in result.spec.pages] == ["orders"]


def test_an_invalid_spec_so_far_is_refused_before_any_model_call() -> None:
    invalid = AppSpec.model_validate(
        {"name": "x", "entities": [{"name": "a", "fields": [{"name": "b"}]}],
         "relationships": [{"from": "a", "to": "nowhere"}]}
    )  # fmt: skip
    provider = ScriptedProvider([GOOD_RELATIONSHIPS])
    with pytest.raises(SpecValidationError, match="nowhere"):
        run_step(get_step("relationships"), TEXT, invalid, provider)
    assert provider.history == []


def test_a_step_after_the_object_model_needs_a_spec_to_ask_a_model() -> None:
    with pytest.raises(StepNeedsSpecError):
        run_step(get_step("reports"), TEXT, None, ScriptedProvider([]))


def test_an_under_scripted_provider_fails_loudly_instead_of_falling_back(shop: AppSpec) -> None:
    with pytest.raises(ScriptExhaustedError):
        run_step(get_step("relationships"), TEXT, shop, ScriptedProvider([]))


def test_a_whole_design_with_a_model(shop: AppSpec) -> None:
    answers = {
        "object-model": json.dumps({**SHOP, "questions": ["Do products have stock?"]}),
        "relationships": GOOD_RELATIONSHIPS,
        "state-flow": json.dumps({"state_flows": [{"entity": "order", "states": ["new", "paid"]}]}),
        "permissions": json.dumps({"permissions": {"roles": ["clerk"], "rules": [
            {"role": "clerk", "entity": "*", "actions": ["read", "create"]}]}}),
        "pages": json.dumps({"pages": [{"name": "home", "path": "/", "layout": {
            "type": "component", "component": "table", "entity": "order"}}],
            "questions": ["Do products have stock?"]}),
    }  # fmt: skip
    provider = ScriptedProvider(
        [
            answers["object-model"],
            answers["relationships"],
            answers["state-flow"],
            answers["permissions"],
            "garbage",
            "garbage",
            "garbage",
            answers["pages"],
        ]
    )

    outcome = design_description(TEXT, provider)

    assert [step.path for step in outcome.steps] == [
        "model", "model", "model", "model", "offline_fallback", "model",
    ]  # fmt: skip
    assert [request.purpose for request in provider.history] == [
        "object-model", "relationships", "state-flow", "permissions",
        "reports", "reports", "reports", "pages",
    ]  # fmt: skip
    assert outcome.questions == (
        "Do products have stock?",
        "Can an order hold several products?",
    )
    assert outcome.spec.permissions.roles == ["clerk"]
    assert [p.name for p in outcome.spec.pages] == ["home"]
    assert len(outcome.usage) == 8
    assert outcome.usage_summary.calls == 8
    assert outcome.used_model


def test_a_step_alone_with_a_model_designs_what_it_builds_on_first() -> None:
    provider = ScriptedProvider([json.dumps(SHOP), GOOD_RELATIONSHIPS])

    result = design_step("relationships", TEXT, None, provider)

    assert result.path == "model"
    assert [request.purpose for request in provider.history] == ["object-model", "relationships"]
    assert [record.purpose for record in result.usage] == ["object-model", "relationships"]
    assert set(result.structure.model_dump()) == {"relationships", "questions"}
