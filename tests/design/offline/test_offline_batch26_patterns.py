"""Sentence shapes learnt in the round before sealed batch 26, each designed end to end on a
sentence of its own: flows told *between* states, with *first*, *ends up*, *at last* and
*to one of our ...* around the states' names, a line of steps drawn with chevrons, values
after a slash, one more end in brackets after a flow, and roles told as *has access to*,
*should be allowed to*, *whereas the ...*, and *a technician sees just the visits they
made*; a record first named as *made by one* known other, predicates listed with commas,
*runs from a start date to an end date at a price*, and a figure per something a record
covers several of; *whether they swear an oath or make an affirmation* (which of two),
*events, each either a road run or a rally* (what kind each is), *which engineer is doing
it* (a record of its own), *day by day*, *who each earn a ...*, and *order lines, each line
naming ...* at the end of a list, *on every visit they also log the ...*, and *log their time
against a case with ...*, and *..., and the sites themselves only need a name and a postcode
really*, *one headline poet* (a poet, in a role), and an act under a header (*sign-ups: a poet
signs up for a night with ...*), *... while the owner sees everything*, *during each session we
log every speeding vehicle's ...*, *the date they're paid up to*, *gets its own record with
...*, *which I track by ...*, and a *contribution* and a *temperature setting* as numbers, *feeding's the other big one: ...*, a bracket naming records
with their list, and *..., and when someone buys one i want a sale recorded with ...* after a
flow, *meets as a series of lessons, each on a date*, and *..., and at each lesson we keep an
attendance record per student saying whether they came*, *a loan ties an item to a member and a
trip and has a returned tick box*, *we keep caves as their own list with ...*, and *should only
be able to*, *the kit: helmets, lights and harnesses, each item with ...*, and *a leader, who is
just one of our members*, and *for every client we keep ..., plus one or more contacts with
...*; and *litres sprayed per block* adds the litres up."""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, flows, relations

from appwright.design.offline.flow_text import read_flow_text
from appwright.design.offline.lists_in_passing import bracketed_clause
from appwright.design.offline.new_subjects import split_new_subjects
from appwright.design.offline.normalize import normalize_text
from appwright.design.offline.one_of_each import belongs_to_both
from appwright.design.offline.owner_acts import record_per_each
from appwright.design.offline.owner_asides import without_the_other_one
from appwright.design.offline.owner_several import kinds_of_things
from appwright.design.offline.times_and_sums import runs_from_to
from appwright.design.offline.whole_clauses import split_predicates
from appwright.spec.models import Permissions

# --- words around the states of a flow ----------------------------------------------------------


@pytest.mark.parametrize(
    ("flow", "states"),
    [
        ("between open, on hold and closed", [["open"], ["on_hold"], ["closed"]]),
        (
            "through stages, booked first, then surveyed, and then it ends up accepted or refused",
            [["booked"], ["surveyed"], ["accepted", "refused"]],
        ),
        (
            "from drafted to checked to sent and at last to paid",
            [["drafted"], ["checked"], ["sent"], ["paid"]],
        ),
    ],
)
def test_words_around_states_are_no_part_of_their_names(flow: str, states: list[list[str]]) -> None:
    assert read_flow_text(flow) == states


def test_a_step_to_one_of_ours_and_an_and_is_then_step_are_plain_states() -> None:
    spec = design(
        "Wards have a name. Porters have a name. A request starts as pending, is allocated to"
        " one of our porters, goes in transit and is then completed."
    )
    assert flows(spec)["request"] == (
        "status",
        ["pending", "allocated", "in_transit", "completed"],
    )


# --- terse notes: chevrons, slashes and a bracketed end -----------------------------------------


def test_chevrons_in_a_line_of_three_or_more_are_arrows_and_one_alone_is_left() -> None:
    assert normalize_text("status new > open > shut") == "status: new -> open -> shut"
    assert normalize_text("a weight > 5 kg") == "a weight > 5 kg"


def test_a_terse_flow_with_chevrons_and_an_end_in_brackets() -> None:
    spec = design(
        "Permit log. Permit: reference, issued date, status applied > checked > granted >"
        " closed (or revoked at any point)."
    )
    assert flows(spec)["permit"] == (
        "status",
        ["applied", "checked", "granted", "closed", "revoked"],
    )
    revoke = next(t for t in spec.state_flows[0].transitions if t.to == "revoked")
    assert set(revoke.from_) == {"applied", "checked", "granted"}


