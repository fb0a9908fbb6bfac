"""/workspaces: mine, create (becoming admin), the current one, rename."""

from __future__ import annotations

from fastapi.testclient import TestClient
from support.service import Actor, make_api_key_actor

from appwright.service.context import ServiceContext
from appwright.service.models import Role

WORKSPACES = "/api/v1/workspaces"
CURRENT = "/api/v1/workspaces/current"


def test_list_shows_my_workspaces_with_my_role(client: TestClient, admin: Actor) -> None:
    response = client.get(WORKSPACES, headers=admin.headers)
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 1
    assert [(w["id"], w["role"]) for w in body["items"]] == [(admin.workspace_id, "admin")]


def test_create_makes_me_admin_of_a_new_workspace(client: TestClient, viewer: Actor) -> None:
    response = client.post(WORKSPACES, json={"name": "Side Project"}, headers=viewer.headers)
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["slug"] == "side-project"
    assert created["role"] == "admin"

    mine = client.get(WORKSPACES, headers=viewer.headers).json()
    assert [(w["slug"], w["role"]) for w in mine["items"]][-1] == ("side-project", "admin")
    assert mine["total"] == 2
    page = client.get(WORKSPACES, params={"limit": 1, "offset": 1}, headers=viewer.headers)
    assert [w["slug"] for w in page.json()["items"]] == ["side-project"]

    acting_there = client.get(CURRENT, headers={**viewer.headers, "X-Workspace": "side-project"})
    assert acting_there.json()["role"] == "admin"


def test_create_makes_a_free_slug_or_refuses_a_taken_one(client: TestClient, admin: Actor) -> None:
    first = client.post(WORKSPACES, json={"name": "Sales & Ops"}, headers=admin.headers)
    second = client.post(WORKSPACES, json={"name": "sales ops"}, headers=admin.headers)
    assert (first.json()["slug"], second.json()["slug"]) == ("sales-ops", "sales-ops-2")

    taken = client.post(WORKSPACES, json={"name": "X", "slug": "sales-ops"}, headers=admin.headers)
    assert taken.status_code == 409
    assert "'sales-ops' already exists" in taken.json()["detail"]
    chosen = client.post(WORKSPACES, json={"name": "X", "slug": "my-x"}, headers=admin.headers)
    assert chosen.status_code == 201
    assert chosen.json()["slug"] == "my-x"


def test_create_checks_its_input(client: TestClient, admin: Actor) -> None:
    bad_slug = client.post(
        WORKSPACES, json={"name": "X", "slug": "Not A Slug"}, headers=admin.headers
    )
    assert bad_slug.status_code == 422
    assert bad_slug.json()["detail"][0]["loc"] == ["body", "slug"]
    assert client.post(WORKSPACES, json={"name": ""}, headers=admin.headers).status_code == 422


def test_listing_and_creating_workspaces_need_a_person(
    client: TestClient, admin: Actor, service_context: ServiceContext
) -> None:
    key_actor, _ = make_api_key_actor(service_context, admin, Role.builder)
    for response in (
        client.get(WORKSPACES, headers=key_actor.headers),
        client.post(WORKSPACES, json={"name": "Bot land"}, headers=key_actor.headers),
    ):
        assert response.status_code == 403
        assert "API key acts only inside its own workspace" in response.json()["detail"]
    assert client.get(WORKSPACES).status_code == 401


def test_current_is_the_workspace_of_the_request(client: TestClient, viewer: Actor) -> None:
    response = client.get(CURRENT, headers=viewer.headers)
    assert response.status_code == 200
    assert (response.json()["id"], response.json()["role"]) == (viewer.workspace_id, "viewer")
    assert client.get(CURRENT).status_code == 401


def test_admin_renames_the_current_workspace(client: TestClient, admin: Actor) -> None:
    before = client.get(CURRENT, headers=admin.headers).json()
    response = client.patch(CURRENT, json={"name": "Renamed"}, headers=admin.headers)
    assert response.status_code == 200
    assert response.json()["name"] == "Renamed"
    assert response.json()["slug"] == before["slug"]
    audit = client.get(
        "/api/v1/audit", params={"action": "workspace.update"}, headers=admin.headers
    )
    assert audit.json()["items"][0]["detail"] == {"name": {"from": before["name"], "to": "Renamed"}}


def test_rename_needs_an_admin_and_a_name(client: TestClient, admin: Actor, builder: Actor) -> None:
    refused = client.patch(CURRENT, json={"name": "Mine now"}, headers=builder.headers)
    assert refused.status_code == 403
    assert "your role (builder) cannot manage" in refused.json()["detail"]
    assert client.patch(CURRENT, json={"name": ""}, headers=admin.headers).status_code == 422
