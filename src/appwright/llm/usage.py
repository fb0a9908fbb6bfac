"""The usage ledger: one record per model call, with what it cost and how it ended."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

# ok: a usable answer first time; repaired: a usable answer to a repair round; malformed: an
# answer that could not be used; transient_error / request_error: no answer (see base.py).
Outcome = Literal["ok", "repaired", "malformed", "transient_error", "request_error"]


@dataclass(frozen=True, slots=True)
class UsageRecord:
    purpose: str
    provider: str
    model: str
    input_tokens: int
    output_tokens: int
    cost_usd: float
    priced: bool
    latency_seconds: float
    outcome: Outcome
    error: str | None = None
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True, slots=True)
class UsageSummary:
    calls: int
    input_tokens: int
    output_tokens: int
    cost_usd: float
    latency_seconds: float
    outcomes: dict[str, int]
    # "provider/model" names that were used but are not in the price table (counted as $0).
    unpriced_models: tuple[str, ...]

    @classmethod
    def of(cls, records: Iterable[UsageRecord]) -> UsageSummary:
        items = list(records)
        outcomes: dict[str, int] = {}
        for record in items:
            outcomes[record.outcome] = outcomes.get(record.outcome, 0) + 1
        return cls(
            calls=len(items),
            input_tokens=sum(record.input_tokens for record in items),
            output_tokens=sum(record.output_tokens for record in items),
            cost_usd=sum(record.cost_usd for record in items),
            latency_seconds=sum(record.latency_seconds for record in items),
            outcomes=outcomes,
            unpriced_models=tuple(
                sorted({f"{r.provider}/{r.model}" for r in items if not r.priced})
            ),
        )


class UsageLedger:
    """Collects UsageRecords (thread-safe). ``on_record`` lets a service persist each one."""

    def __init__(self, on_record: Callable[[UsageRecord], None] | None = None) -> None:
        self._records: list[UsageRecord] = []
        self._lock = threading.Lock()
        self._on_record = on_record

    def record(self, entry: UsageRecord) -> None:
        with self._lock:
            self._records.append(entry)
        if self._on_record is not None:
            self._on_record(entry)

    @property
    def records(self) -> tuple[UsageRecord, ...]:
        with self._lock:
            return tuple(self._records)

    def summary(self, *, purpose: str | None = None) -> UsageSummary:
        """Totals over every record, or over one purpose's."""
        return UsageSummary.of(r for r in self.records if purpose is None or r.purpose == purpose)

    def by_purpose(self) -> dict[str, UsageSummary]:
        purposes = sorted({record.purpose for record in self.records})
        return {purpose: self.summary(purpose=purpose) for purpose in purposes}