def test_values_after_a_slash_may_be_several_words_each() -> None:
    spec = design(
        "Claim: reference, outcome paid / partly paid / refused, payment method card / bank"
        " transfer, seat type window seat / aisle seat."
    )
    claim = spec.entity("claim")
    assert claim is not None
    options = {f.name: f.options for f in claim.fields if f.options}
    assert options == {
        "outcome": ["paid", "partly_paid", "refused"],
        "payment_method": ["card", "bank_transfer"],
        "seat_type": ["window_seat", "aisle_seat"],
    }
    assert field_types(spec, "claim")["outcome"] == "enum"


# --- roles ----------------------------------------------------------------------------------


def _rule(permissions: Permissions, role: str, entity: str) -> tuple[list[str], str] | None:
    for rule in permissions.rules:
        if rule.role == role and rule.entity == entity:
            return list(rule.actions), rule.scope
    return None


def test_one_kept_to_their_own_and_one_with_access_to_every_record() -> None:
    spec = design(
        "Jobs have a reference and a site. Surveyors have a name. Each surveyor works only on"
        " the jobs assigned to them, whereas the director has access to every job."
    )
    assert spec.permissions.roles == ["surveyor", "director"]
    assert "director" not in entity_names(spec)  # a right, not a record holding *access*
    assert _rule(spec.permissions, "surveyor", "job") == (["read", "update"], "own")
    assert _rule(spec.permissions, "director", "job") == (["read"], "all")


def test_a_singular_someone_seeing_just_what_they_made_is_a_role_of_their_own_rows() -> None:
    spec = design(
        "Visits have a date and notes. A visit is made by one inspector. An inspector sees just"
        " the visits they made, while office staff can view and change everything."
    )
    assert spec.permissions.roles == ["inspector", "office_staff"]
    assert _rule(spec.permissions, "inspector", "visit") == (["read"], "own")


def test_should_be_allowed_to_is_a_modal() -> None:
    spec = design(
        "Events have a name and a date. Only committee members should be allowed to add events."
    )
    assert spec.permissions.roles == ["committee_member"]
    assert _rule(spec.permissions, "committee_member", "event") == (["create", "read"], "all")


def test_a_record_a_customer_books_is_no_role_of_its_own() -> None:
    spec = design("Customers have a name. A customer books a table for a date.")
    assert spec.permissions.roles == []


# --- a record made by one known other, with its predicates in a list ----------------------------


def test_a_record_first_named_as_made_by_one_known_other() -> None:
    spec = design(
        "Advertisers have a company name. Sites have a reference and a weekly rate. A campaign"
        " is made by one advertiser, covers one or more of our sites and runs from a start date"
        " to an end date at a total price. Show me revenue per site per month."
    )
    assert field_types(spec, "campaign") == {
        "start_date": "date",
        "end_date": "date",
        "total_price": "decimal",
        "advertiser_id": "reference",
    }
    assert {("campaign", "advertiser", "many_to_one"), ("campaign", "site", "many_to_many")} <= (
        relations(spec)
    )
    # a campaign covers several sites: the revenue is over time, with no one site to group by
    (report,) = spec.reports
    assert (report.entity, report.measure.field, report.group_by) == ("campaign", "total_price", [])


def test_made_by_something_no_record_names_makes_nothing() -> None:
    spec = design("Advertisers have a company name. A booking is made by phone.")
    assert entity_names(spec) == {"advertiser"}


def test_predicates_listed_with_commas_each_get_the_subject() -> None:
    assert split_predicates(
        "a booking is made by one advertiser, covers several sites and runs from a start date"
        " to an end date"
    ) == (
        "a booking is made by one advertiser; a booking covers several sites; a booking runs"
        " from a start date to an end date"
    )
    # a list of things after a comma stays the list it is
    assert split_predicates("a visit has a date, notes and a price") == (
        "a visit has a date, notes and a price"
    )


def test_runs_from_a_date_to_a_date_is_what_the_record_holds() -> None:
    assert runs_from_to("a lease runs from a start date to an end date") == (
        "a lease has a start date and an end date"
    )
    assert runs_from_to("a hire runs from a pickup date to a return date at a daily rate") == (
        "a hire has a pickup date, a return date and a daily rate"
    )
    assert runs_from_to("the season runs from spring to autumn") == (
        "the season runs from spring to autumn"
    )


# --- which of two, what kind each is, who is doing it, day by day -------------------------------


def test_whether_one_thing_or_another_is_which_of_the_two() -> None:
    spec = design(
        "For each guest we take their name, whether they want a single room or a double room,"
        " and whether they have paid."
    )
    guest = spec.entity("guest")
    assert guest is not None
    choice = guest.field("single_or_double_room")
    assert choice is not None and choice.options == ["single_room", "double_room"]
    assert field_types(spec, "guest")["paid"] == "boolean"


