"""A wizard step's structure as form values, and back.

The form is what a person sees and types: every value as entered (text, a tick, the ticked
choices), rows that may be added and removed. Reading a posted form is lossless, so a form
that does not make a valid structure is shown again exactly as typed, with its problems.
Keys the form does not show (a field's validation, a component's sizing) ride along in each
row's hidden ``_extra`` JSON, so editing a step never drops part of the design.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from appwright.spec import SpecIssue
from appwright.web.wizard.layout import Collection, Column, StepLayout, step_layout

FieldValue = str | bool | tuple[str, ...]
"""A text input's text, a checkbox's tick, or the ticked choices of a ``checks`` column."""

ROW_MARKER = "_row"
EXTRA = "_extra"


@dataclass
class Row:
    path: str
    """The row's path in the structure (``entities[0].fields[2]``); its inputs' name prefix."""
    values: dict[str, FieldValue]
    extra: str = ""
    """JSON of the item's keys the columns do not show ("" when there are none)."""
    children: dict[str, list[Row]] = field(default_factory=dict)

    def input_name(self, column: Column) -> str:
        return f"{self.path}.{column.key}"


@dataclass
class StepForm:
    layout: StepLayout
    scalars: dict[str, FieldValue]
    rows: dict[str, list[Row]]
    """The rows of each of the layout's collections, by the collection's key."""

    @property
    def step_id(self) -> str:
        return self.layout.step_id


# --- from a structure -------------------------------------------------------------------------


def form_from_spec(step_id: str, spec: Mapping[str, Any] | None) -> StepForm:
    """The form of ``step_id`` showing that step's sections of ``spec`` (empty without one)."""
    layout = step_layout(step_id)
    structure = {key: spec[key] for key in layout.sections if spec and key in spec}
    return form_from_structure(step_id, structure)


def form_from_structure(step_id: str, structure: Mapping[str, Any]) -> StepForm:
    layout = step_layout(step_id)
    scalars = {column.key: _shown(column, _get(structure, column.key)) for column in layout.scalars}
    rows = {
        collection.key: _rows_of(
            collection, _items(_get(structure, collection.key)), collection.key
        )
        for collection in layout.collections
    }
    return StepForm(layout, scalars, rows)


