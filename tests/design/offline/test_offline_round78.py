"""Round 78: a record's list told in words the list readers did not know (*site visits get the
date, the surveyor's name, ...*, *tenants are kept as a name and a phone, landlords as ...*,
*a trip would be the destination, ...*, *a gardener ticks the job off as done with ...*, *a
volunteer logs a shift against the centre for a role, with ...*), a flow with a step it *can be*
(*starts at applied, becomes active, can be paused if ... and ends up closed*), a pairing with
a record named in two words (*a booking is one child on one taster day*), the list of a plural's
relative clause that agrees with the singular before it, someone who *joins*, and a delivery
made by *the* supplier.

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
    role_names,
)

from appwright.design.offline.normalize import normalize_text


def test_plural_records_that_get_the_items_of_a_list_have_them() -> None:
    spec = design(
        "Buildings have an address. Site visits get the date, the surveyor's name, the findings "
        "and the fee."
    )
    assert {"date", "surveyor_name", "fee"} <= plain_field_names(spec, "site_visit")


def test_a_second_record_that_just_needs_a_list_after_what_we_keep() -> None:
    spec = design(
        "Loans have a due date. We already keep borrowers with a name, phone and address, and "
        "tools just need a name and a serial number."
    )
    assert {"name", "serial_number"} <= plain_field_names(spec, "tool")
    assert "serial_number" not in plain_field_names(spec, "borrower")


def test_a_second_record_that_needs_a_list_after_another_has_one_is_left_to_its_reader() -> None:
    said = normalize_text(
        "Vehicles have a registration; garages have a name, and policies just need a number."
    )
    assert "and policies just need a number" in said


def test_records_kept_as_a_list_and_others_as_another() -> None:
    spec = design(
        "Repairs have a date. Tenants are kept as a full name and a phone number, landlords as "
        "a name and an email."
    )
    assert {"full_name", "phone_number"} <= plain_field_names(spec, "tenant")
    assert {"name", "email"} <= plain_field_names(spec, "landlord")


def test_a_value_in_a_currency_sign_is_money() -> None:
    spec = design("Paintings: title, artist, year, value in £, insured (yes/no).")
    types = field_types(spec, "painting")
    assert any(name.startswith("value") and kind == "decimal" for name, kind in types.items())


def test_someone_who_logs_a_record_against_two_others_with_a_comma_gives_it_the_list() -> None:
    spec = design(
        "Centres have a name. Roles have a title. Whenever something is signed off, a "
        "coordinator (name, initials) logs a shift against the centre for a role, with the date "
        "and the number of hours."
    )
    assert {"date", "hours"} <= plain_field_names(spec, "shift")
    assert {("shift", "centre", "many_to_one"), ("shift", "role", "many_to_one")} <= relations(spec)
    assert field_types(spec, "coordinator")["initials"] == "text"
    assert "something" not in entity_names(spec)


def test_and_then_for_every_one_their_list_after_another_list() -> None:
    spec = design(
        "Holiday clubs have a date and a price. It is the carers who book, so we need the "
        "carer's name, email and phone, and then for every child their name, age and any "
        "allergies."
    )
    assert {"name", "age", "allergies"} <= plain_field_names(spec, "child")
    assert "age" not in plain_field_names(spec, "carer")


def test_a_reason_between_two_items_leaves_the_list_whole() -> None:
    spec = design(
        "Each quiz night has a date, a theme, because we do things like film night or music "
        "night, how many tables there are and an entry fee."
    )
    assert {"date", "theme", "tables", "entry_fee"} <= plain_field_names(spec, "quiz_night")


def test_a_pairing_of_one_and_one_record_named_in_two_words() -> None:
    spec = design(
        "Taster days have a date. Children have a name. A booking is one child on one taster day."
    )
    assert {("booking", "child", "many_to_one"), ("booking", "taster_day", "many_to_one")} <= (
        relations(spec)
    )


def test_a_pairing_on_one_given_day_is_still_a_day() -> None:
    spec = design("Cottages have a name. A changeover is one cottage on one given day.")
    assert "day" not in entity_names(spec)
    assert "given_day" not in entity_names(spec)


def test_a_plurals_relative_clause_then_a_verb_of_the_singular_subject() -> None:
    spec = design(
        "Every hamper is packed for a family by one of our volunteers, who have a name and "
        "phone, and carries a packed date, a weight in kilos and a note."
    )
    assert {"packed_date", "weight_kilos"} <= plain_field_names(spec, "hamper")
    assert {"name", "phone"} <= plain_field_names(spec, "volunteer")
    assert "packed_date" not in plain_field_names(spec, "volunteer")


def test_lines_each_pointing_at_a_record() -> None:
    spec = design(
        "Orders have a date. Products have a name. What goes in is recorded as order lines, "
        "each pointing at a product with a quantity."
    )
    assert "pointing" not in entity_names(spec)
    lines = [name for name in entity_names(spec) if name.endswith("line")]
    assert lines
    assert (lines[0], "product", "many_to_one") in relations(spec)


def test_ticked_off_as_done_with_a_list() -> None:
    spec = design(
        "Garden jobs have a date. When they have finished, gardeners tick the job off as done "
        "with the time completed, whether the waste was removed and whether the gate was locked."
    )
    assert "as" not in entity_names(spec)
    fields = set().union(*(plain_field_names(spec, name) for name in entity_names(spec)))
    assert {"done", "time_completed", "waste_removed"} <= fields


def test_any_one_found_on_a_record_with_a_list() -> None:
    spec = design(
        "Inspections have a date. The surveyor writes up any defect found on an inspection "
        "with a description and whether it is urgent."
    )
    assert {"description", "urgent"} <= plain_field_names(spec, "defect")
    assert ("defect", "inspection", "many_to_one") in relations(spec)


def test_a_record_would_be_a_list() -> None:
    spec = design(
        "Walkers have a name. Before they set off they register a walk in with us, and a walk "
        "would be the route name, the start date and how many days they are out."
    )
    assert {"route_name", "start_date"} <= plain_field_names(spec, "walk")
    assert "us" not in plain_field_names(spec, "walk")


def test_so_a_record_would_be_a_list() -> None:
    spec = design(
        "Tanks have a name. When the drivers fill the lorries fuel goes out again, so a "
        "drawing would be a date, the litres taken and which tank."
    )
    assert {"date", "litres_taken"} <= plain_field_names(spec, "drawing")


def test_each_week_a_record_is_made_per_another() -> None:
    spec = design(
        "Pupils have a name. Each week a report is made per pupil with the week starting date."
    )
    assert "week" not in entity_names(spec)
    assert "week_starting_date" in plain_field_names(spec, "report")


def test_a_record_for_one_other_showing_a_list() -> None:
    spec = design(
        "Berths have a number. Every year a boat owner signs a contract for one berth showing "
        "the season year, the fee and the date signed."
    )
    assert {"season_year", "fee", "date_signed"} <= plain_field_names(spec, "contract")
    assert ("contract", "berth", "many_to_one") in relations(spec)


def test_linked_to_one_told_before_with_a_list_is_the_subjects() -> None:
    spec = design(
        "Schools are listed with a name and a phone number, and every pupil is linked to a "
        "school with a name and a date of birth."
    )
    assert "date_of_birth" in plain_field_names(spec, "pupil")
    assert "date_of_birth" not in plain_field_names(spec, "school")


def test_linked_to_one_told_nowhere_else_with_a_list_is_its_own() -> None:
    spec = design("Every fixture is tied to one league with a name and a season.")
    assert "season" in plain_field_names(spec, "league")


def test_we_run_a_register_of_every_one() -> None:
    spec = design(
        "We run a register of every boat that moors in the harbour. For each one we record "
        "the name, its length and colour."
    )
    assert {"name", "length", "colour"} <= plain_field_names(spec, "boat")
    assert "item" not in entity_names(spec)


def test_a_flow_with_a_step_it_can_be_and_one_it_ends_up() -> None:
    spec = design(
        "Subscribers have a name. A subscriber's status starts at trial, becomes paying, can be "
        "frozen if they are abroad for a while and ends up lapsed when they stop paying."
    )
    assert flows(spec)["subscriber"][1] == ["trial", "paying", "frozen", "lapsed"]


def test_a_flow_whose_step_can_be_said_plainly() -> None:
    spec = design(
        "Permits have a number. A permit starts as requested, becomes issued, can be suspended "
        "and ends up expired."
    )
    assert flows(spec)["permit"][1] == ["requested", "issued", "suspended", "expired"]


def test_someone_who_joins_is_a_member() -> None:
    spec = design(
        "When somebody joins we take their name, email and the date they joined. Each "
        "membership fee is paid by a member."
    )
    assert {"name", "email"} <= plain_field_names(spec, "member")
    assert not any(name.endswith("join") for name in entity_names(spec))


def test_a_named_one_who_joins_gives_their_list() -> None:
    spec = design("When a volunteer joins, we take their name, email and phone.")
    assert {"name", "email", "phone"} <= plain_field_names(spec, "volunteer")
    assert "volunteer_join" not in entity_names(spec)


def test_what_they_do_not_do_names_no_record() -> None:
    spec = design(
        "Readers join as members rather than coming with a day pass. Members have a name and "
        "an email."
    )
    assert not any(name.startswith("rather") for name in entity_names(spec))


def test_rather_than_doing_before_what_we_do_is_left() -> None:
    spec = design(
        "Patients come three times a week, so rather than booking each trip by hand we set up "
        "standing runs. A standing run has a weekday and a pick-up time."
    )
    assert {"weekday", "pick_up_time"} <= plain_field_names(spec, "standing_run")


def test_when_the_named_one_delivers_a_record_we_note_the_delivery() -> None:
    spec = design(
        "Each feed product has a name and a price. When the merchant delivers a product we note "
        "the date, the number of bags dropped off and the empties taken away."
    )
    assert {"date", "empties_taken_away"} <= plain_field_names(spec, "delivery")
    assert "date" not in plain_field_names(spec, "feed_product")


def test_the_current_minimum_and_maximum_temperatures_are_each_a_field() -> None:
    spec = design(
        "Each reading is taken on one freezer and captures the time, the current, minimum and "
        "maximum temperatures and whether the alarm went off."
    )
    fields = plain_field_names(spec, "reading")
    assert {"current_temperature", "minimum_temperature"} <= fields
    assert "current" not in fields


def test_gets_one_record_every_month_showing_a_list() -> None:
    spec = design(
        "Each tenant (we just need their name, email and how they pay, which is cash or card) "
        "gets one statement a month showing the month, the date we sent it and the balance."
    )
    assert {"name", "email"} <= plain_field_names(spec, "tenant")
    assert {"month", "balance"} <= plain_field_names(spec, "statement")
    assert ("statement", "tenant", "many_to_one") in relations(spec)


def test_a_record_named_again_is_made_up_of_lines() -> None:
    spec = design(
        "Each quote has the date, the expiry date and the total, and the quote is made up of "
        "lines, each with a description, a quantity and a unit price."
    )
    assert {"description", "quantity", "unit_price"} <= plain_field_names(spec, "quote_line")
    assert ("quote_line", "quote", "many_to_one") in relations(spec)


def test_quoted_examples_with_commas_leave_the_list_whole() -> None:
    spec = design(
        'Invoices have a total. Each invoice is made up of lines like "labour, 2 hours" or '
        '"parts, filter", each with a description, a quantity and an amount.'
    )
    assert {"description", "quantity", "amount"} <= plain_field_names(spec, "invoice_line")


def test_quoted_examples_without_commas_are_left_to_their_readers() -> None:
    said = normalize_text('The classes, things like "three onions" or "sponge", have a number.')
    assert '"three onions"' in said


def test_the_writer_named_as_an_aside_leaves_the_role() -> None:
    roles = role_names(
        "Jobs have a date. Members see their own jobs, and only the head gardener, that's me, "
        "creates or edits them."
    )
    assert "head_gardener" in roles


def test_every_one_and_another_told_later_as_two_kinds_of_one_record() -> None:
    spec = design(
        "We run a register of every canoe and kayak that the club owns. For each one we record "
        "the name, whether it's a canoe or a kayak, its length and whether it needs repair."
    )
    assert "kayak" not in entity_names(spec)
    assert {"name", "length"} <= plain_field_names(spec, "canoe")


def test_for_each_one_after_every_one_the_sentence_before_counts() -> None:
    spec = design(
        "We keep a register of every canoe that the club owns. For each one we record the "
        "name, its length and its colour."
    )
    assert {"name", "length", "colour"} <= plain_field_names(spec, "canoe")
    assert "item" not in entity_names(spec)


def test_where_the_writer_sits_is_nobody_who_acts() -> None:
    description = (
        "Timesheets have a week and the hours. Every Friday I sit at the office desk typing up "
        "timesheets by hand."
    )
    assert "office_desk" not in entity_names(design(description))
    assert "office_desk" not in role_names(description)


def test_a_period_header_is_a_report() -> None:
    spec = design(
        "Tanks: name, volume. Readings: tank, taken at, level. Monthly: readings per tank."
    )
    assert "monthly" not in entity_names(spec)
    assert spec.reports


def test_a_temperature_in_degrees_is_a_number() -> None:
    spec = design("Ovens: name. Bakes: oven, start time, temp in °C, notes.")
    types = field_types(spec, "bake")
    assert any(name.startswith("temp") and kind == "decimal" for name, kind in types.items())


def test_whether_it_was_one_thing_or_another_with_its_own_article() -> None:
    spec = design(
        "A sale records the date, whether it was a trade-in or a new handset, and the total."
    )
    options = [field.options for field in next(e for e in spec.entities if e.name == "sale").fields]
    assert ["trade-in", "new_handset"] in options or ["trade_in", "new_handset"] in options


def test_the_name_of_where_they_are_in_a_list() -> None:
    spec = design(
        "Beehives carry a hive number, the name of the apiary they stand in and a GPS location."
    )
    assert {"hive_number", "apiary_name", "gps_location"} <= plain_field_names(spec, "beehive")


def test_on_each_record_one_of_several_people_records_its_list() -> None:
    spec = design(
        "Meters have a serial number. On every reading a meter reader records the date, the "
        "value shown and whether the seal was intact."
    )
    assert {"date", "value_shown"} <= plain_field_names(spec, "reading")
    assert ("reading", "meter_reader", "many_to_one") in relations(spec)
    assert "date" not in plain_field_names(spec, "meter_reader")


def test_for_work_the_one_who_notes_it_keeps_none_of_it() -> None:
    spec = design(
        "Customers have a name. For alterations the tailor notes the measurements and the "
        "price agreed."
    )
    assert "tailor" not in entity_names(spec)


def test_the_directory_lists_every_record_with_its_list() -> None:
    spec = design(
        "The directory lists every charity with a name, a phone number, a website and whether "
        "it takes referrals from us."
    )
    assert "directory" not in entity_names(spec)
    assert {"name", "website", "takes_referrals"} <= plain_field_names(spec, "charity")


def test_people_who_can_take_records_are_a_role() -> None:
    roles = role_names(
        "Orders have a date. Counter staff can take orders and payments, but only the manager "
        "can give refunds."
    )
    assert {"counter_staff", "manager"} <= roles


def test_a_thing_that_can_take_an_amount_is_no_role() -> None:
    assert not role_names("Tanks have a name. A tank can take 500 litres.")


def test_a_bullet_carried_on_to_an_indented_line_is_one_item() -> None:
    spec = design(
        "We check the lifts every week:\n"
        "- lifts, each with a name and a floor count\n"
        "- faults found on a check: the part, the date, whether it was fixed\n"
        "  and what we did about it (replaced, adjusted, reported)\n"
        "Then a count of faults per lift each month."
    )
    fields = plain_field_names(spec, "fault")
    assert {"part", "date", "action"} <= fields
    assert "action" not in entity_names(spec)


def test_a_paragraph_carried_on_to_an_indented_line_stays_one_sentence() -> None:
    spec = design(
        "Defects: what is wrong, the date reported, a link to a\n"
        "  photo, and a status going open, then fixed."
    )
    assert {"photo", "date_reported"} <= plain_field_names(spec, "defect")


def test_the_name_of_the_person_who_did_it_is_who_did_it() -> None:
    spec = design(
        "Fire checks: which extinguisher, the date, the name of the person who checked and any "
        "notes."
    )
    assert "checked_by" in plain_field_names(spec, "fire_check")


def test_sales_through_the_till_under_the_one_serving() -> None:
    spec = design(
        "Drinks have a name and a price. Orders go through the till under the bartender "
        "serving, with a date and time and a payment type of cash or card."
    )
    assert ("order", "bartender", "many_to_one") in relations(spec)
    assert "status" not in plain_field_names(spec, "order")


def test_fill_in_a_record_saying_its_list() -> None:
    spec = design(
        "Visitors can tell us about a hazard. They'd fill in a hazard report saying which path "
        "it's on, a rough description of where it is, a link to a photo and their email."
    )
    fields = plain_field_names(spec, "hazard_report")
    assert {"location_description", "photo", "email"} <= fields


def test_the_name_of_the_person_who_died_is_no_one_who_acted() -> None:
    said = normalize_text("For a bequest we note the name of the person who died and the date.")
    assert "who died it" not in said


def test_a_plurals_header_found_during_a_record_keeps_its_words() -> None:
    spec = design(
        "Inspections: date, result.\n- faults found during an inspection: description, severity"
    )
    assert ("fault", "inspection", "many_to_one") in relations(spec)
