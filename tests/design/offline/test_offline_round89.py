"""Round 89: a record's list said with a verb other than *has* (*a tenant is a person with ...*,
*cleans are given ...*, *the passengers on a flight have ...*, *the damage charge is its own
record against the rental, with ...*), or of the record it belongs to (*..., and it is valid for
one event*, *each keeps a library of its lesson plans with ...*), and records told by what
someone does (*tutors book a room against a course, giving ...*, *clients place orders for a
print with ...*, *a volunteer checks a hive, and the check is saved with ...*).

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
)

# --- a record's list said with another verb ------------------------------------------------------


def test_one_is_a_person_with_a_list() -> None:
    spec = design(
        "A tenant is a person with a first name, a last name, an email and the date they moved in."
    )
    assert {"first_name", "last_name", "email"} <= plain_field_names(spec, "tenant")
    assert "person" not in entity_names(spec)


def test_ones_are_given_a_list() -> None:
    spec = design(
        "Rooms have a name and a floor. Cleans are given a date, a start time, an end time and "
        "a type of quick, full or deep, and each clean goes to one room."
    )
    assert {"date", "start_time", "end_time", "type"} <= plain_field_names(spec, "clean")
    assert field_options(spec, "clean")["type"] == ["quick", "full", "deep"]
    assert ("clean", "room", "many_to_one") in relations(spec)


def test_the_ones_on_a_record_have_a_list() -> None:
    spec = design(
        "Flights are just a flight number and a date, and the bookings on a flight have the "
        "lead passenger's name, a phone number and the party size."
    )
    assert ("booking", "flight", "many_to_one") in relations(spec)
    assert {"lead_passenger_name", "party_size"} <= plain_field_names(spec, "booking")
    assert "lead_passenger" not in entity_names(spec)
    assert {"flight_number", "date"} <= plain_field_names(spec, "flight")


def test_its_own_record_against_another_with_a_list() -> None:
    spec = design(
        "Every rental belongs to a customer and has a start date and an end date. The damage "
        "charge is its own record against the rental, with the amount, the date it was raised "
        "and a note."
    )
    assert ("damage_charge", "rental", "many_to_one") in relations(spec)
    assert {"amount", "note"} <= plain_field_names(spec, "damage_charge")
    assert "record" not in entity_names(spec)


def test_the_others_list_said_without_its_verb() -> None:
    spec = design(
        "Each incident records the date, the van and the driver; delivery vans have a "
        "registration and a mileage, and drivers a name and a licence number."
    )
    assert {"name", "licence_number"} <= plain_field_names(spec, "driver")
    assert "licence_number" not in plain_field_names(spec, "van")


def test_and_then_what_it_does_is_no_list_of_others() -> None:
    spec = design(
        "Each tenant has a name, a phone and an email, and signs a lease with a start date, an "
        "end date and a monthly rent."
    )
    assert "sign" not in entity_names(spec)


def test_a_record_has_its_own_lines_after_a_colon() -> None:
    spec = design(
        "Stops have a name and a postcode. Each route (just a name is fine) has its own stop "
        "lines: an arrival time, which stop, and the order on the route."
    )
    assert ("stop_line", "route", "many_to_one") in relations(spec)
    assert "arrival_time" in plain_field_names(spec, "stop_line")


def test_values_after_a_colon_stay_values() -> None:
    spec = design("Each shirt has a colour and sizes: small, medium or large.")
    assert "stop_line" not in entity_names(spec)
    assert "shirt" in entity_names(spec)
    assert len(entity_names(spec)) == 1


def test_the_list_named_after_its_record_in_passing() -> None:
    spec = design(
        "What I'd like is for every bike (we only need its frame number and model) to have "
        "service records, and each record says the date, the mileage and the work done."
    )
    assert "record" not in entity_names(spec)
    serviced = next(name for name in entity_names(spec) if name.startswith("service"))
    assert {"date", "mileage"} <= plain_field_names(spec, serviced)


def test_on_its_card_go_its_items() -> None:
    spec = design(
        "We keep a card for every horse that comes into the yard. On the horse's card go its "
        "name, its breed, its date of birth and whether it is shod."
    )
    assert {"name", "breed", "date_of_birth"} <= plain_field_names(spec, "horse")
    assert field_types(spec, "horse")["date_of_birth"] == "date"


# --- a record told of the one it belongs to ------------------------------------------------------


def test_and_it_is_valid_for_one() -> None:
    spec = design(
        "A pass records the holder's name, the price and whether it is a concession, and it is "
        "valid for one event. Events have a title and a date."
    )
    assert ("pass", "event", "many_to_one") in relations(spec)


def test_and_serves_one_which_we_know_by_name() -> None:
    spec = design(
        "Each pump carries an asset tag, a make and an install date, and serves one ward, which "
        "we know by name."
    )
    assert ("pump", "ward", "many_to_one") in relations(spec)
    assert ("ward", "pump", "many_to_one") not in relations(spec)


def test_ones_raised_against_one_assigned_and_moving() -> None:
    spec = design(
        "Machines have a serial number. Repairs are raised against a piece of machinery with a "
        "fault, a due date and a cost, assigned to one of our fitters, and move from open to "
        "booked to fixed."
    )
    assert ("repair", "machinery", "many_to_one") in relations(spec)
    assert ("repair", "fitter", "many_to_one") in relations(spec)
    assert flows(spec)["repair"] == ("status", ["open", "booked", "fixed"])


def test_covers_one_of_each_and_the_one_doing_it() -> None:
    spec = design(
        "Each lesson covers one pupil, one instrument and the teacher doing it, and stores a "
        "date, a length in minutes and any notes. Pupils have a name."
    )
    for one in ("pupil", "instrument", "teacher"):
        assert ("lesson", one, "many_to_one") in relations(spec)
    assert {"date", "notes"} <= plain_field_names(spec, "lesson")


def test_each_keeps_a_library_of_its_own() -> None:
    spec = design(
        "Schools have a name and a head teacher, and each keeps a library of its lesson plans "
        "with a title, a year group and a link to the document."
    )
    assert ("lesson_plan", "school", "many_to_one") in relations(spec)
    assert "title" in plain_field_names(spec, "lesson_plan")
    assert "title" not in plain_field_names(spec, "school")


def test_lines_each_being_one_of_another() -> None:
    spec = design(
        "Plants have a name and a pot size. An order goes to one grower with an order date, and "
        "it has lines, each line being one plant with a number of trays and a price per tray."
    )
    assert ("line", "order", "many_to_one") in relations(spec)
    assert ("line", "plant", "many_to_one") in relations(spec)
    assert "trays" in plain_field_names(spec, "line")
    assert "trays" not in plain_field_names(spec, "plant")


# --- records told by what someone does -----------------------------------------------------------


def test_they_book_one_against_another_giving_a_list() -> None:
    spec = design(
        "Rooms have a name and a capacity, and courses a title. Tutors book a room against a "
        "course, giving a date, a start time and the number of seats needed."
    )
    for one in ("room", "course", "tutor"):
        assert ("booking", one, "many_to_one") in relations(spec)
    assert {"date", "start_time"} <= plain_field_names(spec, "booking")


def test_they_place_ones_for_one_with_a_list() -> None:
    spec = design(
        "Prints have a title and a size. Clients (name, email) belong to an agency and place "
        "orders for a print with a quantity, a date wanted and any notes."
    )
    assert ("order", "client", "many_to_one") in relations(spec)
    assert ("order", "print", "many_to_one") in relations(spec)
    assert "quantity" in plain_field_names(spec, "order")
    assert "place" not in entity_names(spec)


def test_when_one_acts_we_record_a_record_with_a_list() -> None:
    spec = design(
        "Barbers have a name. Every finished haircut gets logged with the date, the barber, the "
        "amount charged and any tip, and when a barber sells a retail item like a comb or a "
        "wax, we record a sale with the date, item name, quantity and total."
    )
    assert ("sale", "barber", "many_to_one") in relations(spec)
    assert "wax" not in plain_field_names(spec, "haircut")
    assert "item_name" in plain_field_names(spec, "sale")


def test_when_one_passes_one_the_record_is_both_ones() -> None:
    spec = design(
        "Pupils have a name. Exams have a title and a level, and when a pupil passes an exam we "
        "record a certificate with the date passed and the grade."
    )
    assert ("certificate", "pupil", "many_to_one") in relations(spec)
    assert ("certificate", "exam", "many_to_one") in relations(spec)


def test_one_acts_and_the_record_is_saved_with_a_list() -> None:
    spec = design(
        "Each hive has a label and an apiary. Every week a volunteer checks a hive, and the "
        "check is saved with the date, the number of frames and any notes; volunteers just "
        "need a name and an email."
    )
    assert ("check", "hive", "many_to_one") in relations(spec)
    assert ("check", "volunteer", "many_to_one") in relations(spec)
    assert {"name", "email"} <= plain_field_names(spec, "volunteer")


def test_they_tick_it_off_with_a_record_giving_a_list() -> None:
    spec = design(
        "Each ward has its own round lines: a round time, which medicine and the dose. When a "
        "nurse does the round they tick that round line off with a dose log entry giving the "
        "time given, their initials and whether the patient refused it."
    )
    # "a dose log entry": the log is named by what it logs, as the designer names logs
    assert ("dose", "round_line", "many_to_one") in relations(spec)
    assert "initials" in plain_field_names(spec, "dose")
    assert "initials" not in plain_field_names(spec, "round_line")


def test_the_one_acts_for_that_record_with_a_list() -> None:
    spec = design(
        "Horses have a name. A farrier carries out visits on a horse, noting the date and any "
        "notes, and when a shoe is loose the farrier books a repair for that horse with the "
        "foot, the date wanted and the cost."
    )
    assert ("repair", "horse", "many_to_one") in relations(spec)
    assert ("repair", "farrier", "many_to_one") in relations(spec)
    assert {"foot", "cost"} <= plain_field_names(spec, "repair")


def test_each_raised_against_one_by_name_and_assigned() -> None:
    spec = design(
        "Each snag is raised against a building (by name) and assigned to a joiner, with a "
        "title, the room affected, a priority of low, medium or high and the date it was "
        "spotted."
    )
    assert ("snag", "building", "many_to_one") in relations(spec)
    assert ("snag", "joiner", "many_to_one") in relations(spec)
    assert ("building", "snag", "many_to_one") not in relations(spec)


def test_a_price_for_each_kind_is_a_record_of_its_own() -> None:
    spec = design(
        "Treatments each get a name and a length in minutes, and for every treatment we set a "
        "price per tier: junior, senior or director."
    )
    assert ("treatment_price", "treatment", "many_to_one") in relations(spec)
    assert field_options(spec, "treatment_price")["tier"] == ["junior", "senior", "director"]


def test_tagged_with_many_reused_is_many_to_many() -> None:
    spec = design(
        "Walks: name, distance, start point. Walks tagged with features (woodland, coast, "
        "pub...), several per walk, features reused."
    )
    assert ("feature", "walk", "many_to_many") in relations(spec) or (
        "walk",
        "feature",
        "many_to_many",
    ) in relations(spec)


def test_whenever_one_is_done_to_another_the_act_names_the_record() -> None:
    spec = design(
        "Each filter has a part code, a size and a unit cost. Whenever one is fitted to a boiler "
        "we log the fitting date, the meter reading at that moment and the initials of whoever "
        "fitted it, and boilers are recorded with a make and a serial number."
    )
    assert ("fitting", "filter", "many_to_one") in relations(spec)
    assert ("fitting", "boiler", "many_to_one") in relations(spec)
    assert {"date", "fitted_by"} <= plain_field_names(spec, "fitting")
    assert "meter_reading" not in plain_field_names(spec, "filter")


def test_for_every_one_we_open_a_record_that_moves_it_onto_another() -> None:
    spec = design(
        "Lessons have a date and a time, and the enrolments on a lesson have the pupil's name "
        "and a phone number. Then for every cancelled enrolment the office opens a transfer "
        "that moves it onto a new lesson, noting the reason and whether a fee was charged, and "
        "the transfer goes pending, offered, then accepted or declined."
    )
    assert ("transfer", "enrolment", "many_to_one") in relations(spec)
    assert ("transfer", "lesson", "many_to_one") in relations(spec)
    assert flows(spec)["transfer"] == ("status", ["pending", "offered", "accepted", "declined"])


def test_they_do_a_check_and_for_that_we_need_a_list() -> None:
    spec = design(
        "Every boat has a name and a sail number. Then separately the instructors do a weekly "
        "check (hulls, sails, ropes) and for that we just need the date, whether it was all OK "
        "and a note of any damage."
    )
    assert {"date", "ok"} <= plain_field_names(spec, "weekly_check")
    assert "hulls" not in plain_field_names(spec, "weekly_check")
