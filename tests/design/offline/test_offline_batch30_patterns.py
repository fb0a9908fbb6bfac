"""Sentence shapes learnt in the round before sealed batch 30, each designed end to end on a
sentence of its own: an act someone does, written down when it happens (*when one orders we
record the order date, ...*), things people make for values (*customers place orders for a
collection date*), people who log in (*crew members need a login to see their jobs*), people
with a relative clause in the way, a second kind of thing a record takes (*..., plus extras,
each with ...*), and one way between a person and the work they are given; then, after batch
29 was opened, asides on people (*customers, who just need a name and an email, order ...*)."""

from __future__ import annotations

import pytest
from offline_spec_views import assert_only_many_to_one, design, entity_names, field_types, relations

from appwright.design.offline.fields import read_field
from appwright.design.offline.list_hosts import Host, host_np
from appwright.design.offline.list_items import split_list
from appwright.design.offline.normalize import normalize_text
from appwright.design.offline.owner_lists import are_just_fields
from appwright.design.offline.owner_several import plus_more
from appwright.design.offline.people_told import logs_in, people_who_do, people_who_need
from appwright.design.offline.told_acts import on_the_day, when_one_acts
from appwright.design.offline.told_made_for import is_a_kind_for, make_them_for
from appwright.design.offline.told_records import (
    for_each_counted,
    got_them_and_need,
    list_of_theirs,
)

# --- an act written down when it happens -----------------------------------------------------


def test_when_one_of_the_people_just_named_acts_the_list_is_the_acts_record() -> None:
    sentence = (
        "stockists are the shops that carry us, with a shop name and website; when one orders "
        "we record the order date, the sauce, the number of bottles and whether it's been paid"
    )
    assert when_one_acts(sentence) == (
        "stockists are the shops that carry us, with a shop name and website; each order "
        "belongs to one stockist; each order has the order date, the sauce, the number of "
        "bottles and whether it's been paid"
    )


@pytest.mark.parametrize(
    ("sentence", "made"),
    [
        ("whenever a member books, we take the date and the number of guests", "booking"),
        ("when a stockist places an order, we note the date and the bottles", "order"),
        ("each time a visitor borrows, we log the date and the due date", "loan"),
    ],
)
def test_the_act_names_its_record_and_who_does_it_owns_it(sentence: str, made: str) -> None:
    plain = when_one_acts(sentence)
    assert plain.startswith(f"each {made} belongs to one ")
    assert f"; each {made} has the " in plain


@pytest.mark.parametrize(
    "sentence",
    [
        # no one the sentence opened with for "one" to stand for
        "when one orders we record the order date and the sauce",
        # a single item is no list of what the act holds
        "when a stockist orders we record the date",
        # an auxiliary is no act
        "when a stockist is late we record the date and the reason",
        # what happens to a thing is no dealing: the list is the thing's own
        "when a machine breaks we note the date and the cause",
    ],
)
def test_other_whens_are_left_alone(sentence: str) -> None:
    assert when_one_acts(sentence) == sentence


def test_an_order_a_stockist_makes_is_theirs_and_holds_what_was_ordered() -> None:
    spec = design(
        "Each sauce has a name and a retail price. Stockists are the shops that carry us, with "
        "a shop name, contact email and website; when one orders we record the order date, the "
        "sauce, the number of bottles and whether it's been paid."
    )
    assert {"sauce", "stockist", "order"} <= entity_names(spec)
    assert field_types(spec, "order")["order_date"] == "date"
    assert field_types(spec, "order")["paid"] == "boolean"
    assert {("order", "stockist", "many_to_one"), ("order", "sauce", "many_to_one")} <= (
        relations(spec)
    )
    assert "order_date" not in field_types(spec, "stockist")


# --- things people make for values -----------------------------------------------------------


def test_orders_placed_for_a_date_have_the_date() -> None:
    assert make_them_for(
        "customers sign up with their name, phone and email and place orders for a chosen "
        "collection date"
    ) == (
        "customers sign up with their name, phone and email; customers place orders; each "
        "order has a chosen collection date"
    )


def test_orders_placed_for_things_are_left_alone() -> None:
    sentence = "customers place orders for cakes and pies"
    assert make_them_for(sentence) == sentence


