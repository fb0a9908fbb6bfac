"""Round 83: records told by what they join or by where they are listed (*we create an appointment
linking the judge to a show and ...*, *along a route are its stops: ...*, *against an
installation we raise a notification carrying ...*, *we book a fitting day by putting one team
on one job for a date*), records someone makes and we note, lists said of several owners at once
(*we keep bidders' names and emails, lot numbers and titles, ...*, *dogs we only need by
registered name, members by name and phone*), and flows said with an aside.

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_options, field_types, flows, relations

# --- records linking several --------------------------------------------------------------------


def test_a_record_we_create_linking_one_to_another_and_a_third() -> None:
    spec = design(
        "Speakers are kept with their name. When we book someone we create a booking linking "
        "the speaker to a venue and the topic they will cover, with the date we sent the request."
    )
    assert {
        ("booking", "speaker", "many_to_one"),
        ("booking", "venue", "many_to_one"),
        ("booking", "topic", "many_to_one"),
    } <= relations(spec)


def test_a_record_that_ties_one_to_another_and_gives_a_value() -> None:
    spec = design(
        "Each race has a distance. For every runner who finishes we add a placing that ties the "
        "runner to the race and gives the place: first, second or third."
    )
    assert ("placing", "runner", "many_to_one") in relations(spec)
    assert ("placing", "race", "many_to_one") in relations(spec)
    assert field_options(spec, "placing")["place"] == ["first", "second", "third"]


def test_each_entry_links_one_to_another_after_and() -> None:
    spec = design(
        "Wardens have a name. Whenever a warden opens a hut they sign in, and each hut entry links "
        "that warden to the hut with the sign-in time and the sign-out time."
    )
    assert ("hut_entry", "warden", "many_to_one") in relations(spec)
    assert {"sign_in_time", "sign_out_time"} <= set(field_types(spec, "hut_entry"))


def test_we_book_one_by_putting_one_on_another_for_a_date() -> None:
    spec = design(
        "Crews have a name and jobs have an address. We book a work day by putting one crew on one "
        "job for a date, noting how many skips are needed and whether a permit is needed."
    )
    assert ("work_day", "crew", "many_to_one") in relations(spec)
    assert ("work_day", "job", "many_to_one") in relations(spec)
    assert "date" in field_types(spec, "work_day")


def test_a_record_that_places_one_at_another_on_a_date() -> None:
    spec = design(
        "Sites have a name. Guards have a name, and a duty places one guard at one site on a "
        "date with a start time and an end time."
    )
    assert ("duty", "guard", "many_to_one") in relations(spec)
    assert ("duty", "site", "many_to_one") in relations(spec)
    assert {"date", "start_time", "end_time"} <= set(field_types(spec, "duty"))
    assert "start_time" not in field_types(spec, "guard")


def test_each_line_picks_one_from_our_range() -> None:
    spec = design(
        "Paints have a name. The estimate is made up of lines, and each line picks a paint from "
        "our range with a colour, a number of tins and the price we agreed."
    )
    assert ("line", "estimate", "many_to_one") in relations(spec)
    assert ("line", "paint", "many_to_one") in relations(spec)
    assert "colour" in field_types(spec, "line")
    assert "colour" not in field_types(spec, "paint")


def test_lines_each_point_to_one_and_hold_a_list() -> None:
    spec = design(
        "Bills have a number. Bill lines each point to a room (room number and floor) and hold "
        "the nightly rate and the nights stayed."
    )
    assert ("bill_line", "room", "many_to_one") in relations(spec)
    assert {"room_number", "floor"} <= set(field_types(spec, "room"))
    assert {"nightly_rate", "nights_stayed"} <= set(field_types(spec, "bill_line"))


def test_one_holds_a_record_for_every_other() -> None:
    spec = design(
        "Each delivery run has a date and rounds have a name. Stops have an address. Each delivery "
        "run holds a drop for every stop we call at, showing the crates left and the time."
    )
    assert ("drop", "delivery_run", "many_to_one") in relations(spec)
    assert ("drop", "stop", "many_to_one") in relations(spec)
    assert "crates_left" in field_types(spec, "drop")


def test_the_weekly_record_for_one_is_its_own() -> None:
    spec = design(
        "Each pupil has a name. The weekly progress sheet for a pupil has a week start date and "
        "goes from drafted to checked to sent."
    )
    assert ("progress_sheet", "pupil", "many_to_one") in relations(spec)
    assert flows(spec)["progress_sheet"] == ("status", ["drafted", "checked", "sent"])


def test_each_belongs_to_one_of_ours_who_has_a_list() -> None:
    spec = design(
        "Boats have a name and a sail number, and each belongs to one of our members, who has a "
        "name, email and phone."
    )
    assert ("boat", "member", "many_to_one") in relations(spec)
    assert {"name", "email", "phone"} <= set(field_types(spec, "member"))
    assert "email" not in field_types(spec, "boat")


# --- records listed under another, or raised on it ----------------------------------------------


def test_along_one_are_its_records() -> None:
    spec = design(
        "Trails have a name. Along a trail are its waymarks: the marker number, a grid reference "
        "and the height."
    )
    assert ("waymark", "trail", "many_to_one") in relations(spec)
    assert {"marker_number", "grid_reference", "height"} <= set(field_types(spec, "waymark"))


def test_against_each_one_we_list_its_records() -> None:
    spec = design(
        "Each recipe card belongs to one chef. Against each card we list the ingredient changes: "
        "the ingredient, the kind of change (added, removed or swapped) and the new amount."
    )
    assert ("ingredient_change", "card", "many_to_one") in relations(spec) or (
        "ingredient_change",
        "recipe_card",
        "many_to_one",
    ) in relations(spec)
    assert field_options(spec, "ingredient_change")["change_type"] == [
        "added",
        "removed",
        "swapped",
    ]


def test_items_listed_with_the_thing_they_count_stay_lines() -> None:
    spec = design(
        "Each stocktake belongs to a shop and has a date. On every stocktake we list the items: "
        "the stock item, how many were expected and how many were found. Stock items have a code."
    )
    assert "item" not in entity_names(spec)


def test_against_one_we_raise_a_record_carrying_a_list() -> None:
    spec = design(
        "Boilers have a serial number. Against a boiler we raise a service ticket carrying a "
        "ticket number, the date raised and a status that runs open, booked, closed."
    )
    assert ("service_ticket", "boiler", "many_to_one") in relations(spec)
    assert {"ticket_number", "date_raised"} <= set(field_types(spec, "service_ticket"))
    assert "ticket_number" not in field_types(spec, "boiler")


def test_someone_hands_in_a_record_showing_a_list() -> None:
    spec = design(
        "Baristas are listed by name. At the end of each shift a barista hands in a till report "
        "showing the date, the cash total and the card total."
    )
    assert ("till_report", "barista", "many_to_one") in relations(spec)
    assert {"cash_total", "card_total"} <= set(field_types(spec, "till_report"))


def test_every_one_gets_measured_colon_is_its_list() -> None:
    spec = design(
        "An inspection has a date. During the inspection every hydrant gets tested: the flow "
        "rate, the pressure and a yes/no for whether the cap is missing."
    )
    assert {"flow_rate", "pressure"} <= set(field_types(spec, "hydrant"))


def test_a_list_line_each_for_one_with_a_list() -> None:
    spec = design(
        "Part orders:\n- parts with a name and a price\n- orders placed with one supplier, with an "
        "order date\n- order lines, each for one part, with quantity ordered and the unit price"
    )
    assert ("order_line", "part", "many_to_one") in relations(spec)
    assert {"quantity_ordered", "unit_price"} <= set(field_types(spec, "order_line"))


def test_each_for_one_and_carried_out_by_another_is_not_a_list() -> None:
    spec = design(
        "Audits app:\n- farms, with a name\n- audits, each for one farm and carried out by one of "
        "our vets, with the audit date and a score"
    )
    assert "audit_date" in field_types(spec, "audit")


def test_a_record_logged_against_one_of_those() -> None:
    spec = design(
        "Each prescription has a drug name. Then every refill is logged against one of those "
        "prescriptions with the date and the quantity."
    )
    assert ("refill", "prescription", "many_to_one") in relations(spec)
    assert "quantity" in field_types(spec, "refill")
    assert "quantity" not in field_types(spec, "prescription")


# --- records someone makes, and we note -------------------------------------------------------


def test_we_make_one_and_the_one_remembers_which() -> None:
    spec = design(
        "Tools have a name. When a member borrows a tool we make a loan, and the loan remembers "
        "which tool, which member and which shed it went out from, plus the date lent."
    )
    assert {
        ("loan", "tool", "many_to_one"),
        ("loan", "member", "many_to_one"),
        ("loan", "shed", "many_to_one"),
    } <= relations(spec)
    assert "date_lent" in field_types(spec, "loan")


def test_someone_makes_a_record_and_we_note_a_list() -> None:
    spec = design(
        "Donors have a name. Each year a donor makes a pledge, and we note the year, the amount "
        "and the date promised."
    )
    assert ("pledge", "donor", "many_to_one") in relations(spec)
    assert {"amount", "date_promised"} <= set(field_types(spec, "pledge"))


def test_they_make_a_record_and_we_note_a_list() -> None:
    spec = design(
        "Each policy has a number. If they break a window they make a claim, and we note the "
        "claim date and the cost; one of our assessors checks it."
    )
    assert {"claim_date", "cost"} <= set(field_types(spec, "claim"))
    assert "claim_date" not in field_types(spec, "policy")


def test_we_enter_one_per_one_per_another_recording_a_list() -> None:
    spec = design(
        "Aircraft have a registration. From the log book we enter one flight per pilot per "
        "aircraft, recording the take-off time, the landing time and the landings."
    )
    assert ("flight", "pilot", "many_to_one") in relations(spec)
    assert ("flight", "aircraft", "many_to_one") in relations(spec)
    assert "landings" in field_types(spec, "flight")


def test_overs_bowled_and_runs_conceded_are_fields() -> None:
    spec = design("Each spell has overs bowled, maidens, runs conceded, wides and no-balls.")
    assert {"overs_bowled", "runs_conceded", "no_balls"} <= set(field_types(spec, "spell"))
    assert "spell" not in flows(spec)


# --- lists said of several owners at once -----------------------------------------------------


def test_ones_we_only_need_by_a_list_and_others_by_theirs() -> None:
    spec = design(
        "Each mooring is for one boat, one skipper and one harbour. Boats we only need by name, "
        "skippers by name and phone, and harbours by name and county."
    )
    assert {"name", "phone"} <= set(field_types(spec, "skipper"))
    assert {"name", "county"} <= set(field_types(spec, "harbour"))


def test_for_the_one_we_only_need_a_list_for_the_other_just_theirs() -> None:
    spec = design(
        "Each livery is for one horse and one owner at one yard. For the horse I only need the "
        "name and the colour, for the owner just their name, and a yard is a name and a postcode."
    )
    assert {"name", "colour"} <= set(field_types(spec, "horse"))
    assert {"name", "postcode"} <= set(field_types(spec, "yard"))


def test_for_the_one_we_keep_and_for_another_a_list_is_left_to_its_reader() -> None:
    spec = design(
        "For each owner we note a name and phone, and for each of their dogs the name and breed."
    )
    assert "of" not in entity_names(spec)


def test_we_keep_several_owners_lists_in_one_sentence() -> None:
    spec = design(
        "Each pickup records the donor and the box. We keep donors' names and emails, box "
        "numbers and sizes, and drivers' names."
    )
    assert {"name", "email"} <= set(field_types(spec, "donor"))
    assert {"number", "size"} <= set(field_types(spec, "box"))
    assert "name" in field_types(spec, "driver")


def test_underneath_them_we_keep_their_records() -> None:
    spec = design(
        "Each tenant goes on with their name and flat number, and underneath them we keep their "
        "keys, which are really just a key number and a door."
    )
    assert ("key", "tenant", "many_to_one") in relations(spec)
    assert {"key_number", "door"} <= set(field_types(spec, "key"))


def test_ones_listed_by_name_alone() -> None:
    spec = design("Members have a name and an email for receipts; stewards are listed by name.")
    assert "name" in field_types(spec, "steward")


def test_ones_carry_a_list_and_others_just_theirs() -> None:
    spec = design("Plots carry a number and a size, and holders just a name.")
    assert "name" in field_types(spec, "holder")
    assert "holders_just_name" not in field_types(spec, "plot")


def test_ones_are_name_and_a_list() -> None:
    spec = design("Each visit has a date. Clients are name, address and a phone number.")
    assert {"name", "address", "phone_number"} <= set(field_types(spec, "client"))


def test_a_value_picked_from_a_list_we_add_to_is_a_record() -> None:
    spec = design(
        "Every course has a title, a level (beginner, improver, that kind of thing, but I'd "
        "rather pick from a list of levels I can add to), a start date and a price."
    )
    assert ("course", "level", "many_to_one") in relations(spec)
    assert {"start_date", "price"} <= set(field_types(spec, "course"))


# --- flows said with an aside -----------------------------------------------------------------


def test_a_step_taken_as_money_comes_in() -> None:
    spec = design(
        "A fine records the amount; it starts unpaid, becomes part paid as money comes in and "
        "then paid, or it can be written off."
    )
    assert flows(spec)["fine"][1][:3] == ["unpaid", "part_paid", "paid"]


def test_unless_someone_is_withdrawn_is_an_end() -> None:
    spec = design(
        "A referral notes a start date; it goes through booked, first fitting done, follow-up "
        "fitting done and then finished, unless the client is withdrawn."
    )
    assert flows(spec)["referral"][1] == [
        "booked",
        "first_fitting_done",
        "follow_up_fitting_done",
        "finished",
        "withdrawn",
    ]


def test_sometimes_a_step_is_a_step() -> None:
    spec = design(
        "Each repair has a date. After that it gets booked in, so it goes reported, assessed, "
        "sometimes waiting on parts, then mended."
    )
    assert flows(spec)["repair"][1] == ["reported", "assessed", "waiting_on_parts", "mended"]


def test_the_one_itself_moves_along() -> None:
    spec = design("Every tour has a name. The tour itself moves along: planning, open, closed.")
    assert flows(spec)["tour"][1] == ["planning", "open", "closed"]
    assert "tour_move" not in entity_names(spec)


def test_the_head_of_a_name_said_before_moves() -> None:
    spec = design(
        "A loan has a reference. Each loan is split into repayment stages, each with a due date, "
        "and a stage moves from due to invoiced to paid."
    )
    assert flows(spec)["repayment_stage"] == ("status", ["due", "invoiced", "paid"])
    assert "loan" not in flows(spec)


def test_a_status_in_an_each_with_list_is_each_ones() -> None:
    spec = design(
        "Each driver has licence checks, each with a check date and a status that runs from "
        "requested to done and then passed or failed."
    )
    assert flows(spec)["licence_check"][1][:2] == ["requested", "done"]
    assert "driver" not in flows(spec)


def test_a_status_said_to_go_through_two_steps_is_a_flow() -> None:
    spec = design(
        "Each membership has a monthly fee. A membership's status goes pending, then active, and "
        "it can be paused."
    )
    assert flows(spec)["membership"][1][:2] == ["pending", "active"]


def test_how_often_said_before_a_record_logged_against_another() -> None:
    spec = design(
        "Lending plans:\n- each plan belongs to a member and has a start date\n- every month a "
        "repayment is recorded against the plan with the date and the amount"
    )
    assert ("repayment", "plan", "many_to_one") in relations(spec)
    assert "month" not in entity_names(spec)


# --- terse notes ------------------------------------------------------------------------------


def test_a_note_of_who_does_one_on_another_colon_a_list() -> None:
    spec = design(
        "Boat checks. Boats: name, length. Skippers: name, phone. Skipper does a check on a boat "
        "before sailing: date, engine hours, bilge ok y/n, notes."
    )
    # the heading names the check in full
    assert ("boat_check", "skipper", "many_to_one") in relations(spec)
    assert ("boat_check", "boat", "many_to_one") in relations(spec)
    assert {"engine_hours", "bilge_ok"} <= set(field_types(spec, "boat_check"))


def test_a_note_of_one_done_by_another_and_one_per_record() -> None:
    spec = design(
        "Valet log. Per valet: date, car reg, price. Valet done by a cleaner - name, start date. "
        "Customer per valet - name, phone, email."
    )
    assert ("valet", "cleaner", "many_to_one") in relations(spec)
    assert ("valet", "customer", "many_to_one") in relations(spec)
    assert {"name", "phone", "email"} <= set(field_types(spec, "customer"))


def test_a_note_of_things_that_go_in_one() -> None:
    spec = design(
        "Seed orders, monthly. Order: month, date sent. Seed packets go in an order - variety, "
        "packet count, organic y/n."
    )
    assert ("seed_packet", "order", "many_to_one") in relations(spec)
    assert {"variety", "packet_count", "organic"} <= set(field_types(spec, "seed_packet"))


def test_so_we_would_like_to_record_each_colon_a_list() -> None:
    spec = design(
        "Each cup has a name. When a team wins one, the captain keeps it for a year, so I'd like "
        "to record each loan: which cup, which team, the date it was handed over and the date "
        "it's due back."
    )
    assert ("loan", "cup", "many_to_one") in relations(spec)
    assert ("loan", "team", "many_to_one") in relations(spec)


def test_each_one_stored_against_another_and_we_note_a_list() -> None:
    spec = design(
        "Customers are just a name and a phone. What I'd like is each garden stored against the "
        "customer, and we note the lawn area in square metres and whether there's side access."
    )
    assert ("garden", "customer", "many_to_one") in relations(spec)
    assert "side_access" in field_types(spec, "garden")
    assert "side_access" not in field_types(spec, "customer")


def test_made_up_of_records_each_for_one_where_we_note_a_list() -> None:
    spec = design(
        "Shops have a name. A van run belongs to one driver and has a date, then the van run is "
        "made up of drops, each one for a single shop, where we note how many crates and "
        "whether there's a chilled item, yes or no."
    )
    assert ("drop", "van_run", "many_to_one") in relations(spec)
    assert ("drop", "shop", "many_to_one") in relations(spec)
    assert "chilled_item" in field_types(spec, "drop")
    assert "chilled_item" not in field_types(spec, "shop")


def test_a_log_per_record_in_a_note_stays_that_records_lines() -> None:
    spec = design(
        "Mower register. Mowers: serial no, make. Service log per mower - date, work done, parts "
        "cost."
    )
    assert ("mower", "service_log", "many_to_one") not in relations(spec)
