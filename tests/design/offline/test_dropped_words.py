"""The sentence rewrites of ``dropped_words``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest

from appwright.design.offline.dropped_words import (
    COLLECTIVE_NOUNS,
    collective_head,
    without_condition,
    without_infinitive_purpose,
    without_opening_time,
    without_our_adverb,
    without_our_business,
    without_purpose,
    without_time_possessive,
)

# --- without_time_possessive ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("each week's melt is recorded with the weight", "each melt is recorded with the weight"),
        ("every shift's tally is kept", "every tally is kept"),
        ("each morning's feed is weighed", "each feed is weighed"),
    ],
)
def test_a_times_possessive_is_dropped(sentence: str, plain: str) -> None:
    assert without_time_possessive(sentence) == plain


def test_a_possessive_of_a_thing_is_kept() -> None:
    sentence = "each furnace's temperature is logged"
    assert without_time_possessive(sentence) == sentence


# --- without_opening_time ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "after each firing a glassblower fills a log with the temperature",
            "a glassblower fills a log with the temperature",
        ),
        ("before a fitting a milliner measures the client", "a milliner measures the client"),
        ("during the morning shift, a chandler pours a candle", "a chandler pours a candle"),
        ("at the start of the season, every alpaca is shorn", "every alpaca is shorn"),
    ],
)
def test_a_time_phrase_before_a_new_subject_is_dropped(sentence: str, plain: str) -> None:
    assert without_opening_time(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "after each firing we log the temperature",  # no subject of its own follows
        "a milliner measures the client after each fitting",  # not an opening
    ],
)
def test_a_time_phrase_without_a_subject_after_it_is_kept(sentence: str) -> None:
    assert without_opening_time(sentence) == sentence


# --- collective_head --------------------------------------------------------------------------


def test_collective_nouns_hold_both_numbers() -> None:
    assert {"herd", "herds", "clutch", "clutches", "consignment"} <= COLLECTIVE_NOUNS
    assert "list" not in COLLECTIVE_NOUNS


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("a clutch of eggs is set in an incubator", "a clutch is set in an incubator"),
        ("each swarm of bees is hived", "each swarm is hived"),
        ("the consignment of fabric arrives", "the consignment arrives"),
        ("one litter of piglets is weaned", "one litter is weaned"),
    ],
)
def test_a_collective_noun_is_the_record(sentence: str, plain: str) -> None:
    assert collective_head(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "a batch of a candle scent is poured",  # names the scent it is a batch of
        "a list of suppliers is kept",  # a container, not a collective
        "batch of wax is melted",  # no article before it
        "our batch of wax is melted",  # a possessive, not an article
    ],
)
def test_named_members_containers_and_bare_heads_are_kept(sentence: str) -> None:
    assert collective_head(sentence) == sentence


# --- without_condition ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every tortoise has a shell number, a nickname if the volunteers have chosen one,"
            " and a hatch date",
            "every tortoise has a shell number, a nickname, and a hatch date",
        ),
        (
            "a tortoise has a name and a diet note if the vet has written one and a weight",
            "a tortoise has a name and a diet note and a weight",
        ),
        (
            "a tortoise has a burrow number unless someone has moved it; a keeper has a name",
            "a tortoise has a burrow number; a keeper has a name",
        ),
        (
            "an assessment has a fee and a link to the certificate once it is lodged",
            "an assessment has a fee and a link to the certificate",
        ),
    ],
)
def test_a_condition_inside_a_field_list_is_dropped(sentence: str, plain: str) -> None:
    assert without_condition(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "a tortoise has a number, a pen and if it has a heat lamp",  # *if it has*: a field
        "a tortoise has a number, a pen, plus if it has a heat lamp",
        "a tortoise is weighed if the keeper is worried",  # no list of what is kept before it
        "tortoises are bathed when they are dusty",
    ],
)
def test_a_condition_that_is_a_field_or_outside_a_list_is_kept(sentence: str) -> None:
    assert without_condition(sentence) == sentence


# --- without_our_business, without_our_adverb, place_in, bracketed_clause ---------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "i run a bathhouse with a few saunas and want guests to book online",
            "we have a few saunas; i want guests to book online",
        ),
        (
            "we own a tanning studio with 6 booths and need to track every session",
            "we have 6 booths; we need to track every session",
        ),
        (
            "we operate a climbing barn with several walls and want a rota",
            "we have several walls; we want a rota",
        ),
        ("we run a bathhouse with four saunas", "we have four saunas"),
        (
            "we are a textile recycling enterprise with clothing banks in car parks, schools"
            " and churches",
            "we have clothing banks",
        ),
    ],
)
def test_our_business_is_dropped_its_counted_things_kept_and_we_stay(
    sentence: str, plain: str
) -> None:
    assert without_our_business(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        # each of them has fields of its own: the slipways are records told about here
        "we run a boatyard with 12 slipways, each with a length and a crane",
        "we run a bathhouse with a view and want guests to book online",  # nothing counted
        "we are a bakery with shops in town, and cafes, and a van",  # the list goes on
        "we sell a bathhouse with a few saunas and want a buyer",  # not our running of it
        "guests run a tab with a few drinks and pay at the end",  # not i or we
        "on fridays we run a bathhouse with a few saunas and want guests to book",  # not opening
        "we run a sauna with two cabins and a plunge pool",  # the list of things goes on
    ],
)
def test_a_business_that_is_not_ours_or_has_fields_per_thing_is_kept(sentence: str) -> None:
    assert without_our_business(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "for each restring i just jot the string tension",
            "for each restring i jot the string tension",
        ),
        ("we usually log the tension and the price", "we log the tension and the price"),
        ("we also restring rackets", "we restring rackets"),
        ("i then note the grip size", "i note the grip size"),
    ],
)
def test_an_adverb_after_i_or_we_is_dropped(sentence: str, plain: str) -> None:
    assert without_our_adverb(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "the stringer just logs the tension",  # not i or we: the adverb is the stringer's
        "a taxi just waits outside",  # *i* inside a word is not *i*
        "we restring rackets just before a tournament",  # not right after *we*
    ],
)
def test_an_adverb_not_right_after_i_or_we_is_kept(sentence: str) -> None:
    assert without_our_adverb(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "customers order online and we keep their name, email and phone so regulars "
            "don't have to type it all again",
            "customers order online and we keep their name, email and phone",
        ),
        (
            "every order is for one customer (we keep their name and phone so we can call "
            "them back)",
            "every order is for one customer (we keep their name and phone)",
        ),
    ],
)
def test_why_a_list_is_kept_is_dropped(sentence: str, plain: str) -> None:
    assert without_purpose(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "we built the app so we can stop using paper",  # no list before it
        "each order has a price, so customers know what they pay",  # a comma: a new clause
    ],
)
def test_a_purpose_with_no_list_before_it_stays(sentence: str) -> None:
    assert without_purpose(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every production has several parts to cast, each with a rate",
            "every production has several parts, each with a rate",
        ),
        ("a job has many rooms to be painted", "a job has many rooms"),
    ],
)
def test_what_many_things_are_for_is_dropped(sentence: str, plain: str) -> None:
    assert without_infinitive_purpose(sentence) == plain


def test_an_infinitive_that_goes_on_is_left_alone() -> None:
    sentence = "we have several boats to hire out to members"
    assert without_infinitive_purpose(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("wardens then record sandbag drops", "wardens record sandbag drops"),
        ("zones have a name; wardens then record drops", "zones have a name; wardens record drops"),
    ],
)
def test_then_after_people_is_dropped(sentence: str, plain: str) -> None:
    assert without_our_adverb(sentence) == plain
