"""Mechanisms measured as the loss on batch 56 (outdoor cinemas, drive-ins and hospital radio as
first written, its files lost with the machine; then toy, sling and car-seat libraries, uniform
swap shops, nearly-new sales and playgroups, written again), on batch 54 and on leftovers of
earlier rounds.
Each test designs a sentence of its own end to end, with a twin the change must leave alone: a
note's header that names what each record is kept for, what a record *is* said as a list, a
place split into numbered parts, a booking for one thing on one other, the time we do something
to a thing, a status set *if* something happens, a count of a status's records, a count per
kind of a listed field, the amount paid as money, a wish said as *what I want is*, which one
won it, a borrowing said of one borrower, the one who sent them with their list in brackets
after, an average per record that is no pairing's value, what it cost to buy, a speaker's
opening *so*, one verb serving two lists, a check date, sessions that suit them, a place
booked at a session, attendance, a record tying two with its list, lending things to people,
one of ours who signs off each record, what we note when we act on things, a possessive in a
field's name, who does each record said with *by*, a condition of listed values, steps told
from where a record starts, a record an act is made through, what we keep of the subject said
between commas or dashes, examples of the stuff we keep as records, who picked it, things
brought in, records placed for one thing with their list, the things each one owns, and a
record where one person signs in one of their things; and, from batch 57 once its first figure
was taken, *as well* after a field, a record putting one in another, and a record that is just
another word with a list."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows, relations

from appwright.design.offline.simplify import simplify
from appwright.spec.models import AppSpec


def reports_of(spec: AppSpec) -> list[tuple[str, str, list[str]]]:
    return [(r.entity, r.measure.agg, list(r.group_by)) for r in spec.reports]


def test_a_header_naming_what_each_record_is_kept_for_lists_its_fields() -> None:
    spec = design(
        "Headsets have a serial number and a colour. Fault report per headset: date found, "
        "fault, notes."
    )
    assert field_types(spec, "fault_report") == {
        "date_found": "date",
        "fault": "text",
        "notes": "long_text",
        "headset_id": "reference",
    }
    assert ("fault_report", "headset", "many_to_one") in relations(spec)


def test_a_header_of_totals_per_record_is_no_record_of_the_record() -> None:
    assert simplify("hire totals per bike: number and income") == (
        "hire totals per bike: number and income"
    )


def test_what_a_record_is_said_as_a_list_is_its_fields() -> None:
    spec = design("Every week we run a class, which is a topic and a date and a room number.")
    assert field_types(spec, "class") == {"topic": "text", "date": "date", "room_number": "text"}


def test_what_a_record_is_said_as_a_quality_is_left_as_it_was() -> None:
    assert simplify("every week we run a class, which is popular with parents") == (
        "every week we run a class, which is popular with parents"
    )


def test_the_numbered_parts_a_place_is_split_into_are_records() -> None:
    spec = design(
        "The car park is split into numbered spaces, some of them marked as disabled spaces."
    )
    assert field_types(spec, "space") == {"number": "text", "disabled": "boolean"}


def test_some_marked_as_other_things_are_left_as_they_were() -> None:
    spec = design(
        "The car park is split into numbered spaces, some of them marked as disabled bays."
    )
    assert "space" not in entity_names(spec)


def test_a_booking_for_one_thing_on_one_other_points_at_both() -> None:
    spec = design(
        "Each pitch has a size. Each weekend has a start date. When somebody books they get one "
        "pitch for one weekend, and we take their name and phone number."
    )
    assert ("booking", "pitch", "many_to_one") in relations(spec)
    assert ("booking", "weekend", "many_to_one") in relations(spec)
    assert {"pitch_id", "weekend_id", "phone_number"} <= set(field_types(spec, "booking"))
    assert not {("pitch", "weekend", "many_to_one"), ("weekend", "pitch", "many_to_one")} & (
        relations(spec)
    )


def test_the_time_we_do_something_to_a_thing_is_named_by_the_thing() -> None:
    spec = design("Each concert has a title and the time we open the doors.")
    assert field_types(spec, "concert") == {"title": "text", "door_opening_time": "datetime"}


def test_a_status_we_set_if_something_happens_ends_the_flow() -> None:
    spec = design(
        "Each booking has a date. Bookings are made, then checked in when the guest arrives, and "
        "if they never turn up we mark it a no-show."
    )
    assert flows(spec)["booking"] == ("status", ["made", "checked_in", "no_show"])


def test_a_condition_before_and_then_is_left_in_the_steps() -> None:
    spec = design(
        "Each booking has a date. Bookings are made, then checked in when the guest arrives and "
        "then finished."
    )
    assert flows(spec)["booking"] == ("status", ["made", "checked_in", "finished"])


def test_a_count_of_one_status_counts_the_records_by_their_status() -> None:
    spec = design(
        "Each booking has a date and a status (confirmed, no-show or cancelled). I want to know "
        "how many no-shows we had per month."
    )
    assert reports_of(spec) == [("booking", "count", ["status"])]
    assert spec.reports[0].time_bucket is not None
    assert spec.reports[0].time_bucket.field == "date"


def test_a_count_per_kind_of_a_listed_field_groups_by_the_field() -> None:
    spec = design(
        "Each fault report has a date and a fault (screen, battery or strap). I want the number "
        "of faults per fault type."
    )
    assert reports_of(spec) == [("fault_report", "count", ["fault"])]


def test_the_amount_paid_is_the_money_taken() -> None:
    spec = design("Each sale has the amount paid and a date. I want total takings per month.")
    assert [(r.entity, r.measure.agg, r.measure.field) for r in spec.reports] == [
        ("sale", "sum", "amount_paid")
    ]


def test_a_wish_said_as_what_i_want_is_a_report_each_period() -> None:
    spec = design(
        "Each show has a title. Each sale has a show and the amount paid. What I really want at "
        "the end of each month is the total takings per show."
    )
    assert reports_of(spec) == [("sale", "sum", ["show"])]
    assert spec.reports[0].time_bucket is not None
    assert spec.reports[0].time_bucket.unit == "month"


def test_which_one_won_it_noted_after_a_list_is_the_records_link() -> None:
    spec = design(
        "Each game has a name and a prize, and we note which player won it. A player has a name."
    )
    assert field_types(spec, "game") == {
        "name": "text",
        "prize": "decimal",
        "player_id": "reference",
    }


def test_which_one_won_it_said_as_a_subject_is_left_as_it_was() -> None:
    spec = design(
        "Each game has a name and a prize, and which player won it is up to the referee. A "
        "player has a name."
    )
    assert ("game", "player", "many_to_one") not in relations(spec)


def test_one_borrower_borrowing_things_is_a_loan_of_theirs() -> None:
    spec = design(
        "A member has a name. Then the member borrows books, and each book has a title. Every "
        "loan has a start date."
    )
    assert ("loan", "member", "many_to_one") in relations(spec)
    assert ("loan", "book", "many_to_one") in relations(spec)


def test_one_reader_reading_things_is_no_loan() -> None:
    spec = design(
        "A member has a name. The member reads books, and each book has a title. Every loan has "
        "a start date."
    )
    assert "loan_id" not in field_types(spec, "book")
    assert ("loan", "book", "many_to_one") not in relations(spec)


def test_who_sent_them_with_their_list_in_brackets_after_is_a_record() -> None:
    spec = design(
        "We keep each tenant's name and phone, plus which agent sent them (for agents we keep a "
        "name, their firm and an email so we can write back)."
    )
    assert field_types(spec, "agent") == {"name": "text", "firm": "text", "email": "email"}
    assert ("tenant", "agent", "many_to_one") in relations(spec)


def test_an_average_for_each_record_is_no_value_of_a_pairing() -> None:
    spec = design(
        "A child has a name. Each piece of equipment has a name. Then the child borrows "
        "equipment. Every loan has a start date and a return date. I want to see the average "
        "loan length for each piece of equipment."
    )
    assert "loan_equipment" not in entity_names(spec)
    assert ("loan", "equipment", "many_to_one") in relations(spec)


def test_a_length_noted_for_each_part_used_is_the_pairings() -> None:
    spec = design(
        "A job has a date. A part has a name. A job uses several parts, and we note the length "
        "of each part used."
    )
    assert field_types(spec, "job_part")["length"] == "decimal"


def test_what_it_cost_us_to_buy_is_the_purchase_cost() -> None:
    spec = design("Each tool has a name and what it cost us to buy.")
    assert field_types(spec, "tool") == {"name": "text", "purchase_cost": "decimal"}


def test_what_it_cost_us_is_the_cost() -> None:
    spec = design("Each tool has a name and what it cost us.")
    assert field_types(spec, "tool") == {"name": "text", "cost": "decimal"}


def test_a_speakers_opening_so_is_no_part_of_the_business() -> None:
    spec = design(
        "So we're a small charity lending toys to families of children with additional needs. "
        "A child has a first name."
    )
    assert entity_names(spec) == {"child"}


def test_so_far_is_left_as_it_was() -> None:
    assert simplify("so far the repairs are on paper") == "so far the repairs are on paper"


def test_a_sentence_that_is_all_business_opening_keeps_what_we_have() -> None:
    assert simplify("we are a small charity with additional needs.") == ("we have additional needs")


def test_one_verb_said_once_serves_the_second_records_list() -> None:
    spec = design(
        "A family has a parent name and how many children they bring, a volunteer a name, phone "
        "and DBS check date."
    )
    assert field_types(spec, "volunteer") == {
        "name": "text",
        "phone": "text",
        "dbs_check_date": "date",
    }
    assert {"parent_name", "children"} <= set(field_types(spec, "family"))
    assert "phone" not in field_types(spec, "family")


def test_a_plain_list_of_one_record_is_left_as_it_was() -> None:
    spec = design("A family has a parent name, a phone and an email.")
    assert field_types(spec, "family") == {
        "parent_name": "text",
        "phone": "text",
        "email": "email",
    }


def test_people_signing_up_to_help_at_whichever_sessions_suit_them_are_many_to_many() -> None:
    spec = design(
        "Each session has a date, and volunteers sign up to help at whichever sessions suit "
        "them. A volunteer has a name."
    )
    assert ("volunteer", "session", "many_to_many") in relations(spec)


def test_a_place_booked_at_a_session_is_a_booking_with_what_is_given_and_noted() -> None:
    spec = design(
        "Each session has a date. Families book a place at a session, leave a donation and we "
        "tick whether they came. A family has a name."
    )
    assert field_types(spec, "booking") == {
        "donation": "decimal",
        "attended": "boolean",
        "family_id": "reference",
        "session_id": "reference",
    }


def test_a_place_booked_and_then_something_else_done_is_left_as_it_was() -> None:
    spec = design(
        "Each session has a date. Families book a place at a session, and then they pay the "
        "bill. A family has a name."
    )
    assert "booking" not in entity_names(spec)


def test_average_attendance_per_session_counts_the_bookings_at_each() -> None:
    spec = design(
        "Each session has a date. Families book a place at a session and we tick whether they "
        "came. A family has a name. I'd like average attendance per session."
    )
    assert reports_of(spec) == [("booking", "count", ["session"])]


def test_attendance_with_nothing_kept_of_it_is_no_report() -> None:
    spec = design(
        "Each session has a date. A family has a name. I'd like average attendance per session."
    )
    assert spec.reports == []


def test_a_record_tying_two_with_a_list_keeps_the_list() -> None:
    spec = design(
        "Each contract has a start date, and each contract ties a client to one cleaner with a "
        "weekly fee and a day of the week. A client has a name. A cleaner has a name."
    )
    assert {"weekly_fee", "client_id", "cleaner_id"} <= set(field_types(spec, "contract"))
    assert "weekly_fee" not in field_types(spec, "cleaner")


def test_things_we_lend_to_people_are_the_loans_not_the_peoples() -> None:
    spec = design(
        "We lend car seats to families. For every seat we keep the make. Families register with "
        "a name. Each loan has a start date."
    )
    assert ("loan", "family", "many_to_one") in relations(spec)
    assert ("seat", "family", "many_to_one") not in relations(spec)


def test_things_sent_to_people_are_still_theirs() -> None:
    spec = design(
        "Seats are sent to families. For every seat we keep the make. Families register with a "
        "name."
    )
    assert ("seat", "family", "many_to_one") in relations(spec)


def test_one_of_ours_signing_off_each_record_is_the_one_it_points_at() -> None:
    spec = design(
        "Each loan has a start date. A fitter has a name. One of our fitters signs off each loan "
        "after checking the installation."
    )
    assert ("loan", "fitter", "many_to_one") in relations(spec)


def test_one_of_ours_on_call_each_weekend_is_no_link() -> None:
    spec = design(
        "Each loan has a start date. A fitter has a name. One of our fitters is on call each "
        "weekend."
    )
    assert ("loan", "fitter", "many_to_one") not in relations(spec)


def test_what_we_note_when_we_act_on_things_is_the_acts_list() -> None:
    spec = design(
        "Each check day has a date. Every inspection is done by a technician. On the day we "
        "inspect cars: registration, seat brand and a result (pass or fail)."
    )
    found = field_types(spec, "inspection")
    assert {"registration": "text", "seat_brand": "text", "result": "enum"}.items() <= (
        found.items()
    )


def test_what_we_note_when_we_see_things_is_left_as_it_was() -> None:
    spec = design(
        "Each check day has a date. On the day we see cars: registration, seat brand and a "
        "result (pass or fail)."
    )
    assert "sighting" not in entity_names(spec)
    assert "registration" not in str(spec.to_json_dict()["entities"])


def test_a_possessive_in_a_field_leaves_no_stray_s() -> None:
    spec = design("Each family has the child's age in months and the child's weight in kilos.")
    assert set(field_types(spec, "family")) == {"child_age_months", "child_weight_kilos"}


def test_who_does_each_record_said_with_by_is_no_report() -> None:
    spec = design("Every inspection is done by a technician (name, email).")
    assert spec.reports == []
    assert ("inspection", "technician", "many_to_one") in relations(spec)


def test_a_condition_of_listed_values_is_one_of_them() -> None:
    spec = design("Each item has a size and a condition of like new, good or worn.")
    found = spec.entity("item")
    assert found is not None and found.field("condition") is not None
    assert found.field("condition").options == ["like_new", "good", "worn"]  # type: ignore[union-attr]


def test_a_level_of_something_is_left_as_it_was() -> None:
    spec = design("Each room has a level of comfort and a name.")
    assert "level_of_comfort" in field_types(spec, "room")


def test_steps_told_from_where_a_record_starts_are_its_flow() -> None:
    spec = design(
        "Each loan has a due date. A loan starts as reserved, goes out, and comes back as "
        "returned, or is written off as lost."
    )
    assert flows(spec)["loan"] == ("status", ["reserved", "out", "returned", "lost"])


def test_a_start_then_something_we_do_is_no_flow() -> None:
    spec = design("Each loan has a due date. A loan starts as reserved and we check it.")
    assert "loan" not in flows(spec)


def test_a_record_an_act_is_made_through_holds_the_act() -> None:
    spec = design(
        "A family borrows a toy through a loan with a due date, handed out by one of our "
        "volunteers. A toy has a name."
    )
    assert field_types(spec, "loan") == {
        "due_date": "date",
        "family_id": "reference",
        "toy_id": "reference",
        "volunteer_id": "reference",
    }


def test_an_act_through_a_time_is_left_as_it_was() -> None:
    spec = design("A family borrows a toy through the week. A toy has a name.")
    assert "loan" not in entity_names(spec)


def test_what_we_keep_of_the_subject_said_between_commas_is_its_list() -> None:
    spec = design(
        "Pickers, and really we only need their name and phone number, bring in batches. Each "
        "batch has a weight."
    )
    assert field_types(spec, "picker") == {"name": "text", "phone_number": "text"}
    assert ("batch", "picker", "many_to_one") in relations(spec)


def test_what_we_keep_of_the_subject_said_between_dashes_is_its_list() -> None:
    spec = design(
        "A product has a name. On the other side restaurants - we keep the restaurant name, the "
        "chef's name and an email - place orders for a product with a quantity in kilos."
    )
    assert field_types(spec, "restaurant") == {
        "restaurant_name": "text",
        "chef_name": "text",
        "email": "email",
    }
    assert field_types(spec, "product") == {"name": "text"}


def test_a_remark_between_commas_is_left_as_it_was() -> None:
    assert simplify("pickers, and we love them, bring in batches") == (
        "pickers, and we love them, bring in batches"
    )


def test_examples_of_the_stuff_we_keep_as_records_name_no_record() -> None:
    spec = design(
        "The stuff itself, wild garlic, samphire and so on, we keep as products, each with a "
        "name and a price per kilo."
    )
    assert field_types(spec, "product") == {"name": "text", "price_per_kilo": "decimal"}


def test_the_stuff_kept_somewhere_is_left_as_it_was() -> None:
    assert simplify("the stuff itself is kept in the shed") == "the stuff is kept in the shed"


def test_who_picked_it_when_pickers_are_kept_is_the_picker() -> None:
    spec = design(
        "A picker has a name. Each batch has a weight, and for every batch we jot down who "
        "picked it."
    )
    assert field_types(spec, "batch") == {"weight": "decimal", "picker_id": "reference"}


def test_who_liked_it_with_no_likers_kept_is_a_field() -> None:
    spec = design(
        "A picker has a name. Each batch has a weight, and for every batch we jot down who "
        "liked it."
    )
    assert "picker_id" not in field_types(spec, "batch")


def test_things_people_bring_in_are_each_one_of_theirs() -> None:
    spec = design("A picker has a name. Pickers bring in batches. Each batch has a weight.")
    assert ("batch", "picker", "many_to_one") in relations(spec)
    assert ("picker", "batch", "many_to_many") not in relations(spec)


def test_records_placed_for_one_thing_with_a_list_keep_the_list() -> None:
    spec = design(
        "A product has a name. A restaurant has a name. Restaurants place orders for a product "
        "with a quantity in kilos and a delivery date."
    )
    assert field_types(spec, "order") == {
        "quantity_kilos": "decimal",
        "delivery_date": "date",
        "restaurant_id": "reference",
        "product_id": "reference",
    }
    assert "delivery_date" not in field_types(spec, "product")


def test_records_placed_for_one_thing_with_care_are_left_as_they_were() -> None:
    assert simplify("restaurants place orders for a product with care") == (
        "restaurants place orders for a product with care"
    )


def test_a_header_naming_the_things_each_one_owns_lists_the_things_fields() -> None:
    spec = design(
        "A member has a name. The boats each member owns: a name, a length in metres and a colour."
    )
    assert field_types(spec, "boat") == {
        "name": "text",
        "length_metres": "decimal",
        "colour": "text",
        "member_id": "reference",
    }


def test_a_header_of_things_each_week_is_left_as_it_was() -> None:
    assert simplify("the boats each week: a name and a length") == (
        "the boats each week: a name and a length"
    )


def test_a_record_where_one_person_signs_in_one_of_their_things_points_at_both() -> None:
    spec = design(
        "A member has a name. A boat has a name. A race entry, where a member signs in one of "
        "their boats with the date and a sail number."
    )
    assert field_types(spec, "race_entry") == {
        "date": "date",
        "sail_number": "text",
        "member_id": "reference",
        "boat_id": "reference",
    }


def test_a_record_where_someone_is_something_is_left_as_it_was() -> None:
    assert simplify("a race entry, where a member is happy") == (
        "a race entry, where a member is happy"
    )


def test_as_well_after_a_field_is_no_part_of_its_name() -> None:
    spec = design("Members join with a name and an email, so we need their renewal date as well.")
    assert field_types(spec, "member") == {
        "name": "text",
        "email": "email",
        "renewal_date": "date",
    }


def test_as_well_as_is_left_as_it_was() -> None:
    assert "as well as" in simplify("members join with a name, as well as a sponsor")


def test_a_record_putting_one_in_another_with_a_list_points_at_both() -> None:
    spec = design(
        "Each assignment puts a sitter in a home with a start date and an end date. A sitter "
        "has a name. A home has a town."
    )
    assert field_types(spec, "assignment") == {
        "start_date": "date",
        "end_date": "date",
        "sitter_id": "reference",
        "home_id": "reference",
    }


def test_a_record_putting_one_at_ease_is_left_as_it_was() -> None:
    assert simplify("each assignment puts a sitter at ease") == (
        "each assignment puts a sitter at ease"
    )


def test_a_record_that_is_just_another_word_with_a_list_has_the_list() -> None:
    spec = design(
        "Each week a member posts a notice, which is really just a card with the town, the date "
        "and a short description."
    )
    assert "card" not in entity_names(spec)
    assert {"town", "date", "short_description"} <= set(field_types(spec, "notice"))
