"""Mechanisms measured as the loss on batches 57 to 59, read again in the round that read batch
60 (house sitting and linen, yoga and retreats, school clubs, trips, lessons and lettings).

Each test designs a sentence of its own end to end, with a twin the change must leave alone:
a date after two records, how often a step comes, what most of a group are, a wish for a
figure, a form sent out for each one and the wait until it is signed, payments recorded against
two records, a record that is one doing something with another, the steps after *before*,
someone given to each record to do something, a list of a record's own, the act written down
each time, one record per another with its list, one group attended, what each one is marked
as, when each one gets something, what a detail is for, a record that puts one in, a yes/no
kept as a tick, people coming along, one member of a group in charge, examples between commas,
a title for the app, the records said to be there, each time one goes out, what each one owns,
a flow said of plural records, the year of an act and when a yes/no holds."""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    field_types,
    flows,
    relations,
    report_titles,
    simplified,
)

from appwright.design.offline.counts_said import plain_about_who_sees
from appwright.design.offline.fields_said import one_on_one_on_a_date
from appwright.design.offline.people_put_on import gets_one_to_do
from appwright.design.offline.what_a_record_is import one_doing_one_on_a_date


def test_one_on_one_on_a_date_is_a_record_with_the_date() -> None:
    spec = design(
        "Pitches have a name. Clubs have a name. A booking is one club on one pitch on a date "
        "with a start time and a price."
    )
    assert {"date", "start_time", "price"} <= set(field_types(spec, "booking"))
    assert ("booking", "pitch", "many_to_one") in relations(spec)


def test_one_on_one_with_no_date_stays() -> None:
    text = "a booking is one club on one pitch."
    assert one_on_one_on_a_date(text) == text


def test_how_often_a_step_comes_is_no_state() -> None:
    spec = design(
        "A booking has a date, and it starts off provisional, gets confirmed, and now and then "
        "gets cancelled."
    )
    assert flows(spec)["booking"][1] == ["provisional", "confirmed", "cancelled"]


def test_now_and_then_before_no_step_stays() -> None:
    text = "now and then we run a sale."
    assert simplified(text) == text


def test_what_most_of_a_group_are_names_no_field() -> None:
    spec = design(
        "The clubs, mostly junior football plus a Sunday cricket team, each have a club name, a "
        "contact person and an email."
    )
    assert set(field_types(spec, "club")) == {"club_name", "contact_person", "email"}


def test_a_group_and_another_listed_stay_two() -> None:
    text = "the clubs, the pitches and the coaches each have a name."
    assert simplified(text) == text


def test_a_wish_said_as_what_i_want_out_of_it_is_the_figure() -> None:
    titles = report_titles(
        "Pitches have a name and a price. What I really want out of it is the income per pitch "
        "per month."
    )
    assert titles == ["Income per pitch per month"]


def test_a_form_sent_for_each_one_and_its_wait_are_a_record_and_its_flow() -> None:
    spec = design(
        "Pupils have a name. When a pupil is invited we send home a consent form; it sits as "
        "pending until a parent signs or refuses it, and we note the date it came back."
    )
    assert field_types(spec, "consent_form")["return_date"] == "date"
    assert ("consent_form", "pupil", "many_to_one") in relations(spec)
    assert flows(spec)["consent_form"][1] == ["pending", "signed", "refused"]


def test_a_wait_with_no_act_ending_it_stays() -> None:
    text = "the form sits as pending for a week."
    assert simplified(text) == text


def test_payments_recorded_against_two_records_point_at_both() -> None:
    spec = design(
        "Pupils have a name. Trips have a date. Parents may pay in several instalments, each "
        "recorded against the pupil and the trip with the amount and the date."
    )
    assert {("payment", "pupil", "many_to_one"), ("payment", "trip", "many_to_one")} <= relations(
        spec
    )
    assert {"amount", "date"} <= set(field_types(spec, "payment"))


def test_records_recorded_against_one_keep_their_own_name() -> None:
    spec = design(
        "Boats have a name. We get several faults, each recorded against the boat with a note."
    )
    assert ("fault", "boat", "many_to_one") in relations(spec)


