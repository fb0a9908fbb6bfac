"""A job reaches the queue only once the transaction that made it has committed."""

from __future__ import annotations

from fastapi.testclient import TestClient
from support.service import Actor

from appwright.service.context import ServiceContext
from appwright.service.jobs.submit import submit_after_commit
from appwright.service.models import Job


class RecordingQueue:
    def __init__(self, running: bool = True) -> None:
        self.running = running
        self.submitted: list[str] = []

    def start(self, handler: object) -> None:
        self.running = True

    def submit(self, job_id: str) -> None:
        if not self.running:
            raise RuntimeError("the job queue is not started")
        self.submitted.append(job_id)

    def cancel(self, job_id: str) -> bool:
        return False

    def stop(self, *, wait: bool = True) -> None:
        self.running = False


def test_submitted_after_commit_in_order(
    client: TestClient, service_context: ServiceContext
) -> None:
    queue = RecordingQueue()
    with service_context.database.session() as db:
        submit_after_commit(db, queue, "first")
        submit_after_commit(db, queue, "second")
        assert queue.submitted == []
    assert queue.submitted == ["first", "second"]


def test_nothing_submitted_when_the_transaction_rolls_back(
    client: TestClient, service_context: ServiceContext
) -> None:
    queue = RecordingQueue()
    try:
        with service_context.database.session() as db:
            submit_after_commit(db, queue, "doomed")
            raise KeyError("the request failed")
    except KeyError:
        pass
    assert queue.submitted == []


def test_a_session_reused_after_a_rollback_submits_only_later_jobs(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    queue = RecordingQueue()
    db = service_context.database.new_session()
    try:
        rolled_back = Job(workspace_id=admin.workspace_id, kind="generate")
        db.add(rolled_back)
        db.flush()
        submit_after_commit(db, queue, rolled_back.id)
        db.rollback()
        committed = Job(workspace_id=admin.workspace_id, kind="generate")
        db.add(committed)
        db.flush()
        submit_after_commit(db, queue, committed.id)
        db.commit()
    finally:
        db.close()
    assert queue.submitted == [committed.id]


def test_a_stopped_queue_leaves_the_job_for_recovery(
    client: TestClient, service_context: ServiceContext
) -> None:
    queue = RecordingQueue(running=False)
    with service_context.database.session() as db:
        submit_after_commit(db, queue, "later")
    assert queue.submitted == []
