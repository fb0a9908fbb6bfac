"""Merging a design of new words into the current spec: new names only, existing ones win.

``I also need to track invoices with a number, an amount and a due date`` is designed like a
new app; its entities, relationships, flows, rules, reports and automations whose names are not
in the spec yet are added (an entity already there keeps its own fields). Laid-out pages get a
page per new entity and a chart per new report; derived pages are derived again. Parts that
make the merged spec invalid (a report on a field the spec's entity does not have) are left
out, each said in ``dropped``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from appwright.conversation.refine.draft import JsonDict, SpecDraft
from appwright.conversation.refine.pagework import add_chart, add_entity_page
from appwright.spec import AppSpec, SpecIssue, validate_spec

MAX_ROUNDS = 5
SECTIONS_TO_DROP = ("reports", "automations", "state_flows", "relationships")


@dataclass(frozen=True)
class Merged:
    spec: AppSpec | None
    """None when even the new entities alone could not be merged (``issues`` says why)."""
    dropped: list[str] = field(default_factory=list)
    issues: list[SpecIssue] = field(default_factory=list)


def merge_design(spec: AppSpec, designed: AppSpec) -> Merged:
    draft = SpecDraft.of(spec)
    new = designed.to_json_dict()
    known = set(draft.entity_names())
    added = [e for e in new.get("entities") or [] if e["name"] not in known]
    added_names = {str(e["name"]) for e in added}
    for entity in added:
        draft.entities.append(copy.deepcopy(entity))
    names = set(draft.entity_names())
    _merge_relationships(draft, new, names, known)
    for flow in new.get("state_flows") or []:
        if flow.get("entity") in added_names:
            draft.state_flows.append(copy.deepcopy(flow))
    _merge_permissions(draft, new, added_names)
    report_names = {str(r["name"]) for r in draft.reports}
    new_reports = [
        copy.deepcopy(r)
        for r in new.get("reports") or []
        if r["name"] not in report_names and r.get("entity") in names
    ]
    draft.reports.extend(new_reports)
    automation_names = {str(a["name"]) for a in draft.automations}
    draft.automations.extend(
        copy.deepcopy(a)
        for a in new.get("automations") or []
        if a["name"] not in automation_names
        and (a.get("trigger") or {}).get("entity") in names | {None}
    )
    return _validated(draft, added, new_reports)


def _merge_relationships(draft: SpecDraft, new: JsonDict, names: set[str], known: set[str]) -> None:
    present = {(r.get("from"), r.get("to"), r.get("kind")) for r in draft.relationships}
    for relationship in new.get("relationships") or []:
        ends = (relationship.get("from"), relationship.get("to"))
        if not set(ends) <= names or set(ends) <= known:
            continue  # links between entities the spec already had are the spec's business
        if (*ends, relationship.get("kind")) in present:
            continue
        made = copy.deepcopy(relationship)
        if ends[0] in known:
            made["field"] = None  # the existing entity gets its reference field from normalization
        draft.relationships.append(made)


def _merge_permissions(draft: SpecDraft, new: JsonDict, added: set[str]) -> None:
    permissions = draft.permissions
    for rule in (new.get("permissions") or {}).get("rules") or []:
        if rule.get("entity") in added:
            permissions["rules"].append(copy.deepcopy(rule))
            if rule.get("role") not in permissions["roles"]:
                permissions["roles"].append(rule.get("role"))


def _validated(draft: SpecDraft, added: list[JsonDict], new_reports: list[JsonDict]) -> Merged:
    dropped: list[str] = []
    for _ in range(MAX_ROUNDS):
        trial = copy.deepcopy(draft)
        for entity in added:
            add_entity_page(trial, entity)
        for report in new_reports:
            if report in trial.reports:
                add_chart(trial, report)
        spec, issues = validate_spec(trial.data)
        if spec is not None:
            return Merged(spec=spec, dropped=dropped)
        if not _drop_offenders(draft, issues, dropped):
            return Merged(spec=None, dropped=dropped, issues=issues)
    return Merged(spec=None, dropped=dropped, issues=issues)


def _drop_offenders(draft: SpecDraft, issues: list[SpecIssue], dropped: list[str]) -> bool:
    """Remove the merged items an issue points at (``reports[3].group_by[0]``)."""
    doomed: dict[str, set[int]] = {}
    for issue in issues:
        head = issue.path.split(".")[0]
        for section in SECTIONS_TO_DROP:
            if head.startswith(f"{section}["):
                doomed.setdefault(section, set()).add(int(head[len(section) + 1 : head.index("]")]))
    if not doomed:
        return False
    for section, indexes in doomed.items():
        items: list[JsonDict] = draft.data.get(section) or []
        for index in sorted(indexes, reverse=True):
            if index < len(items):
                gone = items.pop(index)
                label = gone.get("name") or f"{gone.get('from') or gone.get('entity')}"
                dropped.append(f"{section[:-1].replace('_', ' ')} {label}")
    return True
