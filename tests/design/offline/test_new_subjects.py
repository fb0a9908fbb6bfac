"""The sentence rewrites of ``new_subjects``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest
from offline_spec_views import clause_list

from appwright.design.offline.new_subjects import split_new_subjects
from appwright.design.offline.one_of_each import MAX_HEADER_WORDS

# --- split_new_subjects -----------------------------------------------------------------------


def test_and_a_new_singular_subject_opens_a_clause() -> None:
    assert split_new_subjects(
        "clients have a name, and a commission goes quoted, carved, then fitted"
    ) == ("clients have a name; a commission goes quoted, carved, then fitted")
    assert split_new_subjects("clients have a name, and a mason carves a stone") == (
        "clients have a name; a mason carves a stone"
    )


def test_a_colon_after_a_long_clause_opens_a_clause() -> None:
    sentence = (
        "clients can also order a headstone: a headstone starts as drafted and becomes carved"
    )
    assert split_new_subjects(sentence) == (
        "clients can also order a headstone; a headstone starts as drafted and becomes carved"
    )


def test_a_colon_after_a_short_header_opens_no_clause() -> None:
    header = "headstones: a client chooses a stone"
    assert len(header.split(":")[0].split()) <= MAX_HEADER_WORDS
    assert split_new_subjects(header) == header
    three_words = "our stone headstones: a client chooses a stone"
    assert split_new_subjects(three_words) == three_words


def test_a_plural_new_subject_opens_no_clause_here() -> None:
    sentence = "clients have a name, and the stones are stored"
    assert split_new_subjects(sentence) == sentence


# --- split_new_subjects: *it* -----------------------------------------------------------------


def test_it_after_and_is_the_singular_subject_before_it() -> None:
    assert clause_list(
        split_new_subjects("a trek has a date and a trail, and it starts out planned")
    ) == ["a trek has a date and a trail", "a trek starts out planned"]
    assert clause_list(
        split_new_subjects(
            "a trek has a date, and it starts out planned and then gets walked or cancelled"
        )
    ) == ["a trek has a date", "a trek starts out planned and then gets walked or cancelled"]


@pytest.mark.parametrize(
    "sentence",
    [
        "a hamper order is pending until paid, then packed, and it can be cancelled",
        "a hamper order is pending until paid, then packed, and it gets posted",
        "a hamper order is pending until paid, then packed, and it is then collected",
    ],
)
def test_it_with_a_last_done_state_stays_in_the_flow_before_it(sentence: str) -> None:
    assert split_new_subjects(sentence) == sentence


def test_it_done_to_a_record_is_no_state_but_a_clause_of_its_own() -> None:
    assert clause_list(
        split_new_subjects("a job has a site address, and it is assigned to one of our joiners")
    ) == ["a job has a site address", "a job is assigned to one of our joiners"]
    assert clause_list(
        split_new_subjects("a job has a site address, and it is fitted by a joiner")
    ) == ["a job has a site address", "a job is fitted by a joiner"]


@pytest.mark.parametrize(
    "sentence",
    [
        "treks have a date and a trail, and it starts out planned",  # plural: not *it*
        "we plan treks, and it starts out planned",  # no record subject before it
    ],
)
def test_it_without_a_singular_record_before_it_is_not_named(sentence: str) -> None:
    assert split_new_subjects(sentence) == sentence


# --- split_new_subjects: people and *for each* openers; name_they: *it* after *;* --------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every calligraphy workshop has a start time and a fee, and people book a workshop"
            " with their name",
            [
                "every calligraphy workshop has a start time and a fee",
                "people book a workshop with their name",
            ],
        ),
        (
            "every workshop has a fee, and the students book a workshop with their email",
            ["every workshop has a fee", "the students book a workshop with their email"],
        ),
        (
            "we restring rackets, and for each restring i jot the string tension",
            ["we restring rackets", "for each restring i jot the string tension"],
        ),
        (
            "we restring rackets, and for every restring we log the grip size",
            ["we restring rackets", "for every restring we log the grip size"],
        ),
    ],
)
def test_people_or_for_each_with_us_after_and_open_a_clause(
    sentence: str, plain: list[str]
) -> None:
    assert clause_list(split_new_subjects(sentence)) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "every workshop has a fee, and people in town like it",  # no plural act on a record
        "every workshop has a fee, and students often ring",  # no record after the act
        "every workshop has a fee, and students booked a workshop",  # *booked*: not their act
        "every workshop has a fee, and for each workshop the tutor brings ink",  # not i or we
    ],
)
def test_and_without_people_acting_or_our_for_each_stays_one_clause(sentence: str) -> None:
    assert split_new_subjects(sentence) == sentence


def test_each_one_after_a_plural_subject_is_named() -> None:
    sentence = "hives have a number and a queen colour, and each one sits in an apiary"
    assert clause_list(split_new_subjects(sentence)) == [
        "hives have a number and a queen colour",
        "each hive sits in an apiary",
    ]


def test_each_one_after_a_singular_subject_is_left_alone() -> None:
    sentence = "a hive has a number, and each one sits in an apiary"
    assert split_new_subjects(sentence) == sentence
