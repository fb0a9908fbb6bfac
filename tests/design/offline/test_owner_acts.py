"""The sentence rewrites of ``owner_acts``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest

from appwright.design.offline.owner_acts import act_and_fill_in, gets_a_record, kept_each_time


def test_the_record_each_one_gets_for_something_is_theirs_and_its() -> None:
    assert gets_a_record(
        "we run sessions, each with a start time, and every driver who takes part gets a result"
        " for that session showing their best lap and their finishing position"
    ) == (
        "we run sessions, each with a start time; each result belongs to one driver; "
        "each result belongs to one session; "
        "each result has their best lap and their finishing position"
    )


def test_something_each_one_gets_with_no_occasion_is_left_alone() -> None:
    sentence = "every member who joins gets a card with a number"
    assert gets_a_record(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "our technicians visit pools and fill in the date, the chlorine reading and any notes",
            "each visit belongs to one technician; each visit belongs to one pool; "
            "each visit has the date, the chlorine reading and any notes",
        ),
        (
            "members borrow books and note the date, the due date and the fee",
            "each borrowing belongs to one member; each borrowing belongs to one book; "
            "each borrowing has the date, the due date and the fee",
        ),
    ],
)
def test_people_acting_on_things_and_filling_in_a_list_make_the_act(
    sentence: str, plain: str
) -> None:
    assert act_and_fill_in(sentence) == plain


def test_people_acting_and_noting_no_list_are_left_alone() -> None:
    sentence = "customers love dogs and record nothing"
    assert act_and_fill_in(sentence) == sentence


def test_a_record_taken_each_time_someone_comes_is_theirs() -> None:
    assert (
        kept_each_time("staff take attendance every day a member comes in, noting the date")
        == "staff take an attendance, noting the date; each attendance is for one member"
    )


def test_a_record_taken_each_time_without_its_list_stays() -> None:
    sentence = "staff take attendance every day a member comes in"
    assert kept_each_time(sentence) == sentence
