"""The job queue contract. The in-process runner implements it now; a Redis-backed queue later.

A job is a row of the ``jobs`` table; the queue only carries its id, so any worker that can
reach the database can run it, and nothing is lost with the queue: jobs still queued or running
when the service stops are found again at start (``recover_interrupted_jobs``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

JobHandler = Callable[[str], None]
"""Runs one job, given its id; records its own status, result and progress events."""


class JobQueue(Protocol):
    def start(self, handler: JobHandler) -> None:
        """Begin taking jobs; ``handler`` runs each one."""

    def submit(self, job_id: str) -> None:
        """Run the job (queued in the database already) as soon as a worker is free."""

    def cancel(self, job_id: str) -> bool:
        """Take a job that has not started off the queue; False when it already started."""

    def stop(self, *, wait: bool = True) -> None:
        """Stop taking jobs; with ``wait``, let running jobs finish first."""
