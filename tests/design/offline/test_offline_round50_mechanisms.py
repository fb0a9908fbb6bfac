"""Mechanisms measured as the loss on the unseen batch 50 (barbers and piercing studios, gin
distillers and tea blenders, shellfish farms, drystone wallers and coppice workers, car boot
sales and kite festivals) and on leftovers of earlier rounds. Each test designs a sentence of
its own end to end, with a twin the change must leave alone: the lines of a record naming what
they are for (*order lines say which design and how many sheets*)."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, relations


def _roles(description: str) -> set[str]:
    spec = design(description)
    return set(spec.permissions.roles) if spec.permissions else set()


def test_the_lines_of_a_record_point_at_what_they_name() -> None:
    text = (
        "Every design has a name and a price. Orders have an order date. "
        "Order lines say which design and how many sheets."
    )
    spec = design(text)
    assert ("order_line", "design", "many_to_one") in relations(spec)
    assert ("design", "order_line", "many_to_one") not in relations(spec)
    assert field_types(spec, "order_line")["sheets"] == "integer"
    assert "order_line" not in _roles(text)


def test_people_naming_a_record_still_act_on_it() -> None:
    text = "Orders have a date and a total. Sales reps record the orders."
    assert "sales_rep" in _roles(text)


def test_a_thing_made_of_one_record_is_a_record_of_its_own() -> None:
    spec = design(
        "Base teas have a name. Blends have a name. Whenever I make up a batch of a blend I "
        "jot down the date, the grams made and a best-before date."
    )
    assert {"date", "grams_made", "best_before_date"} <= set(field_types(spec, "batch"))
    assert ("batch", "blend", "many_to_one") in relations(spec)
    assert "date" not in field_types(spec, "blend")


def test_a_thing_made_without_of_is_left_as_it_was() -> None:
    spec = design(
        "Blends have a name. When I roast a batch I note the date, the grams made and a "
        "best-before date."
    )
    assert {"date", "grams_made"} <= set(field_types(spec, "batch"))
    assert "blend_id" not in field_types(spec, "batch")


def test_it_has_after_a_comma_is_a_clause_of_its_own() -> None:
    spec = design(
        "A blend is my own recipe, it's got a name, a tasting note and a price per pouch."
    )
    assert entity_names(spec) == {"blend"}
    assert {"name", "tasting_note", "price_per_pouch"} <= set(field_types(spec, "blend"))


def test_it_has_to_after_a_comma_is_left_as_it_was() -> None:
    spec = design("Each tool has a name and a price, it has to be returned within a week.")
    assert set(field_types(spec, "tool")) == {"name", "price"}


def test_what_we_pay_per_unit_is_a_price_per_unit() -> None:
    spec = design("Base teas have a name, an estate and what I pay per kilo.")
    assert field_types(spec, "base_tea")["price_per_kilo"] == "decimal"


def test_what_we_pay_for_it_is_still_the_amount_paid() -> None:
    spec = design(
        "Suppliers have a name. Base teas have a name, a supplier and what we pay for it."
    )
    assert field_types(spec, "base_tea")["amount_paid"] == "decimal"
