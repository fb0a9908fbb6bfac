"""One turn of the conversation: the person's message in, the assistant's reply and its effects out.

A turn runs with the session's lock held (``SESSION_LOCKS``, plus SELECT ... FOR UPDATE of the
session row in its final transaction) and in two transactions:

1. the person's message is stored and committed, so nothing that happens later can lose it;
2. after the orchestrator (``appwright.conversation``; it may call the model, outside any
   transaction) has answered, its effect is applied: a change becomes the next spec version,
   undo a new version with the earlier content (history is never rewritten), approval approves
   the current version, generate approves it when needed and queues a generation job. The reply,
   the model usage and the audit entries are committed with it.

When the orchestrator fails (a model error, a designer bug), the reply says what failed and the
person's message stays stored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from appwright.conversation import (
    Intent,
    TurnOutcome,
    handle_message,
    reply_for_approval,
    reply_for_generate,
    reply_for_nothing_to_undo,
    reply_for_undo,
)
from appwright.llm import UsageRecord
from appwright.service.api.deps import APPROVE_ROLES, Principal
from appwright.service.audit import audit
from appwright.service.context import ServiceContext
from appwright.service.crud.messages import add_message
from appwright.service.crud.sessions import lock_session
from appwright.service.crud.versions import latest_number
from appwright.service.generation import enqueue_generation
from appwright.service.models import BuildSession, Message, SessionStatus, SpecVersion
from appwright.service.session_locks import SESSION_LOCKS
from appwright.service.session_versions import (
    add_version,
    approve,
    current_version,
    undo_target,
    version_numbered,
)
from appwright.service.usage_records import record_usage
from appwright.spec import load_spec
from appwright.spec.diff import diff_specs

log = logging.getLogger(__name__)

DEFAULT_TITLE = "Untitled app"
CLOSED_STATUSES = frozenset({SessionStatus.complete, SessionStatus.cancelled})


class SessionNotFoundError(LookupError):
    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        super().__init__(f"session {session_id} not found")


class SessionClosedError(RuntimeError):
    """The session is complete or cancelled: it takes no more messages or versions."""

    def __init__(self, session: BuildSession) -> None:
        self.status = session.status
        super().__init__(
            f"session {session.id} is {session.status}: it takes no more changes;"
            " start a new session"
        )


@dataclass
class TurnResult:
    message: Message
    reply: Message
    session_status: str
    current_version_number: int | None
    changelog: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    job_id: str | None = None


@dataclass
class _Effect:
    """What applying the outcome did: the reply text and what it made."""

    reply: str
    version: SpecVersion | None = None
    job_id: str | None = None


def open_session(db: Session, *, principal: Principal, session_id: str) -> BuildSession:
    """The session, locked for this transaction; raises when it is missing or closed."""
    session = lock_session(db, workspace_id=principal.workspace_id, session_id=session_id)
    if session is None:
        raise SessionNotFoundError(session_id)
    if session.status in CLOSED_STATUSES:
        raise SessionClosedError(session)
    return session


def run_turn(
    db: Session, context: ServiceContext, *, principal: Principal, session_id: str, text: str
) -> TurnResult:
    """Answer ``text`` in the session; commits (twice: see the module's docstring)."""
    with SESSION_LOCKS.hold(session_id):
        session = open_session(db, principal=principal, session_id=session_id)
        message = add_message(
            db, session_id=session.id, role="user", content=text, author_id=principal.user_id
        )
        audit(db, principal, "message.create", "message", str(message.id), session_id=session.id)
        base = current_version(db, session)
        base_spec = load_spec(base.spec) if base is not None else None
        db.commit()

        try:
            outcome = handle_message(text, base_spec, context.provider_factory())
        except Exception as error:
            # Whatever failed (the model, the designer), the person gets a reply that says so.
            log.exception("conversation turn failed in session %s", session_id)
            return _failed_turn(db, principal, session_id, message, _failure_text(error))

        try:
            result = _apply(db, context, principal, session_id, message, base, outcome)
            db.commit()
        except IntegrityError as error:
            # Another process made the same version number first (the unique constraint held).
            db.rollback()
            log.warning("turn in session %s lost a race: %s", session_id, error)
            return _failed_turn(
                db,
                principal,
                session_id,
                message,
                "another change to this session was saved at the same moment, so this one was"
                " not applied. Your message is kept: please send it again.",
            )
        return result


def _apply(
    db: Session,
    context: ServiceContext,
    principal: Principal,
    session_id: str,
    message: Message,
    base: SpecVersion | None,
    outcome: TurnOutcome,
) -> TurnResult:
    session = open_session(db, principal=principal, session_id=session_id)
    message.intent = str(outcome.intent)
    if outcome.spec_after is not None:
        effect = _change(db, principal, session, base, outcome)
    elif outcome.intent == Intent.UNDO:
        effect = _undo(db, principal, session, outcome.target_version)
    elif outcome.intent == Intent.APPROVAL:
        effect = _approve(db, principal, session)
    elif outcome.intent == Intent.GENERATE:
        effect = _generate(db, context, principal, session)
    else:
        effect = _Effect(outcome.reply)
    reply = _add_reply(db, session, effect, outcome.intent, outcome.usage)
    return TurnResult(
        message=message,
        reply=reply,
        session_status=session.status,
        current_version_number=session.current_version_number,
        changelog=list(effect.version.changelog) if effect.version is not None else [],
        questions=list(outcome.questions),
        job_id=effect.job_id,
    )


def _change(
    db: Session,
    principal: Principal,
    session: BuildSession,
    base: SpecVersion | None,
    outcome: TurnOutcome,
) -> _Effect:
    spec = outcome.spec_after
    assert spec is not None
    if base is not None and diff_specs(base.spec, spec).empty:
        return _Effect(outcome.reply)
    # The parent is the version the change was made to, even if another process moved the
    # session on meanwhile (only possible across processes: this one holds the session's lock).
    source = "refinement" if base is not None and outcome.intent == Intent.REFINEMENT else "design"
    version = add_version(db, principal, session, spec, source=source, parent=base)
    if session.title == DEFAULT_TITLE:
        session.title = spec.name
    return _Effect(outcome.reply, version=version)


def _undo(
    db: Session, principal: Principal, session: BuildSession, asked_for: int | None
) -> _Effect:
    current = current_version(db, session)
    if current is None:
        return _Effect("There is nothing to undo yet: describe the app first.")
    if asked_for is None:
        target = undo_target(db, session, current)
        if target is None:
            return _Effect(reply_for_nothing_to_undo())
    else:
        target = version_numbered(db, session, asked_for)
        if target is None:
            return _Effect(
                f"There is no version {asked_for} to go back to: the versions are 1 to"
                f" {latest_number(db, session_id=session.id)}."
            )
        if diff_specs(target.spec, current.spec).empty:
            return _Effect(
                f"Version {current.number} already has the design of version {asked_for}."
            )
    version = add_version(
        db, principal, session, load_spec(target.spec), source="undo", parent=current
    )
    return _Effect(
        reply_for_undo(current.number, target.number, version.changelog), version=version
    )


def _approve(db: Session, principal: Principal, session: BuildSession) -> _Effect:
    current = current_version(db, session)
    if current is None:
        return _Effect("There is nothing to approve yet: describe the app first.")
    if current.approved_at is not None:
        return _Effect(
            f'Version {current.number} is already approved. Say "generate it" to build the app.'
        )
    if principal.role not in APPROVE_ROLES:
        return _Effect(_needs_a_person(current))
    approve(db, principal, session, current)
    return _Effect(reply_for_approval(current.number))


def _generate(
    db: Session, context: ServiceContext, principal: Principal, session: BuildSession
) -> _Effect:
    current = current_version(db, session)
    if current is None:
        return _Effect("There is nothing to generate yet: describe the app first.")
    if current.approved_at is None:
        if principal.role not in APPROVE_ROLES:
            return _Effect(_needs_a_person(current))
        approve(db, principal, session, current)
    job = enqueue_generation(
        db, context, session=session, version_number=current.number, principal=principal
    )
    return _Effect(f"{reply_for_generate(current.number)} (Job {job.id}.)", job_id=job.id)


def _needs_a_person(version: SpecVersion) -> str:
    return (
        f"I cannot approve version {version.number} for you: approving needs a person with the"
        " builder or admin role. Once it is approved, an API key can generate it."
    )


def _add_reply(
    db: Session,
    session: BuildSession,
    effect: _Effect,
    intent: Intent | None,
    usage: tuple[UsageRecord, ...],
) -> Message:
    record_usage(db, workspace_id=session.workspace_id, session_id=session.id, records=usage)
    models = [record.model for record in usage if record.outcome in ("ok", "repaired")]
    return add_message(
        db,
        session_id=session.id,
        role="assistant",
        content=effect.reply,
        intent=str(intent) if intent is not None else None,
        model=models[-1] if models else None,
        input_tokens=sum(record.input_tokens for record in usage),
        output_tokens=sum(record.output_tokens for record in usage),
        spec_version_number=effect.version.number if effect.version is not None else None,
    )


def _failed_turn(
    db: Session, principal: Principal, session_id: str, message: Message, reason: str
) -> TurnResult:
    session = lock_session(db, workspace_id=principal.workspace_id, session_id=session_id)
    if session is None:  # deleted meanwhile, with its messages: nothing left to answer
        raise SessionNotFoundError(session_id)
    reply = _add_reply(db, session, _Effect(reason), None, ())
    db.commit()
    return TurnResult(
        message=message,
        reply=reply,
        session_status=session.status,
        current_version_number=session.current_version_number,
    )


def _failure_text(error: Exception) -> str:
    reason = getattr(error, "reason", None) or str(error) or type(error).__name__
    return (
        f"Sorry, I could not work on that: {reason}. Your message is kept and the design is"
        " unchanged; try again, or say it in other words."
    )
