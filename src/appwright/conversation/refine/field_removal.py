"""Removing a field, and everything in the spec that needs it: its flow, its link, the reports
that measure or bucket by it, the components laid out by it (*remove the notes field*, *remove
lost reason from deal*).
"""

from __future__ import annotations

import re

from appwright.conversation.refine.draft import (
    JsonDict,
    NotUnderstoodError,
    SpecDraft,
    and_list,
)
from appwright.conversation.refine.fields import FIELD_PROPS, LAYOUT_DRIVING_PROPS
from appwright.conversation.refine.forms import ARTICLE, NAME, Form, form
from appwright.conversation.refine.pagework import remove_components
from appwright.design.offline.list_items import split_list
from appwright.design.offline.noun_phrases import strip_determiners


def remove_field(draft: SpecDraft, entity: str, name: str) -> None:
    """Remove a field and everything that needs it: its flow, its link, reports, components."""
    from appwright.conversation.refine.reports import remove_reports

    field = draft.field(entity, name)
    assert field is not None
    draft.fields(entity).remove(field)
    draft.state_flows[:] = [
        f for f in draft.state_flows if (f.get("entity"), f.get("field")) != (entity, name)
    ]
    target = (field.get("references") or {}).get("entity")
    if field.get("type") == "reference":
        draft.relationships[:] = [
            r
            for r in draft.relationships
            if not (r.get("from") == entity and r.get("field") == name)
        ]
    remove_reports(draft, lambda report: _report_uses(report, entity, name, target))
    doomed: list[int] = []
    for _, node in draft.components():
        if node.get("entity") != entity:
            continue
        props = node.get("props") or {}
        if any(props.get(p) == name for p in LAYOUT_DRIVING_PROPS):
            doomed.append(id(node))
        for prop in FIELD_PROPS:
            if props.get(prop) == name:
                del props[prop]
        if isinstance(props.get("fields"), list):
            props["fields"] = [f for f in props["fields"] if f != name]
    if doomed:
        remove_components(draft, lambda node: id(node) in doomed)


def _report_uses(report: JsonDict, entity: str, name: str, target: str | None) -> bool:
    measure = report.get("measure") or {}
    bucket = report.get("time_bucket") or {}
    if report.get("entity") == entity and name in (measure.get("field"), bucket.get("field")):
        return True
    for path in report.get("group_by") or []:
        parts = str(path).split(".")
        if report.get("entity") == entity and (parts[0] == name or parts[0] == target):
            return True
        if len(parts) >= 2 and parts[-2] == entity and parts[-1] == name:
            return True
    return False


FIELD_REMOVAL_VERBS = r"(?:remove|delete|drop|get\s+rid\s+of)"


@form(
    "remove a field (named as a field)",
    "fields",
    rf"{FIELD_REMOVAL_VERBS}\s+(?:the\s+)?(?:(?:field|column|attribute)\s+(?P<field>{NAME})|"
    rf"(?P<field2>{NAME})\s+(?:field|column|attribute))"
    rf"(?:\s+(?:from|on|of|in)\s+{ARTICLE}(?P<entity>{NAME}))?",
    "remove the notes field",
)
def _remove_field(match: re.Match[str], draft: SpecDraft) -> None:
    phrase = match.group("field") or match.group("field2")
    entity, name = draft.locate_field(phrase, match.group("entity"))
    remove_field(draft, entity, name)


@form(
    "remove fields from an entity",
    "fields",
    rf"{FIELD_REMOVAL_VERBS}\s+(?P<items>.+?)\s+from\s+{ARTICLE}(?P<entity>{NAME})",
    "remove lost reason from deal",
)
def _remove_from(match: re.Match[str], draft: SpecDraft) -> None:
    entity = draft.require_entity(match.group("entity"))
    for item in split_list(match.group("items")):
        name = draft.find_field(entity, item)
        if name is None:
            names = [str(f["name"]) for f in draft.fields(entity)]
            raise NotUnderstoodError(
                f'{entity} has no field "{strip_determiners(item)}"; its fields are {and_list(names)}'
            )
        remove_field(draft, entity, name)


FORMS: tuple[Form, ...] = (_remove_field, _remove_from)
"""Field removal forms, tried before the other field forms."""
