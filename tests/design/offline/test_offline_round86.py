"""Round 86: terse headers that say more than a name (*absence = one member missing one call*,
*bookings, each belonging to a passenger: ...*, *check per balloon before each flying day:
...*), steps said otherwise (*passes through waiting, reminded and final notice, and ends up
...*, *the clerk reviews each incident, taking it from ...*, *is offered first, then the
chaperone accepts or declines it*, *starts off scheduled, goes on standby while ...*, *either
returned to its owner or, after 90 days, donated to one of ...*), records made up of others
(*runs for several performances, each with ...*, *underneath a result we log the individual
laps, each with ...*, *after every round we store each driver's finishing position, ...*),
records told otherwise (*we fly in slots, which is just a date plus a session, and ...*, *each
booking is one customer's order for one performance, recording ...*, *drivers carry a name ...
and may race for a team (...)*, *every customer on the service is put on a round, and for them
we need ...*), asides that name nothing (*by the way*, *because one farmer might have a dozen*,
*the night before and then again at first light*, *in here*, *would save me a lot of
headaches*) and items said shortly (*whether it's unpaid, part paid or paid*).

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
    report_titles,
)

from appwright.design.offline import design_app

# --- terse headers that say more than a name -----------------------------------------------------


def test_a_note_equals_one_doing_one() -> None:
    spec = design(
        "Clinic no-shows. Appointments: date, time, room. Patients: name, phone. No-show = one "
        "patient missing one appointment; reason (forgot, ill, transport, other), rang ahead y/n."
    )
    assert {
        ("no_show", "patient", "many_to_one"),
        ("no_show", "appointment", "many_to_one"),
    } <= relations(spec)
    assert field_options(spec, "no_show")["reason"] == ["forgot", "ill", "transport", "other"]
    assert "reason" not in entity_names(spec)


def test_a_note_equals_one_plus_one() -> None:
    spec = design(
        "Tool library. Tools: name, serial no. Members: name, email. Loan = one tool + one "
        "member; reason (garden, diy, other), returned y/n."
    )
    assert {("loan", "tool", "many_to_one"), ("loan", "member", "many_to_one")} <= relations(spec)
    assert "reason" not in entity_names(spec)


def test_things_each_belonging_to_one_before_their_list() -> None:
    spec = design(
        "A parking permit app:\n"
        "- residents: name, flat number, email\n"
        "- vehicles, each belonging to a resident: plate, make and colour\n"
        "- a count of vehicles per resident"
    )
    assert {"plate", "make", "colour"} <= plain_field_names(spec, "vehicle")
    assert ("vehicle", "resident", "many_to_one") in relations(spec)


def test_a_note_per_one_before_each_use() -> None:
    spec = design(
        "Ladder: asset tag, length. Check per ladder before each site visit: date, inspector, "
        "rungs ok y/n, feet ok y/n, notes. Inspectors: name."
    )
    assert {"date", "rungs_ok", "feet_ok", "notes"} <= plain_field_names(spec, "check")
    assert ("check", "ladder", "many_to_one") in relations(spec)
    assert "site_visit" not in entity_names(spec)


# --- steps said otherwise ------------------------------------------------------------------------


def test_passes_through_steps_then_ends_up_either() -> None:
    spec = design(
        "Each parcel has a tracking code and a recipient. The parcel passes through waiting, "
        "carded and second notice, and ends up either collected or, after 14 days, returned."
    )
    assert flows(spec)["parcel"][1] == [
        "waiting",
        "carded",
        "second_notice",
        "collected",
        "returned",
    ]


def test_either_returned_to_its_owner_or_given_to_one_of_ours() -> None:
    spec = design(
        "Lost umbrellas at the museum. Each umbrella has a tag number and a colour. An umbrella "
        "starts as held and is then either returned to its owner or given to one of the "
        "shelters we support; each shelter has a name and an address."
    )
    assert flows(spec)["umbrella"][1] == ["held", "returned", "given"]
    assert "shelter" in entity_names(spec)


def test_one_reviews_each_taking_it_from_step_to_step() -> None:
    spec = design(
        "Complaints have a date, a reference and a description. The duty manager reviews each "
        "complaint, taking it from logged to investigating and then upheld or rejected."
    )
    assert flows(spec)["complaint"][1] == ["logged", "investigating", "upheld", "rejected"]
    assert "duty_manager" not in flows(spec)


def test_one_checks_every_one_which_moves_it_from() -> None:
    spec = design(
        "Expense claims have an amount and a date. A finance officer checks every claim, which "
        "moves it from submitted to approved, or to returned when a receipt is missing."
    )
    assert flows(spec)["expense_claim"][1] == ["submitted", "approved", "returned"]
    assert "finance_officer" not in flows(spec)


def test_offered_first_then_one_accepts_or_declines_it() -> None:
    spec = design(
        "Cover slots: one supply teacher at one school, the date; a slot is offered first, then "
        "the teacher accepts or declines it."
    )
    assert flows(spec)["cover_slot"][1] == ["offered", "accepted", "declined"]


def test_starts_off_then_goes_on_hold_while_we_wait() -> None:
    spec = design(
        "Each concert has a date and a venue. The concert starts off planned, goes on hold "
        "while we check the forecast, gets confirmed if it looks dry and then ends up either "
        "played or cancelled."
    )
    assert flows(spec)["concert"][1] == ["planned", "on_hold", "confirmed", "played", "cancelled"]


def test_goes_through_stages_dash_it_starts_off() -> None:
    spec = design(
        "Each bread batch has a bake date and a loaf count. A batch goes through stages - it "
        "starts off proving, then baking, then cooling and finally packed - and at the moment "
        "we never know which batches are still cooling."
    )
    assert flows(spec)["bread_batch"][1] == ["proving", "baking", "cooling", "packed"]
    assert "stage" not in entity_names(spec)


# --- records made up of others -------------------------------------------------------------------


def test_has_a_title_and_runs_for_several_each_with() -> None:
    spec = design(
        "Every exhibition has a title and runs for several openings, each with a date, a "
        "curator's talk yes/no and a number of tickets available."
    )
    assert ("opening", "exhibition", "many_to_one") in relations(spec)
    assert "date" in plain_field_names(spec, "opening")
    assert "date" not in plain_field_names(spec, "exhibition")


def test_runs_for_several_weeks_is_no_record() -> None:
    spec = design(
        "Every course has a title and runs for several weeks, each with a topic and a reading."
    )
    assert "week" not in entity_names(spec)


def test_logged_underneath_a_record() -> None:
    spec = design(
        "A swim meet has a name and a date. Each result ties one swimmer to one meet, with the "
        "place and the final time. Underneath a result we log the individual splits, each with "
        "its length number and split time in seconds."
    )
    assert ("split", "result", "many_to_one") in relations(spec)
    assert {"length_number", "split_time_seconds"} <= plain_field_names(spec, "split")


def test_after_every_event_we_store_each_ones_list() -> None:
    spec = design(
        "A quiz league has rounds with a date. Teams have a name. After every round we store "
        "each team's score, the position they finished in and whether they used their joker."
    )
    assert {
        ("round_result", "round", "many_to_one"),
        ("round_result", "team", "many_to_one"),
    } <= relations(spec)
    assert "score" in plain_field_names(spec, "round_result")
    assert "score" not in plain_field_names(spec, "team")


# --- records told otherwise ----------------------------------------------------------------------


def test_we_work_in_units_which_is_just_a_list() -> None:
    spec = design(
        "We teach in sessions, which is just a date plus a time of day, either morning or "
        "afternoon, and one of our coaches writes a plan for each session, noting the drills, "
        "the focus and any comments. Coaches just have a name."
    )
    assert field_options(spec, "session")["time_of_day"] == ["morning", "afternoon"]
    assert {("plan", "session", "many_to_one"), ("plan", "coach", "many_to_one")} <= relations(spec)


def test_one_is_ones_order_for_one() -> None:
    spec = design(
        "Every film has a title. Screenings have a date and a screen. Members give a name and an "
        "email, and each reservation is one member's request for one screening, recording how "
        "many seats they want and whether they need a wheelchair space."
    )
    assert {
        ("reservation", "member", "many_to_one"),
        ("reservation", "screening", "many_to_one"),
    } <= relations(spec)
    assert "email" not in plain_field_names(spec, "reservation")


def test_plural_subject_carries_a_list_then_may_do_for_one() -> None:
    spec = design(
        "Riders carry a name and a licence number and may ride for a club (club name and colours)."
    )
    assert ("rider", "club", "many_to_one") in relations(spec)
    assert {"name", "licence_number"} <= plain_field_names(spec, "rider")
    assert "colours" not in plain_field_names(spec, "rider")


def test_carries_then_each_one_stays_the_record() -> None:
    spec = design(
        "Beds carry a plot code, a soil type (clay, loam or sand) and the year it was dug, and "
        "each one sits in a garden with a name and a postcode."
    )
    assert ("bed", "garden", "many_to_one") in relations(spec)
    assert field_options(spec, "bed")["soil_type"] == ["clay", "loam", "sand"]


def test_each_put_on_one_and_for_them_we_need() -> None:
    spec = design(
        "Each volunteer covers one or more routes, and a route has a name. Every household on "
        "the scheme is put on a route, and for them we need a name, an address and a phone "
        "number."
    )
    assert {"address", "phone_number"} <= plain_field_names(spec, "household")
    assert ("household", "route", "many_to_one") in relations(spec)


def test_each_done_by_one_of_ours_and_for_them_stays_theirs() -> None:
    spec = design(
        "Each walk is led by one of our guides, and for them we keep a name and a phone number. "
        "A walk has a date and a route."
    )
    assert {"name", "phone_number"} <= plain_field_names(spec, "guide")
    assert "phone_number" not in plain_field_names(spec, "walk")


def test_someone_comes_to_act_on_one_and_we_log_the_act() -> None:
    spec = design(
        "Each parcel has a tracking code and a shelf. When someone comes to collect a parcel we "
        "log the collection with their name, the date and a yes/no for whether they showed ID."
    )
    assert ("collection", "parcel", "many_to_one") in relations(spec)
    assert {"date", "showed_id"} <= plain_field_names(spec, "collection")
    assert "showed_id" not in plain_field_names(spec, "parcel")


def test_people_report_things_against_one() -> None:
    spec = design(
        "Every lift has a code and a floor. Porters report defects against a lift with a "
        "description and the date noticed; a defect goes from reported to fixed."
    )
    assert ("defect", "lift", "many_to_one") in relations(spec)
    assert "description" in plain_field_names(spec, "defect")
    assert "defect_reporting" not in entity_names(spec)


def test_those_at_a_step_get_more() -> None:
    spec = design(
        "Each grant request has a title and the amount asked. A request moves from received to "
        "assessed and then to approved or refused; approved ones get an amount granted and are "
        "paid out in one or more instalments, each with a date and an amount."
    )
    assert "amount_granted" in plain_field_names(spec, "grant_request")
    assert ("instalment", "grant_request", "many_to_one") in relations(spec)


def test_one_or_others_name_is_one_name() -> None:
    spec = design(
        "Each pupil is kept with a name, a class and a parent or guardian's phone number."
    )
    assert "parent_phone_number" in plain_field_names(spec, "pupil")
    assert "parent" not in plain_field_names(spec, "pupil")


def test_led_by_one_for_whom_we_just_need() -> None:
    spec = design(
        "We run evening classes that run in a term, each with a title and a fee, and each one "
        "is led by a teacher, for whom we just need a name, an email and a day rate."
    )
    assert {"email", "day_rate"} <= plain_field_names(spec, "teacher")
    assert "with" not in entity_names(spec)


def test_each_time_one_does_one_we_record() -> None:
    spec = design(
        "Each learner has a name and a level. The learners take mock tests most months, and each "
        "time a learner does one we record the date, the paper and the mark out of 50."
    )
    assert ("mock_test", "learner", "many_to_one") in relations(spec)
    assert {"date", "paper", "mark"} <= plain_field_names(spec, "mock_test")


def test_by_one_we_mean_the_thing_it_has() -> None:
    spec = design(
        "Each round is driven by one gritter, and by gritter we mean the lorry: it has a "
        "registration, a hopper size and a fuel type. A round has a name and a length."
    )
    assert {"registration", "hopper_size", "fuel_type"} <= plain_field_names(spec, "gritter")
    assert "registration" not in plain_field_names(spec, "round")


# --- asides that name nothing --------------------------------------------------------------------


def test_by_the_way_is_an_aside() -> None:
    spec = design(
        "Each repair has a date and a fault. Owners, by the way, only need a name, a phone "
        "number and an email if they've given one."
    )
    assert "way" not in entity_names(spec)
    assert {"phone_number", "email"} <= plain_field_names(spec, "owner")


def test_because_one_might_have_a_dozen_says_one_has_several() -> None:
    # the whole designer: its learned step made a record of *dozen* from the aside
    spec = design_app(
        "First a list of landlords with their name and phone. Then the flats they let, because "
        "one landlord might have a dozen: each flat gets an address, a rent and notes."
    ).spec
    assert entity_names(spec) == {"landlord", "flat"}
    assert ("flat", "landlord", "many_to_one") in relations(spec)


def test_the_night_before_and_again_is_when() -> None:
    spec = design(
        "Each match has a date and a pitch. A groundsman makes a pitch check on each match, "
        "the night before and then again first thing, noting the time, the grass length in "
        "millimetres and any comments."
    )
    assert "again" not in entity_names(spec)
    assert "grass_length_mm" in plain_field_names(spec, "pitch_check")


def test_in_here_is_no_field() -> None:
    spec = design("Each shift has a date. Stewards only need a name in here.")
    assert plain_field_names(spec, "steward") == {"name"}


def test_would_save_me_headaches_is_no_record() -> None:
    text = (
        "Invoices have an amount and a due date. A total of invoices overdue per month would "
        "save me a lot of headaches."
    )
    assert "headache" not in entity_names(design(text))
    assert report_titles(text) == ["Total of invoices overdue per month"]


# --- items said shortly --------------------------------------------------------------------------


def test_whether_it_is_one_of_two_word_states_paid() -> None:
    spec = design(
        "For each booking we need the deposit and whether it's unpaid, part paid or paid."
    )
    assert field_options(spec, "booking")["payment_status"] == ["unpaid", "part_paid", "paid"]


def test_a_field_then_its_values_between_commas() -> None:
    spec = design(
        "For each foal we record the date born, the sex, colt or filly, the colour and the "
        "weight in kilos."
    )
    assert field_options(spec, "foal")["sex"] == ["colt", "filly"]
    assert "colt" not in plain_field_names(spec, "foal")


def test_whether_it_is_paid_or_not_stays_a_yes_no() -> None:
    spec = design("Each subscription has a start date and whether it's paid or not.")
    assert field_types(spec, "subscription")["paid"] == "boolean"
