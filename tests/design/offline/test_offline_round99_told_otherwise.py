"""Round 99, continued: what people register, bring, sign or book (*every climber must
register with us ...; we take their ...*; *riders who bring their own horses have each one
logged with ...*; *a diver signs a fresh medical form ...: we keep ...*), roles said with their
list (*couriers have a name ... and see only their own rounds*; *only they may ...*; *the head
of department*), values and asides (*the band that's headlining*; *which we call ...*;
*whether it came in as cash or card*; *for this bit*; *for a stretch of time*), steps said
loosely (*starts as a draft, gets sent, and then it's either ... or it just lapses*), and a
few more records told in passing (*a word for apps alone heading a list*; *a carer books a
session for their child: ...*; *for each match day we put stewards onto posts*).

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
    role_names,
)

# --- what people register, bring or sign ---------------------------------------------------------


def test_register_then_we_take_their_list() -> None:
    spec = design(
        "Every climber must register with us before their first session; we take their name, "
        "date of birth and an emergency phone."
    )
    assert plain_field_names(spec, "climber") == {"name", "date_of_birth", "emergency_phone"}


def test_their_own_ones_each_logged() -> None:
    spec = design(
        "Riders have a name. Riders who bring their own horses have each one logged with "
        "name, height and the passport number."
    )
    assert ("horse", "rider", "many_to_one") in relations(spec)
    assert {"name", "height"} <= plain_field_names(spec, "horse")


def test_signing_a_form_colon_we_keep() -> None:
    spec = design(
        "Divers have a name. A diver signs a fresh medical form before each dive: we keep the "
        "date it was signed and whether a doctor checked it."
    )
    assert ("medical_form", "diver", "many_to_one") in relations(spec)
    assert "signed_date" in plain_field_names(spec, "medical_form")


# --- roles said with the list ---------------------------------------------------------------------


def test_have_a_list_and_see_only_their_own() -> None:
    description = (
        "Rounds have a date. Couriers have a name and a bike number and see only their own "
        "rounds, while the dispatcher sees the lot."
    )
    assert {"courier", "dispatcher"} <= role_names(description)
    assert "see_only_rounds" not in plain_field_names(design(description), "courier")


def test_only_they_may_after_their_list() -> None:
    description = (
        "Inspections have a date. Inspectors are staff with a name and a badge number, and "
        "only they may enter results."
    )
    assert "inspector" in role_names(description)


def test_a_title_said_with_of_is_a_role() -> None:
    description = "Lessons have a date. Only the head of department can change a lesson."
    assert "head_of_department" in role_names(description)


# --- values and asides --------------------------------------------------------------------------


def test_which_one_in_a_list_is_no_value() -> None:
    spec = design(
        "A gig records the promoter, the venue, the band that's headlining, the gig date and "
        "the fee. Promoters have a name."
    )
    options = field_options(spec, "gig")
    assert "gig_date" in options
    assert "gig_date" not in (options.get("band") or [])


def test_values_after_which_we_call() -> None:
    spec = design(
        "Each return gets a check with the date and the overall state, which we call good, "
        "worn or broken."
    )
    options = field_options(spec, "check")
    assert any(values == ["good", "worn", "broken"] for values in options.values())


def test_whether_it_came_in_as_one_or_the_other() -> None:
    spec = design(
        "After each fair we count the till and log a taking with the amount and whether it "
        "came in as cash or card."
    )
    assert field_options(spec, "taking").get("payment_method") == ["cash", "card"]


def test_whether_it_came_by_one_or_the_other_in_brackets_stays_the_lists() -> None:
    spec = design(
        "Bookings have a date. We log every payment against the booking (date, amount, and "
        "whether it came by bank transfer or card)."
    )
    assert "amount" in plain_field_names(spec, "payment")


def test_for_this_bit_names_no_record() -> None:
    spec = design(
        "Anyone staying pays a deposit before arrival, and for each one we need the amount "
        "and the date we took it. It belongs to the booking, and for this bit the booking "
        "only needs its booking number and the guest's name."
    )
    assert "bit" not in entity_names(spec)
    assert "booking_number" in plain_field_names(spec, "booking")


def test_for_a_stretch_of_time_names_no_record() -> None:
    spec = design(
        "Each berth has a number. Boaters book a berth for a stretch of time with an arrival "
        "date and a leaving date. Boaters have a name."
    )
    assert "stretch" not in entity_names(spec)


# --- steps said loosely ---------------------------------------------------------------------------


def test_starts_then_either_or_it_just_lapses() -> None:
    spec = design(
        "Each offer has a price. An offer starts as a draft, gets sent, and then it's either "
        "accepted, refused or it just lapses if nobody answers."
    )
    assert flows(spec)["offer"][1] == ["draft", "sent", "accepted", "refused", "lapsed"]


def test_the_ones_then_marked_are_a_step() -> None:
    spec = design(
        "Each expense has a date. An expense goes from submitted to approved or rejected, and "
        "the approved ones then get marked as reimbursed."
    )
    steps = flows(spec)["expense"][1]
    assert "reimbursed" in steps
    assert "approved_ones" not in steps


def test_a_step_reached_on_a_condition() -> None:
    spec = design(
        "Each hire has a return date. A hire starts as booked, becomes out once it's "
        "collected and ends as returned; if the return date passes first it goes to late."
    )
    assert "late" in flows(spec)["hire"][1]


def test_logged_against_two_with_a_list_when_something_happens() -> None:
    spec = design(
        "Each kite has a name. Each flyer has a first name. When a kite goes out with a "
        "flyer who is under ten, the instructor logs a warning against the kite and that "
        "flyer, with the date and whether a parent was told."
    )
    found = relations(spec)
    assert {("warning", "kite", "many_to_one"), ("warning", "flyer", "many_to_one")} <= found
    assert "date" in plain_field_names(spec, "warning")


def test_for_each_one_we_did_colon_names_the_record() -> None:
    spec = design(
        "What I need:\n- every market with its date and pitch count\n- for each bike we "
        "refurbished: the market, a frame size (small, medium or large) and the price"
    )
    assert "refurbished_bike" in entity_names(spec)
    assert "frame_size" in plain_field_names(spec, "refurbished_bike")


def test_a_word_for_apps_or_trades_alone_heads_a_records_list() -> None:
    spec = design(
        "Workshop log. Tool: asset no., model, hour meter. Service: date, hours at service, "
        "parts cost, which fitter. Fitter: name, phone."
    )
    assert {"asset_number", "hour_meter"} <= plain_field_names(spec, "tool")
    assert {"hours_at_service", "parts_cost"} <= plain_field_names(spec, "service")


def test_booking_one_for_their_child_splits_whose_items() -> None:
    spec = design(
        "A carer books a session for their child: we need the carer's name and phone number, "
        "the child's name and age, plus the session date and how many friends are coming."
    )
    assert {"name", "phone_number"} <= plain_field_names(spec, "carer")
    assert "session_date" in plain_field_names(spec, "session")
    assert ("session", "carer", "many_to_one") in relations(spec)


def test_people_put_onto_records_and_what_each_says() -> None:
    spec = design(
        "A match day is a date with a kick-off time. Stewards have a name. For each match day "
        "we put stewards onto posts, and a post says which gate they're covering: north, "
        "south, or the away end."
    )
    found = relations(spec)
    assert {("post", "match_day", "many_to_one"), ("post", "steward", "many_to_one")} <= found
    assert field_options(spec, "post").get("gate") == ["north", "south", "away_end"]
