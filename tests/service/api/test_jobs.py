"""Jobs: list, read, events, cancel (queued at once, running at the next stage), retry."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from support.generation import add_version, generate, wait_for_job
from support.service import Actor, example_spec, make_build_session

from appwright.service import generation
from appwright.service.context import ServiceContext
from appwright.service.models import AuditEntry, BuildSession, SpecVersion
from appwright.spec import load_spec
from appwright.spec.models import AppSpec


def _session_status(context: ServiceContext, session_id: str) -> str:
    with context.database.session() as db:
        session = db.get(BuildSession, session_id)
        assert session is not None
        return session.status


def _queue_without_running(context: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """Jobs stay queued: the queue takes them but no worker runs them."""
    monkeypatch.setattr(context.jobs, "submit", lambda job_id: None)


def _start(client: TestClient, actor: Actor, session_id: str, **body: Any) -> dict[str, Any]:
    response = client.post(
        f"/api/v1/sessions/{session_id}/generate", json=body or None, headers=actor.headers
    )
    assert response.status_code == 202, response.text
    job: dict[str, Any] = response.json()
    return job


@pytest.fixture
def paused_generation(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Generation waits in its "generating" stage until the event is set."""
    release = threading.Event()
    real = generation.generate_files

    def paused(spec: AppSpec, hooks: Mapping[str, str] | None = None) -> dict[str, bytes]:
        assert release.wait(60)
        return real(spec, hooks=hooks)

    monkeypatch.setattr(generation, "generate_files", paused)
    yield release
    release.set()


def _wait_for_stage(client: TestClient, actor: Actor, job_id: str, stage: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        events = client.get(f"/api/v1/jobs/{job_id}/events", headers=actor.headers).json()
        if any(event["stage"] == stage for event in events["items"]):
            return
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} never reached {stage}")


