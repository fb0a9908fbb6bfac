"""Renaming an entity or a field everywhere its name is written.

An entity's name appears in reference fields, relationships, state flows, permission rules,
reports (their entity and the entity segments of group_by paths), page components and
automation triggers; its reference fields (``customer_id``) follow the new name. A field's name
appears in its flow, its relationship, reports and component props.
"""

from __future__ import annotations

import re

from appwright.conversation.refine.draft import (
    JsonDict,
    NotUnderstoodError,
    SpecDraft,
    and_list,
    walk,
)
from appwright.conversation.refine.fields import FIELD_PROPS
from appwright.conversation.refine.forms import ARTICLE, NAME, Form, form
from appwright.design.offline.draft import entity_key
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.word_forms import plural
from appwright.spec.names import humanize, identifier_problem, to_snake


def rename_entity(draft: SpecDraft, old: str, new: str) -> None:
    if new in draft.entity_names():
        raise NotUnderstoodError(f"there is already an entity {new}")
    entity = draft.entity(old)
    old_label = draft.label(old)
    entity["name"] = new
    if entity.get("display_name"):
        entity["display_name"] = humanize(new)
    for each in draft.entities:
        for field in each.get("fields") or []:
            reference = field.get("references") or {}
            if reference.get("entity") == old:
                reference["entity"] = new
    for relationship in draft.relationships:
        for end in ("from", "to"):
            if relationship.get(end) == old:
                relationship[end] = new
    for flow in draft.state_flows:
        if flow.get("entity") == old:
            flow["entity"] = new
    for rule in draft.permissions["rules"]:
        if rule.get("entity") == old:
            rule["entity"] = new
    for report in draft.reports:
        if report.get("entity") == old:
            report["entity"] = new
        report["group_by"] = [
            ".".join(new if part == old else part for part in str(path).split("."))
            for path in report.get("group_by") or []
        ]
    for automation in draft.automations:
        trigger = automation.get("trigger") or {}
        if trigger.get("entity") == old:
            trigger["entity"] = new
    for _, node in draft.components():
        if node.get("entity") == old:
            node["entity"] = new
    _retitle_pages(draft, old, new, old_label)
    _rename_reference_fields(draft, old, new)


def _rename_reference_fields(draft: SpecDraft, old: str, new: str) -> None:
    """``customer_id`` → ``client_id`` wherever a field was named after the renamed entity."""
    for each in draft.entities:
        for field in list(each.get("fields") or []):
            reference = field.get("references") or {}
            name = str(field["name"])
            free = draft.field(str(each["name"]), f"{new}_id") is None
            if reference.get("entity") == new and name == f"{old}_id" and free:
                rename_field(draft, str(each["name"]), name, f"{new}_id")
    for relationship in draft.relationships:
        if relationship.get("to") == new and relationship.get("field") == f"{old}_id":
            relationship["field"] = f"{new}_id"


def _retitle_pages(draft: SpecDraft, old: str, new: str, old_label: str) -> None:
    words = {old_label: humanize(new), plural(old_label): humanize(plural(new.replace("_", " ")))}
    names = {str(p.get("name")) for p in draft.pages}
    paths = {str(p.get("path")) for p in draft.pages}
    for page in draft.pages:
        for key in ("title",):
            if page.get(key):
                page[key] = _replace_words(str(page[key]), words)
        for node in walk(page.get("layout") or {}):
            if node.get("title"):
                node["title"] = _replace_words(str(node["title"]), words)
        for old_name, new_name in ((plural(old), plural(new)), (old, new)):
            if page.get("name") == old_name and new_name not in names:
                page["name"] = new_name
            path = "/" + old_name.replace("_", "-")
            new_path = "/" + new_name.replace("_", "-")
            if page.get("path") == path and new_path not in paths:
                page["path"] = new_path


