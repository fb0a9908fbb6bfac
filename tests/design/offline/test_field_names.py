"""Field names as developers write them (``appwright.design.offline.field_names``), and the types
read from the same words."""

from __future__ import annotations

import pytest
from offline_spec_views import design, field_types

from appwright.design.offline.field_names import conventional_name
from appwright.design.offline.fields import read_field


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("distance kilometres", "distance_km"),
        ("width millimetres", "width_mm"),
        ("height centimetres", "height_cm"),
        ("weight kilograms", "weight_kg"),
        ("millilitres of chemicals", "chemicals_ml"),
        ("grams of worms", "worms_grams"),
        ("area square metres", "area_sqm"),
        ("kind of waste", "waste_type"),
        ("who reported it", "reported_by"),
        ("serial no", "serial_number"),
    ],
)
def test_a_developer_names_the_column(said: str, named: str) -> None:
    assert "_".join(conventional_name(said.split())) == named


@pytest.mark.parametrize(
    "said",
    [
        "kilos left",  # the owner's own short word
        "price per kilo",  # a rate keeps the unit it is paid by
        "square metres",  # alone, the unit is the name
        "length minutes",
        "minimum age",
        "weight grams",  # grams, litres and minutes are written out
        "who did it",  # says nothing of what was done
        "yes no",
    ],
)
def test_names_developers_write_as_said_are_kept(said: str) -> None:
    assert conventional_name(said.split()) == said.split()


def test_the_kind_of_the_record_itself_is_its_kind() -> None:
    spec = design("We log each item brought in, with the owner's name and what kind of item it is.")
    assert "kind" in field_types(spec, "item")


def test_the_kind_of_something_else_is_that_things_type() -> None:
    spec = design("Each report has a location and the kind of waste (household, rubble or tyres).")
    assert field_types(spec, "report")["waste_type"] == "enum"


# --- types from the same words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "name", "type_"),
    [
        ("whether gift aid applies", "gift_aid_applies", "boolean"),
        ("whether this year's subscription is paid", "year_subscription_paid", "boolean"),
        ("a date out", "date_out", "date"),
        ("the date received", "date_received", "date"),
        ("the time of the party", "time_of_party", "datetime"),
        ("an area (m2)", "area_m2", "decimal"),
        ("the cash prize", "cash_prize", "decimal"),
        ("the commission", "commission", "decimal"),
        ("anglers", "anglers", "integer"),
        ("refills", "refills", "integer"),
    ],
)
def test_a_field_read_from_a_phrase(phrase: str, name: str, type_: str) -> None:
    draft = read_field(phrase)
    assert draft is not None and (draft.name, draft.type) == (name, type_)


@pytest.mark.parametrize(
    "phrase", ["adjustments", "findings", "questions", "skills", "parts", "notes", "a date ref"]
)
def test_plurals_said_in_words_and_identifiers_stay_words(phrase: str) -> None:
    draft = read_field(phrase)
    assert draft is not None and draft.type in ("text", "long_text")


def test_plurals_among_values_are_values_not_fields() -> None:
    spec = design("Each order has a kind of goods (food, tools, toys).")
    assert field_types(spec, "order") == {"goods_type": "enum"}
