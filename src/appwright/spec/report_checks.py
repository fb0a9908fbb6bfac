"""Checks of reports: the entity, the measured field (a sum needs a number), every group_by
path and the time bucket.

Example: ``group_by: ["room.room_type"]`` must follow reference fields from the report's entity.
"""

from __future__ import annotations

from appwright.spec.check_support import (
    NUMERIC,
    TEMPORAL,
    field_or_implicit,
    missing_entity_issue,
    name_hint,
)
from appwright.spec.errors import SpecIssue
from appwright.spec.models import AppSpec, Report
from appwright.spec.names import with_article
from appwright.spec.paths import PathIndex


def _resolve_path(spec: AppSpec, report: Report, path: str) -> str | None:
    """Follow a dotted group_by path; return a problem sentence, or None when it resolves."""
    entity = spec.entity(report.entity)
    if entity is None:
        return None
    segments = path.split(".")
    for position, segment in enumerate(segments):
        last = position == len(segments) - 1
        field = field_or_implicit(entity, segment) or entity.field(f"{segment}_id")
        if field is not None and field.type != "reference":
            if last:
                return None
            return f"{entity.name}.{segment} is not a reference, so the path cannot go on past it"
        target: str | None = None
        if field is not None and field.references is not None:
            target = field.references.entity
        else:
            refs = [
                f.references.entity
                for f in entity.fields
                if f.type == "reference" and f.references and f.references.entity == segment
            ]
            target = refs[0] if refs else None
        if target is None:
            names = [f.name for f in entity.fields]
            return (
                f'"{segment}" in "{path}" is neither a field of {entity.name} nor an entity it'
                f" references{name_hint(segment, names)}"
            )
        next_entity = spec.entity(target)
        if next_entity is None:
            return None  # the dangling reference is reported on the field
        entity = next_entity
    return None


def check_reports(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    for index, report in enumerate(spec.reports):
        where = paths.item("reports", index)
        issues += missing_entity_issue(spec, paths, f"{where}.entity", report.entity, "the report")
        entity = spec.entity(report.entity)
        if entity is None:
            continue
        measure = report.measure
        if measure.field is not None:
            field = field_or_implicit(entity, measure.field)
            if field is None:
                issues.append(
                    SpecIssue(
                        f"{where}.measure.field",
                        f"{entity.name} has no field {measure.field}"
                        + name_hint(measure.field, [f.name for f in entity.fields]),
                    )
                )
            elif measure.agg in ("sum", "avg") and field.type not in NUMERIC:
                issues.append(
                    SpecIssue(
                        f"{where}.measure",
                        f"{measure.agg} needs a number; {entity.name}.{field.name} is {with_article(field.type)}",
                    )
                )
            elif measure.agg in ("min", "max") and field.type not in NUMERIC + TEMPORAL:
                issues.append(
                    SpecIssue(
                        f"{where}.measure",
                        f"{measure.agg} needs a number or a date; {entity.name}.{field.name} is a"
                        f" {field.type}",
                    )
                )
        elif measure.agg != "count":
            issues.append(
                SpecIssue(f"{where}.measure.field", f"{measure.agg} needs a field to aggregate")
            )
        for g_index, path in enumerate(report.group_by):
            problem = _resolve_path(spec, report, path)
            if problem:
                issues.append(SpecIssue(f"{where}.group_by[{g_index}]", problem))
        if report.time_bucket is not None:
            field = field_or_implicit(entity, report.time_bucket.field)
            if field is None or field.type not in TEMPORAL:
                kind = "missing" if field is None else f"a {field.type}"
                issues.append(
                    SpecIssue(
                        f"{where}.time_bucket.field",
                        f"time buckets need a date or datetime field; {entity.name}."
                        f"{report.time_bucket.field} is {kind}",
                    )
                )
    return issues
