"""Generation jobs: enqueue one for a spec version, and the handler that runs it.

The handler loads the version's spec, generates the project, applies the session's overrides,
writes the project atomically under ``projects_dir/<session>/v<n>``, stores the generated files,
runs the project's own tests (when configured) and reports a progress event at every stage.
A cancellation asked for while it runs takes effect at the next stage boundary (or during the
tests, which are stopped).
"""

from __future__ import annotations

import re
import time
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from appwright.codegen import CheckResult, check_project, generate_files
from appwright.service.api.deps import Principal
from appwright.service.audit import record_audit
from appwright.service.automation_store import Actor
from appwright.service.automations import prepare_hooks
from appwright.service.context import ServiceContext
from appwright.service.db.base import utcnow
from appwright.service.events import cancel_requested, record_event
from appwright.service.jobs.dispatch import register_job_kind
from appwright.service.jobs.submit import submit_after_commit
from appwright.service.models import (
    BuildSession,
    FileOverride,
    GeneratedFile,
    Job,
    JobEvent,
    JobStatus,
    SessionStatus,
    SpecVersion,
)
from appwright.service.projects import (
    effective_files,
    sha256_hex,
    version_dir,
    write_files_atomically,
)
from appwright.spec import SpecValidationError, load_spec

GENERATE_KIND = "generate"

# Where each stage starts on the progress bar; the tests fill the span up to "done".
GENERATING_PERCENT = 10
WRITING_PERCENT = 40
TESTING_PERCENT = 60
TESTS_END_PERCENT = 95

# The generated suite reports often; events are stored at most this often (seconds).
TEST_EVENT_INTERVAL = 1.0

# pytest -q prints one character per test, then the run's share done: "....F.  [ 40%]".
_PYTEST_PROGRESS = re.compile(r"^(?P<marks>[.FEsxX]+)\s*(\[\s*(?P<percent>\d+)%\])?\s*$")


def enqueue_generation(
    db: Session,
    context: ServiceContext,
    *,
    session: BuildSession,
    version_number: int,
    principal: Principal,
    retry_of: Job | None = None,
) -> Job:
    """Queue a generation of ``session``'s version ``version_number``; the worker gets it after
    the transaction commits. A generation of that version already queued or running is
    returned instead of starting a second one (unless this is a retry)."""
    if retry_of is None:
        active = db.scalar(
            select(Job).where(
                Job.session_id == session.id,
                Job.kind == GENERATE_KIND,
                Job.spec_version_number == version_number,
                Job.status.in_([JobStatus.queued, JobStatus.running]),
            )
        )
        if active is not None:
            return active
    job = Job(
        workspace_id=session.workspace_id,
        session_id=session.id,
        spec_version_number=version_number,
        kind=GENERATE_KIND,
        status=JobStatus.queued,
        retry_of_id=retry_of.id if retry_of is not None else None,
        created_by_id=principal.user_id,
    )
    db.add(job)
    db.flush()
    message = f"generation of version {version_number} queued"
    if retry_of is not None:
        message += f" (retry of job {retry_of.id})"
    record_event(db, job, stage="queued", message=message)
    session.status = SessionStatus.generating
    record_audit(
        db,
        workspace_id=session.workspace_id,
        actor_user_id=principal.user_id,
        actor_api_key_id=principal.api_key_id,
        action="job.retry" if retry_of is not None else "job.create",
        target_type="job",
        target_id=job.id,
        detail={
            "kind": GENERATE_KIND,
            "session_id": session.id,
            "version": version_number,
            "retry_of": retry_of.id if retry_of is not None else None,
        },
    )
    submit_after_commit(db, context.jobs, job.id)
    return job


class GenerationCancelledError(Exception):
    """Someone asked the job to stop; raised at a stage boundary."""


