"""Round 90: records told by what someone does or when it happens (*every time a hive gets
inspected we log ...*, *each time the sauna is used we log a sauna session against the room and
the guest ..., noting ...*, *our joiners book time against a project with ...*, *whenever an
instructor gives a driving lesson they log it: ...*, *walkers can sign up for as many walks as
they like, and when they do we note ...*), and records made out for another (*the plumber fills
in a gas safety record for the house (...): ...*, *off the back of each ... the office issues
one or more notices, each with ...*, *a welcome call is booked against it for ...*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_options, plain_field_names, relations

# --- an act done again and again, logged each time ------------------------------------------------


def test_every_time_one_gets_done_we_log_a_list() -> None:
    spec = design(
        "Hives have a number and a location. Every time a hive gets inspected we log the date "
        "and the initials of whoever inspected it."
    )
    assert ("inspection", "hive", "many_to_one") in relations(spec)
    assert {"date", "inspected_by"} <= plain_field_names(spec, "inspection")
    assert plain_field_names(spec, "hive") == {"number", "location"}


def test_each_time_we_log_one_against_two_noting_a_list() -> None:
    spec = design(
        "Rooms have a number. Guests have a name. Each time the sauna is used we log a sauna "
        "session against the room and the guest who booked it, noting the start time, the "
        "minutes used and the charge."
    )
    assert {"start_time", "minutes_used", "charge"} <= plain_field_names(spec, "sauna_session")
    assert ("sauna_session", "room", "many_to_one") in relations(spec)
    assert ("sauna_session", "guest", "many_to_one") in relations(spec)


def test_when_one_of_ours_acts_the_log_against_one_keeps_its_doer() -> None:
    # the twin: "when one of our drivers tips a load, we log a drop against the request with
    # ..." names who did it, which another reading links; this one leaves it alone
    spec = design(
        "Every request holds the person's name and the date they asked. When one of our "
        "drivers tips a load, we log a drop against the request with the date and the load "
        "size: small, half or full."
    )
    assert ("drop", "driver", "many_to_one") in relations(spec)


def test_ones_who_have_a_list_book_time_against_a_record() -> None:
    spec = design(
        "Projects have a code. Our joiners, who each have a name and a day rate, book time "
        "against a project with the date, the hours worked and a short note."
    )
    assert {"name", "day_rate"} <= plain_field_names(spec, "joiner")
    assert {"date", "hours_worked"} <= plain_field_names(spec, "time_entry")
    assert ("time_entry", "project", "many_to_one") in relations(spec)
    assert ("time_entry", "joiner", "many_to_one") in relations(spec)
    assert "hours_worked" not in plain_field_names(spec, "joiner")


def test_whenever_one_gives_a_record_they_log_it_colon() -> None:
    spec = design(
        "Instructors have a name. Then whenever an instructor gives a driving lesson they log "
        "it: the date, the start time, how many hours and the pupil's name."
    )
    lesson = next(name for name in entity_names(spec) if name.endswith("lesson"))
    assert {"date", "start_time", "pupil_name"} <= plain_field_names(spec, lesson)
    assert (lesson, "instructor", "many_to_one") in relations(spec)
    assert "start_time" not in plain_field_names(spec, "instructor")


def test_someone_checks_each_one_and_writes_down_a_list() -> None:
    spec = design(
        "Ladders have a number. Once a year someone checks each ladder and writes down the "
        "date, who checked it and its condition: safe, worn or scrap."
    )
    assert ("check", "ladder", "many_to_one") in relations(spec)
    assert field_options(spec, "check")["condition"] == ["safe", "worn", "scrap"]
    assert plain_field_names(spec, "ladder") == {"number"}


def test_ones_can_sign_up_and_when_they_do_we_note_a_list() -> None:
    spec = design(
        "Walkers have a name. Walks have a date and a leader, who is one of the walkers. "
        "Walkers can sign up for as many walks as they like, and when they do we note the time "
        "they signed up and whether they need a lift."
    )
    assert ("signup", "walker", "many_to_one") in relations(spec)
    assert ("signup", "walk", "many_to_one") in relations(spec)
    assert "need_lift" in plain_field_names(spec, "signup")
    assert "need_lift" not in plain_field_names(spec, "walk")


def test_keep_the_ones_someone_sends_for_a_record() -> None:
    spec = design(
        "Gardens have a name. It would also help to keep the quotes a landscaper sends for a "
        "garden, with the amount and whether the owner accepted it. Landscapers have a company "
        "name."
    )
    assert {"amount", "accepted"} <= plain_field_names(spec, "quote")
    assert ("quote", "landscaper", "many_to_one") in relations(spec)
    assert ("quote", "garden", "many_to_one") in relations(spec)
    assert "amount" not in plain_field_names(spec, "landscaper")


# --- records made out for another ------------------------------------------------------------------


def test_someone_fills_in_a_record_for_one_known_by_a_list() -> None:
    spec = design(
        "When a boiler is fitted, the plumber fills in a service sheet for the house (we know "
        "houses by house number and street): the date, the flue reading, the pressure and "
        "whether the owner was shown the controls."
    )
    assert {"house_number", "street"} <= plain_field_names(spec, "house")
    assert {"date", "flue_reading", "pressure"} <= plain_field_names(spec, "service_sheet")
    assert ("service_sheet", "house", "many_to_one") in relations(spec)
    assert ("service_sheet", "plumber", "many_to_one") in relations(spec)


def test_off_the_back_of_each_record_someone_issues_several() -> None:
    spec = design(
        "Each service sheet has the date and the pressure. Off the back of each service sheet "
        "the office issues one or more notices, each with a type (landlord, building control or "
        "warranty) and a notice number."
    )
    assert ("notice", "service_sheet", "many_to_one") in relations(spec)
    assert {"type", "notice_number"} <= plain_field_names(spec, "notice")
    assert "office_issue" not in entity_names(spec)


def test_a_record_is_booked_against_it_for_a_list() -> None:
    spec = design(
        "Each booking is taken by one of our agents, and once they have spoken to the guest a "
        "welcome call is booked against it for a date and time."
    )
    assert ("welcome_call", "booking", "many_to_one") in relations(spec)
    assert ("booking", "agent", "many_to_one") in relations(spec)


def test_the_one_who_did_it_records_a_record_with_a_list() -> None:
    # a doer of two words, *the yard hand who did it*, is the record's too
    spec = design(
        "Boats have a name. Whenever a coat is done, the yard hand who did it records a "
        "sign-off with the coat, the date and any notes."
    )
    assert {"coat", "date", "notes"} <= plain_field_names(spec, "sign_off")
    assert ("sign_off", "yard_hand", "many_to_one") in relations(spec)


def test_i_look_at_the_total_every_month_is_a_report() -> None:
    spec = design(
        "Orders have a date and a total price. At the end of every month I look at the total "
        "value of orders."
    )
    assert [
        (r.measure.agg, r.time_bucket.unit if r.time_bucket else None) for r in spec.reports
    ] == [("sum", "month")]
