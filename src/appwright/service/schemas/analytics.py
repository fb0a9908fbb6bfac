"""Builder analytics for a workspace's admins: how building goes, from first message to rating."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel


class Bucket(BaseModel):
    label: str
    count: int


class DailyActivity(BaseModel):
    day: date
    started: int
    """Sessions started that day."""
    completed: int
    """Sessions finalized into their first module that day."""


class RatingComment(BaseModel):
    session_id: str
    session_title: str
    stars: int
    comment: str
    updated_at: datetime


class BuilderAnalytics(BaseModel):
    sessions_started: int
    sessions_completed: int
    """Finalized into a module."""
    sessions_with_running_app: int
    """Sessions that reached a successful generation."""
    median_seconds_to_app: float | None
    """First message → first successful generation, the median over those sessions."""
    mean_seconds_to_app: float | None
    time_to_app: list[Bucket]
    mean_refinements: float | None
    """Versions made by refinement, per session that has a design."""
    refinements: list[Bucket]
    failed_generations: int
    failed_sessions: int
    failed_model_calls: int
    """Calls whose answer was unusable or that failed (malformed, transient or request errors)."""
    rating_count: int
    rating_average: float | None
    rating_distribution: list[Bucket]
    """One bucket per star count, 1 to 5."""
    recent_comments: list[RatingComment]
    daily: list[DailyActivity]
    """The last ``days`` days, oldest first."""
