"""Spec versions: list, read, diff any two, revert (a new version), approve, a person's edit."""

from __future__ import annotations

import copy
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from support.service import Actor, example_spec, make_api_key_actor, make_build_session

from appwright.service.context import ServiceContext
from appwright.service.models import AuditEntry, BuildSession, SessionStatus, SpecVersion
from appwright.spec import load_spec


def with_priority(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` (the CRM) with an enum field ``priority`` on deal."""
    edited = copy.deepcopy(spec)
    deal = next(entity for entity in edited["entities"] if entity["name"] == "deal")
    deal["fields"].append({"name": "priority", "type": "enum", "options": ["low", "high"]})
    return edited


def start(context: ServiceContext, owner: Actor) -> str:
    return make_build_session(context, owner, example_spec("crm"))


def edit(client: TestClient, actor: Actor, session_id: str, spec: dict[str, Any]) -> Any:
    return client.put(
        f"/api/v1/sessions/{session_id}/spec", json={"spec": spec}, headers=actor.headers
    )


def test_a_valid_edit_is_the_next_version_with_its_changelog(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)

    response = edit(client, builder, session_id, with_priority(example_spec("crm")))

    assert response.status_code == 201, response.text
    version = response.json()
    assert (version["number"], version["parent_number"], version["source"]) == (2, 1, "edit")
    assert version["changelog"] == ["added field deal.priority (enum: low, high)"]
    assert version["patch"][0]["op"] == "add"
    assert version["is_current"] is True
    assert version["created_by_id"] == builder.user_id
    session = client.get(f"/api/v1/sessions/{session_id}", headers=builder.headers).json()
    assert session["current_version_number"] == 2
    with service_context.database.session() as db:
        entry = db.scalar(select(AuditEntry).where(AuditEntry.target_id == version["id"]))
    assert entry is not None
    assert (entry.action, entry.actor_user_id) == ("version.create", builder.user_id)
    assert entry.detail == {"session_id": session_id, "number": 2, "parent": 1, "source": "edit"}


def test_an_invalid_edit_lists_every_problem_and_stores_nothing(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)
    bad = example_spec("crm")
    bad["entities"][0]["fields"][0]["type"] = "nmber"
    bad["relationships"].append({"from": "deal", "to": "nobody"})

    response = edit(client, builder, session_id, bad)

    assert response.status_code == 422
    issues = response.json()["detail"]
    paths = [issue["path"] for issue in issues]
    assert "entities[0].fields[0].type" in paths
    assert any(path.startswith("relationships[") and path.endswith(".to") for path in paths)
    assert all(issue["message"] for issue in issues)
    versions = client.get(f"/api/v1/sessions/{session_id}/versions", headers=builder.headers)
    assert versions.json()["total"] == 1


def test_an_edit_that_changes_nothing_is_refused(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)

    response = edit(client, builder, session_id, example_spec("crm"))

    assert response.status_code == 409
    assert "same as the current version (1)" in response.json()["detail"]


def test_versions_are_listed_oldest_first_without_their_specs(
    client: TestClient, service_context: ServiceContext, builder: Actor, viewer: Actor
) -> None:
    session_id = start(service_context, builder)
    assert edit(client, builder, session_id, with_priority(example_spec("crm"))).status_code == 201

    response = client.get(f"/api/v1/sessions/{session_id}/versions", headers=viewer.headers)
    page = client.get(
        f"/api/v1/sessions/{session_id}/versions?limit=1&offset=1", headers=viewer.headers
    )

    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 2
    assert [(v["number"], v["source"]) for v in body["items"]] == [(1, "design"), (2, "edit")]
    assert "spec" not in body["items"][0]
    assert [v["number"] for v in page.json()["items"]] == [2]
    missing = client.get("/api/v1/sessions/no-such-session/versions", headers=viewer.headers)
    assert missing.status_code == 404


def test_a_version_is_read_with_its_spec(
    client: TestClient, service_context: ServiceContext, builder: Actor, viewer: Actor
) -> None:
    session_id = start(service_context, builder)

    response = client.get(f"/api/v1/sessions/{session_id}/versions/1", headers=viewer.headers)
    missing = client.get(f"/api/v1/sessions/{session_id}/versions/7", headers=viewer.headers)

    assert response.status_code == 200
    version = response.json()
    assert version["spec"] == load_spec(example_spec("crm")).to_json_dict()
    assert version["is_current"] is True
    assert version["approved_at"] is None
    assert missing.status_code == 404
    assert missing.json()["detail"] == f"version 7 of session {session_id} not found"


def test_any_two_versions_are_compared_both_ways(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)
    assert edit(client, builder, session_id, with_priority(example_spec("crm"))).status_code == 201
    url = f"/api/v1/sessions/{session_id}/versions"

    forward = client.get(f"{url}/1/diff/2", headers=builder.headers).json()
    backward = client.get(f"{url}/2/diff/1", headers=builder.headers).json()
    same = client.get(f"{url}/2/diff/2", headers=builder.headers).json()
    missing = client.get(f"{url}/1/diff/3", headers=builder.headers)

    assert forward["sentences"] == ["added field deal.priority (enum: low, high)"]
    assert (forward["from_number"], forward["to_number"]) == (1, 2)
    assert [op["op"] for op in forward["patch"]] == ["add"]
    assert backward["sentences"] == ["removed field deal.priority"]
    assert [op["op"] for op in backward["patch"]] == ["remove"]
    assert same["patch"] == [] and same["sentences"] == []
    assert missing.status_code == 404


def test_revert_makes_a_new_version_with_the_old_design(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)
    assert edit(client, builder, session_id, with_priority(example_spec("crm"))).status_code == 201
    url = f"/api/v1/sessions/{session_id}/versions"

    response = client.post(f"{url}/1/revert", headers=builder.headers)

    assert response.status_code == 201, response.text
    version = response.json()
    assert (version["number"], version["parent_number"], version["source"]) == (3, 2, "revert")
    assert version["changelog"] == ["removed field deal.priority"]
    first = client.get(f"{url}/1", headers=builder.headers).json()
    assert version["spec"] == first["spec"]
    assert client.get(f"{url}", headers=builder.headers).json()["total"] == 3  # history kept
    again = client.post(f"{url}/1/revert", headers=builder.headers)
    assert again.status_code == 409  # the current version already has that design
    assert client.post(f"{url}/9/revert", headers=builder.headers).status_code == 404


def test_a_cancelled_session_takes_no_new_versions(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)
    assert edit(client, builder, session_id, with_priority(example_spec("crm"))).status_code == 201
    cancel = client.post(f"/api/v1/sessions/{session_id}/cancel", headers=builder.headers)
    assert cancel.status_code == 200

    revert = client.post(
        f"/api/v1/sessions/{session_id}/versions/1/revert", headers=builder.headers
    )
    edited = edit(client, builder, session_id, example_spec("crm"))
    approved = client.post(
        f"/api/v1/sessions/{session_id}/versions/2/approve", headers=builder.headers
    )

    for response in (revert, edited, approved):
        assert response.status_code == 409
        assert "is cancelled" in response.json()["detail"]


def test_approve_a_version_once(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)
    url = f"/api/v1/sessions/{session_id}/versions/1/approve"

    response = client.post(url, headers=builder.headers)
    again = client.post(url, headers=builder.headers)
    missing = client.post(
        f"/api/v1/sessions/{session_id}/versions/2/approve", headers=builder.headers
    )

    assert response.status_code == 200, response.text
    assert response.json()["approved_by_id"] == builder.user_id
    assert response.json()["approved_at"] is not None
    assert again.status_code == 409
    assert "already approved" in again.json()["detail"]
    assert missing.status_code == 404
    with service_context.database.session() as db:
        version = db.scalar(select(SpecVersion).where(SpecVersion.session_id == session_id))
        assert version is not None and version.approved_by_id == builder.user_id
        audit = db.scalars(select(AuditEntry.action).where(AuditEntry.target_id == version.id))
        assert list(audit) == ["version.approve"]


def test_an_api_key_edits_and_reverts_but_cannot_approve(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    session_id = start(service_context, admin)
    robot, key_id = make_api_key_actor(service_context, admin)

    edited = edit(client, robot, session_id, with_priority(example_spec("crm")))
    approved = client.post(
        f"/api/v1/sessions/{session_id}/versions/2/approve", headers=robot.headers
    )

    assert edited.status_code == 201
    assert approved.status_code == 403
    with service_context.database.session() as db:
        entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "version.create"))
        assert entry is not None and entry.actor_api_key_id == key_id


def test_a_new_version_of_a_reviewed_session_is_a_draft_again(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)
    with service_context.database.session() as db:
        session = db.get(BuildSession, session_id)
        assert session is not None
        session.status = SessionStatus.reviewing

    assert edit(client, builder, session_id, with_priority(example_spec("crm"))).status_code == 201

    session_json = client.get(f"/api/v1/sessions/{session_id}", headers=builder.headers).json()
    assert session_json["status"] == "drafting"
