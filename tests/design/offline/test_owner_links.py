"""The sentence rewrites of ``owner_links``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest

from appwright.design.offline.owner_links import (
    booked_onto_one,
    each_we_look_after,
    many_of_the_other,
    shared_by_many,
    then_theirs,
    without_denied_tie,
)


def test_the_same_thing_shared_by_many_is_said_from_both_sides() -> None:
    assert shared_by_many(
        "performers have skills, and the same skill is shared by many performers"
    ) == (
        "performers have skills; each skill has many performers and each performer has many skills"
    )


def test_one_thing_shared_by_one_is_left_alone() -> None:
    sentence = "the same room is shared by the two teams"
    assert shared_by_many(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every new citizen is booked onto one ceremony",
            "every citizen belongs to one ceremony",
        ),
        (
            "we run ceremonies, each held on a date at a venue with a maximum number of places",
            "we run ceremonies, each with a date, a venue and a maximum number of places",
        ),
        (
            "we run classes, each held on a weekday at a hall",
            "we run classes, each with a weekday and a hall",
        ),
    ],
)
def test_booked_onto_one_and_held_on_a_date_at_a_place(sentence: str, plain: str) -> None:
    assert booked_onto_one(sentence) == plain


def test_assigned_to_one_of_ours_is_left_alone() -> None:
    sentence = "it is assigned to one of our joiners"
    assert booked_onto_one(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every citizen belongs to one ceremony; we take their full name, date of birth",
            "every citizen belongs to one ceremony; each citizen has full name, date of birth",
        ),
        (
            "the register office runs citizenship ceremonies, each with a date",
            "we run citizenship ceremonies, each with a date",
        ),
    ],
)
def test_their_after_each_record_is_the_record_s(sentence: str, plain: str) -> None:
    assert then_theirs(sentence) == plain


def test_their_after_people_is_left_alone() -> None:
    sentence = "customers belong to one branch; we take their name"
    assert then_theirs(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "each instrument we look after belongs to a customer, with a serial number",
            "each instrument belongs to a customer, with a serial number",
        ),
        (
            "when an instrument arrives, we open a calibration job recording the date received",
            "when an instrument arrives, we open a calibration job with the date received",
        ),
        (
            "the finished job produces a certificate with a certificate number",
            "each certificate belongs to one job and has a certificate number",
        ),
    ],
)
def test_relatives_participles_and_products_of_a_record(sentence: str, plain: str) -> None:
    assert each_we_look_after(sentence) == plain


def test_each_one_we_name_with_no_predicate_after_is_left_alone() -> None:
    sentence = "each instrument we look after carefully"
    assert each_we_look_after(sentence) == sentence


def test_many_of_a_part_people_play_are_the_other_side_s_records() -> None:
    assert (
        many_of_the_other(
            "a session has many attendees and each young person comes to many sessions"
        )
        == "a session has many young people and each young person comes to many sessions"
    )


def test_many_of_the_other_side_s_own_records_stay() -> None:
    sentence = "a session has many attendees and each attendee comes to many sessions"
    assert many_of_the_other(sentence) == sentence


def test_what_a_record_is_not_tied_to_links_nothing() -> None:
    assert (
        without_denied_tie(
            "members are not tied to one team, so any member can be in several teams"
        )
        == "any member can be in several teams"
    )