def test_each_either_one_kind_or_another_is_a_type_not_a_record() -> None:
    spec = design(
        "We put on walks, each either a hill walk or a town trail, with a name, a date and a"
        " meeting point."
    )
    assert entity_names(spec) == {"walk"}
    walk = spec.entity("walk")
    assert walk is not None
    kind = walk.field("type")
    assert kind is not None and kind.options == ["hill_walk", "town_trail"]


def test_which_one_is_doing_it_is_a_record_the_act_points_at() -> None:
    spec = design(
        "Boilers have a serial number. When a boiler comes in we open a service job recording"
        " the date received and which fitter is doing it."
    )
    assert ("service_job", "fitter", "many_to_one") in relations(spec)
    assert field_types(spec, "service_job") == {"date_received": "date", "fitter_id": "reference"}


def test_day_by_day_is_per_day() -> None:
    assert normalize_text("the average wait, week by week") == "the average wait per week"
    spec = design(
        "Calls have a caller and a received time. We need the number of calls, day by day."
    )
    (report,) = spec.reports
    assert report.time_bucket is not None and report.time_bucket.unit == "day"


# --- what each one earns, and lines at the end of a list ----------------------------------------


def test_what_each_one_earns_is_theirs() -> None:
    spec = design(
        "Every mural has a title and is painted by one of our painters, who each earn a day rate."
    )
    assert field_types(spec, "painter") == {"name": "text", "day_rate": "decimal"}


def test_lines_at_the_end_of_a_list_each_naming_things_are_records_of_their_own() -> None:
    spec = design(
        "Seed packets have a variety. Shops place orders with an order date and order lines, each"
        " line naming a seed packet and a number of boxes."
    )
    assert field_types(spec, "order_line") == {
        "boxes": "integer",
        "seed_packet_id": "reference",
        "order_id": "reference",
    }


def test_a_place_split_into_things_each_with_fields_gives_the_things_their_fields() -> None:
    spec = design("The garden is split into plots, each with a number and a size in square metres.")
    assert field_types(spec, "plot") == {"number": "text", "size_metres": "decimal"}


# --- what is logged on each record, and time logged against one ---------------------------------


def test_what_they_log_on_every_record_is_a_record_of_it() -> None:
    spec = design(
        "Hives have a name. On every inspection they also log the frames they checked, each with"
        " the frame number and the brood count. An inspection is made by one keeper."
    )
    assert ("frame", "inspection", "many_to_one") in relations(spec)
    assert field_types(spec, "frame") == {
        "frame_number": "integer",  # a frame known by its number: counted
        "brood_count": "integer",
        "inspection_id": "reference",
    }


def test_time_logged_against_a_record_is_a_time_log_of_the_one_who_logs_it() -> None:
    spec = design(
        "Jobs have a reference. Joiners have a name. Joiners log their time against a job with a"
        " date, hours and a short note."
    )
    assert field_types(spec, "time_log") == {
        "date": "date",
        "hours": "decimal",
        "short_note": "long_text",
        "job_id": "reference",
        "joiner_id": "reference",
    }
    assert field_types(spec, "joiner") == {"name": "text"}  # nothing of the log's is theirs


def test_expenses_logged_against_a_record_are_expenses() -> None:
    spec = design(
        "Trips have a date. Drivers have a name. Drivers log their expenses against a trip with"
        " a date and an amount."
    )
    assert {("expense", "trip", "many_to_one"), ("expense", "driver", "many_to_one")} <= (
        relations(spec)
    )


def test_a_plural_subject_after_and_opens_a_clause_of_its_own() -> None:
    assert (
        split_new_subjects(
            "a flat has a number and a rent, and the sites themselves only need a name and a postcode"
        )
        == "a flat has a number and a rent; the sites themselves only need a name and a postcode"
    )
    assert normalize_text("a name and a postcode really.") == "a name and a postcode."
    spec = design(
        "A flat has a number and a rent, and the sites themselves only need a name and a"
        " postcode really."
    )
    assert field_types(spec, "flat") == {"number": "text", "rent": "decimal"}
    assert field_types(spec, "site") == {"name": "text", "postcode": "text"}


# --- a role of one of many, and an act under its header -----------------------------------------


def test_one_of_many_in_a_role_points_at_them_under_that_role() -> None:
    spec = design(
        "We run a folk club.\n- gigs: date, ticket price, and one support band\n- bands: name,"
        " email, fee"
    )
    assert "support_band" not in entity_names(spec)
    gig = spec.entity("gig")
    assert gig is not None
    support = gig.field("support_band_id")
    assert support is not None and support.references is not None
    assert support.references.entity == "band"
    assert field_types(spec, "band") == {"name": "text", "email": "email", "fee": "decimal"}


