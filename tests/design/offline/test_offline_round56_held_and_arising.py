"""Mechanisms measured as the loss on batches 64 and 63 (coach tour deposits, coach holidays,
driver hours; rent arrears, letting certificates, right to rent, tenant referencing).

Each test designs a sentence of its own end to end, with a twin the change must leave alone:
a record that *just needs* a short list, a list item naming the record someone wants, a record
someone holds at one of the business's places with its list, steps told after a record's list
(*stepping from ...*), all of a record's own things with their kinds, money that *comes in as*
records, work there is *to sort out, so* a list, a flow's end told with *of course* and *along
the way*, the day of the month something is due, a *reg* alone, a second person who records
things, how many are travelling, a kind of the title's records, and what only one role can
give."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows, relations, role_names


def test_a_record_that_just_needs_a_list_has_it() -> None:
    spec = design(
        "Members have a name and email; a studio just needs an address and the monthly rent."
    )
    assert field_types(spec, "studio") == {"address": "text", "monthly_rent": "decimal"}


def test_a_record_that_needs_something_without_just_is_not_given_it() -> None:
    # "a member needs a login to book classes" is who logs in, not a list the member keeps
    spec = design("Members have a name and email; a member needs a login to book classes.")
    assert field_types(spec, "member") == {"name": "text", "email": "email"}


def test_the_record_they_want_to_join_is_a_link() -> None:
    spec = design(
        "Members have a name, email and the class they want to join; a class just needs a "
        "title and a weekday."
    )
    assert field_types(spec, "class") == {"title": "text", "weekday": "text"}
    assert ("member", "class", "many_to_one") in relations(spec)


def test_the_value_they_want_stays_a_field() -> None:
    spec = design("Members have a name, email and the locker colour they want.")
    assert entity_names(spec) == {"member"}
    assert "locker_colour" in field_types(spec, "member")


def test_a_record_held_at_one_of_our_places_keeps_the_list() -> None:
    spec = design(
        "Members have a name and phone. Each member holds a membership at one of our clubs "
        "(town), with the annual fee and the start date."
    )
    assert field_types(spec, "membership") == {
        "annual_fee": "decimal",
        "start_date": "date",
        "member_id": "reference",
        "club_id": "reference",
    }
    assert field_types(spec, "club") == {"town": "text"}
    assert {("membership", "member", "many_to_one"), ("membership", "club", "many_to_one")} <= (
        relations(spec)
    )


def test_a_record_held_without_a_place_is_read_as_before() -> None:
    spec = design(
        "Members have a name and phone. Each member holds a membership with the annual fee."
    )
    assert entity_names(spec) == {"member", "membership"}
    assert relations(spec) == {("membership", "member", "many_to_one")}


def test_steps_told_after_the_list_of_a_record_we_open_are_its_flow() -> None:
    spec = design(
        "When a hire runs late we open a recovery case with the amount owed and the date "
        "opened, stepping from first reminder to second reminder, formal letter and court "
        "claim, unless it is cleared."
    )
    assert flows(spec)["recovery_case"] == (
        "status",
        ["first_reminder", "second_reminder", "formal_letter", "court_claim", "cleared"],
    )
    assert field_types(spec, "recovery_case") == {
        "amount_owed": "decimal",
        "date_opened": "date",
        "status": "enum",
    }


def test_stepping_in_after_the_list_is_no_flow() -> None:
    spec = design(
        "We open a recovery case with the amount owed and the date opened, stepping in when a "
        "hire runs late."
    )
    assert flows(spec) == {}
    assert field_types(spec, "recovery_case") == {"amount_owed": "decimal", "date_opened": "date"}


def test_a_record_that_steps_from_one_state_goes_from_it() -> None:
    spec = design("Each repair steps from booked to in progress, then done.")
    assert flows(spec)["repair"] == ("status", ["booked", "in_progress", "done"])


def test_levels_and_a_word_after_the_last_are_no_flow() -> None:
    assert (
        flows(design("Our school runs courses at beginner, intermediate and advanced level.")) == {}
    )


def test_all_of_its_things_each_with_a_list_are_records_of_their_own() -> None:
    spec = design(
        "For each vehicle I want the registration and make, and then all of its inspections, "
        "whether that is an MOT, a service or a tyre check, each with the date done, the mileage "
        "and a result (pass or fail)."
    )
    assert field_types(spec, "vehicle") == {"registration": "text", "make": "text"}
    assert field_types(spec, "inspection") == {
        "type": "enum",
        "date_done": "date",
        "mileage": "integer",
        "result": "enum",
        "vehicle_id": "reference",
    }
    assert relations(spec) == {("inspection", "vehicle", "many_to_one")}


def test_all_of_its_things_with_no_list_of_their_own_are_left_alone() -> None:
    spec = design("For each vehicle I want the registration and make, and then all of its MOTs.")
    assert entity_names(spec) == {"vehicle"}


def test_money_that_comes_in_as_records_is_those_records() -> None:
    spec = design(
        "Members have a name. Each order belongs to one member. Money comes in as payments "
        "against an order: amount, date received and a method (card or cash)."
    )
    assert field_types(spec, "payment") == {
        "amount": "decimal",
        "date_received": "date",
        "method": "enum",
        "order_id": "reference",
    }


def test_someone_who_comes_in_as_one_of_them_names_no_record() -> None:
    spec = design(
        "Members have a name. Each order belongs to one member. The member comes in as a guest "
        "of another member."
    )
    assert entity_names(spec) == {"member", "order"}


def test_work_there_is_to_do_so_a_list_is_a_record_with_that_list() -> None:
    spec = design(
        "Boilers have a make and a model. When a boiler breaks there's a repair to arrange, so "
        "a description, a cost and the date it was fixed."
    )
    assert field_types(spec, "repair") == {
        "description": "long_text",
        "cost": "decimal",
        "fixed_date": "date",
        "boiler_id": "reference",
    }
    assert relations(spec) == {("repair", "boiler", "many_to_one")}


def test_a_lot_to_do_is_no_record() -> None:
    spec = design(
        "Boilers have a make and a model. When a boiler breaks there's a lot to do, so we call "
        "the owner."
    )
    assert entity_names(spec) == {"boiler"}


def test_some_that_of_course_get_cancelled_along_the_way_end_the_flow() -> None:
    spec = design(
        "A repair starts as booked, becomes started, then finished, and of course some get "
        "cancelled along the way."
    )
    assert flows(spec)["repair"] == ("status", ["booked", "started", "finished", "cancelled"])


def test_what_people_do_along_the_way_is_no_state() -> None:
    spec = design(
        "A repair starts as booked, becomes started, then finished. Of course, customers pay "
        "along the way."
    )
    assert flows(spec)["repair"] == ("status", ["booked", "started", "finished"])


def test_the_day_of_the_month_it_is_due_is_a_due_day_number() -> None:
    spec = design("Each subscription has the monthly fee and the day of the month it is due.")
    assert field_types(spec, "subscription") == {"monthly_fee": "decimal", "due_day": "integer"}


def test_the_day_of_the_week_it_runs_is_left_as_before() -> None:
    spec = design("Each class has a title and the day of the week it runs.")
    assert "due_day" not in field_types(spec, "class")


def test_a_reg_alone_in_a_list_is_the_registration() -> None:
    spec = design("Vans: reg, make, seats.")
    assert list(field_types(spec, "van")) == ["registration", "make", "seats"]


def test_a_reg_number_keeps_its_name() -> None:
    spec = design("Vans: reg number, make, seats.")
    assert list(field_types(spec, "van")) == ["reg_number", "make", "seats"]


def test_a_second_person_who_records_things_after_a_comma_is_a_role() -> None:
    assert role_names(
        "Payments have an amount and a date. Only the office manager can delete a payment, the "
        "accounts assistant records payments, and I need the total paid per month."
    ) == {"office_manager", "accounts_assistant"}


def test_one_persons_next_act_of_recording_is_no_new_role() -> None:
    assert role_names(
        "Payments have an amount and a date. The office manager deletes payments, checks them "
        "and records refunds."
    ) == {"office_manager"}


def test_how_many_are_travelling_counts_the_travellers() -> None:
    spec = design("Each booking has a date and how many are travelling.")
    assert field_types(spec, "booking") == {"date": "date", "travellers": "integer"}


def test_how_many_are_coming_is_still_a_count() -> None:
    spec = design("Each booking has a date and how many are coming.")
    assert field_types(spec, "booking") == {"date": "date", "count": "integer"}


def test_a_kind_of_the_titles_records_is_a_record_of_its_own() -> None:
    spec = design(
        "Fit to fly checks. Pilots: name, licence number. Follow-up checks per pilot: due date, "
        "done y/n."
    )
    assert entity_names(spec) == {"pilot", "follow_up_check"}
    assert field_types(spec, "follow_up_check") == {
        "due_date": "date",
        "done": "boolean",
        "pilot_id": "reference",
    }


def test_a_kind_of_records_already_kept_is_still_those_records() -> None:
    spec = design(
        "Fit to fly checks. Pilots: name, licence number. Each check has a date and a result. "
        "Follow-up checks per pilot: due date, done y/n."
    )
    assert entity_names(spec) == {"pilot", "check"}


def test_what_only_one_role_can_give_after_a_comma_is_no_record() -> None:
    spec = design(
        "Recipes have a name and a cost. Cooks see only the recipes they added, and only the "
        "head chef can give the final approval."
    )
    assert entity_names(spec) == {"recipe"}


def test_a_list_before_what_only_one_role_can_do_is_still_kept() -> None:
    spec = design(
        "Each recipe has a name, a cost and a method, and only the head chef can edit it."
    )
    assert set(field_types(spec, "recipe")) == {"name", "cost", "method"}


def test_a_title_naming_a_log_is_nobody_who_logs() -> None:
    assert role_names(
        "Nurse hours log. Nurses: name, grade. Shift sheet per nurse per day: date, hours "
        "worked. Nurses enter own sheets only; ward manager sees all."
    ) == {"nurse", "ward_manager"}


def test_people_who_log_things_in_the_first_sentence_are_still_a_role() -> None:
    assert "nurse" in role_names(
        "Nurses log shifts. Shifts: date, hours worked. Ward manager sees all."
    )
