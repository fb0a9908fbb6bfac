"""POST /sessions/{id}/generate: a background job generates, writes and stores the project."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from support.generation import add_version, generate, wait_for_job
from support.service import Actor, example_spec, make_api_key_actor, make_build_session

from appwright.service.context import ServiceContext
from appwright.service.models import AuditEntry, BuildSession, GeneratedFile, Job, SpecVersion


def _session_status(context: ServiceContext, session_id: str) -> str:
    with context.database.session() as db:
        session = db.get(BuildSession, session_id)
        assert session is not None
        return session.status


def _stages(client: TestClient, actor: Actor, job_id: str) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/jobs/{job_id}/events?limit=200", headers=actor.headers)
    assert response.status_code == 200
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def test_generate_writes_stores_and_reports_every_stage(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))

    response = client.post(f"/api/v1/sessions/{session_id}/generate", headers=builder.headers)

    assert response.status_code == 202
    queued = response.json()
    assert (queued["kind"], queued["spec_version_number"]) == ("generate", 1)
    job = wait_for_job(client, builder, queued["id"])
    assert job["status"] == "succeeded", job["error"]
    assert job["result"]["files"] > 20
    assert job["result"]["tests"]["ran"] is False
    assert job["started_at"] and job["finished_at"]
    assert _session_status(service_context, session_id) == "reviewing"
    project = service_context.projects_dir / session_id / "v1"
    assert (project / "module.json").is_file()
    with service_context.database.session() as db:
        stored = db.scalars(
            select(GeneratedFile)
            .join(SpecVersion, SpecVersion.id == GeneratedFile.spec_version_id)
            .where(SpecVersion.session_id == session_id)
        ).all()
        assert {file.path for file in stored} == {
            str(path.relative_to(project)) for path in project.rglob("*") if path.is_file()
        }
        assert db.scalar(select(AuditEntry).where(AuditEntry.target_id == queued["id"]))
    events = _stages(client, builder, queued["id"])
    assert [e["stage"] for e in events] == ["queued", "generating", "writing", "writing", "done"]
    assert events[-1]["percentage"] == 100
    assert events[-1]["files_written"] == job["result"]["files"]


def test_generate_a_chosen_version(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    add_version(service_context, session_id, example_spec("feedback"))

    job = generate(client, builder, session_id, version=1)

    assert job["spec_version_number"] == 1
    assert (service_context.projects_dir / session_id / "v1").is_dir()
    assert not (service_context.projects_dir / session_id / "v2").exists()


def test_generate_by_api_key(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    session_id = make_build_session(service_context, admin, example_spec("habits"))
    api_actor, key_id = make_api_key_actor(service_context, admin)

    job = generate(client, api_actor, session_id)

    with service_context.database.session() as db:
        entry = db.scalar(select(AuditEntry).where(AuditEntry.target_id == job["id"]))
        assert entry is not None and entry.actor_api_key_id == key_id


def test_a_second_request_while_queued_returns_the_same_job(
    client: TestClient,
    service_context: ServiceContext,
    builder: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    submitted: list[str] = []
    monkeypatch.setattr(service_context.jobs, "submit", submitted.append)
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    url = f"/api/v1/sessions/{session_id}/generate"

    first = client.post(url, json={"version": 1}, headers=builder.headers)
    second = client.post(url, headers=builder.headers)

    assert first.status_code == second.status_code == 202
    assert first.json()["id"] == second.json()["id"]
    assert submitted == [first.json()["id"]]
    assert _session_status(service_context, session_id) == "generating"


def test_submitted_only_after_the_commit(
    client: TestClient,
    service_context: ServiceContext,
    builder: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The worker must find the job's row: at submit time it is committed and visible."""
    seen: list[str | None] = []

    def submit(job_id: str) -> None:
        with service_context.database.session() as db:
            job = db.get(Job, job_id)
            seen.append(job.status if job is not None else None)

    monkeypatch.setattr(service_context.jobs, "submit", submit)
    session_id = make_build_session(service_context, builder, example_spec("habits"))

    response = client.post(f"/api/v1/sessions/{session_id}/generate", headers=builder.headers)

    assert response.status_code == 202
    assert seen == ["queued"]


