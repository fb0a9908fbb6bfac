"""Refining fields: add, retype, flag (required/unique/optional); removal is ``field_removal``.

New fields are read exactly as the offline designer reads them (``read_field``): the type is
inferred from the name (*publication year* is an integer, *due date* a date), bracketed
options make an enum (*a priority (low, medium, high)*), ranges a validation.
"""

from __future__ import annotations

import re
from typing import Any

from appwright.conversation.refine.draft import JsonDict, NotUnderstoodError, SpecDraft
from appwright.conversation.refine.forms import ARTICLE, NAME, Form, form
from appwright.design.offline.draft import FieldDraft
from appwright.design.offline.fields import read_field
from appwright.design.offline.flow_text import read_flow_text
from appwright.design.offline.list_items import split_list, split_options
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.word_forms import is_plural
from appwright.spec.models import FIELD_TYPE_SYNONYMS, FIELD_TYPES
from appwright.spec.names import to_snake

ENUM_TYPES = ("enum", "multi_enum")
NUMBER_TYPES = ("integer", "decimal")
TEMPORAL_TYPES = ("date", "datetime")
TEXT_TYPES = ("text", "long_text", "email", "url")
FIELD_PROPS = ("group_by", "date_field", "title_field", "end_field", "image_field")
LAYOUT_DRIVING_PROPS = ("group_by", "date_field")
"""Props without which a component has nothing to show (a kanban's columns, a calendar's days)."""

TYPE_WORDS: dict[str, str] = {
    "multi-select": "multi_enum", "multi select": "multi_enum", "multiselect": "multi_enum",
    "multiple choice": "multi_enum", "multi-choice": "multi_enum", "multi choice": "multi_enum",
    "list of options": "multi_enum", "tags": "multi_enum", "set of options": "multi_enum",
    "select": "enum", "dropdown": "enum", "drop-down": "enum", "drop down": "enum",
    "single choice": "enum", "choice": "enum", "enum": "enum", "picklist": "enum",
    "pick list": "enum", "single select": "enum", "single-select": "enum",
    "decimal": "decimal", "number": "decimal", "money": "decimal", "currency": "decimal",
    "float": "decimal", "percentage": "decimal", "decimal number": "decimal",
    "integer": "integer", "whole number": "integer", "int": "integer", "count": "integer",
    "date": "date", "datetime": "datetime", "date and time": "datetime", "timestamp": "datetime",
    "date-time": "datetime", "date time": "datetime",
    "text": "text", "string": "text", "short text": "text", "line of text": "text",
    "long text": "long_text", "paragraph": "long_text", "textarea": "long_text",
    "rich text": "long_text", "free text": "long_text", "long_text": "long_text",
    "email": "email", "email address": "email", "e-mail": "email",
    "url": "url", "link": "url", "web address": "url", "website": "url",
    "boolean": "boolean", "checkbox": "boolean", "yes/no": "boolean", "yes or no": "boolean",
    "flag": "boolean", "true/false": "boolean", "toggle": "boolean", "switch": "boolean",
    "json": "json", "multi_enum": "multi_enum",
}  # fmt: skip
"""How people name field types when they change one: ``make genre a multi-select``."""

TYPE = "(?P<type>" + "|".join(re.escape(w) for w in sorted(TYPE_WORDS, key=len, reverse=True)) + ")"
FLAG = r"(?:not\s+|no\s+longer\s+)?(?:required|mandatory|unique|optional|searchable|indexed)"
FLAGS = rf"(?P<flags>{FLAG}(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+){FLAG})*)"
ON_ENTITY = rf"(?:\s+(?:on|of|in|for)\s+{ARTICLE}(?P<entity>{NAME}))?"
ON_ENTITY_AFTER = rf"(?:\s+(?:on|of|in|for)\s+{ARTICLE}(?P<entity2>{NAME}))?"
OPTIONS = r"(?P<options>\s*\(.*\)|\s*:.+|\s+(?:of|with(?:\s+(?:the\s+)?options)?)\s+.+)?"
ADD_VERBS = r"(?:add|include|track|store|record|capture|keep|put)"


