"""A session's progress events as Server-Sent Events: the backlog, then new ones as they come.

Events are rows; the stream polls the database (in a worker thread, so the event loop never
blocks) and follows while the session has a queued or running job.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

from anyio import to_thread

from appwright.service.db import Database
from appwright.service.events import session_events_after, session_has_active_job
from appwright.service.models import JobEvent
from appwright.service.schemas.jobs import JobEventRead

POLL_SECONDS = 0.25
KEEPALIVE_SECONDS = 15.0
BATCH = 200
RECONNECT_MILLISECONDS = 2000


def format_event(event: JobEvent) -> str:
    data = JobEventRead.model_validate(event).model_dump_json()
    return f"id: {event.id}\nevent: progress\ndata: {data}\n\n"


async def session_event_stream(
    database: Database,
    session_id: str,
    *,
    after_id: int,
    follow: bool,
    is_disconnected: Callable[[], Awaitable[bool]],
    poll_seconds: float = POLL_SECONDS,
    keepalive_seconds: float = KEEPALIVE_SECONDS,
) -> AsyncIterator[str]:
    def fetch(last_id: int) -> tuple[list[JobEvent], bool]:
        with database.session() as db:
            # Whether a job is active is read first: a job's last event commits with its final
            # status, so when none is active every event is already visible to the query after.
            active = session_has_active_job(db, session_id=session_id)
            events = list(
                session_events_after(db, session_id=session_id, after_id=last_id, limit=BATCH)
            )
            return events, active

    yield f"retry: {RECONNECT_MILLISECONDS}\n\n"
    last_id = after_id
    idle = 0.0
    while True:
        events, active = await to_thread.run_sync(fetch, last_id)
        for event in events:
            yield format_event(event)
            last_id = event.id
        if len(events) == BATCH:
            continue
        if events:
            idle = 0.0
        if not follow or not active or await is_disconnected():
            return
        await asyncio.sleep(poll_seconds)
        idle += poll_seconds
        if idle >= keepalive_seconds:
            idle = 0.0
            yield ": keep-alive\n\n"
