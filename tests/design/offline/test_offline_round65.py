"""Round 65: acts done again and again, records named by who did what, lists said after the
verb they belong to, and dates named the way forms name them.

Each shape came from a batch of descriptions written by people who never read the designer; the
tests word it afresh, and a twin with another meaning keeps its old reading.
"""

from __future__ import annotations

import pytest
from offline_spec_views import (
    assert_only_many_to_one,
    design,
    entity_names,
    field_options,
    field_types,
    flows,
    plain_field_names,
    relations,
)


def test_the_same_people_on_many_of_another_are_many_to_many() -> None:
    """*two judges sit on each panel and the same people sit on lots of panels*: the people
    are the judges, each on many panels."""
    spec = design(
        "Panels meet on a date in a room. Two judges sit on each panel and the same people sit "
        "on lots of panels; we need their name and email."
    )
    assert ("panel", "judge", "many_to_many") in relations(spec)


def test_a_with_list_between_commas_ends_before_the_verb() -> None:
    """*a steward, with a name and phone, is booked for every meeting*: the name and the phone,
    no *is booked* field."""
    spec = design(
        "Meetings have a date. A steward, with a name and phone, is booked for every meeting."
    )
    assert plain_field_names(spec, "steward") == {"name", "phone"}


def test_an_act_done_again_and_again_is_a_record_of_its_own() -> None:
    """*every kid is measured each month and we write down the date and the height*: each
    measurement is a record of the kid's."""
    spec = design(
        "Kids have a name. Every kid is measured each month and we write down the date and "
        "their height in centimetres."
    )
    assert_only_many_to_one(spec, "measurement", "kid")
    assert {"date", "height_cm"} <= plain_field_names(spec, "measurement")
    assert plain_field_names(spec, "kid") == {"name"}


def test_an_act_done_once_keeps_its_list_on_the_record() -> None:
    """Twin: *every parcel gets weighed, and we write down the date and the weight* (no *each
    month*): the parcel's own weight."""
    spec = design(
        "Parcels have a tracking code. Every parcel gets weighed, and we write down the date "
        "and the weight."
    )
    assert {"date", "weight"} <= plain_field_names(spec, "parcel")
    assert "weighing" not in entity_names(spec)


def test_who_did_it_to_each_is_a_record_of_people() -> None:
    """*we note who collected each painting (their name and email) and, for the painting
    itself, a title and a year*: each painting is one collector's."""
    spec = design(
        "We note who collected each painting (their name and email) and, for the painting "
        "itself, a title and a year."
    )
    assert_only_many_to_one(spec, "painting", "collector")
    assert plain_field_names(spec, "collector") == {"name", "email"}
    assert {"title", "year"} <= plain_field_names(spec, "painting")


def test_one_kind_of_a_thing_or_another_is_an_enum() -> None:
    """*whether it was white bread or brown bread*: the bread type, one of two."""
    spec = design("Each sandwich has a filling and whether it was white bread or brown bread.")
    assert field_options(spec, "sandwich")["bread_type"] == ["white_bread", "brown_bread"]


def test_a_record_entered_saying_its_list() -> None:
    """*the steward enters a gate sale saying which ticket it was, the time and the amount*:
    the gate sale's list, and the ticket its link."""
    spec = design(
        "Tickets have a code. What I'm after is this: whenever someone pays at the door, the "
        "steward enters a gate sale saying which ticket it was, the time and the amount paid."
    )
    assert ("gate_sale", "ticket", "many_to_one") in relations(spec)
    assert {"time", "amount_paid"} <= plain_field_names(spec, "gate_sale")


def test_so_each_one_is_attached_to_another() -> None:
    """*..., so every van is attached to a depot*: each van is one depot's."""
    spec = design(
        "Vans have a registration. Most vans park overnight, so every van is attached to a "
        "depot, and a depot has a name and an address."
    )
    assert ("van", "depot", "many_to_one") in relations(spec)


def test_what_is_enough_for_the_others_is_their_list() -> None:
    """*..., while for drivers a name and licence number are enough*: the drivers' list."""
    spec = design(
        "Lorries are set up with a plate and a capacity in tonnes, while for drivers a name and "
        "licence number are enough."
    )
    assert plain_field_names(spec, "driver") == {"name", "licence_number"}
    assert plain_field_names(spec, "lorry") == {"plate", "capacity_tonnes"}


def test_one_doing_one_on_a_given_date_with_a_list() -> None:
    """*a delivery is one farm bringing in one crop on a given date, with the weight*: the
    delivery is the farm's and the crop's, with its date and the list."""
    spec = design(
        "A delivery is one farm bringing in one crop on a given date, with the weight in "
        "kilograms and how many crates it filled."
    )
    assert {("delivery", "farm", "many_to_one"), ("delivery", "crop", "many_to_one")} <= relations(
        spec
    )
    assert field_types(spec, "delivery") == {
        "date": "date",
        "weight_kg": "decimal",
        "crates": "integer",
        "farm_id": "reference",
        "crop_id": "reference",
    }