def test_a_record_that_is_one_doing_something_with_another_is_theirs() -> None:
    spec = design(
        "Spaces have a name. Hirers have a name. A letting is a hirer using a space on a date "
        "between a start and end time, and it starts as requested before being approved or "
        "declined."
    )
    assert field_types(spec, "space") == {"name": "text"}
    assert {"date", "start_time", "end_time", "status"} <= set(field_types(spec, "letting"))
    assert flows(spec)["letting"][1] == ["requested", "approved", "declined"]


def test_someone_doing_something_with_no_date_stays() -> None:
    text = "a letting is a hirer using a space."
    assert one_doing_one_on_a_date(text) == text


def test_someone_given_to_each_record_to_do_something_is_its_link() -> None:
    spec = design("A letting has a date. Every letting gets a caretaker to unlock and lock up.")
    assert ("letting", "caretaker", "many_to_one") in relations(spec)


def test_something_given_to_each_record_with_no_act_stays() -> None:
    text = "every letting gets a discount to the end of june."
    assert gets_one_to_do(text) == text


def test_a_list_of_a_records_own_is_its_records() -> None:
    spec = design(
        "Each child has a name, and each child has their own list of adults who are allowed to "
        "collect them, with the adult's name and phone number."
    )
    assert ("adult", "child", "many_to_one") in relations(spec)
    assert ("child", "adult", "many_to_one") not in relations(spec)


def test_the_act_written_down_each_time_is_a_record_of_it() -> None:
    spec = design(
        "Each child has a name. Adults have a name. When a child goes home we write down which "
        "of those adults picked them up and the time, and if it's after six there's a late fee."
    )
    assert {("pickup", "child", "many_to_one"), ("pickup", "adult", "many_to_one")} <= relations(
        spec
    )
    assert field_types(spec, "pickup")["late_fee"] == "decimal"


def test_which_one_did_it_with_no_particle_stays() -> None:
    text = "when a child goes home we write down which adult came."
    assert simplified(text) == "when a child goes home, we write down which adult came."


def test_one_record_per_another_with_its_list_points_at_the_other() -> None:
    spec = design(
        "Each child has a name. Billing is monthly, one invoice per child with the month, the "
        "amount and whether it's been paid."
    )
    assert ("invoice", "child", "many_to_one") in relations(spec)


def test_one_person_per_record_is_the_records() -> None:
    spec = design("Each shift has a date. One lifeguard per shift.")
    assert ("shift", "lifeguard", "many_to_one") in relations(spec)


def test_one_group_attended_is_the_one_each_belongs_to() -> None:
    spec = design("Pupils each attend one school and have a name and an instrument.")
    assert ("pupil", "school", "many_to_one") in relations(spec)


def test_groups_attended_are_many() -> None:
    spec = design("Clubs have a name. Pupils have a name. Pupils attend clubs.")
    assert ("pupil", "club", "many_to_many") in relations(spec)


def test_what_each_one_is_marked_as_is_its_status() -> None:
    spec = design(
        "For each lesson I log the date and start time, and mark it as taught, pupil absent or "
        "cancelled by school."
    )
    assert field_types(spec, "lesson")["status"] == "enum"


def test_marking_it_as_one_thing_stays() -> None:
    text = "for each lesson i log the date, and mark it as taught."
    # the owner's *I* is *we* (round 58); *and mark it* is no field of a has-list
    assert simplified(text) == "for each lesson we log the date, and mark it as taught."


def test_when_each_one_gets_something_is_no_part_of_it() -> None:
    spec = design(
        "Pupils have a name. At the end of term every pupil gets an invoice with the term, a "
        "total and whether it has been paid."
    )
    assert ("invoice", "pupil", "many_to_one") in relations(spec)
    assert "pupil" not in {r[1] for r in relations(spec) if r[0] == "term"}


def test_at_the_end_of_a_month_before_a_wish_stays() -> None:
    text = "at the end of each month i want the total per pupil."
    assert simplified(text).startswith("at the end of each month")


def test_what_a_detail_is_for_names_no_more_of_it() -> None:
    spec = design("Pupils have a name and a parent's name and email for billing.")
    assert set(field_types(spec, "pupil")) == {"name", "parent_name", "email"}


def test_for_a_record_after_a_detail_stays() -> None:
    assert "for billing" not in simplified("a parent's email for billing.")
    text = "an email for each parent."
    assert simplified(text) == text


