"""Tenant isolation and roles of the code-unit endpoints: another workspace's admin gets 404
for every id (and changes nothing); a viewer may read but not test, heal or roll back."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from support.generation import generate
from support.hooks import writes_inventory_hooks
from support.service import Actor, example_spec, make_api_key_actor, make_build_session

from appwright.llm import ScriptedProvider
from appwright.service.context import ServiceContext
from appwright.service.models import CodeUnitVersion, Role


@pytest.fixture
def model_provider() -> ScriptedProvider:
    return ScriptedProvider(respond=writes_inventory_hooks)


@pytest.fixture
def unit_url(client: TestClient, service_context: ServiceContext, builder: Actor) -> str:
    session_id = make_build_session(service_context, builder, example_spec("inventory"))
    generate(client, builder, session_id)
    units = client.get(f"/api/v1/sessions/{session_id}/code-units", headers=builder.headers)
    unit_id = units.json()["items"][0]["id"]
    return f"/api/v1/sessions/{session_id}/code-units/{unit_id}"


ENDPOINTS = [
    ("get", ""),
    ("post", "/test"),
    ("post", "/heal"),
    ("post", "/rollback/1"),
]


@pytest.mark.parametrize(("method", "tail"), ENDPOINTS, ids=[m + t for m, t in ENDPOINTS])
def test_another_workspace_gets_404(
    client: TestClient,
    service_context: ServiceContext,
    unit_url: str,
    outsider: Actor,
    method: str,
    tail: str,
) -> None:
    response = client.request(method, unit_url + tail, headers=outsider.headers)
    assert response.status_code == 404
    listing = unit_url.rsplit("/", 1)[0]
    assert client.get(listing, headers=outsider.headers).status_code == 404
    with service_context.database.session() as db:
        assert db.query(CodeUnitVersion).count() == 3  # nothing was added


@pytest.mark.parametrize("tail", ["/test", "/heal", "/rollback/1"])
def test_a_viewer_may_read_but_not_run_or_change(
    client: TestClient, unit_url: str, viewer: Actor, tail: str
) -> None:
    assert client.get(unit_url, headers=viewer.headers).status_code == 200
    response = client.post(unit_url + tail, headers=viewer.headers)
    assert response.status_code == 403
    assert "viewer" in response.json()["detail"]


def test_an_api_key_may_test_and_heal(
    client: TestClient, service_context: ServiceContext, unit_url: str, admin: Actor
) -> None:
    api, _ = make_api_key_actor(service_context, admin, Role.api)
    assert client.post(unit_url + "/test", headers=api.headers).status_code == 200
    assert client.post(unit_url + "/heal", headers=api.headers).json()["outcome"] == "healthy"
