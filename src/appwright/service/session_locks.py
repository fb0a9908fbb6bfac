"""One change at a time per build session, within this process: a lock per session id.

Turns, reverts, edits and approvals of one session hold its lock from reading the current version
to committing the next one. Across processes, ``crud.sessions.lock_session`` (SELECT ... FOR
UPDATE on PostgreSQL) does the same for the final transaction, and the unique
(session_id, number) constraint is the last guard.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class SessionLocks:
    """Locks made on first use and dropped when nobody holds or waits for them."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: dict[str, tuple[threading.Lock, int]] = {}

    @contextmanager
    def hold(self, session_id: str) -> Iterator[None]:
        with self._guard:
            lock, users = self._locks.get(session_id, (threading.Lock(), 0))
            self._locks[session_id] = (lock, users + 1)
        try:
            with lock:
                yield
        finally:
            with self._guard:
                _, users = self._locks[session_id]
                if users == 1:
                    del self._locks[session_id]
                else:
                    self._locks[session_id] = (lock, users - 1)

    def __len__(self) -> int:
        with self._guard:
            return len(self._locks)


SESSION_LOCKS = SessionLocks()
"""The process's locks: every request and worker of one service shares them."""