def test_a_record_that_puts_one_in_for_a_date_is_theirs() -> None:
    spec = design(
        "Each child has a name. A booking puts a child in for a particular date, with the fee "
        "charged and a tick for whether they actually came."
    )
    assert field_types(spec, "booking") == {
        "date": "date",
        "fee_charged": "decimal",
        "attended": "boolean",
        "child_id": "reference",
    }
    assert "fee_charged" not in field_types(spec, "child")


def test_a_person_putting_one_in_for_a_date_stays() -> None:
    text = "the manager puts a child in for a date."
    assert simplified(text) == text


def test_people_coming_along_are_the_records() -> None:
    spec = design("Staff coming along have a name and a mobile number.")
    assert field_types(spec, "staff") == {"name": "text", "mobile_number": "text"}


def test_one_member_of_a_group_in_charge_points_at_the_group() -> None:
    spec = design(
        "Staff have a name. Each dorm has a name, a number of beds and one member of staff in "
        "charge."
    )
    # the group that lists the fields is the member said elsewhere (round 59 f): one record
    assert ("dorm", "staff_member", "many_to_one") in relations(spec)
    assert "staff" not in entity_names(spec)


def test_examples_between_commas_are_no_records() -> None:
    spec = design(
        "We've got item types, a king duvet cover, a bath towel, a tea towel and so on, each "
        "with a name and a replacement cost."
    )
    assert entity_names(spec) == {"item_type"}


def test_a_list_between_commas_with_no_examples_word_stays() -> None:
    text = "we have item types, a towel, a sheet, each with a name."
    assert simplified(text) == text


def test_a_title_for_the_app_names_no_record() -> None:
    spec = design("Cat-sitting app for our drop-in visits. Each cat has a name.")
    assert entity_names(spec) == {"cat"}


def test_an_app_for_a_kind_of_record_names_it() -> None:
    text = "we need an app for our bookings, each with a date."
    assert simplified(text) != ""


def test_the_records_said_to_be_there_keep_their_list() -> None:
    spec = design(
        "Then there are the laundries we send it all to, just their name, a contact email and "
        "their price per kilo."
    )
    assert field_types(spec, "laundry") == {
        "name": "text",
        "contact_email": "email",
        "price_per_kilo": "decimal",
    }


def test_there_is_something_with_no_list_stays() -> None:
    text = "then there are the laundries we send it all to."
    assert simplified(text) == text


def test_each_time_one_goes_out_which_one_and_the_rest_are_its() -> None:
    spec = design(
        "Laundries have a name. Every time a batch goes out I want to log which laundry, the date "
        "sent and the weight in kilos."
    )
    assert ("batch", "laundry", "many_to_one") in relations(spec)
    assert "date_sent" in field_types(spec, "batch")


def test_what_each_one_owns_has_its_own_list() -> None:
    spec = design(
        "For each owner we note a name, email and phone, and for each of their cats the name, "
        "age and a link to a photo."
    )
    assert ("cat", "owner", "many_to_one") in relations(spec)
    assert {"name", "age"} <= set(field_types(spec, "cat"))


def test_a_flow_said_of_plural_records_is_their_flow() -> None:
    spec = design(
        "A booking has a price. Bookings start as an enquiry, become deposit paid, turn active "
        "while we're visiting and end up finished, though they can be refunded before they go "
        "active."
    )
    assert flows(spec)["booking"][1] == [
        "enquiry",
        "deposit_paid",
        "active",
        "finished",
        "refunded",
    ]


def test_records_that_start_as_something_long_stay() -> None:
    text = "members start as a friend of someone who belongs here."
    assert simplified(text) == text


def test_the_year_of_an_act_and_when_a_yes_no_holds_name_the_fields() -> None:
    spec = design(
        "For every bus we keep the year it entered service and whether it can be switched out "
        "on quiet days."
    )
    assert field_types(spec, "bus") == {
        "year_entered_service": "integer",
        "can_be_switched_out": "boolean",
    }


def test_the_date_someone_joined_us_keeps_its_name() -> None:
    spec = design("For every member we keep the name and the date they joined us.")
    assert field_types(spec, "member") == {"name": "text", "joined_date": "date"}


