"""Test helpers for generation jobs: wait for a job, generate a version, add and approve versions."""

from __future__ import annotations

import time
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from appwright.service.context import ServiceContext
from appwright.service.db.base import utcnow
from appwright.service.models import BuildSession, SpecVersion
from appwright.spec import load_spec
from support.service import Actor

FINISHED = {"succeeded", "failed", "cancelled"}


def wait_for_job(
    client: TestClient, actor: Actor, job_id: str, timeout: float = 120
) -> dict[str, Any]:
    """The job once it has finished (fails the test after ``timeout`` seconds)."""
    deadline = time.monotonic() + timeout
    while True:
        job: dict[str, Any] = client.get(f"/api/v1/jobs/{job_id}", headers=actor.headers).json()
        if job["status"] in FINISHED:
            return job
        assert time.monotonic() < deadline, f"job {job_id} still {job['status']}"
        time.sleep(0.1)


def generate(
    client: TestClient, actor: Actor, session_id: str, version: int | None = None
) -> dict[str, Any]:
    """Generate a version through the API and wait; the finished job, which must have succeeded."""
    body = {"version": version} if version is not None else None
    response = client.post(
        f"/api/v1/sessions/{session_id}/generate", json=body, headers=actor.headers
    )
    assert response.status_code == 202, response.text
    job = wait_for_job(client, actor, response.json()["id"])
    assert job["status"] == "succeeded", job["error"]
    return job


def add_version(
    context: ServiceContext, session_id: str, spec: dict[str, Any], *, normalize: bool = True
) -> int:
    """The session's next version holding ``spec`` (made current); its number."""
    data = load_spec(spec).to_json_dict() if normalize else spec
    with context.database.session() as db:
        session = db.get(BuildSession, session_id)
        assert session is not None
        numbers = db.scalars(select(SpecVersion.number).where(SpecVersion.session_id == session_id))
        number = max(numbers, default=0) + 1
        db.add(
            SpecVersion(
                session_id=session_id,
                number=number,
                spec=data,
                changelog=[],
                parent_number=number - 1 or None,
                source="edit",
                created_by_id=session.created_by_id,
            )
        )
        session.current_version_number = number
    return number


def approve(context: ServiceContext, session_id: str, number: int, user_id: str) -> None:
    with context.database.session() as db:
        version = db.scalar(
            select(SpecVersion).where(
                SpecVersion.session_id == session_id, SpecVersion.number == number
            )
        )
        assert version is not None
        version.approved_by_id = user_id
        version.approved_at = utcnow()
