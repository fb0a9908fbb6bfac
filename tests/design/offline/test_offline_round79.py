"""Round 79: where a record's list starts and ends told in words the list readers did not know
(*when their invoice comes in it has ...*, *we know each customer by name and email*, *on the
visit the surveyor notes down each room: ...*, *..., and then under each flock the rams
themselves, with ...*, *a customer raises a request against one of their containers with ...,
and adds a line for every item they want, giving ...*), the act whose list it is (*when one of
our vets checks a ram we write down ...*, *whenever we dispense to a farm we log ...*), flows
told with *we'd mark it ... then ...*, *dan, our technician, takes it from ...* and *may later
be*, and items the field reader misread (*the rate per vine they charge us*, *the moving date*,
*the date the rate takes effect*, *each reset has ...*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    field_types,
    flows,
    plain_field_names,
    relations,
)

from appwright.design.offline.act_nouns import act_noun, act_or_irregular_noun
from appwright.design.offline.normalize import normalize_text


def test_a_rate_per_unit_with_a_clause_after_it_is_the_rate_per_unit() -> None:
    spec = design("Each tutor has a name, a phone and the fee per hour they charge us.")
    assert field_types(spec, "tutor")["fee_per_hour"] == "decimal"


def test_we_would_mark_it_one_then_another_is_a_flow() -> None:
    spec = design(
        "Each expense claim has a number and an amount, and I'd mark it submitted, then "
        "approved, then reimbursed."
    )
    assert flows(spec)["expense_claim"][1] == ["submitted", "approved", "reimbursed"]


def test_each_followed_by_a_noun_only_wordnet_knows_is_the_subject_of_its_list() -> None:
    spec = design("Lanes have a number. Each reset has the lane, the start time and a note.")
    assert {"start_time", "note"} <= plain_field_names(spec, "reset")
    assert ("reset", "lane", "many_to_one") in relations(spec)


def test_when_their_record_comes_in_it_has_a_list() -> None:
    spec = design(
        "Suppliers have a name. When their delivery note arrives it has a note number, a date "
        "and the number of crates."
    )
    assert {"note_number", "date", "crates"} <= plain_field_names(spec, "delivery_note")
    assert "note_number" not in plain_field_names(spec, "supplier")


def test_a_record_that_gets_its_own_list_of_others_each_with_a_list() -> None:
    spec = design(
        "Courses have a title. Each course gets its own list of modules, each with a title "
        "and a week number."
    )
    assert {"title", "week_number"} <= plain_field_names(spec, "module")
    assert ("module", "course", "many_to_one") in relations(spec)


def test_each_one_kept_in_a_particular_place_links_to_the_place() -> None:
    spec = design(
        "Classrooms have a name. We keep a list of our projectors, each with a name and a "
        "serial number and kept in a particular classroom."
    )
    assert ("projector", "classroom", "many_to_one") in relations(spec)


def test_a_list_ends_where_something_goes_wrong_and_a_fault_is_raised_saying_a_list() -> None:
    spec = design(
        "We keep a list of our lifts, each with a name and a floor count, and when something "
        "goes wrong an engineer raises a fault against the lift saying when it happened and "
        "what is wrong."
    )
    assert "when_something" not in plain_field_names(spec, "lift")
    assert ("fault", "lift", "many_to_one") in relations(spec)
    assert "problem" in plain_field_names(spec, "fault")


def test_a_record_raised_against_another_giving_a_list_stays_its_own() -> None:
    spec = design(
        "Titles have a name. The editor raises a job against a title, giving the task, a due "
        "date and instructions."
    )
    assert {"task", "due_date", "instructions"} <= plain_field_names(spec, "job")
    assert ("job", "title", "many_to_one") in relations(spec)
    assert ("title", "job", "many_to_one") not in relations(spec)


def test_when_one_of_our_people_does_an_act_we_write_down_its_list() -> None:
    spec = design(
        "Boilers have a serial number. Engineers have a name. When one of our engineers "
        "services a boiler we write down the date, the gas reading and the fee."
    )
    assert {"date", "gas_reading", "fee"} <= plain_field_names(spec, "service")
    assert {("service", "engineer", "many_to_one"), ("service", "boiler", "many_to_one")} <= (
        relations(spec)
    )


def test_when_one_of_our_people_does_an_act_and_we_log_a_record_keeps_the_people() -> None:
    spec = design(
        "Every request holds the person's name and address. When one of our drivers tips a "
        "load, we log a drop against the request with the date and the load size."
    )
    assert "driver" in entity_names(spec)


def test_under_each_record_the_others_themselves_with_a_list() -> None:
    spec = design(
        "We keep each orchard with its name and its acreage, and then under each orchard the "
        "trees themselves, with tag number, variety and age in years."
    )
    assert {"tag_number", "variety", "age_years"} <= plain_field_names(spec, "tree")
    assert "tag_number" not in plain_field_names(spec, "orchard")
    assert ("tree", "orchard", "many_to_one") in relations(spec)


def test_a_record_that_is_either_one_kind_or_another_with_a_list() -> None:
    spec = design("A site is either a depot or a shop, with a code and a floor area.")
    assert field_types(spec, "site")["type"] == "enum"
    assert "code" in plain_field_names(spec, "site")
    assert "shop" not in entity_names(spec)


def test_anything_made_during_one_and_logged_against_another_is_its_record() -> None:
    spec = design(
        "Repairs have a due date. Any part used during the visit is logged against the repair "
        "with the part number, the quantity and the cost."
    )
    assert {"part_number", "quantity", "cost"} <= plain_field_names(spec, "part")
    assert ("part", "repair", "many_to_one") in relations(spec)


def test_the_others_at_each_one_are_each_of_the_records_before() -> None:
    spec = design(
        "We keep the schools themselves (name, address) and the teachers at each one, with "
        "name, email and subject."
    )
    assert {"name", "email", "subject"} <= plain_field_names(spec, "teacher")
    assert ("teacher", "school", "many_to_one") in relations(spec)


def test_we_know_each_record_by_a_list_and_each_of_their_others_by_one() -> None:
    spec = design(
        "We know each tenant by name and phone, and each of their parking bays by a bay number."
    )
    assert {"name", "phone"} <= plain_field_names(spec, "tenant")
    assert "bay_number" in plain_field_names(spec, "parking_bay")
    assert ("parking_bay", "tenant", "many_to_one") in relations(spec)


def test_a_request_against_one_of_theirs_with_a_line_for_every_thing_they_want() -> None:
    spec = design(
        "Bikes have a frame number. A member raises a repair request against one of their bikes with "
        "the date they'd like collection and the fee, and adds a line for every fault they "
        "want, giving a description and the part."
    )
    assert "preferred_collection_date" in plain_field_names(spec, "repair_request")
    assert ("repair_request", "bike", "many_to_one") in relations(spec)
    lines = [e for e in entity_names(spec) if e.endswith("line")]
    assert lines and ("description" in plain_field_names(spec, lines[0]))
    assert (lines[0], "repair_request", "many_to_one") in relations(spec)
    assert "want" not in entity_names(spec)


def test_so_a_record_is_for_one_and_one_is_a_sentence_of_its_own() -> None:
    spec = design(
        "Audits have a date. For every audit we then check each of the fire doors, so a door "
        "check is for one audit and one door and records the date done and how many faults "
        "were found."
    )
    assert {"date_done", "faults_found"} <= plain_field_names(spec, "door_check")
    assert ("door_check", "audit", "many_to_one") in relations(spec)


def test_which_one_they_picked_which_is_one_of_several_values() -> None:
    spec = design(
        "For every booking we need the guest's name and which room type they've picked, which "
        "is single, double, or family suite."
    )
    assert field_types(spec, "booking")["room_type"] == "enum"


def test_what_someone_says_a_thing_is_worth_is_its_declared_value() -> None:
    spec = design("Each lot has a description and what the seller says it is worth.")
    assert field_types(spec, "lot")["declared_value"] == "decimal"


def test_on_one_record_someone_notes_down_each_other_record_with_a_list() -> None:
    spec = design(
        "Inspections have a date. On the inspection the officer notes down each kitchen: its "
        "name, its size and whether it passed."
    )
    assert {"name", "size"} <= plain_field_names(spec, "kitchen")
    assert ("kitchen", "inspection", "many_to_one") in relations(spec)


def test_a_method_either_one_or_the_other_and_lines_that_each_name_one_record() -> None:
    spec = design(
        "Parts have a name. A job has a job date and a payment method, either cash or card, and "
        "is made up of lines that each name one part and the quantity used."
    )
    assert field_types(spec, "job")["payment_method"] == "enum"
    lines = [e for e in entity_names(spec) if e.endswith("line")]
    assert lines and (lines[0], "part", "many_to_one") in relations(spec)


def test_a_time_said_either_way_is_not_a_kind() -> None:
    said = normalize_text(
        "Each fixture is against an opponent on a date, either home or away, and we note our score."
    )
    assert "on a date, either home or away" in said


def test_a_record_that_is_one_thing_doing_one_of_ours() -> None:
    spec = design(
        "Players have a name. Tables have a number. Each match is one player playing one of our "
        "tables on a given date."
    )
    assert {("match", "player", "many_to_one"), ("match", "table", "many_to_one")} <= (
        relations(spec)
    )


def test_a_record_that_puts_one_person_in_charge_of_one_place() -> None:
    spec = design(
        "Wardens have a name. A duty puts one warden in charge of one car park on a date, from "
        "a start time to an end time."
    )
    assert {("duty", "warden", "many_to_one"), ("duty", "car_park", "many_to_one")} <= (
        relations(spec)
    )
    assert {"date", "start_time", "end_time"} <= plain_field_names(spec, "duty")


def test_a_flow_whose_last_step_may_come_later() -> None:
    spec = design(
        "Each purchase order has a supplier name. A purchase order starts out draft, gets "
        "approved, and may later be received or cancelled."
    )
    assert flows(spec)["purchase_order"][1] == ["draft", "approved", "received", "cancelled"]


def test_a_record_that_comes_from_one_and_one_with_a_reading_taken_somewhere() -> None:
    spec = design(
        "Each sample comes from one field and one crop and carries a sample date and a "
        "moisture reading taken at the grain store."
    )
    assert {("sample", "field", "many_to_one"), ("sample", "crop", "many_to_one")} <= (
        relations(spec)
    )
    assert field_types(spec, "sample")["moisture_reading"] == "decimal"


def test_records_each_for_one_and_done_by_one_of_ours_with_a_list() -> None:
    spec = design(
        "Sites have a name. Surveyors have a name. Inspections, each for one site and carried "
        "out by one of our surveyors, with the inspection date and a score out of 10."
    )
    assert {"inspection_date", "score"} <= plain_field_names(spec, "inspection")
    assert "inspection_date" not in plain_field_names(spec, "surveyor")


def test_whenever_we_do_an_act_to_one_we_log_its_list() -> None:
    spec = design(
        "Shops have a name. Whenever we deliver to a shop we log the date, the quantity and the "
        "driver who took it."
    )
    assert {"date", "quantity"} <= plain_field_names(spec, "delivery")
    assert ("delivery", "shop", "many_to_one") in relations(spec)


def test_someone_named_with_their_job_takes_a_record_through_its_steps() -> None:
    spec = design(
        "Each claim has a number. Then Sue, our manager, takes the claim from lodged to "
        "assessed, then to approved and finally paid."
    )
    assert flows(spec)["claim"][1] == ["lodged", "assessed", "approved", "paid"]


def test_every_quoted_example_after_like_is_dropped() -> None:
    spec = design(
        'We sell set menus like "Sunday Roast" or "Curry Night", each with a name and a price '
        "per head."
    )
    assert "curry_night" not in entity_names(spec)
    assert "price_per_head" in plain_field_names(spec, "set_menu")


def test_a_date_named_with_a_gerund_is_a_date() -> None:
    spec = design("Each removal has the customer's name and the moving date.")
    assert field_types(spec, "removal")["moving_date"] == "date"


def test_the_date_a_record_takes_effect_is_its_effective_date() -> None:
    spec = design("Tariffs have a band, a price and the date the tariff takes effect.")
    assert field_types(spec, "tariff")["effective_date"] == "date"


def test_acts_named_by_their_own_verb_and_no_noun_of_three_letters_and_al() -> None:
    assert act_noun("check") == "check"
    assert act_noun("service") == "service"
    assert act_or_irregular_noun("shoe") != "shoal"
    assert act_noun("arrive") == "arrival"


def test_a_record_that_puts_one_person_at_one_place_from_a_time_is_left_to_its_reader() -> None:
    spec = design(
        "Guards have a name. A shift puts one guard at one venue from a start time to an end "
        "time, and we note the hours worked."
    )
    assert {"start_time", "end_time"} <= plain_field_names(spec, "shift")


def test_a_list_whose_last_item_is_marked_as_one_of_several_values() -> None:
    spec = design(
        "Every month we raise a rent charge on each lease, with the month and the amount, "
        "marked as paid, part paid or overdue."
    )
    assert field_types(spec, "rent_charge")["status"] == "enum"


def test_the_number_of_things_a_record_requires() -> None:
    spec = design("Each course has a name and the number of practice hours it requires.")
    assert field_types(spec, "course")["practice_hours_required"] == "integer"


def test_a_record_that_lists_every_other_by_a_key_with_a_list() -> None:
    spec = design(
        "Each manifest has a date. The manifest lists every sealed bag by bag number, with a "
        "weight and a destination."
    )
    assert {"bag_number", "weight", "destination"} <= plain_field_names(spec, "sealed_bag")
    assert ("sealed_bag", "manifest", "many_to_one") in relations(spec)


def test_the_minute_something_happened_is_a_whole_number() -> None:
    spec = design("Goals have a scorer name and the minute scored.")
    assert field_types(spec, "goal")["minute_scored"] == "integer"


def test_joining_at_one_of_a_few_kinds_each_with_a_list() -> None:
    spec = design(
        "Pupils enrol at a grade, and we've got a few of those, each with a name and a monthly "
        "fee. For every pupil I need their name and which grade they're on."
    )
    assert {"name", "monthly_fee"} <= plain_field_names(spec, "grade")


def test_we_take_a_record_and_log_its_list() -> None:
    spec = design(
        "Tenants have a name. When someone pays rent we take a receipt, and I'd log the date, "
        "the amount and the method."
    )
    assert {"date", "amount", "method"} <= plain_field_names(spec, "receipt")
    assert "amount" not in plain_field_names(spec, "tenant")


def test_each_time_one_is_done_we_note_the_acts_list() -> None:
    spec = design(
        "Customers collect stamps, so each time one is redeemed I'd like to note the reward "
        "and the date."
    )
    assert {"reward", "date"} <= plain_field_names(spec, "redemption")


def test_when_a_thing_has_an_act_done_to_it_we_write_down_the_acts_list() -> None:
    spec = design(
        "Ewes have a tag number. When a ewe is sheared we write down the date, the fleece "
        "weight and whether it was clean."
    )
    acts = [name for name in entity_names(spec) if name.startswith("ewe_shear")]
    assert acts and {"date", "fleece_weight"} <= plain_field_names(spec, acts[0])
    assert "fleece_weight" not in plain_field_names(spec, "ewe")


def test_when_a_thing_is_changed_someone_records_the_change() -> None:
    spec = design(
        "Residents have a name. Whenever a dressing is changed the nurse records the time and "
        "whether the wound was clean."
    )
    assert "time" in plain_field_names(spec, "dressing_change")


def test_when_a_record_is_made_we_log_which_one_its_own_list() -> None:
    spec = design(
        "Horses have a name. Whenever a dose is given, we log which horse, the date given and "
        "the batch number."
    )
    assert {"date_given", "batch_number"} <= plain_field_names(spec, "dose")


def test_a_record_that_puts_one_person_at_one_place_on_a_date() -> None:
    spec = design(
        "Keepers have a name. A shift puts one keeper at one lock on a given date, from a start "
        "time to an end time."
    )
    assert {("shift", "keeper", "many_to_one"), ("shift", "lock", "many_to_one")} <= (
        relations(spec)
    )


def test_someone_gives_a_list_then_does_an_act_of_their_own() -> None:
    spec = design(
        "Lanes have a number. A customer gives a name, email and phone, then books one of our "
        "lanes for a date, saying how many bowlers are coming."
    )
    assert {"name", "email", "phone"} <= plain_field_names(spec, "customer")
    assert "bowlers" in plain_field_names(spec, "booking")
    assert ("booking", "lane", "many_to_one") in relations(spec)


def test_a_reading_at_the_time_is_the_reading() -> None:
    spec = design(
        "Every launch records the date, the crew and the wind speed at the time, and the sea state."
    )
    assert "wind_speed" in plain_field_names(spec, "launch")
    assert "wind_speed_at_time" not in plain_field_names(spec, "launch")


def test_inside_each_record_sits_a_run_of_others() -> None:
    spec = design(
        "Every trail has a name and a length. Inside each trail sits a run of checkpoints, and "
        "for each checkpoint we store a code and a clue."
    )
    assert ("checkpoint", "trail", "many_to_one") in relations(spec)