def _replace_words(text: str, replacements: dict[str, str]) -> str:
    for before, after in sorted(replacements.items(), key=lambda item: -len(item[0])):
        pattern = re.compile(rf"\b{re.escape(before)}\b", re.IGNORECASE)

        def cased(match: re.Match[str], after: str = after) -> str:
            found = match.group(0)
            return after[:1].upper() + after[1:] if found[:1].isupper() else after.lower()

        text = pattern.sub(cased, text)
    return text


def rename_field(draft: SpecDraft, entity: str, old: str, new: str) -> None:
    if draft.field(entity, new) is not None:
        raise NotUnderstoodError(f"{entity} already has a field {new}")
    field = draft.field(entity, old)
    assert field is not None
    field["name"] = new
    if field.get("display_name"):
        field["display_name"] = humanize(new)
    for flow in draft.state_flows:
        if (flow.get("entity"), flow.get("field")) == (entity, old):
            flow["field"] = new
    for relationship in draft.relationships:
        if relationship.get("from") == entity and relationship.get("field") == old:
            relationship["field"] = new
    for report in draft.reports:
        _rename_in_report(report, entity, old, new)
    for _, node in draft.components():
        if node.get("entity") != entity:
            continue
        props = node.get("props") or {}
        for prop in FIELD_PROPS:
            if props.get(prop) == old:
                props[prop] = new
        if isinstance(props.get("fields"), list):
            props["fields"] = [new if f == old else f for f in props["fields"]]


def _rename_in_report(report: JsonDict, entity: str, old: str, new: str) -> None:
    own = report.get("entity") == entity
    measure = report.get("measure") or {}
    bucket = report.get("time_bucket") or {}
    if own and measure.get("field") == old:
        measure["field"] = new
    if own and bucket.get("field") == old:
        bucket["field"] = new
    paths = []
    for path in report.get("group_by") or []:
        parts = str(path).split(".")
        final_entity = parts[-2] if len(parts) >= 2 else (entity if own else None)
        if final_entity == entity and parts[-1] == old:
            parts[-1] = new
        paths.append(".".join(parts))
    report["group_by"] = paths


def _new_name(phrase: str) -> str:
    name = to_snake(strip_determiners(phrase.strip(" '\"")))
    problem = identifier_problem(name)
    if problem is not None:
        raise NotUnderstoodError(f'the new name "{phrase.strip()}" {problem}')
    return name


KINDS = r"(?:entity|field|table|column|model|attribute)"


@form(
    "rename an entity or a field",
    "entities",
    rf"(?:rename|change\s+the\s+name\s+of)\s+(?:the\s+)?(?:(?P<kind>{KINDS})\s+)?"
    rf"(?P<old>\w+\.\w+|{NAME})(?:\s+(?P<kind2>{KINDS}))?"
    rf"(?:\s+(?:on|of|in)\s+{ARTICLE}(?P<entity>{NAME}))?\s+(?:to|as|into)\s+(?:the\s+)?"
    rf"(?P<new>[\w'\- ]+?)(?:\s+(?:on|of|in)\s+{ARTICLE}(?P<entity2>{NAME}))?",
    "rename customer to client",
)
def _rename(match: re.Match[str], draft: SpecDraft) -> None:
    kind = (match.group("kind") or match.group("kind2") or "").lower()
    old = match.group("old")
    on = match.group("entity") or match.group("entity2")
    as_entity = draft.find_entity(old) if kind in ("", "entity", "table", "model") else None
    if as_entity is not None and on is None:
        rename_entity(draft, as_entity, _new_name(entity_key(match.group("new")) or "x"))
        return
    if kind in ("entity", "table", "model"):
        draft.require_entity(old)
    if on is None and not draft.entities_with_field(old) and "." not in old:
        raise NotUnderstoodError(
            f'there is no entity or field "{old}"; the entities are {and_list(draft.entity_names())}'
        )
    entity, field = draft.locate_field(old, on)
    rename_field(draft, entity, field, _new_name(match.group("new")))


FORMS: tuple[Form, ...] = (_rename,)
