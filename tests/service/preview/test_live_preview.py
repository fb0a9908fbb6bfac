"""Real previews: generated apps running in the sandbox, seen through the builder's proxy.

SQLite only (the builder's database plays no part in what these show) and marked slow: each
preview runs the app's migrate and seed commands and starts uvicorn in the sandbox.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from support.generation import add_version, generate, wait_for_job
from support.service import Actor, example_spec, make_actor, make_build_session

from appwright.config import AppwrightSettings
from appwright.service.app import build_context, create_app
from appwright.service.context import ServiceContext
from appwright.service.models import Role
from appwright.service.settings import ServiceSettings

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[3]
NOTES = ROOT / "tests" / "fixtures" / "specs" / "minimal_notes.json"

Live = tuple[TestClient, ServiceContext, Actor]


def _live(tmp_path: Path, **settings: Any) -> Iterator[Live]:
    service = ServiceSettings(
        data_dir=tmp_path / "data",
        secret_key="test-secret-key-that-is-long-enough-for-hs256",
        run_generated_tests=False,
        **settings,
    )
    context = build_context(AppwrightSettings(service=service), provider_factory=lambda: None)
    with TestClient(create_app(context)) as client:
        yield client, context, make_actor(context, Role.admin)
    context.jobs.stop(wait=True)
    context.database.dispose()


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    yield from _live(tmp_path)


def _wait_for(
    client: TestClient, actor: Actor, session_id: str, done: Callable[[dict[str, Any]], bool]
) -> dict[str, Any]:
    deadline = time.monotonic() + 90
    while True:
        status: dict[str, Any] = client.get(
            f"/api/v1/sessions/{session_id}/preview", headers=actor.headers
        ).json()
        if done(status):
            return status
        assert time.monotonic() < deadline, status
        time.sleep(0.1)


def _running(client: TestClient, actor: Actor, session_id: str, version: int = 1) -> dict[str, Any]:
    status = _wait_for(
        client,
        actor,
        session_id,
        lambda s: s["state"] in ("running", "failed", "stopped") and s["version"] == version,
    )
    assert status["state"] == "running", status
    return status


def _start(client: TestClient, actor: Actor, session_id: str) -> dict[str, Any]:
    response = client.post(f"/api/v1/sessions/{session_id}/preview", headers=actor.headers)
    assert response.status_code == 202, response.text
    body: dict[str, Any] = response.json()
    return body


def _notes_session(client: TestClient, context: ServiceContext, actor: Actor) -> str:
    session_id = make_build_session(context, actor, __import__("json").loads(NOTES.read_text()))
    generate(client, actor, session_id)
    return session_id


def _last_event(client: TestClient, actor: Actor, job_id: str) -> str:
    """The last event's message of a preview job, once the job has ended."""
    wait_for_job(client, actor, job_id)
    events = client.get(f"/api/v1/jobs/{job_id}/events", headers=actor.headers).json()
    message: str = events["items"][-1]["message"]
    return message


