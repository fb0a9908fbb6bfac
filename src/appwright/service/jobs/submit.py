"""Hand a job to the queue once the transaction that created its row has committed.

A worker looks the job up by id, so submitting before the commit could run it before the row
exists (or after it was rolled back); the transaction's ``after_commit`` event is the moment.
"""

from __future__ import annotations

import logging

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from appwright.service.jobs.queue import JobQueue

log = logging.getLogger(__name__)

_PENDING_KEY = "appwright.jobs_to_submit"
_LISTENING_KEY = "appwright.submits_after_commit"


def submit_after_commit(db: Session, queue: JobQueue, job_id: str) -> None:
    # Listeners stay on the (short-lived) session: removing one while its event runs is unsafe.
    if not db.info.get(_LISTENING_KEY):
        db.info[_LISTENING_KEY] = True
        event.listen(db, "after_commit", _submit_pending)
        event.listen(db, "after_soft_rollback", _forget_pending)
    db.info.setdefault(_PENDING_KEY, []).append((queue, job_id))


def _submit_pending(db: Session) -> None:
    pending: list[tuple[JobQueue, str]] = db.info.pop(_PENDING_KEY, [])
    for queue, job_id in pending:
        try:
            queue.submit(job_id)
        except RuntimeError:
            # The queue is not running (the service is stopping): the job stays queued in the
            # database and the next start marks it interrupted, so it can be retried.
            log.warning("job %s committed but the queue is not running", job_id)


def _forget_pending(db: Session, rolled_back: SessionTransaction) -> None:
    # "soft" rollback fires even when no connection was used yet; a savepoint's does not count.
    if rolled_back.parent is None:
        db.info.pop(_PENDING_KEY, None)