def entity_of(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    return groups.get("entity") or groups.get("entity2") or None


def field_from_draft(draft: FieldDraft) -> JsonDict:
    """The AppSpec field a FieldDraft describes (as the offline designer makes it)."""
    made: JsonDict = {"name": draft.name, "type": draft.type}
    if draft.type in ENUM_TYPES:
        options = list(dict.fromkeys(o for o in (to_snake(x) for x in draft.options or []) if o))
        if len(options) < 2:
            made["type"] = "text"
        else:
            made["options"] = options
    bounds = (("min", draft.minimum), ("max", draft.maximum))
    if draft.type in NUMBER_TYPES and any(value is not None for _, value in bounds):
        made["validation"] = {
            key: int(value) if draft.type == "integer" or float(value).is_integer() else value
            for key, value in bounds
            if value is not None
        }
    if draft.examples:
        made["description"] = "For example " + ", ".join(draft.examples)
    return made


def add_fields(draft: SpecDraft, entity: str, items_text: str) -> None:
    """Add every field of a list (``genre and publication year``) to ``entity``."""
    from appwright.conversation.refine.entities import link_entities

    items = split_list(items_text.strip())
    if not items:
        raise NotUnderstoodError(f"which fields should {entity} get?")
    for item in items:
        linked = draft.find_entity(item) if len(strip_determiners(item).split()) <= 3 else None
        if linked is not None and draft.find_field(entity, item) is None and linked != entity:
            many = is_plural(strip_determiners(item).split()[-1])
            link_entities(draft, entity, linked, "many_to_many" if many else "many_to_one")
            continue
        read = read_field(item)
        if read is None:
            raise NotUnderstoodError(f'"{item}" does not read as a field name')
        add_field(draft, entity, read)


def add_field(draft: SpecDraft, entity: str, read: FieldDraft) -> None:
    from appwright.conversation.refine.entities import link_entities

    if read.reference and draft.find_entity(read.reference):
        link_entities(draft, entity, str(draft.find_entity(read.reference)), "many_to_one")
        return
    made = field_from_draft(read)
    existing = draft.field(entity, str(made["name"]))
    if existing is not None:
        if made.get("options") and existing.get("type") in ENUM_TYPES:
            existing["options"] = made["options"]
            _keep_default(existing)
            draft.last_field = (entity, str(made["name"]))
            return
        # One field of a list may be there already: the others are still added.
        draft.notes.append(f"{entity} already has a field {made['name']}")
        return
    draft.fields(entity).append(made)
    draft.last_field = (entity, str(made["name"]))
    steps = read_flow_text(read.flow_text) if read.flow_text else []
    if len(steps) >= 2:
        from appwright.conversation.refine.flows import set_flow

        set_flow(draft, entity, str(made["name"]), steps)


def _keep_default(field: JsonDict) -> None:
    if field.get("default") is not None and field["default"] not in (field.get("options") or []):
        field["default"] = None


@form(
    "add fields",
    "fields",
    rf"{ADD_VERBS}\s+(?P<items>.+)\s+(?:to|on|for|in)\s+{ARTICLE}(?P<entity>{NAME})"
    r"(?:\s+(?:entity|records?|table))?",
    "add genre and publication year to book",
)
def _add_to(match: re.Match[str], draft: SpecDraft) -> None:
    entity = draft.require_entity(match.group("entity"))
    add_fields(draft, entity, match.group("items"))


@form(
    "entity needs fields",
    "fields",
    rf"{ARTICLE}(?P<entity>{NAME})\s+(?:should\s+(?:also\s+)?have|needs?(?:\s+to\s+have)?|also\s+"
    r"(?:has|have|needs?)|must\s+(?:also\s+)?have|gets?)\s+(?P<items>(?!many\b|several\b|multiple\b"
    r"|one\s+or\s+more\b).+)",
    "book needs a genre and a publication year",
)
def _needs(match: re.Match[str], draft: SpecDraft) -> None:
    entity = draft.require_entity(match.group("entity"))
    add_fields(draft, entity, match.group("items"))


@form(
    "give entity fields",
    "fields",
    rf"give\s+{ARTICLE}(?P<entity>{NAME})\s+(?P<items>(?:a|an|the|some)\s+.+)",
    "give ticket a priority (low, medium, high)",
)
def _give(match: re.Match[str], draft: SpecDraft) -> None:
    entity = draft.require_entity(match.group("entity"))
    add_fields(draft, entity, match.group("items"))


# --- flags --------------------------------------------------------------------------------


def apply_flags(draft: SpecDraft, entity: str, name: str, flags_text: str) -> None:
    field = draft.field(entity, name)
    assert field is not None
    before = dict(field)
    _set_flags(draft, entity, name, field, flags_text)
    if field == before:
        draft.notes.append(f"{entity}.{name} is already {flags_text.strip()}")


def _set_flags(draft: SpecDraft, entity: str, name: str, field: JsonDict, flags_text: str) -> None:
    for flag in re.split(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+", flags_text.strip().lower()):
        negated = bool(re.match(r"(?:not|no\s+longer)\s+", flag))
        word = re.sub(r"^(?:not|no\s+longer)\s+", "", flag)
        if word in ("required", "mandatory"):
            field["required"] = not negated
        elif word == "optional":
            field["required"] = negated
        else:
            field[word] = not negated
        if word in ("required", "mandatory", "optional") and field.get("type") == "reference":
            _require_link(draft, entity, name, bool(field["required"]))


def _require_link(draft: SpecDraft, entity: str, name: str, required: bool) -> None:
    for relationship in draft.relationships:
        if relationship.get("from") == entity and relationship.get("field") == name:
            relationship["required"] = required
            if required and relationship.get("on_delete") == "set_null":
                relationship["on_delete"] = "restrict"


@form(
    "make a field required",
    "fields",
    rf"(?:make|set|mark)\s+(?:the\s+)?(?P<field>{NAME}|\w+\.\w+)(?:\s+field)?{ON_ENTITY}\s+"
    rf"(?:as\s+)?{FLAGS}{ON_ENTITY_AFTER}",
    "make email required",
)
def _make_flags(match: re.Match[str], draft: SpecDraft) -> None:
    entity, name = draft.locate_field(match.group("field"), entity_of(match))
    apply_flags(draft, entity, name, match.group("flags"))


@form(
    "a field should be required",
    "fields",
    rf"{ARTICLE}(?P<field>{NAME}|\w+\.\w+)(?:\s+field)?{ON_ENTITY}\s+(?:is|are|should\s+be|must\s+be"
    rf"|has\s+to\s+be|needs\s+to\s+be)\s+(?:always\s+)?{FLAGS}{ON_ENTITY_AFTER}",
    "the email must be unique",
)
def _is_flags(match: re.Match[str], draft: SpecDraft) -> None:
    _make_flags.apply(match, draft)


# --- types --------------------------------------------------------------------------------


def change_type(
    draft: SpecDraft, entity: str, name: str, type_word: str, options_text: str | None
) -> None:
    field = draft.field(entity, name)
    assert field is not None
    new_type = TYPE_WORDS.get(type_word.lower()) or FIELD_TYPE_SYNONYMS.get(to_snake(type_word))
    if new_type is None or new_type not in FIELD_TYPES:
        raise NotUnderstoodError(f'"{type_word}" is not a field type')
    old_type = field.get("type")
    if old_type == "reference":
        target = (field.get("references") or {}).get("entity")
        raise NotUnderstoodError(
            f"{entity}.{name} links to {target}; remove the link first (remove the {name} field)"
        )
    flows = [f for f in draft.state_flows if (f.get("entity"), f.get("field")) == (entity, name)]
    if flows and new_type != "enum":
        raise NotUnderstoodError(
            f"{entity}.{name} holds the states of a state flow, so it stays a single choice"
        )
    options = _options(options_text)
    if new_type in ENUM_TYPES:
        options = options or (field.get("options") if old_type in ENUM_TYPES else None)
        if not options or len(options) < 2:
            raise NotUnderstoodError(
                f"which options can {entity}.{name} take? For example: "
                f'"make {name} a {type_word} of first, second, third"'
            )
        field["options"] = options
        _keep_default(field)
    else:
        if options:
            raise NotUnderstoodError(f"a {new_type} field has no options")
        field["options"] = None
        same_kind = any(
            old_type in kinds and new_type in kinds for kinds in (NUMBER_TYPES, TEXT_TYPES)
        )
        if not same_kind:
            field["default"] = None
    field["type"] = new_type
    field["validation"] = _fitting_validation(field.get("validation"), new_type)


def _options(text: str | None) -> list[str] | None:
    if not text or not text.strip():
        return None
    text = text.strip()
    text = re.sub(r"^(?:\(|:|of\b|with\b(?:\s+(?:the\s+)?options)?)", "", text).strip(" )")
    options = list(dict.fromkeys(o for o in (to_snake(x) for x in split_options(text)) if o))
    return options or None


def _fitting_validation(validation: Any, new_type: str) -> JsonDict | None:
    if not isinstance(validation, dict):
        return None
    if new_type in NUMBER_TYPES:
        keys: tuple[str, ...] = ("min", "max")
    elif new_type in TEMPORAL_TYPES:
        keys = ()  # number bounds mean nothing for dates
    elif new_type in TEXT_TYPES:
        keys = ("min_length", "max_length", "pattern")
    else:
        keys = ()
    kept = {k: v for k, v in validation.items() if k in keys and v is not None}
    return kept or None


@form(
    "change a field's type",
    "fields",
    rf"(?:make|change|set|turn|convert)\s+(?:the\s+)?(?:type\s+of\s+(?:the\s+)?)?(?P<field>{NAME}|\w+\.\w+)"
    rf"(?:\s+field)?{ON_ENTITY}\s+(?:(?:in)?to\s+(?:be\s+)?|as\s+|)(?:a\s+|an\s+)?{TYPE}"
    rf"(?:\s+(?:field|type))?{OPTIONS}{ON_ENTITY_AFTER}",
    "make genre a multi-select",
)
def _retype(match: re.Match[str], draft: SpecDraft) -> None:
    entity, name = draft.locate_field(match.group("field"), entity_of(match))
    change_type(draft, entity, name, match.group("type"), match.group("options"))


@form(
    "a field should be of a type",
    "fields",
    rf"{ARTICLE}(?P<field>{NAME}|\w+\.\w+)(?:\s+field)?{ON_ENTITY}\s+(?:should\s+be|must\s+be|is)\s+"
    rf"(?:a\s+|an\s+)?{TYPE}(?:\s+(?:field|type))?{OPTIONS}{ON_ENTITY_AFTER}",
    "price should be a decimal",
)
def _should_be(match: re.Match[str], draft: SpecDraft) -> None:
    _retype.apply(match, draft)


FORMS: tuple[Form, ...] = (
    _make_flags,
    _is_flags,
    _retype,
    _should_be,
)
"""Field forms tried before the forms about relationships and entities."""

ADD_FORMS: tuple[Form, ...] = (_add_to, _needs, _give)
"""Field forms tried late: their patterns are the loosest."""
