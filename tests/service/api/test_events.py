"""GET /sessions/{id}/events: Server-Sent Events of progress, resumable with Last-Event-ID."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Mapping
from typing import Any

import pytest
from fastapi.testclient import TestClient
from support.generation import generate
from support.service import Actor, example_spec, make_api_key_actor, make_build_session

from appwright.service import event_stream, generation
from appwright.service.context import ServiceContext
from appwright.service.event_stream import session_event_stream
from appwright.spec.models import AppSpec


def _frames(text: str) -> list[dict[str, str]]:
    """The stream's frames as field → value (comments kept under ":")."""
    frames = []
    for block in text.split("\n\n"):
        if not block.strip():
            continue
        frame: dict[str, str] = {}
        for line in block.split("\n"):
            name, _, value = line.partition(":")
            frame[name] = value.strip()
        frames.append(frame)
    return frames


def _progress(text: str) -> list[dict[str, Any]]:
    events = []
    for frame in _frames(text):
        if frame.get("event") == "progress":
            data: dict[str, Any] = json.loads(frame["data"])
            assert frame["id"] == str(data["id"])
            events.append(data)
    return events


def test_backlog_of_a_finished_generation(
    client: TestClient, service_context: ServiceContext, builder: Actor, viewer: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    job = generate(client, builder, session_id)

    response = client.get(f"/api/v1/sessions/{session_id}/events", headers=viewer.headers)

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert response.headers["cache-control"] == "no-cache"
    frames = _frames(response.text)
    assert frames[0] == {"retry": "2000"}
    events = _progress(response.text)
    assert [event["stage"] for event in events] == [
        "queued",
        "generating",
        "writing",
        "writing",
        "done",
    ]
    assert {event["job_id"] for event in events} == {job["id"]}
    assert events[-1]["percentage"] == 100 and events[-1]["files_written"] > 0


def test_resume_after_last_event_id_header_or_query(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    generate(client, builder, session_id)
    url = f"/api/v1/sessions/{session_id}/events"
    everything = _progress(client.get(url, headers=builder.headers).text)
    third = everything[2]["id"]

    by_header = client.get(url, headers={**builder.headers, "Last-Event-ID": str(third)})
    by_query = client.get(f"{url}?last_event_id={third}&follow=false", headers=builder.headers)

    assert [event["id"] for event in _progress(by_header.text)] == [
        event["id"] for event in everything[3:]
    ]
    assert _progress(by_query.text) == _progress(by_header.text)
    last = everything[-1]["id"]
    assert _progress(client.get(f"{url}?last_event_id={last}", headers=builder.headers).text) == []


def test_follows_a_running_generation_until_it_finishes(
    client: TestClient,
    service_context: ServiceContext,
    builder: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = threading.Event()
    release = threading.Event()
    real = generation.generate_files

    def paused(spec: AppSpec, hooks: Mapping[str, str] | None = None) -> dict[str, bytes]:
        started.set()
        assert release.wait(60)
        return real(spec, hooks=hooks)

    monkeypatch.setattr(generation, "generate_files", paused)
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    response = client.post(f"/api/v1/sessions/{session_id}/generate", headers=builder.headers)
    assert response.status_code == 202
    assert started.wait(30)
    # The stream opens while the job is running; the rest of its events come after.
    threading.Timer(0.5, release.set).start()

    streamed = []
    with client.stream(
        "GET", f"/api/v1/sessions/{session_id}/events", headers=builder.headers
    ) as stream:
        assert stream.status_code == 200
        for line in stream.iter_lines():
            streamed.append(line)

    stages = [event["stage"] for event in _progress("\n".join(streamed))]
    assert stages == ["queued", "generating", "writing", "writing", "done"]


def test_an_api_key_stream_does_not_hold_the_database_while_following(
    client: TestClient,
    service_context: ServiceContext,
    admin: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The request's own transaction (which notes the key's last use) ends before streaming,
    so the job can still write its events while the stream follows it."""
    release = threading.Event()
    real = generation.generate_files

    def paused(spec: AppSpec, hooks: Mapping[str, str] | None = None) -> dict[str, bytes]:
        assert release.wait(60)
        return real(spec, hooks=hooks)

    monkeypatch.setattr(generation, "generate_files", paused)
    api_actor, _ = make_api_key_actor(service_context, admin)
    session_id = make_build_session(service_context, admin, example_spec("habits"))
    client.post(f"/api/v1/sessions/{session_id}/generate", headers=api_actor.headers)
    threading.Timer(0.5, release.set).start()

    started = time.monotonic()
    response = client.get(f"/api/v1/sessions/{session_id}/events", headers=api_actor.headers)

    assert [event["stage"] for event in _progress(response.text)][-1] == "done"
    assert time.monotonic() - started < 20


def test_follow_false_ends_after_the_backlog_while_a_job_is_queued(
    client: TestClient,
    service_context: ServiceContext,
    builder: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(service_context.jobs, "submit", lambda job_id: None)
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    client.post(f"/api/v1/sessions/{session_id}/generate", headers=builder.headers)

    response = client.get(
        f"/api/v1/sessions/{session_id}/events?follow=false", headers=builder.headers
    )

    assert [event["stage"] for event in _progress(response.text)] == ["queued"]


def test_a_session_without_jobs_ends_at_once(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))

    response = client.get(f"/api/v1/sessions/{session_id}/events", headers=builder.headers)

    assert response.status_code == 200
    assert _progress(response.text) == []


def test_keep_alive_comments_and_disconnect(
    client: TestClient, service_context: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a job is queued and quiet the stream sends comments; it ends when the client goes."""
    checks = 0

    async def disconnected() -> bool:
        nonlocal checks
        checks += 1
        return checks > 6

    async def collect() -> list[str]:
        stream = session_event_stream(
            service_context.database,
            "no-such-session",
            after_id=0,
            follow=True,
            is_disconnected=disconnected,
            poll_seconds=0.01,
            keepalive_seconds=0.02,
        )
        return [chunk async for chunk in stream]

    # A job stays active (and quiet) for as long as the client listens.
    monkeypatch.setattr(event_stream, "session_has_active_job", lambda db, *, session_id: True)
    chunks = asyncio.run(collect())

    assert chunks[0] == "retry: 2000\n\n"
    assert ": keep-alive\n\n" in chunks
    assert checks == 7


def test_bad_last_event_id_is_400(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    url = f"/api/v1/sessions/{session_id}/events"

    by_header = client.get(url, headers={**builder.headers, "Last-Event-ID": "soon"})
    by_query = client.get(f"{url}?last_event_id=-3", headers=builder.headers)

    assert by_header.status_code == by_query.status_code == 400
    assert "Last-Event-ID" in by_header.json()["detail"]


def test_unknown_session_is_404_and_anonymous_is_401(client: TestClient, builder: Actor) -> None:
    assert client.get("/api/v1/sessions/nope/events", headers=builder.headers).status_code == 404
    assert client.get("/api/v1/sessions/nope/events").status_code == 401
