"""Sentence shapes learnt in the round before sealed batch 32, each designed end to end on a
sentence of its own, with a twin it must leave alone: *a payment method of cash or card*,
*toppings such as tapioca pearls or popping boba have a name*, an order *made of order lines,
each one drink with a size*, and a line's own list going on to *several toppings*."""

from __future__ import annotations

import pytest
from offline_spec_views import assert_only_many_to_one, design, entity_names, field_types
from offline_spec_views import relations as relations_of

from appwright.design.offline.simplify import broken_into, values_of, without_examples
from appwright.design.offline.text import normalize_text

# --- values after "of" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("a payment method of cash or card", "a payment method (cash or card)"),
        ("a delivery type of pickup, courier or post", "a delivery type (pickup, courier or post)"),
        ("a size of small or large and a colour", "a size (small or large) and a colour"),
        # no word for a choice: two things, not two values
        ("a list of members or guests", "a list of members or guests"),
        ("a photo of the front or back", "a photo of the front or back"),
    ],
)
def test_values_of_a_choice_go_in_brackets(said: str, plain: str) -> None:
    assert values_of(said) == plain


def test_a_payment_method_of_cash_or_card_is_an_enum() -> None:
    spec = design("An order has an order time, a payment method of cash or card and a total.")
    types = field_types(spec, "order")
    assert types["payment_method"] == "enum"
    assert "card" not in types
    method = next(f for f in spec.entity("order").fields if f.name == "payment_method")  # type: ignore[union-attr]
    assert method.options == ["cash", "card"]


# --- examples of a plural subject -------------------------------------------------------------


def test_examples_before_have_are_dropped() -> None:
    said = "toppings such as tapioca pearls or popping boba have a name and an extra cost"
    assert without_examples(said) == "toppings have a name and an extra cost"
    # a single thing's examples are its values, which another reader keeps
    kept = "a category such as starter, main or dessert"
    assert without_examples(kept) == kept


def test_toppings_such_as_examples_make_no_record_and_no_field() -> None:
    spec = design(
        "Drinks have a name and a price, and toppings such as tapioca pearls or popping boba"
        " have a name and an extra cost."
    )
    assert entity_names(spec) == {"drink", "topping"}
    assert set(field_types(spec, "drink")) == {"name", "price"}
    assert field_types(spec, "topping")["extra_cost"] == "decimal"


# --- a whole made of its lines ----------------------------------------------------------------


def test_each_one_thing_with_names_the_thing_first() -> None:
    said = normalize_text("it is made of order lines, each one drink with a size and a quantity.")
    assert "each with a drink, a size and a quantity" in said or "with a drink, a size" in said


def test_made_up_of_two_word_parts_keeps_how_many() -> None:
    assert broken_into("a parcel is made up of several stock items with a quantity") == (
        "a parcel has several stock items with a quantity"
    )
    assert broken_into("a quote is broken down into rooms") == "a quote has rooms"


def test_an_order_made_of_lines_each_one_drink_gets_order_lines() -> None:
    spec = design(
        "Drinks have a name and a price. Toppings have a name and an extra cost. An order has an"
        " order time, and it is made of order lines, each one drink with a size (regular or"
        " large), a quantity and any number of toppings."
    )
    assert set(field_types(spec, "order_line")) >= {"size", "quantity"}
    assert_only_many_to_one(spec, "order_line", "order")
    assert_only_many_to_one(spec, "order_line", "drink")
    found = relations_of(spec)
    assert ("topping", "order", "many_to_one") not in found
    assert {
        ("order_line", "topping", "many_to_many"),
        ("topping", "order_line", "many_to_many"),
    } & found


def test_a_table_made_of_oak_stays_a_material() -> None:
    spec = design("A table is made of oak and has a price and a width in centimetres.")
    assert "oak" not in entity_names(spec)


def test_a_bracketed_child_list_closes_before_the_next_record() -> None:
    spec = design(
        "Each client has a company name, a bunch of stores (store name, address, town) and a few"
        " questionnaires of their own, which are just a title and the list of questions."
    )
    assert ("questionnaire", "store", "many_to_one") not in relations_of(spec)
    assert_only_many_to_one(spec, "store", "client")
