"""The sentence rewrites of ``logged_acts``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest

from appwright.design.offline.logged_acts import done_at_one_noted, log_their_time, logged_act


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "when somebody rings up to complain about their paper i would like to log it against "
            "the house with the date",
            "we log a complaint against the house with the date",
        ),
        (
            "houses sit on a round, and when someone phones to enquire we note it against the "
            "round with a name",
            "houses sit on a round; we note a enquiry against the round with a name",
        ),
    ],
)
def test_what_someone_does_that_we_log_is_a_record_of_the_act(sentence: str, plain: str) -> None:
    assert logged_act(sentence) == plain


def test_a_logged_it_with_no_act_noun_is_left_alone() -> None:
    sentence = "when someone is late we log it against the shift with the time"
    assert logged_act(sentence) == sentence


def test_hours_logged_on_a_record_are_a_time_log_that_keeps_them() -> None:
    assert log_their_time(
        "engineers log their hours on a work order with the date and a short note"
    ) == (
        "each time log is made by one engineer; engineers log a time log on a work order with"
        " the hours, the date and a short note"
    )
    # the list says how long already: nothing is added
    assert log_their_time("engineers log their hours on a job with the minutes") == (
        "each time log is made by one engineer; engineers log a time log on a job with the minutes"
    )


@pytest.mark.parametrize(
    "sentence",
    ["engineers log their hours", "engineers log their hours on site", "members log faults"],
)
def test_time_logged_on_nothing_is_left_alone(sentence: str) -> None:
    assert log_their_time(sentence) == sentence


def test_things_done_at_one_record_and_noted_are_records_of_it() -> None:
    assert done_at_one_noted(
        "medicines prescribed at a visit are noted with the product and the dose"
    ) == ("each medicine belongs to one visit; each medicine has the product and the dose")


@pytest.mark.parametrize(
    "sentence",
    [
        "medicines are noted with the product",  # nothing it was done at
        "visits booked on a monday are noted as urgent",  # a day, read as it was
    ],
)
def test_things_noted_without_a_record_they_were_done_at_are_left_alone(sentence: str) -> None:
    assert done_at_one_noted(sentence) == sentence
