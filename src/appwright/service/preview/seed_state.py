"""The state the parts of the preview seed builder share: the random generator, today, the
rows each entity gets, and the lowest helpers on it (does a text fit the field, the texts
that match a field's pattern).

Example: ``pattern_pool(entity, column, 20)`` for a field with pattern ``[A-Z]{3}-[0-9]{4}``
makes at least 40 matching texts the first time and keeps them for the other rows.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from appwright.codegen.pattern_samples import PatternSampleError, pattern_samples
from appwright.codegen.plan import ColumnPlan, EntityPlan

ROOT_ROWS = (6, 10)
"""Rows of an entity that references nothing (lookups, parents)."""
CHILD_ROWS = (12, 20)
"""Rows of an entity that references others."""


class SeedState:
    """What every part of the seed builder reads: set by ``seed._SeedBuilder``."""

    rng: random.Random
    today: dt.date
    counts: dict[str, int]
    pattern_pools: dict[tuple[str, str], list[str]]

    def fits(self, column: ColumnPlan, text: str) -> bool:
        if column.min_length is not None and len(text) < column.min_length:
            return False
        if column.max_length is not None and len(text) > column.max_length:
            return False
        return not (column.pattern and re.fullmatch(column.pattern, text) is None)

    def pattern_pool(self, entity: EntityPlan, column: ColumnPlan, count: int) -> list[str]:
        key = (entity.name, column.name)
        pool = self.pattern_pools.get(key)
        if pool is None or len(pool) < count:
            assert column.pattern is not None
            try:
                pool = pattern_samples(
                    column.pattern,
                    max(count, 40),
                    min_length=column.min_length,
                    max_length=column.max_length,
                )
            except PatternSampleError:
                pool = []
            self.pattern_pools[key] = pool
        return pool
