"""The sentence rewrites of ``list_openers``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest

from appwright.design.offline.list_openers import (
    each_after_header,
    header_relative,
    without_introduction,
)

# --- without_introduction ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "i have a yarn shop with a mail order side, and i need an app for it:",
        "we restore antique clocks and want a system to keep track of them:",
        "we are a small bindery and this is the database we want:",
    ],
)
def test_an_introduction_naming_the_app_before_a_colon_is_dropped(sentence: str) -> None:
    assert without_introduction(sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "i have a yarn shop and i need an app for it",  # no colon at the end
        "the bindery needs an app:",  # opens with neither i nor we
        "we restore antique clocks:",  # names no app, system or tool
        "i need a tool: name, phone",  # a list follows the colon
    ],
)
def test_other_lines_keep_their_words(sentence: str) -> None:
    assert without_introduction(sentence) == sentence


# --- header_relative --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("mills we buy from: mill name, county", "mills: mill name, county"),
        ("antique clocks we repair: maker, year", "antique clocks: maker, year"),
        ("bindings i sew: thread, colour", "bindings: thread, colour"),
    ],
)
def test_a_header_with_we_and_a_verb_is_its_records(sentence: str, plain: str) -> None:
    assert header_relative(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "mill we buy from: mill name, county",  # no plural noun before *we*
        "glass we cut: thickness, width",  # a mass noun is no plural
        "mills: mill name, county",  # no *we <verb>* to drop
        "mills we buy from, with a name and a county",  # no colon after the verb
    ],
)
def test_headers_without_plural_records_before_we_are_left_alone(sentence: str) -> None:
    assert header_relative(sentence) == sentence


# --- each_after_header ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "order lines: each takes a length in metres from one yarn",
            "each order line takes a length in metres from one yarn",
        ),
        (
            "gift hamper orders: each contains several preserves",
            "each gift hamper order contains several preserves",
        ),
        (
            "spa services: each is done by one technician",
            "each spa service is done by one technician",
        ),
    ],
)
def test_each_after_a_plural_header_names_one_of_them(sentence: str, plain: str) -> None:
    assert each_after_header(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "order line: each takes a length",  # the header is no plural
        "order lines: each with a length",  # no verb after *each*
        "order lines: length, yarn",  # a plain field list
    ],
)
def test_each_after_other_headers_is_left_alone(sentence: str) -> None:
    assert each_after_header(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("first i need our units: each one has a serial number", "each unit has a serial number"),
        ("vans: every one carries a load", "each van carries a load"),
    ],
)
def test_each_one_after_a_header_is_one_of_the_header(sentence: str, plain: str) -> None:
    assert each_after_header(sentence) == plain


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("domestic appliance repair business: washing machines, dishwashers and fridges", ""),
        (
            "sign-writing business: shops and tradespeople order signs for their vans",
            "shops and tradespeople order signs for their vans",
        ),
    ],
)
def test_the_trade_a_description_opens_with_is_no_record(sentence: str, plain: str) -> None:
    assert without_introduction(sentence) == plain


def test_the_things_a_stock_list_holds_are_each_the_record() -> None:
    assert each_after_header("i keep a stock list of sneakers: each one has a brand, a size") == (
        "each sneaker has a brand, a size"
    )
