"""Sentence shapes first met in held-out batch 14, each designed end to end on a sentence of its
own: two predicates of one subject (*belongs to ... and is done at ...*, *..., and is assigned
to ...*), a phrasal verb (*fills in a slip*), a time phrase opening a clause (*after each hunt a
falconer ...*), a collective head (*a herd of alpacas*, but not *a batch of a scent*), *a grade of
fine, medium or coarse*, flows told without *from* (*goes ..., then ...*, *passes through ...*,
*starts as ..., becomes ... when ...*), *its stage goes from ... until ...*, a new subject after
*, and* or after a colon (but not after a short header), and *every X we own has ...*."""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, flows, relations


def test_two_predicates_of_one_subject_link_it_to_both_records() -> None:
    spec = design(
        "A restoration belongs to a collector and is done at a workshop (name and town) on a date."
    )
    assert {
        ("restoration", "collector", "many_to_one"),
        ("restoration", "workshop", "many_to_one"),
    } <= relations(spec)
    assert {"name", "town"} <= set(field_types(spec, "workshop"))
    assert "town" not in field_types(spec, "restoration")


def test_and_is_assigned_to_after_a_field_list_is_the_subjects_link() -> None:
    spec = design(
        "A reupholstery job has a fabric, a quoted price and a deadline, and is assigned to an"
        " upholsterer."
    )
    assert field_types(spec, "reupholstery_job") == {
        "fabric": "text",
        "quoted_price": "decimal",
        "deadline": "date",
        "upholsterer_id": "reference",
    }
    assert relations(spec) == {("reupholstery_job", "upholsterer", "many_to_one")}


def test_a_singular_phrasal_verb_fills_the_record_it_names() -> None:
    spec = design("A taxidermist fills in an intake slip with the date and the weight.")
    assert field_types(spec, "intake_slip") == {
        "date": "date",
        "weight": "decimal",
        "taxidermist_id": "reference",
    }
    assert relations(spec) == {("intake_slip", "taxidermist", "many_to_one")}


@pytest.mark.parametrize(
    "description",
    [
        "Taxidermists fill in an intake slip with the date and the weight.",
        "Taxidermists fill in intake slips with the date and the weight.",
    ],
)
def test_a_plural_phrasal_verb_still_fills_the_record(description: str) -> None:
    spec = design(description)
    assert {"date": "date", "weight": "decimal"}.items() <= field_types(spec, "intake_slip").items()
    taxidermist = spec.entity("taxidermist")
    assert taxidermist is None or not {"date", "weight"} & {f.name for f in taxidermist.fields}


def test_a_time_phrase_before_a_new_subject_leaves_the_record_its_fields() -> None:
    spec = design(
        "After each hunt a falconer fills in a hunt sheet with the date, the quarry and the"
        " distance in metres."
    )
    assert field_types(spec, "hunt_sheet") == {
        "date": "date",
        "quarry": "text",
        "distance_metres": "decimal",
        "falconer_id": "reference",
    }
    assert not {"date", "quarry", "distance_metres"} & set(field_types(spec, "falconer"))
    assert relations(spec) == {("hunt_sheet", "falconer", "many_to_one")}


def test_a_collective_head_is_the_record_not_its_members() -> None:
    spec = design("A herd of alpacas is kept in a paddock with an arrival date and a head count.")
    assert field_types(spec, "herd") == {"arrival_date": "date", "head_count": "integer"}
    assert "alpaca" not in entity_names(spec)


def test_a_batch_of_a_named_record_links_to_it() -> None:
    spec = design(
        "Each scent has a name. A batch of a scent has a pouring date and a wax weight in grams."
    )
    assert field_types(spec, "batch") == {
        "pouring_date": "date",
        "wax_weight_grams": "integer",
        "scent_id": "reference",
    }
    assert relations(spec) == {("batch", "scent", "many_to_one")}


def test_a_field_of_listed_values_is_an_enum() -> None:
    spec = design("Each alpaca has a name and a grade of fine, medium or coarse.")
    assert field_types(spec, "alpaca") == {"name": "text", "grade": "enum"}
    alpaca = spec.entity("alpaca")
    assert alpaca is not None
    grade = alpaca.field("grade")
    assert grade is not None and grade.options == ["fine", "medium", "coarse"]


@pytest.mark.parametrize(
    ("description", "entity", "states"),
    [
        (
            "A sofa goes stripped, reframed, covered, then collected.",
            "sofa",
            ["stripped", "reframed", "covered", "collected"],
        ),
        (
            "Restorations pass through assessed, in repair, tested and returned.",
            "restoration",
            ["assessed", "in_repair", "tested", "returned"],
        ),
    ],
)
def test_a_flow_told_without_from_keeps_its_order(
    description: str, entity: str, states: list[str]
) -> None:
    assert flows(design(description)) == {entity: ("status", states)}


def test_starts_as_becomes_when_and_once_is_a_flow() -> None:
    spec = design(
        "A hat order starts as measured, becomes blocked when the felt is shaped and trimmed"
        " once the ribbon is sewn."
    )
    assert flows(spec) == {"hat_order": ("status", ["measured", "blocked", "trimmed"])}


def test_its_stage_goes_from_until_is_a_stage_flow_of_the_subject() -> None:
    spec = design(
        "Every saddle has a leather and a size, and its stage goes from cut to stitched until it"
        " is fitted."
    )
    assert flows(spec) == {"saddle": ("stage", ["cut", "stitched", "fitted"])}
    assert field_types(spec, "saddle") == {"leather": "text", "size": "text", "stage": "enum"}


def test_and_a_new_subject_after_another_clause_has_its_own_flow() -> None:
    spec = design(
        "Collectors have a name and a phone, and a repair goes booked, dismantled, then returned."
    )
    assert flows(spec) == {"repair": ("status", ["booked", "dismantled", "returned"])}
    assert field_types(spec, "collector") == {"name": "text", "phone": "text"}


def test_a_colon_after_a_long_clause_opens_the_next_records_clause() -> None:
    spec = design(
        "Collectors have a name and a phone. Collectors can also request a valuation: a valuation"
        " starts as requested, becomes quoted when priced and closed once paid."
    )
    assert flows(spec) == {"valuation": ("status", ["requested", "quoted", "closed"])}
    assert field_types(spec, "collector") == {"name": "text", "phone": "text"}


def test_a_short_header_before_a_colon_names_the_record() -> None:
    spec = design(
        "Looms have a name. Loom repairs: a weaver logs a repair for a loom with a description"
        " and a date."
    )
    assert field_types(spec, "loom_repair") == {
        "description": "long_text",
        "date": "date",
        "loom_id": "reference",
        "weaver_id": "reference",
    }
    assert {
        ("loom_repair", "loom", "many_to_one"),
        ("loom_repair", "weaver", "many_to_one"),
    } == relations(spec)


def test_every_record_we_own_has_its_fields() -> None:
    spec = design("Every loom we own has a width in centimetres and a purchase date.")
    assert entity_names(spec) == {"loom"}
    assert field_types(spec, "loom") == {"width_cm": "decimal", "purchase_date": "date"}


def test_a_list_naming_its_own_record_does_not_send_the_reader_round_in_circles() -> None:
    # "the seedlings delivered with the seedling name ...": the rest a reader hands back must
    # be shorter than what it was given; this sentence once recursed until Python gave up
    spec = design("We log the seedlings delivered with the seedling name, quantity and cost.")
    assert spec.entity("seedling") is not None