def test_someone_carries_out_an_act_on_a_record() -> None:
    """*one of our surveyors (name and email) carries out a survey of a house on a date, and it
    has a rating (...)*: the survey is the house's, done by one surveyor."""
    spec = design(
        "Houses have an address. One of our surveyors (name and email) carries out a survey of "
        "a house on a date, and it has a rating (good, fair or poor)."
    )
    assert {("survey", "house", "many_to_one"), ("survey", "surveyor", "many_to_one")} <= relations(
        spec
    )
    assert field_options(spec, "survey")["rating"] == ["good", "fair", "poor"]
    assert plain_field_names(spec, "surveyor") == {"name", "email"}


def test_each_with_one_kept_by_its_list() -> None:
    """*we list farms with a name, each with a manager recorded by name and phone*: each farm
    is one manager's."""
    spec = design(
        "We list farms with a name and a county, each with a manager recorded by name, phone "
        "and email."
    )
    assert ("farm", "manager", "many_to_one") in relations(spec)
    assert plain_field_names(spec, "manager") == {"name", "phone", "email"}


def test_a_header_named_by_one_act_is_its_record() -> None:
    """*Booking: room, date, fee*: the booking's list, though *booking* also names apps."""
    spec = design("Rooms: number, floor. Booking: room, date, fee.")
    assert ("booking", "room", "many_to_one") in relations(spec)
    assert {"date", "fee"} <= plain_field_names(spec, "booking")


@pytest.mark.parametrize(
    ("said", "fields"),
    [
        ("the length and the weight in tonnes", {"length", "weight_tonnes"}),
        ("the width and height in mm", {"width_mm", "height_mm"}),
    ],
)
def test_a_unit_after_a_list_is_only_its_own_measures(said: str, fields: set[str]) -> None:
    """*the length and the weight in tonnes*: tonnes weigh, so the length has no unit; *the
    width and height in mm* both take it."""
    spec = design(f"For trailers we note the name, {said}.")
    assert fields <= plain_field_names(spec, "trailer")


def test_another_records_list_after_and_is_its_own() -> None:
    """*for boats we note ..., and instructors are kept with their name*: the instructors'
    list, and no link from what *for boats* opened."""
    spec = design(
        "Lessons have a date. For boats we note the name and the length, and instructors are "
        "kept with their name and the expiry date of their licence."
    )
    assert plain_field_names(spec, "instructor") == {"name", "expiry_date_of_licence"}
    assert not {r for r in relations(spec) if {"boat", "instructor"} == {r[0], r[1]}}


def test_the_one_doing_the_job_is_the_record() -> None:
    """*the mechanic doing the job*: a link to the mechanic."""
    spec = design(
        "Mechanics have a name. A repair is for one car, with the date booked and the mechanic "
        "doing the job. Cars have a plate."
    )
    assert ("repair", "mechanic", "many_to_one") in relations(spec)


def test_a_record_on_a_date_that_covers_several_items() -> None:
    """*a sale goes to one shop on a particular date and can cover any number of items, each
    with its own quantity, and we tick a box once the sale has been paid*: the sale's date and
    paid flag, and its sale items."""
    spec = design(
        "Every item has a name and a price. A sale goes to one shop on a particular date and can "
        "cover any number of items, each with its own quantity, and we tick a box once the sale "
        "has been paid."
    )
    assert field_types(spec, "sale")["date"] == "date"
    assert "paid" in {name for name, kind in field_types(spec, "sale").items() if kind == "boolean"}
    assert {
        ("sale_item", "sale", "many_to_one"),
        ("sale_item", "item", "many_to_one"),
    } <= relations(spec)


@pytest.mark.parametrize("lead", ["", "Against an invoice "])
def test_records_named_before_a_colon_hold_the_list(lead: str) -> None:
    """*we record refunds: amount, date and reason*: the refunds' list, no *recording*; *against
    an invoice* makes each one the invoice's."""
    said = (
        f"{lead}we record refunds: amount, date and reason."
        if lead
        else ("We record refunds: amount, date and reason.")
    )
    spec = design(f"Invoices have a number. {said}")
    assert "recording" not in entity_names(spec)
    assert {"amount", "date", "reason"} <= plain_field_names(spec, "refund")
    if lead:
        assert ("refund", "invoice", "many_to_one") in relations(spec)


def test_where_it_applies_is_no_part_of_an_item() -> None:
    """*a price and, where it applies, the room it is for*: the room, a link."""
    spec = design(
        "Rooms have a number. Each charge has a description, a price and, where it applies, the "
        "room it is for."
    )
    assert "price" in plain_field_names(spec, "charge")
    assert ("charge", "room", "many_to_one") in relations(spec)


def test_each_one_that_does_something_gets_its_list() -> None:
    """*each patient that comes in from it gets a wristband number, a triage colour and an
    age*: the patient's list, and the patient the incident's."""
    spec = design(
        "Each crash is logged as an incident with a road and a time, and every patient that comes "
        "in from it gets a wristband number, a triage colour and an age."
    )
    assert {"wristband_number", "triage_colour", "age"} <= plain_field_names(spec, "patient")
    assert "wristband_number" not in plain_field_names(spec, "incident")


