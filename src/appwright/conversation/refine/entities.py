"""Refining entities and the links between them: add, remove, ``each product belongs to a
supplier``, ``a project has many tasks``, ``students and courses are many-to-many``."""

from __future__ import annotations

import re

from appwright.conversation.refine.draft import (
    JsonDict,
    NotThisFormError,
    NotUnderstoodError,
    SpecDraft,
    or_list,
)
from appwright.conversation.refine.field_removal import remove_field
from appwright.conversation.refine.fields import add_fields
from appwright.conversation.refine.forms import ARTICLE, NAME, Form, form
from appwright.conversation.refine.pagework import add_entity_page, remove_components
from appwright.conversation.refine.reports import remove_reports
from appwright.design.offline.draft import entity_key
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.spec.names import identifier_problem

DEFAULT_FIELDS = ({"name": "name", "type": "text", "required": True},)
"""What an entity named with no fields starts with: something to show it by."""


def add_entity(draft: SpecDraft, phrase: str, fields_text: str | None) -> str:
    name = entity_key(phrase)
    problem = identifier_problem(name)
    if problem is not None:
        raise NotUnderstoodError(f'"{phrase.strip()}" cannot name an entity: it {problem}')
    if draft.find_entity(phrase) is not None:
        raise NotUnderstoodError(f"there is already an entity {draft.find_entity(phrase)}")
    entity: JsonDict = {"name": name, "fields": []}
    draft.entities.append(entity)
    if fields_text and fields_text.strip():
        add_fields(draft, name, fields_text)
    if not entity["fields"]:
        entity["fields"] = [dict(f) for f in DEFAULT_FIELDS]
    add_entity_page(draft, entity)
    return name


def remove_entity(draft: SpecDraft, name: str) -> None:
    """Remove an entity and everything about it: links to it, its flows, rules, reports,
    components and automations."""
    for other in draft.entity_names():
        if other == name:
            continue
        for field in list(draft.fields(other)):
            if (field.get("references") or {}).get("entity") == name:
                remove_field(draft, other, str(field["name"]))
    draft.relationships[:] = [
        r for r in draft.relationships if name not in (r.get("from"), r.get("to"))
    ]
    draft.state_flows[:] = [f for f in draft.state_flows if f.get("entity") != name]
    permissions = draft.permissions
    permissions["rules"] = [r for r in permissions["rules"] if r.get("entity") != name]
    remove_reports(
        draft,
        lambda report: (
            report.get("entity") == name
            or any(name in str(path).split(".")[:-1] for path in report.get("group_by") or [])
        ),
    )
    remove_components(draft, lambda node: node.get("entity") == name)
    draft.automations[:] = [
        a for a in draft.automations if (a.get("trigger") or {}).get("entity") != name
    ]
    draft.entities.remove(draft.entity(name))


def link_entities(draft: SpecDraft, source: str, target: str, kind: str) -> None:
    """``source`` belongs to ``target`` (many-to-one), or the two are many-to-many."""
    if source == target:
        raise NotUnderstoodError(f"{source} cannot belong to itself here")
    for relationship in draft.relationships:
        ends = (relationship.get("from"), relationship.get("to"))
        if ends == (source, target) and relationship.get("kind") == kind:
            raise NotUnderstoodError(f"{source} is already linked to {target}")
        if kind == relationship.get("kind") == "many_to_many" and ends == (target, source):
            raise NotUnderstoodError(f"{source} and {target} are already many-to-many")
    draft.relationships.append({"from": source, "to": target, "kind": kind})


def _two_entities(draft: SpecDraft, first: str, second: str) -> tuple[str, str]:
    missing = [p.strip() for p in (first, second) if draft.find_entity(p) is None]
    if missing:
        raise NotUnderstoodError(
            f'there is no entity "{strip_determiners(missing[0])}"; add it first, for example '
            f'"add an entity {entity_key(missing[0]) or "supplier"} with name and email"'
        )
    return str(draft.find_entity(first)), str(draft.find_entity(second))


ENTITY_WORD = r"(?:entity|table|model|record\s+type|kind\s+of\s+record)"
WITH = r"\s*(?:,\s*)?(?:with|having|that\s+has|that\s+have|:)\s*"


@form(
    "add an entity",
    "entities",
    rf"(?:add|create|make|new)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:{ENTITY_WORD}\s+(?:called\s+|named\s+)?"
    rf"(?P<name>{NAME})|(?P<name2>{NAME})\s+{ENTITY_WORD})(?:{WITH}(?P<fields>.+))?",
    "add an entity supplier with name and email",
)
def _add_entity(match: re.Match[str], draft: SpecDraft) -> None:
    add_entity(draft, match.group("name") or match.group("name2"), match.group("fields"))


@form(
    "add things with fields",
    "entities",
    rf"(?:add|create|track|manage|keep\s+track\s+of|we\s+(?:also\s+)?have)\s+"
    rf"(?:a\s+|an\s+|some\s+)?(?P<name>{NAME}){WITH}(?P<fields>.+)",
    "add suppliers with a name, an email and a phone",
)
def _add_things(match: re.Match[str], draft: SpecDraft) -> None:
    if draft.find_entity(match.group("name")) is not None:
        raise NotThisFormError
    add_entity(draft, match.group("name"), match.group("fields"))


