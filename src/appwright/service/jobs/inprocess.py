"""The default job queue: a thread pool inside the service process."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from appwright.service.jobs.queue import JobHandler

log = logging.getLogger(__name__)


class InProcessJobQueue:
    def __init__(self, workers: int = 2) -> None:
        self._workers = workers
        self._executor: ThreadPoolExecutor | None = None
        self._handler: JobHandler | None = None
        self._pending: dict[str, Future[None]] = {}
        self._lock = threading.Lock()

    def start(self, handler: JobHandler) -> None:
        self._handler = handler
        self._executor = ThreadPoolExecutor(self._workers, thread_name_prefix="appwright-job")

    def submit(self, job_id: str) -> None:
        if self._executor is None or self._handler is None:
            raise RuntimeError("the job queue is not started")
        future = self._executor.submit(self._run, job_id)
        with self._lock:
            self._pending[job_id] = future

    def cancel(self, job_id: str) -> bool:
        with self._lock:
            future = self._pending.get(job_id)
        return future is not None and future.cancel()

    def stop(self, *, wait: bool = True) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=wait, cancel_futures=not wait)
            self._executor = None

    def _run(self, job_id: str) -> None:
        assert self._handler is not None
        try:
            self._handler(job_id)
        except Exception:  # a handler records its own failure; this keeps the worker alive
            log.exception("job %s crashed", job_id)
        finally:
            with self._lock:
                self._pending.pop(job_id, None)
