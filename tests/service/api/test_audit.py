"""/audit: the workspace's audit log for admins, newest first, filtered and paginated."""

from __future__ import annotations

from fastapi.testclient import TestClient
from support.service import Actor

from appwright.service.audit import record_audit
from appwright.service.context import ServiceContext

AUDIT = "/api/v1/audit"


def write_entries(context: ServiceContext, actor: Actor, actions: list[str]) -> None:
    for number, action in enumerate(actions):
        with context.database.session() as db:
            record_audit(
                db,
                workspace_id=actor.workspace_id,
                actor_user_id=actor.user_id,
                action=action,
                target_type=action.split(".")[0],
                target_id=str(number),
            )


def test_entries_come_newest_first_with_their_actor(
    client: TestClient, admin: Actor, service_context: ServiceContext
) -> None:
    write_entries(service_context, admin, ["session.create", "version.approve", "module.create"])
    response = client.get(AUDIT, headers=admin.headers)
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 3
    assert [e["action"] for e in body["items"]] == [
        "module.create",
        "version.approve",
        "session.create",
    ]
    assert body["items"][0]["actor_email"] == admin.email
    assert body["items"][0]["actor_api_key_id"] is None


def test_filters_and_pagination(
    client: TestClient, admin: Actor, service_context: ServiceContext
) -> None:
    write_entries(service_context, admin, ["session.create", "session.update", "module.create"])
    by_action = client.get(AUDIT, params={"action": "session.update"}, headers=admin.headers)
    assert [e["target_id"] for e in by_action.json()["items"]] == ["1"]
    by_type = client.get(AUDIT, params={"target_type": "session"}, headers=admin.headers).json()
    assert (by_type["total"], [e["target_id"] for e in by_type["items"]]) == (2, ["1", "0"])
    page = client.get(AUDIT, params={"limit": 1, "offset": 1}, headers=admin.headers).json()
    assert (page["total"], [e["target_id"] for e in page["items"]]) == (3, ["1"])
    assert client.get(AUDIT, params={"offset": -1}, headers=admin.headers).status_code == 422


def test_only_admins_read_the_log(client: TestClient, builder: Actor) -> None:
    response = client.get(AUDIT, headers=builder.headers)
    assert response.status_code == 403
    assert client.get(AUDIT).status_code == 401


def test_registration_is_audited(client: TestClient) -> None:
    registered = client.post(
        "/api/v1/auth/register", json={"email": "kay@example.org", "password": "12345678"}
    ).json()
    token = client.post(
        "/api/v1/auth/token", data={"username": "kay@example.org", "password": "12345678"}
    ).json()["access_token"]
    entries = client.get(AUDIT, headers={"Authorization": f"Bearer {token}"}).json()["items"]
    assert {(e["action"], e["target_id"]) for e in entries} == {
        ("user.register", registered["user"]["id"]),
        ("workspace.create", registered["workspace"]["id"]),
    }
