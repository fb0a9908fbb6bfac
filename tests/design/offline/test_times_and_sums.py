"""The sentence rewrites of ``times_and_sums``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest

from appwright.design.offline.times_and_sums import time_span, we_charge_for


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a shift puts one guard at one venue from a start time to an end time",
            "a shift puts one guard at one venue; a shift has a start time and an end time",
        ),
        (
            "a placement matches one child with one carer between a start date and an end date",
            "a placement matches one child with one carer; a placement has a start date and an "
            "end date",
        ),
    ],
)
def test_a_time_span_belongs_to_the_record_the_clause_opens_with(sentence: str, plain: str) -> None:
    assert time_span(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        # the span of a booking act is the booking's, which the dated-act reader makes
        "a customer hires a kayak from a start time to an end time",
        # no record opens the clause
        "we are open from a start time to an end time",
        # a span of places, not of times
        "a ferry sails one route from a port to an island",
    ],
)
def test_a_span_of_an_act_or_of_places_is_left_alone(sentence: str) -> None:
    assert time_span(sentence) == sentence


def test_a_sum_we_charge_for_one_record_is_its_own() -> None:
    assert we_charge_for("a vet visits a farm, and we charge a call-out fee for the visit") == (
        "a vet visits a farm; each visit has a call-out fee"
    )
    assert we_charge_for("we charge a deposit on each booking") == "each booking has a deposit"


@pytest.mark.parametrize(
    "sentence",
    [
        "we charge a fee for late returns",  # several: no one record
        "we take a photo for the file",  # no sum
    ],
)
def test_a_charge_for_no_one_record_is_left_alone(sentence: str) -> None:
    assert we_charge_for(sentence) == sentence