def test_a_header_of_notes_with_a_dash_or_who_they_are_is_the_records() -> None:
    spec = design(
        "Beds: name, hectares. Cuts per bed each winter - date, bundles, grade (first, second, "
        "mixed). Thatchers who buy from us: name, phone."
    )
    assert ("cut", "bed", "many_to_one") in relations(spec)
    assert field_types(spec, "thatcher") == {"name": "text", "phone": "text"}


def test_a_dash_in_a_sentence_with_no_list_stays() -> None:
    text = "cuts per bed each winter - we do them by hand."
    assert "cuts per bed each winter:" not in simplified(text)


def test_an_act_jotted_down_is_the_record_of_it() -> None:
    spec = design(
        "Vans have a registration. Every day a driver takes a van out on a round and I jot that "
        "shift down with the date and the cash takings."
    )
    assert {
        ("shift", "driver", "many_to_one"),
        ("shift", "van", "many_to_one"),
        ("shift", "round", "many_to_one"),
    } <= relations(spec)


def test_an_act_jotted_down_as_one_of_its_own_stays() -> None:
    text = "a driver takes a van out and i jot the van down with the date."
    assert "each van belongs" not in simplified(text)


def test_what_we_need_for_them_is_theirs() -> None:
    spec = design(
        "The drivers are mostly students over the summer, so for them I just need a name, a "
        "phone number and whether they've got their food hygiene certificate, yes or no."
    )
    assert field_types(spec, "driver") == {
        "name": "text",
        "phone_number": "text",
        "food_hygiene_certificate": "boolean",
    }


def test_yes_or_no_without_whether_stays() -> None:
    text = "each van has a name and a fridge, yes or no."
    assert simplified(text) == text


def test_what_a_record_is_made_up_of_are_its_records() -> None:
    spec = design(
        "Then there are the rounds: a round has a name and a day of the week, and it's made up of "
        "stops, each with a street name and the time we're meant to arrive."
    )
    assert ("stop", "round", "many_to_one") in relations(spec)
    assert "street_name" in field_types(spec, "stop")


def test_a_wish_at_the_end_of_the_season_is_the_figure() -> None:
    titles = report_titles(
        "Rounds have a name. Shifts have a date and takings and belong to a round. What I really "
        "want at the end of the season is takings per round per week."
    )
    assert titles == ["Takings per round per week"]


def test_the_kinds_a_record_is_are_its_types() -> None:
    spec = design(
        "Each kit item is a harness, belay device, rope or auto-belay and has a serial number."
    )
    assert field_types(spec, "kit_item") == {"type": "enum", "serial_number": "text"}


def test_a_record_that_is_one_thing_stays() -> None:
    text = "each kit item is a harness and has a serial number."
    assert "a type (" not in simplified(text)


def test_a_list_of_records_each_with_fields_is_several_records() -> None:
    spec = design(
        "Commissions have a fee. A commission also gets a list of past occupants, each with a "
        "name and an occupation."
    )
    assert ("past_occupant", "commission", "many_to_one") in relations(spec)


def test_one_record_turning_up_in_several_is_shared() -> None:
    spec = design(
        "Commissions have a fee. As I work I attach sources (every source has a type of census, "
        "map, deed or other, a title and a link to the scan), and one source often turns up in "
        "several commissions."
    )
    assert ("source", "commission", "many_to_many") in relations(spec)
    assert field_types(spec, "source")["type"] == "enum"


def test_people_turning_up_at_several_events_stay() -> None:
    text = "one volunteer turns up at several events."
    assert simplified(text) == text


def test_what_is_recorded_each_time_people_act_is_the_acts_record() -> None:
    spec = design(
        "Items have a serial number. Staff members (just a name) inspect items and record the "
        "date, the outcome (pass, monitor, fail) and any comments."
    )
    assert field_types(spec, "staff_member") == {"name": "text"}
    assert {
        ("inspection", "item", "many_to_one"),
        ("inspection", "staff_member", "many_to_one"),
    } <= relations(spec)


def test_people_who_record_with_no_act_of_their_own_stay() -> None:
    text = "staff members have items and record the date."
    assert "each" not in simplified(text)


def test_a_record_that_starts_in_a_state_moves_through_the_rest() -> None:
    spec = design(
        "An item has a serial number. An item starts in service, is moved to quarantined after "
        "a failed check and ends up retired, and only the technical manager may retire kit."
    )
    assert flows(spec)["item"][1] == ["in_service", "quarantined", "retired"]
    assert (
        "technical_manager"
        in design(
            "An item has a serial number. An item starts in service, is moved to quarantined after "
            "a failed check and ends up retired, and only the technical manager may retire kit."
        ).permissions.roles
    )


