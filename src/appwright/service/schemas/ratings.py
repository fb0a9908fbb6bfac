"""Ratings of a build session's app: what a person sends, and what the session's ratings add up to."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

MAX_COMMENT_CHARS = 2000


class RatingCreate(BaseModel):
    stars: int = Field(ge=1, le=5)
    comment: str = Field(default="", max_length=MAX_COMMENT_CHARS)


class RatingRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    session_id: str
    user_id: str | None
    stars: int
    comment: str
    spec_version_number: int | None
    created_at: datetime
    updated_at: datetime


class RatingSummary(BaseModel):
    count: int
    average: float | None
    """Mean stars over everyone's ratings; None before the first."""
    mine: RatingRead | None
    """The caller's own rating, to show in the rating control."""
