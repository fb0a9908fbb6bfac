"""The change between two spec versions, readable: sentences, and the JSON patch's operations
with named paths (``entities[deal].fields[probability]``) and short values."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

MAX_VALUE_CHARS = 160


@dataclass(frozen=True)
class PatchOperation:
    op: str
    """add, remove, replace, move, copy or test."""
    path: str
    """Where, with list items named by their ``name`` (or ``key``) where they have one."""
    value: str | None
    """The new value as compact JSON (shortened), for add / replace / test."""
    from_path: str | None = None
    """For move / copy: where the value came from."""


@dataclass(frozen=True)
class VersionDiffView:
    from_number: int
    to_number: int
    sentences: list[str]
    operations: list[PatchOperation]

    @property
    def empty(self) -> bool:
        return not self.operations


def _unescape(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def _item_name(item: object) -> str | None:
    if isinstance(item, dict):
        for key in ("name", "key", "entity"):
            value = item.get(key)
            if isinstance(value, str) and value:
                return value
    return None


def readable_path(pointer: str, *documents: Any) -> str:
    """A JSON pointer (``/entities/2/fields/0/type``) as a dotted path, a list index shown as
    the item's name in the first document where that item exists (``entities[deal]
    .fields[amount].type``), or as the index when it has none (``states[3]``)."""
    if pointer in ("", "/"):
        return "(the whole spec)"
    segments = [_unescape(s) for s in pointer.lstrip("/").split("/")]
    nodes: list[Any] = list(documents)
    text = ""
    for segment in segments:
        is_index = segment.isdigit() or segment == "-"
        if is_index:
            name = None
            for node in nodes:
                if isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
                    name = _item_name(node[int(segment)])
                    if name:
                        break
            text += f"[{name or ('end' if segment == '-' else segment)}]"
        else:
            text += f".{segment}" if text else segment
        nodes = [_child(node, segment) for node in nodes]
    return text


def _child(node: Any, segment: str) -> Any:
    if isinstance(node, dict):
        return node.get(segment)
    if isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
        return node[int(segment)]
    return None


def short_json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def version_diff_view(
    from_number: int,
    to_number: int,
    *,
    sentences: list[str],
    patch: list[dict[str, Any]],
    before: dict[str, Any],
    after: dict[str, Any],
) -> VersionDiffView:
    """The diff from version ``from_number`` (spec ``before``) to ``to_number`` (``after``):
    removals and replacements are named against ``before``, additions against ``after``."""
    operations = []
    for operation in patch:
        op = str(operation.get("op"))
        order = (after, before) if op in ("add", "copy", "move") else (before, after)
        from_pointer = operation.get("from")
        operations.append(
            PatchOperation(
                op=op,
                path=readable_path(str(operation.get("path", "")), *order),
                value=short_json(operation["value"]) if "value" in operation else None,
                from_path=readable_path(str(from_pointer), before, after)
                if isinstance(from_pointer, str)
                else None,
            )
        )
    return VersionDiffView(
        from_number=from_number, to_number=to_number, sentences=sentences, operations=operations
    )
