"""The sentence rewrites of ``owner_people``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest
from offline_spec_views import clause_list

from appwright.design.offline.owner_people import (
    anyone_who,
    for_whom_we,
    one_does_it,
    people_give_details,
    which_have_then_act,
)

# --- people_give_details ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "hirers give us their name, email and phone and make rentals",
            ["hirers have their name, email and phone", "hirers make rentals"],
        ),
        (
            "groups leave a name and phone and book a sauna for a date",
            ["groups have a name and phone", "groups book a sauna for a date"],
        ),
        (
            "tenants supply me their email and postcode and rent plots",
            ["tenants have their email and postcode", "tenants rent plots"],
        ),
        (
            # *address details* is one detail, not *address* and a verb
            "hirers share their name, email and address details and make rentals",
            ["hirers have their name, email and address details", "hirers make rentals"],
        ),
        (
            "a tub is hired out; hirers give us their name and email and make rentals",
            ["a tub is hired out", "hirers have their name and email", "hirers make rentals"],
        ),
    ],
)
def test_details_people_give_are_theirs_and_their_act_a_clause(
    sentence: str, plain: list[str]
) -> None:
    assert clause_list(people_give_details(sentence)) == plain


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        # *phone numbers* is one detail: no clause opens at *and phone*
        ("hirers give us their name and phone numbers", "hirers have their name and phone numbers"),
        ("hirers provide a full name and an email", "hirers have a full name and an email"),
        # one of them giving their details is what any of them gives (round 77)
        ("a hirer gives us their name and phone", "hirers have their name and phone"),
    ],
)
def test_details_without_an_act_after_them_stay_one_clause(sentence: str, plain: str) -> None:
    assert people_give_details(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        # what they leave is no detail of theirs: a record of its own
        "sauna guests leave a rating from 1 to 5, a comment and their email",
        "hirers give a deposit and make rentals",
        "hirers give us a review and their email",
        "hirers send us their name and phone",  # *send* is no giving of details
        "hirers leave their name (and phone) and make rentals",  # a bracket in the list
    ],
)
def test_what_is_no_giving_of_personal_details_is_left_alone(sentence: str) -> None:
    assert people_give_details(sentence) == sentence


# --- anyone_who, one_does_it, for_them, a second passive particle, placed object relatives -----


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "anyone who phones the helpline becomes a caller, and we note their name, phone and"
            " postcode",
            "a caller phones the helpline, and we note their name, phone and postcode",
        ),
        ("anybody that signs up is registered as a member", "a member signs up"),
        (
            "everyone who enrols counts as a learner; learners have a name",
            "a learner enrols; learners have a name",
        ),
        (
            "whoever books a fitting is recorded as a customer and pays a deposit",
            "a customer books a fitting and pays a deposit",
        ),
    ],
)
def test_anyone_who_becomes_a_record_is_that_record_acting(sentence: str, plain: str) -> None:
    assert anyone_who(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "anyone who is late pays a fine",  # paying a fine: no record they become
        "anyone can book a lesson",  # no record they become
        "anyone who phones becomes a caller with a name",  # the record goes on with its list
        "anyone who phones becomes very happy",  # an adjective, no record
        "members who phone become callers",  # named people, not *anyone*
        "we note anyone who becomes a caller",  # not at the start of the sentence
    ],
)
def test_anyone_without_a_record_they_become_is_left_alone(sentence: str) -> None:
    assert anyone_who(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every grower has a contract with the date it was signed, one buyer handles it, and"
            " the price is fixed",
            "every grower has a contract with the date it was signed; the contract is handled by"
            " one buyer; the price is fixed",
        ),
        (
            "each tasting has a date, and a single sommelier leads it",
            "each tasting has a date; the tasting is led by a single sommelier",
        ),
    ],
)
def test_one_person_doing_it_acts_on_the_last_record_not_its_date(
    sentence: str, plain: str
) -> None:
    assert one_does_it(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "each tasting has a date, one sommelier lead it",  # no singular verb
        "each tasting has a date, one sommelier leads them",  # *them*, not *it*
        "each tasting has a date and one sommelier leads it",  # no comma before the clause
        "each tasting has a date, one sommelier leads it all",  # *it* does not end the clause
        "we keep the date, one sommelier leads it",  # only a value before: no record for *it*
    ],
)
def test_one_doing_it_without_a_record_before_or_the_plain_shape_is_left_alone(
    sentence: str,
) -> None:
    assert one_does_it(sentence) == sentence


def test_people_which_have_a_list_and_then_act_have_the_list() -> None:
    assert which_have_then_act(
        "wards, which have a name and a phone extension, raise porter requests: what, from where"
    ) == ("wards have a name and a phone extension; wards raise porter requests: what, from where")


def test_a_relative_that_is_no_list_before_an_act_is_left_alone() -> None:
    sentence = "wards, which have a name, usually raised requests"
    assert which_have_then_act(sentence) == sentence


def test_the_list_we_keep_for_whom_is_the_one_named_s() -> None:
    assert (
        for_whom_we("it is bought from one supplier, for whom we keep a company name and a website")
        == "it is bought from one supplier; for each supplier we keep a company name and a website"
    )


def test_for_whom_we_without_a_list_stays() -> None:
    sentence = "it is bought from one supplier, for whom we work"
    assert for_whom_we(sentence) == sentence
