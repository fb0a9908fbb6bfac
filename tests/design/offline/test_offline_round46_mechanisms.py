"""Mechanisms measured as the loss on unseen batches: most of it was a record never made (its
fields and links lost with it). Each test designs a sentence of its own end to end, with a
twin the change must leave alone: *each one* naming the record counted just before, a list
header with asides (*oh, and rehearsals too:*, *... after fitting:*), a line naming its pair
with a question (*which van parks in which yard*), a list between dashes, *each X having*, an
act named by its own word (*members audition ... each audition*), *each one belonging to*, and
*several A work on one B, and an A works on several*, *a performance is one play staged at one
hall*, *held on a date at a hall with a start time*, *at each meeting the leaders mark every
scout present or absent*, *each bike they drop off with us gets ...*, *each student signs up
with their ...*, *then makes a booking where we put ...*, *a repair comes out of an inspection
with ...*, *we carry out an inspection on a given date*, *every lesson is ..., with one
instructor*, *someone phones, we take their ..., and we open a case for them*, *the paint
colours should be their own list with ...*, a unit said inside a name (*depth in
metres reached*), a list between commas (*each yacht, with its name, berth and length, is
...*), and what people give when they book, kept on the booking."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, relations


def test_each_one_that_has_things_is_the_record_counted_before() -> None:
    spec = design("We run courses. Each one has a title and a fee.")
    assert field_types(spec, "course") == {"title": "text", "fee": "decimal"}


def test_each_one_after_a_record_with_several_still_names_them() -> None:
    spec = design(
        "Each delivery has a date and brings several crates, and each one has a weight and a label."
    )
    assert ("crate", "delivery", "many_to_one") in relations(spec)
    assert {"weight", "label"} <= set(field_types(spec, "crate"))


def test_each_one_of_a_thing_named_is_left_as_it_was() -> None:
    spec = design("Teams have a name. Each one of the teams plays in a league.")
    assert "one" not in " ".join(entity_names(spec))


def test_a_header_after_asides_names_its_record() -> None:
    spec = design(
        "Shows have a title. Oh, and ticket sales too: each has a date and a quantity "
        "and belongs to a show."
    )
    assert {"date": "date", "quantity": "integer"}.items() <= field_types(
        spec, "ticket_sale"
    ).items()
    assert ("ticket_sale", "show", "many_to_one") in relations(spec)


def test_a_header_naming_when_is_still_the_record() -> None:
    spec = design(
        "Things to keep:\n- bikes: frame number, model\n"
        "- repair visits on a bike after servicing: date, work done, price"
    )
    assert ("repair_visit", "bike", "many_to_one") in relations(spec)
    assert {"date", "work_done", "price"} <= set(field_types(spec, "repair_visit"))


def test_a_clause_opening_a_line_is_no_header() -> None:
    spec = design(
        "Clients have a name. Then every order goes in on its own: the client, the date "
        "and the total."
    )
    assert "order_go" not in entity_names(spec)
    assert {"date", "total"} <= set(field_types(spec, "order"))


def test_a_line_naming_its_pair_with_a_question_links_both() -> None:
    spec = design(
        "What we track:\n- vans: registration, make\n- yards: name, address\n"
        "- parkings: which van parks in which yard, from date, to date"
    )
    assert ("parking", "van", "many_to_one") in relations(spec)
    assert ("parking", "yard", "many_to_one") in relations(spec)
    assert {"from_date", "to_date"} <= set(field_types(spec, "parking"))


def test_a_list_between_dashes_is_the_records_fields() -> None:
    spec = design("Each quote lists the rooms we measured - name, width and length - and a total.")
    assert {"name", "width", "length"} <= set(field_types(spec, "room"))
    assert ("room", "quote", "many_to_one") in relations(spec)


def test_a_clause_between_dashes_is_left_to_the_clause_readers() -> None:
    spec = design("Members - we keep their name and email - join teams.")
    assert field_types(spec, "member") == {"name": "text", "email": "email"}


def test_each_record_having_fields_is_a_record_of_its_own() -> None:
    spec = design("We sell hampers, each hamper having a name and a price.")
    assert field_types(spec, "hamper") == {"name": "text", "price": "decimal"}


def test_an_act_named_by_its_own_word_joins_who_acts_and_what() -> None:
    spec = design("Dancers audition for roles, each audition having a date and a result.")
    assert ("audition", "dancer", "many_to_one") in relations(spec)
    assert ("audition", "role", "many_to_one") in relations(spec)


def test_an_act_never_counted_as_a_noun_makes_no_record() -> None:
    spec = design("Dancers audition for roles. Each role has a name and a song.")
    assert "audition" not in entity_names(spec)


def test_each_one_belonging_to_a_record_is_a_link_not_a_field() -> None:
    spec = design(
        "Owners have a name. Boats have a name and a length, each one belonging to an owner."
    )
    assert field_types(spec, "boat") == {
        "name": "text",
        "length": "decimal",
        "owner_id": "reference",
    }
    assert ("boat", "owner", "many_to_one") in relations(spec)


def test_several_on_one_and_one_on_several_is_many_to_many() -> None:
    spec = design(
        "Projects have a title. Designers have a name; several designers can work on one "
        "project and a designer can work on several."
    )
    assert ("designer", "project", "many_to_many") in relations(spec) or (
        "project",
        "designer",
        "many_to_many",
    ) in relations(spec)


def test_each_on_one_is_still_one() -> None:
    spec = design("Projects have a title. Each designer works on one project.")
    assert ("designer", "project", "many_to_one") in relations(spec)


def test_a_unit_said_inside_a_name_makes_it_a_number() -> None:
    spec = design("Each dive has a site, the depth in metres reached and the pressure in bar.")
    types = field_types(spec, "dive")
    assert types["depth_in_metres_reached"] == "decimal" or types.get("depth") == "decimal"
    assert {"decimal"} == {t for name, t in types.items() if name.startswith("pressure")}


def test_a_name_with_in_but_no_unit_stays_text() -> None:
    spec = design("Each dive has a site and the buddy in charge.")
    assert field_types(spec, "dive")["buddy_in_charge"] == "text"


def test_a_list_between_commas_after_the_record_is_its_own() -> None:
    spec = design(
        "Skippers have a name and phone, and each yacht, with its name, berth and length, "
        "is owned by one skipper."
    )
    assert {"name", "berth", "length"} <= set(field_types(spec, "yacht"))
    assert {"berth", "length"}.isdisjoint(field_types(spec, "skipper"))
    assert ("yacht", "skipper", "many_to_one") in relations(spec)


def test_what_people_give_when_they_book_is_kept_on_the_booking() -> None:
    spec = design(
        "Tours have a date and a price. Visitors book places on a tour, giving their name, "
        "email and the number of places."
    )
    assert ("booking", "tour", "many_to_one") in relations(spec)
    assert {"email", "places"} <= set(field_types(spec, "booking"))
    assert "email" not in field_types(spec, "tour")


def test_booking_with_no_list_given_is_read_as_before() -> None:
    spec = design("Rooms have a name. Members book a room for a date.")
    assert ("booking", "room", "many_to_one") in relations(spec)
    assert ("booking", "member", "many_to_one") in relations(spec)


def test_a_record_that_is_one_doing_of_another_keeps_what_follows() -> None:
    spec = design(
        "Halls have a name. Plays have a title. A performance is one play staged at one hall "
        "on a given date with a ticket price."
    )
    assert ("performance", "play", "many_to_one") in relations(spec)
    assert ("performance", "hall", "many_to_one") in relations(spec)
    assert ("play", "hall", "many_to_one") not in relations(spec)
    assert {"date", "ticket_price"} <= set(field_types(spec, "performance"))


def test_a_record_that_is_one_of_a_kind_without_a_doing_is_read_as_before() -> None:
    spec = design("Plays have a title. Each performance is for one play and has a ticket price.")
    assert ("performance", "play", "many_to_one") in relations(spec)
    assert "ticket_price" in field_types(spec, "performance")


def test_held_on_a_date_at_a_place_with_a_time_has_all_three() -> None:
    spec = design("Classes are held on a date at a hall with a start time.")
    assert {"date", "hall", "start_time"} <= set(field_types(spec, "class"))


def test_marking_each_one_present_or_absent_at_each_meeting_is_a_record() -> None:
    spec = design(
        "Scouts have a name. Meetings have a date, and at each meeting the leaders mark every "
        "scout present, absent or excused."
    )
    assert ("attendance", "meeting", "many_to_one") in relations(spec)
    assert ("attendance", "scout", "many_to_one") in relations(spec)
    attendance = spec.entity("attendance")
    assert attendance is not None
    status = attendance.field("status")
    assert status is not None and status.options == ["present", "absent", "excused"]


def test_marking_each_one_with_other_marks_makes_no_attendance() -> None:
    spec = design(
        "Judges have a name. At each show the judges mark every dog gold, silver or bronze."
    )
    assert "attendance" not in entity_names(spec)


def test_who_brought_a_record_names_nothing_it_keeps() -> None:
    spec = design(
        "Owners have a name and phone, and each bike they drop off with us gets the frame, "
        "colour, size and a note of any damage."
    )
    assert {"frame", "colour", "size"} <= set(field_types(spec, "bike"))
    assert not any(name.startswith(("drop", "they")) for name in entity_names(spec))


def test_what_people_sign_up_with_is_kept_about_them() -> None:
    spec = design(
        "Each volunteer signs up with their name, email and postcode, and then picks a shift."
    )
    assert field_types(spec, "volunteer") == {"name": "text", "email": "email", "postcode": "text"}
    assert entity_names(spec) == {"volunteer"}


def test_the_record_someone_makes_keeps_what_we_put_on_it() -> None:
    spec = design(
        "Each tenant has a name and a flat number, and then makes a request where we put the "
        "fault, the date reported and whether it is urgent."
    )
    assert ("request", "tenant", "many_to_one") in relations(spec)
    assert {"fault", "date_reported", "urgent"} <= set(field_types(spec, "request"))


def test_a_record_that_comes_out_of_another_keeps_its_own_list() -> None:
    spec = design(
        "Inspections have a date. A repair comes out of an inspection with a price and a "
        "finish date."
    )
    assert ("repair", "inspection", "many_to_one") in relations(spec)
    assert {"price", "finish_date"} <= set(field_types(spec, "repair"))
    assert "price" not in field_types(spec, "inspection")


def test_the_day_something_is_done_on_is_the_records() -> None:
    spec = design(
        "We carry out an inspection on a given date, recording the depth and whether the seal held."
    )
    assert {"date", "depth", "held"} <= set(field_types(spec, "inspection"))


def test_the_one_person_a_visit_is_with_is_a_link() -> None:
    spec = design("Every lesson is for one pupil, on a date, with one instructor.")
    assert ("lesson", "instructor", "many_to_one") in relations(spec)
    assert ("lesson", "pupil", "many_to_one") in relations(spec)
    assert "one_instructor" not in field_types(spec, "lesson")


def test_with_a_thing_that_is_not_one_of_them_is_left_alone() -> None:
    spec = design("Every lesson is for one pupil and comes with a workbook.")
    assert ("lesson", "pupil", "many_to_one") in relations(spec)
    assert "instructor" not in entity_names(spec)


def test_whoever_gets_in_touch_is_a_customer_with_what_we_take() -> None:
    spec = design(
        "Someone phones, we take their name, email and address, and we open a case for them."
    )
    assert {"name", "email", "address"} <= set(field_types(spec, "customer"))
    assert ("case", "customer", "many_to_one") in relations(spec)


def test_a_named_one_who_gets_in_touch_keeps_their_name() -> None:
    spec = design(
        "A tenant rings up, we take their name and flat, and then we open a repair for them."
    )
    assert ("repair", "tenant", "many_to_one") in relations(spec)
    assert "customer" not in entity_names(spec)


def test_a_list_of_their_own_is_records_of_their_own() -> None:
    spec = design(
        "Orders have a size. The paint colours should be their own list with a name and a "
        "code, because they change; each order uses one colour."
    )
    assert field_types(spec, "paint_colour") == {"name": "text", "code": "text"}


def test_every_one_who_books_one_of_ours_for_a_date_and_more_makes_a_booking() -> None:
    spec = design(
        "Every band has a name and an email, and books one of our rooms (name, hourly rate) "
        "for a date, a start time and a number of hours."
    )
    assert ("booking", "band", "many_to_one") in relations(spec)
    assert ("booking", "room", "many_to_one") in relations(spec)
    assert {"date", "start_time", "hours"} <= set(field_types(spec, "booking"))


def test_booking_for_a_date_then_a_clause_keeps_only_the_date() -> None:
    spec = design("Members book a court for a date, and the coach confirms it.")
    assert ("booking", "court", "many_to_one") in relations(spec)
    assert "coach_confirms" not in " ".join(field_types(spec, "booking"))
