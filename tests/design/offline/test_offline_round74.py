"""Round 74: what a record is told as (*whether they're a volunteer or paid*, *things like ...,
each with*, kinds someone *calls them all* by one name), records of a pairing or of a check
(*holds many ... and each ... is held by many; for every one held we record*, *every appliance
gets a check: ...*, *the driver does a walkround check on their bus: ...*), a status said of
the record after its links, a wait told with *it*, and a permission told in the same breath as
making the records.

Each test names one way of saying it, in a domain of its own, and most have a twin the
reading must leave alone.
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


def test_whether_they_are_a_one_or_another_is_a_type() -> None:
    spec = design(
        "A steward has a name, a phone, whether they're a volunteer or paid, and a start date."
    )
    assert field_options(spec, "steward")["type"] == ["volunteer", "paid"]
    assert not {"volunteer", "paid"} & plain_field_names(spec, "steward")


def test_whether_it_is_a_one_or_a_another_is_a_type() -> None:
    spec = design(
        "Each cabin has a number, whether it is a single or a double, and a nightly rate."
    )
    assert field_options(spec, "cabin")["type"] == ["single", "double"]


def test_whether_it_is_done_or_not_stays_a_yes_or_no() -> None:
    spec = design("Each invoice has a number, an amount and whether it's paid or not.")
    assert field_types(spec, "invoice")["paid"] == "boolean"


def test_things_like_examples_each_with_a_list_are_the_records() -> None:
    spec = design(
        "Certifications are things like IPAF, PASMA or first aid, each with a code, a title and "
        "how many years it is valid for. Riggers have a name."
    )
    assert "thing" not in entity_names(spec)
    assert {"code", "title"} <= plain_field_names(spec, "certification")


def test_kinds_someone_calls_them_all_are_one_record() -> None:
    spec = design(
        "We've got glasshouses, polytunnels and a couple of cold frames, and I call them all "
        "growing spaces: each growing space has a name, a kind (glasshouse, polytunnel or cold "
        "frame) and an area in square metres. Gardeners have a name."
    )
    assert "glasshouse" not in entity_names(spec)
    assert "cold_frame" not in entity_names(spec)
    assert field_options(spec, "growing_space")["kind"] == [
        "glasshouse",
        "polytunnel",
        "cold_frame",
    ]


def test_held_by_many_on_both_sides_then_a_list_is_the_pairing_record() -> None:
    spec = design(
        "Instructors have a name and a phone. Licences have a code and a title. An instructor "
        "holds many licences and each licence is held by many instructors; for every one held "
        "we record the date passed, the expiry date and a link to the scanned card."
    )
    assert {"date_passed", "expiry_date"} <= plain_field_names(spec, "instructor_licence")
    assert ("instructor_licence", "instructor", "many_to_one") in relations(spec)
    assert ("instructor_licence", "licence", "many_to_one") in relations(spec)
    assert "date_passed" not in plain_field_names(spec, "instructor")


def test_when_one_holds_a_thing_the_record_is_named_by_both() -> None:
    spec = design(
        "Divers have a name. Tickets have a grade. When a diver holds a ticket we note the date "
        "issued and the expiry date."
    )
    assert {"date_issued", "expiry_date"} <= plain_field_names(spec, "diver_ticket")
    assert "holding" not in entity_names(spec)


def test_when_someone_holds_a_thing_names_no_holder() -> None:
    spec = design(
        "Divers have a name. Tickets have a grade. When someone holds a ticket we note the date "
        "issued and the expiry date."
    )
    assert "holder" not in entity_names(spec)
    assert "diver_ticket" not in entity_names(spec)


def test_every_one_gets_a_record_with_a_list_of_fields() -> None:
    spec = design(
        "Lifts have a serial number. Every lift on the contract gets an inspection: the date, "
        "the load tested and whether the brakes passed."
    )
    assert {"date", "load_tested"} <= plain_field_names(spec, "inspection")
    assert ("inspection", "lift", "many_to_one") in relations(spec)
    assert "inspection" not in plain_field_names(spec, "lift")


def test_every_one_gets_one_of_some_values_is_a_choice() -> None:
    spec = design("Stalls have a number. Each stall gets a colour: red, green or blue.")
    assert field_options(spec, "stall")["colour"] == ["red", "green", "blue"]


def test_someone_does_a_check_on_their_thing_with_a_list() -> None:
    spec = design(
        "Forklifts: serial, make, hours. Every morning before the first shift the operator does "
        "a pre-use check on their forklift: date, hour meter, horn ok, brakes working, pass or "
        "fail."
    )
    assert ("pre_use_check", "operator", "many_to_one") in relations(spec)
    assert ("pre_use_check", "forklift", "many_to_one") in relations(spec)
    types = field_types(spec, "pre_use_check")
    assert types["horn_ok"] == "boolean"
    assert types["brakes_working"] == "boolean"


def test_a_status_after_the_links_is_the_records_not_the_last_named() -> None:
    spec = design(
        "Borrowers have a name. Tools have a code. Each loan links one borrower to one tool, "
        "stamped with the time it was lent, and its status runs lent, overdue and finally "
        "returned."
    )
    assert flows(spec)["loan"][1] == ["lent", "overdue", "returned"]
    assert "tool" not in flows(spec)
    assert "stamped" not in entity_names(spec)


def test_it_sits_until_we_decide_after_a_semicolon_is_the_records_wait() -> None:
    spec = design(
        "The request is always for one of our members, it goes to one of our halls; it sits as "
        "pending until we approve it or refuse it. Members have a name. Halls have a name."
    )
    assert flows(spec)["request"][1] == ["pending", "approved", "refused"]


def test_a_list_we_keep_is_no_record_called_list() -> None:
    spec = design(
        "Each trip goes to one of our regular venues, which we keep as a list with a name and a "
        "postcode. Trips have a date."
    )
    assert "list" not in entity_names(spec)
    assert {"name", "postcode"} <= plain_field_names(spec, "regular_venue")


def test_what_we_have_on_file_is_named_without_where() -> None:
    spec = design("Each flat has a number. Tenants have a name, a phone and a home town on file.")
    assert "home_town" in plain_field_names(spec, "tenant")
    assert "home_town_on_file" not in plain_field_names(spec, "tenant")


def test_making_ones_own_and_only_changing_those_is_a_rule_not_a_field() -> None:
    spec = design(
        "Pickers have a name. Picks have a date and a weight. Pickers record their own picks and "
        "may only change those; the farm manager can see and edit everything."
    )
    assert "may_only_change" not in plain_field_names(spec, "picker")
    rules = [r for r in spec.permissions.rules if r.role == "picker" and r.entity == "pick"]
    assert rules and rules[0].scope == "own"


def test_how_often_it_needs_doing_is_a_frequency_with_its_values() -> None:
    spec = design(
        "Each chimney has an address, a flue type and how often it needs sweeping, every 6 or "
        "12 months depending on what is burnt."
    )
    assert field_options(spec, "chimney")["sweeping_frequency"] == ["6_months", "12_months"]


def test_how_often_it_is_done_is_a_frequency() -> None:
    spec = design("Each lift has a serial number and how often it is serviced.")
    assert "service_frequency" in plain_field_names(spec, "lift")


def test_we_give_each_one_a_list_is_what_each_has() -> None:
    spec = design(
        'Every farm has one or more paddocks; we give each a name (like "top field"), note the '
        "area in hectares and the soil type."
    )
    assert {"name", "area_hectares", "soil_type"} <= plain_field_names(spec, "paddock")
    assert "name" not in entity_names(spec)


def test_a_reading_before_and_after_is_two_readings() -> None:
    spec = design(
        "Each service has a date, the tread depth before and after in millimetres and a note."
    )
    fields = plain_field_names(spec, "service")
    assert {"tread_depth_before_mm", "tread_depth_after_mm"} <= fields


def test_one_identified_by_a_list_between_its_links() -> None:
    spec = design(
        "Each loan links one borrower, identified by name and library card number, to one "
        "book. Books have a title."
    )
    assert ("loan", "borrower", "many_to_one") in relations(spec)
    assert ("loan", "book", "many_to_one") in relations(spec)
    assert {"name", "library_card_number"} <= plain_field_names(spec, "borrower")


def test_the_one_who_did_it_noted_on_the_record_is_its_link() -> None:
    spec = design(
        "Repairs have a date and a fault. The technician who fixed it is noted on the repair by "
        "name."
    )
    assert ("repair", "technician", "many_to_one") in relations(spec)
    assert ("technician", "repair", "many_to_one") not in relations(spec)


def test_a_thing_written_on_the_record_is_its_field() -> None:
    spec = design(
        "Each stay has an arrival date. The key number we hand them gets written on the stay as "
        "well."
    )
    assert "key_number" in plain_field_names(spec, "stay")
    assert "key_number" not in entity_names(spec)


def test_unless_something_which_makes_it_one_are_more_ends() -> None:
    spec = design(
        "Each lesson has a date. On the day the lesson goes from booked to started and then "
        "finished, unless the pupil never turns up, which makes it a no-show, or the instructor "
        "calls it off, which makes it cancelled."
    )
    assert flows(spec)["lesson"][1] == ["booked", "started", "finished", "no_show", "cancelled"]


def test_what_i_am_after_is_that_leads_in() -> None:
    spec = design(
        "Courts have a number. What I'm after is that a member books a session for a date and a "
        "slot, morning or evening."
    )
    assert "what" not in " ".join(entity_names(spec))
    assert field_options(spec, "booking")["slot"] == ["morning", "evening"]


def test_one_of_another_with_what_is_done_to_it() -> None:
    spec = design(
        "Patients have a name. Each transfer is one patient collected or returned, so it needs "
        "a transfer number, the ward and the planned time."
    )
    assert ("transfer", "patient", "many_to_one") in relations(spec)
    assert {"transfer_number", "ward", "planned_time"} <= plain_field_names(spec, "transfer")
    assert "transfer" not in flows(spec)


def test_has_one_which_is_just_a_list_is_a_record_of_its_own() -> None:
    spec = design(
        "Drivers have a name. Each coach that's booked gets a duty card for the day, which is "
        "really just the date, which driver and what time it leaves the yard."
    )
    assert ("duty_card", "coach", "many_to_one") in relations(spec)
    assert ("duty_card", "driver", "many_to_one") in relations(spec)
    assert field_types(spec, "duty_card")["departure_time"] == "datetime"


def test_found_on_one_logged_as_another_against_it() -> None:
    spec = design(
        "Audits have a date. Issues found on an audit get logged as actions against that audit: "
        "description, owner and due date."
    )
    assert ("action", "audit", "many_to_one") in relations(spec)
    assert "issue" not in entity_names(spec)


def test_a_header_then_done_by_one_for_another() -> None:
    spec = design(
        "- surveyors: name and phone\n"
        "- sites: name and address\n"
        "- reports: written by a surveyor for one site, with the date and the findings"
    )
    assert ("report", "surveyor", "many_to_one") in relations(spec)
    assert ("report", "site", "many_to_one") in relations(spec)
    assert "written_by_surveyor" not in plain_field_names(spec, "report")


def test_on_each_one_we_put_a_list() -> None:
    spec = design(
        "Dishes have a name. Menus have a date. On each menu line we put a dish, the portions "
        "and the price."
    )
    assert ("menu_line", "dish", "many_to_one") in relations(spec)
    assert {"portions", "price"} <= plain_field_names(spec, "menu_line")


def test_spread_over_or_arriving_in_several_is_one_to_many() -> None:
    spec = design(
        "Shipments have a reference. Crates have a number. A shipment can arrive in several "
        "crates, and each crate is checked by one of our packers."
    )
    assert ("crate", "shipment", "many_to_one") in relations(spec)


def test_and_each_one_is_the_subject_again() -> None:
    spec = design(
        "Stables have a name. Every horse has a name and a colour, and each one lives in one of "
        "our stables."
    )
    assert ("horse", "stable", "many_to_one") in relations(spec)


def test_and_each_one_after_several_is_the_several() -> None:
    spec = design("Each order has a date and several lines, and each one has a product and a qty.")
    assert ("line", "order", "many_to_one") in relations(spec)
    assert "product" in plain_field_names(spec, "line")


def test_someone_is_sent_a_thing_kept_with_a_list() -> None:
    spec = design(
        "Tenants have a name. After repeated late payments the tenant is sent a reminder letter, "
        "kept with the date sent and a stage of first, second or final."
    )
    assert ("reminder_letter", "tenant", "many_to_one") in relations(spec)
    assert "date_sent" not in plain_field_names(spec, "tenant")


def test_one_assigned_in_a_terse_list_is_a_link() -> None:
    spec = design("Truck: reg, model, MOT due date, driver assigned. Driver: name, mobile.")
    assert ("truck", "driver", "many_to_one") in relations(spec)
    assert "driver_assigned" not in plain_field_names(spec, "truck")


def test_one_assigned_in_a_flow_stays_a_step() -> None:
    spec = design(
        "A job is for one site and has a priority. From there it moves along: logged, fitter "
        "assigned, on site, fixed, and finally invoiced once the office has billed it. "
        "Fitters have a name."
    )
    assert flows(spec)["job"][1] == ["logged", "fitter_assigned", "on_site", "fixed", "invoiced"]


def test_whether_it_was_one_of_several_is_a_type() -> None:
    spec = design("Each sighting has a date and whether it was a heron, an egret or a bittern.")
    assert field_options(spec, "sighting")["type"] == ["heron", "egret", "bittern"]


def test_many_with_one_field_and_another_is_the_pairings_list() -> None:
    spec = design(
        "Plants have a name. A border has a name and contains many plants with a count and a "
        "planting date."
    )
    assert {"count", "planting_date"} <= plain_field_names(spec, "border_plant")
    assert "planting_date" not in plain_field_names(spec, "border")


def test_every_one_we_do_goes_on_a_log_with_its_list() -> None:
    spec = design(
        "Every spray we do goes on a spraying log: the field, the date, the product used and "
        "the litres applied. Fields have a name."
    )
    assert {"date", "litres_applied"} <= plain_field_names(spec, "spraying_log")
    assert ("spraying_log", "field", "many_to_one") in relations(spec)
    assert "spray_go" not in entity_names(spec)
