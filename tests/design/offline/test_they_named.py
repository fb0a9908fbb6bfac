"""The sentence rewrites of ``they_named``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest
from offline_spec_views import clause_list

from appwright.design.offline.they_named import for_them, name_they

# --- name_they --------------------------------------------------------------------------------


def test_they_is_the_plural_people_of_the_clause_before() -> None:
    assert clause_list(
        name_they("shearers have a name and a phone, and they shear each alpaca")
    ) == ["shearers have a name and a phone", "shearers shear each alpaca"]


def test_they_after_a_singular_subject_is_kept() -> None:
    sentence = "a shearer has a name; they visit each farm"
    assert name_they(sentence) == sentence


def test_a_sentence_without_they_is_kept() -> None:
    sentence = "shearers have a name, and alpacas have a colour"
    assert name_they(sentence) == sentence


def test_it_after_a_semicolon_is_the_record_the_clause_before_opened_with() -> None:
    assert clause_list(
        name_they("a mural has a title; it is pitched, goes into review, gets approved or declined")
    ) == ["a mural has a title", "a mural is pitched, goes into review, gets approved or declined"]


@pytest.mark.parametrize(
    "sentence",
    [
        "murals have a title; it is pitched, goes into review",  # plural: not *it*
        "we paint murals; it is pitched, goes into review",  # no record opens the clause
    ],
)
def test_it_after_a_semicolon_without_one_record_before_it_is_kept(sentence: str) -> None:
    assert name_they(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a homeowner rings up, we take their name, phone and the site address, and then we"
            " open a survey for them",
            "a homeowner rings up, we take their name, phone and the site address, and then we"
            " open a survey for the homeowner",
        ),
        (
            "a homeowner rings up and we open a survey for her",
            "a homeowner rings up and we open a survey for the homeowner",
        ),
        (
            "landlords call in and we book an inspection for them",
            "landlords call in and we book an inspection for the landlords",
        ),
    ],
)
def test_what_we_open_for_them_is_for_the_people_the_sentence_opened_with(
    sentence: str, plain: str
) -> None:
    assert for_them(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "we open a survey for them",  # nobody named before *them*
        "a homeowner rings up and we fix a leak for them",  # fixing opens no record
        "landlords call in and we book an inspection for each of them",
        "a homeowner rings up and we open a survey with them",
        "john called in and we open a survey for him",  # a person's name, no record
    ],
)
def test_for_them_without_a_record_opened_for_named_people_is_left_alone(sentence: str) -> None:
    assert for_them(sentence) == sentence
