"""Structural parsing: JSON data → AppSpec models, collecting every shape problem with its path.

Each element of each list section is parsed on its own, so one broken entity does not hide the
problems of the others, and the cross-reference checks still run over the elements that parsed.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from appwright.spec import models
from appwright.spec.errors import SpecIssue
from appwright.spec.names import to_snake
from appwright.spec.paths import loc_to_path

SECTIONS: dict[str, type[BaseModel]] = {
    "entities": models.Entity,
    "relationships": models.Relationship,
    "state_flows": models.StateFlow,
    "pages": models.Page,
    "reports": models.Report,
    "automations": models.Automation,
    "settings": models.Setting,
}
"""The list sections of an AppSpec, parsed element by element."""

MAX_ENTITIES = 500
MAX_FIELDS_PER_ENTITY = 250


def _known_keys() -> list[str]:
    keys: set[str] = set()
    for model in vars(models).values():
        if isinstance(model, type) and issubclass(model, BaseModel):
            for name, info in model.model_fields.items():
                keys.add(info.alias or name)
    return sorted(keys)


KNOWN_KEYS = _known_keys()


def read_spec_data(source: Mapping[str, Any] | str | Path | object) -> tuple[Any, list[SpecIssue]]:
    """The JSON data of a spec given as a mapping, a JSON text, or a path to a JSON file."""
    if isinstance(source, Mapping):
        return dict(source), []
    if not isinstance(source, str | Path):
        return source, []  # parse_spec says what it is
    text: str
    if isinstance(source, Path) or not source.lstrip().startswith(("{", "[")):
        path = Path(source)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            return None, [SpecIssue("$", f"cannot read {path}: {exc.strerror or exc}")]
        except UnicodeDecodeError:
            return None, [SpecIssue("$", f"{path} is not UTF-8 text")]
    else:
        text = source
    try:
        return json.loads(text), []
    except json.JSONDecodeError as exc:
        return None, [
            SpecIssue("$", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")
        ]


def _message(error: ErrorDetails) -> str:
    kind = error["type"]
    value = error.get("input")
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        key = str(error["loc"][-1]) if error["loc"] else ""
        close = difflib.get_close_matches(key, KNOWN_KEYS, n=1, cutoff=0.75)
        hint = f'; did you mean "{close[0]}"?' if close else ""
        return f'unknown key "{key}"{hint}'
    if kind in ("literal_error", "enum"):
        expected = str(error.get("ctx", {}).get("expected", ""))
        choices = [c.strip().strip("'") for c in expected.replace(" or ", ", ").split(",")]
        close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.6)
        hint = f'; did you mean "{close[0]}"?' if close else ""
        return f'"{value}" is not one of {expected}{hint}'
    if kind == "union_tag_invalid":
        return f'{json.dumps(value)[:80]} has an unknown "type"; use "container" or "component"'
    if kind == "union_tag_not_found":
        return 'a layout node needs "type": "container" or "component"'
    message = error["msg"]
    if kind in ("name", "field_type"):
        return message
    shown = json.dumps(value, default=str)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"{message[:1].lower()}{message[1:]} (got {shown})"


def issues_from(error: ValidationError, prefix: str) -> list[SpecIssue]:
    return [SpecIssue(loc_to_path(tuple(e["loc"]), prefix), _message(e)) for e in error.errors()]


@dataclass
class ParsedSpec:
    spec: models.AppSpec | None
    """The spec made of the parts that parsed; None when not even its header did."""
    issues: list[SpecIssue]
    positions: dict[str, list[int]]
    """For each list section, the document index of each element kept in ``spec``."""
    unparsed_entities: frozenset[str] = frozenset()
    """Normalized names of entities that failed to parse, so they are not called missing."""


def parse_spec(data: Any) -> ParsedSpec:
    """Parse what can be parsed; return the spec of the valid parts and every shape problem."""
    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "nothing"
        return ParsedSpec(None, [SpecIssue("$", f"a spec is a JSON object, not {kind}")], {})
    positions: dict[str, list[int]] = {}
    unparsed: set[str] = set()
    issues: list[SpecIssue] = []
    parsed_sections: dict[str, list[dict[str, Any]]] = {}
    for section, model in SECTIONS.items():
        raw = data.get(section, [])
        if raw is None:
            raw = []
        if not isinstance(raw, list):
            issues.append(SpecIssue(section, f"must be a list, not {type(raw).__name__}"))
            raw = []
        adapter: TypeAdapter[Any] = TypeAdapter(model)
        kept: list[dict[str, Any]] = []
        positions[section] = []
        for index, item in enumerate(raw):
            try:
                parsed = adapter.validate_python(item)
            except ValidationError as exc:
                issues.extend(issues_from(exc, f"{section}[{index}]"))
                if section == "entities" and isinstance(item, dict):
                    unparsed.add(_loose_name(item.get("name")))
                continue
            kept.append(parsed.model_dump(by_alias=True, exclude_unset=True))
            positions[section].append(index)
        parsed_sections[section] = kept
    issues.extend(_limit_issues(data))

    header = {key: value for key, value in data.items() if key not in SECTIONS}
    try:
        spec = models.AppSpec.model_validate(header)
    except ValidationError as exc:
        header_issues = issues_from(exc, "")
        issues.extend(header_issues)
        bad_keys = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
        header = {k: v for k, v in header.items() if k not in bad_keys}
        header.setdefault("name", "Untitled app")
        try:
            spec = models.AppSpec.model_validate(header)
        except ValidationError:
            return ParsedSpec(None, issues, positions)
    for section, items in parsed_sections.items():
        setattr(spec, section, TypeAdapter(list[SECTIONS[section]]).validate_python(items))  # type: ignore[valid-type]
    return ParsedSpec(spec, issues, positions, frozenset(unparsed))


def _loose_name(raw: object) -> str:
    return to_snake(raw) if isinstance(raw, str) else ""


def _limit_issues(data: dict[str, Any]) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    entities = data.get("entities")
    if not entities:
        issues.append(SpecIssue("entities", "a spec needs at least one entity"))
    if isinstance(entities, list):
        if len(entities) > MAX_ENTITIES:
            issues.append(
                SpecIssue("entities", f"has {len(entities)} entities; at most {MAX_ENTITIES}")
            )
        for index, entity in enumerate(entities):
            fields = entity.get("fields") if isinstance(entity, dict) else None
            if isinstance(fields, list) and len(fields) > MAX_FIELDS_PER_ENTITY:
                issues.append(
                    SpecIssue(
                        f"entities[{index}].fields",
                        f"has {len(fields)} fields; an entity has at most {MAX_FIELDS_PER_ENTITY}"
                        " (split it into related entities)",
                    )
                )
    return issues
