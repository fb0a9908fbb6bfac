"""Builder analytics: sessions started and completed, time to a running app, refinements,
failures and ratings, for one workspace (what an admin's analytics page and API show)."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from appwright.service.generation import GENERATE_KIND
from appwright.service.models import (
    BuildSession,
    Job,
    JobStatus,
    LlmUsage,
    Message,
    Module,
    SessionRating,
    SessionStatus,
    SpecVersion,
)
from appwright.service.schemas.analytics import (
    Bucket,
    BuilderAnalytics,
    DailyActivity,
    RatingComment,
)

FAILED_CALL_OUTCOMES = ("malformed", "transient_error", "request_error")
RECENT_COMMENTS = 10

# (upper bound in seconds, label); the last bucket takes the rest.
TIME_TO_APP_BUCKETS = (
    (60.0, "< 1 min"),
    (5 * 60.0, "1-5 min"),
    (15 * 60.0, "5-15 min"),
    (60 * 60.0, "15-60 min"),
    (None, "> 1 h"),
)
MOST_REFINEMENTS_COUNTED = 5  # the last bucket is "5+"


def builder_analytics(
    db: Session, *, workspace_id: str, days: int = 30, now: datetime | None = None
) -> BuilderAnalytics:
    sessions = {
        session_id: (created_at, status)
        for session_id, created_at, status in db.execute(
            select(BuildSession.id, BuildSession.created_at, BuildSession.status).where(
                BuildSession.workspace_id == workspace_id
            )
        )
    }
    seconds_to_app = _seconds_to_app(db, workspace_id)
    refinements = _refinements(db, workspace_id)
    completed_on = _first_module_days(db, workspace_id)
    stars = list(
        db.scalars(select(SessionRating.stars).where(SessionRating.workspace_id == workspace_id))
    )
    star_counts = Counter(stars)
    return BuilderAnalytics(
        sessions_started=len(sessions),
        sessions_completed=sum(
            1 for _, status in sessions.values() if status == SessionStatus.complete
        ),
        sessions_with_running_app=len(seconds_to_app),
        median_seconds_to_app=statistics.median(seconds_to_app) if seconds_to_app else None,
        mean_seconds_to_app=statistics.fmean(seconds_to_app) if seconds_to_app else None,
        time_to_app=_time_buckets(seconds_to_app),
        mean_refinements=statistics.fmean(refinements) if refinements else None,
        refinements=_refinement_buckets(refinements),
        failed_generations=db.scalar(
            select(func.count(Job.id)).where(
                Job.workspace_id == workspace_id,
                Job.kind == GENERATE_KIND,
                Job.status == JobStatus.failed,
            )
        )
        or 0,
        failed_sessions=sum(1 for _, status in sessions.values() if status == SessionStatus.failed),
        failed_model_calls=db.scalar(
            select(func.count(LlmUsage.id)).where(
                LlmUsage.workspace_id == workspace_id,
                LlmUsage.outcome.in_(FAILED_CALL_OUTCOMES),
            )
        )
        or 0,
        rating_count=len(stars),
        rating_average=statistics.fmean(stars) if stars else None,
        rating_distribution=[Bucket(label=f"{n} ★", count=star_counts[n]) for n in range(1, 6)],
        recent_comments=_recent_comments(db, workspace_id),
        daily=_daily(
            [created_at for created_at, _ in sessions.values()],
            completed_on,
            days,
            (now or datetime.now(UTC)).date(),
        ),
    )


def _seconds_to_app(db: Session, workspace_id: str) -> list[float]:
    """Per session that has a running app: first person's message → first successful generation."""
    first_message = dict(
        db.execute(
            select(Message.session_id, func.min(Message.created_at))
            .join(BuildSession, BuildSession.id == Message.session_id)
            .where(BuildSession.workspace_id == workspace_id, Message.role == "user")
            .group_by(Message.session_id)
        ).all()
    )
    first_app = db.execute(
        select(Job.session_id, func.min(Job.finished_at))
        .where(
            Job.workspace_id == workspace_id,
            Job.kind == GENERATE_KIND,
            Job.status == JobStatus.succeeded,
            Job.session_id.is_not(None),
            Job.finished_at.is_not(None),
        )
        .group_by(Job.session_id)
    )
    seconds = []
    for session_id, finished_at in first_app:
        started = first_message.get(session_id) if session_id else None
        if started is None or finished_at is None:
            continue
        seconds.append(max(0.0, (_utc(finished_at) - _utc(started)).total_seconds()))
    return seconds


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _refinements(db: Session, workspace_id: str) -> list[int]:
    """Refinement versions per session that has at least one version."""
    rows = db.execute(
        select(
            SpecVersion.session_id,
            func.sum(case((SpecVersion.source == "refinement", 1), else_=0)),
        )
        .join(BuildSession, BuildSession.id == SpecVersion.session_id)
        .where(BuildSession.workspace_id == workspace_id)
        .group_by(SpecVersion.session_id)
    )
    return [int(count or 0) for _, count in rows]


def _first_module_days(db: Session, workspace_id: str) -> list[date]:
    rows = db.execute(
        select(Module.session_id, func.min(Module.created_at))
        .where(Module.workspace_id == workspace_id, Module.session_id.is_not(None))
        .group_by(Module.session_id)
    )
    return [_utc(created_at).date() for _, created_at in rows if created_at is not None]


def _time_buckets(seconds: list[float]) -> list[Bucket]:
    counts = [0] * len(TIME_TO_APP_BUCKETS)
    for value in seconds:
        for index, (upper, _label) in enumerate(TIME_TO_APP_BUCKETS):
            if upper is None or value < upper:
                counts[index] += 1
                break
    return [
        Bucket(label=label, count=count)
        for (_upper, label), count in zip(TIME_TO_APP_BUCKETS, counts, strict=True)
    ]


def _refinement_buckets(refinements: list[int]) -> list[Bucket]:
    counts = Counter(min(value, MOST_REFINEMENTS_COUNTED) for value in refinements)
    return [
        Bucket(
            label=f"{n}+" if n == MOST_REFINEMENTS_COUNTED else str(n),
            count=counts[n],
        )
        for n in range(MOST_REFINEMENTS_COUNTED + 1)
    ]


def _recent_comments(db: Session, workspace_id: str) -> list[RatingComment]:
    rows = db.execute(
        select(SessionRating, BuildSession.title)
        .join(BuildSession, BuildSession.id == SessionRating.session_id)
        .where(SessionRating.workspace_id == workspace_id, SessionRating.comment != "")
        .order_by(SessionRating.updated_at.desc(), SessionRating.id)
        .limit(RECENT_COMMENTS)
    )
    return [
        RatingComment(
            session_id=rating.session_id,
            session_title=title,
            stars=rating.stars,
            comment=rating.comment,
            updated_at=rating.updated_at,
        )
        for rating, title in rows
    ]


def _daily(
    started: list[datetime], completed: list[date], days: int, today: date
) -> list[DailyActivity]:
    first = today - timedelta(days=days - 1)
    started_by_day = Counter(_utc(moment).date() for moment in started)
    completed_by_day = Counter(completed)
    return [
        DailyActivity(day=day, started=started_by_day[day], completed=completed_by_day[day])
        for day in (first + timedelta(days=offset) for offset in range(days))
    ]
