"""Routes: rate the app a build session made (1-5 stars and a comment), and read its ratings."""

from __future__ import annotations

from fastapi import APIRouter, Response, status

from appwright.service.api.deps import BuilderDep, DbDep, ReaderDep, not_found
from appwright.service.audit import audit
from appwright.service.crud.ratings import get_rating, rating_totals, set_rating
from appwright.service.crud.sessions import get_session
from appwright.service.schemas.ratings import RatingCreate, RatingRead, RatingSummary

router = APIRouter(prefix="/sessions", tags=["ratings"])


@router.post(
    "/{session_id}/rating",
    status_code=status.HTTP_201_CREATED,
    responses={200: {"description": "The caller's earlier rating, replaced"}},
)
def rate_session(
    session_id: str, body: RatingCreate, principal: BuilderDep, db: DbDep, response: Response
) -> RatingRead:
    """Rate the session's app; rating it again replaces the caller's rating (200)."""
    session = get_session(db, workspace_id=principal.workspace_id, session_id=session_id)
    if session is None:
        raise not_found("session", session_id)
    rating, created = set_rating(
        db, session=session, user_id=principal.user_id, stars=body.stars, comment=body.comment
    )
    audit(db, principal, "session.rate", "session", session.id, stars=body.stars)
    if not created:
        response.status_code = status.HTTP_200_OK
    return RatingRead.model_validate(rating)


@router.get("/{session_id}/rating")
def read_session_rating(session_id: str, principal: ReaderDep, db: DbDep) -> RatingSummary:
    """How many ratings the session has, their mean, and the caller's own."""
    if get_session(db, workspace_id=principal.workspace_id, session_id=session_id) is None:
        raise not_found("session", session_id)
    count, average = rating_totals(db, workspace_id=principal.workspace_id, session_id=session_id)
    mine = get_rating(
        db, workspace_id=principal.workspace_id, session_id=session_id, user_id=principal.user_id
    )
    return RatingSummary(
        count=count,
        average=average,
        mine=RatingRead.model_validate(mine) if mine is not None else None,
    )