def _items(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def _rows_of(collection: Collection, items: Sequence[Mapping[str, Any]], prefix: str) -> list[Row]:
    return [_row_of(collection, item, f"{prefix}[{index}]") for index, item in enumerate(items)]


def _row_of(collection: Collection, item: Mapping[str, Any], path: str) -> Row:
    values = {column.key: _shown(column, _get(item, column.key)) for column in collection.columns}
    rest = copy.deepcopy(dict(item))
    for column in collection.columns:
        _pop(rest, column.key)
    children: dict[str, list[Row]] = {}
    for child in collection.children:
        _pop(rest, child.key)
        children[child.key] = _rows_of(child, _items(_get(item, child.key)), f"{path}.{child.key}")
    rest = compact(rest)
    extra = json.dumps(rest, sort_keys=True) if rest else ""
    return Row(path, values, extra, children)


def _shown(column: Column, value: object) -> FieldValue:
    if column.kind == "checkbox":
        return bool(value)
    if column.kind == "checks":
        ticked = value if isinstance(value, list) else []
        return tuple(choice for choice in column.choices if choice in ticked)
    if value is None:
        # A select shows a choice even for a missing value: the default, as the browser will post.
        if column.kind == "select" and "" not in column.choices:
            return column.default or column.choices[0]
        return ""
    if column.kind == "list":
        return ", ".join(str(item) for item in value) if isinstance(value, list) else str(value)
    if column.kind == "json":
        return json.dumps(compact(value), indent=2)
    return str(value)


def compact(value: Any) -> Any:
    """``value`` without the keys that only restate a default: null, [] and {}.

    ``false`` stays: it is not always the default (a boolean field's ``default``)."""
    if isinstance(value, dict):
        kept = {key: compact(item) for key, item in value.items()}
        return {key: item for key, item in kept.items() if not _restates_default(item)}
    if isinstance(value, list):
        return [compact(item) for item in value]
    return value


def _restates_default(value: object) -> bool:
    return value is None or value == [] or value == {}


# --- from a posted form -----------------------------------------------------------------------


def form_from_post(step_id: str, data: Mapping[str, Sequence[str]]) -> StepForm:
    """The form as posted (names as made by ``Row.input_name``), rows renumbered in order."""
    layout = step_layout(step_id)
    scalars = {column.key: _posted(column, data, column.key) for column in layout.scalars}
    rows = {
        collection.key: _posted_rows(collection, data, collection.key, collection.key)
        for collection in layout.collections
    }
    return StepForm(layout, scalars, rows)


def _posted_rows(
    collection: Collection, data: Mapping[str, Sequence[str]], posted: str, prefix: str
) -> list[Row]:
    marker = re.compile(re.escape(posted) + r"\[(\d+)\]\." + ROW_MARKER)
    indexes = sorted({int(m.group(1)) for name in data if (m := marker.fullmatch(name))})
    rows = []
    for position, index in enumerate(indexes):
        old, new = f"{posted}[{index}]", f"{prefix}[{position}]"
        values = {
            column.key: _posted(column, data, f"{old}.{column.key}")
            for column in collection.columns
        }
        children = {
            child.key: _posted_rows(child, data, f"{old}.{child.key}", f"{new}.{child.key}")
            for child in collection.children
        }
        rows.append(Row(new, values, _first(data, f"{old}.{EXTRA}"), children))
    return rows


def _posted(column: Column, data: Mapping[str, Sequence[str]], name: str) -> FieldValue:
    if column.kind == "checkbox":
        return name in data
    if column.kind == "checks":
        ticked = set(data.get(name, ()))
        return tuple(choice for choice in column.choices if choice in ticked)
    return _first(data, name)


def _first(data: Mapping[str, Sequence[str]], name: str) -> str:
    values = data.get(name)
    return values[0] if values else ""


# --- to a structure ---------------------------------------------------------------------------

_LEAVE_OUT = object()


def structure_from_form(form: StepForm) -> tuple[dict[str, Any], list[SpecIssue]]:
    """The step's structure the form describes, and the problems that kept parts of it out
    (text that is not JSON), at the paths of the inputs concerned."""
    problems: list[SpecIssue] = []
    structure: dict[str, Any] = {}
    for column in form.layout.scalars:
        value = _stored(column, form.scalars[column.key], column.key, problems)
        if value is not _LEAVE_OUT:
            _set(structure, column.key, value)
    for collection in form.layout.collections:
        items = [_item_of(collection, row, problems) for row in form.rows[collection.key]]
        _set(structure, collection.key, items)
    return structure, problems


def _item_of(collection: Collection, row: Row, problems: list[SpecIssue]) -> dict[str, Any]:
    item: dict[str, Any] = {}
    if row.extra.strip():
        try:
            extra = json.loads(row.extra)
        except ValueError as error:
            problems.append(SpecIssue(row.path, f"hidden settings are not JSON: {error}"))
        else:
            if isinstance(extra, dict):
                item = extra
    for column in collection.columns:
        value = _stored(column, row.values[column.key], row.input_name(column), problems)
        if value is not _LEAVE_OUT:
            _set(item, column.key, value)
    for column in collection.columns:
        if column.drops_parent and row.values[column.key] == "" and "." in column.key:
            _pop(item, column.key.rsplit(".", 1)[0])
    for child in collection.children:
        item[child.key] = [
            _item_of(child, child_row, problems) for child_row in row.children[child.key]
        ]
    return item


def _stored(column: Column, shown: FieldValue, name: str, problems: list[SpecIssue]) -> Any:
    if column.kind == "checkbox":
        return bool(shown)
    if column.kind == "checks":
        return list(shown) if isinstance(shown, tuple) else []
    text = shown.strip() if isinstance(shown, str) else ""
    if not text:
        return None if column.empty_is_null else _LEAVE_OUT
    if column.kind == "list":
        words = [word.strip() for word in text.split(",")]
        return [word for word in words if word]
    if column.kind == "json":
        try:
            return json.loads(text)
        except ValueError as error:
            problems.append(SpecIssue(name, f"not valid JSON: {error}"))
            return _LEAVE_OUT
    return text


def apply_structure(
    spec: Mapping[str, Any] | None, step_id: str, structure: Mapping[str, Any]
) -> dict[str, Any]:
    """``spec`` with the step's sections replaced by the structure's (what it leaves out goes)."""
    updated = copy.deepcopy(dict(spec or {}))
    for key in step_layout(step_id).sections:
        if key in structure:
            updated[key] = copy.deepcopy(structure[key])
        else:
            updated.pop(key, None)
    return updated


# --- rows added and removed -------------------------------------------------------------------


def add_row(form: StepForm, collection_path: str) -> bool:
    """Append a new row to the list at ``collection_path`` (``entities[0].fields``).

    False when there is no such list (a stale button): the form is left as it was.
    """
    for path, collection, rows in row_lists(form):
        if path == collection_path:
            rows.append(_row_of(collection, collection.new_item, f"{path}[{len(rows)}]"))
            return True
    return False


def remove_row(form: StepForm, row_path: str) -> bool:
    """Remove the row at ``row_path`` and renumber the rows after it (False: no such row)."""
    for path, collection, rows in row_lists(form):
        for index, row in enumerate(rows):
            if row.path == row_path:
                del rows[index]
                _renumber(collection, rows, path)
                return True
    return False


def row_lists(form: StepForm) -> Iterator[tuple[str, Collection, list[Row]]]:
    """Every list of rows in the form, nested ones included, with its path and collection."""

    def walk(
        collection: Collection, path: str, rows: list[Row]
    ) -> Iterator[tuple[str, Collection, list[Row]]]:
        yield path, collection, rows
        for row in rows:
            for child in collection.children:
                yield from walk(child, f"{row.path}.{child.key}", row.children[child.key])

    for collection in form.layout.collections:
        yield from walk(collection, collection.key, form.rows[collection.key])


def _renumber(collection: Collection, rows: list[Row], prefix: str) -> None:
    for index, row in enumerate(rows):
        row.path = f"{prefix}[{index}]"
        for child in collection.children:
            _renumber(child, row.children[child.key], f"{row.path}.{child.key}")


# --- problems on inputs -----------------------------------------------------------------------


def problems_by_input(form: StepForm, issues: Sequence[SpecIssue]) -> dict[str, list[str]]:
    """Each problem under the input (or row) it is about: the longest input name or row path
    that the problem's path starts with. Problems about nothing in the form are left out."""
    targets = set(form.scalars)
    for _path, collection, rows in row_lists(form):
        for row in rows:
            targets.add(row.path)
            targets.update(row.input_name(column) for column in collection.columns)
    found: dict[str, list[str]] = {}
    for issue in issues:
        target = max((name for name in targets if _within(issue.path, name)), key=len, default=None)
        if target is not None:
            found.setdefault(target, []).append(issue.message)
    return found


def _within(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith((prefix + ".", prefix + "["))


# --- dotted keys ------------------------------------------------------------------------------


def _get(item: Mapping[str, Any], key: str) -> Any:
    value: Any = item
    for part in key.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def _set(item: dict[str, Any], key: str, value: Any) -> None:
    *parents, last = key.split(".")
    for part in parents:
        child = item.get(part)
        if not isinstance(child, dict):
            child = item[part] = {}
        item = child
    item[last] = value


def _pop(item: dict[str, Any], key: str) -> None:
    *parents, last = key.split(".")
    for part in parents:
        child = item.get(part)
        if not isinstance(child, dict):
            return
        item = child
    item.pop(last, None)
