"""Round 107: records wished for, one for each of another (*what I'd like is a return check for
every van being handed back with the date, which driver did it, ...*; *for each child going
there has to be a consent form ..., and on it we note ...*), records of an act told by what is
noted (*when a groomer trims one we record which dog, who trimmed it, ...*; *people book online
giving their name, ...*; *stewards sign up for as many race days as they can, taking a post on
each day: ...*; *collectors ... place offers on a painting, each with ...*; *every cleaner fills
in a log each week, which is really ...*; *each entry is filled in by a parent or guardian, whose
name ... we keep*; *when an apprentice attends a workshop they get a review marked passed or not
yet passed, with comments*), records kept for another said in short (*leaks logged per roof -
...*; *patches against a leak, done by a roofer: ...*; *against a venue we keep risk
assessments: ...*; *we keep the wardens at each campsite, just ...*; *money in is logged as
payments against one invoice, with ...*; *each member is issued their own locker key, recorded
with ...*; *that's the inventory sheet, there's one per move with ...*; *for each pilot we keep
every medical they've passed with ..., and likewise their type ratings with ...*), a record of a
pair (*for each course and venue we set a price, ...*), a record told in turn (*a lesson is for
one pupil, is taught by an instructor, runs from ... and moves from ...*), lists said in short
(*each tenant has ..., and each rented flat a ...*; *each one a description and an amount*; *a
list of the blends we make up, each with ...*; *gets a diet sheet saying which blend, ...*;
*where each wrap has ...*; *each order takes several bulbs, qty per bulb*), *it* after a
hyphened record's list (*every check-in gets ..., and it is done for one guest by one porter*)
and an attendance (*whenever a pupil attends a workshop we log ...*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    field_options,
    flows,
    plain_field_names,
    relations,
)

# --- records wished for, one for each of another -------------------------------------------------


def test_a_record_wished_for_each_other_with_who_did_it() -> None:
    spec = design(
        "What I'd like is a return check for every van being handed back (we go by "
        "registration) with the date, which driver did it, whether the tank was full and some "
        "notes."
    )
    assert {("return_check", "van", "many_to_one"), ("return_check", "driver", "many_to_one")} <= (
        relations(spec)
    )
    assert {"date", "notes"} <= plain_field_names(spec, "return_check")
    assert "which_driver" not in plain_field_names(spec, "van")


def test_a_record_wished_for_per_other_with_its_list() -> None:
    spec = design(
        "Each landlord has a name. So what I'd like is a fee sheet per landlord being managed "
        "with the monthly fee, which agent did it and the date it starts."
    )
    assert {("fee_sheet", "landlord", "many_to_one"), ("fee_sheet", "agent", "many_to_one")} <= (
        relations(spec)
    )
    assert "monthly_fee" in plain_field_names(spec, "fee_sheet")


def test_several_added_to_it_each_one_a_list() -> None:
    spec = design(
        "Each inspection has a date. If anything is broken we add repair costs to the "
        "inspection, each one a description and an amount."
    )
    assert ("repair_cost", "inspection", "many_to_one") in relations(spec)
    assert {"description", "amount"} <= plain_field_names(spec, "repair_cost")


# --- records of an act, told by what is noted -----------------------------------------------------


def test_when_one_does_it_we_record_which_one() -> None:
    spec = design(
        "Every dog has a name and a breed. When a groomer trims one we record which dog, who "
        "trimmed it, the date and whether the owner wanted the nails done."
    )
    assert "trimming" in entity_names(spec)
    assert {("trimming", "dog", "many_to_one"), ("trimming", "groomer", "many_to_one")} <= (
        relations(spec)
    )
    assert "date" not in plain_field_names(spec, "dog")


def test_when_one_does_it_we_record_which_is_a_value_not_a_record() -> None:
    spec = design(
        "Each hive has a number. When one of our keepers inspects a hive we write down the "
        "date and the verdict, which is strong, weak or queenless."
    )
    assert "inspection" not in entity_names(spec) or "verdict" in plain_field_names(
        spec, "inspection"
    )
    assert "is_strong" not in entity_names(spec)


def test_people_book_giving_their_list() -> None:
    spec = design(
        "Each tour has a date and a guide name, and people book online giving their name, "
        "email and the number of places."
    )
    assert ("booking", "tour", "many_to_one") in relations(spec)
    assert {"name", "email"} <= plain_field_names(spec, "booking")
    assert "people" not in entity_names(spec)


def test_people_book_onto_one_with_their_list() -> None:
    spec = design(
        "Each class has a start time. People book onto a class with their name, phone and "
        "what they paid."
    )
    assert ("booking", "class", "many_to_one") in relations(spec)
    assert "people" not in entity_names(spec)


def test_sign_up_for_many_taking_one_on_each() -> None:
    spec = design(
        "Each race day has a date. Stewards (name and phone) sign up for as many race days as "
        "they can, taking a post on each day: start, finish or car park."
    )
    assert {("signup", "steward", "many_to_one"), ("signup", "race_day", "many_to_one")} <= (
        relations(spec)
    )
    assert field_options(spec, "signup")["post"] == ["start", "finish", "car_park"]


def test_place_ones_on_one_each_with() -> None:
    spec = design(
        "Each painting has a title. Collectors register with a name and email and place offers "
        "on a painting, each with an amount and a date."
    )
    assert {("offer", "collector", "many_to_one"), ("offer", "painting", "many_to_one")} <= (
        relations(spec)
    )
    assert "place_offer" not in entity_names(spec)


def test_fills_in_one_each_week_which_is() -> None:
    spec = design(
        "Every cleaner fills in a log each week, which is really the week-ending date plus "
        "their office hours and any weekend hours, and then it gets approved by a supervisor."
    )
    assert ("log", "cleaner", "many_to_one") in relations(spec)
    assert "week" not in entity_names(spec)


def test_done_by_one_whose_list_we_keep() -> None:
    spec = design(
        "An entry holds the runner's name and age. Each entry is filled in by a parent or "
        "guardian, "
        "whose name, mobile number and email we keep, and it lists one or more medical notes "
        "with a condition and a treatment."
    )
    assert ("entry", "parent", "many_to_one") in relations(spec)
    assert {"mobile_number", "email"} <= plain_field_names(spec, "parent")
    assert ("medical_note", "entry", "many_to_one") in relations(spec)


# --- records kept for another, said in short ------------------------------------------------------


def test_things_logged_per_one_dash() -> None:
    spec = design(
        "Roofs: address, pitch. Leaks logged per roof - date found, location, urgent y/n. "
        "Patches against a leak, done by a roofer: date, hours, materials cost."
    )
    assert {("leak", "roof", "many_to_one"), ("patch", "leak", "many_to_one")} <= relations(spec)
    assert {"date_found", "location"} <= plain_field_names(spec, "leak")
    assert {"hours", "materials_cost"} <= plain_field_names(spec, "patch")


def test_against_one_we_keep_colon() -> None:
    spec = design(
        "Each venue has an address. Against a venue we keep risk assessments: title, version "
        "number and review date."
    )
    assert ("risk_assessment", "venue", "many_to_one") in relations(spec)
    assert "review_date" in plain_field_names(spec, "risk_assessment")


def test_we_keep_the_ones_at_each_just() -> None:
    spec = design(
        "Each campsite has a name. We keep the wardens at each campsite, just a name and "
        "phone number, so we know who to call."
    )
    assert ("warden", "campsite", "many_to_one") in relations(spec)


def test_the_ones_we_would_like_as_a_list_with() -> None:
    spec = design(
        "Each bed has a name. Oh, and the seeds themselves we'd like as a stock list too, with "
        "the name, the packet weight and how many packets we've got left."
    )
    assert {"name", "packet_weight"} <= plain_field_names(spec, "seed")


def test_a_record_of_each_so() -> None:
    spec = design(
        "I need a record of each owner, so name, mobile number and email, and then every "
        "grooming we do for them, which has the dog and the date."
    )
    assert {"mobile_number", "email"} <= plain_field_names(spec, "owner")


def test_every_one_they_have_held_and_likewise_their_others() -> None:
    spec = design(
        "A pilot has a name. Certificates lapse, so for each pilot we keep every medical "
        "they've passed with its class and expiry date, and likewise their type ratings with "
        "the aircraft type and expiry date."
    )
    assert {("medical", "pilot", "many_to_one"), ("type_rating", "pilot", "many_to_one")} <= (
        relations(spec)
    )
    assert "aircraft_type" in plain_field_names(spec, "type_rating")


def test_things_done_on_one_listed_too_each_with() -> None:
    spec = design(
        "Each boat has a name. Every time a boat is lifted out we log a haul-out with the "
        "date and the cost. Parts fitted on a haul-out should be listed too, each with the "
        "part name and cost."
    )
    assert ("part", "haul_out", "many_to_one") in relations(spec)
    assert {"part_name", "cost"} <= plain_field_names(spec, "part")


# --- lists said in short --------------------------------------------------------------------------


def test_has_said_once_for_both() -> None:
    spec = design(
        "Each tenant has a name and a mobile number, and each rented flat a floor, size, view "
        "and rent."
    )
    assert {"floor", "rent"} <= plain_field_names(spec, "rented_flat")
    assert "rent" not in plain_field_names(spec, "tenant")


def test_a_list_of_the_ones_we_make_and_a_sheet_saying_which() -> None:
    spec = design(
        "What I need is a list of the blends we make up, each with a name and the steeping "
        "time. Then every horse gets a diet sheet saying which blend and how many scoops."
    )
    assert "steeping_time" in plain_field_names(spec, "blend")
    assert ("diet_sheet", "blend", "many_to_one") in relations(spec)


def test_ones_we_committed_to_each_with() -> None:
    spec = design(
        "A trust has a name. Awards carry targets we agreed to, each with a description and a "
        "target number, and progress returns due to the trust, each with a due date."
    )
    assert "progress_return" in entity_names(spec)


def test_several_with_qty_per_one() -> None:
    spec = design(
        "Bulbs: name, colour, qty in stock. Orders: ref, date. Each order takes several bulbs, "
        "qty per bulb."
    )
    lines = {rel for rel in relations(spec) if rel[0] not in ("bulb", "order")}
    assert {target for _, target, _ in lines} == {"bulb", "order"}
    assert ("bulb", "order", "many_to_one") not in relations(spec)


# --- records of a pair, told in turn, marked, issued, hyphened ------------------------------


def test_for_each_one_and_other_we_set_a_list() -> None:
    spec = design(
        "Each course has a name. Each venue has a town. For each course and venue we set a "
        "price, the usual class size and the number of weeks it runs."
    )
    assert {("venue_price", "course", "many_to_one"), ("venue_price", "venue", "many_to_one")} <= (
        relations(spec)
    )
    assert "price" in plain_field_names(spec, "venue_price")


def test_told_in_turn() -> None:
    spec = design(
        "A lesson is for one pupil, is taught by an instructor, runs from a start time to an "
        "end time and moves from booked to confirmed to taught."
    )
    assert {("lesson", "pupil", "many_to_one"), ("lesson", "instructor", "many_to_one")} <= (
        relations(spec)
    )
    assert {"start_time", "end_time"} <= plain_field_names(spec, "lesson")
    assert flows(spec)["lesson"][1] == ["booked", "confirmed", "taught"]


def test_told_in_turn_leaves_a_flow_after_then_alone() -> None:
    spec = design(
        "Every driver fills in a log each week, which is really the week-ending date plus "
        "their miles, and then it goes to submitted, gets approved by a manager and is paid."
    )
    assert "submitted" not in plain_field_names(spec, "log")


def test_they_get_one_marked_a_or_b_with() -> None:
    spec = design(
        "Each workshop has a date and a topic. Apprentices are kept with their name, and when an "
        "apprentice attends a workshop they get a review marked passed or not yet passed, with "
        "comments."
    )
    assert {("review", "apprentice", "many_to_one"), ("review", "workshop", "many_to_one")} <= (
        relations(spec)
    )
    assert field_options(spec, "review")["outcome"] == ["passed", "not_yet_passed"]


def test_that_is_the_one_there_is_one_per() -> None:
    spec = design(
        "A move only needs the customer name. That's the inventory sheet, there's one per move "
        "with the date we did the survey. Each line on the sheet gets an item and a room."
    )
    assert ("inventory_sheet", "move", "many_to_one") in relations(spec)


def test_logged_as_ones_against_one_with_and_a_wish_after() -> None:
    spec = design(
        "Each invoice has a number and a total. Money in is logged as payments against one "
        "invoice, with the amount, the date and the method (cash, card), and I need the total "
        "paid per month."
    )
    assert ("payment", "invoice", "many_to_one") in relations(spec)
    assert "total_paid_per_month" not in plain_field_names(spec, "payment")
    assert "as" not in entity_names(spec)


def test_ones_are_pairs_of_others_with() -> None:
    spec = design(
        "Each job is done by one team. Teams are pairs of cleaners with a team name and a van "
        "registration."
    )
    assert {"team_name", "van_registration"} <= plain_field_names(spec, "team")


def test_there_has_to_be_one_for_two_and_on_it_we_note() -> None:
    spec = design(
        "Every outing has a date. For each child going there has to be a consent form from "
        "home, which is always for one child and one outing, and on it we note whether the "
        "parent agreed and any allergies."
    )
    assert {
        ("consent_form", "child", "many_to_one"),
        ("consent_form", "outing", "many_to_one"),
    } <= (relations(spec))
    assert "allergies" in plain_field_names(spec, "consent_form")


def test_issued_their_own_recorded_with() -> None:
    spec = design(
        "We keep each member's name and email. Each member is issued their own locker key, "
        "recorded with the key number, the date issued and whether it is still in use."
    )
    assert ("locker_key", "member", "many_to_one") in relations(spec)
    assert {"key_number", "date_issued"} <= plain_field_names(spec, "locker_key")
    assert "own" not in entity_names(spec)


def test_where_each_one_has_after_a_list() -> None:
    spec = design(
        "Each order is tied to a customer (name and email). On the order we keep the date and "
        "the total, plus the gift wraps chosen (ribbon, box and so on), where each wrap has a "
        "name and a price."
    )
    assert {"name", "price"} <= plain_field_names(spec, "wrap")
    assert "price" not in plain_field_names(spec, "order")


def test_gets_one_showing_a_list() -> None:
    spec = design(
        "Each driver has a name. Once a month every driver gets a mileage statement showing "
        "the month, the total miles and whether it has been paid yet."
    )
    assert ("mileage_statement", "driver", "many_to_one") in relations(spec)
    assert "total_miles" in plain_field_names(spec, "mileage_statement")


def test_it_after_a_hyphened_record_list_is_the_record() -> None:
    spec = design(
        "Every check-in gets a date, the number of bags it needs and whether it is urgent, and "
        "it is done for one guest by one porter."
    )
    assert {("check_in", "guest", "many_to_one"), ("check_in", "porter", "many_to_one")} <= (
        relations(spec)
    )


def test_attending_is_an_attendance() -> None:
    spec = design(
        "Pupils have a name. Workshops have a title. Whenever a pupil attends a workshop we log "
        "the date attended and whether they passed."
    )
    assert {("attendance", "pupil", "many_to_one"), ("attendance", "workshop", "many_to_one")} <= (
        relations(spec)
    )
