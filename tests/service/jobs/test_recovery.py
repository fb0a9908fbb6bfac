"""At start, jobs a previous run left queued or running are failed with the reason."""

from __future__ import annotations

from fastapi.testclient import TestClient
from support.service import Actor, example_spec, make_build_session

from appwright.service.context import ServiceContext
from appwright.service.jobs.recovery import recover_interrupted_jobs
from appwright.service.models import BuildSession, Job, JobEvent, JobStatus, SessionStatus


def _job(context: ServiceContext, session_id: str, status: JobStatus, workspace_id: str) -> str:
    with context.database.session() as db:
        job = Job(workspace_id=workspace_id, session_id=session_id, kind="generate", status=status)
        db.add(job)
        db.flush()
        return job.id


def test_unfinished_jobs_are_failed_and_their_sessions_too(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    with service_context.database.session() as db:
        session = db.get(BuildSession, session_id)
        assert session is not None
        session.status = SessionStatus.generating
    running = _job(service_context, session_id, JobStatus.running, builder.workspace_id)
    queued = _job(service_context, session_id, JobStatus.queued, builder.workspace_id)
    done = _job(service_context, session_id, JobStatus.succeeded, builder.workspace_id)

    interrupted = recover_interrupted_jobs(service_context.database)

    assert sorted(interrupted) == sorted([running, queued])
    with service_context.database.session() as db:
        jobs = {job_id: db.get(Job, job_id) for job_id in (running, queued, done)}
        assert jobs[running] is not None and jobs[running].status == JobStatus.failed
        assert jobs[running].error is not None
        assert jobs[running].error.startswith("interrupted: the service stopped while this job")
        assert jobs[queued] is not None and jobs[queued].status == JobStatus.failed
        assert "while this job was queued" in (jobs[queued].error or "")
        assert jobs[done] is not None and jobs[done].status == JobStatus.succeeded
        session = db.get(BuildSession, session_id)
        assert session is not None and session.status == SessionStatus.failed
        stages = db.query(JobEvent.stage).filter(JobEvent.job_id == running).all()
        assert [stage for (stage,) in stages] == ["failed"]
    assert recover_interrupted_jobs(service_context.database) == []
