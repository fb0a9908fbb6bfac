"""Lists said of an act (:mod:`appwright.design.offline.act_lists`): *a guest reserves a room
with a check-in date*, in a description that speaks of *reservations*, gives the reservation
those fields, pointing at the guest and the room. Each positive has a twin one fact away that
is read the old way, so the tests show what the reading needs."""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, relations

from appwright.design.offline.act_lists import ActList, LightAct, act_list, light_act

HOTEL = (
    "Guests have a name and an email. Rooms have a number and a nightly rate. A guest reserves a"
    " room with a check-in date and the number of nights. Reservations go from pending to"
    " confirmed to cancelled."
)


def own_fields(description: str, entity: str) -> set[str]:
    return {
        name
        for name, kind in field_types(design(description), entity).items()
        if kind != "reference"
    }


def test_the_act_named_elsewhere_takes_the_list() -> None:
    found = act_list(
        "a customer books one of our tables with a start time and a party size", {"bookings"}
    )
    assert found == ActList("booking", "customer", "tables", "a start time and a party size")


@pytest.mark.parametrize(
    ("clause", "vocabulary"),
    [
        # the description never names the act: the list stays the object's
        ("a customer books one of our tables with a start time", {"tables"}),
        # the verb makes its object: the thesis has the title
        ("each student writes a thesis with a title", {"writing"}),
        # a thing's own list: what it comes with
        ("every kit comes with a manual", {"coming"}),
        # "table booking with ..." has no verb between the two nouns
        ("table booking with a start time", {"bookings"}),
    ],
)
def test_no_act_is_read(clause: str, vocabulary: set[str]) -> None:
    assert act_list(clause, vocabulary) is None


def test_the_list_ends_where_a_clause_of_people_begins() -> None:
    found = act_list(
        "guides book a canoe with a launch time, and afterwards they attach a report",
        {"bookings"},
    )
    assert found is not None
    assert found.body == "a launch time"
    assert found.rest == "afterwards they attach a report"


def test_the_act_is_a_record_of_the_guest_and_the_room() -> None:
    spec = design(HOTEL)
    assert own_fields(HOTEL, "reservation") >= {"check_in_date", "nights"}
    assert not own_fields(HOTEL, "room") & {"check_in_date", "nights"}
    assert {("reservation", "guest", "many_to_one"), ("reservation", "room", "many_to_one")} <= (
        relations(spec)
    )


def test_without_the_act_named_the_room_keeps_the_list() -> None:
    text = HOTEL.replace(" Reservations go from pending to confirmed to cancelled.", "")
    assert "reservation" not in entity_names(design(text))
    assert own_fields(text, "room") >= {"check_in_date"}


def test_the_bracket_after_the_object_is_the_object_s() -> None:
    text = (
        "A customer books one of our tables (table number and how many seats it has) with a"
        " start time and a party size. Bookings stay pending until we confirm them."
    )
    spec = design(text)
    assert field_types(spec, "table").items() >= {("table_number", "integer"), ("seats", "integer")}
    assert field_types(spec, "booking")["party_size"] == "integer"
    # the one table is the booking's, not the customer's
    assert ("customer", "table", "many_to_one") not in relations(spec)
    assert ("booking", "table", "many_to_one") in relations(spec)


def test_the_clause_after_the_list_is_still_read() -> None:
    text = (
        "Each canoe has a name. Guides book a canoe with a launch time, and afterwards they can"
        " attach a trip report to the booking giving the river and the water level in"
        " centimetres. I want bookings per canoe."
    )
    spec = design(text)
    assert {"booking", "trip_report", "guide"} <= entity_names(spec)
    assert ("booking", "guide", "many_to_one") in relations(spec)
    assert ("trip_report", "booking", "many_to_one") in relations(spec)


DOJO = (
    "Members have a name and a current belt (white, yellow or black). Gradings are held a few"
    " times a year with a date and a fee, and at each grading a member makes an attempt for a"
    " belt that is marked pass or fail."
)


def test_a_light_verb_names_what_is_made() -> None:
    found = light_act(
        "at each grading a member makes an attempt for a belt that is marked pass or fail"
    )
    assert found == LightAct("attempt", "member", "grading", "belt", ["pass", "fail"])


@pytest.mark.parametrize(
    "clause",
    [
        # a verb that makes nothing
        "at each grading a member wins a belt",
        # people make it, not a record: nobody to point at
        "we make an attempt",
    ],
)
def test_no_light_act(clause: str) -> None:
    assert light_act(clause) is None


def test_the_attempt_is_the_member_s_at_the_grading() -> None:
    spec = design(DOJO)
    types = field_types(spec, "attempt")
    assert types["belt"] == "enum"
    assert types["result"] == "enum"
    found = relations(spec)
    assert {("attempt", "member", "many_to_one"), ("attempt", "grading", "many_to_one")} <= found
    # "a few times a year" is how often, not a record; the grading is no member's
    assert "time" not in entity_names(spec)
    assert ("grading", "member", "many_to_one") not in found


def test_an_act_named_by_its_own_verb_is_the_record_of_it() -> None:
    spec = design(
        "Customers have a name. Each installation has a date. Customers can review an "
        "installation afterwards with a score from 1 to 5 and a comment."
    )
    assert {"score", "comment", "customer_id", "installation_id"} <= set(
        field_types(spec, "review")
    )
