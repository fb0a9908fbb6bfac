"""One definition step alone: offline, with a (scripted) model, and each way it can fail."""

from __future__ import annotations

import json
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from support.service import Actor, make_api_key_actor

from appwright.design.steps import STEP_IDS
from appwright.llm import ScriptedProvider
from appwright.service.context import ServiceContext
from appwright.service.models import LlmUsage

URL = "/api/v1/ai-modules/definition-step"
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


def use_model(context: ServiceContext, provider: ScriptedProvider) -> None:
    context.provider_factory = lambda: provider


def test_a_step_offline_returns_its_structure_and_the_spec(
    client: TestClient, builder: Actor
) -> None:
    response = client.post(
        URL, json={"stepId": "object-model", "userInput": TEXT}, headers=builder.headers
    )

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["stepId"] == "object-model"
    assert body["path"] == "offline"
    assert body["usage"] == []
    names = [entity["name"] for entity in body["structure"]["entities"]]
    assert {"customer", "order", "product"} <= set(names)
    assert set(body["structure"]) == {"name", "entities", "questions"}
    assert [entity["name"] for entity in body["spec"]["entities"]] == names


def test_a_step_with_a_model_builds_on_the_given_spec_and_is_accounted(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    provider = ScriptedProvider([GOOD_RELATIONSHIPS], model="scripted-small")
    use_model(service_context, provider)

    response = client.post(
        URL,
        json={"stepId": "relationships", "userInput": TEXT, "spec": SHOP},
        headers=builder.headers,
    )

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["path"] == "model"
    assert body["questions"] == ["Can an order hold several products?"]
    assert body["structure"]["relationships"][0]["from"] == "order"
    order = next(entity for entity in body["spec"]["entities"] if entity["name"] == "order")
    assert "customer_id" in [field["name"] for field in order["fields"]]
    (usage,) = body["usage"]
    assert (usage["purpose"], usage["model"], usage["outcome"]) == (
        "relationships",
        "scripted-small",
        "ok",
    )
    assert usage["inputTokens"] > 0
    with service_context.database.session() as db:
        row = db.scalar(select(LlmUsage))
        assert row is not None
        assert (row.workspace_id, row.purpose, row.session_id) == (
            builder.workspace_id,
            "relationships",
            None,
        )


def test_a_model_failure_after_repair_is_a_502_with_the_reason(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    # Three broken answers use up the repair rounds; the offline designer finds no entity in
    # "hello" either, so the step fails.
    use_model(service_context, ScriptedProvider(["{not json"] * 3))

    response = client.post(
        URL, json={"stepId": "object-model", "userInput": "hello"}, headers=builder.headers
    )

    assert response.status_code == 502
    detail = response.json()["detail"]
    assert detail.startswith("the object-model step failed: the model gave no usable answer")
    assert "then the offline designer failed" in detail


def test_an_unknown_step_is_a_400_listing_the_valid_ids(client: TestClient, builder: Actor) -> None:
    response = client.post(
        URL, json={"stepId": "colours", "userInput": TEXT}, headers=builder.headers
    )

    assert response.status_code == 400
    detail = response.json()["detail"]
    assert "'colours'" in detail
    assert all(step_id in detail for step_id in STEP_IDS)


def test_an_invalid_spec_is_a_422_with_the_paths(client: TestClient, builder: Actor) -> None:
    spec = {"name": "Shop", "entities": [{"name": "order", "fields": [{"name": "x", "type": "nmber"}]}]}  # fmt: skip

    response = client.post(
        URL,
        json={"stepId": "relationships", "userInput": TEXT, "spec": spec},
        headers=builder.headers,
    )

    assert response.status_code == 422
    assert [issue["path"] for issue in response.json()["detail"]] == ["entities[0].fields[0].type"]


def test_a_missing_input_is_a_422(client: TestClient, builder: Actor) -> None:
    response = client.post(URL, json={"stepId": "pages"}, headers=builder.headers)

    assert response.status_code == 422


def test_builders_and_api_keys_may_run_steps_viewers_may_not(
    client: TestClient, service_context: ServiceContext, admin: Actor, viewer: Actor
) -> None:
    robot, _ = make_api_key_actor(service_context, admin)
    body = {"stepId": "object-model", "userInput": TEXT}

    assert client.post(URL, json=body, headers=robot.headers).status_code == 200
    refused = client.post(URL, json=body, headers=viewer.headers)
    assert refused.status_code == 403
    assert "viewer" in refused.json()["detail"]
    assert client.post(URL, json=body).status_code == 401
