"""The sentence rewrites of ``whole_clauses``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest
from offline_spec_views import clause_list

from appwright.design.offline.whole_clauses import (
    second_owner,
    split_predicates,
    turned_into,
    unfold_apposition,
)

# --- unfold_apposition ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "sharpeners, with a name, a phone and a van, visit a restaurant",
        "sharpeners, each with a name, a phone and a van, visit a restaurant",
    ],
)
def test_apposed_fields_of_a_plural_subject_become_their_own_clause(sentence: str) -> None:
    assert clause_list(unfold_apposition(sentence)) == [
        "sharpeners have a name, a phone and a van",
        "sharpeners visit a restaurant",
    ]


def test_a_singular_apposition_is_kept() -> None:
    sentence = "the sharpener, with a name and a phone, visits a restaurant"
    assert unfold_apposition(sentence) == sentence


# --- split_predicates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "split"),
    [
        (
            "a fitting belongs to a client and is held at a studio on a date",
            ["a fitting belongs to a client", "a fitting is held at a studio on a date"],
        ),
        (
            "a fitting has a date, a fee and a duration, and is assigned to a milliner",
            ["a fitting has a date, a fee and a duration", "a fitting is assigned to a milliner"],
        ),
        (
            "a saddle fitting is booked by a rider and is done at a yard (name and town)",
            [
                "a saddle fitting is booked by a rider",
                "a saddle fitting is done at a yard (name and town)",
            ],
        ),
        (
            "a case belongs to a client and also has a wood",
            ["a case belongs to a client", "a case has a wood"],
        ),
        (
            "a fitting has a date and lasts an hour",
            ["a fitting has a date", "a fitting lasts an hour"],
        ),
    ],
)
def test_two_predicates_of_one_subject_become_two_clauses(sentence: str, split: list[str]) -> None:
    assert clause_list(split_predicates(sentence)) == split


@pytest.mark.parametrize(
    "sentence",
    [
        "fittings belong to a client and are held at a studio",  # plural subject
        "a fitting has a date and notes",  # *notes* is a noun here
        "a fitting has a client and costs",  # a verb with no object is no predicate
        "clients book a fitting and pay a deposit",  # no determiner before the subject
    ],
)
def test_plural_subjects_and_nouns_after_and_are_kept(sentence: str) -> None:
    assert split_predicates(sentence) == sentence


# --- turned_into ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "an accepted survey turns into a commission with a start date and a price",
            ["a commission belongs to a survey", "a commission has a start date and a price"],
        ),
        (
            "a survey is converted into a walling contract",
            ["a walling contract belongs to a survey"],
        ),
        (
            "a survey is turned into a walling contract with a due date",
            ["a walling contract belongs to a survey", "a walling contract has a due date"],
        ),
        (
            "a survey turns into a walling contract; a walling contract has a fee",
            ["a walling contract belongs to a survey", "a walling contract has a fee"],
        ),
        ("each device then becomes a case", ["a case belongs to a device"]),
    ],
)
def test_a_record_turned_into_another_is_the_new_records_source(
    sentence: str, plain: list[str]
) -> None:
    assert clause_list(turned_into(sentence)) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "surveys turn into walling contracts",  # no article: no one record
        "a survey of the field turns into a walling contract",  # more than the source's name
        "a kite turns blue",  # no *into*: no new record
    ],
)
def test_plural_long_or_intoless_turns_are_kept(sentence: str) -> None:
    assert turned_into(sentence) == sentence


def test_each_owner_of_a_possessive_list_gets_its_clause() -> None:
    sentence = (
        "tenants sign a lease: i note the tenant's name and phone, and the lease's rent and"
        " whether the deposit is paid"
    )
    assert clause_list(second_owner(sentence)) == [
        "tenants sign a lease: i note the tenant's name and phone",
        "i note the lease's rent and whether the deposit is paid",
    ]


def test_one_owner_stays_one_clause() -> None:
    sentence = "i note the tenant's name, phone and email"
    assert second_owner(sentence) == sentence
