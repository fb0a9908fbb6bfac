"""Round 100: records told by what is written up, kept or held (*anything that goes wrong gets
written up as an incident: ...*; *whoever sells to us, we take their ...*; *so we keep special
orders too: ...*), records tied to another in the clause that lists them (*log each vet
visit against the animal it was for: ...*; *one invoice per client each month with ...*;
*we write up a sale that ties the bike to the customer, with ...*), and lists of the one a
record is tied to (*the bag belongs to a customer, and for them we only need ...*; *each hire
belongs to a customer, where we want their ..., and to the trip ..., which is only ...*);
`test_offline_round100_told_otherwise.py` has the rest of the round.

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, plain_field_names, relations

# --- records told by what is written up, kept or held -------------------------------------------


def test_whatever_happens_gets_written_up_as_one_colon() -> None:
    spec = design(
        "Anything that breaks during a climbing session gets written up as a damage report: "
        "the date, which wall it was on, what broke and whether the wall was closed."
    )
    assert {"date", "wall_closed"} <= plain_field_names(spec, "damage_report")


def test_somebody_counts_up_and_fills_in_one_colon() -> None:
    spec = design(
        "After the last bus each night somebody counts up and fills in a fare sheet: the date, "
        "the cash taken, the card total and a note."
    )
    assert {"date", "card_total", "note"} <= plain_field_names(spec, "fare_sheet")


def test_the_one_who_logs_it_is_left_to_the_other_readers() -> None:
    spec = design(
        "Instructors have a name. After each flight the instructor logs a lesson record: the "
        "date, the flight time and the debrief notes."
    )
    assert ("lesson", "instructor", "many_to_one") in relations(spec)


def test_whoever_does_it_to_us_is_named_by_the_doing() -> None:
    spec = design(
        "We buy old vinyl over the counter. Whoever sells to us, we take their name, address "
        "and phone number."
    )
    assert {"name", "address", "phone_number"} <= plain_field_names(spec, "seller")


def test_a_list_of_the_ones_people_suggest_each_with() -> None:
    spec = design(
        "Our book group wants a list of the books members suggest, each with the title, the "
        "author and the number of pages."
    )
    assert {"title", "author"} <= plain_field_names(spec, "book")
    assert "books_member" not in entity_names(spec)


def test_we_hold_ones_a_date_and_a_place() -> None:
    spec = design(
        "Then we hold tasting nights, just a date and the venue, where we try a few wines together."
    )
    assert {"date", "venue"} <= plain_field_names(spec, "tasting_night")


def test_we_keep_ones_too_colon() -> None:
    spec = design(
        "Each frame has a size and a price. Sometimes a customer wants a frame we do not stock, "
        "so we keep special requests too: the customer's name, the size they want and the date "
        "they asked."
    )
    assert {"customer_name", "size"} <= plain_field_names(spec, "special_request")


def test_each_one_down_with_and_each_other_with() -> None:
    spec = design(
        "We would like each litter pick down with its date and the street, and each volunteer "
        "with their name and phone, which matters when it rains."
    )
    assert {"date", "street"} <= plain_field_names(spec, "litter_pick")
    assert {"name", "phone"} <= plain_field_names(spec, "volunteer")


def test_each_one_down_with_keeps_a_which_item_in_its_list() -> None:
    spec = design(
        "We would like each delivery recorded with the date, which van it went in and the drop."
    )
    assert "drop" in plain_field_names(spec, "delivery")


def test_for_each_one_we_did_there_is() -> None:
    spec = design(
        "For each camera we bought there is the serial number, the model and what we paid."
    )
    assert {"serial_number", "model"} <= plain_field_names(spec, "camera")


def test_logged_per_one_colon() -> None:
    spec = design(
        "Screens: quality, supplier, cost. Each screen is for one phone model (brand, name). "
        "Fittings logged per screen: job no., date fitted."
    )
    assert ("fitting", "screen", "many_to_one") in relations(spec)


def test_and_those_named_in_the_list_need_their_own() -> None:
    spec = design(
        "Customers are listed with name, email and the employer they work for, and employers "
        "just need a name and a town."
    )
    assert {"name", "town"} <= plain_field_names(spec, "employer")


def test_when_it_is_late_we_send_one_and_note() -> None:
    spec = design(
        "Each library loan has a due date. When a loan is still out a week late, we send a "
        "reminder and note the date it went out and how it was sent (email or letter)."
    )
    assert ("reminder", "library_loan", "many_to_one") in relations(spec)
    assert "method" in plain_field_names(spec, "reminder")


def test_raise_one_against_it_and_it_goes_from() -> None:
    spec = design(
        "Each stock take has a date and a count. If a stock take is short we raise a query "
        "against it with the difference and a note, and it goes from open to answered to "
        "closed."
    )
    assert ("query", "stock_take", "many_to_one") in relations(spec)
    assert {"difference", "status"} <= plain_field_names(spec, "query")


def test_sends_one_every_night() -> None:
    spec = design(
        "The warden sends a round report every night, just a date, a time and a short note, so "
        "the office knows the site is locked."
    )
    assert {"date", "time"} <= plain_field_names(spec, "round_report")


def test_sent_for_one_which_we_log() -> None:
    spec = design(
        "Each agent has a name. Each week an agent phones in its booking return for a tour, "
        "which we log with the date and the seats sold."
    )
    assert ("booking_return", "agent", "many_to_one") in relations(spec)
    assert ("booking_return", "tour", "many_to_one") in relations(spec)


# --- records tied to another in the clause that lists them --------------------------------------


def test_log_each_against_the_one_it_was_for_colon() -> None:
    spec = design(
        "Each horse has a name. We want to log each farrier visit against the horse it was "
        "for: the date, the work done and what it cost."
    )
    assert ("farrier_visit", "horse", "many_to_one") in relations(spec)
    assert {"date", "cost"} <= plain_field_names(spec, "farrier_visit")


def test_goes_on_the_one_with() -> None:
    spec = design(
        "Each shift sheet has a date and a supervisor. Overtime worked during the shift also "
        "goes on the sheet, with who did it and how many hours."
    )
    assert ("overtime", "shift_sheet", "many_to_one") in relations(spec)


def test_goes_on_the_system_is_no_record() -> None:
    spec = design("Each seedling goes on the system with its variety and a sowing date.")
    assert "system" not in entity_names(spec)


def test_one_per_one_each_month_with() -> None:
    spec = design(
        "Tenants have a name. One statement per tenant each month with a statement number and "
        "a balance."
    )
    assert ("statement", "tenant", "many_to_one") in relations(spec)
    assert {"statement_number", "balance"} <= plain_field_names(spec, "statement")


def test_is_sent_one_and_we_record() -> None:
    spec = design(
        "Each applicant has a name. A month later each applicant is sent a survey, and we "
        "record the date it went and whether they answered."
    )
    assert ("survey", "applicant", "many_to_one") in relations(spec)


def test_goes_down_as_one_linked_to_the_days_sheet() -> None:
    spec = design(
        "Each till sheet has a date and a total. Cash taken out for stamps goes down as a "
        "payout with an amount and a reason, linked to that day's till sheet."
    )
    assert ("payout", "till_sheet", "many_to_one") in relations(spec)
    assert plain_field_names(spec, "payout") == {"amount", "reason"}


def test_logged_against_one_of_their_ones() -> None:
    spec = design(
        "Members buy class passes. Every class is logged against one of the member's passes "
        "with its date and the instructor."
    )
    assert ("class", "pass", "many_to_one") in relations(spec)


def test_handed_to_one_of_them_who_we_keep_with() -> None:
    spec = design(
        "Each repair has a fault. Then it is handed to one of the technicians, who we would "
        "just keep with a name and a grade."
    )
    assert {"name", "grade"} <= plain_field_names(spec, "technician")


def test_anyone_can_add_one_to_one() -> None:
    spec = design(
        "Each case has a number. Anyone in the office can add a comment to a case, just the "
        "text and when it was written."
    )
    assert ("comment", "case", "many_to_one") in relations(spec)


def test_keeps_one_for_every_one_with() -> None:
    spec = design(
        "The coaches keep a fitness card for every swimmer, with height, weight and resting pulse."
    )
    assert ("fitness_card", "swimmer", "many_to_one") in relations(spec)


def test_write_up_one_that_ties_two() -> None:
    spec = design(
        "When a car leaves we write up a sale that ties the car to the buyer, with the sale "
        "date and the price."
    )
    assert ("sale", "car", "many_to_one") in relations(spec)
    assert ("sale", "buyer", "many_to_one") in relations(spec)


def test_attach_ones_to_one_each_a_link() -> None:
    spec = design(
        "Inspectors attach photos to an inspection, each one a link plus an optional caption."
    )
    assert ("photo", "inspection", "many_to_one") in relations(spec)


def test_handled_by_someone_from_the_team_in_brackets() -> None:
    spec = design(
        "Each refund request has an amount. Each refund request is handled by someone from the "
        "accounts team (name, extension), and we want a monthly count."
    )
    assert ("refund_request", "accounts_team_member", "many_to_one") in relations(spec)
    assert {"name", "extension"} <= plain_field_names(spec, "accounts_team_member")


def test_each_weeks_one_is_no_week() -> None:
    spec = design(
        "Each week's briefing is logged with its date, the volunteer who gave it and how many "
        "people were there."
    )
    assert "week" not in entity_names(spec)


def test_and_one_of_ours_leads_it() -> None:
    spec = design(
        "A guided ride has a date, a start time and a meeting point, and one of our guides "
        "leads it."
    )
    assert ("guided_ride", "guide", "many_to_one") in relations(spec)


def test_in_one_that_is_part_of_the_other_with() -> None:
    spec = design(
        "Each round players get paired up in a game that is part of the tournament, with a "
        "date, a white player and a black player, and afterwards we write down the result."
    )
    assert ("game", "tournament", "many_to_one") in relations(spec)
    assert {"date", "result"} <= plain_field_names(spec, "game")


# --- lists of the one a record is tied to ------------------------------------------------------


def test_belongs_to_one_and_for_them_we_need() -> None:
    spec = design(
        "When a parcel comes in we put in the weight and the destination. The parcel belongs "
        "to a sender, obviously, and for them we only need a name, a phone number and an "
        "email."
    )
    assert {"name", "phone_number", "email"} <= plain_field_names(spec, "sender")


def test_belongs_to_one_where_and_to_another_which_is() -> None:
    spec = design(
        "Each loan belongs to a borrower, where we just want their name and phone, and to the "
        "term it falls in, which for us is only a start date and an end date."
    )
    assert {"name", "phone"} <= plain_field_names(spec, "borrower")
    assert {"start_date", "end_date"} <= plain_field_names(spec, "term")
    assert ("loan", "term", "many_to_one") in relations(spec)


def test_one_running_it_and_for_those_we_need() -> None:
    spec = design(
        "Each class has a date, a room and a staff member running it, and for staff we only "
        "need a name. For the pupils it's the name and the year group."
    )
    assert ("class", "staff_member", "many_to_one") in relations(spec)
    assert "name" in plain_field_names(spec, "pupil")


def test_linked_to_one_in_brackets_and_to_another_with() -> None:
    spec = design(
        "A complaint is linked to the branch (name and town) and, when a member of the public "
        "was involved, to that caller with their name and a phone."
    )
    assert ("complaint", "branch", "many_to_one") in relations(spec)
    assert ("complaint", "caller", "many_to_one") in relations(spec)


def test_the_record_before_is_linked_to_the_one_we_keep() -> None:
    spec = design(
        "Each bike has a frame number. When one goes, the sale is recorded against the bike "
        "with the sale date and the price, and it's linked to the buyer, who we keep on file "
        "with a name and email because some come back."
    )
    assert ("sale", "buyer", "many_to_one") in relations(spec)
    assert {"name", "email"} <= plain_field_names(spec, "buyer")


def test_the_one_for_one_all_we_need_there() -> None:
    spec = design(
        "Every rehearsal is for one concert (all we need there is the title and the date), and "
        "anything we hire for a rehearsal goes down as a hire with the item and what it cost."
    )
    assert {"title", "date"} <= plain_field_names(spec, "concert")
    assert ("hire", "rehearsal", "many_to_one") in relations(spec)


def test_recorded_and_uses_one_from_our_list() -> None:
    spec = design(
        "For each engraving job we record the date, the words and the price, and the job uses "
        "one plate from our plate list."
    )
    assert ("engraving_job", "plate", "many_to_one") in relations(spec)


def test_applies_to_join_we_record() -> None:
    spec = design(
        "When someone applies to join I'd like to record their name, their email and how they "
        "heard about us."
    )
    assert {"name", "email"} <= plain_field_names(spec, "application")
