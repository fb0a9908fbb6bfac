"""A report as read, before it is built: the record counted, the figure, the grouping, the period.

``the total deal amount per stage as a pie`` is ReportDraft(entity=deal, agg=sum,
measured=amount, group_by=[stage], chart=pie); a request that names nothing countable is kept
unread, for a clarifying question.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from appwright.spec.models import FieldSpec


@dataclass
class ReportDraft:
    text: str
    entity: str
    agg: str = "count"
    measured: str | None = None
    group_by: list[str] = field(default_factory=list)
    bucket: tuple[str, str] | None = None
    chart: str = "bar"
    new_fields: list[FieldSpec] = field(default_factory=list)
    new_links: list[str] = field(default_factory=list)
    """Entities the report's entity must point at for its grouping (*lessons per student*
    when nothing said whose the lessons are)."""


@dataclass
class ReportReading:
    reports: list[ReportDraft] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    """Report requests that named nothing countable (for clarifying questions)."""
