"""Round 92: items, steps and records said loosely (*the charity we're collecting for that
night*; *draft while the clerk is filling it in, then ...*; *I'd like to list each film we hold
- title, ... - and ...*; *for each quote we chase we record ...*; *the day rate the tutor gets*;
*for each booking I need to know which boat they're in, ...*; *the feeds we keep, things like
hay, ..., each with ...*; *several of that owner's dogs*; *how often it must be serviced, in
weeks*; *a location - usually a hall or a park - a start time, ...*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, flows, plain_field_names, relations


def test_ones_themselves_just_need_a_list_after_another_clause() -> None:
    spec = design(
        "Each match has a date and the club we're playing against that day, and clubs themselves "
        "just need a name and a league code."
    )
    assert ("match", "club", "many_to_one") in relations(spec)
    assert {"name", "league_code"} <= plain_field_names(spec, "club")


def test_a_step_said_with_while_someone_works_on_it() -> None:
    spec = design(
        "Clerks have a name. Each claim has an amount and a reason. The way it moves is draft "
        "while the clerk is filling it in, then sent, then either paid or refused."
    )
    assert flows(spec)["claim"][1] == ["draft", "sent", "paid", "refused"]
    assert "clerk" not in flows(spec)


def test_list_each_one_we_hold_between_dashes() -> None:
    spec = design(
        "I'd like to list each film we hold - title, director, year and how many reels - and the "
        "shelf it sits on."
    )
    assert {"title", "director", "year", "reels"} <= plain_field_names(spec, "film")


def test_for_each_one_we_chase_we_record() -> None:
    spec = design(
        "Tenants give us guarantors with a name and an email, and for every check we chase we "
        "record the date asked, the date received and the result."
    )
    assert {"date_asked", "date_received", "result"} <= plain_field_names(spec, "check")
    assert "date_asked" not in plain_field_names(spec, "guarantor")


def test_the_rate_one_gets_in_a_list() -> None:
    spec = design(
        "Course lines: subject, the day rate the tutor gets and the day rate we charge. Tutors "
        "have a name."
    )
    assert "day_rate" in plain_field_names(spec, "course_line")


def test_for_each_booking_we_need_to_know() -> None:
    spec = design(
        "Guests book a place on a cruise, and for each booking I need to know which cabin "
        "they're in and whether the deposit's been paid. Cabins have a number."
    )
    assert ("booking", "cabin", "many_to_one") in relations(spec)
    assert "deposit_paid" in plain_field_names(spec, "booking")


def test_things_like_examples_in_a_list_of_records() -> None:
    spec = design(
        "I want a list of the feeds we keep, things like hay, oats and beet pulp, each with a "
        "name, a unit (bale or sack) and a minimum stock level."
    )
    assert {"name", "unit", "minimum_stock_level"} <= plain_field_names(spec, "feed")
    assert not any("thing" in name for name in entity_names(spec))


def test_several_of_that_owners_ones() -> None:
    spec = design(
        "An owner books a stay with a start date and an end date, and one stay can cover several "
        "of that owner's dogs."
    )
    assert "owners_dog" not in entity_names(spec)
    assert "dog" in entity_names(spec)


def test_how_often_with_its_unit_after_a_comma() -> None:
    spec = design("Every machine has a name and how often it must be serviced, in weeks.")
    names = plain_field_names(spec, "machine")
    assert any("frequency" in name and "weeks" in name for name in names)
    assert "in_weeks" not in names


def test_a_dashed_aside_inside_a_list_keeps_the_next_item() -> None:
    spec = design(
        "Each meet has a date, a place - usually a hall or a park - a start and finish time, and "
        "a leader."
    )
    assert {"start_time", "finish_time", "leader"} <= plain_field_names(spec, "meet")


def test_a_dashed_list_before_the_rest_of_a_sentence_is_left_alone() -> None:
    # the twin: no list goes on after the dashes
    spec = design(
        "Each quote lists the windows we measured - room, width and height - plus a total price."
    )
    assert "total_price" in plain_field_names(spec, "quote")
