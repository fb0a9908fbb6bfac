"""Sample numbers, flags and dates for the preview seed: ranges that follow the field's name
and stay inside its min/max.

Example: an integer ``rating`` lies in 1..5, a decimal ``price`` in 5..500, a ``due_date`` in the
next weeks and a ``birthday`` decades back.
"""

from __future__ import annotations

import datetime as dt
import math

from appwright.codegen.plan import ColumnPlan
from appwright.codegen.samples import INT32_MAX, INT32_MIN
from appwright.service.preview.seed_kinds import FUTURE_WORDS, PAST_WORDS, name_tokens
from appwright.service.preview.seed_state import SeedState


def integer_bounds(column: ColumnPlan) -> tuple[int, int]:
    low = math.ceil(column.minimum) if isinstance(column.minimum, int | float) else INT32_MIN
    high = math.floor(column.maximum) if isinstance(column.maximum, int | float) else INT32_MAX
    return max(low, INT32_MIN), min(high, INT32_MAX)


def _clamp(value: int, low: int, high: int) -> int:
    return min(max(value, low), high)


def _meaningful_range(tokens: set[str], today: dt.date) -> tuple[float, float]:
    ranges: list[tuple[set[str], tuple[float, float]]] = [
        ({"age"}, (18, 75)),
        ({"year", "published"}, (1960, today.year)),
        ({"rating", "stars", "score"}, (1, 5)),
        ({"priority", "level"}, (1, 5)),
        ({"percent", "percentage", "probability", "progress"}, (0, 100)),
        ({"employee", "employees", "headcount"}, (5, 2000)),
        ({"minutes", "duration", "time"}, (10, 120)),
        ({"days"}, (1, 30)),
        ({"hours"}, (1, 40)),
        ({"week"}, (1, 7)),
        ({"servings", "capacity", "seats", "guests"}, (1, 12)),
        ({"pages"}, (80, 650)),
        ({"threshold", "reorder", "minimum"}, (5, 50)),
        ({"quantity", "qty", "stock", "count", "units", "amount"}, (1, 200)),
    ]
    for keys, span in ranges:
        if tokens & keys:
            return span
    return (1, 100)


def _decimal_range(tokens: set[str]) -> tuple[float, float]:
    ranges: list[tuple[set[str], tuple[float, float]]] = [
        ({"salary", "revenue"}, (30000, 120000)),
        ({"rate", "hourly"}, (40, 150)),
        ({"price", "cost", "fee", "unit"}, (5, 500)),
        ({"budget"}, (500, 20000)),
        ({"amount", "total", "value", "balance"}, (200, 25000)),
        ({"hours", "duration"}, (0.5, 40)),
        ({"weight", "kg"}, (0.1, 25)),
        ({"quantity", "qty"}, (0.25, 5)),
        ({"percent", "percentage", "discount", "tax"}, (0, 50)),
    ]
    for keys, span in ranges:
        if tokens & keys:
            return span
    return (1, 1000)


def _date_bound(value: object) -> dt.date | None:
    moment = _datetime_bound(value)
    return moment.date() if moment is not None else None


def _datetime_bound(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


class NumberValues(SeedState):
    """Numbers, flags and dates for one field of a row."""

    def integer_value(self, column: ColumnPlan, index: int) -> int:
        tokens = set(name_tokens(column.name))
        low, high = integer_bounds(column)
        if tokens & {"position", "rank", "sort", "sequence", "order"}:
            return _clamp(index + 1, low, high)
        wanted = _meaningful_range(tokens, self.today)
        return round(self._within(wanted, (low, high), integer=True))

    def decimal_value(self, column: ColumnPlan) -> float:
        tokens = set(name_tokens(column.name))
        low = float(column.minimum) if isinstance(column.minimum, int | float) else -1e9
        high = float(column.maximum) if isinstance(column.maximum, int | float) else 1e9
        wanted = _decimal_range(tokens)
        value = self._within(wanted, (low, high), integer=False)
        return round(value, 2)

    def _within(
        self, wanted: tuple[float, float], bounds: tuple[float, float], *, integer: bool
    ) -> float:
        low, high = max(wanted[0], bounds[0]), min(wanted[1], bounds[1])
        if low > high:  # the meaning's range misses the bounds: stay near the closer bound
            low, high = bounds
            if high - low > 1000:
                high = low + 1000 if bounds[0] > -1e9 else high
                low = high - 1000 if bounds[0] <= -1e9 else low
        if integer:
            return float(self.rng.randint(math.ceil(low), math.floor(high)))
        value = self.rng.uniform(low, high)
        if high - low >= 20:
            value = round(value)  # prices and amounts read better as whole numbers
        return min(max(value, bounds[0]), bounds[1])

    def boolean_value(self, column: ColumnPlan) -> bool:
        tokens = set(name_tokens(column.name))
        likely = {"active", "enabled", "available", "visible", "published", "billable"}
        share = 0.8 if tokens & likely else 0.35
        return self.rng.random() < share

    def temporal_value(self, column: ColumnPlan) -> str:
        tokens = set(name_tokens(column.name))
        today = self.today
        if tokens & {"birthday", "birth", "dob", "born"}:
            day = today - dt.timedelta(days=self.rng.randint(18 * 365, 70 * 365))
        elif tokens & FUTURE_WORDS:
            day = today + dt.timedelta(days=self.rng.randint(-10, 90))
        elif tokens & PAST_WORDS:
            day = today - dt.timedelta(days=self.rng.randint(1, 365))
        else:
            day = today + dt.timedelta(days=self.rng.randint(-60, 45))
        with_time = column.type == "datetime"
        low = _date_bound(column.minimum)
        high = _date_bound(column.maximum)
        if low is not None and day < low:
            day = low + dt.timedelta(days=self.rng.randint(0, 30))
        if high is not None and day > high:
            day = high - dt.timedelta(days=self.rng.randint(0, 30))
            if low is not None and day < low:
                day = low
        if not with_time:
            return day.isoformat()
        moment = dt.datetime.combine(
            day, dt.time(self.rng.randint(8, 17), 15 * self.rng.randint(0, 3))
        )
        bound_low = _datetime_bound(column.minimum)
        bound_high = _datetime_bound(column.maximum)
        if bound_low is not None and moment < bound_low:
            moment = bound_low
        if bound_high is not None and moment > bound_high:
            moment = bound_high
        return moment.isoformat()
