"""The chain of ``simplify``: the rewrites run in their order over whole sentences. Each rewrite
on its own is tested beside the module that holds it (``test_plain_verbs.py``, ...)."""

from __future__ import annotations

import pytest
from offline_spec_views import clause_list

from appwright.design.offline.simplify import simplify

# --- simplify ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "after each fitting a milliner fills in a fitting note with the date and the head size",
            ["a milliner fills a fitting note with the date and the head size"],
        ),
        (
            "a commission belongs to a client and gets varnished in a workshop",
            ["a commission belongs to a client", "a commission is varnished in a workshop"],
        ),
        (
            "a commission has a wood of oak, walnut or cherry and is assigned to a carver",
            [
                "a commission has a wood (oak, walnut or cherry)",
                "a commission is assigned to a carver",
            ],
        ),
        (
            "each week's pour is logged by a chandler and is checked by a manager",
            ["each pour is logged by a chandler", "each pour is checked by a manager"],
        ),
        (
            "saddlers, with a name and a phone, fit saddles, and they visit each yard",
            [
                "saddlers have a name and a phone",
                "saddlers fit saddles",
                "saddlers visit each yard",
            ],
        ),
        (
            "a herd of alpacas is kept in a paddock, and a visit goes booked, done, then paid",
            ["a herd is kept in a paddock", "a visit goes booked, done, then paid"],
        ),
    ],
)
def test_simplify_chains_the_rewrites(sentence: str, plain: list[str]) -> None:
    assert clause_list(simplify(sentence)) == plain


def test_simplify_keeps_a_plain_clause() -> None:
    sentence = "every alpaca has a name and a birth date"
    assert simplify(sentence) == sentence


# --- simplify: the newest rewrites chained ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a trek has a date and a leader picked from our guide list, and it starts out planned",
            [
                "a trek has a date and a guide",
                "a trek belongs to a guide",
                "a trek starts out planned",
            ],
        ),
        (
            "a trek has a terrain that's either coastal or upland, and it starts out planned",
            ["a trek has a terrain (coastal or upland)", "a trek starts out planned"],
        ),
        (
            "every llama has a tag number, a pet name if the children have picked one, and a"
            " date of birth",
            ["every llama has a tag number, a pet name, and a date of birth"],
        ),
    ],
)
def test_simplify_chains_the_newest_rewrites(sentence: str, plain: list[str]) -> None:
    assert clause_list(simplify(sentence)) == plain


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "i run a bathhouse with a few saunas and want guests to book online",
            ["we have a few saunas", "i want guests to book online"],
        ),
        (
            "every calligraphy workshop has a start time and a fee, and people book a seat in a"
            " workshop with their name, their phone and whether they need an easel",
            [
                "every calligraphy workshop has a start time and a fee",
                "people book a workshop with their name, their phone and whether they need an"
                " easel",
            ],
        ),
        (
            "we also restring tennis rackets, and for each restring i just jot down the owner's"
            " name, the string tension and the price",
            [
                "we restring tennis rackets",
                "for each restring i note the owner's name, the string tension and the price",
            ],
        ),
        (
            "a float session is for a start time in a tank (tanks just have a number and a"
            " water temperature)",
            [
                "a float session is for a start time in a tank",
                "tanks just have a number and a water temperature",
            ],
        ),
        (
            "a mural has a title; it is pitched, goes into review, gets approved or declined",
            [
                "a mural has a title",
                "a mural is pitched, goes into review, is approved or declined",
            ],
        ),
    ],
)
def test_simplify_chains_the_business_adverb_place_and_bracket_rewrites(
    sentence: str, plain: list[str]
) -> None:
    assert clause_list(simplify(sentence)) == plain


# --- simplify: details, examples, obligations and *are just* chained --------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "people bring in a lamp, could be a brass lamp, an oil lamp, whatever, and i have to"
            " write down the style, the date it came in and the deposit they paid",
            ["people bring in a lamp, and i note the style, the date it came in and the deposit"],
        ),
        (
            "hirers give us their name, email and phone and make rentals; a rental has a"
            " delivery date",
            [
                "hirers have their name, email and phone",
                "hirers make rentals",
                "a rental has a delivery date",
            ],
        ),
        (
            "groups leave a name and phone and book a sauna, saying how many guests, and ticking"
            " whether they want towel hire",
            [
                "groups have a name and phone",
                "groups book a sauna with how many guests and whether they want towel hire",
            ],
        ),
    ],
)
def test_simplify_chains_the_details_examples_and_obligation_rewrites(
    sentence: str, plain: list[str]
) -> None:
    assert clause_list(simplify(sentence)) == plain


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "anyone who phones the helpline becomes a caller, and we note their name, phone and"
            " postcode",
            ["a caller phones the helpline, and we note their name, phone and postcode"],
        ),
        (
            "every grower has a contract with the date it was signed, one buyer handles it, and"
            " the price is fixed",
            [
                "every grower has a contract with the date it was signed",
                "the contract is handled by one buyer",
                "the price is fixed",
            ],
        ),
        (
            "for every trench i'd want the start date, the depth we dug in metres and the final"
            " price",
            ["for every trench i'd want the start date, the depth in metres and the final price"],
        ),
    ],
)
def test_simplify_chains_anyone_one_does_it_and_placed_relatives(
    sentence: str, plain: list[str]
) -> None:
    assert clause_list(simplify(sentence)) == plain