REMOVE = r"(?:remove|delete|drop|get\s+rid\s+of)"


@form(
    "remove an entity (named as an entity)",
    "entities",
    rf"{REMOVE}\s+(?:the\s+)?(?:{ENTITY_WORD}\s+(?P<name>{NAME})|(?P<name2>{NAME})\s+{ENTITY_WORD})",
    "remove the invoice entity",
)
def _remove_entity(match: re.Match[str], draft: SpecDraft) -> None:
    remove_entity(draft, draft.require_entity(match.group("name") or match.group("name2")))


@form(
    "remove an entity or a field",
    "entities",
    rf"{REMOVE}\s+(?:the\s+|all\s+)?(?P<thing>{NAME}|\w+\.\w+)",
    "remove notes",
)
def _remove_thing(match: re.Match[str], draft: SpecDraft) -> None:
    thing = match.group("thing")
    entity = draft.find_entity(thing) if "." not in thing else None
    having = draft.entities_with_field(thing)
    if entity is not None and having:
        owners = [e for e, _ in having]
        raise NotUnderstoodError(
            f'"{thing}" is an entity and a field of {or_list(owners)}; say "remove the {entity}'
            f' entity" or "remove the {having[0][1]} field from {owners[0]}"'
        )
    if entity is not None:
        remove_entity(draft, entity)
        return
    owner, field = draft.locate_field(thing)
    remove_field(draft, owner, field)


MANY = r"(?:many|several|multiple|one\s+or\s+more|a\s+number\s+of|lots\s+of|a\s+lot\s+of|any\s+number\s+of)"


@form(
    "belongs to",
    "relationships",
    rf"{ARTICLE}(?P<child>{NAME})\s+(?:always\s+|can\s+|should\s+|must\s+)?(?:belongs?|belong)\s+to\s+"
    rf"(?:(?:a|an|one|the|exactly\s+one|a\s+single)\s+)?(?P<parent>{NAME})",
    "each product belongs to a supplier",
)
def _belongs(match: re.Match[str], draft: SpecDraft) -> None:
    child, parent = _two_entities(draft, match.group("child"), match.group("parent"))
    link_entities(draft, child, parent, "many_to_one")


@form(
    "has many",
    "relationships",
    rf"{ARTICLE}(?P<parent>{NAME})\s+(?:has|have|can\s+have|contains?|includes?|holds?)\s+{MANY}\s+"
    rf"(?P<child>{NAME})",
    "a project has many tasks",
)
def _has_many(match: re.Match[str], draft: SpecDraft) -> None:
    parent, child = _two_entities(draft, match.group("parent"), match.group("child"))
    if any(
        (r.get("from"), r.get("to")) == (parent, child) and r.get("kind") == "many_to_one"
        for r in draft.relationships
    ):
        # each has many of the other: the link becomes many-to-many
        draft.relationships[:] = [
            r for r in draft.relationships if (r.get("from"), r.get("to")) != (parent, child)
        ]
        for field in list(draft.fields(parent)):
            if (field.get("references") or {}).get("entity") == child:
                remove_field(draft, parent, str(field["name"]))
        link_entities(draft, parent, child, "many_to_many")
        return
    link_entities(draft, child, parent, "many_to_one")


@form(
    "many to many",
    "relationships",
    rf"{ARTICLE}(?P<first>{NAME})\s+(?:and|&)\s+{ARTICLE}(?P<second>{NAME})\s+(?:are|should\s+be)\s+"
    r"(?:linked\s+)?many[\s\-]+to[\s\-]+many",
    "products and tags are many-to-many",
)
def _many_to_many(match: re.Match[str], draft: SpecDraft) -> None:
    first, second = _two_entities(draft, match.group("first"), match.group("second"))
    link_entities(draft, first, second, "many_to_many")


@form(
    "link two entities",
    "relationships",
    rf"(?:link|connect|relate)\s+{ARTICLE}(?P<first>{NAME})\s+(?:to|with|and)\s+{ARTICLE}"
    rf"(?P<second>{NAME})(?:\s+(?:as\s+)?(?P<kind>many[\s\-]+to[\s\-]+many|one[\s\-]+to[\s\-]+one))?",
    "link contact to company",
)
def _link(match: re.Match[str], draft: SpecDraft) -> None:
    first, second = _two_entities(draft, match.group("first"), match.group("second"))
    kind = re.sub(r"[\s\-]+", "_", (match.group("kind") or "many_to_one").lower())
    link_entities(draft, first, second, kind)


FORMS: tuple[Form, ...] = (_add_entity, _remove_entity, _belongs, _has_many, _many_to_many, _link)
LATE_FORMS: tuple[Form, ...] = (_add_things, _remove_thing)
"""Tried after the field forms: their patterns take almost any request."""
