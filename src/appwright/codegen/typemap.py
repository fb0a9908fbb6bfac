"""Field type → database column type, as a SQLAlchemy object (for the migrations) and as the
source text of the same type (for models.py), so the two always agree."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from appwright.codegen.plan import ColumnPlan

DECIMAL_PRECISION = 18
DECIMAL_SCALE = 4
ENUM_LENGTH = 255


def _length(column: ColumnPlan) -> int:
    if column.type == "enum":
        return ENUM_LENGTH
    length = column.max_length
    assert length is not None, f"{column.name}: a string column needs a length"
    return length


def sql_type(column: ColumnPlan) -> sa.types.TypeEngine[Any]:
    """The column type the migrations create."""
    kind = column.type
    if kind in ("text", "email", "url", "enum"):
        return sa.String(_length(column))
    if kind == "long_text":
        return sa.Text()
    if kind in ("integer", "reference"):
        return sa.Integer()
    if kind == "decimal":
        return sa.Numeric(DECIMAL_PRECISION, DECIMAL_SCALE)
    if kind == "boolean":
        return sa.Boolean()
    if kind == "date":
        return sa.Date()
    if kind == "datetime":
        return sa.DateTime()
    if kind in ("multi_enum", "json"):
        return sa.JSON()
    raise ValueError(f"unknown field type {kind!r}")


def sql_type_source(column: ColumnPlan) -> str:
    """``sql_type`` as models.py spells it (``sa.String(120)``)."""
    kind = column.type
    if kind in ("text", "email", "url", "enum"):
        return f"sa.String({_length(column)})"
    if kind == "decimal":
        return f"sa.Numeric({DECIMAL_PRECISION}, {DECIMAL_SCALE})"
    simple = {
        "long_text": "sa.Text",
        "integer": "sa.Integer",
        "reference": "sa.Integer",
        "boolean": "sa.Boolean",
        "date": "sa.Date",
        "datetime": "sa.DateTime",
        "multi_enum": "sa.JSON",
        "json": "sa.JSON",
    }
    return f"{simple[kind]}()"


PYTHON_TYPES = {
    "text": "str",
    "long_text": "str",
    "email": "str",
    "url": "str",
    "enum": "str",
    "integer": "int",
    "reference": "int",
    "decimal": "decimal.Decimal",
    "boolean": "bool",
    "date": "dt.date",
    "datetime": "dt.datetime",
    "multi_enum": "list[str]",
    "json": "Any",
}
"""The Python type of a stored value, as models.py and schemas.py spell it."""


def python_type(column: ColumnPlan) -> str:
    return PYTHON_TYPES[column.type]


def mapped_annotation(column: ColumnPlan) -> str:
    """``orm.Mapped[...]`` annotation of the column's attribute."""
    base = python_type(column)
    if base == "Any":
        return "orm.Mapped[Any]"
    return f"orm.Mapped[{base}]" if column.required else f"orm.Mapped[{base} | None]"


ON_DELETE_SQL = {"restrict": "RESTRICT", "cascade": "CASCADE", "set_null": "SET NULL"}
