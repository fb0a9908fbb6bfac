"""How each column is declared in the generated Pydantic schemas: annotation and ``Field(...)``."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from appwright.codegen.plan import ColumnPlan
from appwright.codegen.pysource import Call
from appwright.codegen.render import pyregex, pyrepr
from appwright.codegen.samples import INT32_MAX, INT32_MIN

Mode = Literal["create", "update", "read"]

_INPUT_TYPES = {
    "text": "str",
    "long_text": "str",
    "email": "EmailStr",
    "url": "HttpUrl",
    "integer": "int",
    "reference": "Int32",
    "decimal": "Number",
    "boolean": "bool",
    "date": "dt.date",
    "datetime": "NaiveDatetime",
    "json": "Any",
}
_READ_TYPES = {
    "text": "str",
    "long_text": "str",
    "email": "str",
    "url": "str",
    "enum": "str",
    "multi_enum": "list[str]",
    "integer": "int",
    "reference": "int",
    "decimal": "Number",
    "boolean": "bool",
    "date": "dt.date",
    "datetime": "dt.datetime",
    "json": "Any",
}


def _base_type(column: ColumnPlan, mode: Mode) -> str:
    if mode == "read":
        return _READ_TYPES[column.type]
    if column.type_alias:
        return f"list[{column.type_alias}]" if column.type == "multi_enum" else column.type_alias
    return _INPUT_TYPES[column.type]


def annotation(column: ColumnPlan, mode: Mode) -> str:
    base = _base_type(column, mode)
    if base == "Any":
        return base
    optional = mode == "update" or not column.required
    return f"{base} | None" if optional else base


def _temporal_literal(column: ColumnPlan, value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if column.type == "date":
        return f"dt.date({parsed.year}, {parsed.month}, {parsed.day})"
    parts = [parsed.year, parsed.month, parsed.day, parsed.hour, parsed.minute]
    if parsed.second:
        parts.append(parsed.second)
    return f"dt.datetime({', '.join(str(p) for p in parts)})"


def _number_literal(value: object, column: ColumnPlan, *, low: bool) -> str | None:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    if column.type == "integer":
        bound = INT32_MIN if low else INT32_MAX
        value = max(value, bound) if low else min(value, bound)
        if float(value).is_integer():
            return str(int(value))
    return repr(value)


def constraints(column: ColumnPlan) -> list[str]:
    """Keyword arguments of ``Field`` enforcing the column's validation."""
    args: list[str] = []
    if column.is_text_like:
        if column.min_length:
            args.append(f"min_length={column.min_length}")
        if column.max_length is not None:
            args.append(f"max_length={column.max_length}")
    if column.type == "integer":
        # Always both bounds: a spec bound replaces the INTEGER column's own limit.
        lowest = _number_literal(column.minimum, column, low=True) or str(INT32_MIN)
        highest = _number_literal(column.maximum, column, low=False) or str(INT32_MAX)
        args += [f"ge={lowest}", f"le={highest}"]
    bounds: tuple[str | None, str | None] = (None, None)
    if column.type == "decimal":
        bounds = (
            _number_literal(column.minimum, column, low=True),
            _number_literal(column.maximum, column, low=False),
        )
    if column.is_temporal:
        bounds = (
            _temporal_literal(column, column.minimum),
            _temporal_literal(column, column.maximum),
        )
    if bounds[0] is not None:
        args.append(f"ge={bounds[0]}")
    if bounds[1] is not None:
        args.append(f"le={bounds[1]}")
    return args


def field_call(column: ColumnPlan, mode: Mode) -> Call | str | None:
    """What follows ``=`` in the field declaration, or None for a bare required field."""
    args: list[str] = []
    has_default = mode == "update" or (
        mode == "create" and (not column.required or column.default is not None)
    )
    default = None if mode == "update" else column.default
    if has_default:
        args.append(f"default={pyrepr(default)}")
    if column.attr != column.name and mode == "read":
        # Read from a row by attribute first: the JSON name may be an unrelated attribute of
        # the row (``metadata`` is the SQLAlchemy MetaData of every model).
        choices = f"AliasChoices({pyrepr(column.attr)}, {pyrepr(column.name)})"
        args.append(f"validation_alias={choices}")
        args.append(f"serialization_alias={pyrepr(column.name)}")
    elif column.attr != column.name:
        args.append(f"alias={pyrepr(column.name)}")
    if mode != "read":
        args.extend(constraints(column))
    if not args:
        return None
    if len(args) == 1 and has_default:
        return pyrepr(default)
    return Call("Field", tuple(args))


def literal_alias(column: ColumnPlan) -> Call | None:
    """Right side of the module-level alias ``DealStage = Literal[...]`` (enum, pattern)."""
    if column.type in ("enum", "multi_enum"):
        return Call("Literal", tuple(pyrepr(option) for option in column.options), "[]")
    if column.pattern:
        return Call("Annotated", ("str", Call("matching", (pyregex(column.pattern),))), "[]")
    return None
