"""Builder analytics from the workspace's records: counts, time to a running app, refinements,
failures, ratings and the daily series; nothing from another workspace."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from support.service import Actor, example_spec, make_actor, make_build_session
from support.web import add_module, add_usage

from appwright.service.analytics import builder_analytics
from appwright.service.context import ServiceContext
from appwright.service.generation import GENERATE_KIND
from appwright.service.models import (
    BuildSession,
    Job,
    JobStatus,
    Message,
    Role,
    SessionRating,
    SessionStatus,
    SpecVersion,
)

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _session(
    context: ServiceContext,
    owner: Actor,
    *,
    title: str,
    status: SessionStatus = SessionStatus.drafting,
    started: datetime = NOW,
    refinements: int = 0,
    app_after: timedelta | None = None,
    failed_jobs: int = 0,
    stars: int | None = None,
    comment: str = "",
) -> str:
    session_id = make_build_session(context, owner, example_spec("crm"), title=title)
    with context.database.session() as db:
        session = db.get(BuildSession, session_id)
        assert session is not None
        session.status = status
        session.created_at = started
        db.add(Message(session_id=session_id, role="user", content=title, created_at=started))
        for number in range(2, refinements + 2):
            version = db.query(SpecVersion).filter_by(session_id=session_id, number=1).one()
            db.add(
                SpecVersion(
                    session_id=session_id,
                    number=number,
                    spec=version.spec,
                    source="refinement",
                    parent_number=number - 1,
                )
            )
        for _ in range(failed_jobs):
            db.add(_job(owner, session_id, JobStatus.failed, started + timedelta(seconds=30)))
        if app_after is not None:
            db.add(_job(owner, session_id, JobStatus.succeeded, started + app_after))
            # A later success does not change the time to the first running app.
            db.add(_job(owner, session_id, JobStatus.succeeded, started + app_after * 3))
        if stars is not None:
            db.add(
                SessionRating(
                    workspace_id=owner.workspace_id,
                    session_id=session_id,
                    user_id=owner.user_id,
                    stars=stars,
                    comment=comment,
                )
            )
    return session_id


def _job(owner: Actor, session_id: str, status: JobStatus, finished: datetime) -> Job:
    return Job(
        workspace_id=owner.workspace_id,
        session_id=session_id,
        kind=GENERATE_KIND,
        status=status,
        created_at=finished - timedelta(seconds=5),
        finished_at=finished,
    )


@pytest.fixture
def seeded(service_context: ServiceContext, admin: Actor, outsider: Actor) -> Actor:
    context = service_context
    first = _session(
        context,
        admin,
        title="CRM",
        status=SessionStatus.complete,
        started=NOW - timedelta(days=2),
        refinements=2,
        app_after=timedelta(minutes=2),
        stars=5,
        comment="exactly right",
    )
    add_module(context, admin, name="CRM", slug="crm", version="1.0.0", session_id=first, at=NOW)
    _session(
        context,
        admin,
        title="Helpdesk",
        status=SessionStatus.reviewing,
        started=NOW - timedelta(days=1),
        refinements=7,
        app_after=timedelta(minutes=20),
        failed_jobs=2,
        stars=3,
    )
    _session(context, admin, title="Inventory", status=SessionStatus.failed, started=NOW)
    add_usage(context, admin, None, calls=2, outcome="malformed")
    add_usage(context, admin, None, calls=3, outcome="ok")
    # Another workspace's activity counts nowhere here.
    _session(context, outsider, title="Theirs", app_after=timedelta(seconds=10), stars=1)
    add_usage(context, outsider, None, calls=4, outcome="transient_error")
    return admin


def test_counts_times_refinements_failures_and_ratings(
    client: TestClient, service_context: ServiceContext, seeded: Actor
) -> None:
    with service_context.database.session() as db:
        result = builder_analytics(db, workspace_id=seeded.workspace_id, days=7, now=NOW)
    assert result.sessions_started == 3
    assert result.sessions_completed == 1
    assert result.sessions_with_running_app == 2
    assert result.median_seconds_to_app == pytest.approx(660.0)
    assert result.mean_seconds_to_app == pytest.approx(660.0)
    assert {bucket.label: bucket.count for bucket in result.time_to_app} == {
        "< 1 min": 0,
        "1-5 min": 1,
        "5-15 min": 0,
        "15-60 min": 1,
        "> 1 h": 0,
    }
    assert result.mean_refinements == pytest.approx(3.0)
    assert [bucket.count for bucket in result.refinements] == [1, 0, 1, 0, 0, 1]
    assert result.refinements[-1].label == "5+"
    assert result.failed_generations == 2
    assert result.failed_sessions == 1
    assert result.failed_model_calls == 2
    assert result.rating_count == 2
    assert result.rating_average == pytest.approx(4.0)
    assert [bucket.count for bucket in result.rating_distribution] == [0, 0, 1, 0, 1]
    assert [(c.session_title, c.stars, c.comment) for c in result.recent_comments] == [
        ("CRM", 5, "exactly right")
    ]


def test_the_daily_series_covers_the_period(
    client: TestClient, service_context: ServiceContext, seeded: Actor
) -> None:
    with service_context.database.session() as db:
        result = builder_analytics(db, workspace_id=seeded.workspace_id, days=7, now=NOW)
    assert len(result.daily) == 7
    assert result.daily[-1].day == NOW.date()
    by_day = {entry.day: (entry.started, entry.completed) for entry in result.daily}
    assert by_day[NOW.date()] == (1, 1)
    assert by_day[(NOW - timedelta(days=1)).date()] == (1, 0)
    assert by_day[(NOW - timedelta(days=2)).date()] == (1, 0)
    assert sum(entry.started for entry in result.daily) == 3


def test_an_empty_workspace_has_no_averages(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    with service_context.database.session() as db:
        result = builder_analytics(db, workspace_id=admin.workspace_id, days=3, now=NOW)
    assert result.sessions_started == 0
    assert result.median_seconds_to_app is None
    assert result.mean_refinements is None
    assert result.rating_average is None
    assert [bucket.count for bucket in result.rating_distribution] == [0] * 5
    assert [entry.started for entry in result.daily] == [0, 0, 0]


def test_the_api_serves_analytics_to_admins_only(
    client: TestClient, service_context: ServiceContext, seeded: Actor
) -> None:
    response = client.get("/api/v1/analytics?days=5", headers=seeded.headers)
    assert response.status_code == 200, response.text
    assert response.json()["sessions_started"] == 3
    assert len(response.json()["daily"]) == 5
    builder = make_actor(service_context, workspace_id=seeded.workspace_id, role=Role.builder)
    assert client.get("/api/v1/analytics", headers=builder.headers).status_code == 403
    assert client.get("/api/v1/analytics?days=0", headers=seeded.headers).status_code == 422
