"""Sessions, messages, versions and definition steps: another workspace's ids answer 404, and
each role's forbidden actions answer 403 — with nothing changed either way."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from support.service import Actor, example_spec, make_api_key_actor, make_build_session

from appwright.service.context import ServiceContext
from appwright.service.models import AuditEntry, BuildSession, Message, Role, SpecVersion

Request = tuple[str, str, dict[str, Any] | None]


def session_requests(session_id: str) -> list[Request]:
    """Every endpoint that takes a session id (and a version number of that session)."""
    base = f"/api/v1/sessions/{session_id}"
    edited = example_spec("crm")
    edited["name"] = "Edited CRM"
    return [
        ("GET", base, None),
        ("PATCH", base, {"title": "taken over"}),
        ("POST", f"{base}/cancel", None),
        ("POST", f"{base}/messages", {"content": "add a rating to deal"}),
        ("GET", f"{base}/messages", None),
        ("GET", f"{base}/versions", None),
        ("GET", f"{base}/versions/1", None),
        ("GET", f"{base}/versions/1/diff/1", None),
        ("POST", f"{base}/versions/1/revert", None),
        ("POST", f"{base}/versions/1/approve", None),
        ("PUT", f"{base}/spec", {"spec": edited}),
    ]


def snapshot(context: ServiceContext) -> tuple[int, ...]:
    """How many rows the things these endpoints change have."""
    with context.database.session() as db:
        counts = [
            db.scalar(select(func.count()).select_from(model)) or 0
            for model in (Message, SpecVersion, AuditEntry)
        ]
        sessions = db.scalars(select(BuildSession.status + BuildSession.title)).all()
    return (*counts, hash(tuple(sorted(sessions))))


def call(client: TestClient, actor: Actor, request: Request) -> int:
    method, url, body = request
    return client.request(method, url, json=body, headers=actor.headers).status_code


def test_another_workspaces_session_is_not_found_by_any_endpoint(
    client: TestClient, service_context: ServiceContext, builder: Actor, outsider: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("crm"))
    before = snapshot(service_context)

    answers = {
        f"{method} {url}": call(client, outsider, (method, url, body))
        for method, url, body in session_requests(session_id)
    }

    assert answers == dict.fromkeys(answers, 404)
    assert snapshot(service_context) == before
    listed = client.get("/api/v1/sessions", headers=outsider.headers).json()
    assert listed == {"items": [], "total": 0}


def test_viewers_only_read(
    client: TestClient, service_context: ServiceContext, builder: Actor, viewer: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("crm"))
    before = snapshot(service_context)

    answers = {
        f"{method} {url}": call(client, viewer, (method, url, body))
        for method, url, body in session_requests(session_id)
    }
    starts = call(client, viewer, ("POST", "/api/v1/sessions", {"title": "mine"}))
    step = call(
        client,
        viewer,
        ("POST", "/api/v1/ai-modules/definition-step", {"stepId": "pages", "userInput": "x"}),
    )

    assert answers == {request: 200 if request.startswith("GET") else 403 for request in answers}
    assert (starts, step) == (403, 403)
    assert snapshot(service_context) == before


def test_an_api_key_builds_but_does_not_approve(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    session_id = make_build_session(service_context, admin, example_spec("crm"))
    robot, _ = make_api_key_actor(service_context, admin)
    before = snapshot(service_context)

    approve = call(
        client, robot, ("POST", f"/api/v1/sessions/{session_id}/versions/1/approve", None)
    )

    assert approve == 403
    assert snapshot(service_context) == before
    reader, _ = make_api_key_actor(service_context, admin, role=Role.viewer)
    edit = ("PUT", f"/api/v1/sessions/{session_id}/spec", {"spec": example_spec("helpdesk")})
    assert call(client, reader, edit) == 403
    assert call(client, robot, edit) == 201
