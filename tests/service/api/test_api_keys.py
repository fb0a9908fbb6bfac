"""/api-keys: admins issue keys (the whole key once), list them, and revoke them."""

from __future__ import annotations

from fastapi.testclient import TestClient
from support.service import Actor

from appwright.service.context import ServiceContext
from appwright.service.models import ApiKey
from appwright.service.security import hash_api_key

KEYS = "/api/v1/api-keys"
ME = "/api/v1/auth/me"


def issue(client: TestClient, admin: Actor, **body: str) -> dict[str, str]:
    response = client.post(KEYS, json={"name": "ci", **body}, headers=admin.headers)
    assert response.status_code == 201, response.text
    created: dict[str, str] = response.json()
    return created


def test_a_new_key_is_shown_whole_once_and_stored_hashed(
    client: TestClient, admin: Actor, service_context: ServiceContext
) -> None:
    created = issue(client, admin)
    assert created["role"] == "api"
    assert created["key"].startswith(f"aw_{created['prefix']}_")
    with service_context.database.session() as db:
        stored = db.get(ApiKey, created["id"])
        assert stored is not None
        assert stored.key_hash == hash_api_key(created["key"])
        assert created["key"] not in (stored.key_hash, stored.prefix)

    listed = client.get(KEYS, headers=admin.headers).json()
    assert listed["total"] == 1
    assert listed["items"][0]["id"] == created["id"]
    assert "key" not in listed["items"][0]
    assert created["key"] not in str(listed)


def test_the_key_authenticates_both_ways_with_its_role(client: TestClient, admin: Actor) -> None:
    created = issue(client, admin, role="viewer")
    for headers in ({"X-API-Key": created["key"]}, {"Authorization": f"Bearer {created['key']}"}):
        me = client.get(ME, headers=headers)
        assert me.status_code == 200
        assert (me.json()["role"], me.json()["api_key"]["id"]) == ("viewer", created["id"])
    last_used = client.get(KEYS, headers=admin.headers).json()["items"][0]["last_used_at"]
    assert last_used is not None


def test_keys_never_get_the_admin_role(client: TestClient, admin: Actor) -> None:
    response = client.post(KEYS, json={"name": "root", "role": "admin"}, headers=admin.headers)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "role"]
    assert client.post(KEYS, json={"name": ""}, headers=admin.headers).status_code == 422


def test_list_is_newest_first_and_paginated(client: TestClient, admin: Actor) -> None:
    first, second = issue(client, admin, name="first"), issue(client, admin, name="second")
    listed = client.get(KEYS, headers=admin.headers).json()["items"]
    assert {key["id"] for key in listed} == {first["id"], second["id"]}
    page = client.get(KEYS, params={"limit": 1, "offset": 1}, headers=admin.headers).json()
    assert page["total"] == 2
    assert len(page["items"]) == 1


def test_a_revoked_key_gets_401(client: TestClient, admin: Actor) -> None:
    created = issue(client, admin)
    assert client.get(ME, headers={"X-API-Key": created["key"]}).status_code == 200
    revoked = client.delete(f"{KEYS}/{created['id']}", headers=admin.headers)
    assert revoked.status_code == 204
    refused = client.get(ME, headers={"X-API-Key": created["key"]})
    assert refused.status_code == 401
    assert "revoked" in refused.json()["detail"]
    listed = client.get(KEYS, headers=admin.headers).json()["items"]
    assert listed[0]["revoked_at"] is not None


def test_revoking_twice_or_an_unknown_key_fails(client: TestClient, admin: Actor) -> None:
    created = issue(client, admin)
    assert client.delete(f"{KEYS}/{created['id']}", headers=admin.headers).status_code == 204
    again = client.delete(f"{KEYS}/{created['id']}", headers=admin.headers)
    assert again.status_code == 409
    assert "already revoked" in again.json()["detail"]
    missing = client.delete(f"{KEYS}/nope", headers=admin.headers)
    assert missing.status_code == 404
    assert missing.json()["detail"] == "API key nope not found"


def test_a_forged_key_gets_401(client: TestClient, admin: Actor) -> None:
    created = issue(client, admin)
    forged = created["key"][:-4] + "AAAA"
    assert client.get(ME, headers={"X-API-Key": forged}).status_code == 401


def test_key_changes_are_audited(client: TestClient, admin: Actor) -> None:
    created = issue(client, admin)
    client.delete(f"{KEYS}/{created['id']}", headers=admin.headers)
    entries = client.get(
        "/api/v1/audit", params={"target_type": "api_key"}, headers=admin.headers
    ).json()["items"]
    assert [(e["action"], e["target_id"]) for e in entries] == [
        ("api_key.revoke", created["id"]),
        ("api_key.create", created["id"]),
    ]
    assert created["key"] not in str(entries)
