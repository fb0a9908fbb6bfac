"""Shapes of a description told as one talks, each designed end to end on a sentence of its
own, with a twin it must leave alone: *for the dogs it's ...*, *each appointment is one dog
with one groomer ...*, *each hirer gives us their ...*, *one of the rooms, A, B or C*, *we've
got A, B and C, and every item has ...*, *every time something's lent out to ...*, *a couple
gets in touch, I write down their ...* and *a pass or fail*."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows, relations

from appwright.design.offline.flow_text import read_flow_text
from appwright.design.offline.simplify import simplify


def test_what_it_is_for_each_of_them_is_their_list() -> None:
    spec = design(
        "Owners have a name. For the dogs it's the name, the breed, the size (small, medium, "
        "large or giant), any allergies, and the vet they're registered with."
    )
    assert field_types(spec, "dog") == {
        "name": "text",
        "breed": "text",
        "size": "enum",
        "allergies": "long_text",
        "vet_id": "reference",
    }
    assert "allergy" not in entity_names(spec)


def test_a_record_that_is_one_of_each_holds_both_and_its_list() -> None:
    spec = design(
        "Dogs have a name. Groomers have a name. Then each appointment is one dog with one "
        "groomer on a date and a time, with the services done and the price."
    )
    assert {("appointment", "dog", "many_to_one"), ("appointment", "groomer", "many_to_one")} <= (
        relations(spec)
    )
    assert {"date", "time", "price"} <= set(field_types(spec, "appointment"))


def test_a_record_that_is_for_one_of_each_then_told_more_keeps_its_predicates() -> None:
    spec = design(
        "Clients have a name. A visit is for one client with one carer, has a scheduled start "
        "and goes from scheduled to completed."
    )
    assert "scheduled_start" in field_types(spec, "visit")
    assert ("visit", "carer", "many_to_one") in relations(spec)


def test_what_each_one_gives_us_is_theirs() -> None:
    spec = design("Each hirer gives us their name, phone and email.")
    assert field_types(spec, "hirer") == {"name": "text", "phone": "text", "email": "email"}
    spec = design("Each visitor leaves a rating and a comment.")
    assert "visitor" not in entity_names(spec) or "rating" not in field_types(spec, "visitor")


def test_one_of_the_records_named_is_one_of_those_records() -> None:
    spec = design(
        "Rooms have a name. A booking is for one of the rooms, main hall, small hall or "
        "kitchen, on a date with a start and an end time."
    )
    assert field_types(spec, "booking") == {
        "date": "date",
        "start_time": "datetime",
        "end_time": "datetime",
        "room_id": "reference",
    }
    assert "hall_small_hall" not in entity_names(spec)


def test_kinds_listed_before_every_item_are_not_records() -> None:
    spec = design(
        "We've got harnesses, shoes and helmets, and every item has a code, a size and a "
        "condition of good, worn or retired."
    )
    assert entity_names(spec) == {"item"}
    assert field_types(spec, "item") == {"code": "text", "size": "text", "condition": "enum"}


def test_what_we_log_each_time_something_is_lent_is_the_loans() -> None:
    spec = design(
        "Items have a code. Climbers have a name. Every time something's lent out to a "
        "climber we log when it went out and when it came back."
    )
    assert field_types(spec, "loan") == {
        "went_out_date": "date",
        "came_back_date": "date",
        "climber_id": "reference",
    }


def test_who_gets_in_touch_is_whom_the_details_are_of() -> None:
    spec = design(
        "What happens is a couple gets in touch, I write down their names, the wedding date "
        "and a phone number."
    )
    assert field_types(spec, "couple") == {
        "name": "text",
        "wedding_date": "date",
        "phone_number": "text",
    }
    said = "a couple gets in touch, i write the date in the diary"
    assert simplify(said) == said


def test_a_pass_or_fail_is_the_result() -> None:
    spec = design("Each inspection has the date, a pass or fail and some notes.")
    assert field_types(spec, "inspection")["result"] == "enum"
    spec = design("Each test has a date and a result of pass or fail.")
    assert set(field_types(spec, "test")) == {"date", "result"}


def test_money_and_dates_said_as_questions_are_typed() -> None:
    spec = design(
        "Each hire has how much they paid, how long it took, the amount owing, when it's due "
        "back and the date the van was cleaned."
    )
    assert field_types(spec, "hire") == {
        "amount_paid": "decimal",
        "duration": "decimal",
        "amount_owing": "decimal",
        "due_back_date": "date",
        "cleaned_date": "date",
    }


def test_if_theyve_paid_is_whether_they_paid() -> None:
    spec = design("Each order has a date and if they've paid.")
    assert field_types(spec, "order")["paid"] == "boolean"


def test_what_we_mark_a_record_when_it_comes_back_is_its_yes_or_no() -> None:
    spec = design(
        "Loans have a member and a book. Each loan has a due date and we mark it returned when "
        "it comes back."
    )
    assert field_types(spec, "loan")["returned"] == "boolean"
    assert "due" not in entity_names(spec)


def test_when_each_record_was_last_done_is_its_date() -> None:
    spec = design(
        "Plots have a number and a size. We also keep track of when each plot was last inspected."
    )
    assert field_types(spec, "plot")["last_inspected_date"] == "date"


def test_an_opening_adverb_leaves_the_record_it_opens() -> None:
    spec = design(
        "Orders have a date. Separately I record every silver purchase: the weight in grams, "
        "what it cost and the date I bought it."
    )
    assert field_types(spec, "silver_purchase") == {
        "weight_grams": "integer",
        "cost": "decimal",
        "purchase_date": "date",
    }


def test_asides_about_a_yes_or_no_and_about_values_are_neither() -> None:
    spec = design(
        "Each session has a start date, the item being made (paperweight, bauble or drinking "
        "glass, we rotate them), and which of us glassblowers is running it. For each booking "
        "we take down the person's name, how many are in their group and whether they've "
        "already paid, just a yes or no really."
    )
    assert field_types(spec, "session") == {
        "start_date": "date",
        "item_made": "enum",
        "glassblower_id": "reference",
    }
    assert field_types(spec, "booking") == {
        "person_name": "text",
        "group_size": "integer",
        "paid": "boolean",
    }


def test_what_is_kept_where_a_record_is_for_someone_is_theirs() -> None:
    spec = design(
        "Every ceremony has a date and my fee, and it's for a client, usually the couple or "
        "the family, where I keep a contact name, an email and a phone."
    )
    assert field_types(spec, "client") == {
        "contact_name": "text",
        "email": "email",
        "phone": "text",
    }
    assert ("ceremony", "client", "many_to_one") in relations(spec)


def test_its_list_after_belonging_to_one_is_the_records_own() -> None:
    spec = design(
        "Owners have a name. Each pet belongs to an owner with its name, species (dog, cat or "
        "rabbit), breed and date of birth."
    )
    assert set(field_types(spec, "pet")) == {
        "name",
        "species",
        "breed",
        "date_of_birth",
        "owner_id",
    }
    spec = design("Every player belongs to a team with a name and a coach.")
    assert "name" in field_types(spec, "team")


def test_values_of_several_words_after_a_word_for_a_choice() -> None:
    spec = design(
        "A policy has a number and a cover level of accident only, time limited or lifetime."
    )
    assert field_types(spec, "policy") == {"number": "text", "cover_level": "enum"}
    spec = design("A job has a status of open, on hold or closed and a price.")
    assert field_types(spec, "job") == {"status": "enum", "price": "decimal"}


def test_a_flow_starting_at_a_state_and_ending_up_in_one() -> None:
    steps = read_flow_text(
        "that starts at applied, then approved or declined, and approved loans end up repaid"
    )
    assert steps == [["applied"], ["approved", "declined"], ["repaid"]]


def test_a_status_whose_flow_goes_on_after_commas_is_one_item() -> None:
    spec = design(
        "Loans have an amount and a status that starts at applied, then approved or declined, "
        "and approved loans end up repaid."
    )
    assert set(flows(spec)["loan"][1]) == {"applied", "approved", "declined", "repaid"}


def test_the_money_of_things_done_is_added_up_on_the_acts_records() -> None:
    spec = design(
        "Members have a name. Savings deposits: which member, the amount and the date. "
        "Reports wanted: total savings deposited per month."
    )
    assert [(r.entity, r.measure.agg, r.measure.field) for r in spec.reports] == [
        ("savings_deposit", "sum", "amount")
    ]