def test_bookings_made_for_a_date_and_a_number_of_guests() -> None:
    spec = design("Clients have a name. Clients make bookings for a date and a number of guests.")
    assert field_types(spec, "booking")["date"] == "date"
    assert field_types(spec, "booking")["guests"] == "integer"
    assert ("booking", "client", "many_to_one") in relations(spec)
    assert "item" not in entity_names(spec)


# --- people who log in -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("drivers need a login to see their jobs", "drivers log in to see their jobs"),
        (
            "drivers have a name and log in to see the jobs they are on",
            "drivers have a name; drivers log in to see the jobs they are on",
        ),
        (
            "the crew members are assigned to jobs and need a login to see them",
            "the crew members are assigned to jobs; the crew members log in to see them",
        ),
        # an account number is a field, not a login
        (
            "customers have an account number, a name and an address",
            "customers have an account number, a name and an address",
        ),
    ],
)
def test_a_login_is_logging_in(sentence: str, plain: str) -> None:
    assert logs_in(sentence) == plain


def test_people_who_need_a_login_are_a_role_and_have_no_login_field() -> None:
    spec = design("Jobs have a date. Drivers have a name and need a login to see their jobs.")
    assert "driver" in spec.permissions.roles
    assert not [name for name in field_types(spec, "driver") if "login" in name]


# --- people with a relative clause in the way ---------------------------------------------------


def test_the_relative_saying_what_people_do_goes() -> None:
    assert people_who_do("the crew members who put them up are assigned to bookings") == (
        "the crew members are assigned to bookings"
    )


def test_a_relative_before_an_active_verb_is_left_alone() -> None:
    sentence = "the crew members who put them up need a van"
    assert people_who_do(sentence) == sentence


def test_crew_assigned_to_bookings_are_records_and_a_role() -> None:
    spec = design(
        "Bookings have an event date. The crew members who put them up are assigned to bookings "
        "and need a login to see the jobs they're on, but only the office can change prices."
    )
    assert "crew_member" in entity_names(spec)
    assert {"crew_member", "office"} <= set(spec.permissions.roles)
    assert not [name for name in field_types(spec, "crew_member") if "login" in name]
    assert_only_many_to_one(spec, "booking", "crew_member")


# --- one way between a person and their work ----------------------------------------------------


def test_mechanics_assigned_to_jobs_are_each_jobs_one_mechanic() -> None:
    spec = design(
        "Jobs have a date. Mechanics have a name. Mechanics are assigned to jobs; mechanics can "
        "update the status of their own jobs."
    )
    assert_only_many_to_one(spec, "job", "mechanic")


# --- a second kind of thing a record takes ------------------------------------------------------


def test_a_thing_after_plus_is_taken_as_well() -> None:
    assert plus_more(
        "a booking can include several marquees, plus extras, each with name and price"
    ) == (
        "a booking can include several marquees; a booking can include several extras, each "
        "with name and price"
    )


def test_plus_after_a_field_list_is_left_alone() -> None:
    sentence = "each marquee has a name, plus a size"
    assert plus_more(sentence) == sentence


def test_extras_a_booking_includes_are_records_with_their_own_fields() -> None:
    spec = design(
        "A customer (name, phone, email) makes a booking for an event date at a venue address, "
        "and a booking can include more than one marquee if it's a big do, plus extras like "
        "lighting, flooring or heaters, each extra having its own name and price. Marquees have "
        "a name and a size."
    )
    extra = field_types(spec, "extra")
    assert {name: kind for name, kind in extra.items() if not name.endswith("_id")} == {
        "name": "text",
        "price": "decimal",
    }
    assert {r[:2] for r in relations(spec)} & {("extra", "booking"), ("booking", "extra")}


# --- lists: kept for some only, values in brackets, 'plus' -------------------------------------


def test_a_field_kept_for_some_only_is_optional_and_named_without_them() -> None:
    draft = read_field("a delivery address for the ones who pay to have it brought round")
    assert draft is not None
    assert (draft.name, draft.optional, draft.flow_text) == ("delivery_address", True, None)


def test_plus_in_a_list_is_one_more_item() -> None:
    assert split_list("a collection date, plus a yes/no for delivery and a delivery address") == [
        "a collection date",
        "a yes/no for delivery",
        "a delivery address",
    ]


