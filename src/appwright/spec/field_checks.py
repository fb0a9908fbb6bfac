"""Checks of one field of an entity: its options, flags, reference target, validation rules
and default.

Example: an ``enum`` field with no options ("list its options"), or a default outside its min/max.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from appwright.spec.check_support import ENUMS, NUMERIC, TEMPORAL, TEXTUAL, duplicates, name_hint
from appwright.spec.errors import SpecIssue
from appwright.spec.models import AppSpec, Entity, FieldSpec
from appwright.spec.names import with_article
from appwright.spec.paths import PathIndex


def check_field(
    spec: AppSpec, entity: Entity, field: FieldSpec, paths: PathIndex
) -> list[SpecIssue]:
    where = paths.field(entity.name, field.name)
    label = f"{entity.name}.{field.name}"
    issues: list[SpecIssue] = []
    if field.type in ENUMS:
        if not field.options:
            issues.append(
                SpecIssue(f"{where}.options", f"{label} is an {field.type}; list its options")
            )
        else:
            lowered = [o.lower() for o in field.options]
            if any(not o for o in field.options):
                issues.append(SpecIssue(f"{where}.options", "options cannot be empty strings"))
            for option in sorted(duplicates(lowered)):
                issues.append(SpecIssue(f"{where}.options", f'option "{option}" is listed twice'))
    elif field.options:
        issues.append(
            SpecIssue(
                f"{where}.options",
                f"options only apply to enum and multi_enum fields; {label} is {with_article(field.type)}"
                ' (make it "enum", or remove the options)',
            )
        )
    unindexable = field.type in ("json", "multi_enum")
    if (field.indexed and unindexable) or (
        field.unique and (unindexable or field.type == "boolean")
    ):
        flag = "unique" if field.unique else "indexed"
        issues.append(
            SpecIssue(
                f"{where}.{flag}",
                f"{label} is {with_article(field.type)} field, which cannot be {flag}",
            )
        )
    if field.type == "reference":
        target = field.references.entity if field.references else None
        missing = target is None or spec.entity(target) is None
        if missing and target not in paths.unparsed_entities:
            issues.append(
                SpecIssue(
                    f"{where}.references",
                    f"{label} references entity {target!s}, which does not exist"
                    + name_hint(target or "", [e.name for e in spec.entities]),
                )
            )
    elif field.references is not None:
        issues.append(SpecIssue(f"{where}.references", "only reference fields have references"))
    issues += _check_validation(field, where, label)
    issues += _check_default(field, where, label)
    return issues


def _check_validation(field: FieldSpec, where: str, label: str) -> list[SpecIssue]:
    rule = field.validation
    if rule is None:
        return []
    issues: list[SpecIssue] = []
    where = f"{where}.validation"
    if rule.min is not None or rule.max is not None:
        if field.type not in NUMERIC + TEMPORAL:
            issues.append(
                SpecIssue(
                    where,
                    f"min/max apply to numbers and dates; {label} is {with_article(field.type)}",
                )
            )
        else:
            low = _bound(field.type, rule.min)
            high = _bound(field.type, rule.max)
            for key, raw, parsed in (("min", rule.min, low), ("max", rule.max, high)):
                if raw is not None and parsed is None:
                    kind = "a number" if field.type in NUMERIC else "an ISO date"
                    issues.append(SpecIssue(f"{where}.{key}", f"{raw!r} is not {kind}"))
            if low is not None and high is not None and low > high:
                issues.append(
                    SpecIssue(where, f"min ({rule.min}) is greater than max ({rule.max})")
                )
    text_rules = (rule.min_length, rule.max_length, rule.pattern)
    if any(value is not None for value in text_rules) and field.type not in TEXTUAL:
        issues.append(
            SpecIssue(
                where,
                f"min_length/max_length/pattern apply to text fields; {label} is {with_article(field.type)}",
            )
        )
    if (
        rule.min_length is not None
        and rule.max_length is not None
        and rule.min_length > rule.max_length
    ):
        issues.append(
            SpecIssue(
                where,
                f"min_length ({rule.min_length}) is greater than max_length ({rule.max_length})",
            )
        )
    if rule.pattern is not None:
        try:
            re.compile(rule.pattern)
        except re.error as exc:
            issues.append(
                SpecIssue(
                    f"{where}.pattern", f"{rule.pattern!r} is not a regular expression: {exc}"
                )
            )
    return issues


def _bound(field_type: str, value: Any) -> Any:
    """A min/max as a comparable value of the field's type, or None when it is not one."""
    if value is None:
        return None
    if field_type in NUMERIC:
        if isinstance(value, bool):
            return None
        try:
            return Decimal(str(value))
        except InvalidOperation:
            return None
    try:
        text = str(value)
        if field_type == "date":
            return dt.date.fromisoformat(text)
        parsed = dt.datetime.fromisoformat(text)
        return parsed.replace(tzinfo=None)
    except ValueError:
        return None


def _check_default(field: FieldSpec, where: str, label: str) -> list[SpecIssue]:
    value = field.default
    if value is None:
        return []
    where = f"{where}.default"
    problem: str | None = None
    if field.type == "enum" and value not in (field.options or []):
        problem = f"default {value!r} is not one of the options of {label}"
    elif field.type == "multi_enum" and (
        not isinstance(value, list) or any(v not in (field.options or []) for v in value)
    ):
        problem = f"default of {label} must be a list of its options"
    elif field.type == "boolean" and not isinstance(value, bool):
        problem = f"default of {label} must be true or false"
    elif field.type in NUMERIC and (isinstance(value, bool) or _bound(field.type, value) is None):
        problem = f"default {value!r} of {label} is not a number"
    elif field.type == "integer" and isinstance(value, float) and not value.is_integer():
        problem = f"default {value!r} of {label} is not a whole number"
    elif field.type in TEMPORAL and _bound(field.type, value) is None:
        problem = f"default {value!r} of {label} is not an ISO {field.type}"
    elif field.type in TEXTUAL and not isinstance(value, str):
        problem = f"default of {label} must be text"
    elif field.type == "reference":
        problem = f"a reference field ({label}) cannot have a default"
    if problem is None and field.type in NUMERIC + TEMPORAL and field.validation:
        bound = _bound(field.type, value)
        low = _bound(field.type, field.validation.min)
        high = _bound(field.type, field.validation.max)
        if (low is not None and bound < low) or (high is not None and bound > high):
            problem = f"default {value!r} of {label} is outside its min/max"
    if problem is None and field.type in TEXTUAL and field.validation and field.validation.pattern:
        try:
            if not re.fullmatch(field.validation.pattern, str(value)):
                problem = f"default {value!r} of {label} does not match its pattern"
        except re.error:
            pass
    return [SpecIssue(where, problem)] if problem else []