def test_who_sees_the_lot_said_frankly_arerole_names() -> None:
    spec = design(
        "Cases have a name. Researchers have a name. Cases are handed to one of our researchers, "
        "and to be honest researchers should only be able to open the cases they've been given, "
        "while the two partners see the lot."
    )
    assert {"researcher", "partner"} <= set(spec.permissions.roles)


def test_a_lot_of_records_is_no_everything() -> None:
    text = "we see a lot of the two cases."
    assert plain_about_who_sees(text) == text


def test_the_ones_found_and_added_to_a_record_are_its() -> None:
    spec = design(
        "Cases have a name. As we dig, we add the heirs we find to the case: name, an email if "
        "we can get one, and whether they've signed our agreement yet."
    )
    assert ("heir", "case", "many_to_one") in relations(spec)
    assert field_types(spec, "heir")["email"] == "email"
    assert entity_names(spec) == {"case", "heir"}


def test_a_record_hanging_off_another_is_its() -> None:
    spec = design(
        "Cases have a name. We also order certificates constantly, so each certificate order "
        "hangs off a case with its type (birth, marriage or death), the cost and the date ordered."
    )
    assert ("certificate_order", "case", "many_to_one") in relations(spec)
    assert field_types(spec, "certificate_order")["cost"] == "decimal"


def test_a_picture_hanging_off_a_wall_names_no_list() -> None:
    text = "each picture hangs off a hook."
    assert simplified(text) == text


def test_records_said_to_be_easy_have_what_follows() -> None:
    spec = design("Sites are easy, just a name, a grid reference and whether there's parking.")
    assert field_types(spec, "site") == {
        "name": "text",
        "grid_reference": "text",
        "parking": "boolean",
    }


def test_records_that_are_easy_to_find_stay() -> None:
    text = "sites are easy to find."
    assert simplified(text) == text


def test_a_flow_that_ends_with_a_step_ends_on_that_step() -> None:
    spec = design(
        "Jobs have an address. Jobs progress from notice served to awaiting response, then to "
        "consent given or dispute, and end with award issued."
    )
    assert flows(spec)["job"][1][-1] == "award_issued"


def test_ending_with_something_outside_a_flow_stays() -> None:
    text = "jobs have an address, and end with a report."
    assert simplified(text) == text


def test_when_a_step_comes_and_how_many_it_comes_to_are_no_states() -> None:
    spec = design(
        "A session has a date, and it starts off planned and then gets confirmed on the day or "
        "cancelled if the weather's bad, which, honestly, is most of them."
    )
    assert flows(spec)["session"][1] == ["planned", "confirmed", "cancelled"]


def test_a_bracket_of_how_many_is_no_list_of_fields() -> None:
    spec = design(
        "Sessions have a date. Members have a name. Members sign up for sessions (plenty of "
        "members at each one, and people come to lots)."
    )
    assert field_types(spec, "member") == {"name": "text"}


def test_a_bracket_of_fields_after_sign_up_stays() -> None:
    text = "members sign up for sessions (name, email)."
    assert simplified(text) == text


def test_a_second_name_for_the_same_person_names_no_record() -> None:
    spec = design(
        "Each job is for a client, the building owner (name and phone), and involves one or more "
        "adjoining owners next door, recorded with name and email."
    )
    assert "building_owner" not in entity_names(spec)
    assert field_types(spec, "client") == {"name": "text", "phone": "text"}


def test_what_they_log_against_a_record_is_a_record_of_it() -> None:
    spec = design(
        "Sessions have a date. Members sign up for sessions, and on the night they log "
        "observations against the session: which target they looked at, the seeing and a link "
        "to a photo if they took one, where targets come from our list with a name and a type "
        "(galaxy, nebula or planet)."
    )
    assert {
        ("observation", "session", "many_to_one"),
        ("observation", "target", "many_to_one"),
    } <= relations(spec)
    assert field_types(spec, "target")["type"] == "enum"


def test_logging_hours_against_a_record_with_no_list_stays() -> None:
    text = "we log hours against the job."
    assert simplified(text) == text
