"""The in-process queue: a thread pool that runs each job id's handler."""

from __future__ import annotations

import threading

import pytest

from appwright.service.jobs.inprocess import InProcessJobQueue


def test_runs_submitted_jobs_and_survives_a_crashing_handler() -> None:
    done: list[str] = []
    finished = threading.Event()

    def handler(job_id: str) -> None:
        if job_id == "crash":
            raise RuntimeError("boom")
        done.append(job_id)
        if len(done) == 2:
            finished.set()

    queue = InProcessJobQueue(workers=1)
    queue.start(handler)
    for job_id in ("a", "crash", "b"):
        queue.submit(job_id)
    assert finished.wait(10)
    queue.stop(wait=True)
    assert done == ["a", "b"]


def test_cancel_takes_a_waiting_job_off_the_queue() -> None:
    started = threading.Event()
    release = threading.Event()
    ran: list[str] = []

    def handler(job_id: str) -> None:
        started.set()
        assert release.wait(10)
        ran.append(job_id)

    queue = InProcessJobQueue(workers=1)
    queue.start(handler)
    queue.submit("running")
    assert started.wait(10)
    queue.submit("waiting")

    assert queue.cancel("waiting") is True
    assert queue.cancel("running") is False
    release.set()
    queue.stop(wait=True)
    assert ran == ["running"]


def test_submit_before_start_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="not started"):
        InProcessJobQueue().submit("early")