def test_each_one_is_a_list_whose_items_hold_their_values_in_brackets() -> None:
    assert are_just_fields(
        "each line is a variety (nordmann fir, norway spruce or blue spruce), a height band "
        "(4-5ft, 5-6ft or over 7ft), a quantity and a price"
    ) == (
        "each line has a variety (nordmann fir, norway spruce or blue spruce), a height band "
        "(4-5ft, 5-6ft or over 7ft), a quantity and a price"
    )


def test_order_lines_with_bracketed_values_and_an_optional_address() -> None:
    spec = design(
        "An order belongs to a customer and has a collection date, plus a yes/no for delivery "
        "and a delivery address for the ones who pay to have it brought round; one order can "
        "have several lines, and each line is a variety (Nordmann fir, Norway spruce, Fraser "
        "fir or blue spruce), a height band (4-5ft, 5-6ft, 6-7ft or over 7ft), a quantity and "
        "a price."
    )
    order = field_types(spec, "order")
    assert order["delivery"] == "boolean"
    assert "delivery_address" in order
    line = spec.entity("line")
    assert line is not None
    bands = next(f for f in line.fields if f.name == "height_band")
    assert bands.type == "enum"
    assert bands.options == ["4_5ft", "5_6ft", "6_7ft", "over_7ft"]
    assert "height_band" not in entity_names(spec)


# --- what kind of record it is, and each of the things counted ----------------------------------


def test_the_kind_a_record_is_is_no_field_of_it() -> None:
    assert is_a_kind_for("every wig i make is an order for one client, with a colour") == (
        "every wig i make is for one client, with a colour"
    )
    spec = design(
        "Clients have a name. Every wig I make is an order for one client, with the hair type "
        "(human, synthetic or blend), the colour and the price."
    )
    assert "order" not in field_types(spec, "wig")
    assert ("wig", "client", "many_to_one") in relations(spec)


def test_for_each_one_after_things_counted_is_each_of_them() -> None:
    assert (
        for_each_counted(
            "a wig needs several fittings, and for each one i jot down the date and any notes"
        )
        == "a wig has several fittings; for each fitting i jot down the date and any notes"
    )


def test_for_each_one_of_things_named_before_is_left_alone() -> None:
    sentence = (
        "i keep parts with a name; a job takes several parts, and for each one i note the "
        "quantity used"
    )
    assert for_each_counted(sentence) == sentence


def test_what_is_jotted_for_each_fitting_is_the_fittings() -> None:
    spec = design(
        "Clients have a name. Every wig is for one client, with a colour and a price. A wig "
        "usually needs a couple of fittings, and for each one I jot down the date, what "
        "adjustments I made and any other notes."
    )
    fitting = {n: t for n, t in field_types(spec, "fitting").items() if not n.endswith("_id")}
    assert fitting == {"date": "date", "what_adjustments_made": "text", "other_notes": "long_text"}


# --- each one assigned, compounds before a bracket, the same one on many -------------------------


def test_each_report_assigned_to_a_crew_points_at_the_crew() -> None:
    spec = design(
        "Reports have a location. The supervisor assigns each report to a crew, and crews can "
        "only update the reports assigned to them."
    )
    assert_only_many_to_one(spec, "report", "crew")
    assert "supervisor" not in entity_names(spec)


def test_two_plural_nouns_before_a_bracket_are_one_compound() -> None:
    assert host_np("drinks packages", bracket=True) == Host("drinks packages")
    assert host_np("customers book rooms", bracket=True) != Host("customers book rooms")


def test_the_same_one_on_many_is_many_to_many() -> None:
    spec = design(
        "Bookings: customer name, phone, start time. Drinks packages (name, price) - one booking "
        "can add several, same package on many bookings."
    )
    assert field_types(spec, "drinks_package") == {"name": "text", "price": "decimal"}
    found = relations(spec)
    assert {
        ("booking", "drinks_package", "many_to_many"),
        ("drinks_package", "booking", "many_to_many"),
    } & found
    assert (
        not {
            ("drinks_package", "booking", "many_to_one"),
            ("booking", "drinks_package", "many_to_one"),
        }
        & found
    )


# --- a list of theirs, done or not done ------------------------------------------------------------


def test_a_list_in_a_records_plan_is_the_records_own() -> None:
    assert (
        list_of_theirs(
            "clients have a name, and each client's care plan is a list of tasks with a description"
        )
        == "clients have a name; each client has several tasks with a description"
    )
    spec = design(
        "Clients have a name. Each client's care plan is a list of tasks with a description and "
        "a type (medication, meals, washing or mobility)."
    )
    assert_only_many_to_one(spec, "task", "client")


