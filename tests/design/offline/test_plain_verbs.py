"""The sentence rewrites of ``plain_verbs``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest

from appwright.design.offline.plain_verbs import (
    PARTICLE_VERBS,
    get_given,
    participle_list,
    placed_after_passive,
    plain_passive,
    without_particle,
    without_passive_particle,
    without_to_us,
)

# --- plain_passive ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every sofa gets reupholstered in a workshop",
            "every sofa is reupholstered in a workshop",
        ),
        ("each hat gets stitched by a milliner", "each hat is stitched by a milliner"),
        ("the apprentices get trained on a lathe", "the apprentices are trained on a lathe"),
    ],
)
def test_a_gets_passive_is_written_with_is_or_are(sentence: str, plain: str) -> None:
    assert plain_passive(sentence) == plain


def test_gets_with_an_object_is_no_passive() -> None:
    sentence = "a clock gets a new spring"
    assert plain_passive(sentence) == sentence


# --- without_particle -------------------------------------------------------------------------


def test_particle_verbs_are_the_listed_lemmas() -> None:
    assert {"fill", "write", "sign", "type"} <= PARTICLE_VERBS
    assert "pick" not in PARTICLE_VERBS


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a glassblower fills in a firing sheet with the date",
            "a glassblower fills a firing sheet with the date",
        ),
        ("a sharpener writes up a job card", "a sharpener writes a job card"),
        ("a chandler fills out each form", "a chandler fills each form"),
        ("a chandler types up the order", "a chandler types the order"),
        (
            "a chandler pours a candle and sends out an invoice",
            "a chandler pours a candle and sends an invoice",
        ),
    ],
)
def test_a_singular_acts_particle_is_dropped(sentence: str, plain: str) -> None:
    assert without_particle(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "glassblowers fill in a firing sheet with their name",  # their list: people's act
        "a sharpener picks up a knife",  # *pick up* is not a listed verb
        "a milliner fills in forms",  # no determiner: no record follows
    ],
)
def test_their_lists_unlisted_verbs_or_bare_objects_keep_the_particle(sentence: str) -> None:
    assert without_particle(sentence) == sentence


def test_a_plural_acts_particle_is_dropped_when_the_list_is_the_records() -> None:
    assert (
        without_particle("glassblowers fill in a firing sheet with the date")
        == "glassblowers fill a firing sheet with the date"
    )


# --- participle_list --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "quilters list the quilts they own, giving the pattern, year and a size",
            "quilters list the quilts they own with the pattern, year and a size",
        ),
        (
            "ringers log the peals, recording the date and the tower",
            "ringers log the peals with the date and the tower",
        ),
        (
            "quilters list the quilts, noting how long each took",
            "quilters list the quilts with how long each took",
        ),
    ],
)
def test_a_participle_after_a_comma_introduces_the_records_fields(
    sentence: str, plain: str
) -> None:
    assert participle_list(sentence) == plain


def test_only_the_first_participle_list_is_rewritten() -> None:
    assert participle_list(
        "quilters list the quilts, giving the pattern, and the shows, noting the date"
    ) == ("quilters list the quilts with the pattern, and the shows, noting the date")


@pytest.mark.parametrize(
    "sentence",
    [
        "quilters list the quilts, giving pattern and a size",  # no determiner after it
        "quilters list the quilts giving the pattern and a size",  # no comma before it
        "quilters list the quilts, washing the pattern",  # not a listing participle
    ],
)
def test_a_participle_without_comma_determiner_or_listing_verb_is_kept(sentence: str) -> None:
    assert participle_list(sentence) == sentence


# --- without_passive_particle, relative_have, second_owner, each one, object relatives ---------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("every aviary is looked after by one warden", "every aviary is looked by one warden"),
        ("each claim is signed off by a manager", "each claim is signed by a manager"),
        ("a kiln gets topped up by a potter", "a kiln gets topped by a potter"),
    ],
)
def test_a_passive_loses_its_particle_before_by(sentence: str, plain: str) -> None:
    assert without_passive_particle(sentence) == plain


def test_a_particle_without_by_is_left_to_the_other_rewrites() -> None:
    assert without_passive_particle("each form is filled in online") == (
        "each form is filled in online"
    )


# --- without_to_us ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("antique clocks are sent to us by a dealer", "antique clocks are sent by a dealer"),
        (
            "fallen trees are reported to us through a council",
            "fallen trees are reported through a council",
        ),
        ("gift hampers are made for us by a bakery", "gift hampers are made by a bakery"),
        ("clocks are posted to us via a courier", "clocks are posted via a courier"),
    ],
)
def test_to_us_after_a_participle_goes_before_the_sender(sentence: str, plain: str) -> None:
    assert without_to_us(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "dealers send clocks to us by courier",  # *clocks* is no past participle
        "antique clocks are sent to us for cleaning",  # no by, from, through or via after it
        "antique clocks are sent to us with a note",  # the same with *with*
        "antique clocks are sent to them by a dealer",  # not us
    ],
)
def test_to_us_elsewhere_is_left_alone(sentence: str) -> None:
    assert without_to_us(sentence) == sentence


# --- participle_list: the newer listing verbs and a second participle -------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "groups book a sauna, saying how many guests and how many hours, and ticking whether"
            " they want towel hire",
            "groups book a sauna with how many guests and how many hours and whether they want"
            " towel hire",
        ),
        (
            "hirers book a tub, specifying the size and the delivery date",
            "hirers book a tub with the size and the delivery date",
        ),
        (
            "tenants rent plots, marking whether they keep bees",
            "tenants rent plots with whether they keep bees",
        ),
        (
            "hirers book a tub, choosing a size and a colour",
            "hirers book a tub with a size and a colour",
        ),
        (
            "hirers book a tub, picking the delivery date, and specifying the access",
            "hirers book a tub with the delivery date and the access",
        ),
        (
            "hirers book a tub, saying the date, and ticking the boxes, and marking whether they pay",
            "hirers book a tub with the date and the boxes and whether they pay",
        ),
    ],
)
def test_newer_participles_and_a_second_one_make_one_list(sentence: str, plain: str) -> None:
    assert participle_list(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        # *and ticking* with no participle list before it opens none
        "groups book a sauna, and ticking whether they want towel hire",
        "groups book a sauna, ticking off the days",  # a particle, no determiner after it
        "groups book a sauna, picking up the key",
        "groups book a sauna, saying hello",
    ],
)
def test_newer_participles_without_a_list_are_kept(sentence: str) -> None:
    assert participle_list(sentence) == sentence


def test_a_second_participle_without_a_determiner_stays_outside_the_list() -> None:
    assert participle_list("groups book a sauna, saying how many guests, and ticking boxes") == (
        "groups book a sauna with how many guests, and ticking boxes"
    )


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "each sack is logged at a clean-up and taken on by one volunteer",
            "each sack is logged at a clean-up and is taken by one volunteer",
        ),
        (
            "each key is logged at the desk and handed over by one porter",
            "each key is logged at the desk and is handed by one porter",
        ),
    ],
)
def test_a_second_passive_after_and_loses_its_particle(sentence: str, plain: str) -> None:
    assert without_passive_particle(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "each ticket is raised at a desk and carry on by one engineer",  # no participle
        "each sack is logged and stays on by the door",  # an act, no passive
    ],
)
def test_and_before_a_verb_that_is_no_participle_keeps_its_particle(sentence: str) -> None:
    assert without_passive_particle(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "faults on a unit get raised with a description",
            "faults get raised on a unit with a description",
        ),
        (
            "complaints about a house are logged with the date",
            "complaints are logged about a house with the date",
        ),
    ],
)
def test_where_a_record_is_raised_follows_its_passive(sentence: str, plain: str) -> None:
    assert placed_after_passive(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "faults on a unit are common",  # no participle: a statement about faults
        "a fault on a unit gets raised with a description",  # one record: read as it is
    ],
)
def test_a_placed_subject_without_a_plural_passive_is_left_alone(sentence: str) -> None:
    assert placed_after_passive(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "the drivers (there are three of us) each get given orders to deliver",
            "orders are given to drivers to deliver",
        ),
        ("volunteers get assigned shifts", "shifts are given to volunteers"),
    ],
)
def test_people_who_get_given_things_are_who_the_things_go_to(sentence: str, plain: str) -> None:
    assert get_given(sentence) == plain


def test_one_person_getting_one_thing_is_left_alone() -> None:
    assert get_given("each driver gets a van") == "each driver gets a van"
