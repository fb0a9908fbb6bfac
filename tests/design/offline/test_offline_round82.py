"""Round 82: records an act makes told in other words (*once a month we test each pager and note
...*, *someone reads the hours meter on every truck, and we log ...*, *when one of our engineers
carries out a planned service on a truck, we record ...*, *at the end of every run the tally for
each shearer is written down: ...*), records linking several (*we record a sign-off linking the
crew member, the competency and the assessor*, *a slot is one crew member doing one duty on a
given date*, *a fixture sets a home team against an away team*), a crew told as its members,
and lists, values and flows said in a few more ways.

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
    relations,
)

from appwright.design.offline.flow_moves import transition_name
from appwright.design.offline.normalize import normalize_text
from appwright.spec.models import Transition
from appwright.spec.names import MAX_NAME_LENGTH

# --- records an act makes ---------------------------------------------------------------------


def test_a_moment_named_by_what_was_done_to_someone_is_a_field() -> None:
    spec = design(
        "Every call-out gets a record with the time the team were alerted, the arrival time "
        "and the postcode."
    )
    assert {"alerted_at", "arrival_time", "postcode"} <= set(field_types(spec, "call_out"))
    assert field_types(spec, "call_out")["alerted_at"] == "datetime"


def test_an_act_done_to_each_every_month_is_a_record_of_its_own() -> None:
    spec = design(
        "Extinguishers have a serial number and a location. Once a month we inspect each "
        "extinguisher and note the inspection date and a result of passed or failed."
    )
    assert ("inspection", "extinguisher", "many_to_one") in relations(spec)
    assert field_options(spec, "inspection")["result"] == ["passed", "failed"]
    assert "result" not in field_types(spec, "extinguisher")


def test_an_act_done_to_each_once_is_the_things_own_list() -> None:
    spec = design("Boilers have a make. We measure each boiler and keep a flue length and a room.")
    assert {"flue_length", "room"} <= set(field_types(spec, "boiler"))


def test_reading_the_meter_on_every_one_is_a_meter_reading() -> None:
    spec = design(
        "Each generator has a fleet number and a model. Once a week someone reads the "
        "fuel gauge on every generator, and we log the reading date, the litres shown and who "
        "took it (customer or engineer)."
    )
    assert ("gauge_reading", "generator", "many_to_one") in relations(spec)
    assert field_options(spec, "gauge_reading")["taken_by"] == ["customer", "engineer"]


def test_who_did_it_in_the_past_is_named_by_the_participle() -> None:
    spec = design("Each sample has a date, who took it and who wrote it.")
    assert {"taken_by", "written_by"} <= set(field_types(spec, "sample"))


def test_carrying_out_one_on_one_is_a_record_of_both() -> None:
    spec = design(
        "Lifts have a site and a serial number. When one of our technicians (name) carries out "
        "a safety inspection on a lift, we record the date, the load tested and any notes, plus "
        "the parts fitted, each part line with a part number and a quantity."
    )
    assert ("safety_inspection", "lift", "many_to_one") in relations(spec)
    assert ("safety_inspection", "technician", "many_to_one") in relations(spec)
    assert {"date", "load_tested", "notes"} <= set(field_types(spec, "safety_inspection"))
    assert ("part_line", "safety_inspection", "many_to_one") in relations(spec)
    assert {"part_number", "quantity"} <= set(field_types(spec, "part_line"))


def test_what_is_written_down_for_each_at_the_end_of_each_is_a_record_of_both() -> None:
    spec = design(
        "Rounds have a number. Pickers have a name. At the end of every round the count for "
        "each picker is written down: the number of punnets and the number of trays."
    )
    assert ("count", "picker", "many_to_one") in relations(spec)
    assert ("count", "round", "many_to_one") in relations(spec)


def test_a_record_held_somewhere_on_a_date_keeps_the_places_list() -> None:
    spec = design(
        "A market day takes place at a village hall (name and address) on a given date, and "
        "it is broken into sessions that each have a start time."
    )
    assert {"name", "address"} <= set(field_types(spec, "village_hall"))
    assert ("market_day", "village_hall", "many_to_one") in relations(spec)
    assert "date" in field_types(spec, "market_day")
    assert ("session", "market_day", "many_to_one") in relations(spec)
    assert "into_session" not in entity_names(spec)


def test_a_sentence_opening_the_whole_split_up_names_no_record() -> None:
    spec = design(
        "The fair is split into zones like food or crafts, which just need a name. Each stall "
        "is in one zone and has a pitch number."
    )
    assert "fair" not in entity_names(spec)


# --- records linking several ------------------------------------------------------------------


def test_a_record_linking_three_belongs_to_each() -> None:
    spec = design(
        "Apprentices have a name. Skills have a title. When one of our mentors signs someone "
        "off, we record an approval linking the apprentice, the skill and the mentor, with the "
        "date approved and the review date."
    )
    for one in ("apprentice", "skill", "mentor"):
        assert ("approval", one, "many_to_one") in relations(spec)
    assert {"date_approved", "review_date"} <= set(field_types(spec, "approval"))
    assert "date_approved" not in field_types(spec, "mentor")


def test_a_slot_said_as_one_doing_one_on_a_date() -> None:
    spec = design(
        "Stewards have a name and a phone. Posts have a name. Every match I fill in rota slots, "
        "where a slot is one steward doing one post on a given date, and they can mark their "
        "slot confirmed, swapped or unavailable."
    )
    assert ("slot", "steward", "many_to_one") in relations(spec)
    assert ("slot", "post", "many_to_one") in relations(spec)
    assert field_types(spec, "slot")["date"] == "date"
    assert field_options(spec, "slot")["status"] == ["confirmed", "swapped", "unavailable"]


def test_one_side_against_another_with_when_and_where() -> None:
    spec = design(
        "Clubs have a name. A match belongs to a division and sets a home club against an away "
        "club on a date and a court number; it is scheduled, then played."
    )
    assert {"home_club_id", "away_club_id"} <= set(field_types(spec, "match"))
    assert {"date", "court_number"} <= set(field_types(spec, "match"))


def test_what_is_entered_once_it_is_done_is_the_records_own() -> None:
    spec = design(
        "A heat belongs to a gala and is scheduled, then swum. Once it's swum we enter the "
        "winning time and the runner-up time."
    )
    assert {"winning_time", "runner_up_time"} <= set(field_types(spec, "heat"))


def test_several_and_each_pairing_belongs_to_both() -> None:
    spec = design(
        "Singers have a name. Choirs have a name. A singer can belong to several choirs, and "
        "each membership notes the part they sing: soprano, alto, tenor or bass."
    )
    assert ("membership", "singer", "many_to_one") in relations(spec)
    assert ("membership", "choir", "many_to_one") in relations(spec)
    assert field_options(spec, "membership")["part"] == ["soprano", "alto", "tenor", "bass"]


def test_one_of_ours_doing_each_and_their_list() -> None:
    spec = design(
        "A hygiene check has a date and a score. One of our inspectors does each check, and we "
        "hold their name and phone number."
    )
    assert {"name", "phone_number"} <= set(field_types(spec, "inspector"))
    assert ("hygiene_check", "inspector", "many_to_one") in relations(spec)


# --- a crew told as its members ---------------------------------------------------------------


def test_the_crew_is_its_members_where_they_are_named_so() -> None:
    spec = design(
        "Several crew members go out on a flight and each crew member flies many flights; for "
        "the crew we keep a name and a licence number."
    )
    assert "crew" not in entity_names(spec)
    assert {"name", "licence_number"} <= set(field_types(spec, "crew_member"))


def test_a_crew_list_header_is_the_members_list() -> None:
    spec = design(
        "Ground crew list: name, phone. Check: date, done by a ground crew member, notes."
    )
    assert {"name", "phone"} <= set(field_types(spec, "ground_crew_member"))
    assert ("check", "ground_crew_member", "many_to_one") in relations(spec)


def test_a_crew_with_no_members_named_stays_a_crew() -> None:
    text = normalize_text("For the crew we keep a name and a depot.")
    assert "for the crew we keep" in text


def test_one_of_the_crew_is_left_as_said() -> None:
    text = normalize_text("Crew members have a name. A job goes to one of the ground crew.")
    assert "one of the ground crew." in text


def test_a_shorter_name_of_a_longer_record_is_that_record() -> None:
    spec = design(
        "Site safety officers have a name. Each permit belongs to one site safety officer; each "
        "permit has a date."
    )
    assert "safety_officer" not in entity_names(spec)
    assert ("permit", "site_safety_officer", "many_to_one") in relations(spec)


# --- lists, values and flows -------------------------------------------------------------------


def test_a_log_per_one_headed_with_a_dash() -> None:
    spec = design("Mowers: serial no, make. Repair log per mower - date, work done, parts cost.")
    assert ("repair", "mower", "many_to_one") in relations(spec)
    assert {"date", "work_done", "parts_cost"} <= set(field_types(spec, "repair"))


def test_how_often_before_someone_logs_one() -> None:
    spec = design(
        "Each pool has a name. Several times a day a lifeguard (name, phone) logs a water test on "
        "a pool: time of the test, chlorine level and whether the pump was running."
    )
    assert ("water_test", "pool", "many_to_one") in relations(spec)
    assert ("water_test", "lifeguard", "many_to_one") in relations(spec)


def test_open_until_someone_acts_then_closed() -> None:
    spec = design(
        "Each leak report has a note; the report stays open until someone acknowledges it, and "
        "is closed once the leak is fixed."
    )
    assert flows(spec)["leak_report"][1] == ["open", "acknowledged", "closed"]


def test_which_one_it_was_done_on() -> None:
    spec = design("Each lesson has which court it was played on, the date and the coach.")
    assert "court" in field_types(spec, "lesson")


def test_bales_in_it_are_several_and_each_just_needs() -> None:
    spec = design(
        "Pallets have a code. Every pallet then has cartons on it, and a carton just needs a "
        "carton number and a weight in kilos."
    )
    assert ("carton", "pallet", "many_to_one") in relations(spec)
    assert {"carton_number", "weight_kilos"} <= set(field_types(spec, "carton"))


def test_and_a_thing_only_needs_after_a_clause_with_no_list_is_left() -> None:
    spec = design(
        "We are a small agency, twenty tutors on the books and ten schools that ring us, and a "
        "school only needs a name and an address."
    )
    assert {"name", "address"} <= set(field_types(spec, "school"))
    assert "school_id" not in field_types(spec, "tutor") if "tutor" in entity_names(spec) else True


def test_working_through_a_list_is_no_flow() -> None:
    spec = design(
        "Every care worker works through a list of modules, such as hoisting, food hygiene, "
        "first aid and infection control. A module has a name, a category (safety, care or "
        "admin) and the number of months a pass stays valid."
    )
    assert "module" not in flows(spec)


def test_a_flow_worked_through_its_stages_is_read() -> None:
    spec = design(
        "Each claim has an amount. A claim works through its stages in order: logged, checked, "
        "paid."
    )
    assert flows(spec)["claim"][1] == ["logged", "checked", "paid"]


def test_examples_named_as_things_each_with_a_name() -> None:
    spec = design(
        "There is a list of roles, things like steward, runner and gate keeper, each just with "
        "a name."
    )
    assert "role" in entity_names(spec)
    assert "roles_thing" not in entity_names(spec)


def test_things_come_from_ones_around_the_area() -> None:
    spec = design(
        "Bands come from schools around the county (school name and town), and each band has "
        "a name and a conductor."
    )
    assert ("band", "school", "many_to_one") in relations(spec)
    assert "town" in field_types(spec, "school")


def test_numbered_parts_each_with_a_list() -> None:
    spec = design("Each regatta is split into numbered races, each with a start time.")
    assert {"number", "start_time"} <= set(field_types(spec, "race"))
    assert "numbered_race" not in entity_names(spec)


def test_things_recorded_by_name_and_number() -> None:
    spec = design("Ambulances are recorded by name and call sign.")
    assert {"name", "call_sign"} <= set(field_types(spec, "ambulance"))


def test_an_entry_that_is_its_list() -> None:
    spec = design(
        "Bands come from all over, so an entry is basically the band name, the town they're "
        "from, the leader's email and the date we got it."
    )
    assert {"band_name", "leader_email"} <= set(field_types(spec, "entry"))


def test_an_end_told_as_what_another_does() -> None:
    spec = design(
        "An application starts as received, moves to checked and then approved, unless the "
        "applicant withdraws."
    )
    assert flows(spec)["application"][1] == ["received", "checked", "approved", "withdrawn"]


def test_each_one_its_own_record_with_a_list() -> None:
    spec = design(
        "A call is just the call number and the date. There can be more than one patient on a "
        "call, so each patient is its own record with an approximate age, the outcome (treated, "
        "conveyed, refused or died) and whether they were taken to hospital."
    )
    assert field_options(spec, "patient")["outcome"] == ["treated", "conveyed", "refused", "died"]
    assert "record" not in entity_names(spec)


def test_nothing_fancy_is_no_field() -> None:
    spec = design("A visit is just the visit number, the date and the room, nothing fancy.")
    assert "nothing_fancy" not in field_types(spec, "visit")


def test_a_unit_names_the_noun_after_it() -> None:
    spec = design(
        "Each boat has a name, its current engine hours meter reading and a hull type: mono, "
        "catamaran or trimaran."
    )
    assert "current_engine_hours_meter_reading" in field_types(spec, "boat")
    assert field_options(spec, "boat")["hull_type"] == ["mono", "catamaran", "trimaran"]


def test_put_in_one_we_set_up_ourselves() -> None:
    spec = design(
        "Each kayak has a hull number and is put in a kayak class that we set up ourselves, "
        "e.g. touring, sea or river."
    )
    assert ("kayak", "kayak_class", "many_to_one") in relations(spec)
    assert "name" in field_types(spec, "kayak_class")


def test_things_raised_off_one_belong_to_it() -> None:
    spec = design(
        "Check: vehicle, date, notes. Faults raised off a check: description, status open -> fixed."
    )
    assert ("fault", "check", "many_to_one") in relations(spec)
    assert "description" in field_types(spec, "fault")
    assert "description" not in field_types(spec, "check")


def test_whether_they_are_one_of_several_is_their_role() -> None:
    spec = design(
        "For each player we hold a name and whether they're a batter, bowler or wicket keeper."
    )
    assert field_options(spec, "player")["role"] == ["batter", "bowler", "wicket_keeper"]


def test_a_record_with_one_and_running_from_a_date_for_a_term() -> None:
    spec = design(
        "A lease is with one tenant (name, phone) and runs from a start date for a term in "
        "months, at a fixed monthly rent with a deposit."
    )
    assert {"start_date", "term_months", "monthly_rent", "deposit"} <= set(
        field_types(spec, "lease")
    )
    assert ("lease", "tenant", "many_to_one") in relations(spec)


def test_made_up_of_numbered_parts() -> None:
    spec = design("A tour is made up of numbered legs. Every leg has a note.")
    assert "number" in field_types(spec, "leg")
    assert "numbered_leg" not in entity_names(spec)


def test_either_one_or_the_other_at_a_place() -> None:
    spec = design(
        "Every drop is either a pickup or a return at a branch (branch name, address), with a "
        "yes/no for whether it was signed for."
    )
    assert field_options(spec, "drop")["type"] == ["pickup", "return"]
    assert ("drop", "branch", "many_to_one") in relations(spec)


def test_for_one_kind_with_its_values_is_a_value() -> None:
    spec = design(
        "A class is for one dance type (ballet, tap or jazz) and has a start date and a price."
    )
    assert field_options(spec, "class")["dance_type"] == ["ballet", "tap", "jazz"]
    assert "dance_type" not in entity_names(spec)


def test_and_each_works_for_one() -> None:
    spec = design(
        "Trainees have a name and a phone, and each works for an employer (company name, email)."
    )
    assert ("trainee", "employer", "many_to_one") in relations(spec)
    assert "works_for_employer" not in field_types(spec, "trainee")


def test_the_lines_sold_where_a_line_is_one_and_a_value() -> None:
    spec = design(
        "Books have a title. Each order is recorded with the date and the lines sold, where a "
        "line is a book and a quantity."
    )
    assert ("line", "order", "many_to_one") in relations(spec)
    assert ("line", "book", "many_to_one") in relations(spec)
    assert "quantity" in field_types(spec, "line")


def test_two_of_them_in_a_terse_list() -> None:
    spec = design(
        "Players: name, club. Match: date, court, two players, status (in play, finished)."
    )
    assert {"first_player_id", "second_player_id"} <= set(field_types(spec, "match"))
    assert field_options(spec, "match")["status"] == ["in_play", "finished"]


def test_one_or_another_kind_said_as_adjectives() -> None:
    spec = design("- planting jobs with the site, the length, single or double row, and the date")
    assert field_options(spec, "planting_job")["row_type"] == ["single", "double"]


def test_whoever_picks_it_up_logs_one_with_its_list() -> None:
    spec = design(
        "When a tenant rings or emails to say we didn't fix their boiler, whoever picks it up "
        "logs a callback: which property it was (we keep the address and postcode), the date "
        "that got missed, and how it came in, so phone, email or the web form."
    )
    assert ("callback", "property", "many_to_one") in relations(spec)
    assert {"address", "postcode"} <= set(field_types(spec, "property"))
    assert field_types(spec, "callback")["missed_date"] == "date"
    assert field_options(spec, "callback")["how_came_in"] == ["phone", "email", "web_form"]


def test_a_two_word_thing_in_one_gets_its_own_record() -> None:
    spec = design(
        "Lots have a date. Every antique clock in a lot gets its own record with the maker, "
        "the year and its condition (fine, good or poor)."
    )
    assert ("antique_clock", "lot", "many_to_one") in relations(spec)
    assert {"maker", "year", "condition"} <= set(field_types(spec, "antique_clock"))
    assert "maker" not in field_types(spec, "lot")


def test_things_found_each_on_their_own_line() -> None:
    spec = design(
        "Each survey has a date, the damp reading as a percentage and the roof pitch as a "
        "percentage. Any faults found each go on their own line with a description and a "
        "priority of urgent, soon or when convenient, because urgent ones need a call."
    )
    assert {"damp_reading_percent", "roof_pitch_percent"} <= set(field_types(spec, "survey"))
    assert field_options(spec, "fault")["priority"] == ["urgent", "soon", "when_convenient"]


def test_values_after_a_colon_are_no_kind_of_one() -> None:
    spec = design(
        "Each visit records the date and how the dog settled: happily, unsettled or very upset."
    )
    assert field_options(spec, "visit")["how_dog_settled"] == ["happily", "unsettled", "very_upset"]


def test_owners_can_own_several_each_with_a_list() -> None:
    spec = design(
        "Landlords can own several flats, each with an address and a floor, and we book an "
        "inspection for each flat."
    )
    assert ("flat", "landlord", "many_to_one") in relations(spec)
    assert {"address", "floor"} <= set(field_types(spec, "flat"))


def test_on_each_one_every_thing_logged_with_its_list() -> None:
    spec = design(
        "Visits have a date. On each visit the inspector logs every hydrant they look at: "
        "location, pressure in bar and condition (good, fair or poor)."
    )
    assert ("hydrant", "visit", "many_to_one") in relations(spec)
    assert {"location", "pressure_bar", "condition"} <= set(field_types(spec, "hydrant"))


def test_a_move_into_a_state_as_long_as_a_name_is_still_a_name() -> None:
    state = "no_for_whether_they_insist_on_purchase_order_nu"  # 48 characters, a name's most
    name = transition_name(state)
    assert len(name) <= MAX_NAME_LENGTH
    assert Transition(name=name, from_=["new"], to=state).name == name
