"""/members: everyone lists, admins add, change roles and remove; a workspace keeps an admin."""

from __future__ import annotations

from fastapi.testclient import TestClient
from support.service import PASSWORD, Actor, make_actor, make_user

from appwright.service.context import ServiceContext
from appwright.service.models import Role

MEMBERS = "/api/v1/members"


def member_id_of(client: TestClient, actor: Actor, headers: dict[str, str]) -> str:
    items = client.get(MEMBERS, headers=headers).json()["items"]
    return next(item["id"] for item in items if item["user_id"] == actor.user_id)


def test_everyone_lists_the_members(
    client: TestClient, admin: Actor, builder: Actor, viewer: Actor
) -> None:
    response = client.get(MEMBERS, headers=viewer.headers)
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 3
    assert [(m["email"], m["role"]) for m in body["items"]] == [
        (admin.email, "admin"),
        (builder.email, "builder"),
        (viewer.email, "viewer"),
    ]
    page = client.get(MEMBERS, params={"limit": 1, "offset": 2}, headers=viewer.headers).json()
    assert [m["email"] for m in page["items"]] == [viewer.email]
    assert page["total"] == 3
    assert client.get(MEMBERS, params={"limit": 0}, headers=viewer.headers).status_code == 422


def test_admin_adds_an_existing_user(
    client: TestClient, admin: Actor, service_context: ServiceContext
) -> None:
    user_id = make_user(service_context, "grace@example.org")
    response = client.post(
        MEMBERS, json={"email": "Grace@Example.org", "role": "viewer"}, headers=admin.headers
    )
    assert response.status_code == 201, response.text
    assert response.json()["user_id"] == user_id
    assert response.json()["role"] == "viewer"

    again = client.post(MEMBERS, json={"email": "grace@example.org"}, headers=admin.headers)
    assert again.status_code == 409
    assert "already a member" in again.json()["detail"]


def test_adding_an_unknown_email_needs_a_password(client: TestClient, admin: Actor) -> None:
    response = client.post(MEMBERS, json={"email": "new@example.org"}, headers=admin.headers)
    assert response.status_code == 404
    assert response.json()["detail"].startswith("no user with e-mail new@example.org")


def test_adding_with_a_password_creates_the_account(client: TestClient, admin: Actor) -> None:
    response = client.post(
        MEMBERS,
        json={"email": "hal@example.org", "role": "builder", "password": "open the pod"},
        headers=admin.headers,
    )
    assert response.status_code == 201
    token = client.post(
        "/api/v1/auth/token", data={"username": "hal@example.org", "password": "open the pod"}
    )
    assert token.status_code == 200
    me = client.get(
        "/api/v1/auth/me", headers={"Authorization": f"Bearer {token.json()['access_token']}"}
    )
    assert (me.json()["workspace"]["id"], me.json()["role"]) == (admin.workspace_id, "builder")


def test_a_password_never_changes_an_existing_account(
    client: TestClient, admin: Actor, service_context: ServiceContext
) -> None:
    make_user(service_context, "ivy@example.org")
    added = client.post(
        MEMBERS,
        json={"email": "ivy@example.org", "password": "hijacked!"},
        headers=admin.headers,
    )
    assert added.status_code == 201
    token = "/api/v1/auth/token"
    assert client.post(token, data={"username": "ivy@example.org", "password": PASSWORD}).is_success
    hijack = client.post(token, data={"username": "ivy@example.org", "password": "hijacked!"})
    assert hijack.status_code == 400


def test_add_checks_its_input(client: TestClient, admin: Actor) -> None:
    bad_role = client.post(
        MEMBERS, json={"email": admin.email, "role": "owner"}, headers=admin.headers
    )
    assert bad_role.status_code == 422
    short = client.post(
        MEMBERS, json={"email": "x@example.org", "password": "short"}, headers=admin.headers
    )
    assert short.status_code == 422


