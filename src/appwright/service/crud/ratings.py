"""Session ratings: a person's rating of a session (set or replaced), and the session's totals."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appwright.service.models import BuildSession, SessionRating


def get_rating(
    db: Session, *, workspace_id: str, session_id: str, user_id: str
) -> SessionRating | None:
    return db.scalar(
        select(SessionRating).where(
            SessionRating.workspace_id == workspace_id,
            SessionRating.session_id == session_id,
            SessionRating.user_id == user_id,
        )
    )


def set_rating(
    db: Session, *, session: BuildSession, user_id: str, stars: int, comment: str
) -> tuple[SessionRating, bool]:
    """The person's rating of ``session`` (made, or replaced when they rated it before), and
    whether it is new. The session's current version is noted with it."""
    rating = get_rating(
        db, workspace_id=session.workspace_id, session_id=session.id, user_id=user_id
    )
    created = rating is None
    if rating is None:
        rating = SessionRating(
            workspace_id=session.workspace_id, session_id=session.id, user_id=user_id
        )
        db.add(rating)
    rating.stars = stars
    rating.comment = comment
    rating.spec_version_number = session.current_version_number
    db.flush()
    return rating, created


def rating_totals(db: Session, *, workspace_id: str, session_id: str) -> tuple[int, float | None]:
    """How many ratings the session has and their mean stars (None without ratings)."""
    count, average = db.execute(
        select(func.count(SessionRating.id), func.avg(SessionRating.stars)).where(
            SessionRating.workspace_id == workspace_id, SessionRating.session_id == session_id
        )
    ).one()
    return int(count), float(average) if average is not None else None
