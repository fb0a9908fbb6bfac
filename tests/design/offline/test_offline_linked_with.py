"""A record *linked to* another *with* fields of its own, and a flow written on a field:
the README's walk-through description, its smallest forms, and the same shapes with other
nouns. The *with* clause after a link target holds the subject's fields (never more targets),
a past participle after the subject describes it (nobody acts), and a flow read with its
field is not given to another record of the sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from offline_spec_views import relations

from appwright.design.offline import design_app
from appwright.spec.models import AppSpec

README = Path(__file__).resolve().parents[3] / "README.md"


def readme_description() -> str:
    """The description the README's walk-through designs from (``appwright design "..."``)."""
    match = re.search(r'appwright design "(?P<text>[^"]+)"', README.read_text(encoding="utf-8"))
    assert match is not None, 'README.md has no `appwright design "..."` walk-through'
    return " ".join(match.group("text").split())


def fields_of(spec: AppSpec) -> dict[str, dict[str, str]]:
    return {e.name: {f.name: f.type for f in e.fields} for e in spec.entities}


def flows(spec: AppSpec) -> list[tuple[str, str, list[str]]]:
    return [(f.entity, f.field, f.states) for f in spec.state_flows]


def test_the_readme_walk_through_designs_three_entities_and_one_flow() -> None:
    spec = design_app(readme_description()).spec

    assert fields_of(spec) == {
        "company": {"name": "text", "industry": "text", "website": "url"},
        "contact": {"name": "text", "email": "email", "phone": "text", "company_id": "reference"},
        "deal": {
            "amount": "decimal",
            "expected_close_date": "date",
            "stage": "enum",
            "company_id": "reference",
        },
    }
    assert relations(spec) == {
        ("contact", "company", "many_to_one"),
        ("deal", "company", "many_to_one"),
    }
    assert flows(spec) == [("deal", "stage", ["lead", "qualified", "proposal", "won", "lost"])]
    stage = spec.state_flows[0]
    assert [(t.from_, t.to) for t in stage.transitions] == [
        (["lead"], "qualified"),
        (["qualified"], "proposal"),
        (["proposal"], "won"),
        (["lead", "qualified", "proposal"], "lost"),
    ]
    assert spec.permissions.roles == ["sales_rep", "manager"]
    assert [(r.entity, r.measure.agg, r.measure.field, r.group_by) for r in spec.reports] == [
        ("deal", "sum", "amount", ["stage"])
    ]


@pytest.mark.parametrize(
    ("text", "subject", "target", "fields"),
    [
        (
            "Deals linked to a company with an amount, an expected close date and a stage that"
            " moves from lead to qualified to won or lost.",
            "deal",
            "company",
            {"amount", "expected_close_date", "stage"},
        ),
        (
            "Tickets attached to a customer with a subject, a due date and a status that goes"
            " from open to in progress to closed.",
            "ticket",
            "customer",
            {"subject", "due_date", "status"},
        ),
        (
            "Shipments tied to a warehouse with a weight, an arrival date and a state that moves"
            " from packed to shipped to delivered or returned.",
            "shipment",
            "warehouse",
            {"weight", "arrival_date", "state"},
        ),
        (
            "Invoices are associated with a client, with a total, a due date and a paid flag.",
            "invoice",
            "client",
            {"total", "due_date", "paid"},
        ),
    ],
)
def test_with_after_a_link_target_holds_the_subjects_fields(
    text: str, subject: str, target: str, fields: set[str]
) -> None:
    spec = design_app(text).spec

    assert {e.name for e in spec.entities} == {subject, target}
    assert relations(spec) == {(subject, target, "many_to_one")}
    assert set(fields_of(spec)[subject]) == fields | {f"{target}_id"}
    assert spec.permissions.roles == []  # "deals linked to ...": nobody acting


@pytest.mark.parametrize(
    ("text", "owner", "field", "states"),
    [
        (
            "We track companies (name, website) and contacts who work at a company (name,"
            " email), and deals linked to a company with an amount and a stage that moves from"
            " lead to qualified to won or lost.",
            "deal",
            "stage",
            ["lead", "qualified", "won", "lost"],
        ),
        (
            "We keep schools (name, city) and teachers who work at a school (name, email), and"
            " grants connected to a school with an amount and a phase that moves from draft to"
            " submitted to approved or rejected.",
            "grant",
            "phase",
            ["draft", "submitted", "approved", "rejected"],
        ),
        (
            "The studio lists painters (name, email) and canvases related to a painter with a"
            " title, a price and a status that goes from sketched to framed to sold.",
            "canvas",
            "status",
            ["sketched", "framed", "sold"],
        ),
    ],
)
def test_a_flow_written_on_a_field_belongs_to_that_field_alone(
    text: str, owner: str, field: str, states: list[str]
) -> None:
    spec = design_app(text).spec

    assert flows(spec) == [(owner, field, states)]
