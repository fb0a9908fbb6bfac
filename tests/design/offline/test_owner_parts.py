"""The sentence rewrites of ``owner_parts``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest

from appwright.design.offline.owner_parts import (
    broken_into,
    each_header_clause,
    for_each_of_theirs,
    inside_each_are,
    one_doing_many_with,
    one_of_theirs_keeps,
    part_of_whole,
    placed_things_done,
    there_are,
)


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "sites have an address, and on each site there are cameras where i need the "
            "location, the model and the ip address",
            "sites have an address; each site has cameras with the location, the model and "
            "the ip address",
        ),
        (
            "at every venue there are rooms for which we keep a name and a capacity",
            "each venue has rooms with a name and a capacity",
        ),
    ],
)
def test_things_there_are_on_each_record_are_its_children(sentence: str, plain: str) -> None:
    assert there_are(sentence) == plain


def test_there_are_with_nothing_kept_about_them_is_left_alone() -> None:
    sentence = "on each site there are cameras"
    assert there_are(sentence) == sentence


def test_things_in_each_place_done_with_a_list_are_placed_there() -> None:
    assert (
        placed_things_done(
            "zones have a name, and the households in each zone are registered with an address"
        )
        == "zones have a name, and households are registered in each zone with an address"
    )


def test_a_place_with_no_list_after_it_is_left_alone() -> None:
    sentence = "the households in each zone are registered by a warden"
    assert placed_things_done(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "inside each section are the classes with a class number and a title",
            "each section has classes with a class number and a title",
        ),
        ("in every room are several beds", "each room has beds"),
    ],
)
def test_things_inside_each_record_are_its_children(sentence: str, plain: str) -> None:
    assert inside_each_are(sentence) == plain


def test_a_record_said_to_be_inside_something_is_left_alone() -> None:
    sentence = "in each section the judge is named"
    assert inside_each_are(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "each survey for one client, done by one of our surveyors: site address, fee",
            "each survey is for one client and is done by one of our surveyors; "
            "each survey has site address, fee",
        ),
        (
            "each booking for one room: dates, price",
            "each booking is for one room; each booking has dates, price",
        ),
    ],
)
def test_a_header_that_says_whose_the_record_is_gives_it_the_list(
    sentence: str, plain: str
) -> None:
    assert each_header_clause(sentence) == plain


@pytest.mark.parametrize(
    "sentence", ["each order: date, total", "each visit at a site, and then more: date"]
)
def test_a_header_that_is_only_the_record_is_left_alone(sentence: str) -> None:
    assert each_header_clause(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a quote is broken down into rooms (name, coats)",
            "a quote has several rooms (name, coats)",
        ),
        (
            "every room uses one paint from our paint list, which has a brand",
            "every room uses one paint, which has a brand",
        ),
        (
            "each job fits one heat pump from our catalogue, which lists the make",
            "each job fits one heat pump, which lists the make",
        ),
    ],
)
def test_a_record_broken_into_others_has_them(sentence: str, plain: str) -> None:
    assert broken_into(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    ["the show is split into sections like vegetables", "each order is split into two parts"],
)
def test_a_whole_split_into_no_records_is_left_alone(sentence: str) -> None:
    assert broken_into(sentence) == sentence


def test_a_part_of_a_whole_that_acts_on_one_thing_is_the_whole_s() -> None:
    assert part_of_whole("each operation on a work order runs on one machine") == (
        "each operation belongs to a work order; each operation runs on one machine"
    )


def test_each_of_their_things_is_the_record_before_s() -> None:
    assert for_each_of_theirs(
        "customers have a name and address, and for each of their appliances we keep the brand"
    ) == (
        "customers have a name and address, and each appliance belongs to one customer;"
        " for each appliance we keep the brand"
    )


def test_each_of_their_things_after_a_person_is_only_each_thing() -> None:
    assert for_each_of_theirs("for each of their appliances we keep the brand") == (
        "for each appliance we keep the brand"
    )


def test_the_list_after_a_record_that_covers_several_things_is_the_record_s() -> None:
    assert one_doing_many_with(
        "a grazier signs a grazing licence covering several fields, with a start date"
    ) == (
        "a grazier signs a grazing licence; each grazing licence covers several fields;"
        " each grazing licence has a start date"
    )


def test_a_record_covering_several_things_with_no_list_stays() -> None:
    sentence = "a grazier signs a grazing licence covering several fields"
    assert one_doing_many_with(sentence) == sentence


def test_a_record_of_theirs_that_keeps_a_list_belongs_to_the_one_before() -> None:
    assert one_of_theirs_keeps(
        "for each customer we keep a name, and a survey of their home records the date"
    ) == (
        "for each customer we keep a name; each survey belongs to one customer;"
        " a survey records the date"
    )
    assert one_of_theirs_keeps(
        "customers have a name, and a survey of their home records the date"
    ) == ("customers have a name; each survey belongs to one customer; a survey records the date")


@pytest.mark.parametrize(
    "sentence",
    [
        "customers have a name, and a survey of their pianos records the date",  # several: theirs
        "we have a name, and a survey of their home records the date",  # no record before
    ],
)
def test_a_record_of_theirs_with_no_one_before_is_left_alone(sentence: str) -> None:
    assert one_of_theirs_keeps(sentence) == sentence
