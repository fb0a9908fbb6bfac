"""The sentence rewrites of ``lists_in_passing``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest
from offline_spec_views import clause_list

from appwright.design.offline.lists_in_passing import bracketed_clause, kept_in_brackets


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a float session is for a start time in a tank (tanks just have a number and a"
            " water temperature)",
            [
                "a float session is for a start time in a tank",
                "tanks just have a number and a water temperature",
            ],
        ),
        (
            "a float session uses a tank (the tanks each hold a filter); it is paid",
            ["a float session uses a tank", "the tanks each hold a filter", "it is paid"],
        ),
    ],
)
def test_a_bracketed_clause_ending_a_clause_is_a_clause(sentence: str, plain: list[str]) -> None:
    assert clause_list(bracketed_clause(sentence)) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        # the bracket is inside the clause: what goes on is about the assigned sessions
        "sessions are given to a tank (tanks have a filter) and move from booked to floated",
        "a tank has a lamp (blue or amber)",  # values, not a clause
        "a session uses a tank (tank 1 has a filter)",  # no plural subject of its own
    ],
)
def test_a_bracket_inside_a_clause_or_without_a_clause_is_kept(sentence: str) -> None:
    assert bracketed_clause(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a customer (we only need their name, phone and email) brings us a piece",
            "a customer (name, phone and email) brings us a piece",
        ),
        (
            "it is looked after by a guardian (a local volunteer with a name, email and phone)",
            "it is looked after by a guardian (a name, email and phone)",
        ),
        (
            "jobs take two of our fitters (we keep a name and mobile for each)",
            "jobs take two of our fitters (a name and mobile)",
        ),
    ],
)
def test_a_bracket_saying_what_we_keep_is_the_list_of_the_noun_before(
    sentence: str, plain: str
) -> None:
    assert kept_in_brackets(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "a customer (we keep them on file) brings us a piece",  # no list in the bracket
        "a booking (a van with a driver) goes out",  # one thing with one other
        "a customer (name, phone) brings us a piece",  # already a list
    ],
)
def test_a_bracket_with_no_kept_list_is_left_alone(sentence: str) -> None:
    assert kept_in_brackets(sentence) == sentence


def test_one_field_in_brackets_said_whose_is_the_field() -> None:
    assert kept_in_brackets("which of our drivers did it (we only need the driver's name)") == (
        "which of our drivers did it (name)"
    )
    assert kept_in_brackets("a van (we only need a van)") == "a van (we only need a van)"


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "each section is judged by one judge (again, just a name)",
            "each section is judged by one judge (just a name)",
        ),
        ("a hirer (as before, name and phone)", "a hirer (name and phone)"),
    ],
)
def test_again_in_brackets_is_no_field(sentence: str, plain: str) -> None:
    assert kept_in_brackets(sentence) == plain


def test_again_that_is_a_bracket_s_only_word_is_left_alone() -> None:
    sentence = "each visit (again) has a date"
    assert kept_in_brackets(sentence) == sentence
