"""Build sessions: start (with a first description answered at once), list, read, rename, cancel."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from support.service import Actor, example_spec, make_build_session

from appwright.service.context import ServiceContext
from appwright.service.models import AuditEntry, BuildSession, SessionStatus

URL = "/api/v1/sessions"
DESCRIPTION = (
    "A library app: books with a title, an author and an ISBN; members with a name and an"
    " email; loans of a book to a member with a due date."
)


def set_status(context: ServiceContext, session_id: str, status: SessionStatus) -> None:
    with context.database.session() as db:
        session = db.get(BuildSession, session_id)
        assert session is not None
        session.status = status


def test_start_a_session_without_a_description(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    response = client.post(URL, json={}, headers=builder.headers)

    assert response.status_code == 201, response.text
    body = response.json()
    assert body["title"] == "Untitled app"
    assert body["status"] == "drafting"
    assert body["current_version_number"] is None
    assert (body["message_count"], body["version_count"]) == (0, 0)
    assert body["created_by_id"] == builder.user_id
    assert body["first_turn"] is None
    with service_context.database.session() as db:
        entry = db.scalar(select(AuditEntry).where(AuditEntry.target_id == body["id"]))
        assert entry is not None
        assert (entry.action, entry.actor_user_id) == ("session.create", builder.user_id)


def test_a_description_is_the_first_message_and_answered_at_once(
    client: TestClient, builder: Actor
) -> None:
    response = client.post(URL, json={"description": DESCRIPTION}, headers=builder.headers)

    assert response.status_code == 201, response.text
    body = response.json()
    turn = body["first_turn"]
    assert turn["message"]["content"] == DESCRIPTION
    assert turn["message"]["intent"] == "new_requirement"
    assert turn["reply"]["spec_version_number"] == 1
    assert turn["reply"]["changelog"][0].startswith("first design")
    assert body["current_version_number"] == 1
    assert (body["message_count"], body["version_count"]) == (2, 1)
    assert body["title"] != "Untitled app"  # named after the design
    version = client.get(f"{URL}/{body['id']}/versions/1", headers=builder.headers).json()
    names = {entity["name"] for entity in version["spec"]["entities"]}
    assert {"book", "member", "loan"} <= names


def test_a_title_is_kept(client: TestClient, builder: Actor) -> None:
    response = client.post(URL, json={"title": "Bookshop"}, headers=builder.headers)

    assert response.status_code == 201
    assert response.json()["title"] == "Bookshop"
    assert client.post(URL, json={"title": ""}, headers=builder.headers).status_code == 422


def test_sessions_are_listed_newest_first_with_a_status_filter(
    client: TestClient, service_context: ServiceContext, builder: Actor, viewer: Actor
) -> None:
    first = make_build_session(service_context, builder, example_spec("crm"), title="first")
    second = make_build_session(service_context, builder, example_spec("helpdesk"), title="second")
    set_status(service_context, first, SessionStatus.reviewing)

    everything = client.get(URL, headers=viewer.headers).json()
    reviewing = client.get(f"{URL}?status=reviewing", headers=viewer.headers).json()
    page = client.get(f"{URL}?limit=1&offset=1", headers=viewer.headers).json()
    wrong = client.get(f"{URL}?status=sleeping", headers=viewer.headers)

    assert [s["id"] for s in everything["items"]] == [second, first]
    assert everything["total"] == 2
    assert everything["items"][0]["version_count"] == 1
    assert [s["id"] for s in reviewing["items"]] == [first]
    assert reviewing["total"] == 1
    assert ([s["id"] for s in page["items"]], page["total"]) == ([first], 2)
    assert wrong.status_code == 422


def test_a_session_is_read_with_its_counts(
    client: TestClient, service_context: ServiceContext, builder: Actor, viewer: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("crm"))

    response = client.get(f"{URL}/{session_id}", headers=viewer.headers)
    missing = client.get(f"{URL}/no-such-id", headers=viewer.headers)

    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["status"], body["current_version_number"]) == (
        session_id,
        "drafting",
        1,
    )
    assert (body["message_count"], body["version_count"]) == (0, 1)
    assert missing.status_code == 404
    assert missing.json()["detail"] == "session no-such-id not found"


def test_rename_a_session(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("crm"))

    response = client.patch(f"{URL}/{session_id}", json={"title": "Sales"}, headers=builder.headers)
    empty = client.patch(f"{URL}/{session_id}", json={"title": ""}, headers=builder.headers)
    missing = client.patch(f"{URL}/nope", json={"title": "Sales"}, headers=builder.headers)

    assert response.status_code == 200
    assert response.json()["title"] == "Sales"
    assert client.get(f"{URL}/{session_id}", headers=builder.headers).json()["title"] == "Sales"
    assert empty.status_code == 422
    assert missing.status_code == 404
    with service_context.database.session() as db:
        entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "session.update"))
        assert entry is not None and entry.detail == {"title": ["Test app", "Sales"]}


def test_cancel_a_session(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("crm"))

    response = client.post(f"{URL}/{session_id}/cancel", headers=builder.headers)
    again = client.post(f"{URL}/{session_id}/cancel", headers=builder.headers)

    assert response.status_code == 200
    assert response.json()["status"] == "cancelled"
    assert again.status_code == 200 and again.json()["status"] == "cancelled"
    with service_context.database.session() as db:
        actions = db.scalars(select(AuditEntry.action).where(AuditEntry.target_id == session_id))
        assert list(actions) == ["session.cancel"]  # the second cancel changed nothing
    assert client.post(f"{URL}/nope/cancel", headers=builder.headers).status_code == 404


def test_a_complete_session_cannot_be_cancelled(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("crm"))
    set_status(service_context, session_id, SessionStatus.complete)

    response = client.post(f"{URL}/{session_id}/cancel", headers=builder.headers)

    assert response.status_code == 409
    assert "is complete" in response.json()["detail"]


def test_viewers_read_sessions_but_do_not_start_or_change_them(
    client: TestClient, service_context: ServiceContext, builder: Actor, viewer: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("crm"))

    assert client.post(URL, json={}, headers=viewer.headers).status_code == 403
    rename = client.patch(f"{URL}/{session_id}", json={"title": "x"}, headers=viewer.headers)
    assert rename.status_code == 403
    assert client.post(f"{URL}/{session_id}/cancel", headers=viewer.headers).status_code == 403
    assert client.get(URL).status_code == 401
