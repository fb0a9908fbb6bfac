"""Accounts and access across workspaces: another workspace's ids answer 404, and each role's
forbidden actions (members, API keys, audit, renaming) answer 403."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from support.service import Actor, make_actor, make_api_key_actor

from appwright.service.audit import record_audit
from appwright.service.context import ServiceContext
from appwright.service.models import Role

API = "/api/v1"


@pytest.fixture
def admin_ids(client: TestClient, admin: Actor, builder: Actor) -> dict[str, str]:
    """Ids in admin's workspace: the builder's membership and an API key."""
    members = client.get(f"{API}/members", headers=admin.headers).json()["items"]
    key = client.post(f"{API}/api-keys", json={"name": "ci"}, headers=admin.headers).json()
    return {
        "member": next(m["id"] for m in members if m["user_id"] == builder.user_id),
        "key": key["id"],
    }


def test_another_workspaces_ids_answer_404(
    client: TestClient, outsider: Actor, admin_ids: dict[str, str]
) -> None:
    member, key = admin_ids["member"], admin_ids["key"]
    attempts = {
        "change a member": client.patch(
            f"{API}/members/{member}", json={"role": "admin"}, headers=outsider.headers
        ),
        "remove a member": client.delete(f"{API}/members/{member}", headers=outsider.headers),
        "revoke a key": client.delete(f"{API}/api-keys/{key}", headers=outsider.headers),
    }
    assert {name: r.status_code for name, r in attempts.items()} == dict.fromkeys(attempts, 404)


def test_acting_in_another_workspace_answers_404(
    client: TestClient, admin: Actor, outsider: Actor
) -> None:
    as_admin_workspace = {**outsider.headers, "X-Workspace": admin.workspace_id}
    for path in ("/members", "/workspaces/current", "/audit", "/usage", "/api-keys", "/auth/me"):
        response = client.get(f"{API}{path}", headers=as_admin_workspace)
        assert response.status_code == 404, path


def test_lists_show_only_the_callers_workspace(
    client: TestClient,
    admin: Actor,
    outsider: Actor,
    service_context: ServiceContext,
    admin_ids: dict[str, str],
) -> None:
    with service_context.database.session() as db:
        record_audit(
            db,
            workspace_id=admin.workspace_id,
            actor_user_id=admin.user_id,
            action="session.create",
            target_type="session",
            target_id="s1",
        )
    members = client.get(f"{API}/members", headers=outsider.headers).json()["items"]
    assert [m["user_id"] for m in members] == [outsider.user_id]
    assert client.get(f"{API}/api-keys", headers=outsider.headers).json()["total"] == 0
    assert client.get(f"{API}/audit", headers=outsider.headers).json()["total"] == 0
    mine = client.get(f"{API}/workspaces", headers=outsider.headers).json()["items"]
    assert [w["id"] for w in mine] == [outsider.workspace_id]


def forbidden_attempts(client: TestClient, actor: Actor, ids: dict[str, str]) -> dict[str, int]:
    headers = actor.headers
    return {
        "add a member": client.post(
            f"{API}/members", json={"email": "x@example.org"}, headers=headers
        ).status_code,
        "change a member": client.patch(
            f"{API}/members/{ids['member']}", json={"role": "admin"}, headers=headers
        ).status_code,
        "remove a member": client.delete(
            f"{API}/members/{ids['member']}", headers=headers
        ).status_code,
        "list keys": client.get(f"{API}/api-keys", headers=headers).status_code,
        "issue a key": client.post(
            f"{API}/api-keys", json={"name": "mine"}, headers=headers
        ).status_code,
        "revoke a key": client.delete(f"{API}/api-keys/{ids['key']}", headers=headers).status_code,
        "read the audit log": client.get(f"{API}/audit", headers=headers).status_code,
        "rename the workspace": client.patch(
            f"{API}/workspaces/current", json={"name": "taken over"}, headers=headers
        ).status_code,
    }


@pytest.mark.parametrize("role", [Role.builder, Role.viewer])
def test_members_other_than_admins_cannot_manage(
    client: TestClient,
    admin: Actor,
    service_context: ServiceContext,
    admin_ids: dict[str, str],
    role: Role,
) -> None:
    actor = make_actor(service_context, role, admin.workspace_id)
    attempts = forbidden_attempts(client, actor, admin_ids)
    assert attempts == dict.fromkeys(attempts, 403)
    # ...but they read the members and the usage
    assert client.get(f"{API}/members", headers=actor.headers).status_code == 200
    assert client.get(f"{API}/usage", headers=actor.headers).status_code == 200


@pytest.mark.parametrize("role", [Role.api, Role.builder, Role.viewer])
def test_api_keys_cannot_manage(
    client: TestClient,
    admin: Actor,
    service_context: ServiceContext,
    admin_ids: dict[str, str],
    role: Role,
) -> None:
    key_actor, _ = make_api_key_actor(service_context, admin, role)
    attempts = forbidden_attempts(client, key_actor, admin_ids)
    attempts["create a workspace"] = client.post(
        f"{API}/workspaces", json={"name": "elsewhere"}, headers=key_actor.headers
    ).status_code
    assert attempts == dict.fromkeys(attempts, 403)
