"""Values given to each pairing of two records: the pairing becomes a junction record with
those values, pointing at both, and the values leave the records they were first read into."""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, relations


@pytest.mark.parametrize(
    ("description", "junction", "value"),
    [
        (
            "Parts have a name and a unit cost. Each job has a date and a price; a job can use "
            "several parts, and for each one I note the quantity used.",
            "job_part",
            "quantity_used",
        ),
        (
            "Ingredients have a name and a cost per ml. A blend is mixed from several "
            "ingredients, and we note the number of drops of each ingredient in the blend.",
            "blend_ingredient",
            "drops",
        ),
        (
            "Materials have a name, a colour and metres on hand. Every order has a due date and "
            "a price, and for each order I note which materials it used and how many metres of "
            "each.",
            "order_material",
            "metres",
        ),
        (
            "Every cocktail has a name and a price. A cocktail is made from several spirits, "
            "with a measure in millilitres each time; spirits have a brand and a cost per "
            "bottle.",
            "cocktail_spirit",
            "measure_ml",
        ),
    ],
)
def test_a_value_of_each_pairing_makes_a_junction_record(
    description: str, junction: str, value: str
) -> None:
    spec = design(description)
    first, second = junction.split("_", 1)
    # a count of things is whole; metres come in parts (the stored golds say decimal)
    assert field_types(spec, junction)[value] == ("decimal" if value == "metres" else "integer")
    assert {(junction, first, "many_to_one"), (junction, second, "many_to_one")} <= relations(spec)
    assert not {r for r in relations(spec) if {r[0], r[1]} == {first, second}}
    for end in (first, second):
        assert value not in field_types(spec, end)


def test_the_pairing_s_value_leaves_the_record_it_was_first_read_into() -> None:
    spec = design(
        "Parts have a name and a unit cost. Each job has a date and a price; a job can use "
        "several parts, and for each one I note the quantity used."
    )
    assert "quantity_used" not in field_types(spec, "job")
    assert field_types(spec, "job_part") == {
        "quantity_used": "integer",
        "job_id": "reference",
        "part_id": "reference",
    }


@pytest.mark.parametrize(
    "description",
    [
        # a name or a date said of each is the record's own, not the pairing's
        "Each job has a date and a price; a job can use several parts, and for each one I note "
        "the name and the supplier.",
        # a number of each with no two linked records in the sentence
        "Each job has a date and a price, and we note the number of visits of each job.",
    ],
)
def test_no_junction_without_a_number_for_a_linked_pair(description: str) -> None:
    spec = design(description)
    assert not {name for name in entity_names(spec) if name.startswith("job_")}


def test_a_pairing_we_do_by_a_verb_is_named_after_the_act() -> None:
    spec = design(
        "Every day we log each stop with the location and the date. Menu items have a name and a "
        "price. At the end of the day I count how many of each item we sold at that stop."
    )
    assert field_types(spec, "sale") == {
        "quantity": "integer",
        "menu_item_id": "reference",
        "stop_id": "reference",
    }


def test_the_quantity_of_each_is_the_pairing_s_and_no_record() -> None:
    spec = design(
        "Jobs have a start date. Jobs use materials from our stock list (name and unit cost), "
        "and we note the quantity of each material used on each job."
    )
    assert "quantity" not in entity_names(spec)
    assert field_types(spec, "material_job")["quantity"] == "integer"