def test_an_invalid_spec_fails_the_job_with_the_reason(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    broken = {**example_spec("habits"), "entities": [{"name": "x", "fields": "nope"}]}
    number = add_version(service_context, session_id, broken, normalize=False)

    response = client.post(f"/api/v1/sessions/{session_id}/generate", headers=builder.headers)
    job = wait_for_job(client, builder, response.json()["id"])

    assert job["status"] == "failed"
    assert f"version {number}'s spec is not valid" in job["error"]
    assert "entities[0]" in job["error"]
    assert _session_status(service_context, session_id) == "failed"
    events = _stages(client, builder, job["id"])
    assert events[-1]["stage"] == "failed"
    assert events[-1]["message"] == job["error"]


def test_generate_unknown_version_or_session_is_404(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))

    missing_version = client.post(
        f"/api/v1/sessions/{session_id}/generate", json={"version": 7}, headers=builder.headers
    )
    missing_session = client.post("/api/v1/sessions/nope/generate", headers=builder.headers)

    assert missing_version.status_code == 404
    assert "version 7" in missing_version.json()["detail"]
    assert missing_session.status_code == 404


def test_generate_a_session_without_a_design_is_409(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    with service_context.database.session() as db:
        session = BuildSession(workspace_id=builder.workspace_id, title="empty")
        db.add(session)
        db.flush()
        session_id = session.id

    response = client.post(f"/api/v1/sessions/{session_id}/generate", headers=builder.headers)

    assert response.status_code == 409
    assert "describe the app first" in response.json()["detail"]


def test_generate_bad_body_is_422_and_viewer_is_403(
    client: TestClient, service_context: ServiceContext, builder: Actor, viewer: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    url = f"/api/v1/sessions/{session_id}/generate"

    assert client.post(url, json={"version": 0}, headers=builder.headers).status_code == 422
    assert client.post(url, headers=viewer.headers).status_code == 403
    assert client.post(url).status_code == 401


@pytest.mark.slow
def test_the_generated_tests_run_with_live_progress(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    service_context.settings.service.run_generated_tests = True
    session_id = make_build_session(service_context, builder, example_spec("habits"))

    job = generate(client, builder, session_id)

    tests = job["result"]["tests"]
    assert tests["ran"] is True and tests["passed"] > 50
    assert tests["failed"] == tests["errors"] == 0
    events = _stages(client, builder, job["id"])
    testing = [event for event in events if event["stage"] == "testing"]
    assert testing[0]["tests_passed"] == 0
    assert any(0 < event["tests_passed"] < tests["passed"] for event in testing)
    percentages = [event["percentage"] for event in events]
    assert percentages == sorted(percentages)
    assert events[-1]["stage"] == "done" and events[-1]["tests_passed"] == tests["passed"]


@pytest.mark.slow
def test_failing_generated_tests_fail_the_job(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    generate(client, builder, session_id)
    failing = b"def test_the_edit_breaks_things() -> None:\n    assert 1 == 2\n"
    project = service_context.projects_dir / session_id / "v1"
    test_file = next(project.glob("tests/test_*.py")).relative_to(project).as_posix()
    put = client.put(
        f"/api/v1/sessions/{session_id}/overrides/{test_file}",
        content=failing,
        headers=builder.headers,
    )
    assert put.status_code == 201
    service_context.settings.service.run_generated_tests = True

    response = client.post(f"/api/v1/sessions/{session_id}/generate", headers=builder.headers)
    job = wait_for_job(client, builder, response.json()["id"])

    assert job["status"] == "failed"
    assert job["error"].startswith("the generated project's tests failed: 1 failed, 0 errors")
    assert "test_the_edit_breaks_things" in job["result"]["tests"]["output_tail"]
    assert job["result"]["overrides_applied"] == [test_file]
    assert _session_status(service_context, session_id) == "failed"
    assert _stages(client, builder, job["id"])[-1]["stage"] == "failed"
