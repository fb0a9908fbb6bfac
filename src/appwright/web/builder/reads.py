"""What the builder screen reads for a session: its versions and their specs, the last
generation and progress event, the conversation and the generated code's file tree.

Example: ``code_values(page, session, None)`` gives the newest generated version's files
with each test file's results.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from appwright.service.api.deps import not_found
from appwright.service.crud.files import list_version_files
from appwright.service.crud.jobs import last_job_for_version, list_jobs
from appwright.service.crud.messages import list_messages
from appwright.service.crud.ratings import get_rating
from appwright.service.crud.sessions import get_session
from appwright.service.crud.versions import get_version, list_versions
from appwright.service.generation import GENERATE_KIND
from appwright.service.models import BuildSession, Job, JobEvent, JobStatus, SpecVersion
from appwright.spec import AppSpec, SpecValidationError, load_spec
from appwright.web.design_views.conversation import reply_view
from appwright.web.design_views.files import file_tree, results_by_test_file
from appwright.web.pages import Page

MAX_LISTED = 200


ACTIVE_JOB_STATES = (JobStatus.queued, JobStatus.running)


def find_session(page: Page, session_id: str) -> BuildSession:
    """The workspace's session, or 404."""
    session = get_session(page.db, workspace_id=page.principal.workspace_id, session_id=session_id)
    if session is None:
        raise not_found("session", session_id)
    return session


def session_versions(page: Page, session: BuildSession) -> list[SpecVersion]:
    """The session's versions (at most ``MAX_LISTED``)."""
    versions, _ = list_versions(
        page.db,
        workspace_id=page.principal.workspace_id,
        session_id=session.id,
        limit=MAX_LISTED,
        offset=0,
    )
    return versions


def find_version(page: Page, session: BuildSession, number: int | None) -> SpecVersion | None:
    """Version ``number`` (the current one when None) of the session, or 404; None before any."""
    number = number or session.current_version_number
    if number is None:
        return None
    version = get_version(
        page.db, workspace_id=page.principal.workspace_id, session_id=session.id, number=number
    )
    if version is None:
        raise not_found("version", f"{number} of session {session.id}")
    return version


def version_spec(version: SpecVersion | None) -> tuple[AppSpec | None, list[str]]:
    """The version's spec, or the problems that keep it from loading (an old version stored
    under rules that have changed since)."""
    if version is None:
        return None, []
    try:
        return load_spec(version.spec), []
    except SpecValidationError as error:
        return None, [f"{issue.path}: {issue.message}" for issue in error.issues]


def last_generation(page: Page, session: BuildSession) -> Job | None:
    """The session's newest generation job, whatever its state."""
    jobs, _ = list_jobs(
        page.db,
        workspace_id=page.principal.workspace_id,
        kind=GENERATE_KIND,
        session_id=session.id,
        limit=1,
        offset=0,
    )
    return jobs[0] if jobs else None


def generated_number(page: Page, session: BuildSession) -> int | None:
    """The newest version a generation finished for: its files are the code pane's."""
    jobs, _ = list_jobs(
        page.db,
        workspace_id=page.principal.workspace_id,
        kind=GENERATE_KIND,
        session_id=session.id,
        status=JobStatus.succeeded,
        limit=1,
        offset=0,
    )
    return jobs[0].spec_version_number if jobs else None


@dataclass
class Progress:
    """The session's last progress event, drawn before the event stream takes over."""

    last_event_id: int
    stage: str | None
    message: str
    percentage: int
    active: bool


def last_progress(page: Page, session: BuildSession) -> Progress:
    """The session's last progress event, and whether a job is still queued or running."""
    last = page.db.scalar(
        select(JobEvent)
        .where(JobEvent.session_id == session.id)
        .order_by(JobEvent.id.desc())
        .limit(1)
    )
    active = page.db.scalar(
        select(func.count())
        .select_from(Job)
        .where(Job.session_id == session.id, Job.status.in_(ACTIVE_JOB_STATES))
    )
    if last is None:
        return Progress(0, None, "", 0, bool(active))
    return Progress(last.id, last.stage, last.message, last.percentage, bool(active))


def conversation_values(page: Page, session: BuildSession) -> dict[str, Any]:
    """The conversation pane: messages with their versions' changelogs, and the caller's rating."""
    messages, total = list_messages(
        page.db,
        workspace_id=page.principal.workspace_id,
        session_id=session.id,
        limit=MAX_LISTED,
        offset=0,
    )
    by_number = {version.number: version for version in session_versions(page, session)}
    items = []
    for message in messages:
        version = by_number.get(message.spec_version_number or 0)
        changelog = list(version.changelog) if version is not None else []
        items.append(
            {
                "message": message,
                "version": version,
                "view": reply_view(message.content, changelog) if message.role != "user" else None,
            }
        )
    generation = last_generation(page, session)
    # the caller's own rating, so a conversation re-rendered after they rated still shows it
    rating = get_rating(
        page.db,
        workspace_id=page.principal.workspace_id,
        session_id=session.id,
        user_id=page.principal.user_id,
    )
    return {
        "session": session,
        "items": items,
        "hidden_messages": max(0, total - len(messages)),
        "generated": generation is not None and generation.status == JobStatus.succeeded,
        "my_stars": rating.stars if rating is not None else None,
    }


def code_values(page: Page, session: BuildSession, number: int | None) -> dict[str, Any]:
    """The code pane: a generated version's file tree and its tests' results."""
    number = number or generated_number(page, session)
    if number is None:
        return {"session": session, "code_version": None, "tree": [], "file_count": 0}
    version = find_version(page, session, number)
    assert version is not None
    files = list_version_files(page.db, session_id=session.id, version_id=version.id)
    paths = [file.path for file in files]
    job = last_job_for_version(
        page.db, session_id=session.id, version_number=number, kind=GENERATE_KIND
    )
    return {
        "session": session,
        "code_version": number,
        "tree": file_tree(paths, {file.path for file in files if file.override is not None}),
        "file_count": len(paths),
        "test_results": results_by_test_file(paths, job.result if job is not None else None),
        "tests": ((job.result or {}).get("tests") if job is not None else None) or {},
    }