def test_done_or_not_done_is_one_yes_no_and_no_record() -> None:
    assert "done or not with" in normalize_text("marks each task done or not done with a note")
    spec = design(
        "Visits have a date. Tasks have a description. During a visit the carer marks each task "
        "done or not done with an optional note."
    )
    assert "not" not in entity_names(spec)


# --- written on the day the booked thing happens ---------------------------------------------------


def test_what_is_written_on_the_visit_is_the_booked_things() -> None:
    assert (
        on_the_day(
            "a customer books a survey of a property, and on the visit we write down the address "
            "and the quoted price"
        )
        == "a customer books a survey of a property; each survey has the address and the quoted price"
    )
    spec = design(
        "A customer (name, phone, email) books a survey of a property, and on the visit we write "
        "down the address, the type of damp found (rising, penetrating or condensation), the wall "
        "area affected in square metres and the quoted price."
    )
    assert "visit" not in entity_names(spec)
    survey = field_types(spec, "survey")
    assert survey["quoted_price"] == "decimal"
    assert "address" in survey


def test_a_visit_booked_keeps_its_own_list() -> None:
    sentence = "a customer books a visit, and on the day we note the date and the time"
    assert on_the_day(sentence) == sentence


def test_a_session_booked_for_a_number_of_jumpers_is_a_booking_of_theirs() -> None:
    assert make_them_for(
        "customers sign up with a name and book a session for a number of jumpers, and the "
        "booking gets ticked as checked in"
    ) == (
        "customers sign up with a name; each booking belongs to one customer; each booking is "
        "for one session; each booking has a number of jumpers; the booking gets ticked as "
        "checked in"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # the list is the time slot's, after a colon
        "employees book a room for a time slot: start time, end time and a purpose",
        # the act goes on with more of what the booking holds
        "customers book a lane for a date and start time, saying how many players",
    ],
)
def test_other_bookings_for_are_left_alone(sentence: str) -> None:
    assert make_them_for(sentence) == sentence


# --- after opening batch 29: asides on people, what they have got, lists that go on ---------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "customers, who just need a name and an email, order a hamper with a quantity",
            "customers have a name and an email; customers order a hamper with a quantity",
        ),
        (
            "restaurants, with a name, an address and a contact email, place orders for a "
            "delivery date",
            "restaurants have a name, an address and a contact email; restaurants place orders "
            "for a delivery date",
        ),
        (
            "members, with a name, email and membership number, book a telescope",
            "members have a name, email and membership number; members book a telescope",
        ),
        (
            "members, with a name and email, list the stamps with a condition (mint, used or "
            "damaged)",
            "members have a name and email; members list the stamps with a condition (mint, "
            "used or damaged)",
        ),
    ],
)
def test_an_aside_on_people_is_what_they_have(sentence: str, plain: str) -> None:
    assert people_who_need(sentence) == plain


def test_an_aside_whose_list_goes_on_is_left_alone() -> None:
    sentence = "wards, which have a name and a phone extension, and the time it was requested"
    assert people_who_need(sentence) == sentence


def test_people_we_have_got_have_what_we_need_for_them() -> None:
    assert (
        got_them_and_need(
            "we have got athletes, and for them i need a name, a date of birth and a parent's "
            "email, because most of them are kids"
        )
        == "athletes have a name, a date of birth and a parent's email"
    )


def test_the_things_we_travel_to_with_a_list_are_the_things() -> None:
    spec = design(
        "Then there are the competitions we travel to, with a name, a venue and a date, and a "
        "squad enters loads of competitions over the year, so for each entry I want to note the "
        "entry fee we paid and, once we're back, the placing and the score they got."
    )
    assert "travel" not in entity_names(spec)
    assert field_types(spec, "competition")["date"] == "date"
    entry = field_types(spec, "entry")
    assert {"placing", "score"} <= set(entry)
    assert not [name for name in entry if "once" in name or "back" in name]


def test_a_thing_that_can_go_into_many_is_no_role() -> None:
    spec = design(
        "Hampers have a name. A hamper holds several products, while the same product can go "
        "into many hampers."
    )
    assert "same_product" not in spec.permissions.roles
