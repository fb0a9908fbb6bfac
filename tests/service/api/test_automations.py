"""Automation hooks through the API: written at generation, listed with their history, tested,
healed (transient, logic, configuration), rolled back; without a model they need one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from support.generation import generate
from support.hooks import (
    DIVIDES_BY_ZERO,
    TOLERANT_ALERT,
    answer,
    inventory_hook,
    misnamed_field,
    writes_inventory_hooks,
)
from support.service import Actor, example_spec, make_build_session

from appwright.llm import ScriptedProvider
from appwright.service.context import ServiceContext
from appwright.service.models import AuditEntry, LlmUsage

GOOD = inventory_hook("alert_low_stock")
GOOD_AGAIN = TOLERANT_ALERT
BROKEN = misnamed_field(GOOD)


@pytest.fixture
def model_provider() -> ScriptedProvider:
    """Writes the working inventory hooks unless a test queues other answers first."""
    return ScriptedProvider(respond=writes_inventory_hooks)


@dataclass(frozen=True)
class Generated:
    session_id: str
    units: dict[str, dict[str, Any]]
    job: dict[str, Any]

    def url(self, name: str, tail: str = "") -> str:
        return f"/api/v1/sessions/{self.session_id}/code-units/{self.units[name]['id']}{tail}"


def generated_session(client: TestClient, context: ServiceContext, actor: Actor) -> Generated:
    session_id = make_build_session(context, actor, example_spec("inventory"))
    job = generate(client, actor, session_id)
    listed = client.get(f"/api/v1/sessions/{session_id}/code-units", headers=actor.headers)
    assert listed.status_code == 200, listed.text
    units = {unit["name"]: unit for unit in listed.json()["items"]}
    return Generated(session_id, units, job)


@pytest.fixture
def generated(client: TestClient, service_context: ServiceContext, builder: Actor) -> Generated:
    return generated_session(client, service_context, builder)


def read(client: TestClient, actor: Actor, url: str) -> dict[str, Any]:
    response = client.get(url, headers=actor.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_generation_writes_tests_stores_and_wires_every_hook(
    generated: Generated, client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    report = {line["name"]: line for line in generated.job["result"]["automations"]}
    assert {name: line["status"] for name, line in report.items()} == {
        "alert_low_stock": "active",
        "alert_low_stock_on_create": "active",
        "restock_on_receipt": "active",
    }
    assert {unit["status"] for unit in generated.units.values()} == {"active"}
    project = service_context.projects_dir / generated.session_id / "v1"
    wired = project / "inventory" / "hooks" / "units" / "alert_low_stock.py"
    assert wired.read_text() == GOOD

    unit = read(client, builder, generated.url("alert_low_stock"))
    assert unit["active_version_number"] == 1
    assert unit["definition"]["trigger"] == {"on": "update", "entity": "product", "schedule": None}
    [version] = unit["versions"]
    assert version["origin"] == "model"
    assert version["passed"] and version["promoted"]
    assert version["source"] == GOOD
    assert version["input_tokens"] > 0 and version["output_tokens"] > 0
    assert version["model"] == "scripted-coder"
    assert version["created_by_id"] == builder.user_id
    assert version["test_run"]["ok"] and len(version["test_run"]["results"]) == 3
    with service_context.database.session() as db:
        purposes = db.scalars(select(LlmUsage.purpose)).all()
    assert purposes == ["hook-write"] * 3


def test_without_a_model_automations_need_one_and_the_app_still_generates(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    service_context.provider_factory = lambda: None
    result = generated_session(client, service_context, builder)
    assert {line["status"] for line in result.job["result"]["automations"]} == {"needs_model"}
    assert {unit["status"] for unit in result.units.values()} == {"needs_model"}
    assert all(unit["active_version_number"] is None for unit in result.units.values())
    assert "no model is configured" in result.units["alert_low_stock"]["status_message"]
    project = service_context.projects_dir / result.session_id / "v1"
    assert (project / "inventory" / "main.py").is_file()
    assert not (project / "inventory" / "hooks").exists()


def test_test_runs_the_active_version(
    generated: Generated, client: TestClient, builder: Actor, model_provider: ScriptedProvider
) -> None:
    calls = len(model_provider.history)
    response = client.post(generated.url("restock_on_receipt", "/test"), headers=builder.headers)
    assert response.status_code == 200, response.text
    run = response.json()
    assert run["ok"] and run["version"] == 1
    assert (run["passed"], run["total"]) == (3, 3)
    assert [r["name"] for r in run["results"]] == [
        "transition place",
        "transition receive",
        "transition cancel",
    ]
    assert len(model_provider.history) == calls


def test_test_without_a_good_version_is_409(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    service_context.provider_factory = lambda: None
    result = generated_session(client, service_context, builder)
    response = client.post(result.url("alert_low_stock", "/test"), headers=builder.headers)
    assert response.status_code == 409
    assert "no version that passed" in response.json()["detail"]


def test_a_reported_transient_failure_is_retried_without_the_model(
    generated: Generated, client: TestClient, builder: Actor, model_provider: ScriptedProvider
) -> None:
    calls = len(model_provider.history)
    failure = {"error_class": "OperationalError", "message": "(sqlite3) database is locked"}
    response = client.post(
        generated.url("alert_low_stock", "/heal"),
        json={"failure": failure},
        headers=builder.headers,
    )
    assert response.status_code == 200, response.text
    healed = response.json()
    assert (healed["outcome"], healed["failure_class"]) == ("recovered", "transient")
    assert healed["retries"] == 1 and healed["new_versions"] == []
    assert healed["unit"]["status"] == "active"
    assert len(healed["unit"]["versions"]) == 1
    assert len(model_provider.history) == calls


def test_a_reported_logic_failure_is_repaired_and_promoted(
    generated: Generated,
    client: TestClient,
    service_context: ServiceContext,
    builder: Actor,
    model_provider: ScriptedProvider,
) -> None:
    model_provider.add(answer(BROKEN, tokens=(1500, 300)), answer(GOOD_AGAIN, tokens=(1600, 320)))
    record = {"id": 7, "quantity": None, "reorder_threshold": 5}  # a row from before a migration
    failure = {"error_class": "TypeError", "message": "'>=' not supported", "record": record}
    response = client.post(
        generated.url("alert_low_stock", "/heal"),
        json={"failure": failure},
        headers=builder.headers,
    )
    assert response.status_code == 200, response.text
    healed = response.json()
    assert (healed["outcome"], healed["failure_class"]) == ("promoted", "logic")
    assert healed["new_versions"] == [2, 3]
    unit = healed["unit"]
    assert (unit["status"], unit["active_version_number"]) == ("active", 3)
    broken, fixed = unit["versions"][1:]
    assert (broken["origin"], broken["passed"], broken["error_kind"]) == ("repair", False, "logic")
    assert broken["error_class"] == "KeyError"
    assert (broken["input_tokens"], broken["output_tokens"]) == (1500, 300)
    assert (fixed["origin"], fixed["passed"], fixed["promoted"]) == ("repair", True, True)
    assert fixed["source"] == GOOD_AGAIN
    # judged on the same cases, the reported input among them
    assert [c["name"] for c in broken["test_run"]["cases"]] == [
        c["name"] for c in fixed["test_run"]["cases"]
    ]
    assert "reported input" in [c["name"] for c in fixed["test_run"]["cases"]]
    with service_context.database.session() as db:
        actions = db.scalars(select(AuditEntry.action).where(AuditEntry.target_type == "code_unit"))
        assert "code_unit.heal" in list(actions)


def test_three_failed_repairs_keep_the_last_good_version_serving(
    generated: Generated,
    client: TestClient,
    service_context: ServiceContext,
    builder: Actor,
    model_provider: ScriptedProvider,
) -> None:
    model_provider.add(answer(BROKEN), answer(DIVIDES_BY_ZERO), answer(BROKEN))
    failure = {"error_class": "KeyError", "message": "'reorder_threshold'"}
    response = client.post(
        generated.url("alert_low_stock", "/heal"),
        json={"failure": failure},
        headers=builder.headers,
    )
    healed = response.json()
    assert healed["outcome"] == "gave_up"
    assert healed["new_versions"] == [2, 3, 4]
    unit = healed["unit"]
    assert (unit["status"], unit["active_version_number"]) == ("degraded", 1)
    assert "version 1 keeps serving" in unit["status_message"]
    assert [v["passed"] for v in unit["versions"]] == [True, False, False, False]

    # the next generation still wires version 1
    generate(client, builder, generated.session_id)
    project = service_context.projects_dir / generated.session_id / "v1"
    assert (project / "inventory" / "hooks" / "units" / "alert_low_stock.py").read_text() == GOOD


def test_a_configuration_failure_is_for_a_person(
    generated: Generated, client: TestClient, builder: Actor, model_provider: ScriptedProvider
) -> None:
    calls = len(model_provider.history)
    failure = {"error_class": "MissingSettingError", "message": "the setting 'alert_email'"}
    response = client.post(
        generated.url("alert_low_stock", "/heal"),
        json={"failure": failure},
        headers=builder.headers,
    )
    healed = response.json()
    assert (healed["outcome"], healed["failure_class"]) == ("needs_person", "configuration")
    assert healed["unit"]["status"] == "needs_person"
    assert "change the design" in healed["unit"]["status_message"]
    assert len(model_provider.history) == calls


def test_heal_without_a_report_runs_the_tests(
    generated: Generated, client: TestClient, builder: Actor
) -> None:
    response = client.post(generated.url("alert_low_stock", "/heal"), headers=builder.headers)
    assert response.status_code == 200, response.text
    assert response.json()["outcome"] == "healthy"


def test_rollback_makes_a_new_promoted_version_with_the_old_code(
    generated: Generated, client: TestClient, builder: Actor, model_provider: ScriptedProvider
) -> None:
    model_provider.add(answer(BROKEN), answer(GOOD_AGAIN))
    failure = {"error_class": "TypeError", "message": "bad"}
    client.post(
        generated.url("alert_low_stock", "/heal"),
        json={"failure": failure},
        headers=builder.headers,
    )
    response = client.post(generated.url("alert_low_stock", "/rollback/1"), headers=builder.headers)
    assert response.status_code == 201, response.text
    unit = response.json()
    latest = unit["versions"][-1]
    assert (unit["active_version_number"], latest["number"]) == (4, 4)
    assert (latest["origin"], latest["source"], latest["promoted"]) == ("rollback", GOOD, True)
    assert latest["created_by_id"] == builder.user_id
    assert "rolled back to version 1" in unit["status_message"]


@pytest.mark.parametrize(
    ("number", "code", "words"),
    [(1, 409, "same code"), (99, 404, "not found")],
    ids=["the active code", "unknown version"],
)
def test_rollback_refusals(
    generated: Generated, client: TestClient, builder: Actor, number: int, code: int, words: str
) -> None:
    url = generated.url("alert_low_stock", f"/rollback/{number}")
    response = client.post(url, headers=builder.headers)
    assert response.status_code == code
    assert words in response.json()["detail"]


def test_rollback_to_a_version_that_failed_is_409(
    generated: Generated, client: TestClient, builder: Actor, model_provider: ScriptedProvider
) -> None:
    model_provider.add(answer(BROKEN), answer(BROKEN), answer(BROKEN))
    failure = {"error_class": "TypeError", "message": "bad"}
    client.post(
        generated.url("alert_low_stock", "/heal"),
        json={"failure": failure},
        headers=builder.headers,
    )
    response = client.post(generated.url("alert_low_stock", "/rollback/2"), headers=builder.headers)
    assert response.status_code == 409
    assert "never passed" in response.json()["detail"]


def test_list_pages_and_unknown_ids(
    generated: Generated, client: TestClient, builder: Actor
) -> None:
    base = f"/api/v1/sessions/{generated.session_id}/code-units"
    page = read(client, builder, f"{base}?limit=2&offset=1")
    assert page["total"] == 3
    assert [unit["name"] for unit in page["items"]] == [
        "alert_low_stock_on_create",
        "restock_on_receipt",
    ]
    assert client.get(f"{base}/no-such-unit", headers=builder.headers).status_code == 404
    missing = client.get("/api/v1/sessions/no-such-session/code-units", headers=builder.headers)
    assert missing.status_code == 404
    bad = client.post(
        f"{base}/{generated.units['alert_low_stock']['id']}/heal",
        json={"failure": {"error_class": ""}},
        headers=builder.headers,
    )
    assert bad.status_code == 422
