"""/usage: the workspace's model usage summary, and the records behind it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from support.service import Actor, example_spec, make_build_session

from appwright.service.context import ServiceContext
from appwright.service.models import LlmUsage

USAGE = "/api/v1/usage"
RECORDS = "/api/v1/usage/records"


def record_usage(
    context: ServiceContext,
    actor: Actor,
    *,
    purpose: str,
    model: str,
    tokens: tuple[int, int],
    cost: str,
    session_id: str | None = None,
) -> None:
    with context.database.session() as db:
        db.add(
            LlmUsage(
                workspace_id=actor.workspace_id,
                session_id=session_id,
                purpose=purpose,
                provider="openai",
                model=model,
                input_tokens=tokens[0],
                output_tokens=tokens[1],
                cost_usd=Decimal(cost),
                latency_seconds=0.5,
                outcome="ok",
            )
        )


@pytest.fixture
def usage(service_context: ServiceContext, admin: Actor, outsider: Actor) -> str:
    """Three calls in admin's workspace (two in one session), one in the outsider's; the session."""
    session_id = make_build_session(service_context, admin, example_spec())
    record_usage(
        service_context, admin, purpose="classify", model="mini", tokens=(100, 10), cost="0.001",
        session_id=session_id,
    )  # fmt: skip
    record_usage(
        service_context, admin, purpose="design", model="large", tokens=(1000, 500), cost="0.25",
        session_id=session_id,
    )  # fmt: skip
    record_usage(service_context, admin, purpose="classify", model="mini", tokens=(50, 5), cost="0")
    record_usage(
        service_context, outsider, purpose="design", model="large", tokens=(9, 9), cost="9"
    )
    return session_id


def test_summary_totals_by_purpose_and_by_model(
    client: TestClient, viewer: Actor, usage: str
) -> None:
    response = client.get(USAGE, headers=viewer.headers)
    assert response.status_code == 200
    body = response.json()
    assert (body["calls"], body["input_tokens"], body["output_tokens"]) == (3, 1150, 515)
    assert body["cost_usd"] == pytest.approx(0.251)
    assert [(p["purpose"], p["calls"], p["input_tokens"]) for p in body["by_purpose"]] == [
        ("classify", 2, 150),
        ("design", 1, 1000),
    ]
    assert [(m["provider"], m["model"], m["calls"]) for m in body["by_model"]] == [
        ("openai", "large", 1),
        ("openai", "mini", 2),
    ]
    assert body["by_model"][0]["cost_usd"] == pytest.approx(0.25)


def test_summary_of_one_session(client: TestClient, viewer: Actor, usage: str) -> None:
    body = client.get(USAGE, params={"session_id": usage}, headers=viewer.headers).json()
    assert (body["calls"], body["output_tokens"]) == (2, 510)


def test_an_unused_workspace_has_zero_usage(client: TestClient, admin: Actor) -> None:
    body = client.get(USAGE, headers=admin.headers).json()
    assert body == {
        "calls": 0,
        "input_tokens": 0,
        "output_tokens": 0,
        "cost_usd": 0.0,
        "by_purpose": [],
        "by_model": [],
    }


def test_records_newest_first_filtered_and_paginated(
    client: TestClient, viewer: Actor, usage: str
) -> None:
    response = client.get(RECORDS, headers=viewer.headers)
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 3
    assert [r["input_tokens"] for r in body["items"]] == [50, 1000, 100]
    classify = client.get(RECORDS, params={"purpose": "classify"}, headers=viewer.headers).json()
    assert [r["input_tokens"] for r in classify["items"]] == [50, 100]
    page = client.get(RECORDS, params={"limit": 1, "offset": 1}, headers=viewer.headers).json()
    assert (page["total"], [r["purpose"] for r in page["items"]]) == (3, ["design"])
    in_session = client.get(RECORDS, params={"session_id": usage}, headers=viewer.headers).json()
    assert in_session["total"] == 2
    assert client.get(RECORDS, params={"limit": 500}, headers=viewer.headers).status_code == 422


def test_usage_needs_credentials(client: TestClient) -> None:
    assert client.get(USAGE).status_code == 401
    assert client.get(RECORDS).status_code == 401
