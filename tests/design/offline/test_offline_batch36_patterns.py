"""Sentence shapes learnt once batch 36 was measured, each designed end to end on a sentence
of its own (not the batch's), with a twin it must leave alone: *a survey of their home
records ...*, *one pump from our catalogue, which lists ...*, *engineers log their hours on
a work order with ...*, *the rating I gave it from A to G*."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, relations


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
