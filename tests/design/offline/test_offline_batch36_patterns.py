"""Sentence shapes learnt once batch 36 was measured, each designed end to end on a sentence
of its own (not the batch's), with a twin it must leave alone: *a survey of their home
records ...*, *one pump from our catalogue, which lists ...*, *engineers log their hours on
a work order with ...*, *the rating I gave it from A to G*."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, relations

from appwright.design.offline.act_nouns import act_noun
from appwright.design.offline.normalize import normalize_text


def test_a_record_of_theirs_keeps_its_own_list_and_belongs_to_them() -> None:
    spec = design(
        "We fit solar panels. For each household we keep a name and an email, and an inspection"
        " of their roof records the inspection date, the pitch in degrees and the area in"
        " square metres."
    )
    assert {"household", "inspection"} <= entity_names(spec)
    assert field_types(spec, "inspection")["inspection_date"] == "date"
    assert "pitch_degrees" not in field_types(spec, "household")
    assert ("inspection", "household", "many_to_one") in relations(spec)


def test_a_catalogue_line_listing_several_things_is_the_record_they_describe() -> None:
    spec = design(
        "Each install uses one inverter from our catalogue, which lists the brand, the model and"
        " the list price. Installs have a date and a price."
    )
    assert field_types(spec, "inverter") == {
        "brand": "text",
        "model": "text",
        "list_price": "decimal",
    }
    assert ("install", "inverter", "many_to_one") in relations(spec)


def test_hours_logged_on_a_record_are_a_log_of_their_own() -> None:
    spec = design(
        "Repairs have a description and an estimate. Mechanics log their hours on a repair with"
        " the date and a short note."
    )
    assert field_types(spec, "repair")["estimate"] == "decimal"
    assert {"hours", "date"} <= set(field_types(spec, "time_log"))
    assert {
        ("time_log", "repair", "many_to_one"),
        ("time_log", "mechanic", "many_to_one"),
    } <= relations(spec)


def test_letter_grades_and_what_was_given_are_the_field() -> None:
    spec = design(
        "Every inspection is for a kitchen, and for the kitchen I want the address and the"
        " owner's name. For each inspection I note the date, the hygiene grade I gave it from A"
        " to E and a link to the report once it's filed."
    )
    fields = field_types(spec, "inspection")
    assert fields["hygiene_grade"] == "enum"
    assert fields["report_link"] == "url"
    assert "address" in field_types(spec, "kitchen")
    inspection = spec.entity("inspection")
    grade = inspection.field("hygiene_grade") if inspection else None
    assert grade is not None and grade.options == ["a", "b", "c", "d", "e"]


def test_one_piece_of_a_mass_noun_is_one_of_its_records() -> None:
    assert normalize_text("We log checks against a piece of equipment") == (
        "we log checks against a equipment"
    )
    # a piece of advice or of the puzzle is no record
    assert normalize_text("a piece of advice, a piece of the puzzle") == (
        "a piece of advice, a piece of the puzzle"
    )
    spec = design(
        "Gyms have a name. Each gym holds pieces of equipment, each with a type. We log"
        " services against a piece of equipment with the service date and notes."
    )
    assert ("service", "equipment", "many_to_one") in relations(spec)
    assert "service_date" in field_types(spec, "service")
    assert "service_date" not in field_types(spec, "equipment")


def test_a_bracket_in_a_child_s_list_holds_its_field_s_values() -> None:
    spec = design(
        "Each stable has a name and a phone, and we record its horses with the breed (cob, arab or"
        " shire) and a height."
    )
    assert field_types(spec, "horse") == {
        "breed": "enum",
        "height": "decimal",
        "stable_id": "reference",
    }


def test_an_act_named_by_its_own_verb_is_that_record() -> None:
    assert act_noun("visit") == "visit"
    assert act_noun("reserve") == "reservation"


def test_a_dated_act_for_a_reason_like_examples_keeps_the_reason() -> None:
    spec = design(
        "Farms have a name. A farrier visits a farm on a given date for a reason like shoeing or"
        " trimming, and we charge a call-out fee for the visit."
    )
    assert field_types(spec, "visit") == {
        "date": "date",
        "reason": "text",
        "call_out_fee": "decimal",
        "farm_id": "reference",
        "farrier_id": "reference",
    }
