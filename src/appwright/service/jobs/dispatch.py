"""Which handler runs a job of each kind."""

from __future__ import annotations

from collections.abc import Callable

from appwright.service.context import ServiceContext
from appwright.service.db.base import utcnow
from appwright.service.models import Job, JobStatus

KindHandler = Callable[[ServiceContext, str], None]

_HANDLERS: dict[str, KindHandler] = {}


def register_job_kind(kind: str, handler: KindHandler) -> None:
    _HANDLERS[kind] = handler


def job_runner(context: ServiceContext) -> Callable[[str], None]:
    """The queue's handler: look the job up and run its kind's handler."""

    def run(job_id: str) -> None:
        with context.database.session() as db:
            job = db.get(Job, job_id)
            kind = job.kind if job is not None else None
            handler = _HANDLERS.get(kind) if kind else None
            if job is not None and handler is None:
                job.status = JobStatus.failed
                job.error = f"no handler for jobs of kind {kind!r}"
                job.finished_at = utcnow()
        if handler is not None:
            handler(context, job_id)

    return run
