"""The SQL shape of each report, as the source fragments reports.py is rendered from.

A group-by path walks many-to-one references; every distinct walk prefix becomes one aliased
outer join (``company_1``) shared by the paths that start with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from appwright.codegen.plan import AppPlan, ReportPlan


@dataclass(frozen=True)
class JoinSource:
    alias: str
    """Local variable holding ``orm.aliased(models.X)``."""
    model: str
    """``models.X``."""
    condition: str
    """Join condition source: ``models.Deal.company_id == company_1.id``."""


@dataclass(frozen=True)
class ReportSource:
    root: str
    """``models.Deal``."""
    joins: tuple[JoinSource, ...]
    groups: tuple[str, ...]
    """Group expressions in ``group_keys`` order (time bucket first)."""
    measure: str
    integer: bool
    """Whether the value is a whole number (count, or sum/min/max of an integer)."""


def report_source(plan: AppPlan, report: ReportPlan) -> ReportSource:
    root_entity = plan.entity(report.entity)
    root = f"models.{root_entity.class_name}"
    joins: list[JoinSource] = []
    aliases: dict[tuple[str, ...], str] = {}
    groups: list[str] = []
    if report.bucket is not None:
        unit = report.bucket.unit
        groups.append(f'_bucket(session, {root}.{report.bucket.column.attr}, "{unit}")')
    for group in report.groups:
        owner = root
        walked: tuple[str, ...] = ()
        for hop in group.hops:
            walked = (*walked, hop.column.name)
            if walked not in aliases:
                alias = f"{hop.target}_{len(joins) + 1}"
                aliases[walked] = alias
                joins.append(
                    JoinSource(
                        alias=alias,
                        model=f"models.{plan.entity(hop.target).class_name}",
                        condition=f"{owner}.{hop.column.attr} == {alias}.id",
                    )
                )
            owner = aliases[walked]
        groups.append(f"{owner}.{group.column.attr}")
    measure_column = report.measure
    if report.agg == "count":
        target = f"{root}.{measure_column.attr}" if measure_column else f"{root}.id"
        measure = f"sa.func.count({target})"
        integer = True
    else:
        assert measure_column is not None, f"report {report.name}: {report.agg} needs a field"
        measure = f"sa.func.{report.agg}({root}.{measure_column.attr})"
        integer = report.agg != "avg" and measure_column.type == "integer"
    return ReportSource(
        root=root, joins=tuple(joins), groups=tuple(groups), measure=measure, integer=integer
    )
