"""Strategies that draw an entity's fields: every scalar type with random flags, and
validations and defaults that agree with each other.

Example: a ``decimal`` field with ``min: 0``, ``max: 100`` and a default of ``42.5``.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from support.spec_pools import (
    DATES,
    DATETIMES,
    DISPLAY_NAMES,
    FIELD_NAMES,
    INDEXABLE,
    JSON,
    OPTION_WORDS,
    SCALAR_TYPES,
    TEMPORAL,
    TEXTUAL,
    UNIQUE_ABLE,
    EntityDraft,
)

SAFE_PATTERNS: dict[str, str] = {
    r"^[A-Z]{2}[0-9]{3}$": "AB123",
    r"^[a-z]+(-[a-z]+)*$": "hello-world",
    r"^\+?[0-9 ]{7,15}$": "+49 301234567",
    r"^[A-Z0-9]{8}$": "AB12CD34",
    r"^(LOW|MID|HIGH)-[0-9]{2}$": "MID-07",
}
"""Regular expressions a field may be validated with, each with a value that matches it."""


@st.composite
def entity_specs(draw: st.DrawFn, draft: EntityDraft, entity_names: set[str]) -> JSON:
    # A field named like an entity would make group_by paths ambiguous ("user" vs user_id).
    pool = [n for n in FIELD_NAMES if n not in entity_names]
    field_names = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=5, unique=True))
    draft.fields = [draw(_field(name)) for name in field_names]
    entity: JSON = {"name": draft.name, "fields": draft.fields}
    if draw(st.booleans()):
        entity["display_name"] = draw(st.sampled_from(DISPLAY_NAMES))
    if draw(st.integers(0, 3)) == 0:
        entity["description"] = "Records of " + draft.name
    return entity


@st.composite
def _field(draw: st.DrawFn, name: str) -> JSON:
    field_type = draw(st.sampled_from(SCALAR_TYPES))
    unique = field_type in UNIQUE_ABLE and draw(st.integers(0, 4)) == 0
    spec: JSON = {
        "name": name,
        "type": field_type,
        "required": draw(st.booleans()),
        "unique": unique,
        "indexed": field_type in INDEXABLE and draw(st.integers(0, 3)) == 0,
        "searchable": field_type in (*TEXTUAL, "enum") and draw(st.booleans()),
    }
    if draw(st.integers(0, 3)) == 0:
        spec["display_name"] = draw(st.sampled_from(DISPLAY_NAMES))
    if field_type in ("enum", "multi_enum"):
        spec["options"] = draw(
            st.lists(st.sampled_from(OPTION_WORDS), min_size=2, max_size=5, unique_by=str.lower)
        )
    validation, default = draw(_validation_and_default(field_type, spec.get("options"), unique))
    if validation:
        spec["validation"] = validation
    if default is not None:
        spec["default"] = default
    return spec


@st.composite
def _validation_and_default(
    draw: st.DrawFn, field_type: str, options: list[str] | None, unique: bool
) -> tuple[JSON, Any]:
    """A validation consistent with the type (min <= max...) and a default that satisfies it."""
    wants_default = not unique and draw(st.integers(0, 2)) == 0
    if field_type in ("text", "long_text"):
        return draw(_text_rules(field_type, unique, wants_default))
    if field_type in ("email", "url"):
        limit = draw(st.sampled_from((None, 120, 255)))
        return ({"max_length": limit} if limit else {}), None
    if field_type == "integer":
        return draw(
            _number_rules(st.integers(-50, 50), (0, 1, 10, 1000, 100000), unique, wants_default)
        )
    if field_type == "decimal":
        lows = st.sampled_from((0, 0.5, -10.25, 1, 99.99))
        return draw(_number_rules(lows, (0, 0.01, 10.5, 1000, 1000000), unique, wants_default))
    if field_type in TEMPORAL:
        values = DATES if field_type == "date" else DATETIMES
        low_index = draw(st.integers(0, len(values) - 2))
        low, high = values[low_index], values[draw(st.integers(low_index + 1, len(values) - 1))]
        validation = draw(
            st.sampled_from(({}, {"min": low}, {"max": high}, {"min": low, "max": high}))
        )
        in_range = [
            v
            for v in values
            if ("min" not in validation or v >= validation["min"])
            and ("max" not in validation or v <= validation["max"])
        ]
        default = draw(st.sampled_from(in_range)) if wants_default else None
        return validation, default
    if field_type == "boolean":
        return {}, (draw(st.booleans()) if wants_default else None)
    if field_type == "enum" and options:
        return {}, (draw(st.sampled_from(options)) if wants_default else None)
    if field_type == "multi_enum" and options:
        chosen = draw(st.lists(st.sampled_from(options), max_size=2, unique=True))
        return {}, (chosen if wants_default else None)
    if field_type == "json" and wants_default:
        return {}, draw(st.sampled_from(({}, {"tags": ["a", "b"], "n": 1})))
    return {}, None


@st.composite
def _text_rules(
    draw: st.DrawFn, field_type: str, unique: bool, wants_default: bool
) -> tuple[JSON, Any]:
    kind = draw(
        st.sampled_from(
            ("none", "length", "pattern") if field_type == "text" else ("none", "length")
        )
    )
    if kind == "pattern":
        pattern = draw(st.sampled_from(sorted(SAFE_PATTERNS)))
        return {"pattern": pattern}, (SAFE_PATTERNS[pattern] if wants_default else None)
    if kind == "none":
        return {}, (draw(st.sampled_from(("n/a", "Ünïcødé 客户", ""))) if wants_default else None)
    longest = draw(st.sampled_from((20, 80, 255) if unique else (1, 2, 5, 20, 80, 255)))
    shortest = draw(st.integers(0, min(3, longest)))
    validation: JSON = {"max_length": longest}
    if shortest or draw(st.booleans()):
        validation["min_length"] = shortest
    fitting = [d for d in ("x", "n/a", "Ünïcødé 客户") if shortest <= len(d) <= longest]
    default = draw(st.sampled_from(fitting)) if wants_default and fitting else None
    return validation, default


@st.composite
def _number_rules(
    draw: st.DrawFn,
    lows: st.SearchStrategy[Any],
    spans: tuple[float, ...],
    unique: bool,
    wants_default: bool,
) -> tuple[JSON, Any]:
    low = draw(lows)
    # A unique number needs room for every row a generated test suite creates.
    span = draw(st.sampled_from([s for s in spans if not unique or s >= 1000]))
    high = round(low + span, 4)
    validation = draw(st.sampled_from(({}, {"min": low}, {"max": high}, {"min": low, "max": high})))
    if not wants_default:
        return validation, None
    default = validation.get("min", validation.get("max", low))
    return validation, default