class GenerationFailedError(Exception):
    """A reason a generation cannot finish, written for the person who asked for it."""

    def __init__(self, reason: str, result: dict[str, Any] | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.result = result


class _Generation:
    """One run of one generation job: its progress events, its stages, its outcome."""

    def __init__(self, context: ServiceContext, job_id: str) -> None:
        self.context = context
        self.job_id = job_id
        self.started = time.monotonic()
        self.files_written = 0
        self.tests_passed = 0
        self._last_test_event = 0.0
        self.automations: list[dict[str, Any]] = []

    def report(self, stage: str, message: str, percentage: int) -> None:
        with self.context.database.session() as db:
            job = self._job(db)
            record_event(
                db,
                job,
                stage=stage,
                message=message,
                percentage=percentage,
                files_written=self.files_written,
                tests_passed=self.tests_passed,
            )

    def stop_if_cancelled(self) -> None:
        with self.context.database.session() as db:
            if cancel_requested(db, job_id=self.job_id):
                raise GenerationCancelledError

    def _job(self, db: Session) -> Job:
        job = db.get(Job, self.job_id)
        if job is None:
            raise GenerationFailedError(f"job {self.job_id} no longer exists")
        return job

    def claim(self) -> bool:
        """Mark the job running; False when it is no longer queued (cancelled meanwhile)."""
        with self.context.database.session() as db:
            claimed = db.execute(
                update(Job)
                .where(Job.id == self.job_id, Job.status == JobStatus.queued)
                .values(status=JobStatus.running, started_at=utcnow())
            )
            return bool(getattr(claimed, "rowcount", 0))

    def run(self) -> dict[str, Any]:
        with self.context.database.session() as db:
            job = self._job(db)
            session_id, number = job.session_id, job.spec_version_number
            version = db.scalar(
                select(SpecVersion).where(
                    SpecVersion.session_id == session_id, SpecVersion.number == number
                )
            )
            if session_id is None or number is None or version is None:
                raise GenerationFailedError(f"version {number} of the session no longer exists")
            version_id, spec_data = version.id, version.spec
            requested_by = job.created_by_id
            overrides = {
                override.path: override.content
                for override in db.scalars(
                    select(FileOverride).where(FileOverride.session_id == session_id)
                )
            }

        self.report("generating", f"generating the project of version {number}", GENERATING_PERCENT)
        try:
            spec = load_spec(spec_data)
        except SpecValidationError as error:
            raise GenerationFailedError(
                f"version {number}'s spec is not valid:\n{error}"
            ) from error
        hooks: dict[str, str] = {}
        if spec.automations:
            # model-written hooks: written, tested and healed first; the promoted ones are wired
            prepared = prepare_hooks(
                self.context, session_id=session_id, spec=spec, actor=Actor(requested_by)
            )
            hooks, self.automations = prepared.hooks, prepared.report
            self.stop_if_cancelled()
        generated = generate_files(spec, hooks=hooks)

        self.stop_if_cancelled()
        files = effective_files(generated, overrides)
        applied = sorted(set(overrides) & set(generated))
        out_dir = version_dir(self.context.projects_dir, session_id, number)
        self.report("writing", f"writing {len(files)} files", WRITING_PERCENT)
        write_files_atomically(files, out_dir)
        self._store_generated_files(version_id, generated)
        self.files_written = len(files)
        applied_note = f" ({len(applied)} with your edits)" if applied else ""
        self.report("writing", f"wrote {len(files)} files{applied_note}", TESTING_PERCENT - 5)

        tests: dict[str, Any] = {"ran": False, "passed": 0, "failed": 0, "errors": 0}
        if self.context.settings.service.run_generated_tests:
            self.stop_if_cancelled()
            self.report("testing", "running the generated project's tests", TESTING_PERCENT)
            outcome = check_project(out_dir, on_output=self._on_test_output)
            self.tests_passed = outcome.passed
            tests = _tests_result(outcome)
            if not outcome.ok:
                raise GenerationFailedError(
                    _tests_failed_reason(outcome),
                    self._result(len(files), applied, tests, output_tail=outcome.output_tail),
                )
        self.stop_if_cancelled()
        return self._result(len(files), applied, tests)

    def _result(
        self,
        files: int,
        overrides_applied: list[str],
        tests: dict[str, Any],
        output_tail: str | None = None,
    ) -> dict[str, Any]:
        result: dict[str, Any] = {
            "files": files,
            "overrides_applied": overrides_applied,
            "tests": tests,
            "duration": round(time.monotonic() - self.started, 3),
        }
        if output_tail is not None:
            result["tests"] = {**tests, "output_tail": output_tail}
        if self.automations:
            result["automations"] = self.automations
        return result

    def _store_generated_files(self, version_id: str, generated: dict[str, bytes]) -> None:
        with self.context.database.session() as db:
            db.execute(delete(GeneratedFile).where(GeneratedFile.spec_version_id == version_id))
            db.add_all(
                GeneratedFile(
                    spec_version_id=version_id,
                    path=path,
                    content=content,
                    sha256=sha256_hex(content),
                    size=len(content),
                )
                for path, content in generated.items()
            )

    def _on_test_output(self, line: str) -> None:
        match = _PYTEST_PROGRESS.match(line.strip())
        if match is None:
            return
        self.tests_passed += match["marks"].count(".")
        now = time.monotonic()
        if now - self._last_test_event < TEST_EVENT_INTERVAL:
            return
        self._last_test_event = now
        self.stop_if_cancelled()
        share = int(match["percent"]) if match["percent"] else 0
        span = TESTS_END_PERCENT - TESTING_PERCENT
        self.report(
            "testing",
            f"{self.tests_passed} tests passed",
            TESTING_PERCENT + share * span // 100,
        )

    def finish(self, status: JobStatus, **changes: Any) -> None:
        """Record the outcome: the job's status, its session's, and the last event."""
        stage, session_status, message = _OUTCOMES[status]
        with self.context.database.session() as db:
            job = self._job(db)
            job.status = status
            job.finished_at = utcnow()
            job.error = changes.get("error")
            job.result = changes.get("result")
            if job.session_id is not None:
                session = db.get(BuildSession, job.session_id)
                if session is not None:
                    session.status = session_status
            record_event(
                db,
                job,
                stage=stage,
                message=job.error or message,
                percentage=100 if status == JobStatus.succeeded else _last_percentage(db, job),
                files_written=self.files_written,
                tests_passed=self.tests_passed,
            )


_OUTCOMES: dict[JobStatus, tuple[str, SessionStatus, str]] = {
    JobStatus.succeeded: ("done", SessionStatus.reviewing, "generated: ready for review"),
    JobStatus.failed: ("failed", SessionStatus.failed, "the generation failed"),
    JobStatus.cancelled: ("cancelled", SessionStatus.drafting, "the generation was cancelled"),
}


def _last_percentage(db: Session, job: Job) -> int:
    last = db.scalar(
        select(JobEvent.percentage)
        .where(JobEvent.job_id == job.id)
        .order_by(JobEvent.id.desc())
        .limit(1)
    )
    return last or 0


def _tests_result(outcome: CheckResult) -> dict[str, Any]:
    return {
        "ran": True,
        "passed": outcome.passed,
        "failed": outcome.failed,
        "errors": outcome.errors,
        "skipped": outcome.skipped,
        "duration": round(outcome.duration, 3),
    }


def _tests_failed_reason(outcome: CheckResult) -> str:
    if outcome.returncode < 0 and not outcome.failed:
        return "the generated project's tests did not finish (stopped or timed out)"
    return (
        f"the generated project's tests failed: {outcome.failed} failed, "
        f"{outcome.errors} errors, {outcome.passed} passed"
    )


def run_generation(context: ServiceContext, job_id: str) -> None:
    """The "generate" job handler (the queue calls it on a worker thread)."""
    generation = _Generation(context, job_id)
    if not generation.claim():
        return
    try:
        result = generation.run()
    except GenerationCancelledError:
        generation.finish(JobStatus.cancelled)
    except GenerationFailedError as failure:
        generation.finish(JobStatus.failed, error=failure.reason, result=failure.result)
    except Exception as error:  # an unexpected error still ends the job, with its reason
        reason = f"the generation stopped on an unexpected error: {type(error).__name__}: {error}"
        generation.finish(JobStatus.failed, error=reason)
    else:
        generation.finish(JobStatus.succeeded, result=result)
        context.preview.on_generation_succeeded(job_id)


register_job_kind(GENERATE_KIND, run_generation)
