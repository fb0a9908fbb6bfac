"""``load_spec``: parse, normalize and check a spec; every problem at once, or a usable AppSpec."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from appwright.spec.checks import check_spec
from appwright.spec.errors import SpecIssue, SpecValidationError
from appwright.spec.models import AppSpec
from appwright.spec.normalize import normalize
from appwright.spec.parse import parse_spec, read_spec_data
from appwright.spec.paths import PathIndex


def validate_spec(
    source: Mapping[str, Any] | AppSpec | str | Path,
) -> tuple[AppSpec | None, list[SpecIssue]]:
    """The normalized spec (None when it has problems) and the problems, in document order."""
    if isinstance(source, AppSpec):
        source = source.to_json_dict()
    data, issues = read_spec_data(source)
    if issues:
        return None, issues
    parsed = parse_spec(data)
    spec, issues = parsed.spec, parsed.issues
    if spec is None:
        return None, issues
    paths = PathIndex(spec, parsed.positions, parsed.unparsed_entities)
    normalized, normalize_issues = normalize(spec, paths)
    issues = issues + normalize_issues + check_spec(normalized, paths)
    if issues:
        return None, _ordered(issues)
    return normalized, []


def load_spec(source: Mapping[str, Any] | AppSpec | str | Path) -> AppSpec:
    """A normalized, checked AppSpec; raises ``SpecValidationError`` listing every problem.

    ``source`` is a mapping of the JSON shape, an AppSpec, a JSON text, or a path to a JSON file.
    """
    spec, issues = validate_spec(source)
    if spec is None:
        raise SpecValidationError(issues)
    return spec


def _ordered(issues: list[SpecIssue]) -> list[SpecIssue]:
    unique = list(dict.fromkeys(issues))
    return sorted(unique, key=lambda issue: _path_key(issue.path))


def _path_key(path: str) -> list[tuple[int, int | str]]:
    key: list[tuple[int, int | str]] = []
    for part in path.replace("]", "").replace("[", ".").split("."):
        key.append((0, int(part)) if part.isdigit() else (1, part))
    return key
