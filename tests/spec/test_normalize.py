"""Normalization completes the halves a spec may leave out."""

from __future__ import annotations

from typing import Any

from appwright.spec import load_spec


def crm(**overrides: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "name": "CRM",
        "entities": [
            {"name": "company", "fields": [{"name": "name", "required": True}]},
            {"name": "contact", "fields": [{"name": "name"}, {"name": "company", "type": "reference",
                                                             "references": "company"}]},
            {"name": "deal", "fields": [{"name": "id", "type": "integer"},
                                        {"name": "created_at", "type": "datetime"},
                                        {"name": "amount", "type": "decimal"}]},
        ],
        "relationships": [
            {"from": "deal", "to": "company", "required": True},
            {"from": "deal", "to": "contact", "field": "owner", "kind": "one_to_one"},
        ],
        "state_flows": [{"entity": "deal", "field": "stage",
                         "states": ["lead", "qualified", "won", "lost"]}],
        "permissions": {"rules": [{"role": "Sales Rep", "entity": "deal",
                                   "actions": ["read", "update"], "scope": "own"}]},
    }  # fmt: skip
    spec.update(overrides)
    return spec


def test_implicit_columns_are_dropped() -> None:
    deal = load_spec(crm()).entity("deal")
    assert deal is not None
    assert "id" not in [f.name for f in deal.fields]
    assert "created_at" not in [f.name for f in deal.fields]


def test_reference_fields_and_relationships_complete_each_other() -> None:
    spec = load_spec(crm())
    contact, deal = spec.entity("contact"), spec.entity("deal")
    assert contact is not None and deal is not None
    company_ref = contact.field("company_id")
    assert company_ref is not None and company_ref.references is not None
    assert company_ref.references.entity == "company"
    assert deal.field("company_id") is not None and deal.field("company_id").required  # type: ignore[union-attr]
    owner = deal.field("owner_id")
    assert owner is not None and owner.unique, "a one_to_one reference is unique"
    links = {(r.from_, r.to, r.field, r.kind) for r in spec.relationships}
    assert links == {
        ("deal", "company", "company_id", "many_to_one"),
        ("deal", "contact", "owner_id", "one_to_one"),
        ("contact", "company", "company_id", "many_to_one"),
    }
    optional = next(r for r in spec.relationships if r.from_ == "contact")
    assert optional.on_delete == "set_null", (
        "an optional reference added from a field clears itself"
    )


def test_state_flow_field_and_transitions_are_derived() -> None:
    spec = load_spec(crm())
    deal = spec.entity("deal")
    assert deal is not None
    stage = deal.field("stage")
    assert stage is not None
    assert (stage.type, stage.options, stage.required, stage.default) == (
        "enum", ["lead", "qualified", "won", "lost"], True, "lead"
    )  # fmt: skip
    flow = spec.state_flows[0]
    assert flow.initial == "lead"
    assert [(t.name, t.to) for t in flow.transitions] == [
        ("to_qualified", "qualified"), ("to_won", "won"), ("to_lost", "lost")
    ]  # fmt: skip
    assert flow.transitions[0].from_ == ["lead", "won", "lost"]


def test_star_transition_sources_expand() -> None:
    flows = [{"entity": "deal", "field": "stage", "states": ["open", "won", "lost"],
              "transitions": [{"name": "reopen", "from": "*", "to": "open"}]}]  # fmt: skip
    flow = load_spec(crm(state_flows=flows)).state_flows[0]
    assert flow.transitions[0].from_ == ["won", "lost"]


def test_roles_named_anywhere_are_listed() -> None:
    spec = load_spec(crm())
    assert spec.permissions.roles == ["sales_rep"]


def test_default_pages_cover_every_entity_and_the_dashboard() -> None:
    spec = load_spec(crm())
    assert [p.path for p in spec.pages] == ["/", "/company", "/contact", "/deal"]
    deal_page = spec.pages[-1]
    assert deal_page.title == "Deals"
    kinds = {c.component for c in _components(deal_page.layout)}
    assert {"form", "table", "kanban", "filters"} <= kinds


def _components(node: Any) -> list[Any]:
    if node.type == "component":
        return [node]
    return [c for child in node.children for c in _components(child)]


def test_normalization_is_idempotent() -> None:
    once = load_spec(crm())
    assert load_spec(once.to_json_dict()) == once


def test_default_page_titles_pluralize_capitalized_labels_as_common_nouns() -> None:
    spec = load_spec(
        {
            "name": "Sales",
            "entities": [
                {"name": "company", "fields": [{"name": "name", "type": "text"}]},
                {"name": "opportunity", "fields": [{"name": "name", "type": "text"}]},
            ],
        }
    )
    titles = {page.title for page in spec.pages}
    assert {"Companies", "Opportunities"} <= titles