def test_list_jobs_with_filters_and_pages(
    client: TestClient,
    service_context: ServiceContext,
    builder: Actor,
    viewer: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _queue_without_running(service_context, monkeypatch)
    first = make_build_session(service_context, builder, example_spec("habits"))
    second = make_build_session(service_context, builder, example_spec("habits"))
    add_version(service_context, second, example_spec("feedback"))
    _start(client, builder, first)
    _start(client, builder, second, version=1)
    newest = _start(client, builder, second, version=2)

    everything = client.get("/api/v1/jobs", headers=viewer.headers).json()
    page = client.get("/api/v1/jobs?limit=1&offset=0", headers=viewer.headers).json()
    of_second = client.get(f"/api/v1/jobs?session_id={second}", headers=viewer.headers).json()
    queued = client.get("/api/v1/jobs?status=queued&kind=generate", headers=viewer.headers)
    none = client.get("/api/v1/jobs?status=succeeded", headers=viewer.headers).json()

    assert everything["total"] == 3
    assert page["total"] == 3 and [job["id"] for job in page["items"]] == [newest["id"]]
    assert of_second["total"] == 2
    assert queued.json()["total"] == 3
    assert none == {"items": [], "total": 0}
    bad = client.get("/api/v1/jobs?status=sleeping", headers=viewer.headers)
    assert bad.status_code == 422
    assert client.get("/api/v1/jobs?limit=0", headers=viewer.headers).status_code == 422


def test_read_a_job_and_its_events(
    client: TestClient, service_context: ServiceContext, builder: Actor, viewer: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    job = generate(client, builder, session_id)

    read = client.get(f"/api/v1/jobs/{job['id']}", headers=viewer.headers)
    events = client.get(f"/api/v1/jobs/{job['id']}/events?limit=2", headers=viewer.headers)
    rest = client.get(f"/api/v1/jobs/{job['id']}/events?offset=2", headers=viewer.headers)

    assert read.status_code == 200 and read.json()["status"] == "succeeded"
    assert events.status_code == 200
    body = events.json()
    assert [event["stage"] for event in body["items"]] == ["queued", "generating"]
    assert body["total"] == 5
    assert rest.json()["items"][-1]["stage"] == "done"
    ids = [event["id"] for event in body["items"] + rest.json()["items"]]
    assert ids == sorted(ids)


def test_unknown_job_is_404(client: TestClient, builder: Actor) -> None:
    for path in ("", "/events"):
        response = client.get(f"/api/v1/jobs/nope{path}", headers=builder.headers)
        assert response.status_code == 404
        assert response.json()["detail"] == "job nope not found"
    for action in ("cancel", "retry"):
        assert (
            client.post(f"/api/v1/jobs/nope/{action}", headers=builder.headers).status_code == 404
        )


def test_cancel_a_queued_job_at_once(
    client: TestClient,
    service_context: ServiceContext,
    builder: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _queue_without_running(service_context, monkeypatch)
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    job = _start(client, builder, session_id)

    response = client.post(f"/api/v1/jobs/{job['id']}/cancel", headers=builder.headers)

    assert response.status_code == 200
    assert response.json()["status"] == "cancelled"
    assert response.json()["finished_at"] is not None
    assert _session_status(service_context, session_id) == "drafting"
    events = client.get(f"/api/v1/jobs/{job['id']}/events", headers=builder.headers).json()
    assert events["items"][-1]["stage"] == "cancelled"
    again = client.post(f"/api/v1/jobs/{job['id']}/cancel", headers=builder.headers)
    assert again.status_code == 409
    assert "already cancelled" in again.json()["detail"]
    # A worker that picks the job up anyway leaves it cancelled.
    generation.run_generation(service_context, job["id"])
    assert client.get(f"/api/v1/jobs/{job['id']}", headers=builder.headers).json()["status"] == (
        "cancelled"
    )


def test_cancel_a_running_job_stops_it_at_the_next_stage(
    client: TestClient,
    service_context: ServiceContext,
    builder: Actor,
    paused_generation: threading.Event,
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    job = _start(client, builder, session_id)
    _wait_for_stage(client, builder, job["id"], "generating")

    response = client.post(f"/api/v1/jobs/{job['id']}/cancel", headers=builder.headers)
    twice = client.post(f"/api/v1/jobs/{job['id']}/cancel", headers=builder.headers)
    paused_generation.set()
    finished = wait_for_job(client, builder, job["id"])

    assert response.status_code == twice.status_code == 202
    assert response.json()["status"] == "running"
    assert finished["status"] == "cancelled"
    assert _session_status(service_context, session_id) == "drafting"
    events = client.get(f"/api/v1/jobs/{job['id']}/events", headers=builder.headers).json()
    stages = [event["stage"] for event in events["items"]]
    assert stages == ["queued", "generating", "cancelling", "cancelled"]
    assert not (service_context.projects_dir / session_id / "v1").exists()


def test_cancel_a_finished_job_is_409(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    job = generate(client, builder, session_id)

    response = client.post(f"/api/v1/jobs/{job['id']}/cancel", headers=builder.headers)

    assert response.status_code == 409
    assert "already succeeded" in response.json()["detail"]


def test_retry_a_failed_job(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    broken = {**example_spec("habits"), "entities": "none"}
    number = add_version(service_context, session_id, broken, normalize=False)
    failed = wait_for_job(client, builder, _start(client, builder, session_id)["id"])
    assert failed["status"] == "failed"
    with service_context.database.session() as db:
        version = db.scalar(
            select(SpecVersion).where(
                SpecVersion.session_id == session_id, SpecVersion.number == number
            )
        )
        assert version is not None
        version.spec = load_spec(example_spec("habits")).to_json_dict()

    response = client.post(f"/api/v1/jobs/{failed['id']}/retry", headers=builder.headers)

    assert response.status_code == 202
    retried = response.json()
    assert retried["retry_of_id"] == failed["id"]
    assert retried["spec_version_number"] == number
    assert wait_for_job(client, builder, retried["id"])["status"] == "succeeded"
    assert _session_status(service_context, session_id) == "reviewing"
    with service_context.database.session() as db:
        entry = db.scalar(select(AuditEntry).where(AuditEntry.target_id == retried["id"]))
        assert entry is not None and entry.action == "job.retry"


def test_retry_only_failed_or_cancelled_jobs(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    job = generate(client, builder, session_id)

    response = client.post(f"/api/v1/jobs/{job['id']}/retry", headers=builder.headers)

    assert response.status_code == 409
    assert "only failed or cancelled jobs retry" in response.json()["detail"]


def test_retry_a_cancelled_job_makes_a_new_job_that_succeeds(
    client: TestClient,
    service_context: ServiceContext,
    builder: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    submitted: list[str] = []
    monkeypatch.setattr(service_context.jobs, "submit", submitted.append)
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    job = _start(client, builder, session_id)
    client.post(f"/api/v1/jobs/{job['id']}/cancel", headers=builder.headers)
    monkeypatch.undo()

    response = client.post(f"/api/v1/jobs/{job['id']}/retry", headers=builder.headers)

    assert response.status_code == 202
    retried = response.json()
    assert retried["retry_of_id"] == job["id"] and retried["id"] != job["id"]
    assert wait_for_job(client, builder, retried["id"])["status"] == "succeeded"
    assert _session_status(service_context, session_id) == "reviewing"


def test_viewer_cannot_cancel_or_retry(
    client: TestClient,
    service_context: ServiceContext,
    builder: Actor,
    viewer: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _queue_without_running(service_context, monkeypatch)
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    job = _start(client, builder, session_id)

    for action in ("cancel", "retry"):
        response = client.post(f"/api/v1/jobs/{job['id']}/{action}", headers=viewer.headers)
        assert response.status_code == 403


@pytest.mark.slow
def test_cancel_while_the_generated_tests_run_stops_them(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    service_context.settings.service.run_generated_tests = True
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    job = _start(client, builder, session_id)
    _wait_for_stage(client, builder, job["id"], "testing")

    response = client.post(f"/api/v1/jobs/{job['id']}/cancel", headers=builder.headers)
    finished = wait_for_job(client, builder, job["id"], timeout=60)

    assert response.status_code == 202
    assert finished["status"] == "cancelled"
    assert _session_status(service_context, session_id) == "drafting"
