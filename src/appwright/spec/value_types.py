"""The values AppSpec models are built from: names, dotted paths, field types and the words
people use for them, and ``SpecModel``, the base of every model.

Example: the name "Room Type" becomes ``room_type``, and the field type "money" becomes ``decimal``.
"""

from __future__ import annotations

import difflib
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict
from pydantic_core import PydanticCustomError

from appwright.spec.names import identifier_problem, to_snake


def normalized_name(value: object) -> object:
    """A name as a snake_case identifier (``"Room Type"`` → ``room_type``), or an error."""
    if not isinstance(value, str):
        return value
    name = to_snake(value)
    problem = identifier_problem(name)
    if problem is not None:
        shown = value if len(value) <= 40 else value[:37] + "..."
        raise PydanticCustomError(
            "name", 'name "{raw}" {problem}', {"raw": shown, "problem": problem}
        )
    return name


Name = Annotated[str, BeforeValidator(normalized_name)]
"""Any name in a spec: normalized to a snake_case identifier of at most 48 characters."""


def _dotted(value: object) -> object:
    if not isinstance(value, str):
        return value
    parts = [normalized_name(part) for part in value.split(".")]
    return ".".join(str(part) for part in parts)


DottedPath = Annotated[str, BeforeValidator(_dotted)]
"""A field name, or a path through many-to-one references: ``reservation.room.room_type.name``."""


FieldType = Literal[
    "text", "long_text", "integer", "decimal", "boolean", "date", "datetime",
    "email", "url", "enum", "multi_enum", "json", "reference",
]  # fmt: skip


FIELD_TYPES: tuple[str, ...] = FieldType.__args__  # type: ignore[attr-defined]


FIELD_TYPE_SYNONYMS: dict[str, str] = {
    "string": "text", "str": "text", "varchar": "text", "char": "text", "name": "text",
    "phone": "text", "tel": "text", "slug": "text", "uuid": "text", "time": "text",
    "textarea": "long_text", "longtext": "long_text", "markdown": "long_text",
    "rich_text": "long_text", "html": "long_text", "note": "long_text", "notes": "long_text",
    "int": "integer", "bigint": "integer", "smallint": "integer", "count": "integer",
    "number": "decimal", "float": "decimal", "double": "decimal", "numeric": "decimal",
    "real": "decimal", "money": "decimal", "currency": "decimal", "price": "decimal",
    "percent": "decimal", "percentage": "decimal",
    "bool": "boolean", "checkbox": "boolean", "flag": "boolean", "yes_no": "boolean",
    "timestamp": "datetime", "timestamptz": "datetime", "date_time": "datetime",
    "link": "url", "uri": "url", "website": "url", "email_address": "email",
    "select": "enum", "choice": "enum", "choices": "enum", "status": "enum", "option": "enum",
    "multiselect": "multi_enum", "multi_select": "multi_enum", "tags": "multi_enum",
    "set": "multi_enum", "list": "multi_enum",
    "object": "json", "dict": "json", "map": "json",
    "fk": "reference", "foreign_key": "reference", "relation": "reference", "ref": "reference",
    "link_to": "reference", "lookup": "reference",
}  # fmt: skip
"""Words people and models use for field types, and the AppSpec type each one means."""


def field_type_suggestion(raw: str) -> str:
    """A ``did you mean`` hint for an unknown field type, or an empty string."""
    words = list(FIELD_TYPES) + list(FIELD_TYPE_SYNONYMS)
    close = difflib.get_close_matches(to_snake(raw), words, n=1, cutoff=0.6)
    if not close:
        return ""
    word = close[0]
    if word in FIELD_TYPE_SYNONYMS:
        return f'; did you mean "{word}"→"{FIELD_TYPE_SYNONYMS[word]}"?'
    return f'; did you mean "{word}"?'


def normalized_field_type(value: object) -> object:
    """A field type as an AppSpec type (``"money"`` → ``decimal``), or an error with a hint."""
    if not isinstance(value, str):
        return value
    word = to_snake(value)
    if word in FIELD_TYPES:
        return word
    if word in FIELD_TYPE_SYNONYMS:
        return FIELD_TYPE_SYNONYMS[word]
    raise PydanticCustomError(
        "field_type",
        '"{raw}" is not a field type{hint}',
        {
            "raw": value,
            "hint": field_type_suggestion(value) or f" (one of {', '.join(FIELD_TYPES)})",
        },
    )


class SpecModel(BaseModel):
    """Base of every AppSpec model: unknown keys are errors, ``from`` is accepted as written."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, str_strip_whitespace=True)
