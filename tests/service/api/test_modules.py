"""Finalize an approved, generated version into a module; list, read and download modules."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import pytest
from fastapi.testclient import TestClient
from support.generation import add_version, approve, generate, wait_for_job
from support.service import Actor, example_spec, make_api_key_actor, make_build_session

from appwright.service.context import ServiceContext
from appwright.service.models import BuildSession
from appwright.service.modules import next_module_version


@pytest.fixture
def ready_session(client: TestClient, service_context: ServiceContext, builder: Actor) -> str:
    """A session whose version 1 (habits) is generated and approved."""
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    generate(client, builder, session_id)
    approve(service_context, session_id, 1, builder.user_id)
    return session_id


def _finalize(client: TestClient, actor: Actor, session_id: str, **body: int) -> dict[str, Any]:
    response = client.post(
        f"/api/v1/sessions/{session_id}/finalize", json=body or None, headers=actor.headers
    )
    assert response.status_code == 201, response.text
    module: dict[str, Any] = response.json()
    return module


def test_next_module_version() -> None:
    assert next_module_version([]) == "1.0.0"
    assert next_module_version(["1.0.0"]) == "1.0.1"
    assert next_module_version(["1.0.1", "1.0.9", "1.0.2"]) == "1.0.10"
    assert next_module_version(["2.1.0", "1.9.9"]) == "2.1.1"
    assert next_module_version(["draft"]) == "1.0.0"


def test_finalize_makes_module_1_0_0(
    client: TestClient, service_context: ServiceContext, builder: Actor, ready_session: str
) -> None:
    module = _finalize(client, builder, ready_session)

    assert (module["name"], module["slug"], module["version"]) == (
        "Habit Tracker",
        "habit-tracker",
        "1.0.0",
    )
    assert module["session_id"] == ready_session and module["spec_version_number"] == 1
    generated = json.loads(
        (service_context.projects_dir / ready_session / "v1" / "module.json").read_bytes()
    )
    manifest = module["manifest"]
    assert manifest["spec_version"] == 1 and manifest["session_id"] == ready_session
    assert manifest["version"] == "1.0.0"
    assert manifest["api"] == generated["api"] and manifest["slug"] == generated["slug"]
    assert module["bundle_size"] > 0 and len(module["bundle_sha256"]) == 64
    with service_context.database.session() as db:
        session = db.get(BuildSession, ready_session)
        assert session is not None and session.status == "complete"


def test_later_finalizations_are_1_0_1_then_1_0_2(
    client: TestClient, service_context: ServiceContext, builder: Actor, ready_session: str
) -> None:
    _finalize(client, builder, ready_session)
    second = add_version(service_context, ready_session, example_spec("habits"))
    generate(client, builder, ready_session)
    approve(service_context, ready_session, second, builder.user_id)

    assert _finalize(client, builder, ready_session)["version"] == "1.0.1"
    assert _finalize(client, builder, ready_session, version=1)["version"] == "1.0.2"
    other = make_build_session(service_context, builder, example_spec("feedback"))
    generate(client, builder, other)
    approve(service_context, other, 1, builder.user_id)
    assert _finalize(client, builder, other)["version"] == "1.0.0"


def test_finalize_needs_an_approved_version(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    generate(client, builder, session_id)

    response = client.post(f"/api/v1/sessions/{session_id}/finalize", headers=builder.headers)

    assert response.status_code == 409
    assert "version 1 is not approved: approve it first" in response.json()["detail"]


def test_finalize_needs_a_generated_version(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    approve(service_context, session_id, 1, builder.user_id)

    response = client.post(f"/api/v1/sessions/{session_id}/finalize", headers=builder.headers)

    assert response.status_code == 409
    assert "generate it first" in response.json()["detail"]


def test_finalize_after_a_failed_generation_is_409(
    client: TestClient, service_context: ServiceContext, builder: Actor, ready_session: str
) -> None:
    number = add_version(
        service_context, ready_session, {**example_spec("habits"), "pages": 3}, normalize=False
    )
    approve(service_context, ready_session, number, builder.user_id)
    started = client.post(f"/api/v1/sessions/{ready_session}/generate", headers=builder.headers)
    assert wait_for_job(client, builder, started.json()["id"])["status"] == "failed"

    response = client.post(f"/api/v1/sessions/{ready_session}/finalize", headers=builder.headers)

    assert response.status_code == 409
    detail = response.json()["detail"]
    assert f"the last generation of version {number} failed" in detail
    assert f"/api/v1/jobs/{started.json()['id']}/retry" in detail


def test_finalize_while_generating_is_409(
    client: TestClient,
    service_context: ServiceContext,
    builder: Actor,
    ready_session: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(service_context.jobs, "submit", lambda job_id: None)
    client.post(f"/api/v1/sessions/{ready_session}/generate", headers=builder.headers)

    response = client.post(f"/api/v1/sessions/{ready_session}/finalize", headers=builder.headers)

    assert response.status_code == 409
    assert "still being generated" in response.json()["detail"]


def test_finalize_with_a_broken_module_json_override_is_409(
    client: TestClient, builder: Actor, ready_session: str
) -> None:
    client.put(
        f"/api/v1/sessions/{ready_session}/overrides/module.json",
        content=b"{not json",
        headers=builder.headers,
    )

    response = client.post(f"/api/v1/sessions/{ready_session}/finalize", headers=builder.headers)

    assert response.status_code == 409
    assert "module.json is not valid JSON" in response.json()["detail"]


def test_finalize_unknown_session_or_version_is_404(
    client: TestClient, builder: Actor, ready_session: str
) -> None:
    unknown_session = client.post("/api/v1/sessions/nope/finalize", headers=builder.headers)
    unknown_version = client.post(
        f"/api/v1/sessions/{ready_session}/finalize", json={"version": 5}, headers=builder.headers
    )

    assert unknown_session.status_code == unknown_version.status_code == 404


def test_only_people_who_approve_finalize(
    client: TestClient,
    service_context: ServiceContext,
    admin: Actor,
    viewer: Actor,
    ready_session: str,
) -> None:
    api_actor, _ = make_api_key_actor(service_context, admin)
    url = f"/api/v1/sessions/{ready_session}/finalize"

    assert client.post(url, headers=viewer.headers).status_code == 403
    assert client.post(url, headers=api_actor.headers).status_code == 403
    assert client.post(url, headers=admin.headers).status_code == 201


def test_list_read_and_download_modules(
    client: TestClient,
    service_context: ServiceContext,
    builder: Actor,
    viewer: Actor,
    ready_session: str,
) -> None:
    first = _finalize(client, builder, ready_session)
    second = _finalize(client, builder, ready_session)

    listed = client.get("/api/v1/modules", headers=viewer.headers).json()
    page = client.get("/api/v1/modules?limit=1&offset=1", headers=viewer.headers).json()
    by_slug = client.get("/api/v1/modules?slug=habit-tracker", headers=viewer.headers).json()
    other_slug = client.get("/api/v1/modules?slug=nothing", headers=viewer.headers).json()
    read = client.get(f"/api/v1/modules/{first['id']}", headers=viewer.headers)
    download = client.get(f"/api/v1/modules/{second['id']}/download", headers=viewer.headers)

    assert listed["total"] == 2
    assert {module["version"] for module in listed["items"]} == {"1.0.0", "1.0.1"}
    assert page["total"] == 2 and len(page["items"]) == 1
    assert by_slug["total"] == 2 and other_slug == {"items": [], "total": 0}
    assert read.status_code == 200 and read.json() == first
    assert download.status_code == 200
    assert download.headers["content-type"] == "application/zip"
    assert 'filename="habit-tracker-1.0.1.zip"' in download.headers["content-disposition"]
    assert len(download.content) == second["bundle_size"]
    with zipfile.ZipFile(io.BytesIO(download.content)) as archive:
        project = service_context.projects_dir / ready_session / "v1"
        assert archive.read("habit-tracker-1.0.1/README.md") == (project / "README.md").read_bytes()


def test_unknown_module_is_404(client: TestClient, viewer: Actor) -> None:
    for path in ("", "/download"):
        response = client.get(f"/api/v1/modules/nope{path}", headers=viewer.headers)
        assert response.status_code == 404
        assert response.json()["detail"] == "module nope not found"
    assert client.get("/api/v1/modules?limit=500", headers=viewer.headers).status_code == 422
