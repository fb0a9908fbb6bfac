"""The sentence rewrites of ``one_of_each``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

from appwright.design.offline.one_of_each import belongs_to_both


def test_a_record_that_is_one_of_each_belongs_to_both() -> None:
    assert belongs_to_both(
        "each entry is one exhibitor in one class, with the fee and a placing"
    ) == (
        "each entry belongs to one exhibitor; each entry belongs to one class; "
        "each entry has the fee and a placing"
    )


def test_one_doer_doing_to_one_thing_meets_both_and_what_we_put_down_is_the_record_s() -> None:
    assert belongs_to_both(
        "then each weigh-in is one seller bringing in one grade, and we put the weight and the date"
    ) == (
        "each weigh-in belongs to one seller; each weigh-in belongs to one grade; "
        "each weigh-in has the weight and the date"
    )


def test_one_doer_doing_a_thing_is_no_pair_of_records() -> None:
    sentence = "each slot is one comedian doing a set"
    assert belongs_to_both(sentence) == sentence


def test_one_night_at_one_site_is_no_pair_of_records() -> None:
    sentence = "each booking is one night at one site"
    assert belongs_to_both(sentence) == sentence


def test_a_record_that_belongs_to_one_and_to_one_of_ours_belongs_to_both() -> None:
    assert belongs_to_both(
        "each quote belongs to a property and to one of our decorators, with a total"
    ) == (
        "each quote belongs to a property; each quote belongs to one decorator; "
        "each quote has a total"
    )


def test_a_record_that_sends_one_thing_to_one_other_belongs_to_both() -> None:
    assert belongs_to_both("a shipment sends one box to one subscriber with a tracking number") == (
        "a shipment belongs to one box; a shipment belongs to one subscriber;"
        " a shipment has a tracking number"
    )


def test_a_doer_that_takes_one_thing_to_one_other_is_no_record_of_both() -> None:
    sentence = "a driver takes one parcel to one address"
    assert belongs_to_both(sentence) == sentence
