"""Ratings of a session's app: set, replace, read back with the totals; validation and scope."""

from __future__ import annotations

from fastapi.testclient import TestClient
from support.service import Actor, example_spec, make_build_session

from appwright.service.context import ServiceContext
from appwright.service.models import AuditEntry


def test_a_rating_is_stored_with_the_current_version_and_audited(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    session_id = make_build_session(service_context, admin, example_spec("crm"))
    response = client.post(
        f"/api/v1/sessions/{session_id}/rating",
        json={"stars": 4, "comment": "nearly what we need"},
        headers=admin.headers,
    )
    assert response.status_code == 201, response.text
    rating = response.json()
    assert rating["stars"] == 4
    assert rating["comment"] == "nearly what we need"
    assert rating["spec_version_number"] == 1
    assert rating["user_id"] == admin.user_id
    with service_context.database.session() as db:
        actions = [entry.action for entry in db.query(AuditEntry).filter_by(target_id=session_id)]
    assert "session.rate" in actions


def test_rating_again_replaces_the_persons_rating(
    client: TestClient, service_context: ServiceContext, admin: Actor, builder: Actor
) -> None:
    session_id = make_build_session(service_context, admin, example_spec("crm"))
    url = f"/api/v1/sessions/{session_id}/rating"
    assert client.post(url, json={"stars": 2}, headers=admin.headers).status_code == 201
    again = client.post(url, json={"stars": 5, "comment": "fixed"}, headers=admin.headers)
    assert again.status_code == 200, again.text
    assert client.post(url, json={"stars": 4}, headers=builder.headers).status_code == 201

    summary = client.get(url, headers=admin.headers).json()
    assert summary["count"] == 2
    assert summary["average"] == 4.5
    assert summary["mine"]["stars"] == 5
    assert summary["mine"]["comment"] == "fixed"


def test_before_any_rating_the_summary_is_empty(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    session_id = make_build_session(service_context, admin, example_spec("crm"))
    summary = client.get(f"/api/v1/sessions/{session_id}/rating", headers=admin.headers).json()
    assert summary == {"count": 0, "average": None, "mine": None}


def test_stars_outside_one_to_five_are_rejected(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    session_id = make_build_session(service_context, admin, example_spec("crm"))
    url = f"/api/v1/sessions/{session_id}/rating"
    for stars in (0, 6):
        response = client.post(url, json={"stars": stars}, headers=admin.headers)
        assert response.status_code == 422
        assert response.json()["detail"][0]["loc"] == ["body", "stars"]
    too_long = client.post(url, json={"stars": 3, "comment": "x" * 2001}, headers=admin.headers)
    assert too_long.status_code == 422


def test_an_unknown_session_cannot_be_rated(client: TestClient, admin: Actor) -> None:
    response = client.post(
        "/api/v1/sessions/no-such-session/rating", json={"stars": 3}, headers=admin.headers
    )
    assert response.status_code == 404
    assert client.get("/api/v1/sessions/nope/rating", headers=admin.headers).status_code == 404


def test_a_viewer_cannot_rate(
    client: TestClient, service_context: ServiceContext, admin: Actor, viewer: Actor
) -> None:
    session_id = make_build_session(service_context, admin, example_spec("crm"))
    url = f"/api/v1/sessions/{session_id}/rating"
    assert client.post(url, json={"stars": 3}, headers=viewer.headers).status_code == 403
    assert client.get(url, headers=viewer.headers).status_code == 200
