"""Views of a designed AppSpec that the offline designer's sentence tests assert on.

A plain module beside the tests (pytest puts this folder on the import path), so each test file
imports the helpers instead of writing them again.
"""

from __future__ import annotations

from appwright.design.offline import design_app
from appwright.design.offline.normalize import normalize_text
from appwright.design.offline.simplify import simplify
from appwright.spec.models import AppSpec


def design(description: str) -> AppSpec:
    """What the READERS make of a description: these views pin the rule readers, so the
    learned records step after them (tested in test_learned_records.py) is left out."""
    return design_app(description, learned=False).spec


def clause_list(sentence: str) -> list[str]:
    """The clauses of a rewritten sentence, one item each."""
    return [part.strip() for part in sentence.split(";")]


def simplified(text: str) -> str:
    """``text`` as the designer's readers see it: normalized, then its clauses made plain."""
    return simplify(normalize_text(text))


def role_names(description: str) -> set[str]:
    return set(design(description).permissions.roles)


def report_titles(description: str) -> list[str]:
    return [report.title for report in design(description).reports]


def relations(spec: AppSpec) -> set[tuple[str, str, str]]:
    return {(r.from_, r.to, r.kind) for r in spec.relationships}


def entity_names(spec: AppSpec) -> set[str]:
    return {e.name for e in spec.entities}


def field_types(spec: AppSpec, entity: str) -> dict[str, str]:
    found = spec.entity(entity)
    assert found is not None, f"no {entity} in {sorted(entity_names(spec))}"
    return {f.name: f.type for f in found.fields}


def field_options(spec: AppSpec, entity: str) -> dict[str, list[str] | None]:
    """Each field of ``entity`` with the values it offers (None for a field with none)."""
    found = spec.entity(entity)
    assert found is not None, f"no {entity} in {sorted(entity_names(spec))}"
    return {f.name: list(f.options) if f.options else None for f in found.fields}


def plain_field_names(spec: AppSpec, entity: str) -> set[str]:
    """The names of ``entity``'s fields that are not references (none if there is no entity)."""
    return {
        field.name
        for record in spec.entities
        if record.name == entity
        for field in record.fields
        if field.type != "reference"
    }


def flows(spec: AppSpec) -> dict[str, tuple[str, list[str]]]:
    """Each flow's entity, with the field it moves and its states in order."""
    return {flow.entity: (flow.field, list(flow.states)) for flow in spec.state_flows}


def assert_only_many_to_one(spec: AppSpec, source: str, target: str) -> None:
    """``source`` points at ``target``, and not the other way, nor as a many-to-many."""
    assert {source, target} <= entity_names(spec)
    found = relations(spec)
    assert (source, target, "many_to_one") in found
    wrong = {(target, source, "many_to_one"), (source, target, "many_to_many")}
    assert not (wrong | {(target, source, "many_to_many")}) & found
