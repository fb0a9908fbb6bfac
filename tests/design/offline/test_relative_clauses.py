"""The sentence rewrites of ``relative_clauses``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest
from offline_spec_views import clause_list

from appwright.design.offline.relative_clauses import relative_have, without_reduced_relative

# --- without_reduced_relative -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("every kiln we run has a name and a capacity", "every kiln has a name and a capacity"),
        ("each saddle we make has a leather", "each saddle has a leather"),
        ("the saddles themselves have a colour", "the saddles have a colour"),
    ],
)
def test_we_verb_after_the_subject_and_reflexives_are_dropped(sentence: str, plain: str) -> None:
    assert without_reduced_relative(sentence) == plain


def test_each_clause_loses_its_own_reduced_relative() -> None:
    assert clause_list(
        without_reduced_relative("each saddle has a leather; every tree we buy in has a width")
    ) == ["each saddle has a leather", "every tree has a width"]


def test_a_subject_without_a_relative_is_kept() -> None:
    sentence = "every saddle has a leather"
    assert without_reduced_relative(sentence) == sentence


def test_the_object_that_has_fields_gets_a_clause_of_its_own() -> None:
    assert clause_list(
        relative_have("each hive sits in an apiary that has a name and a slope")
    ) == [
        "each hive sits in an apiary",
        "an apiary has a name and a slope",
    ]


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "it is assigned to one of our joiners, who each have a name and a day rate",
            ["it is assigned to one of our joiners", "each joiner has a name and a day rate"],
        ),
        (
            "a trip is led by our guides, who have their name and a phone",
            ["a trip is led by our guides", "each guide has a name and a phone"],
        ),
        (
            "the stock sits in cold rooms that each have a number",
            ["the stock sits in cold rooms", "each cold room has a number"],
        ),
    ],
)
def test_plural_objects_that_each_have_fields_get_a_clause_of_their_own(
    sentence: str, plain: list[str]
) -> None:
    assert clause_list(relative_have(sentence)) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "members who have a locker pay a fee",  # no comma, no *each*: which members
        "a job is done by our joiners, who each own a van",  # no have verb
        "a job is done by a joiner, who has a van",  # singular: the other reading
    ],
)
def test_other_plural_relatives_are_left_alone(sentence: str) -> None:
    assert relative_have(sentence) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "an apiary that has a name and a slope is rented",  # the subject's relative: no head
        "each hive sits in an apiary that keeps bees",  # no have verb
        "each hive sits in an apiary that has bees",  # no determiner before the list
    ],
)
def test_other_relatives_are_left_alone(sentence: str) -> None:
    assert relative_have(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("we record the price we charged and the weight", "we record the price and the weight"),
        (
            "with the grower it was bought from, and a grade",
            "with the grower it was bought from, and a grade",
        ),
        ("with the date they joined", "with the date they joined"),
        ("with the kiln it's fired in, and a glaze", "with the kiln it's fired in, and a glaze"),
    ],
)
def test_object_relatives_go_but_dates_and_places_keep_theirs(sentence: str, plain: str) -> None:
    assert without_reduced_relative(sentence) == plain


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "for every trench i want the depth we dug in metres and the final price",
            "for every trench i want the depth in metres and the final price",
        ),
        (
            "the pump rate we measured at the end in litres per minute",
            "the pump rate in litres per minute",
        ),
        (
            "the weight we landed on the quay in kg and the price",
            "the weight in kg and the price",
        ),
        ("the length we sawed at the mill, and the grade", "the length, and the grade"),
        ("the depth they dug in metres", "the depth in metres"),
    ],
)
def test_a_value_we_took_somewhere_keeps_only_its_unit(sentence: str, plain: str) -> None:
    assert without_reduced_relative(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "the pitches we hire at the park",  # a present act, not a value taken
        "the length we cut at the mill in metres",  # *cut* may be the present act
        "the date we dug in the field",  # a date says when
        "a depth we dug in metres",  # only *the*, *its* or *their* value
        "the depth it dug in metres",  # *it* is a record acting, not us
    ],
)
def test_a_present_act_a_date_or_an_unnamed_value_keeps_its_relative(sentence: str) -> None:
    assert without_reduced_relative(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "we keep a name for every consignor, and each item they bring in records a "
            "description and a price",
            "we keep a name for every consignor, and each item records a description and a price",
        ),
        ("every piece we restore notes the date", "every piece notes the date"),
    ],
)
def test_a_reduced_relative_before_a_verb_of_keeping_goes(sentence: str, plain: str) -> None:
    assert without_reduced_relative(sentence) == plain


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "we record every shore we are licensed to cut on with its name",
            "we record every shore with its name",
        ),
        (
            "a shore has the maximum tonnes we may take per year",
            "a shore has the maximum tonnes per year",
        ),
    ],
)
def test_what_we_may_do_with_a_thing_is_no_part_of_its_name(sentence: str, plain: str) -> None:
    assert without_reduced_relative(sentence) == plain
