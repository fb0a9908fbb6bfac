"""The sentence rewrites of ``owner_lists``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest
from offline_spec_views import clause_list

from appwright.design.offline.owner_lists import (
    are_just_fields,
    each_needs,
    is_one_with,
    logged_by_its,
    we_log,
    which_has,
)

# --- are_just_fields --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "clients are only a name, a phone number and an email really, though some have"
            " several typewriters with me at once",
            [
                "clients have a name, a phone number and an email",
                "some have several typewriters with me at once",
            ],
        ),
        (
            "bathers are just a name, an email and a phone",
            ["bathers have a name, an email and a phone"],
        ),
        (
            "sitters are simply a name, a phone, but they book sits",
            ["sitters have a name, a phone", "they book sits"],
        ),
        ("clients are really just a name, an email", ["clients have a name, an email"]),
        (
            "our clients are only a name, a phone number and an email",
            ["our clients have a name, a phone number and an email"],
        ),
        (
            "a painting has a title; clients are only a name, a phone and an email",
            ["a painting has a title", "clients have a name, a phone and an email"],
        ),
        # two values joined by "and" are a list too
        ("clients are just a name and a phone", ["clients have a name and a phone"]),
    ],
)
def test_people_who_are_just_a_list_have_that_list(sentence: str, plain: list[str]) -> None:
    assert clause_list(are_just_fields(sentence)) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "a client is only a name, a phone and an email",  # one client, no plural
        "clients are just a name or a phone",  # one value or another: no list
        "clients are a name, a phone and an email",  # no *just* or *only*
        "clients are only people, really",  # no *a* opening the list
        "clients are only a name, a phone (and an email)",  # a bracket in the list
    ],
)
def test_other_are_clauses_are_left_alone(sentence: str) -> None:
    assert are_just_fields(sentence) == sentence


def test_a_plural_then_which_is_just_a_list_has_the_list() -> None:
    assert (
        which_has(
            "units have a serial number, and then customers, which is just a company name and a "
            "phone number"
        )
        == "units have a serial number; customers have a company name and a phone number"
    )


def test_a_relative_clause_listing_several_things_is_their_list() -> None:
    assert which_has("each job fits one heat pump, which lists the make, model and price") == (
        "each job fits one heat pump; a heat pump has the make, model and price"
    )


def test_a_relative_clause_listing_one_thing_may_list_records() -> None:
    sentence = "each order goes to one supplier, which lists the parts"
    assert which_has(sentence) == sentence


def test_a_singular_then_which_is_just_a_list_is_left_alone() -> None:
    sentence = "we collect rent and then payment, which is just a sum"
    assert which_has(sentence) == sentence


def test_a_quantified_plural_which_is_just_a_list_gives_each_one_the_list() -> None:
    assert which_has(
        "each client has several stores and several questionnaires of their own, which are just"
        " a title and the list of questions"
    ) == (
        "each client has several stores and several questionnaires; "
        "each questionnaire has a title and the list of questions"
    )


def test_a_quantified_plural_which_does_something_is_left_alone() -> None:
    sentence = "each client has several stores, which open at nine"
    assert which_has(sentence) == sentence


def test_each_record_that_is_a_list_of_things_has_them() -> None:
    assert are_just_fields(
        "payments come in against a rental, monthly, so each payment is an amount, the date it"
        " was paid and how (card or cash)"
    ) == (
        "payments come in against a rental, monthly; each payment has an amount, the date it was"
        " paid and how (card or cash)"
    )


@pytest.mark.parametrize(
    "sentence",
    ["each unit is a room, a locker or a cage", "each booking is a nightmare, honestly, and slow"],
)
def test_each_record_that_is_one_of_some_kinds_is_left_alone(sentence: str) -> None:
    assert are_just_fields(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every sample needs a weight and a permit number",
            "every sample has a weight and a permit number",
        ),
        (
            "clients have a name; each job requires a date",
            "clients have a name; each job has a date",
        ),
    ],
)
def test_what_each_record_needs_is_what_it_has(sentence: str, plain: str) -> None:
    assert each_needs(sentence) == plain


def test_what_people_need_is_left_alone() -> None:
    sentence = "customers need a quote before we start"
    assert each_needs(sentence) == sentence


def test_a_note_to_ourselves_after_a_clause_about_each_record_is_what_we_log() -> None:
    assert we_log("each job runs on one machine, log setup minutes and run minutes") == (
        "each job runs on one machine; we log the setup minutes and run minutes"
    )


def test_a_log_item_in_a_list_is_no_note_to_ourselves() -> None:
    sentence = "machines have a name, log book and service date"
    assert we_log(sentence) == sentence


def test_what_each_record_counts_as_is_no_record() -> None:
    assert is_one_with("each farm is a client with a name and a phone") == (
        "each farm has a name and a phone"
    )


def test_what_each_record_is_for_stays() -> None:
    sentence = "each booking is for a client with a dog"
    assert is_one_with(sentence) == sentence


def test_what_each_thing_we_hold_is_logged_by_is_kept_with_it() -> None:
    assert logged_by_its("we log every key we hold for a site by its tag number and the date") == (
        "we log every key for a site with its tag number and the date"
    )