def test_an_act_under_its_header_is_the_record_that_holds_its_list() -> None:
    spec = design(
        "We run a chess club.\n- players: name, rating\n- tournaments: name, date\n- entries:"
        " a player enters into a tournament with a seed number and an entry fee; an entry goes"
        " pending, then paid, then played"
    )
    assert field_types(spec, "entry") == {
        "seed_number": "text",
        "entry_fee": "decimal",
        "status": "enum",
        "player_id": "reference",
        "tournament_id": "reference",
    }
    assert "entry_fee" not in field_types(spec, "player")  # the entry's, not the player's


# --- roles after while, kinds of things logged, dates things run to, records and what tracks them


def test_while_without_a_comma_starts_another_role() -> None:
    spec = design(
        "Classes have a level. Instructors have a name. Instructors see only their own classes"
        " while the owner sees everything."
    )
    assert spec.permissions.roles == ["instructor", "owner"]


def test_every_kind_of_things_logged_during_each_record_are_its_records() -> None:
    spec = design(
        "Sessions have a date. During each session we log every parked car's registration,"
        " colour and bay."
    )
    assert field_types(spec, "parked_car") == {
        "registration": "text",
        "colour": "text",
        "bay": "text",
        "session_id": "reference",
    }


def test_the_date_someone_is_paid_up_to() -> None:
    spec = design("For each member I want their name and the date they're paid up to.")
    assert field_types(spec, "member") == {"name": "text", "paid_up_to": "date"}


def test_its_own_record_with_and_which_we_track_by() -> None:
    spec = design(
        "Every plant we grow gets its own record with variety, sowing date and a price, and it"
        " sits in one of our greenhouses, which we track by code and temperature setting"
        " because the heaters matter."
    )
    assert field_types(spec, "plant") == {
        "variety": "text",
        "sowing_date": "date",
        "price": "decimal",
        "greenhouse_id": "reference",
    }
    assert field_types(spec, "greenhouse") == {"code": "text", "temperature_setting": "decimal"}


def test_a_contribution_is_money() -> None:
    spec = design("Each flat has a number and a weekly maintenance contribution.")
    assert field_types(spec, "flat")["weekly_maintenance_contribution"] == "decimal"


# --- pointers before a colon, records named in brackets, an occasion after a flow ---------------


def test_words_pointing_at_the_clause_after_a_colon_go() -> None:
    assert without_the_other_one("feeding is the other big one: staff log each feed") == (
        "staff log each feed"
    )
    assert without_the_other_one("stock's the main thing: each item has a code") == (
        "each item has a code"
    )


def test_records_named_in_brackets_with_their_list() -> None:
    assert bracketed_clause(
        "every plant has the grower it came from (growers with a name and phone), and it"
        " sits in a bed"
    ) == (
        "every plant has the grower it came from, and it sits in a bed; growers have a name"
        " and phone"
    )
    spec = design(
        "Every plant has a variety, plus the grower it came from (I keep growers with a name"
        " and phone), and it sits in one of our beds."
    )
    assert field_types(spec, "grower") == {"name": "text", "phone": "text"}
    assert ("plant", "bed", "many_to_one") in relations(spec)


def test_an_occasion_after_a_flow_is_a_clause_of_its_own() -> None:
    assert split_new_subjects(
        "a bike is listed, then reserved, then sold, and when someone buys one i want a sale"
        " recorded with the date"
    ) == (
        "a bike is listed, then reserved, then sold; when someone buys one i want a sale"
        " recorded with the date"
    )
    spec = design(
        "Bikes have a frame size. A bike is listed, then reserved, then sold, and when someone"
        " buys one I want a sale recorded with the date and what they paid."
    )
    assert flows(spec)["bike"] == ("status", ["listed", "reserved", "sold"])
    assert field_types(spec, "sale") == {"date": "date", "amount_paid": "decimal"}


# --- a series of meetings, and a record per person at each one ----------------------------------


def test_a_series_of_meetings_and_a_record_per_person_at_each() -> None:
    assert record_per_each("every course meets as a series of sessions, each on a date") == (
        "every course has several sessions, each with a date"
    )
    assert record_per_each("we keep a register entry per pupil saying whether they came") == (
        "we keep a register entry for each pupil with whether they came"
    )
    spec = design(
        "Courses have a title. Pupils have a name. Every course meets as a series of sessions,"
        " each on a date, and at each session we keep a register entry per pupil saying"
        " whether they came and whether they paid."
    )
    assert field_types(spec, "session") == {
        "name": "text",
        "date": "date",
        "course_id": "reference",
    }
    assert field_types(spec, "register_entry") == {
        "attended": "boolean",
        "paid": "boolean",
        "session_id": "reference",
        "pupil_id": "reference",
    }


