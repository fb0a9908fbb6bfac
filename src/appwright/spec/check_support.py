"""What every spec check uses: the groups of field types, the columns every entity has,
duplicate names, and the hint that follows an unknown name.

Example: ``name_hint("tittle", ["title", "body"])`` is ``'; did you mean "title"?'``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from appwright.spec.errors import SpecIssue
from appwright.spec.models import AppSpec, Entity, FieldSpec
from appwright.spec.paths import PathIndex

IMPLICIT_TYPES = {"id": "integer", "created_at": "datetime", "updated_at": "datetime"}
"""Columns every entity has, usable in reports and components like spec fields."""


NUMERIC = ("integer", "decimal")
TEMPORAL = ("date", "datetime")
TEXTUAL = ("text", "long_text", "email", "url")
ENUMS = ("enum", "multi_enum")


def duplicates(names: Iterable[str]) -> set[str]:
    """The names listed more than once."""
    return {name for name, count in Counter(names).items() if count > 1}


def name_hint(name: str, names: list[str]) -> str:
    """What follows "does not exist": the closest known name, or the known names."""
    import difflib

    close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
    if close:
        return f'; did you mean "{close[0]}"?'
    if names:
        shown = ", ".join(names[:12]) + (", ..." if len(names) > 12 else "")
        return f" (known: {shown})"
    return ""


def missing_entity_issue(
    spec: AppSpec, paths: PathIndex, where: str, name: str, what: str
) -> list[SpecIssue]:
    """The problem of ``what`` naming an entity the spec does not have, if it does."""
    if spec.entity(name) is not None or name in paths.unparsed_entities:
        return []  # an entity that failed to parse was reported where it is written
    names = [e.name for e in spec.entities]
    return [
        SpecIssue(
            where, f"{what} names entity {name}, which does not exist{name_hint(name, names)}"
        )
    ]


def field_or_implicit(entity: Entity, name: str) -> FieldSpec | None:
    """A field of the entity, or one of the columns every entity has (``created_at``...)."""
    field = entity.field(name)
    if field is None and name in IMPLICIT_TYPES:
        return FieldSpec(name=name, type=IMPLICIT_TYPES[name])
    return field
