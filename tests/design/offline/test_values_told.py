"""The sentence rewrites of ``values_told``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest
from offline_spec_views import clause_list

from appwright.design.offline.values_told import (
    flow_ends_up,
    picked_from,
    rate_one,
    status_going,
    told_values,
    values_of,
    which_is_one_of,
)

# --- values_of --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a job has a grit of coarse, medium or fine",
            "a job has a grit (coarse, medium or fine)",
        ),
        (
            "a knife has an edge of serrated, plain, or hollow",
            "a knife has an edge (serrated, plain, or hollow)",
        ),
    ],
)
def test_a_field_of_listed_values_brackets_them(sentence: str, plain: str) -> None:
    assert values_of(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "a hat has a photo of the front or back",  # two values, no word for a choice
        "a clock has a price of 20, 25 or 30",  # numbers are no options
        "wreaths of holly, ivy or fir are sold",  # no determiner before the field
    ],
)
def test_two_values_numbers_or_no_list_are_kept(sentence: str) -> None:
    assert values_of(sentence) == sentence


# --- told_values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a kite has a span, a sail that's either ripstop or polyester, and a bridle",
            "a kite has a span, a sail (ripstop or polyester), and a bridle",
        ),
        ("a kite has a tail that is either ribbon or tube", "a kite has a tail (ribbon or tube)"),
        (
            "a kite has a span that can be small, medium or large",
            "a kite has a span (small, medium or large)",
        ),
        (
            "a kite has a tail which is one of ribbon, tube or drogue; a kite has a bridle",
            "a kite has a tail (ribbon, tube or drogue); a kite has a bridle",
        ),
        (
            "a kite has a span that can be extra small, medium or very wide.",
            "a kite has a span (extra small, medium or very wide).",
        ),
    ],
)
def test_values_told_after_that_is_are_bracketed(sentence: str, plain: str) -> None:
    assert told_values(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "a kite has a sail that's ripstop or polyester, and a bridle",  # two values, no *either*
        "a kite has a sail that's either ripstop or polyester because of the wind",  # goes on
        "a kite has a sail that is torn",  # one value is a description, not a list
    ],
)
def test_two_values_without_either_or_a_list_that_runs_on_are_kept(sentence: str) -> None:
    assert told_values(sentence) == sentence


# --- picked_from ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "a peal has a date and a leader picked from our ringer list",
        "a peal has a date and a leader chosen from the ringer register",
        "a peal has a date and a tower captain selected from our ringers",
    ],
)
def test_a_field_picked_from_a_list_links_to_the_listed_record(sentence: str) -> None:
    assert clause_list(picked_from(sentence)) == [
        "a peal has a date and a ringer",
        "a peal belongs to a ringer",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "peals have a date and a leader picked from our ringer list",  # no article subject
        "a peal has a date and a tenor picked from memory",  # no list named
        "a peal has a date and a leader picked up at the tower",  # *picked up*, not *from*
    ],
)
def test_picked_without_a_record_subject_or_a_named_list_is_kept(sentence: str) -> None:
    assert picked_from(sentence) == sentence


# --- status_going -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "each hamper has a status going packed, posted, delivered",
            "each hamper has a status that goes packed, posted, delivered",
        ),
        (
            "each rebinding has a stage moving through quoted, sewn, bound",
            "each rebinding has a stage that goes through quoted, sewn, bound",
        ),
        (
            "each hamper has a state progressing from packed to delivered",
            "each hamper has a state that goes from packed to delivered",
        ),
    ],
)
def test_a_status_going_is_a_status_that_goes(sentence: str, plain: str) -> None:
    assert status_going(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "each hamper has a status that goes packed, posted",  # already plain
        "each hamper is going out on monday",  # no status, stage or state before it
        "each hamper has a status code going packed",  # *going* does not follow the status
        "each hamper has a status, going packed",  # a comma parts them
    ],
)
def test_going_after_anything_but_a_status_is_left_alone(sentence: str) -> None:
    assert status_going(sentence) == sentence


def test_values_a_field_is_said_to_take_end_before_a_reason() -> None:
    assert (
        which_is_one_of(
            "their skin type, which is dry, oily or sensitive, because that changes what i bring"
        )
        == "their skin type (dry, oily or sensitive), because that changes what i bring"
    )


def test_moving_told_after_a_list_is_a_clause_of_the_record() -> None:
    assert (
        status_going("a shipment has a tracking number, moving from packed to shipped, or returned")
        == "a shipment has a tracking number; each shipment moves from packed to shipped, or returned"
    )
    assert status_going("a helpdesk: tickets with a title, moving from open to closed") == (
        "a helpdesk: tickets with a title; each ticket moves from open to closed"
    )
    # a status going is the status that goes, as before
    assert status_going("a status going placed, packed") == "a status that goes placed, packed"


def test_moving_house_is_no_flow() -> None:
    sentence = "a client has a name, moving house next year"
    assert status_going(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "subscribers can rate a box from 1 to 5 with a comment",
            "subscribers can review a box with a rating from 1 to 5 and a comment",
        ),
        (
            "guests rate each stay out of 10 and leave a note",
            "guests review each stay with a rating out of 10 and a note",
        ),
    ],
)
def test_rating_a_thing_on_a_scale_is_a_review_of_it(sentence: str, plain: str) -> None:
    assert rate_one(sentence) == plain


@pytest.mark.parametrize(
    "sentence", ["subscribers rate the service highly", "judges rate entries by hand"]
)
def test_rating_on_no_scale_is_left_alone(sentence: str) -> None:
    assert rate_one(sentence) == sentence


def test_a_flow_drops_what_happens_meanwhile_and_ends_where_it_ends_up() -> None:
    assert flow_ends_up(
        "the case goes through diagnosis, then awaiting approval while the customer thinks"
        " about it, then recovery, and ends up either recovered or unrecoverable"
    ) == (
        "the case goes through diagnosis, then awaiting approval, then recovery, then recovered"
        " or unrecoverable"
    )
    # "until it is released" names the last state: kept
    sentence = "its stage goes from eggs to fry until it is released"
    assert flow_ends_up(sentence) == sentence


def test_no_flow_keeps_its_while_clause() -> None:
    sentence = "we keep a note while the customer waits, and it ends up in the file"
    assert flow_ends_up(sentence) == sentence
