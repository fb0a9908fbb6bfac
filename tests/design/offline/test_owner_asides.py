"""The sentence rewrites of ``owner_asides``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest

from appwright.design.offline.owner_asides import (
    first_thing_is,
    its_way_through,
    kind_they_want,
    narrated_flow,
    without_examples,
    without_obligation,
    without_our_shop,
    without_side_of_things,
)

# --- without_examples -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "people bring in a lamp, could be a brass lamp, an oil lamp, whatever, and i have to"
            " write down the style",
            "people bring in a lamp, and i have to write down the style",
        ),
        (
            "people bring in a lamp, like a brass lamp or an oil lamp, etc, and i note the style",
            "people bring in a lamp, and i note the style",
        ),
        (
            "people bring in a lamp, such as a desk lamp, a floor lamp and so on; i note the style",
            "people bring in a lamp; i note the style",
        ),
        (
            "people bring in a lamp, say a desk lamp or a floor lamp, whatever",
            "people bring in a lamp",
        ),
        ("people bring in a lamp, e.g. a desk lamp, anything", "people bring in a lamp"),
    ],
)
def test_examples_ending_in_whatever_are_dropped(sentence: str, plain: str) -> None:
    assert without_examples(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        # no *whatever*, *anything*, *etc* or *and so on* closes the examples: maybe fields
        "people bring in a lamp, could be a brass lamp or an oil lamp, and i note the style",
        "people bring in a lamp, could be brass, oil, whatever",  # no *a* before the examples
        "people bring in a lamp like a brass lamp, whatever",  # no comma before *like*
        "people bring in a lamp, could be a brass lamp, whatever you like",  # the list runs on
    ],
)
def test_examples_not_closed_by_whatever_are_kept(sentence: str) -> None:
    assert without_examples(sentence) == sentence


# --- without_obligation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("i have to write down the style", "i write down the style"),
        ("we must note the date it came in", "we note the date it came in"),
        ("we have got to log the deposit", "we log the deposit"),
        ("i got to check the wick", "i check the wick"),
        (
            "people bring in a lamp and i have to write down the style",
            "people bring in a lamp and i write down the style",
        ),
    ],
)
def test_what_we_have_to_do_is_what_we_do(sentence: str, plain: str) -> None:
    assert without_obligation(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "hirers have to pay a deposit",  # their obligation is a rule, not our noting
        "we have two saunas",  # *have* with an object
        "i have a list to check",
    ],
)
def test_have_that_is_no_obligation_of_ours_is_kept(sentence: str) -> None:
    assert without_obligation(sentence) == sentence


def test_examples_set_off_by_dashes_are_dropped() -> None:
    assert (
        without_examples(
            'inside each section are the classes - things like "three onions" or "victoria sponge"'
            " - with a class number and a title"
        )
        == "inside each section are the classes with a class number and a title"
    )


def test_a_dashed_aside_that_gives_no_examples_is_left_alone() -> None:
    sentence = "each class has a title - short - and a number"
    assert without_examples(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "so we have got a self storage yard with about sixty units and right now it is all on"
            " a whiteboard",
            "right now it is all on a whiteboard",
        ),
        ("we have a farm with 30 cows", ""),
    ],
)
def test_our_business_with_its_size_is_the_app(sentence: str, plain: str) -> None:
    assert without_our_shop(sentence) == plain


def test_our_shop_and_something_else_is_left_alone() -> None:
    sentence = "we have a shop and a van"
    assert without_our_shop(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "i write down the species, the kind of mount they want (full body or rug)",
            "i write down the species, the mount type (full body or rug)",
        ),
        ("we note the type of cake the customer orders", "we note the cake type"),
    ],
)
def test_the_kind_of_thing_someone_wants_is_its_type(sentence: str, plain: str) -> None:
    assert kind_they_want(sentence) == plain


def test_a_kind_of_thing_nobody_chooses_is_left_alone() -> None:
    sentence = "we note the kind of weather on the day"
    assert kind_they_want(sentence) == sentence


def test_a_record_working_its_way_through_goes_through() -> None:
    assert its_way_through("then it works its way through the place: skinned, mounted") == (
        "then it goes through the place: skinned, mounted"
    )


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "oh, and for the legal side every specimen needs a permit number",
            "every specimen needs a permit number",
        ),
        ("on the money side of things we keep each payment", "we keep each payment"),
    ],
)
def test_the_side_of_the_business_a_sentence_is_about_is_no_record(
    sentence: str, plain: str
) -> None:
    assert without_side_of_things(sentence) == plain


def test_a_side_that_is_a_record_s_is_left_alone() -> None:
    sentence = "for the left side of each boat we note the damage"
    assert without_side_of_things(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "each quote has a status: it starts as a draft, gets sent, and is then accepted or"
            " declined",
            "each quote has a status: draft -> sent -> accepted or declined",
        ),
        (
            "a status: it starts as new, then gets triaged, then fixed",
            "a status: new -> triaged -> fixed",
        ),
    ],
)
def test_states_told_as_a_story_are_a_flow(sentence: str, plain: str) -> None:
    assert narrated_flow(sentence) == plain


def test_a_story_that_goes_on_to_something_else_is_left_alone() -> None:
    sentence = "a status: it starts as a draft, and we print it"
    assert narrated_flow(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "first thing i need is our members - name, email and the date they joined",
            "members have name, email and the date they joined",
        ),
        (
            "then there are the events we go to, castle shows, and for those we would want the"
            " event name and the venue",
            "events have the event name and the venue",
        ),
    ],
)
def test_the_records_told_one_by_one_have_what_is_kept(sentence: str, plain: str) -> None:
    assert first_thing_is(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    ["first thing i need is a coffee", "there are the cats, and for those we buy food"],
)
def test_a_first_thing_that_keeps_nothing_is_left_alone(sentence: str) -> None:
    assert first_thing_is(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("our lab calibrates measuring instruments", "we calibrate measuring instruments"),
        ("our shop sells bikes", "we sell bikes"),
    ],
)
def test_what_our_business_does_is_what_we_do(sentence: str, plain: str) -> None:
    assert without_our_shop(sentence) == plain


def test_what_our_people_do_is_left_alone() -> None:
    sentence = "our members pay fees"
    assert without_our_shop(sentence) == sentence


def test_examples_with_articles_name_no_record() -> None:
    assert (
        without_examples(
            "treatments such as a classic set, a volume set or an infill each have a name"
        )
        == "treatments have a name"
    )
