"""Round 80: records and lists told in words the readers did not know (*for every fair day we
record ...*, *then there are the audits: when the assessor visits we note ...*, *- usage:
whenever a drum is opened we log ...*, *they'd do a quick hull check: ...*, *an intake is one
run of a programme with ...*, *under it sit departures, each with ...*), links told
roundabout (*every time a ferret goes into a hutch I want to log a move - ...*, *a pressing
takes one grape lot and one press and records ...*, *a shuttle takes one coach to one airport
on a given date and pick-up time*, *a member's bike belongs to that member (...)*), flows
told with a bare first state (*a loan starts pending, becomes approved ...*), by the things
that move (*they come through referrals that move from ...*) and with *or it is marked ...*,
and words that name no field (*for traceability*, *so nothing slips through*, *up front*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    field_options,
    field_types,
    flows,
    plain_field_names,
    relations,
    role_names,
)

from appwright.design.offline.normalize import normalize_text
from appwright.design.offline.word_forms import is_past_participle


def test_for_every_compound_day_we_record_is_the_day_records_list() -> None:
    spec = design(
        "Each fair has a name and a town. For every fair day we record the date, the number of "
        "visitors and the gate takings."
    )
    assert {"date", "visitors", "gate_takings"} <= plain_field_names(spec, "fair_day")
    assert "gate_takings" not in plain_field_names(spec, "fair")


def test_for_each_day_is_still_a_time_not_a_record() -> None:
    spec = design("Each shop has a name. For each day we record the takings and the weather.")
    assert "day" not in entity_names(spec)
    assert "takings" in plain_field_names(spec, "shop")


def test_a_bracket_inside_a_list_is_told_after_the_list() -> None:
    spec = design(
        "Each lesson has a date, a number of skaters, the rink it's held at (rinks have a name "
        "and an address) and one coach leading it."
    )
    assert {"name", "address"} <= plain_field_names(spec, "rink")
    assert "address" not in plain_field_names(spec, "lesson")
    assert ("lesson", "rink", "many_to_one") in relations(spec)
    assert ("lesson", "coach", "many_to_one") in relations(spec)


def test_a_flow_whose_first_state_is_said_without_as() -> None:
    spec = design(
        "A member has a name. A loan starts pending, becomes approved once signed, and ends up "
        "repaid or written off."
    )
    assert flows(spec)["loan"][1][:3] == ["pending", "approved", "repaid"]
    assert "status" not in plain_field_names(spec, "member")


def test_a_start_that_is_no_state_is_left_as_said() -> None:
    lowered = normalize_text("The race starts early, then the runners go round twice.")
    assert "starts as early" not in lowered


def test_things_that_move_through_states_are_a_record_with_a_flow() -> None:
    spec = design(
        "Patients have a name and a date of birth, and they come through referrals that move "
        "from received to triaged to seen, or to closed if they decline."
    )
    assert flows(spec)["referral"][1][:3] == ["received", "triaged", "seen"]
    assert "status" not in plain_field_names(spec, "patient")


def test_or_it_is_marked_is_one_more_end_of_the_flow() -> None:
    spec = design(
        "Each kitten has a name. Each kitten comes out of a litter and goes to a foster home "
        "(homes have a name and a postcode); her status moves from fostered to reserved to "
        "adopted, or she is marked returned."
    )
    assert flows(spec)["kitten"][1] == ["fostered", "reserved", "adopted", "returned"]


def test_a_list_of_course_types_keeps_the_word_course() -> None:
    spec = design("We keep a list of course types, each with a name, a price and a length in days.")
    assert {"name", "price"} <= plain_field_names(spec, "course_type")


def test_of_course_as_an_aside_is_still_dropped() -> None:
    lowered = normalize_text("Members book classes, and of course a class has many members.")
    assert "of course" not in lowered


def test_one_run_of_another_record_with_a_list() -> None:
    spec = design(
        "Programmes have a title and a fee. An intake is one run of a programme with a start "
        "date and a cohort size."
    )
    assert ("intake", "programme", "many_to_one") in relations(spec)
    assert {"start_date", "cohort_size"} <= plain_field_names(spec, "intake")
    assert "run" not in entity_names(spec)


def test_every_time_one_goes_into_another_i_log_a_record_after_a_dash() -> None:
    spec = design(
        "Each ferret has a name. Each hutch has a number. Every time a ferret goes into a "
        "hutch I want to log a move - the date, the reason and who moved it."
    )
    assert {"date", "reason"} <= plain_field_names(spec, "move")
    assert ("move", "ferret", "many_to_one") in relations(spec)
    assert ("move", "hutch", "many_to_one") in relations(spec)


def test_one_from_one_of_them_recording_a_list_is_the_ones_list() -> None:
    spec = design(
        "Donors have a name and a blood group, and every blood bag comes from one of them, "
        "recording the date drawn, the volume in millilitres and the bag number."
    )
    assert {"volume_ml", "bag_number"} <= plain_field_names(spec, "blood_bag")
    assert "bag_number" not in plain_field_names(spec, "donor")


def test_a_clause_said_of_the_subject_after_a_bracket_keeps_its_subject() -> None:
    spec = design(
        "Each foal has a name. Each foal comes out of a mare and goes into a paddock (paddocks "
        "have a number and an acreage); her status moves from nursing to weaned to sold."
    )
    assert flows(spec)["foal"][1] == ["nursing", "weaned", "sold"]


def test_there_are_the_things_then_what_we_note_when_they_happen() -> None:
    spec = design(
        "Each salon has a name. Then there are the audits: when the assessor comes round we note "
        "the visit date, the assessor's name, a score and any notes."
    )
    assert {"visit_date", "score", "notes"} <= plain_field_names(spec, "audit")


def test_a_header_then_when_it_happens_we_log_a_list() -> None:
    spec = design(
        "We track our solvents:\n\n- Drums: a drum number and a supplier\n- Usage: whenever a "
        "drum is used on a job we log which drum, the date and the litres used"
    )
    assert {"date", "litres_used"} <= plain_field_names(spec, "usage")
    assert ("usage", "drum", "many_to_one") in relations(spec)


def test_words_that_say_why_name_no_field() -> None:
    spec = design(
        "For traceability we record every roast: a roast code, the date and the charge "
        "temperature. Each fault gets a description and a due date, so nothing slips through."
    )
    assert {"roast_code", "date"} <= plain_field_names(spec, "roast")
    assert not any("slips" in name for name in plain_field_names(spec, "fault"))


def test_they_would_do_a_check_with_a_list_after_a_colon() -> None:
    spec = design(
        "Each kayak has a hull number. Whenever someone returns a kayak they'd do a quick hull "
        "check: the date, who checked it, a condition of good, scuffed or holed, and a note."
    )
    assert {"date", "condition", "note"} <= plain_field_names(spec, "hull_check")
    assert "condition_check" not in plain_field_names(spec, "kayak")


def test_a_two_word_record_before_belongs_to_with_a_list() -> None:
    spec = design("A standing charge belongs to a tenant with a start date and an amount.")
    assert {"start_date", "amount"} <= plain_field_names(spec, "standing_charge")
    assert "standing" not in entity_names(spec)


def test_under_it_sit_things_each_with_a_list() -> None:
    spec = design(
        "Each route has a number. A timetable belongs to a route with a start date, and under "
        "it sit departures, each with a time and a platform."
    )
    assert {"time", "platform"} <= plain_field_names(spec, "departure")
    assert ("departure", "timetable", "many_to_one") in relations(spec)


def test_each_time_we_note_a_value_of_a_many_to_many_pairing() -> None:
    spec = design(
        "Each brew has a code. Each hop lot has a number. A brew uses several hop lots and one "
        "hop lot goes into many brews, and each time we note the grams used."
    )
    assert "grams_used" in plain_field_names(spec, "brew_hop_lot")
    assert "grams_used" not in plain_field_names(spec, "hop_lot")


def test_where_it_went_is_its_destination() -> None:
    spec = design(
        "Each surplus entry records the date, the quantity and where it went: charity, staff "
        "or compost."
    )
    assert field_options(spec, "surplus_entry")["destination"] == ["charity", "staff", "compost"]


def test_where_the_thing_is_is_its_location() -> None:
    spec = design(
        "We log a sighting with the date, where the owls are (barn, tree or box) and a count."
    )
    assert field_options(spec, "sighting")["location"] == ["barn", "tree", "box"]


def test_up_front_and_a_typical_value_between_dashes_are_no_fields() -> None:
    lowered = normalize_text(
        "We take a deposit up front - usually fifty pounds, but it depends on the job - and "
        "keep the amount."
    )
    assert "front" not in lowered
    assert "fifty" not in lowered


def test_an_up_front_fee_is_left_as_said() -> None:
    assert "up-front fee" in normalize_text("Each course has an up-front fee and a title.")


def test_sales_people_are_one_role() -> None:
    assert "salesperson" in role_names(
        "Each order has a date and is taken by one of our sales people. The sales people only "
        "see their own orders."
    )


def test_how_they_pay_us_is_the_method() -> None:
    spec = design("Every stockist has a name and how they pay us: on invoice or by card.")
    assert field_types(spec, "stockist")["method"] == "enum"


def test_things_like_examples_each_with_a_list_are_the_things() -> None:
    spec = design(
        "Each order has lines, and a line is just a product and how many trays; products are "
        "things like 800g white or 400g set, each with a name and a tray price."
    )
    assert {"name", "tray_price"} <= plain_field_names(spec, "product")
    assert "set" not in entity_names(spec)


def test_ones_thing_belongs_to_that_one_with_their_list() -> None:
    spec = design(
        "Kegs carry a serial number, a working pressure in bar and a yes/no for pub-owned; a "
        "landlord's keg belongs to that landlord (name, email)."
    )
    assert "email" in plain_field_names(spec, "landlord")
    assert "email" not in plain_field_names(spec, "keg")
    assert ("keg", "landlord", "many_to_one") in relations(spec)


def test_a_hyphenated_participle_is_a_participle() -> None:
    assert is_past_participle("hand-washed")
    spec = design("Each van has a registration and the date it was last hand-washed.")
    assert field_types(spec, "van")["last_hand_washed_date"] == "date"


def test_and_at_every_stop_the_driver_records_is_the_stops_list() -> None:
    spec = design(
        "Each school has a name. A route is split into stops, one per school, and at every stop "
        "the driver records the time it arrived and how many pupils boarded."
    )
    assert {"arrived_at", "pupils"} <= plain_field_names(spec, "stop")
    assert "driver" not in entity_names(spec) or "pupils" not in plain_field_names(spec, "driver")


def test_one_takes_one_and_one_and_records_a_list() -> None:
    spec = design(
        "Each press has a number. A pressing takes one grape lot and one press and records the "
        "date and the litres of juice."
    )
    assert ("pressing", "grape_lot", "many_to_one") in relations(spec)
    assert ("pressing", "press", "many_to_one") in relations(spec)
    assert "date" in plain_field_names(spec, "pressing")


def test_one_takes_one_to_one_on_a_given_date_and_time() -> None:
    spec = design(
        "Coaches have a registration, and a shuttle takes one coach to one airport on a given "
        "date and pick-up time."
    )
    assert ("shuttle", "coach", "many_to_one") in relations(spec)
    assert ("shuttle", "airport", "many_to_one") in relations(spec)
    assert field_types(spec, "shuttle")["date"] == "date"


def test_for_every_one_we_go_to_we_record_is_its_list() -> None:
    spec = design(
        "Each show has a name. For every show day we go to, we record the date, the pitch "
        "number and the takings."
    )
    assert {"date", "pitch_number", "takings"} <= plain_field_names(spec, "show_day")
    assert "takings" not in plain_field_names(spec, "show")


def test_each_comes_out_of_one_and_goes_into_another() -> None:
    spec = design(
        "Each litter has a date. Each kitten we rescue comes out of a litter and goes into a "
        "foster home; her status moves from fostered to reserved to adopted."
    )
    assert ("kitten", "litter", "many_to_one") in relations(spec)
    assert any(a == "kitten" and b.endswith("home") for a, b, _ in relations(spec))
    assert flows(spec)["kitten"][1] == ["fostered", "reserved", "adopted"]


def test_people_register_with_a_list_and_then_book_a_place() -> None:
    spec = design(
        "A workshop has a title. Learners register with their name, email and phone and then "
        "book a place on a workshop; a booking is enquired, paid, confirmed or cancelled."
    )
    assert ("booking", "learner", "many_to_one") in relations(spec)
    assert ("booking", "workshop", "many_to_one") in relations(spec)
    assert flows(spec)["booking"][1] == ["enquired", "paid", "confirmed", "cancelled"]


def test_made_up_of_things_colon_each_one_names_a_list() -> None:
    spec = design(
        "A pick list has a date, and it is made up of lines: each line names a product, the "
        "quantity to pick and a bay (front or back). Products have a name."
    )
    assert {"quantity_to_pick", "bay"} <= plain_field_names(spec, "line")
    assert "bay" not in plain_field_names(spec, "pick_list")


def test_one_lists_its_things_each_with_a_value_of_the_pairing() -> None:
    spec = design(
        "A blend has a name. It lists its teas, each with a percentage. Teas carry a name and "
        "an origin."
    )
    assert "percentage" in plain_field_names(spec, "blend_tea")
    assert ("blend_tea", "tea", "many_to_one") in relations(spec)


def test_things_each_from_one_and_handed_to_one_of_ours() -> None:
    spec = design(
        "Owners send us grooming requests through the website, each from one owner (name and "
        "email) and handed to one of our groomers (name). A grooming request holds a date."
    )
    assert ("grooming_request", "owner", "many_to_one") in relations(spec)
    assert ("grooming_request", "groomer", "many_to_one") in relations(spec)
    assert "email" in plain_field_names(spec, "owner")


def test_belongs_to_one_with_a_list_and_to_another_with_a_list() -> None:
    spec = design(
        "A climb has a date and a grade; it belongs to the climber who made it (name, email) "
        "and to a crag (name and county)."
    )
    assert ("climb", "climber", "many_to_one") in relations(spec)
    assert ("climb", "crag", "many_to_one") in relations(spec)
    assert "county" in plain_field_names(spec, "crag")
    assert "email" not in plain_field_names(spec, "climb")


def test_a_participle_before_the_noun_after_a_says_which_kind() -> None:
    spec = design("A guided walk has a start date, a meeting point and a price.")
    assert {"start_date", "meeting_point", "price"} <= plain_field_names(spec, "guided_walk")
    spec = design("A logged dive has a date, a depth and a buddy's name.")
    assert {"date", "depth"} <= plain_field_names(spec, "logged_dive")


def test_a_tick_for_something_is_a_yes_or_no() -> None:
    spec = design(
        "Volunteers have a name, an email and a tick for a signed code of conduct. For each "
        "shift we note the date and a tick that the volunteer turned up."
    )
    assert "boolean" in field_types(spec, "volunteer").values()
    assert field_types(spec, "shift").get("turned_up") == "boolean"


def test_ones_thing_has_a_list_is_the_things_list_and_link() -> None:
    spec = design("Each member has a name. Each member's locker has a number and a key code.")
    assert {"number", "key_code"} <= plain_field_names(spec, "locker")
    assert ("locker", "member", "many_to_one") in relations(spec)
    assert "members_locker" not in entity_names(spec)


def test_the_date_it_went_to_somewhere_is_the_sent_date() -> None:
    spec = design("Each water sample has a code, the date it went to the lab and a result.")
    assert field_types(spec, "water_sample")["sent_date"] == "date"