def test_each_one_that_gets_one_record_keeps_it_a_record() -> None:
    """Twin: *each rider who enters gets a result for the race showing their time and place*:
    a result, the rider's, not the rider's fields."""
    spec = design(
        "We run races with a date. Each rider who enters gets a result for the race showing their "
        "time and their place."
    )
    assert "result" in entity_names(spec)


def test_a_note_that_each_one_is_assigned_is_read_once() -> None:
    """*- Drivers: name, phone; each job is assigned to one driver*: one *is*, one link."""
    spec = design(
        "Jobs:\n- Jobs: address, date\n- Drivers: name, phone; each job is assigned to one driver"
    )
    assert ("job", "driver", "many_to_one") in relations(spec)


def test_which_one_it_says_is_its_link() -> None:
    """*each parcel says which locker it went to: the station one or one of the shop ones, each
    with a code and an address*: the parcel's locker, with its list."""
    spec = design(
        "Parcels have a tracking code. Each parcel says which locker it went to: the station one "
        "or one of the shop ones, each with a code and an address."
    )
    assert ("parcel", "locker", "many_to_one") in relations(spec)
    assert plain_field_names(spec, "locker") == {"code", "address"}


def test_logged_against_one_and_another() -> None:
    """*each dose is logged against a patient and a round*: both links."""
    spec = design(
        "Patients have a name. Rounds have a time. Each dose is logged against a patient and a round with the amount."
    )
    assert {("dose", "patient", "many_to_one"), ("dose", "round", "many_to_one")} <= relations(spec)


def test_what_we_record_as_they_move_between_places_ties_both() -> None:
    """*cows are tagged with a number, and because they move between fields we record each
    stay with a date in and a date out*: each stay is one cow's in one field."""
    spec = design(
        "Fields have a name. Cows are tagged with a number and a breed, and because they move "
        "between fields over the summer we record each stay with a date in and a date out."
    )
    assert {("stay", "cow", "many_to_one"), ("stay", "field", "many_to_one")} <= relations(spec)


def test_an_act_under_a_header_names_the_two_it_ties() -> None:
    """*Assignments: a nurse gets a ward from a start date to an end date, marked day, night or
    relief*: the assignment's links, dates and kind."""
    spec = design(
        "Nurses: name, grade. Wards: name, beds. Assignments: a nurse gets a ward from a start "
        "date to an end date, marked day, night or relief."
    )
    assert {
        ("assignment", "nurse", "many_to_one"),
        ("assignment", "ward", "many_to_one"),
    } <= relations(spec)
    assert field_options(spec, "assignment")["type"] == ["day", "night", "relief"]


def test_moorings_are_each_a_mooring_and_draught_is_a_measure() -> None:
    """*moorings in the bay: ...*: each a mooring; a boat's draught is a number."""
    spec = design("Boats: name, draught. Moorings in the bay: buoy number, position.")
    assert "mooring" in entity_names(spec)
    assert field_types(spec, "boat")["draught"] == "decimal"


def test_a_flow_that_starts_life_as_and_just_ends() -> None:
    """*starts life as a draft, then gets published, and after that it's either withdrawn or it
    just expires*: draft, published, withdrawn, expired."""
    spec = design(
        "Adverts have a title. An advert starts life as a draft, then gets published, and after "
        "that it's either withdrawn or it just expires."
    )
    assert flows(spec)["advert"][1] == ["draft", "published", "withdrawn", "expired"]


def test_a_stage_named_by_a_plural_noun_stays_a_noun() -> None:
    """Twin: *goes from eggs to fry to adults*: eggs, no act of egging."""
    spec = design("Each batch has a code, and its stage goes from eggs to fry to adults.")
    assert flows(spec)["batch"][1] == ["eggs", "fry", "adults"]


def test_how_many_we_need_is_a_quantity() -> None:
    """*how many we need*, *how many we currently hold*: the quantity needed, held."""
    spec = design("Stock lines have a name, how many we need and how many we currently hold.")
    assert {"quantity_needed", "quantity_held"} <= plain_field_names(spec, "stock_line")


def test_an_acts_place_is_where_each_act_happens() -> None:
    """*a landing site* where landings are kept: each landing is at one site."""
    spec = design(
        "A landing site has a name and a grid reference. Each landing is made by one pilot and "
        "records the date and the weather."
    )
    assert ("landing", "landing_site", "many_to_one") in relations(spec)


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("the date it sails", "sailing_date"),
        ("the date it was lit", "lit_date"),
        ("the date we began", "start_date"),
    ],
)
def test_a_date_is_named_as_forms_name_it(said: str, name: str) -> None:
    """A date is named with *date*, by the act as it was said (*lit*), its gerund for what it
    does (*sailing*), and *start* for when it began."""
    spec = design(f"Each trip has a route, {said} and a price.")
    assert field_types(spec, "trip")[name] == "date"
