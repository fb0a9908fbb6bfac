"""Round 99: records logged against another (*each item is logged against the event it came
in at, which has ...*; *each breakdown is logged against the hire contract, by contract
number, and against the tool that failed, by its serial number*), records told by whom and
what they are for (*members book onto a night: the booking ...*; *a booking is for one
student and one course, made through an agent, with ...*; *every hire is written up as a
contract for one customer, with ...*; *a member places an order with ...*), a record's list
said through a stand-in (*each coach to have a profile with ...*; *the sessions are our
regular weekly ones, each with ...*; *a session is just a date with ...*);
`test_offline_round99_told_otherwise.py` has the rest of the round.

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    flows,
    plain_field_names,
    relations,
    role_names,
)

# --- records logged against another -------------------------------------------------------------


def test_logged_against_the_one_which_has_a_list() -> None:
    spec = design(
        "Each sample has a label and a weight. Every sample is also logged against the trip "
        "it came back from, which has a date and a boat name."
    )
    assert ("sample", "trip", "many_to_one") in relations(spec)
    assert {"date", "boat_name"} <= plain_field_names(spec, "trip")


def test_against_the_one_we_know_by_its_number() -> None:
    spec = design(
        "Each valuation has a date and a figure. The valuation is against the policy it was "
        "made for, which we know by policy number."
    )
    assert ("valuation", "policy", "many_to_one") in relations(spec)
    assert "policy_number" in plain_field_names(spec, "policy")


def test_which_ones_are_logged_is_no_record() -> None:
    spec = design(
        "Each hive type has a maker and a price. Every hive that arrives from the workshop is "
        "logged against its hive type with the serial number and the date it arrived."
    )
    assert "workshop" not in entity_names(spec)
    assert {"serial_number"} <= plain_field_names(spec, "hive")
    assert ("hive", "hive_type", "many_to_one") in relations(spec)


def test_logged_against_two_each_known_by_what_follows_by() -> None:
    spec = design(
        "When a tenant rings about a leak we open a callout with the time of the call and the "
        "problem. Each callout is logged against the lease, by lease number, and against the "
        "flat that leaked, by its door number. It goes from reported to fixed."
    )
    found = relations(spec)
    assert ("callout", "lease", "many_to_one") in found
    assert ("callout", "flat", "many_to_one") in found
    assert "door_number" in plain_field_names(spec, "flat")
    assert flows(spec)["callout"][1] == ["reported", "fixed"]


def test_for_each_of_several_the_list_is_each_ones() -> None:
    spec = design(
        "We register every patient with their name and phone. A patient can bring several "
        "pets, and for each one we write down the pet name, the species and a weight."
    )
    assert {"pet_name", "species", "weight"} <= plain_field_names(spec, "pet")
    assert "species" not in plain_field_names(spec, "patient")


def test_what_is_used_for_each_of_several_stays_with_the_pair() -> None:
    spec = design(
        "Parts have a name and a unit cost. Each repair has a date. A repair can use several "
        "parts, and for each one we note the quantity used."
    )
    assert "quantity" not in plain_field_names(spec, "part")


def test_the_report_filled_in_by_whoever_dealt_with_it() -> None:
    spec = design(
        "Lifeguards have a name. Whenever something goes wrong (a swimmer in trouble, a cut "
        "foot, a lost child) the lifeguard who dealt with it fills in an incident form: when "
        "it happened, what happened and whether an ambulance was called."
    )
    assert "something" not in entity_names(spec)
    assert ("incident_form", "lifeguard", "many_to_one") in relations(spec)
    assert "ambulance_called" in plain_field_names(spec, "incident_form")


# --- records told by whom and what they are for ------------------------------------------------


def test_booking_onto_one_then_the_booking_colon() -> None:
    spec = design(
        "A yoga class has a date and a teacher name. Members book onto a class: the booking "
        "starts as requested, gets confirmed, and finishes as attended or cancelled."
    )
    assert ("booking", "member", "many_to_one") in relations(spec)
    assert "booking" in flows(spec)
    assert "member" not in flows(spec)


def test_for_one_and_one_made_through_a_third() -> None:
    spec = design(
        "Brokers have a firm name and a commission. A charter is for one yacht and one "
        "client, made through a broker, with a start date and a number of days."
    )
    found = relations(spec)
    assert {("charter", "yacht", "many_to_one"), ("charter", "broker", "many_to_one")} <= found
    assert {"start_date", "days"} <= plain_field_names(spec, "charter")
    assert "start_date" not in plain_field_names(spec, "yacht")


def test_written_up_as_a_record_for_one() -> None:
    spec = design(
        "Every rental is written up as an agreement for one tenant, with an agreement number, "
        "a start date and a rent."
    )
    assert ("agreement", "tenant", "many_to_one") in relations(spec)
    assert "rental" not in entity_names(spec)
    assert "agreement_number" in plain_field_names(spec, "agreement")


def test_sorted_into_groups_like_examples() -> None:
    spec = design(
        "Each cake has a name and a price. Cakes are sorted into cake families like sponges, "
        "tarts or bakes, and every family carries a name and a shelf price."
    )
    assert ("cake", "cake_family", "many_to_one") in relations(spec)
    assert ("cake_family", "cake", "many_to_one") not in relations(spec)
    assert "shelf_price" in plain_field_names(spec, "cake_family")


def test_placing_one_with_a_list_is_not_belonging_to_it() -> None:
    spec = design(
        "Members have a name. A member places a request with a request date; its status goes "
        "open, approved, closed."
    )
    assert ("request", "member", "many_to_one") in relations(spec)
    assert "member" not in flows(spec)
    assert "request_date" in plain_field_names(spec, "request")


def test_who_places_one_is_still_a_role_and_a_longer_list_is_left_alone() -> None:
    description = (
        "Reporters have a name. A reporter raises a request with the slug and a brief. A "
        "teacher makes a loan with a start date, listing how many of each kit item they take, "
        "and the loan goes from reserved to out."
    )
    assert "reporter" in role_names(description)
    assert "teacher" not in flows(design(description))


def test_ones_sitting_inside_another_with_its_list() -> None:
    spec = design(
        "Each bid has an amount. Bids sit inside an auction round with an opening date and a "
        "closing date."
    )
    assert ("bid", "auction_round", "many_to_one") in relations(spec)
    assert {"opening_date", "closing_date"} <= plain_field_names(spec, "auction_round")


def test_against_one_we_write_up_another() -> None:
    spec = design(
        "Each sale has a date and a price. Against the sale we write up the part-exchange "
        "with the old car's make, its mileage and the allowance."
    )
    assert ("part_exchange", "sale", "many_to_one") in relations(spec)
    assert "mileage" not in plain_field_names(spec, "sale")


def test_booking_a_place_and_on_the_booking() -> None:
    spec = design(
        "Each workshop night has a date. Makers have a name. A maker books a place on a "
        "workshop night, and on the booking we note the bench number and whether they came."
    )
    found = relations(spec)
    assert ("booking", "maker", "many_to_one") in found
    assert ("booking", "workshop_night", "many_to_one") in found


def test_the_period_of_each_record_is_a_field() -> None:
    spec = design(
        "Carers have a name. For each carer and week we raise a timesheet covering a number "
        "of visits at a visit rate, with a total and a status that goes from draft to paid."
    )
    assert {"week", "visits", "visit_rate", "total"} <= plain_field_names(spec, "timesheet")
    assert ("timesheet", "carer", "many_to_one") in relations(spec)


def test_reduced_by_several_each_with() -> None:
    spec = design(
        "Hosts have a name. For each host we raise a payment with a total. A payment can be "
        "reduced by deductions, each with a reason and an amount."
    )
    assert ("deduction", "payment", "many_to_one") in relations(spec)
    assert ("payment", "deduction", "many_to_one") not in relations(spec)


# --- a record's list through a stand-in ----------------------------------------------------------


def test_a_profile_with_is_the_ones_own_list() -> None:
    spec = design(
        "I'd like each tutor to have a profile with their name, email and an hourly rate. "
        "Lessons have a date."
    )
    assert "profile" not in entity_names(spec)
    assert {"email", "hourly_rate"} <= plain_field_names(spec, "tutor")


def test_a_record_of_its_own_with_a_list_is_left_alone() -> None:
    spec = design(
        "Each offer has a date and a seller. Each used book in an offer gets its own record "
        "with the title, the author and the price we put on it."
    )
    assert "title" not in plain_field_names(spec, "offer")


def test_our_regular_ones_each_with() -> None:
    spec = design(
        "Claims have a date. The classes are our regular evening ones, each with a weekday, a "
        "start time and a level."
    )
    assert {"weekday", "start_time", "level"} <= plain_field_names(spec, "class")


def test_just_a_date_with_more() -> None:
    spec = design("A market day is just a date with an opening time and the square it's in.")
    assert {"date", "opening_time"} <= plain_field_names(spec, "market_day")


def test_signing_up_is_a_record_of_its_own() -> None:
    spec = design(
        "Walks have a route and a date. When a rambler signs up we store the sign-up date and "
        "whether they have paid."
    )
    assert ("sign_up", "rambler", "many_to_one") in relations(spec)
    assert "paid" in plain_field_names(spec, "sign_up")


def test_one_drop_off_from_a_giver_with_several_in_it() -> None:
    spec = design(
        "A gift is one drop-off from a sponsor, with the date and the note, and it has several "
        "prizes in it. Each prize has a name and a value."
    )
    assert ("gift", "sponsor", "many_to_one") in relations(spec)
    assert ("prize", "gift", "many_to_one") in relations(spec)


def test_placing_one_then_it_is_still_the_record() -> None:
    spec = design(
        "Every climber has a name. A climber sends in a pause request with a start date and "
        "the reason; it sits as pending until a manager approves it, and then it is approved."
    )
    assert "pause_request" in flows(spec)
    assert "climber" not in flows(spec)
