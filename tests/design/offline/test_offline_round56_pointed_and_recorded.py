"""Round 56: older held-out wordings the designer still read worst.

Each test designs a sentence of its own end to end, with a twin the change must leave alone: a
terse clause that ends on the one who acts (or the one a record goes to) and then lists that
one's fields after a colon; one person who gives us their details and then may do something
else; a record that should point at another, with the other's list; the side of the business
that is simple, just a list; examples before *with*, and *what each one costs*; one who
signs up after a lead-in (*the way it works is that ...*); *what it sold for*; a record put
against one and against whichever of ours did it; a flow after *, and once they accept,*;
*those are the only three* closing a list of values; and a record that should show whether
it is one of several steps."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows, relations, simplified

from appwright.spec.models import AppSpec


def test_a_list_after_a_clause_ending_on_one_record_is_that_records() -> None:
    spec = design(
        "Hive: hive no., site, date inspected. Each hive kept by one beekeeper: name, phone."
    )
    assert field_types(spec, "beekeeper") == {"name": "text", "phone": "text"}
    assert "phone" not in field_types(spec, "hive")
    assert ("hive", "beekeeper", "many_to_one") in relations(spec)


def test_a_list_after_a_header_stays_the_headers() -> None:
    spec = design("Hive: hive no., site, date inspected. Beekeepers: name, phone.")
    assert field_types(spec, "beekeeper") == {"name": "text", "phone": "text"}
    assert set(field_types(spec, "hive")) == {"hive_number", "site", "date_inspected"}


def test_one_person_gives_us_details_and_may_own_several() -> None:
    spec = design(
        "A member gives us a name, email and phone number and may own several boats; for every "
        "boat we keep its length in metres."
    )
    assert field_types(spec, "member") == {"name": "text", "email": "email", "phone_number": "text"}
    assert ("boat", "member", "many_to_one") in relations(spec)


def test_one_person_giving_a_thing_of_its_own_is_left_alone() -> None:
    spec = design(
        "A member gives a donation and may own several boats; each donation has an amount."
    )
    assert "member" not in entity_names(spec) or "amount" not in field_types(spec, "member")
    assert "amount" in field_types(spec, "donation")


def test_a_list_after_what_a_record_is_made_with_stays_the_subjects() -> None:
    spec = design("Kegs are filled with one beer: keg no., size, date filled.")
    assert set(field_types(spec, "keg")) == {"keg_number", "size", "date_filled"}


def test_a_record_pointing_at_one_with_its_list_gives_that_one_the_list() -> None:
    spec = design(
        "Each tyre has a size and a tread depth. Each tyre should point at the pallet it came "
        "on, with the supplier, the date the pallet arrived and the cost per tyre."
    )
    assert set(field_types(spec, "pallet")) == {"supplier", "arrived_date", "cost_per_tyre"}
    assert "supplier" not in field_types(spec, "tyre")
    assert ("tyre", "pallet", "many_to_one") in relations(spec)


def test_a_record_made_with_a_list_is_not_pointed_at() -> None:
    spec = design("Each tyre is fitted with the supplier, the date and the cost per tyre.")
    assert "pallet" not in entity_names(spec)


def test_the_side_of_the_business_that_is_simple_names_its_people() -> None:
    spec = design(
        "The tenant side is simple, just name, phone and email, and at the end of the month "
        "I'd like to see the rent paid."
    )
    assert field_types(spec, "tenant") == {"name": "text", "phone": "text", "email": "email"}


def test_a_simple_side_without_just_or_an_article_is_left_alone() -> None:
    assert "tenant" not in entity_names(design("The tenant side is simple, name, phone and email."))


def test_examples_before_with_name_no_record_and_what_each_one_costs_is_a_cost() -> None:
    spec = design(
        "I keep a list of fabrics like velvet, linen and tweed with what each one costs me."
    )
    assert entity_names(spec) == {"fabric"}
    assert field_types(spec, "fabric") == {"cost": "decimal"}


def test_one_who_signs_up_after_a_lead_in_is_the_record() -> None:
    spec = design("So the way it works is that every member who signs up gets a card number.")
    assert field_types(spec, "member") == {"card_number": "text"}


def test_one_who_joins_something_keeps_the_relative() -> None:
    said = simplified(
        "So the way it works is that every member who joins a class gets a card number."
    )
    assert "each member who joins a class gets" in said  # *every* is *each* (round 58)


def test_what_it_sold_for_is_its_price() -> None:
    assert field_types(design("Each lot has a number and what it sold for."), "lot") == {
        "number": "text",
        "price": "decimal",
    }


def test_a_record_against_one_and_whichever_of_ours_belongs_to_both() -> None:
    spec = design(
        "Members have a name. When a bottle is sold we record the sale (the code and the date) "
        "against that member, and against whichever of our bars sold it."
    )
    assert field_types(spec, "sale") == {
        "code": "text",
        "date": "date",
        "member_id": "reference",
        "bar_id": "reference",
    }
    assert {("sale", "member", "many_to_one"), ("sale", "bar", "many_to_one")} <= relations(spec)


def test_a_record_against_one_for_a_reason_is_not_two_links() -> None:
    said = simplified("We record the sale against that member, for the books.")
    assert "belongs to one book" not in said


def test_a_flow_after_their_act_is_its_own_clause() -> None:
    spec = design(
        "Each car becomes a service job with a plate. Then I send an estimate with a price, and "
        "once they agree, the job goes from waiting to in progress to done."
    )
    assert flows(spec)["service_job"] == ("status", ["waiting", "in_progress", "done"])
    assert set(field_types(spec, "estimate")) <= {"price", "service_job_id"}


def test_a_list_going_on_after_their_act_is_left_alone() -> None:
    said = simplified(
        "I send a quote with a price, and once they accept, the deposit and the date."
    )
    assert "once they accept, the deposit" in said


def _options(spec: AppSpec, entity: str, field: str) -> list[str] | None:
    found = spec.entity(entity)
    assert found is not None
    return next(f.options for f in found.fields if f.name == field)


def test_a_closed_list_aside_names_no_value() -> None:
    spec = design(
        "Each saddle has a leather (calf, buffalo or suede, those are the only three we stock)."
    )
    assert _options(spec, "saddle", "leather") == ["calf", "buffalo", "suede"]


def test_a_closed_list_said_outside_the_bracket_is_left_to_its_readers() -> None:
    said = simplified("Each saddle has a leather (calf or suede), those are the only ones.")
    assert "those are the only ones" in said


def test_showing_whether_it_is_one_of_several_steps_is_a_status() -> None:
    spec = design(
        "Each parcel has a weight. A parcel should show whether it is booked, collected, in "
        "transit or delivered, and it only ever moves forward through those."
    )
    assert flows(spec)["parcel"] == (
        "status",
        ["booked", "collected", "in_transit", "delivered"],
    )


def test_showing_whether_it_is_one_of_two_is_left_alone() -> None:
    said = simplified("A parcel should show whether it is fragile or heavy.")
    assert "has a status" not in said
