"""Tenant isolation of generation jobs, events, files, overrides and modules.

Every endpoint taking an id answers 404 to another workspace's admin (and changes nothing);
each role's forbidden actions answer 403.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from support.generation import approve, generate
from support.service import Actor, example_spec, make_api_key_actor, make_build_session

from appwright.service.context import ServiceContext
from appwright.service.models import FileOverride, Job, Role


@dataclass(frozen=True)
class Artifacts:
    session_id: str
    job_id: str
    module_id: str


@pytest.fixture
def artifacts(
    client: TestClient, service_context: ServiceContext, admin: Actor, builder: Actor
) -> Artifacts:
    """In ``admin``'s workspace: a generated, approved, finalized session with an override."""
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    job = generate(client, builder, session_id)
    approve(service_context, session_id, 1, builder.user_id)
    override = client.put(
        f"/api/v1/sessions/{session_id}/overrides/README.md",
        content=b"ours",
        headers=builder.headers,
    )
    assert override.status_code == 201
    module = client.post(f"/api/v1/sessions/{session_id}/finalize", headers=builder.headers)
    assert module.status_code == 201
    return Artifacts(session_id, job["id"], module.json()["id"])


def _id_endpoints(a: Artifacts) -> list[tuple[str, str]]:
    session = f"/api/v1/sessions/{a.session_id}"
    return [
        ("POST", f"{session}/generate"),
        ("GET", f"{session}/events"),
        ("GET", f"/api/v1/jobs/{a.job_id}"),
        ("GET", f"/api/v1/jobs/{a.job_id}/events"),
        ("POST", f"/api/v1/jobs/{a.job_id}/cancel"),
        ("POST", f"/api/v1/jobs/{a.job_id}/retry"),
        ("GET", f"{session}/versions/1/files"),
        ("GET", f"{session}/versions/1/files/README.md"),
        ("GET", f"{session}/versions/1/download"),
        ("GET", f"{session}/overrides"),
        ("PUT", f"{session}/overrides/README.md"),
        ("DELETE", f"{session}/overrides/README.md"),
        ("POST", f"{session}/finalize"),
        ("GET", f"/api/v1/modules/{a.module_id}"),
        ("GET", f"/api/v1/modules/{a.module_id}/download"),
    ]


def test_another_workspace_gets_404_for_every_id(
    client: TestClient, service_context: ServiceContext, outsider: Actor, artifacts: Artifacts
) -> None:
    answers = {
        f"{method} {url}": client.request(
            method, url, headers=outsider.headers, content=b"theirs" if method == "PUT" else None
        ).status_code
        for method, url in _id_endpoints(artifacts)
    }

    assert answers == dict.fromkeys(answers, 404)
    with service_context.database.session() as db:
        override = db.query(FileOverride).filter_by(session_id=artifacts.session_id).one()
        assert override.content == b"ours"
        jobs = db.query(Job).filter_by(session_id=artifacts.session_id).all()
        assert [job.status for job in jobs] == ["succeeded"]


def test_lists_show_only_the_callers_workspace(
    client: TestClient, outsider: Actor, admin: Actor, artifacts: Artifacts
) -> None:
    for url in ("/api/v1/jobs", "/api/v1/modules"):
        assert client.get(url, headers=outsider.headers).json() == {"items": [], "total": 0}
        assert client.get(url, headers=admin.headers).json()["total"] == 1
    by_session = client.get(
        f"/api/v1/jobs?session_id={artifacts.session_id}", headers=outsider.headers
    )
    assert by_session.json()["total"] == 0


def test_viewers_read_but_cannot_build_or_finalize(
    client: TestClient, viewer: Actor, artifacts: Artifacts
) -> None:
    session = f"/api/v1/sessions/{artifacts.session_id}"
    forbidden = [
        ("POST", f"{session}/generate"),
        ("POST", f"/api/v1/jobs/{artifacts.job_id}/cancel"),
        ("POST", f"/api/v1/jobs/{artifacts.job_id}/retry"),
        ("PUT", f"{session}/overrides/README.md"),
        ("DELETE", f"{session}/overrides/README.md"),
        ("POST", f"{session}/finalize"),
    ]
    writes = {
        f"{method} {url}": client.request(
            method, url, headers=viewer.headers, content=b"x" if method == "PUT" else None
        ).status_code
        for method, url in forbidden
    }
    reads = {
        f"{method} {url}": client.request(method, url, headers=viewer.headers).status_code
        for method, url in _id_endpoints(artifacts)
        if method == "GET"
    }

    assert writes == dict.fromkeys(writes, 403)
    assert reads == dict.fromkeys(reads, 200)


def test_api_keys_build_but_only_people_finalize(
    client: TestClient, service_context: ServiceContext, admin: Actor, artifacts: Artifacts
) -> None:
    api_actor, _ = make_api_key_actor(service_context, admin, Role.api)
    viewer_key, _ = make_api_key_actor(service_context, admin, Role.viewer)
    session = f"/api/v1/sessions/{artifacts.session_id}"

    finalize = client.post(f"{session}/finalize", headers=api_actor.headers)
    override = client.put(f"{session}/overrides/README.md", content=b"x", headers=api_actor.headers)
    viewer_generate = client.post(f"{session}/generate", headers=viewer_key.headers)

    assert finalize.status_code == 403
    assert "approve or finalize" in finalize.json()["detail"]
    assert override.status_code == 200
    assert viewer_generate.status_code == 403
