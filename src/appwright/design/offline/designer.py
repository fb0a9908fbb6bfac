"""The offline designer's pipeline: one function per definition step, and all six in a row.

Every step takes the description and the spec so far (None: the steps before it are run
first) and returns a spec that ``load_spec`` accepted. What the rules produce is repaired,
never trusted: a part ``load_spec`` rejects is dropped and the rest is checked again.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from appwright.design.offline.app_naming import app_name, summary
from appwright.design.offline.automations import alert_entity, build_automation, read_automations
from appwright.design.offline.draft import LinkDraft, ModelDraft
from appwright.design.offline.dropped_words import adjective_as_noun
from appwright.design.offline.each_one import name_someone_acted_on
from appwright.design.offline.entities import read_model
from appwright.design.offline.flow_moves import build_flow
from appwright.design.offline.island_links import island_links, pair_links
from appwright.design.offline.learned_records import add_learned_records
from appwright.design.offline.pages import TITLE_FIELDS, design_pages
from appwright.design.offline.party_links import party_links
from appwright.design.offline.permissions import (
    apply_transition_roles,
    build_permissions,
    read_permissions,
)
from appwright.design.offline.questions import Guesses, clarifying_questions
from appwright.design.offline.relationships import relationships_for
from appwright.design.offline.report_specs import build_reports
from appwright.design.offline.reports import read_reports
from appwright.design.offline.sentences import sentences
from appwright.design.offline.spec_fields import (
    default_fields,
    mark_title,
    spec_field,
    unique_fields,
)
from appwright.design.offline.spec_repair import valid_spec
from appwright.design.offline.states import read_flows
from appwright.spec import SpecValidationError, load_spec
from appwright.spec.models import AppSpec, Permissions


@dataclass
class DesignResult:
    spec: AppSpec
    questions: list[str] = field(default_factory=list)


# --- the steps ------------------------------------------------------------------------------


def object_model(description: str, spec_so_far: AppSpec | None = None) -> AppSpec:
    """Entities and their own fields (no references: those are the relationships step's)."""
    return _object_model(description, spec_so_far, Guesses())


def relationships(description: str, spec_so_far: AppSpec | None = None) -> AppSpec:
    spec = spec_so_far or object_model(description)
    return _relationships(description, spec)


def state_flow(description: str, spec_so_far: AppSpec | None = None) -> AppSpec:
    spec = spec_so_far or relationships(description)
    return _state_flow(description, spec, Guesses())


def permissions(description: str, spec_so_far: AppSpec | None = None) -> AppSpec:
    spec = spec_so_far or state_flow(description)
    return _permissions(description, spec)


def reports(description: str, spec_so_far: AppSpec | None = None) -> AppSpec:
    """Reports and the automations (alerts, reminders) the description asks for."""
    spec = spec_so_far or permissions(description)
    return _reports(description, spec, Guesses())


def pages(description: str, spec_so_far: AppSpec | None = None) -> AppSpec:
    spec = spec_so_far or reports(description)
    return _pages(description, spec)


def design_app(description: str, *, learned: bool = True) -> DesignResult:
    """A whole AppSpec from a description, with the questions the description leaves open.

    ``learned``: after the readers, the learned records step may add a record for a noun they
    left unused (``learned_records``); off, the design is the readers' alone.
    """
    guesses = Guesses()
    try:
        spec = _object_model(description, None, guesses)
        spec = _relationships(description, spec)
        spec = _state_flow(description, spec, guesses)
        spec = _permissions(description, spec)
        if learned:
            spec = _learned_records(description, spec, guesses)
        spec = _reports(description, spec, guesses)
        spec = _pages(description, spec)
    except SpecValidationError:
        spec = _fallback_spec(description)
        guesses.defaulted_entities.append(spec.entities[0].name)
    return DesignResult(spec=spec, questions=clarifying_questions(spec, guesses))


def _learned_records(description: str, spec: AppSpec, guesses: Guesses) -> AppSpec:
    made = add_learned_records(description, spec)
    guesses.learned_records += [(c.name, c.attach) for c in made.added]
    return made.spec


# --- object model ---------------------------------------------------------------------------


def _object_model(description: str, spec_so_far: AppSpec | None, guesses: Guesses) -> AppSpec:
    model = read_model(description)
    targets = {link.target for link in model.links} | {
        f.reference for e in model.entities.values() for f in e.fields if f.reference
    }
    entities: list[dict[str, Any]] = []
    for draft in model.entities.values():
        made = (spec_field(f) for f in draft.fields if f.type != "reference")
        fields = [f for f in made if f is not None]
        if not fields:
            fields = default_fields(draft, model)
            if draft.name not in _junctions(model):
                guesses.defaulted_entities.append(draft.name)
        pointed_at = draft.name in targets
        if pointed_at and not any(f["name"] in TITLE_FIELDS or f["type"] == "text" for f in fields):
            # a record others point at needs something to show in their pickers
            fields.insert(0, {"name": "name", "type": "text"})
        mark_title(fields)
        entity: dict[str, Any] = {"name": draft.name, "fields": unique_fields(fields)}
        if draft.examples:
            entity["description"] = "For example " + ", ".join(draft.examples)
        entities.append(entity)
    data: dict[str, Any] = {
        "name": app_name(description, model),
        "description": summary(description),
        "entities": entities,
    }
    if spec_so_far is not None:
        data = _merge_entities(spec_so_far.to_json_dict(), entities)
    return valid_spec(data)


def _junctions(model: ModelDraft) -> set[str]:
    return {link.source for link in model.links if link.required}


def _merge_entities(data: dict[str, Any], entities: list[dict[str, Any]]) -> dict[str, Any]:
    merged = copy.deepcopy(data)
    known = {e["name"]: e for e in merged.get("entities", [])}
    for entity in entities:
        existing = known.get(entity["name"])
        if existing is None:
            merged.setdefault("entities", []).append(entity)
            continue
        names = {f["name"] for f in existing["fields"]}
        existing["fields"] += [f for f in entity["fields"] if f["name"] not in names]
    return merged


# --- relationships --------------------------------------------------------------------------


def _relationships(description: str, spec: AppSpec) -> AppSpec:
    model = read_model(description)
    links = list(model.links)
    for draft in model.entities.values():
        for f in draft.fields:
            if f.type == "reference" and f.reference:
                role = f.name.removesuffix("_id")
                links.insert(
                    0,
                    LinkDraft(draft.name, f.reference, field=None if role == f.reference else role),
                )
    flowing = [draft.entity for draft in read_flows(description, spec, _written_flows(model))]
    # "every time we see someone we write up a check": one of the clients, as the model read it
    said = name_someone_acted_on(adjective_as_noun(sentences(description)))
    links += island_links(said, model, links)
    links += party_links(model, links, flowing)
    designed = [LinkDraft(r.from_, r.to, kind=r.kind) for r in spec.relationships]
    links += pair_links(adjective_as_noun(sentences(description)), model, designed + links)
    named = {(link.source, link.target) for link in links if link.field}
    links = [
        link
        for link in links
        if link.field or (link.source, link.target) not in named or link.kind == "many_to_many"
    ]
    made = relationships_for(spec, _one_way_to_people(links, model))
    data = spec.to_json_dict()
    existing = {(r["from"], r["to"], r.get("field")) for r in data["relationships"]}
    for rel in made:
        if (rel.from_, rel.to, rel.field) not in existing:
            data["relationships"].append(rel.model_dump(mode="json", by_alias=True))
    return valid_spec(data)


def _one_way_to_people(links: list[LinkDraft], model: ModelDraft) -> list[LinkDraft]:
    """Without a person's link to a thing that already points at the person: *mechanics are
    assigned to jobs* read both ways is each job's one mechanic (two records each holding the
    other would be a cycle no form could fill)."""
    many_to_one = {(link.source, link.target) for link in links if link.kind == "many_to_one"}

    def person(name: str) -> bool:
        return model.is_person(name) or name in model.acting

    def backwards(link: LinkDraft) -> bool:
        return (
            link.kind == "many_to_one"
            and link.field is None
            and (link.target, link.source) in many_to_one
            and person(link.source)
            and not person(link.target)
        )

    return [link for link in links if not backwards(link)]


# --- state flows ----------------------------------------------------------------------------


def _written_flows(model: ModelDraft) -> dict[tuple[str, str], str]:
    """The words written after a field that say how it moves (*that goes from lead to ...*)."""
    return {
        (entity.name, f.name): f.flow_text
        for entity in model.entities.values()
        for f in entity.fields
        if f.flow_text
    }


def _state_flow(description: str, spec: AppSpec, guesses: Guesses) -> AppSpec:
    model = read_model(description)
    data = spec.to_json_dict()
    flows = {(fl["entity"], fl["field"]): fl for fl in data["state_flows"]}
    for draft in read_flows(description, spec, _written_flows(model)):
        built = build_flow(draft)
        if built is None:
            continue
        entity = next((e for e in data["entities"] if e["name"] == built.entity), None)
        if entity is None:
            continue
        field_data = next((f for f in entity["fields"] if f["name"] == built.field), None)
        if field_data is None:
            field_data = {"name": built.field}
            entity["fields"].append(field_data)
        field_data.update(
            type="enum", options=list(built.states), required=True, default=built.initial
        )
        field_data.pop("validation", None)
        flows[(built.entity, built.field)] = built.model_dump(mode="json", by_alias=True)
        if not draft.written:
            guesses.guessed_flows.append((built.entity, built.field, list(built.states)))
    data["state_flows"] = list(flows.values())
    return valid_spec(data)


# --- permissions ----------------------------------------------------------------------------


def _permissions(description: str, spec: AppSpec) -> AppSpec:
    model = read_model(description)
    draft = read_permissions(description, spec, model)
    built = build_permissions(draft, spec)
    flows = [flow.model_copy(deep=True) for flow in spec.state_flows]
    apply_transition_roles(flows, draft)
    data = spec.to_json_dict()
    data["state_flows"] = [flow.model_dump(mode="json", by_alias=True) for flow in flows]
    data["permissions"] = _merge_permissions(spec.permissions, built)
    return valid_spec(data)


def _merge_permissions(old: Permissions, new: Permissions) -> dict[str, Any]:
    roles = list(dict.fromkeys([*old.roles, *new.roles]))
    rules = [r.model_dump(mode="json") for r in old.rules]
    seen = {(r["role"], r["entity"]) for r in rules}
    rules += [r.model_dump(mode="json") for r in new.rules if (r.role, r.entity) not in seen]
    return {"roles": roles, "default_role": old.default_role or new.default_role, "rules": rules}


# --- reports and automations ----------------------------------------------------------------


def _reports(description: str, spec: AppSpec, guesses: Guesses) -> AppSpec:
    data = spec.to_json_dict()
    reading = read_reports(description, spec)
    entities = {e["name"]: e for e in data["entities"]}
    for report in reading.reports:
        target = entities.get(report.entity)
        if target is None:
            continue
        names = {f["name"] for f in target["fields"]}
        for new in report.new_fields:
            if new.name not in names:
                target["fields"].append(new.model_dump(mode="json", exclude_defaults=True))
                names.add(new.name)
        linked = {(r["from"], r["to"]) for r in data["relationships"]}
        for grouped in report.new_links:
            if (report.entity, grouped) not in linked and grouped in entities:
                data["relationships"].append(
                    {"from": report.entity, "to": grouped, "kind": "many_to_one"}
                )
                linked.add((report.entity, grouped))
    guesses.unread_reports += reading.unread
    spec_with_fields = valid_spec(data)
    data = spec_with_fields.to_json_dict()
    known = {r["name"] for r in data["reports"]}
    for built in build_reports(reading, spec_with_fields):
        if built.name not in known:
            data["reports"].append(built.model_dump(mode="json", by_alias=True))
    data = _automations(description, valid_spec(data), guesses)
    return valid_spec(data)


def _automations(description: str, spec: AppSpec, guesses: Guesses) -> dict[str, Any]:
    data = spec.to_json_dict()
    entities = {e["name"]: e for e in data["entities"]}
    known = {a["name"] for a in data["automations"]}
    for draft in read_automations(description, spec):
        if draft.name in known:
            continue
        for entity_name, new in draft.new_fields:
            target = entities.get(entity_name)
            if target is not None and all(f["name"] != new.name for f in target["fields"]):
                target["fields"].append(new.model_dump(mode="json", exclude_defaults=True))
        alert = alert_entity(draft)
        if alert is not None and alert.name not in entities:
            made = alert.model_dump(mode="json", exclude_defaults=True)
            data["entities"].append(made)
            entities[alert.name] = made
        data["automations"].append(build_automation(draft).model_dump(mode="json"))
        known.add(draft.name)
        if draft.on == "schedule":
            guesses.scheduled_automations.append(draft.name)
    return data


# --- pages ----------------------------------------------------------------------------------


def _pages(description: str, spec: AppSpec) -> AppSpec:
    data = spec.to_json_dict()
    data["pages"] = [
        p.model_dump(mode="json", by_alias=True, exclude_none=True)
        for p in design_pages(description, spec)
    ]
    return valid_spec(data)


# --- names ----------------------------------------------------------------------------------


def _fallback_spec(description: str) -> AppSpec:
    """The smallest useful spec, for a description nothing could be read from."""
    return load_spec(
        {
            "name": "App",
            "description": summary(description),
            "entities": [
                {
                    "name": "item",
                    "fields": [
                        {"name": "name", "type": "text", "required": True},
                        {"name": "notes", "type": "long_text"},
                    ],
                }
            ],
        }
    )
