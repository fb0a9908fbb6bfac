"""Round 98: records told by what someone takes, does to each one or lists inside another
(*whoever is on duty takes a reading ..., putting down ...*; *every spring the council
inspects each hut, and we record ...*; *within a week we list the days on offer: ...*; *when
a delivery turns up we log ...*; *after each fixture we enter a result for every team that
played: ...*; *when somebody claims a reward we just need the date and which reward it
was*), records said with their owners in one clause (*each stay is one guest in one of our
units ...*; *a report can lead to one or more repair jobs, each done by a repairer (...)
with ...*; *each child sits under a parent account holding ...*; *usually a club sends one
bulk order a season, and on it we note ...*), values said after an item (*a discount tier -
bronze, silver or gold, depending on ...*; *the channel it came through, which is ...*), and
asides that name nothing (*a number stencilled on the frame*; *a daily weather log*; *a
theme such as pirate week or space week*; *- we stock things like ... -*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    field_options,
    plain_field_names,
    relations,
)

# --- records told by what someone takes, does or lists ------------------------------------------


def test_a_record_taken_then_its_list_put_down() -> None:
    spec = design(
        "Each fridge has a name and a location. Whoever opens the kitchen takes a reading "
        "every morning, putting down their name, the fridge temperature and a note."
    )
    assert "reading" in entity_names(spec)
    assert {"fridge_temperature", "note"} <= plain_field_names(spec, "reading")


def test_an_act_done_to_each_one_names_what_we_record() -> None:
    spec = design(
        "Each alarm has a code and a location. Every quarter the fire officer tests each "
        "alarm, and we log the test date, the officer's name and a result (pass or fail)."
    )
    assert ("test", "alarm", "many_to_one") in relations(spec)
    assert {"test_date", "result"} <= plain_field_names(spec, "test")
    assert "test_date" not in plain_field_names(spec, "alarm")


def test_going_over_each_one_is_a_check() -> None:
    spec = design(
        "Each kayak has a number and a colour. Once a month somebody goes over each kayak "
        "and writes down the date, any damage and a note."
    )
    assert ("check", "kayak", "many_to_one") in relations(spec)
    assert "damage" in plain_field_names(spec, "check")


def test_the_ones_listed_within_another() -> None:
    spec = design(
        "A term has a name and a start date. Within a term we list the classes on offer: the "
        "title, the day, the start time and how many places there are."
    )
    assert ("class", "term", "many_to_one") in relations(spec)
    assert {"title", "start_time"} <= plain_field_names(spec, "class")


def test_a_record_that_turns_up_is_logged() -> None:
    spec = design(
        "Growers have a name and a farm. When a consignment arrives we log which grower it came "
        "from, the date received, the weight and a tick if any of it was bruised."
    )
    assert ("consignment", "grower", "many_to_one") in relations(spec)
    assert {"date_received", "weight"} <= plain_field_names(spec, "consignment")


def test_a_result_for_every_one_that_played() -> None:
    spec = design(
        "Players have a name. Matches are recorded with a date and the table number, and after "
        "each match we enter a score for every player that played: the frames won and the "
        "highest break."
    )
    relation_set = relations(spec)
    assert ("score", "match", "many_to_one") in relation_set
    assert ("score", "player", "many_to_one") in relation_set
    assert "frames_won" in plain_field_names(spec, "score")


def test_the_act_is_the_record_when_the_list_names_the_one_acted_on() -> None:
    spec = design(
        "Members have a name and a phone. Each prize has a name and a points cost. When "
        "somebody redeems a prize we just need the date and which prize it was."
    )
    assert "prize_redemption" in entity_names(spec)
    assert "date" in plain_field_names(spec, "prize_redemption")


def test_details_kept_for_every_one() -> None:
    spec = design(
        "By law we keep licence details for every driver: their full name, the licence number, "
        "the expiry date and the points on it."
    )
    assert {"full_name", "licence_number", "expiry_date"} <= plain_field_names(spec, "driver")


def test_every_ones_details_on_file() -> None:
    spec = design(
        "The choir needs every singer's details on file: first name, last name, voice part "
        "and email."
    )
    assert {"first_name", "last_name", "voice_part"} <= plain_field_names(spec, "singer")


# --- records said with their owners in one clause ------------------------------------------------


def test_one_in_one_of_ours_with_its_list() -> None:
    spec = design(
        "Patients have a name and a date of birth, and each admission is one patient in one of "
        "our wards (wards just have a name) with an admission date."
    )
    relation_set = relations(spec)
    assert ("admission", "patient", "many_to_one") in relation_set
    assert ("admission", "ward", "many_to_one") in relation_set
    assert "admission_date" in plain_field_names(spec, "admission")


def test_what_they_mostly_are_is_why_the_list_is_kept() -> None:
    spec = design(
        "The tenants are mostly students, so we hold the full name, a guarantor name and their "
        "university."
    )
    assert {"full_name", "guarantor_name", "university"} <= plain_field_names(spec, "tenant")


def test_several_each_done_by_one_with_their_list() -> None:
    spec = design(
        "Each fault report has a date and a description. A report can lead to one or more "
        "callouts, each done by an electrician (name, phone) with a cost and a finish date."
    )
    relation_set = relations(spec)
    assert ("callout", "fault_report", "many_to_one") in relation_set or (
        "callout",
        "report",
        "many_to_one",
    ) in relation_set
    assert ("callout", "electrician", "many_to_one") in relation_set
    assert {"cost", "finish_date"} <= plain_field_names(spec, "callout")
    assert "phone" in plain_field_names(spec, "electrician")


def test_a_record_under_an_account_holding_its_list() -> None:
    spec = design(
        "Every pupil has a first name and a year group. Each pupil sits under a family account "
        "holding the family name, a phone number and an email."
    )
    assert ("pupil", "family_account", "many_to_one") in relations(spec)
    assert {"family_name", "phone_number"} <= plain_field_names(spec, "family_account")


def test_one_sent_each_season_and_on_it_we_note() -> None:
    spec = design(
        "Schools have a name and a head teacher. Usually a school sends one photo order a term, "
        "and on it we note the term, the number of prints and whether they have paid."
    )
    assert ("photo_order", "school", "many_to_one") in relations(spec)
    assert {"term", "paid"} <= plain_field_names(spec, "photo_order")


def test_the_one_who_did_the_work_is_named() -> None:
    spec = design(
        "Customers have a name. Mechanics have a name. A warranty claim comes from a customer "
        "and names the mechanic who did the work; it records the date and a description."
    )
    assert ("warranty_claim", "mechanic", "many_to_one") in relations(spec)


def test_just_a_name_before_the_verb() -> None:
    spec = design("Leagues have a name, and every club (just a name) plays in one league.")
    assert ("club", "league", "many_to_one") in relations(spec)
    assert "plays_in_one_league" not in " ".join(plain_field_names(spec, "league"))


# --- values said after an item -------------------------------------------------------------------


def test_values_after_a_dash_and_what_they_depend_on() -> None:
    spec = design(
        "A supplier has a name and an email, plus a rating - poor, fair or good, depending on "
        "how often they deliver late."
    )
    assert field_options(spec, "supplier")["rating"] == ["poor", "fair", "good"]
    assert "depending" not in plain_field_names(spec, "supplier")


def test_values_after_which_is() -> None:
    spec = design(
        "Orders have a reference, a date and the route it came in by, which is phone, website "
        "or market stall."
    )
    assert field_options(spec, "order")["route"] == ["phone", "website", "market_stall"]
    assert "route_it_came_in_by" not in field_options(spec, "order")


# --- asides that name nothing --------------------------------------------------------------------


def test_where_a_number_is_painted_is_no_part_of_its_name() -> None:
    spec = design("Every boat has a number painted on the bow, a length and a colour.")
    assert {"number", "length", "colour"} <= plain_field_names(spec, "boat")


def test_how_often_a_log_is_kept_is_no_part_of_its_name() -> None:
    spec = design("We keep a daily tide log with the date, the high water time and a note.")
    assert "daily" not in entity_names(spec)
    assert "high_water_time" in plain_field_names(spec, "tide")


def test_examples_that_end_a_list_are_no_values() -> None:
    spec = design("Each camp has a start date and a theme such as jungle week or space week.")
    assert {"start_date", "theme"} <= plain_field_names(spec, "camp")
    assert "theme_such" not in entity_names(spec)


def test_examples_of_a_kind_that_end_a_list_are_its_values() -> None:
    spec = design("Each rental has a date and a type such as canoe or paddleboard.")
    assert field_options(spec, "rental")["type"] == ["canoe", "paddleboard"]


def test_an_aside_between_dashes_names_no_field() -> None:
    spec = design(
        "Each paint colour - we stock things like the sage and the navy - has a name, a code "
        "and a price per tin."
    )
    assert {"name", "code", "price_per_tin"} <= plain_field_names(spec, "paint_colour")


def test_the_one_it_belongs_to_with_its_list_in_brackets() -> None:
    spec = design(
        "For each repaired watch we keep the owner it belongs to (name and phone), the date it "
        "was finished and the repair cost."
    )
    assert {"name", "phone"} <= plain_field_names(spec, "owner")
    assert ("repaired_watch", "owner", "many_to_one") in relations(spec)


def test_a_record_named_by_its_first_kind() -> None:
    spec = design(
        "Each resident has a name and a room. A resident may have several medical or mobility "
        "needs, and against each one we note its type (hoist, diabetes or dementia) and a "
        "description."
    )
    assert any(
        source.startswith("medical") and target == "resident"
        for source, target, _ in relations(spec)
    )
    medical = next(name for name in entity_names(spec) if name.startswith("medical"))
    assert "mobility_needs" not in plain_field_names(spec, medical)


def test_then_there_are_their_records_with_a_list() -> None:
    spec = design(
        "Each volunteer has a name and an email, and then there are their visits: a date, the "
        "hours and a note."
    )
    assert ("visit", "volunteer", "many_to_one") in relations(spec)
    assert {"date", "hours", "note"} <= plain_field_names(spec, "visit")


def test_records_that_come_off_our_list_with_their_own() -> None:
    spec = design(
        "Members have a name and a phone, and the drinks come off our bar list with a name and "
        "a price."
    )
    assert {"name", "price"} <= plain_field_names(spec, "drink")
    assert "price" not in plain_field_names(spec, "member")