# --- a record tying three, a named tick box, a list kept as its own, only able to ---------------


def test_a_record_tying_three_others_with_a_tick_box_of_its_own() -> None:
    assert belongs_to_both(
        "a hire ties a boat to a member and a date slot and has a paid flag"
    ) == (
        "a hire belongs to a boat; a hire belongs to a member; a hire belongs to a date slot;"
        " a hire has a paid flag"
    )
    # two, with the list after a comma, as before
    assert belongs_to_both("a booking ties a guest to a room, with a price") == (
        "a booking belongs to a guest; a booking belongs to a room; a booking has a price"
    )
    spec = design(
        "Boats have a name. Members have a name. Trips have a date. A hire ties a boat to a"
        " member and a trip and has a returned tick box."
    )
    assert field_types(spec, "hire") == {
        "returned": "boolean",
        "boat_id": "reference",
        "member_id": "reference",
        "trip_id": "reference",
    }


def test_things_kept_as_their_own_list_in_brackets() -> None:
    spec = design(
        "Every walk goes to one hill (we keep hills as their own list with a name, a region and"
        " a height), plus a walk has a date."
    )
    assert field_types(spec, "hill") == {"name": "text", "region": "text", "height": "decimal"}
    assert field_types(spec, "walk") == {"date": "date", "hill_id": "reference"}


def test_should_only_be_able_to() -> None:
    spec = design(
        "Trips have a date. Trip leaders should only be able to edit their own trips, and the"
        " committee can do anything."
    )
    assert spec.permissions.roles == ["trip_leader", "committee"]


def test_a_record_after_so_ties_three_others() -> None:
    assert belongs_to_both(
        "people borrow boats for a trip, so a hire ties a boat to a member and a trip"
    ) == (
        "people borrow boats for a trip; a hire belongs to a boat; a hire belongs to a member;"
        " a hire belongs to a trip"
    )


# --- kinds listed under a header, and one of ours in a role -------------------------------------


def test_kinds_listed_under_a_header_are_the_type_of_one_record() -> None:
    assert (
        kinds_of_things(
            "then there is the gear: ropes, tents and stoves, each item with a code and a type"
        )
        == "each gear item has a type (rope, tent, stove), a code"
    )
    spec = design(
        "Then there's the gear: ropes, tents and stoves, each item with a code and a type."
    )
    assert entity_names(spec) == {"gear_item"}
    gear = spec.entity("gear_item")
    assert gear is not None
    kind = gear.field("type")
    assert kind is not None and kind.options == ["rope", "tent", "stove"]


def test_a_role_who_is_one_of_our_people_points_at_them() -> None:
    spec = design(
        "Members have a name. A trip has a date, a meeting point and a leader, who is just one"
        " of our members."
    )
    assert field_types(spec, "trip") == {
        "date": "date",
        "meeting_point": "text",
        "leader_member_id": "reference",
    }
    assert ("trip", "member", "many_to_one") in relations(spec)


def test_records_each_one_has_after_what_it_holds() -> None:
    spec = design(
        "For every client we keep the full name and date of birth, plus one or more contacts"
        " with a name, phone and email."
    )
    assert field_types(spec, "client") == {"full_name": "text", "date_of_birth": "date"}
    assert field_types(spec, "contact") == {
        "name": "text",
        "phone": "text",
        "email": "email",
        "client_id": "reference",
    }


def test_an_amount_in_a_unit_per_group_is_added_up_and_time_is_not() -> None:
    spec = design(
        "Fields have a name. Every spray gets logged against a field with the date and the"
        " amount in litres. Show me litres sprayed per field."
    )
    (report,) = spec.reports
    assert (report.measure.agg, report.measure.field) == ("sum", "amount_litres")
    spec = design(
        "Tables have a number. A booking is for one table with a start time and an end time."
        " Show me hours booked per table per week."
    )
    assert [r.measure.agg for r in spec.reports] == ["count"]


def test_a_record_no_header_names_as_an_act_leaves_the_list_to_its_people() -> None:
    spec = design(
        "Races have a name. Swimmers enter online with their name, email, date of birth and"
        " club; each entry is for one race and gets a lane number."
    )
    assert {"name", "email", "date_of_birth", "club"} <= set(field_types(spec, "swimmer"))
