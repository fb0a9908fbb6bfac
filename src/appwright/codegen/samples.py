"""Sample values for the generated tests: valid (realistic, unique by ``n``) and invalid.

Valid samples are emitted as Python expressions over an integer ``n`` so the generated
``factories.py`` can make as many distinct rows as a test needs; values for a ``pattern`` come
from :mod:`appwright.codegen.pattern_samples`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from appwright.codegen.pattern_samples import pattern_samples
from appwright.codegen.plan import ColumnPlan, EntityPlan
from appwright.spec.names import humanize

INT32_MIN = -(2**31)
INT32_MAX = 2**31 - 1
UNIQUE_PATTERN_SAMPLES = 500
PATTERN_SAMPLES = 20

# Realistic stems per field name, for text fields without a pattern.
_TEXT_STEMS = {
    "first_name": "Ada",
    "last_name": "Lovelace",
    "full_name": "Ada Lovelace",
    "city": "Lyon",
    "country": "France",
    "phone": "+1 555 0100",
    "mobile": "+1 555 0199",
    "address": "12 Market Street",
    "street": "Market Street",
    "zip": "69001",
    "postal_code": "69001",
    "color": "Blue",
    "colour": "Blue",
    "code": "CODE",
    "sku": "SKU",
    "subject": "Follow-up call",
    "summary": "Short summary",
    "description": "A short description",
    "notes": "Some notes",
    "note": "A note",
    "comment": "A comment",
    "reason": "A reason",
    "company": "Acme",
    "job_title": "Engineer",
    "unit": "kg",
    "author": "Jane Austen",
    "location": "Room A",
}


def _text_stem(entity: EntityPlan, column: ColumnPlan) -> str:
    if column.name in _TEXT_STEMS:
        return _TEXT_STEMS[column.name]
    # From the names, not the display labels: those may be any script, and SQLite's lower()
    # folds ASCII only (the generated search test relies on case folding).
    if column.name in ("name", "title", "label", "display_name"):
        return humanize(entity.name)
    return humanize(column.name)


def _fit_text(stem: str, min_length: int | None, max_length: int | None) -> str:
    """An f-string body ``"{stem} {n}"`` that respects the length limits for n < 10**6."""
    digits = 6
    low = min_length or 0
    while len(stem) + 1 + 1 < low:
        stem += " x"
    if max_length is not None and len(stem) + 1 + digits > max_length:
        room = max_length - 1 - digits
        if room < 1:
            width = max(min(max_length, digits), low, 1)
            return "{n % " + str(10**width) + ":0" + str(width) + "d}"
        stem = stem[:room].rstrip() or stem[:room]
    return stem.replace("{", "{{").replace("}", "}}") + " {n}"


def _fstring(body: str) -> str:
    return 'f"' + body.replace('"', '\\"') + '"'


def _bounds(column: ColumnPlan) -> tuple[float | None, float | None]:
    low = float(column.minimum) if isinstance(column.minimum, int | float) else None
    high = float(column.maximum) if isinstance(column.maximum, int | float) else None
    return low, high


def _date_bound(value: object, *, with_time: bool) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if with_time else dt.datetime.combine(parsed.date(), dt.time())


def _date_source(column: ColumnPlan) -> str:
    with_time = column.type == "datetime"
    low = _date_bound(column.minimum, with_time=with_time)
    high = _date_bound(column.maximum, with_time=with_time)
    start = low or (high - dt.timedelta(days=365) if high else dt.datetime(2024, 1, 1))
    if with_time and low is None:
        start = start.replace(hour=9, minute=30)
    elif with_time:
        start = start + dt.timedelta(hours=1)
    span = 365
    if high is not None:
        span = max(1, min(span, (high - start).days))
    if with_time:
        base = (
            f"dt.datetime({start.year}, {start.month}, {start.day}, {start.hour}, {start.minute})"
        )
        return f"({base} + dt.timedelta(days=n % {span})).isoformat()"
    base = f"dt.date({start.year}, {start.month}, {start.day})"
    return f"({base} + dt.timedelta(days=n % {span})).isoformat()"


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def _integer_source(column: ColumnPlan) -> str:
    low, high = _bounds(column)
    if low is not None:
        start = math.ceil(low)
    elif high is not None and high < 1:
        start = math.floor(high) - 999
    else:
        start = 1
    if high is not None:
        span = max(1, math.floor(high) - start + 1)
        return f"{start} + n % {span}" if start else f"n % {span}"
    if column.unique:
        return f"{start} + n" if start else "n"
    return f"{start} + n % 1000" if start else "n % 1000"


def _decimal_source(column: ColumnPlan) -> str:
    low, high = _bounds(column)
    if low is not None:
        start = math.ceil(low)
    elif high is not None and high < 11:
        start = math.floor(high) - 1000
    else:
        start = 10
    if high is not None and math.floor(high) - start < 1:
        return _number_text(low if low is not None else high)
    span = 1000 if high is None else math.floor(high) - start
    return f"{start} + n % {span} + 0.5"


def sample_source(entity: EntityPlan, column: ColumnPlan) -> str:
    """A Python expression over ``n`` giving a valid JSON value for ``column``.

    It may use ``dt`` (the datetime module), ``pattern_sample(key, n)`` for pattern fields and
    ``option(key, n)`` for enum fields (``key`` is ``"<entity>.<field>"``, see
    :func:`pattern_tables` and :func:`option_tables`).
    """
    kind = column.type
    if kind in ("text", "long_text") and column.pattern:
        return f'pattern_sample("{entity.name}.{column.name}", n)'
    if kind in ("text", "long_text"):
        stem = _text_stem(entity, column)
        if kind == "long_text":
            stem = f"{stem} for {humanize(entity.name).lower()}"
        return _fstring(_fit_text(stem, column.min_length, column.max_length))
    if kind == "email":
        # Room for a six-digit n within the column's length.
        room = (column.max_length or 320) - len(".123456@example.com")
        if room < 1:
            return _fstring("u{n}@x.io")
        return _fstring(entity.name.replace("_", ".")[: min(room, 24)] + ".{n}@example.com")
    if kind == "url":
        room = (column.max_length or 2048) - len("https://example.com//123456")
        if room < 1:
            return _fstring("https://x.io/{n}")
        return _fstring(f"https://example.com/{entity.name[: min(room, 32)]}/{{n}}")
    if kind == "integer":
        return _integer_source(column)
    if kind == "decimal":
        return _decimal_source(column)
    if kind == "boolean":
        return "n % 2 == 0"
    if kind in ("date", "datetime"):
        return _date_source(column)
    if kind == "enum":
        return f'option("{entity.name}.{column.name}", n)'
    if kind == "multi_enum":
        return f'[option("{entity.name}.{column.name}", n)]'
    if kind == "json":
        return '{"note": f"sample {n}", "n": n}'
    raise ValueError(f"no sample for {kind} fields (references are created, not sampled)")


def pattern_tables(entities: tuple[EntityPlan, ...]) -> dict[str, tuple[str, ...]]:
    """Precomputed samples per ``"<entity>.<field>"`` with a pattern (more for unique ones)."""
    tables: dict[str, tuple[str, ...]] = {}
    for entity in entities:
        for column in entity.editable_columns:
            if column.type in ("text", "long_text") and column.pattern:
                count = UNIQUE_PATTERN_SAMPLES if column.unique else PATTERN_SAMPLES
                samples = pattern_samples(
                    column.pattern,
                    count,
                    min_length=column.min_length,
                    max_length=column.max_length,
                )
                tables[f"{entity.name}.{column.name}"] = tuple(samples)
    return tables


def option_tables(entities: tuple[EntityPlan, ...]) -> dict[str, tuple[str, ...]]:
    """The options of every enum and multi_enum field, by ``"<entity>.<field>"``."""
    return {
        f"{entity.name}.{column.name}": column.options
        for entity in entities
        for column in entity.editable_columns
        if column.type in ("enum", "multi_enum")
    }


@dataclass(frozen=True)
class InvalidCase:
    """A value the API must refuse with a 422 naming ``field``."""

    field: str
    kind: str
    """Short id: ``missing``, ``type``, ``min``, ``max``, ``min_length``, ``max_length``..."""
    value: Any
    """JSON value to send; ignored for ``missing``."""


_WRONG_TYPE: dict[str, Any] = {
    "text": 12345,
    "long_text": 12345,
    "integer": "not a number",
    "decimal": "not a number",
    "boolean": "maybe",
    "date": "not-a-date",
    "datetime": "not-a-datetime",
    "email": "not-an-email",
    "url": "not a url",
    "enum": "not-an-option",
    "multi_enum": ["not-an-option"],
}


def _non_matching(pattern: str) -> str | None:
    compiled = re.compile(pattern)
    for candidate in ("!", "not matching ~", "0", "a", "A", "~~~", " "):
        if compiled.fullmatch(candidate) is None:
            return candidate
    return None


def _shifted_date(value: object, days: int, *, with_time: bool) -> str | None:
    bound = _date_bound(value, with_time=with_time)
    if bound is None:
        return None
    shifted = bound + dt.timedelta(days=days)
    return shifted.isoformat() if with_time else shifted.date().isoformat()


def invalid_cases(column: ColumnPlan) -> list[InvalidCase]:
    """Every kind of invalid value for a create request on ``column``."""
    if column.is_state:
        return []
    name = column.name
    cases: list[InvalidCase] = []
    if column.required and column.default is None:
        cases.append(InvalidCase(name, "missing", None))
    if column.type == "reference":
        cases.append(InvalidCase(name, "type", "not an id"))
        cases.append(InvalidCase(name, "unknown", INT32_MAX - 1))
        return cases
    if column.type in _WRONG_TYPE:
        cases.append(InvalidCase(name, "type", _WRONG_TYPE[column.type]))
    low, high = _bounds(column)
    if column.type == "integer":
        if low is not None and low - 1 >= INT32_MIN:
            cases.append(InvalidCase(name, "min", math.ceil(low) - 1))
        if high is not None and high + 1 <= INT32_MAX:
            cases.append(InvalidCase(name, "max", math.floor(high) + 1))
        if low is None:
            cases.append(InvalidCase(name, "int32", INT32_MIN - 1))
    if column.type == "decimal":
        if low is not None:
            cases.append(InvalidCase(name, "min", low - 1))
        if high is not None:
            cases.append(InvalidCase(name, "max", high + 1))
    if column.type in ("date", "datetime"):
        with_time = column.type == "datetime"
        before = _shifted_date(column.minimum, -1, with_time=with_time)
        after = _shifted_date(column.maximum, 1, with_time=with_time)
        if before:
            cases.append(InvalidCase(name, "min", before))
        if after:
            cases.append(InvalidCase(name, "max", after))
    if column.is_text_like:
        if column.min_length and column.min_length > 0:
            cases.append(InvalidCase(name, "min_length", "x" * (column.min_length - 1)))
        if column.max_length is not None:
            cases.append(InvalidCase(name, "max_length", "x" * (column.max_length + 1)))
        if column.pattern:
            bad = _non_matching(column.pattern)
            if bad is not None:
                cases.append(InvalidCase(name, "pattern", bad))
    return cases
