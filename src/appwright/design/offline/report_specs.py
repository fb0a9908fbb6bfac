"""The reports of the spec, built from the drafts: a unique name and a plain title for each.

A draft of sum(deal.amount) by stage is ``total_amount_by_stage``, titled *Total deal amount
per stage* from the words asked for (without *as a pie chart* or *so we stay under the
limit*); a second report of the same name is ``..._2``.
"""

from __future__ import annotations

import re

from appwright.design.offline.report_drafts import ReportDraft, ReportReading
from appwright.spec.models import AppSpec, Measure, Report, TimeBucket
from appwright.spec.names import MAX_NAME_LENGTH, to_snake


def build_reports(reading: ReportReading, spec: AppSpec) -> list[Report]:
    made: list[Report] = []
    names: set[str] = set()
    for draft in reading.reports:
        name = _report_name(draft)
        base, counter = name, 2
        while name in names:
            name = f"{base[: MAX_NAME_LENGTH - 3]}_{counter}"
            counter += 1
        names.add(name)
        made.append(
            Report(
                name=name,
                title=_title(draft.text),
                entity=draft.entity,
                measure=Measure(agg=draft.agg, field=draft.measured),
                group_by=draft.group_by,
                time_bucket=TimeBucket(field=draft.bucket[0], unit=draft.bucket[1])
                if draft.bucket
                else None,
                chart=draft.chart,
            )
        )
    return made


def _report_name(draft: ReportDraft) -> str:
    what = draft.measured or draft.entity
    agg = {"count": "count", "sum": "total", "avg": "average", "min": "min", "max": "max"}[
        draft.agg
    ]
    # "total_price" added up is the total price, not a total total
    parts = [what] if what.split("_")[0] == agg else [agg, what]
    if draft.group_by:
        parts += ["by", draft.group_by[0].split(".")[-1]]
    if draft.bucket:
        parts += ["per", draft.bucket[1]]
    return to_snake("_".join(parts))[:MAX_NAME_LENGTH].strip("_")


_PURPOSE_TAIL = re.compile(r"\s+(?:so(?:\s+that)?|because|in order to|to make sure|to check)\s+.*$")
"""``... per shore per year so we stay under the limit``: why the figure is wanted."""


def _title(text: str) -> str:
    cleaned = _PURPOSE_TAIL.sub("", text.strip())
    cleaned = re.sub(r"\s+(?:as\s+(?:a|an)\s+)?(?:\w+\s+)?(?:chart|graph)$", "", cleaned)
    cleaned = re.sub(r"^(?:the|a|an)\s+", "", cleaned)
    return cleaned[:1].upper() + cleaned[1:]
