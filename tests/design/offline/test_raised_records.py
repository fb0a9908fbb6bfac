"""The sentence rewrites of ``raised_records``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest

from appwright.design.offline.raised_records import (
    ask_with_one_that,
    each_acts_then_list,
    raised_as,
    sent_on_record,
    through_records,
    when_then_we,
)


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "when a customer rings with a problem we raise a callout for the site",
            "when a customer rings with a problem, we raise a callout for the site",
        ),
        (
            "if a job needs parts i order them from a supplier",
            "if a job needs parts, i order them from a supplier",
        ),
    ],
)
def test_a_condition_without_its_comma_gets_one(sentence: str, plain: str) -> None:
    assert when_then_we(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "when we fit an aid we log the model",  # the condition's own subject is *we*
        "when a customer rings, we raise a callout",  # the comma is there
        "each time a member books a class",  # no clause of ours follows
    ],
)
def test_a_condition_with_its_comma_or_our_own_subject_is_left_alone(sentence: str) -> None:
    assert when_then_we(sentence) == sentence


def test_records_an_act_goes_through_tie_one_of_each_side() -> None:
    assert through_records(
        "we put performers forward for parts through submissions, which go from submitted to booked"
    ) == (
        "each submission is for one performer and one part; submissions go from submitted to booked"
    )


def test_an_act_through_a_single_thing_is_left_alone() -> None:
    sentence = "we match volunteers to shifts through the website"
    assert through_records(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "then i send one of my shoppers to a store on a visit using one of that client's"
            " questionnaires",
            "each visit belongs to one shopper; each visit belongs to one store; "
            "each visit uses one questionnaire",
        ),
        (
            "we send a cleaner to a house on a job",
            "each job belongs to one cleaner; each job belongs to one house",
        ),
    ],
)
def test_someone_sent_somewhere_on_a_record_are_the_record_s(sentence: str, plain: str) -> None:
    assert sent_on_record(sentence) == plain


def test_sent_somewhere_on_a_day_makes_no_record() -> None:
    sentence = "we send a letter to a customer on a monday"
    assert sent_on_record(sentence) == sentence


def test_work_raised_as_a_record_against_another_belongs_to_it() -> None:
    assert raised_as("work is raised as a job against a boat: a job type, a quoted price") == (
        "each job belongs to one boat; each job has a job type, a quoted price"
    )


def test_work_raised_as_a_record_with_no_list_is_left_alone() -> None:
    sentence = "work is raised as a job against a boat"
    assert raised_as(sentence) == sentence


def test_a_record_people_make_told_in_a_relative_clause_is_theirs() -> None:
    assert ask_with_one_that(
        "clients ask for boxes back with a retrieval request that covers several boxes, has a"
        " requested date"
    ) == (
        "clients ask for boxes back; each retrieval request belongs to one client; "
        "each retrieval request covers several boxes, has a requested date"
    )


def test_a_relative_clause_with_its_own_subject_stays() -> None:
    sentence = "clients write to us with a request that we log"
    assert ask_with_one_that(sentence) == sentence


def test_the_list_after_how_each_record_goes_in_is_its_own() -> None:
    assert each_acts_then_list("then every job goes in on its own: the client, the event date") == (
        "every job has the client, the event date"
    )


def test_the_list_after_what_each_record_lists_stays_the_things_listed() -> None:
    sentence = "each quote lists window items: room, width and drop"
    assert each_acts_then_list(sentence) == sentence


def test_the_errand_we_send_someone_on_is_a_record_of_theirs_and_the_place_s() -> None:
    assert sent_on_record(
        "when an alarm goes off, we send one of our officers on a callout for that site with"
        " the outcome"
    ) == (
        "each callout belongs to one officer; each callout belongs to one site;"
        " each callout has the outcome"
    )


def test_sending_someone_on_no_errand_stays() -> None:
    sentence = "we send one of our officers home for the day"
    assert sent_on_record(sentence) == sentence
