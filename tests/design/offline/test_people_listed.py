"""The sentence rewrites of ``people_listed``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest

from appwright.design.offline.people_listed import (
    for_one,
    one_gets_in_touch,
    people_act_we_keep,
    people_are_so,
    place_in,
)


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "people book a seat in a workshop with their name",
            "people book a workshop with their name",
        ),
        ("guests reserve a spot at one tasting", "guests reserve a tasting"),
        ("members booked a place on the outing", "members booked the outing"),
        ("a student requests a slot in a masterclass", "a student requests a masterclass"),
        # several places booked at once are still one booking of the record
        ("people book spots in a workshop", "people book a workshop"),
        ("a diver books several places on a boat dive", "a diver books a boat dive"),
    ],
)
def test_a_booked_place_in_a_record_is_the_record(sentence: str, plain: str) -> None:
    assert place_in(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "a narrowboat occupies a space on a mooring for the season",  # no booking verb
        "a calligrapher has a seat in a studio",  # having is not booking
        "people book a table in a marquee",  # a table is a thing, not a place in one
        "people book tables in a marquee",  # tables neither
    ],
)
def test_a_place_that_is_not_booked_is_kept(sentence: str) -> None:
    assert place_in(sentence) == sentence


def test_seats_booked_on_a_bare_plural_are_the_plural_booked() -> None:
    assert place_in("passengers book seats on trips") == "passengers book trips"
    assert place_in("passengers book seats on a trip") == "passengers book a trip"


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "exhibitors enter classes, and for an exhibitor i need their name",
            "exhibitors enter classes; for each exhibitor i need their name",
        ),
        ("for a member we keep a phone", "for each member we keep a phone"),
    ],
)
def test_what_we_keep_for_one_of_them_is_kept_for_each(sentence: str, plain: str) -> None:
    assert for_one(sentence) == plain


def test_a_thing_done_for_one_customer_is_left_alone() -> None:
    sentence = "we bake a cake for a customer"
    assert for_one(sentence) == sentence


def test_what_people_are_says_why_only_their_list_is_kept() -> None:
    assert (
        people_are_so("shoppers are freelancers, so i only need their name, phone and paypal email")
        == "shoppers have name, phone and paypal email"
    )


def test_people_who_are_something_with_nothing_kept_are_left_alone() -> None:
    sentence = "shoppers are freelancers, so we pay them per visit"
    assert people_are_so(sentence) == sentence


def test_what_we_keep_about_people_who_act_is_theirs() -> None:
    assert people_act_we_keep(
        "then customers rent them, and we need their name, email and phone, and when someone"
        " takes a unit we write a rental"
    ) == (
        "customers rent them; customers have name, email and phone; when someone takes a unit we"
        " write a rental"
    )


def test_what_we_keep_about_what_people_act_on_is_left_alone() -> None:
    sentence = "members borrow books, and we keep their title and author"
    assert people_act_we_keep(sentence) == sentence


def test_what_we_only_note_for_one_of_them_is_kept_for_each() -> None:
    assert for_one("citizens may bring guests, and for a guest we only note the name") == (
        "citizens may bring guests; for each guest we only note the name"
    )


def test_what_is_taken_down_of_one_who_gets_in_touch_is_their_list() -> None:
    assert (
        one_gets_in_touch(
            "a customer calls, i take their name, phone and postcode, and i note the car's reg"
        )
        == "each customer has name, phone and postcode; i note the car's reg"
    )
    assert one_gets_in_touch("when a tenant rings up, we log their name and flat number") == (
        "each tenant has name and flat number"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "a customer calls, i take the van out",  # nothing of theirs taken down
        "the phone rings, i take their name",  # no one: a thing
    ],
)
def test_getting_in_touch_with_nothing_of_theirs_taken_is_left_alone(sentence: str) -> None:
    assert one_gets_in_touch(sentence) == sentence