def _api_token(client: TestClient, prefix: str, credentials: dict[str, str]) -> dict[str, str]:
    response = client.post(
        f"{prefix}/api/auth/token",
        data={"username": credentials["email"], "password": credentials["password"]},
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def test_a_preview_serves_pages_and_api_and_follows_a_new_version(live: Live) -> None:
    client, context, admin = live
    spec = example_spec("crm")
    session_id = make_build_session(context, admin, spec)
    generate(client, admin, session_id)
    started = _start(client, admin, session_id)
    assert started["state"] == "starting"
    prefix = f"/preview/{session_id}"

    # the iframe opens the URL: token → cookie → the app's sign-in page, all under the prefix
    first = client.get(started["url"])
    assert first.status_code == 200
    assert first.url.path == f"{prefix}/login"
    assert f'href="{prefix}/static/app.css"' in first.text
    status = _running(client, admin, session_id)
    credentials = status["credentials"]
    assert status["seeded"]["company"] >= 5
    assert status["isolation"] in ("bwrap", "subprocess (weaker: no namespaces)")

    signed_in = client.post(
        f"{prefix}/login",
        data={
            "email": credentials["email"],
            "password": credentials["password"],
            "next": "/companies",
        },
    )
    assert signed_in.status_code == 200, signed_in.text
    assert signed_in.url.path == f"{prefix}/companies"
    assert client.cookies.get("access_token", path=prefix)
    css = client.get(f"{prefix}/static/app.css")
    assert css.status_code == 200
    assert css.headers["content-type"].startswith("text/css")

    headers = _api_token(client, prefix, credentials)
    companies = client.get(f"{prefix}/api/company", params={"size": 100}, headers=headers).json()
    assert companies["total"] == status["seeded"]["company"]
    assert any(item["name"] in signed_in.text for item in companies["items"])
    made = client.post(f"{prefix}/api/company", json={"name": "Preview Test Co"}, headers=headers)
    assert made.status_code == 201, made.text
    deals = client.get(f"{prefix}/api/deal", params={"size": 100}, headers=headers).json()
    assert len({deal["stage"] for deal in deals["items"]}) >= 3  # rows follow the flow

    # a refined version (a new field) is generated: the preview restarts on it
    refined = example_spec("crm")
    refined["entities"][0]["fields"].append({"name": "loyalty_tier", "type": "text"})
    add_version(context, session_id, refined)
    generate(client, admin, session_id, version=2)
    status = _running(client, admin, session_id, version=2)
    headers = _api_token(client, prefix, status["credentials"])
    company = client.get(f"{prefix}/api/company", headers=headers).json()["items"][0]
    assert "loyalty_tier" in company
    form = client.get(f"{prefix}/companies")
    assert form.status_code == 200
    assert "Loyalty tier" in form.text

    assert "restarting on version 2" in _last_event(client, admin, started["job_id"])
    events = client.get(
        f"/api/v1/sessions/{session_id}/events?follow=false", headers=admin.headers
    ).text
    for stage in ("starting", "migrating", "seeding", "serving", "stopped"):
        assert f'"stage": "{stage}"' in events or f'"stage":"{stage}"' in events, stage

    stopped = client.delete(f"/api/v1/sessions/{session_id}/preview", headers=admin.headers)
    assert stopped.status_code == 204
    assert _wait_for(client, admin, session_id, lambda s: s["state"] == "stopped")
    gone = client.get(f"{prefix}/companies", headers={"accept": "text/html"})
    assert gone.status_code == 503


def test_a_crashed_preview_is_reported_and_can_restart(live: Live) -> None:
    client, context, admin = live
    session_id = _notes_session(client, context, admin)
    started = _start(client, admin, session_id)
    client.get(started["url"])
    _running(client, admin, session_id)
    pid = context.preview.status(session_id).server_pid  # type: ignore[union-attr]
    assert pid is not None
    os.killpg(pid, signal.SIGKILL)
    failed = _wait_for(client, admin, session_id, lambda s: s["state"] == "failed")
    assert failed["error"]["kind"] == "crash"
    assert "Uvicorn running" in failed["error"]["output_tail"]
    page = client.get(f"/preview/{session_id}/", headers={"accept": "text/html"})
    assert page.status_code == 503
    assert "failed (crash)" in page.text
    assert wait_for_job(client, admin, failed["job_id"])["status"] == "failed"

    again = _start(client, admin, session_id)
    assert again["job_id"] != failed["job_id"]
    _running(client, admin, session_id)


@pytest.fixture
def one_per_workspace(tmp_path: Path) -> Iterator[Live]:
    yield from _live(tmp_path, max_previews_per_workspace=1)


def test_starting_past_the_limit_stops_the_least_recently_used(one_per_workspace: Live) -> None:
    client, context, admin = one_per_workspace
    first = _notes_session(client, context, admin)
    second = _notes_session(client, context, admin)
    _start(client, admin, first)
    _running(client, admin, first)
    _start(client, admin, second)
    stopped = _wait_for(client, admin, first, lambda s: s["state"] == "stopped")
    _running(client, admin, second)
    assert "to make room" in _last_event(client, admin, stopped["job_id"])
    # another workspace has its own allowance
    other = make_actor(context, Role.admin)
    third = _notes_session(client, context, other)
    _start(client, other, third)
    _running(client, other, third)
    assert (
        client.get(f"/api/v1/sessions/{second}/preview", headers=admin.headers).json()["state"]
        == "running"
    )


@pytest.fixture
def quickly_idle(tmp_path: Path) -> Iterator[Live]:
    yield from _live(tmp_path, preview_idle_seconds=1.5)


def test_an_idle_preview_stops_by_itself(quickly_idle: Live) -> None:
    client, context, admin = quickly_idle
    session_id = _notes_session(client, context, admin)
    _start(client, admin, session_id)
    _running(client, admin, session_id)
    stopped = _wait_for(client, admin, session_id, lambda s: s["state"] == "stopped")
    assert "without requests" in _last_event(client, admin, stopped["job_id"])
