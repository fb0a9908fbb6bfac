"""The queue's handler looks a job up and runs the handler of its kind."""

from __future__ import annotations

from fastapi.testclient import TestClient
from support.service import Actor

from appwright.service.context import ServiceContext
from appwright.service.jobs.dispatch import job_runner, register_job_kind
from appwright.service.models import Job, JobStatus


def _job(context: ServiceContext, actor: Actor, kind: str) -> str:
    with context.database.session() as db:
        job = Job(workspace_id=actor.workspace_id, kind=kind)
        db.add(job)
        db.flush()
        return job.id


def test_a_job_runs_its_kinds_handler(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    ran: list[str] = []
    register_job_kind("test-echo", lambda context, job_id: ran.append(job_id))
    job_id = _job(service_context, admin, "test-echo")

    job_runner(service_context)(job_id)

    assert ran == [job_id]


def test_a_job_of_an_unknown_kind_fails_with_the_reason(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    job_id = _job(service_context, admin, "teleport")

    job_runner(service_context)(job_id)

    with service_context.database.session() as db:
        job = db.get(Job, job_id)
        assert job is not None and job.status == JobStatus.failed
        assert job.error == "no handler for jobs of kind 'teleport'"
        assert job.finished_at is not None


def test_a_missing_job_is_ignored(client: TestClient, service_context: ServiceContext) -> None:
    job_runner(service_context)("no-such-job")
