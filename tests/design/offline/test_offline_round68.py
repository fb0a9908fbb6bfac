"""Round 68: lists the readers gave to the wrong record or to none, and acts named as records.

Each test names one way of saying it, in a domain of its own, and most have a twin the
reading must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, relations

from appwright.design.offline.whole_clauses import unfold_apposition


def test_a_record_that_puts_one_thing_with_one_other_holds_the_list_after_with() -> None:
    spec = design(
        "Rooms have a name and a floor. Tutors have a name and an email. A lesson puts one "
        "tutor in one room with a start time, an end time and a subject (maths or english)."
    )
    fields = field_types(spec, "lesson")
    assert {"start_time", "end_time", "subject"} <= set(fields)
    assert "start_time" not in field_types(spec, "room")
    assert {("lesson", "tutor", "many_to_one"), ("lesson", "room", "many_to_one")} <= relations(
        spec
    )


def test_a_second_with_list_in_a_list_belongs_to_the_people_named_before_it() -> None:
    spec = design(
        "We keep members with their name, phone and date of birth, and the coaches who train "
        "them, with the coach's name, a licence number and an email."
    )
    assert {"licence_number", "email"} <= set(field_types(spec, "coach"))
    assert "licence_number" not in field_types(spec, "member")


def test_a_with_list_after_what_the_records_are_stays_with_the_records() -> None:
    spec = design(
        "Stockists are the shops that carry our jams, with a shop name, a contact email and a "
        "website. Each jam has a name and a price."
    )
    assert {"shop_name", "website"} <= set(field_types(spec, "stockist"))


def test_records_with_a_clause_left_without_that_hold_the_list_after_it() -> None:
    spec = design(
        "Suppliers have a company name and a phone. Parts each supplier stocks, with a part "
        "number and a unit price."
    )
    assert {"part_number", "unit_price"} <= set(field_types(spec, "part"))
    assert "unit_price" not in field_types(spec, "supplier")


def test_records_that_get_a_list_of_the_things_hold_it() -> None:
    spec = design(
        "Every order has a date and a total. Parcels also get the weight in grams, the "
        "destination postcode and a tracking number."
    )
    assert {"weight_grams", "destination_postcode", "tracking_number"} <= set(
        field_types(spec, "parcel")
    )


def test_getting_the_credit_is_no_list() -> None:
    spec = design(
        "Members have a name and an email. The canvassers who sign people up door to door get "
        "the credit, so each member should show which canvasser recruited them."
    )
    assert "door" not in entity_names(spec)


def test_a_record_each_one_gets_against_another_points_at_both() -> None:
    spec = design(
        "Members have a name. Each year the club sets a subscription with a season and an "
        "amount, and every member gets an invoice against that subscription with the amount "
        "due and whether it is paid."
    )
    assert {"amount_due", "paid"} <= set(field_types(spec, "invoice"))
    found = relations(spec)
    assert ("invoice", "member", "many_to_one") in found
    assert ("invoice", "subscription", "many_to_one") in found


def test_each_one_done_by_one_of_ours_points_at_it() -> None:
    spec = design(
        "We run guided walks, each one led by one of our rangers. Each walk has a date and a "
        "route. Rangers have a name and a phone."
    )
    assert ("walk", "ranger", "many_to_one") in relations(spec)


def test_each_one_held_on_a_date_at_a_place_keeps_the_place_as_a_field() -> None:
    spec = design(
        "The council runs naming ceremonies, each held on a date at a venue with a maximum "
        "number of guests. Every family booked has a name and an email."
    )
    assert "venue" in field_types(spec, "ceremony")


def test_the_person_who_did_it_in_a_list_is_one_of_the_people() -> None:
    spec = design(
        "Stock losses log. Items: name, barcode, cost price. Loss: item, date, quantity, "
        "reason (broken, stolen, other), volunteer who logged it."
    )
    assert ("loss", "volunteer", "many_to_one") in relations(spec)
    assert "volunteer" not in field_types(spec, "loss")


def test_the_crew_who_came_is_not_one_person() -> None:
    spec = design(
        "Rescue team app. Members: name, phone, call sign. Training nights: date, topic, crew "
        "who attended."
    )
    assert "crew" not in entity_names(spec)


def test_people_who_act_on_the_records_noting_a_list_make_the_act_a_record() -> None:
    spec = design(
        "Kitchens have a name and an address. Officers inspect the kitchens every month, noting "
        "the date, the score and any notes."
    )
    assert {"date", "score"} <= set(field_types(spec, "inspection"))
    assert ("inspection", "kitchen", "many_to_one") in relations(spec)


def test_people_taking_something_noting_a_list_name_no_taking() -> None:
    spec = design(
        "Every club has a name. Leaders take attendance at each session, recording the date "
        "and present or absent for each pupil."
    )
    assert "taking" not in entity_names(spec)


def test_an_act_with_a_particle_said_after_when_is_a_record_named_by_both() -> None:
    spec = design(
        "Timesheets have a week and a total. At the end of the week a manager signs off each "
        "timesheet, noting the hours approved and any overtime."
    )
    assert "hours_approved" in field_types(spec, "sign_off")
    assert ("sign_off", "timesheet", "many_to_one") in relations(spec)


def test_doing_a_check_names_no_doing() -> None:
    spec = design(
        "Each box has a label and a size. Before every run the rider does a temperature check "
        "on the box, noting the reading in degrees, the check time and whether it passed."
    )
    assert "doing" not in entity_names(spec)


def test_people_with_a_list_then_their_verb_are_two_clauses() -> None:
    spec = design(
        "Slots have a date and a start time, and parents with a name, phone and email sign up "
        "for them."
    )
    assert {"name", "phone", "email"} <= set(field_types(spec, "parent"))


def test_a_compound_after_a_with_list_is_not_cut_as_a_verb() -> None:
    sentence = "members with a name and a phone book courts for an hour"
    assert unfold_apposition(sentence) == sentence


def test_what_is_written_up_with_a_list_is_the_record_the_sentence_before_is_about() -> None:
    spec = design(
        "Every valuation is for a house. One of our agents visits and writes it up with the "
        "visit date, an asking price and any notes."
    )
    assert {"visit_date", "asking_price"} <= set(field_types(spec, "valuation"))


def test_we_list_each_ones_things_and_for_every_other_its_own() -> None:
    spec = design(
        "We list each stallholder's name and phone, and for every pitch the pitch number, the "
        "size (small or large) and the rent."
    )
    assert {"name", "phone"} <= set(field_types(spec, "stallholder"))
    assert {"pitch_number", "rent"} <= set(field_types(spec, "pitch"))


def test_a_record_logged_for_each_one_with_a_colon_list_holds_the_list() -> None:
    spec = design(
        "Matches have a date and an opponent. Players have a name. After every match we log a "
        "rating for the player: the distance covered, the top speed and the coach's comments."
    )
    assert {"distance_covered", "top_speed"} <= set(field_types(spec, "rating"))
    assert "top_speed" not in field_types(spec, "match")
    found = relations(spec)
    assert ("rating", "match", "many_to_one") in found
    assert ("rating", "player", "many_to_one") in found


def test_one_act_or_another_before_we_log_a_record_points_it_at_the_one_acting() -> None:
    spec = design(
        "Boats have a name. Every time a boat arrives or leaves we log a movement with the date, "
        "the direction and the berth."
    )
    assert ("movement", "boat", "many_to_one") in relations(spec)


def test_a_record_that_shows_as_one_of_several_has_a_status() -> None:
    spec = design(
        "A permit has a start date and a fee, and shows as active, suspended, expired or revoked."
    )
    assert field_types(spec, "permit")["status"] == "enum"
    assert not spec.reports


def test_a_record_that_sits_as_its_first_step_has_a_flow() -> None:
    spec = design(
        "Each booking has a name; the booking sits as provisional, goes to confirmed once they "
        "have paid, then checked in when they turn up, or cancelled if they drop out."
    )
    flows = {flow.entity: flow for flow in spec.state_flows}
    assert "booking" in flows