def test_admin_changes_a_role(client: TestClient, admin: Actor, builder: Actor) -> None:
    member_id = member_id_of(client, builder, admin.headers)
    response = client.patch(
        f"{MEMBERS}/{member_id}", json={"role": "viewer"}, headers=admin.headers
    )
    assert response.status_code == 200
    assert response.json()["role"] == "viewer"
    assert client.get("/api/v1/workspaces/current", headers=builder.headers).json()["role"] == (
        "viewer"
    )
    missing = client.patch(f"{MEMBERS}/nope", json={"role": "viewer"}, headers=admin.headers)
    assert missing.status_code == 404
    assert missing.json()["detail"] == "member nope not found"


def test_the_last_admin_cannot_be_demoted_or_removed(
    client: TestClient, admin: Actor, builder: Actor
) -> None:
    admin_member = member_id_of(client, admin, admin.headers)
    demote = client.patch(
        f"{MEMBERS}/{admin_member}", json={"role": "builder"}, headers=admin.headers
    )
    assert demote.status_code == 409
    assert "last admin" in demote.json()["detail"]
    remove = client.delete(f"{MEMBERS}/{admin_member}", headers=admin.headers)
    assert remove.status_code == 409

    builder_member = member_id_of(client, builder, admin.headers)
    promote = client.patch(
        f"{MEMBERS}/{builder_member}", json={"role": "admin"}, headers=admin.headers
    )
    assert promote.status_code == 200
    step_down = client.patch(
        f"{MEMBERS}/{admin_member}", json={"role": "viewer"}, headers=admin.headers
    )
    assert step_down.status_code == 200


def test_admin_removes_a_member(client: TestClient, admin: Actor, viewer: Actor) -> None:
    member_id = member_id_of(client, viewer, admin.headers)
    response = client.delete(f"{MEMBERS}/{member_id}", headers=admin.headers)
    assert response.status_code == 204
    emails = [m["email"] for m in client.get(MEMBERS, headers=admin.headers).json()["items"]]
    assert viewer.email not in emails
    # the removed member's X-Workspace now names a workspace they cannot see
    assert client.get(MEMBERS, headers=viewer.headers).status_code == 404
    assert client.delete(f"{MEMBERS}/{member_id}", headers=admin.headers).status_code == 404


def test_member_changes_are_audited(client: TestClient, admin: Actor, viewer: Actor) -> None:
    member_id = member_id_of(client, viewer, admin.headers)
    client.patch(f"{MEMBERS}/{member_id}", json={"role": "builder"}, headers=admin.headers)
    client.delete(f"{MEMBERS}/{member_id}", headers=admin.headers)
    entries = client.get(
        "/api/v1/audit", params={"target_type": "membership"}, headers=admin.headers
    ).json()["items"]
    assert [(e["action"], e["target_id"]) for e in entries] == [
        ("member.remove", member_id),
        ("member.update", member_id),
    ]
    assert entries[1]["detail"]["role"] == {"from": "viewer", "to": "builder"}
    assert entries[0]["actor_email"] == admin.email


def test_removing_a_member_revokes_the_keys_they_made(
    client: TestClient, admin: Actor, service_context: ServiceContext
) -> None:
    second_admin = make_actor(service_context, Role.admin, admin.workspace_id)
    key = client.post("/api/v1/api-keys", json={"name": "theirs"}, headers=second_admin.headers)
    mine = client.post("/api/v1/api-keys", json={"name": "mine"}, headers=admin.headers)
    member_id = member_id_of(client, second_admin, admin.headers)
    assert client.delete(f"{MEMBERS}/{member_id}", headers=admin.headers).status_code == 204

    me = "/api/v1/auth/me"
    assert client.get(me, headers={"X-API-Key": key.json()["key"]}).status_code == 401
    assert client.get(me, headers={"X-API-Key": mine.json()["key"]}).status_code == 200
    revoked = client.get(
        "/api/v1/audit", params={"action": "api_key.revoke"}, headers=admin.headers
    ).json()["items"]
    assert [e["target_id"] for e in revoked] == [key.json()["id"]]
