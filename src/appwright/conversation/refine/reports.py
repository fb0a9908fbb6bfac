"""Refining reports: ``show revenue per month as a chart``, ``remove the pipeline_value report``.

A report request is read as the offline designer reads one (``read_reports``): *revenue* is the
money field that best matches, on the entity that has a date to bucket by. The new report is
shown as a chart on the dashboard page.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from appwright.conversation.refine.draft import (
    JsonDict,
    NotUnderstoodError,
    SpecDraft,
    and_list,
)
from appwright.conversation.refine.forms import NAME, Form, form
from appwright.conversation.refine.pagework import (
    add_chart,
    add_dashboard,
    dashboard,
    remove_components,
)
from appwright.design.offline.report_requests import is_report_request
from appwright.design.offline.report_specs import build_reports
from appwright.design.offline.reports import read_reports
from appwright.spec import AppSpec
from appwright.spec.names import to_snake


def remove_reports(draft: SpecDraft, doomed: Callable[[JsonDict], bool]) -> None:
    gone = {str(r["name"]) for r in draft.reports if doomed(r)}
    if not gone:
        return
    draft.reports[:] = [r for r in draft.reports if r["name"] not in gone]
    remove_components(draft, lambda node: node.get("report") in gone)


def _spec_for_reading(draft: SpecDraft) -> AppSpec:
    return AppSpec.model_validate({**draft.data, "pages": []})


@form(
    "a report or chart",
    "reports",
    r"(?P<request>(?:show|add|chart|plot|graph|report|display|i\s+want\s+to\s+see|let\s+me\s+see|"
    r"give\s+me)\b.*\b(?:per|by|each|over|chart|graph|report|total|average|number\s+of|how\s+many)\b.*)",
    "show revenue per month as a chart",
)
def _report(match: re.Match[str], draft: SpecDraft) -> None:
    request = match.group("request")
    if not is_report_request(request) and not re.match(r"(?:chart|plot|graph|report)\b", request):
        request = f"show {request}"
    spec = _spec_for_reading(draft)
    reading = read_reports(request, spec)
    if not reading.reports:
        raise NotUnderstoodError(
            f'I could not tell what to count or add up in "{request}": name a number field and'
            ' a period or a grouping, for example "show total amount per month as a chart"'
        )
    from appwright.conversation.refine.entities import link_entities

    for found in reading.reports:
        for grouped in found.new_links:
            # "show lessons per student" when lessons name no student yet: the grouping
            # needs each lesson to point at its student
            link_entities(draft, found.entity, grouped, "many_to_one")
    names = {str(r["name"]) for r in draft.reports}
    for report in build_reports(reading, spec):
        made = report.model_dump(mode="json", by_alias=True)
        same = next(
            (
                r
                for r in draft.reports
                if {**r, "name": "", "title": ""} == {**made, "name": "", "title": ""}
            ),
            None,
        )
        if same is not None:
            draft.notes.append(f"report {same['name']} already shows that")
            continue
        base, counter = str(made["name"]), 2
        while made["name"] in names:
            made["name"] = f"{base[:44]}_{counter}"
            counter += 1
        names.add(str(made["name"]))
        draft.reports.append(made)
        add_chart(draft, made)


@form(
    "remove a report",
    "reports",
    rf"(?:remove|delete|drop|hide)\s+(?:the\s+)?(?:(?:report|chart)\s+(?P<name>{NAME})|"
    rf"(?P<name2>{NAME})\s+(?:report|chart))",
    "remove the pipeline value report",
)
def _remove_report(match: re.Match[str], draft: SpecDraft) -> None:
    name = to_snake(match.group("name") or match.group("name2"))
    known = [str(r["name"]) for r in draft.reports]
    matching = [n for n in known if n == name] or [n for n in known if name in n]
    if len(matching) != 1:
        question = "which report" if matching else "there is no such report; the reports are"
        raise NotUnderstoodError(f"{question}: {and_list(matching or known)}?")
    remove_reports(draft, lambda report: report["name"] == matching[0])


@form(
    "add a dashboard",
    "pages",
    r"(?:add|create|make|i\s+(?:want|need)|we\s+need|give\s+me)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:new\s+)?(?:dashboard|overview|home\s+page)(?:\s+page)?",
    "add a dashboard",
)
def _add_dashboard(match: re.Match[str], draft: SpecDraft) -> None:
    del match
    if draft.pages_derived or dashboard(draft, named=True) is not None:
        draft.notes.append("there already is a dashboard page")
        return
    add_dashboard(draft)


FORMS: tuple[Form, ...] = (_add_dashboard, _remove_report, _report)
