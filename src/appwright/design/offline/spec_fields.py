"""The fields of the AppSpec's entities, made from the drafts the readers leave: names in
snake case, options kept only when there are two or more, bounds as validation, a name, email
and phone for people nothing else was said of, and the title field marked.
"""

from __future__ import annotations

from typing import Any

from appwright.design.offline.draft import EntityDraft, FieldDraft, ModelDraft
from appwright.design.offline.entities import MESSAGE_NOUNS
from appwright.design.offline.pages import TITLE_FIELDS
from appwright.spec.names import to_snake

PERSON_FIELDS = (("name", "text"), ("email", "email"), ("phone", "text"))
MESSAGE_FIELDS = (("body", "long_text"),)


def spec_field(draft: FieldDraft) -> dict[str, Any] | None:
    """The AppSpec field a draft makes; None when its name is nothing in snake case."""
    name = to_snake(draft.name)
    if not name:
        return None
    made: dict[str, Any] = {"name": name, "type": draft.type}
    if draft.type in ("enum", "multi_enum"):
        options = list(dict.fromkeys(o for o in (to_snake(x) for x in draft.options or []) if o))
        if len(options) < 2:
            made["type"] = "text"
        else:
            made["options"] = options
    if draft.type in ("integer", "decimal") and (
        draft.minimum is not None or draft.maximum is not None
    ):
        made["validation"] = {
            key: _number(value, draft.type)
            for key, value in (("min", draft.minimum), ("max", draft.maximum))
            if value is not None
        }
    if draft.examples:
        made["description"] = "For example " + ", ".join(draft.examples)
    return made


def _number(value: float, kind: str) -> int | float:
    return int(value) if kind == "integer" or float(value).is_integer() else value


def default_fields(draft: EntityDraft, model: ModelDraft) -> list[dict[str, Any]]:
    """The fields of a record nothing was said of: a person's name, email and phone, a
    message's body, or else a name."""
    if draft.name in model.actors:
        chosen: tuple[tuple[str, str], ...] = PERSON_FIELDS
    elif draft.name.split("_")[-1] in MESSAGE_NOUNS:
        chosen = MESSAGE_FIELDS
    else:
        chosen = (("name", "text"),)
    return [{"name": n, "type": t} for n, t in chosen]


def mark_title(fields: list[dict[str, Any]]) -> None:
    """The first text field named like a title is required and searchable."""
    for f in fields:
        if f["name"] in TITLE_FIELDS and f["type"] == "text":
            f["required"] = True
            f["searchable"] = True
            return


def unique_fields(fields: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The fields, each name once (the first kept)."""
    seen: set[str] = set()
    kept = []
    for f in fields:
        if f["name"] not in seen:
            seen.add(f["name"])
            kept.append(f)
    return kept
