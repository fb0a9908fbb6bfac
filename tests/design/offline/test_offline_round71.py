"""Round 71: lists told second or against another record, values joined inside a choice, flows
with a step left unordered, the one who did it named, records raised or taken as something,
and the words around them the readers must not take for records.

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
    relations,
    report_titles,
    simplified,
)

from appwright.design.offline.arising_records import take_from_one_as
from appwright.design.offline.clause_joints import (
    a_stop_where_we_note,
    and_on_it_we_keep,
    each_from_one,
    each_with_and_each_with,
    names_its_many_each_with,
    one_for_another_listed_then,
)
from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.dated_notes import dated_notes
from appwright.design.offline.from_our_ones import come_from_our_ones
from appwright.design.offline.has_lists import said_as_has
from appwright.design.offline.how_much_it_holds import how_much_it_holds
from appwright.design.offline.list_items import split_list, split_options
from appwright.design.offline.people_put_on import puts_one_on_one_as
from appwright.design.offline.people_told import name_of_who_did_it
from appwright.design.offline.recorded_against import things_against_one_record
from appwright.design.offline.relative_clauses import raised_one_which_has
from appwright.design.offline.they_named import those_we_keep


def test_a_list_stated_as_the_second_predicate_is_the_records() -> None:
    spec = design(
        "Growers have a name. Crops have a name. A seed order is with one grower for one crop "
        "and states the sowing date, the trays ordered and a status of placed, sown or "
        "collected."
    )
    assert {"sowing_date", "status"} <= set(field_types(spec, "seed_order"))
    assert ("seed_order", "grower", "many_to_one") in relations(spec)
    assert ("seed_order", "crop", "many_to_one") in relations(spec)
    # a list said first is read as before
    spec = design("Growers have a name. A seed order states the sowing date and the trays ordered.")
    assert {"sowing_date", "trays_ordered"} <= set(field_types(spec, "seed_order"))


def test_next_of_kin_is_one_noun() -> None:
    spec = design(
        "Patients: name, ward. Next of kin per patient: name, relationship, phone, email."
    )
    assert "next_of_kin" in entity_names(spec)
    assert "next" not in entity_names(spec)
    assert ("next_of_kin", "patient", "many_to_one") in relations(spec)


def test_a_relative_after_a_noun_of_another_is_cut_to_the_noun() -> None:
    spec = design(
        "For every tow we note the date, the proof of identity we were shown, our fee and the "
        "fuel cost."
    )
    assert {"proof_of_identity", "fee", "fuel_cost"} <= set(field_types(spec, "tow"))
    spec = design("A harvest day has a date and the expected crates of apples it will fill.")
    assert "expected_crates_of_apples" in field_types(spec, "harvest_day")
    spec = design("For every refill we note the date, the gas it was filled with and the fee.")
    assert "gas" in field_types(spec, "refill")


def test_the_name_of_the_one_who_did_it_is_a_record_of_people() -> None:
    said = (
        "for each cleaning we note the date and the fee, plus the name of the window cleaner "
        "who did it"
    )
    assert name_of_who_did_it(said) == (
        "for each cleaning we note the date and the fee; each cleaning belongs to one cleaner; "
        "each cleaner has a name"
    )
    spec = design(
        "Every rent payment is logged with the date, the amount and the member of office staff "
        "who took it."
    )
    assert ("rent_payment", "staff_member", "many_to_one") in relations(spec)
    # a name that is not of the one who did it stays a field
    said = "for each cleaning we note the date, plus the name of the street"
    assert name_of_who_did_it(said) == said


def test_an_and_inside_a_value_stays_when_or_ends_the_list() -> None:
    assert split_options("roof, walls, doors and windows, or other") == [
        "roof",
        "walls",
        "doors and windows",
        "other",
    ]
    assert split_options("lead, doors and windows") == ["lead", "doors", "windows"]
    assert split_list("a trade: roofing, drains and gutters, or other") == [
        "a trade: roofing, drains and gutters, or other"
    ]
    spec = design("Each survey has an area: roof, drains and gutters, or garden.")
    assert field_options(spec, "survey")["area"] == ["roof", "drains_and_gutters", "garden"]


def test_values_after_a_colon_make_no_clause() -> None:
    assert not is_clause("a kind: boots, pipes and taps, or other")
    assert is_clause("a stock list of boots: each one has a size")


def test_a_flow_whose_second_step_has_no_then() -> None:
    spec = design(
        "Complaints have a summary. Complaints start open, get passed to the manager, then are "
        "marked closed."
    )
    assert flows(spec)["complaint"][1][0] == "open"
    assert flows(spec)["complaint"][1][-1] == "closed"


def test_the_record_then_moving_is_the_flows_record() -> None:
    spec = design(
        "A rescue has a time. We assign a boat crew to it, and the rescue then moves from "
        "logged to launched to returned."
    )
    assert flows(spec)["rescue"][1] == ["logged", "launched", "returned"]
    assert "rescue_then" not in field_types(spec, "rescue")


def test_dated_notes_added_to_a_record_are_records_with_a_date() -> None:
    assert dated_notes("the vet adds dated care notes to a kennel.") == (
        "the vet adds care notes to a kennel, each with a date and a note."
    )
    spec = design("Kennels have a number. The vet adds dated care notes to a kennel.")
    assert {"date", "note"} <= set(field_types(spec, "care_note"))
    assert ("care_note", "kennel", "many_to_one") in relations(spec)
    # notes with no date said are left as they were
    said = "the vet adds care notes to a kennel."
    assert dated_notes(said) == said


def test_the_total_collected_is_the_money_added_up() -> None:
    titles = report_titles(
        "Each subscription payment has a date and an amount. Show me the total collected per month."
    )
    assert len(titles) == 1
    assert "money" in titles[0].lower()


def test_which_way_records_come_in_names_no_header() -> None:
    spec = design("Fabrics: name, colour. Rolls in, per fabric: date, metres, cost.")
    assert {"date", "metres", "cost"} <= set(field_types(spec, "roll"))
    assert ("roll", "fabric", "many_to_one") in relations(spec)


def test_a_record_that_puts_one_on_another_as_a_role_has_both() -> None:
    assert puts_one_on_one_as(
        "each stall shift puts a helper on a market as cashier, packer or runner"
    ) == (
        "each stall shift belongs to one helper; each stall shift belongs to one market; "
        "each stall shift has a role (cashier, packer or runner)"
    )
    spec = design(
        "Helpers have a name. Markets have a date. Stall shifts putting a helper on a market "
        "as cashier, packer or runner, with a yes/no once they have confirmed."
    )
    assert field_options(spec, "stall_shift")["role"] == ["cashier", "packer", "runner"]
    assert field_types(spec, "stall_shift")["confirmed"] == "boolean"
    assert ("stall_shift", "helper", "many_to_one") in relations(spec)
    assert ("helper", "market", "many_to_one") not in relations(spec)
    # putting one on another with no role said is left as it was
    said = "each stall shift puts a helper on a market"
    assert puts_one_on_one_as(said) == said
    # a yes/no *for whether* keeps its question, as before
    spec = design("Every kiln firing has a date and a yes/no for whether it's a glaze firing.")
    assert field_types(spec, "kiln_firing").get("glaze_firing") == "boolean"


def test_a_dash_list_after_the_one_named_last_is_its_own() -> None:
    spec = design("Bulbs have a variety. Each bulb from one grower - name, account no., website.")
    assert {"name", "account_number", "website"} <= set(field_types(spec, "grower"))
    assert ("bulb", "grower", "many_to_one") in relations(spec)


def test_it_after_someone_raises_a_record_is_the_record() -> None:
    spec = design(
        "Tenants have a name. A tenant who wants to leave raises a notice with a reason; it "
        "stays pending until it is accepted or refused."
    )
    assert flows(spec)["notice"][1] == ["pending", "accepted", "refused"]
    assert "tenant" not in flows(spec)


def test_a_step_moved_to_a_place_is_a_state() -> None:
    spec = design(
        "A loan has a date. A loan moves from packed to sent to at the school and then to "
        "returned, or to lost if it never comes back."
    )
    assert flows(spec)["loan"][1] == ["packed", "sent", "at_school", "returned", "lost"]


def test_many_got_first_each_from_one() -> None:
    said = "bigger orders get samples first, each from one mill for one order with a colour"
    assert each_from_one(said) == (
        "bigger orders get samples; each sample is from one mill for one order with a colour"
    )
    spec = design(
        "Mills have a name. Orders have a date. Bigger orders get samples first, each from one "
        "mill for one order with a colour and the date received."
    )
    assert ("sample", "mill", "many_to_one") in relations(spec)
    assert ("sample", "order", "many_to_one") in relations(spec)
    assert "date_received" in field_types(spec, "sample")


def test_things_against_a_record_hold_their_own_list() -> None:
    assert things_against_one_record(
        "refunds against an order record the date, the amount and the reason"
    ) == ("each refund belongs to one order; each refund has the date, the amount and the reason")
    spec = design(
        "Orders have a number. Refunds against an order record the date, the amount and how it "
        "was paid: card or cash."
    )
    assert ("refund", "order", "many_to_one") in relations(spec)
    assert field_options(spec, "refund")["method"] == ["card", "cash"]
    assert "amount" not in field_types(spec, "order")


def test_a_bracket_inside_the_subject_lists_the_subjects_own() -> None:
    said = (
        "each call-out we make for a landlord (address and the date attended) is billed on an "
        "invoice"
    )
    assert one_for_another_listed_then(said) == (
        "each call-out belongs to one landlord; each call-out has address and the date attended; "
        "each call-out is billed on an invoice"
    )
    # a bracket of one word is no list
    said = "each call-out for a landlord (private) is billed on an invoice"
    assert one_for_another_listed_then(said) == said


def test_those_kept_separately_are_the_many_named_before() -> None:
    assert those_we_keep(
        "walkers only need a name, but corporate teams pay, so we keep those separately with a "
        "team name and a contact email"
    ) == ("walkers only need a name; corporate teams have a team name and a contact email")
    spec = design(
        "Walkers have a name. Places have a date. Walkers just need a name, but school groups "
        "pay, so we keep those separately with a group name, a contact email and a fee, and a "
        "place can be for a group instead of a walker."
    )
    assert {"group_name", "contact_email", "fee"} <= set(field_types(spec, "school_group"))
    assert ("place", "school_group", "many_to_one") in relations(spec)
    assert ("place", "walker", "many_to_one") not in relations(spec)


def test_what_is_raised_on_a_record_has_the_relative_clause() -> None:
    assert (
        raised_one_which_has("she raises a flag on it, which has a reason and a level")
        == "she raises a flag on it; a flag has a reason and a level"
    )
    spec = design(
        "Inspections have a date. If something is wrong the inspector raises a defect on it, "
        "which has a description, a severity of low, medium or high, and a photo link."
    )
    assert field_options(spec, "defect")["severity"] == ["low", "medium", "high"]
    assert "severity" not in field_types(spec, "inspection")


def test_cancelled_at_either_stage_is_a_step_from_both() -> None:
    spec = design(
        "Each hire has a date; it's requested first, then confirmed, and it can be cancelled "
        "at either stage."
    )
    assert flows(spec)["hire"][1] == ["requested", "confirmed", "cancelled"]


def test_a_list_enough_for_them_after_a_comma_is_theirs() -> None:
    spec = design(
        "The trailers only need a registration and how much they can carry in kilos, and for "
        "hauliers a name and a mobile number is plenty."
    )
    assert {"registration", "capacity_kilos"} <= set(field_types(spec, "trailer"))
    assert {"name", "mobile_number"} <= set(field_types(spec, "haulier"))
    assert how_much_it_holds("a name and how many it seats") == "a name and a capacity"
    # what they need that is an account is no list
    assert said_as_has("drivers need a login and a van") == "drivers need a login and a van"


def test_on_it_we_keep_is_the_subjects_list() -> None:
    said = "a lease covers one unit, and on it we keep the start date and the rent"
    assert and_on_it_we_keep(said) == (
        "a lease covers one unit; each lease has the start date and the rent"
    )
    spec = design(
        "Units have a number. A lease is with one tenant and covers one unit, and on it we keep "
        "the start date, the end date and the rent."
    )
    assert {"start_date", "end_date", "rent"} <= set(field_types(spec, "lease"))
    assert "rent" not in field_types(spec, "unit")


def test_where_we_note_after_a_stop_is_the_stops_list() -> None:
    said = (
        "a pickup is a stop at one of our farms (name and phone) where we note the order on "
        "the round and the crates taken"
    )
    assert a_stop_where_we_note(said) == (
        "a pickup is a stop at one of our farms (name and phone); each pickup has the order on "
        "the round and the crates taken"
    )
    spec = design(
        "A pickup is a stop at one of our farms (we need their name and phone) where we note "
        "how many crates we took and whether the farmer signed for it."
    )
    assert "crates" in field_types(spec, "pickup")
    assert "crates" not in field_types(spec, "farm")


def test_a_second_predicate_after_two_links_is_the_records_list() -> None:
    spec = design(
        "Every fixture result is linked to a squad and to a visiting school, and records the "
        "date, the outcome (win, loss or draw) and the points earned."
    )
    assert field_options(spec, "fixture_result")["outcome"] == ["win", "loss", "draw"]
    assert "points_earned" in field_types(spec, "fixture_result")
    assert ("fixture_result", "squad", "many_to_one") in relations(spec)


def test_one_now_and_then_in_another_state_is_one_more_end() -> None:
    spec = design(
        "A claim has a date. It starts as lodged, goes into review, and ends up paid, though "
        "now and then one is withdrawn."
    )
    assert flows(spec)["claim"][1] == ["lodged", "review", "paid", "withdrawn"]


def test_a_noun_after_its_article_is_no_verb_with_a_particle() -> None:
    assert "each key in the safe" in simplified("each key in the safe has a tag and a code")
    assert simplified("we key in the code") == "we key the code"


def test_records_kept_inside_another_each_with_a_list() -> None:
    said = (
        "for each estate we record each gate with its location, and each fob in the scheme "
        "with its code"
    )
    assert each_with_and_each_with(said) == (
        "for each estate we record each gate with its location; for each estate we record "
        "each fob with its code"
    )
    spec = design(
        "Estates have a name. Inside an estate we record every gate with its location and the "
        "lock fitted, and every fob in the scheme with its level (master or user) and its code."
    )
    assert ("gate", "estate", "many_to_one") in relations(spec)
    assert ("fob", "estate", "many_to_one") in relations(spec)
    assert field_options(spec, "fob")["level"] == ["master", "user"]


def test_records_from_our_many_with_their_list_in_brackets() -> None:
    said = (
        "parcels come from our couriers (name and phone), one shop per parcel, with the "
        "weight and the cost"
    )
    assert come_from_our_ones(said) == (
        "each parcel belongs to one courier; each courier has name and phone; each parcel is "
        "for one shop; each parcel has the weight and the cost"
    )
    spec = design(f"Shops have a name. {said.capitalize()}.")
    assert {"name", "phone"} <= set(field_types(spec, "courier"))
    assert ("parcel", "shop", "many_to_one") in relations(spec)


def test_what_people_take_from_a_record_as_something_is_a_record() -> None:
    said = (
        "fishermen book bait from a tide day as a reservation, which records the kilos and "
        "the pickup time and goes from booked to collected"
    )
    assert take_from_one_as(said) == (
        "each reservation belongs to one tide day; each reservation belongs to one fisherman; "
        "each reservation has the kilos and the pickup time; each reservation goes from booked "
        "to collected"
    )
    spec = design(f"Fishermen have a name. Tide days have a date. {said.capitalize()}.")
    assert ("reservation", "tide_day", "many_to_one") in relations(spec)
    assert ("tide_day", "reservation", "many_to_one") not in relations(spec)


def test_one_example_named_with_the_is_no_record() -> None:
    spec = design(
        "Each gift has a date, and it can be put towards one fund; funds like the organ fund "
        "have a name and a target."
    )
    assert "organ_fund" not in entity_names(spec)
    assert {"name", "target"} <= set(field_types(spec, "fund"))


def test_how_it_was_paid_then_its_values() -> None:
    spec = design("Each ticket sale records the amount and how it was paid, cash or card.")
    assert field_options(spec, "ticket_sale")["method"] == ["cash", "card"]
    assert "cash" not in field_types(spec, "ticket_sale")


def test_one_for_each_inside_another() -> None:
    spec = design(
        "Tenancies have a number. Rent reviews have a year. Inside a rent review there's a "
        "change for each tenancy, with the old rent, the new rent and the date it starts."
    )
    assert ("change", "rent_review", "many_to_one") in relations(spec)
    assert ("change", "tenancy", "many_to_one") in relations(spec)
    assert ("rent_review", "change", "many_to_one") not in relations(spec)


def test_a_last_step_marked_once_something_happens() -> None:
    spec = design(
        "A budget goes from draft to proposed to approved, and then once the minutes have gone "
        "out we mark it published."
    )
    assert flows(spec)["budget"][1] == ["draft", "proposed", "approved", "published"]


def test_a_record_we_open_saying_a_list_holds_it() -> None:
    spec = design(
        "Boats have a name. Moorings have a number. Each time one goes out we open a voyage "
        "saying which mooring it left from, the skipper it was taken by, the date it left and "
        "the date it came back."
    )
    assert {"left_date", "return_date"} <= set(field_types(spec, "voyage"))
    assert ("voyage", "mooring", "many_to_one") in relations(spec)


def test_one_who_marks_each_present_or_absent_with_a_note() -> None:
    spec = design(
        "Pupils have a name. Lessons have a date. At every lesson the tutor marks each pupil "
        "present, absent or late on the register, with an optional note."
    )
    assert field_options(spec, "attendance")["status"] == ["present", "absent", "late"]
    assert "note" in field_types(spec, "attendance")
    assert ("attendance", "lesson", "many_to_one") in relations(spec)
    assert ("attendance", "pupil", "many_to_one") in relations(spec)
    # marks that are no attendance are left as they were
    spec = design(
        "Pupils have a name. Lessons have a date. At every lesson the tutor marks each pupil "
        "red, amber or green."
    )
    assert "attendance" not in entity_names(spec)


def test_the_many_a_record_names_each_with_a_list_are_its_own() -> None:
    assert (
        names_its_many_each_with(
            "each school names its approved drivers, each with a name and a licence number"
        )
        == "each driver belongs to one school; each driver has a name and a licence number"
    )
    spec = design(
        "Each school (name and address) names its approved drivers, each with a name and a "
        "licence number. A driver books a minibus for a date."
    )
    assert ("driver", "school", "many_to_one") in relations(spec)
    assert ("school", "driver", "many_to_one") not in relations(spec)
    assert {"name", "address"} <= set(field_types(spec, "school"))


def test_our_and_their_of_one_thing_are_two_fields() -> None:
    spec = design("Each quiz night has a date, the rival team, our score and their score.")
    assert field_types(spec, "quiz_night")["our_score"] == "integer"
    assert "their_score" in field_types(spec, "quiz_night")
    # our alone is a determiner, as before
    assert "score" in field_types(design("Each quiz night has a date and our score."), "quiz_night")
