"""Entity, rename and relationship forms of the refinement language."""

from __future__ import annotations

import json

from appwright.conversation import apply_refinement
from appwright.spec import AppSpec


def structure(spec: AppSpec) -> dict[str, object]:
    """The spec without its prose (descriptions and titles may mention any word)."""
    data = spec.to_json_dict()
    for key in ("description", "features"):
        data.pop(key)
    for automation in data["automations"]:
        automation.pop("description")
    return data


def test_rename_an_entity_everywhere_it_is_used(crm: AppSpec) -> None:
    result = apply_refinement(crm, "rename company to client")

    spec = result.spec
    assert spec.entity("company") is None
    assert spec.entity("client") is not None
    assert '"company"' not in json.dumps(structure(spec))  # no reference left behind
    assert {r.to for r in spec.relationships if r.from_ == "deal"} >= {"client"}
    deal = spec.entity("deal")
    assert deal is not None and deal.field("client_id") is not None  # company_id followed
    assert all(r.entity != "company" for r in spec.permissions.rules)
    report = next(r for r in spec.reports if r.name == "amount_by_industry")
    assert report.group_by == ["client.industry"]
    assert "renamed entity company to client" in result.changes
    assert any(p.name == "clients" and p.path == "/clients" for p in spec.pages)


def test_rename_an_entity_in_other_words(library: AppSpec) -> None:
    result = apply_refinement(library, "Rename the members entity to patrons.")
    assert [e.name for e in result.spec.entities] == ["book", "patron", "loan"]
    loan = result.spec.entity("loan")
    assert loan is not None and loan.field("patron_id") is not None


def test_rename_a_field_on_an_entity(crm: AppSpec) -> None:
    result = apply_refinement(crm, "rename the field notes to comments on deal")

    assert result.changes == ["renamed field deal.notes to comments"]
    company = result.spec.entity("company")
    assert company is not None and company.field("notes") is not None  # only deal's


def test_rename_a_field_used_by_a_flow_report_and_page(crm: AppSpec) -> None:
    result = apply_refinement(crm, "rename deal.stage to phase")

    spec = result.spec
    assert [(f.entity, f.field) for f in spec.state_flows] == [("deal", "phase")]
    assert next(r for r in spec.reports if r.name == "amount_by_stage").group_by == ["phase"]
    assert '"group_by": "stage"' not in json.dumps(spec.to_json_dict())


def test_rename_something_that_does_not_exist(crm: AppSpec) -> None:
    result = apply_refinement(crm, "rename customer to client")
    assert result.spec is crm
    assert result.not_understood == [
        '"rename customer to client": there is no entity or field "customer"; the entities are'
        " company, contact, deal and activity"
    ]


def test_rename_to_a_name_that_is_taken(crm: AppSpec) -> None:
    result = apply_refinement(crm, "rename company to contact")
    assert result.not_understood == [
        '"rename company to contact": there is already an entity contact'
    ]


def test_add_an_entity_with_fields_gets_a_page(crm: AppSpec) -> None:
    result = apply_refinement(crm, "add an entity supplier with name and email")

    supplier = result.spec.entity("supplier")
    assert supplier is not None
    assert [(f.name, f.type) for f in supplier.fields] == [("name", "text"), ("email", "email")]
    assert any(page.path == "/supplier" and page.name == "supplier" for page in result.spec.pages)
    assert result.changes[0] == "added entity supplier (2 fields)"


def test_add_an_entity_without_fields_gets_a_name(library: AppSpec) -> None:
    result = apply_refinement(library, "create a new table called branch")
    branch = result.spec.entity("branch")
    assert branch is not None and [f.name for f in branch.fields] == ["name"]
    assert any(page.name == "branch" for page in result.spec.pages)  # derived again


def test_add_things_with_fields(library: AppSpec) -> None:
    result = apply_refinement(library, "add suppliers with a name, an email and a phone")
    supplier = result.spec.entity("supplier")
    assert supplier is not None
    assert [f.name for f in supplier.fields] == ["name", "email", "phone"]


def test_belongs_to(crm: AppSpec) -> None:
    result = apply_refinement(
        crm, "add an entity supplier with name and email; each company belongs to a supplier"
    )
    assert result.not_understood == []
    company = result.spec.entity("company")
    assert company is not None
    assert company.field("supplier_id") is not None
    assert any(
        (r.from_, r.to, r.kind, r.field) == ("company", "supplier", "many_to_one", "supplier_id")
        for r in result.spec.relationships
    )


def test_belongs_to_an_unknown_entity_says_how_to_add_it(library: AppSpec) -> None:
    result = apply_refinement(library, "each book belongs to a publisher")
    assert result.not_understood == [
        '"each book belongs to a publisher": there is no entity "publisher"; add it first, for'
        ' example "add an entity publisher with name and email"'
    ]


def test_has_many_and_many_to_many(library: AppSpec) -> None:
    with_branch = apply_refinement(library, "add an entity branch with a name and a city").spec
    result = apply_refinement(with_branch, "a branch has many books")
    assert ("book", "branch", "many_to_one") in {
        (r.from_, r.to, r.kind) for r in result.spec.relationships
    }
    both = apply_refinement(with_branch, "books and members are many-to-many")
    assert ("book", "member", "many_to_many") in {
        (r.from_, r.to, r.kind) for r in both.spec.relationships
    }


def test_already_linked(crm: AppSpec) -> None:
    result = apply_refinement(crm, "each deal belongs to a company")
    assert result.not_understood == [
        '"each deal belongs to a company": deal is already linked to company'
    ]


def test_remove_an_entity_and_everything_about_it(crm: AppSpec) -> None:
    result = apply_refinement(crm, "remove the activity entity")

    spec = result.spec
    assert spec.entity("activity") is None
    assert "activity" not in json.dumps(structure(spec))
    assert "removed report activities_by_type" in result.changes
    assert all(page.name != "activities" for page in spec.pages)


def test_remove_an_entity_others_point_at(crm: AppSpec) -> None:
    result = apply_refinement(crm, "delete the company table")
    spec = result.spec
    assert spec.entity("company") is None
    for entity in spec.entities:
        assert all(f.references is None or f.references.entity != "company" for f in entity.fields)
    assert all(not r.group_by or "company" not in r.group_by[0] for r in spec.reports)


def test_remove_by_bare_name(library: AppSpec) -> None:
    assert apply_refinement(library, "remove loans").spec.entity("loan") is None
    author = apply_refinement(library, "remove author")
    assert author.changes == ["removed field book.author"]
