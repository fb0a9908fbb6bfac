"""Which fields a component shows: the columns its ``props.fields`` names, in order, or a default
per kind (a table's first columns, a card's facts, a kanban card's), and the fields a form
asks for; and the fields a board groups by or a calendar places by.
"""

from __future__ import annotations

from appwright.codegen.plan import ColumnPlan, EntityPlan
from appwright.spec.models import ComponentNode

TABLE_COLUMNS = 6
CARD_FACTS = 4
KANBAN_FACTS = 2
FILTER_TYPES = ("enum", "boolean", "reference")
"""Types a filter offers as a select (a column with few values)."""
BULKY_TYPES = ("long_text", "json")
"""Types too long for a table cell or a card."""


def prop_column(
    entity: EntityPlan, node: ComponentNode, prop: str, types: tuple[str, ...]
) -> ColumnPlan | None:
    """The column a component's ``prop`` names (``group_by``, ``end_field``), when its type is
    one of ``types``."""
    value = node.props.get(prop)
    column = entity.column(value) if isinstance(value, str) else None
    return column if column is not None and column.type in types else None


def _listed(entity: EntityPlan, node: ComponentNode) -> list[ColumnPlan]:
    """Columns the spec's ``props.fields`` names, in its order."""
    names = node.props.get("fields")
    if not isinstance(names, list):
        return []
    columns = [entity.column(name) for name in names if isinstance(name, str)]
    return [column for column in columns if column is not None]


def group_column(entity: EntityPlan, node: ComponentNode) -> ColumnPlan | None:
    """A kanban's columns: ``props.group_by``, else the state field, else the first enum."""
    chosen = prop_column(entity, node, "group_by", ("enum",))
    if chosen is not None:
        return chosen
    if entity.state is not None:
        return entity.state.column
    return next((c for c in entity.columns if c.type == "enum"), None)


def date_column(entity: EntityPlan, node: ComponentNode) -> ColumnPlan | None:
    chosen = prop_column(entity, node, "date_field", ("date", "datetime"))
    return chosen or next((c for c in entity.columns if c.is_temporal), None)


def shown_columns(
    entity: EntityPlan, node: ComponentNode, *, skip: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """Fields a component shows: ``props.fields``, or a default per kind."""
    listed = _listed(entity, node)
    kind = node.component
    if kind == "form":
        return _form_columns(entity, node, listed)
    if kind == "filters":
        return tuple(c.name for c in listed if c.type in FILTER_TYPES)
    if listed:
        return tuple(c.name for c in listed if c.name not in skip)
    if kind == "detail":  # the title heads the view; the rest are listed
        return tuple(c.name for c in entity.columns if c is not entity.title_column)
    compact = [c for c in entity.columns if c.type not in BULKY_TYPES and c.name not in skip]
    title = entity.title_column
    if kind == "table":
        ordered = ([title] if title in compact else []) + [c for c in compact if c is not title]
        return tuple(c.name for c in ordered[:TABLE_COLUMNS])
    others = [c for c in compact if c is not title]
    others.sort(key=lambda c: not c.is_state)  # a card's state badge comes first
    limit = CARD_FACTS if kind == "cards" else KANBAN_FACTS
    return tuple(c.name for c in others[:limit])


def _form_columns(
    entity: EntityPlan, node: ComponentNode, listed: list[ColumnPlan]
) -> tuple[str, ...]:
    """Inputs of a create form: every editable field, or the spec's list plus required ones.

    A ``simple`` form asks only for required fields and the title.
    """
    editable = [c for c in entity.columns if not c.is_state]
    if listed:
        wanted = {c.name for c in listed} | {c.name for c in editable if c.required}
    elif node.variant == "simple":
        wanted = {c.name for c in editable if c.required or c is entity.title_column}
    else:
        wanted = {c.name for c in editable}
    return tuple(c.name for c in editable if c.name in wanted) or tuple(c.name for c in editable)
