"""Sentence shapes learnt once batch 43 was measured, each designed end to end on a sentence
of its own (not the batch's), with a twin it must leave alone: *when a phone goes we log a sale
with ...*, *we also record who sold it to us, with their name ...* and *for every heat we store
the racer, the car, the race night, ..., the laps completed*."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, relations


def test_when_it_acts_we_log_a_record_with_a_list_is_that_records() -> None:
    spec = design(
        "Every bike has a make and a frame size. When a bike goes we log a sale with the "
        "date, the selling price and the channel (shop, eBay or auction)."
    )
    assert entity_names(spec) == {"bike", "sale"}
    assert field_types(spec, "sale") == {
        "date": "date",
        "selling_price": "decimal",
        "channel": "enum",
        "bike_id": "reference",
    }
    assert relations(spec) == {("sale", "bike", "many_to_one")}


def test_when_it_acts_we_note_its_own_list_stays_its() -> None:
    spec = design(
        "Every bike has a make. When a bike sells we note the sale date and the price paid."
    )
    assert set(field_types(spec, "sale")) == {"sale_date", "price_paid", "bike_id"}
    assert relations(spec) == {("sale", "bike", "many_to_one")}


def test_we_record_who_did_it_with_their_list_is_a_record_of_them() -> None:
    spec = design(
        "Every bike we take in gets a make and a frame size; we also record who sold it to "
        "us, with their name, phone number and whether their ID was checked."
    )
    assert entity_names(spec) == {"bike", "seller"}
    assert field_types(spec, "seller") == {
        "name": "text",
        "phone_number": "text",
        "id_checked": "boolean",
    }
    assert relations(spec) == {("bike", "seller", "many_to_one")}


def test_we_record_who_did_it_without_a_doer_word_adds_no_record() -> None:
    spec = design(
        "Every bike we take in gets a make and a frame size; we also record who donated it, "
        "with their name."
    )
    assert entity_names(spec) == {"bike"}


def test_for_every_record_we_store_the_records_and_counts_done() -> None:
    spec = design(
        "Bowlers have a name. Lanes have a number. A league night has a date. For every game "
        "we store the bowler, the lane, the league night, the frames played and the pins "
        "knocked down."
    )
    assert entity_names(spec) == {"bowler", "lane", "league_night", "game"}
    assert {"frames_played", "pins_knocked_down"} <= set(field_types(spec, "game"))
    assert {
        ("game", "bowler", "many_to_one"),
        ("game", "lane", "many_to_one"),
        ("game", "league_night", "many_to_one"),
    } <= relations(spec)


def test_things_found_with_their_own_list_are_records() -> None:
    spec = design(
        "For every dig we store the site, the date and the items found (name, depth and material)."
    )
    assert "item" in entity_names(spec)
