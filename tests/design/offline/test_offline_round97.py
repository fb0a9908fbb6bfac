"""Round 97: records, lists and owners said in a few words or in passing (*on each order there
are lines, each naming ...*; *order lines, each pointing at a menu item with a quantity*;
*hire = one pair of skates + ...; can include several kit items*; *for each fixture a player
marks themselves available, maybe or unavailable*; *an assessment records one skater
attempting one skill on a date, ...*; *we raise a claim with the supplier (supplier name only)
with ...*; *log the numbers called in each game: ...*), steps and kinds told as clauses (*a
status: it's placed, the supplier acknowledges it, ...*; *each roll is either vinyl or
laminate*), who did it (*the fitter who originally did them*), colons that open a clause or
follow a time, and asides that name no record (*it all lives in a spreadsheet*; *strings are
things like BG65 or Ashaway Supernick*; *which string they picked from my stock*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
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

# --- records and lists said in a few words ------------------------------------------------------


def test_lines_there_are_on_each_record() -> None:
    spec = design(
        "A purchase order has an order reference and the date we placed it. On each order "
        "there are lines, each naming a part (part name and code), the quantity and the line cost."
    )
    assert ("order_line", "part", "many_to_one") in relations(spec)
    assert {"quantity", "line_cost"} <= plain_field_names(spec, "order_line")


def test_lines_pointing_at_a_record_with_their_own_list() -> None:
    spec = design(
        "Stock items have a name and a price. Requisitions are made up of requisition lines, "
        "each pointing at a stock item with a quantity."
    )
    assert ("requisition_line", "stock_item", "many_to_one") in relations(spec)
    assert "quantity" in plain_field_names(spec, "requisition_line")
    assert "quantity" not in plain_field_names(spec, "stock_item")


def test_a_terse_note_with_one_pair_of_and_a_subjectless_clause() -> None:
    spec = design(
        "Boots: size, brand, worn out y/n. Poles: length, material. "
        "Rental = one pair of boots + customer name, date, fee; can include several poles."
    )
    assert ("rental", "boot", "many_to_one") in relations(spec)
    assert ("rental", "pole", "many_to_many") in relations(spec)
    assert {"customer_name", "fee"} <= plain_field_names(spec, "rental")


def test_one_of_them_is_the_people_the_clause_before_named() -> None:
    spec = design(
        "Bar staff just have a name, and every order is taken by one of them, with the time and "
        "whether it's a takeaway."
    )
    assert ("order", "bar_staff", "many_to_one") in relations(spec)


def test_availability_marked_for_each_event() -> None:
    spec = design(
        "Each match has a date and a venue. For each match a cricketer marks themselves "
        "available, maybe or unavailable, with an optional note."
    )
    assert ("availability", "cricketer", "many_to_one") in relations(spec)
    assert ("availability", "match", "many_to_one") in relations(spec)
    assert field_options(spec, "availability")["response"] == ["available", "maybe", "unavailable"]


def test_availability_asked_about_each_event_keeps_the_persons_list() -> None:
    spec = design(
        "Each singer, and we keep their name, phone and voice part, gets asked about every "
        "concert and answers available, unavailable or maybe, with a note if they're, say, "
        "only free for the second half."
    )
    assert {"name", "phone", "voice_part"} <= plain_field_names(spec, "singer")
    assert ("availability", "concert", "many_to_one") in relations(spec)
    assert "note" in plain_field_names(spec, "availability")


def test_a_record_of_one_person_attempting_one_thing() -> None:
    spec = design(
        "Each swimmer has a name. The club keeps its own list of strokes (front crawl, "
        "butterfly and so on), each with a name. A grading records one swimmer attempting one "
        "stroke on a date, marked by a judge from the committee (we only need the judge's "
        "name), with a result of pass or retry."
    )
    assert {("grading", "swimmer", "many_to_one"), ("grading", "stroke", "many_to_one")} <= (
        relations(spec)
    )
    assert ("grading", "judge", "many_to_one") in relations(spec)
    assert field_types(spec, "grading")["date"] == "date"


def test_a_record_raised_with_a_party_then_its_list() -> None:
    spec = design(
        "If the insurer pays we open a claim with the broker (broker name only) with a claim "
        "reference, the amount claimed and whether it's settled."
    )
    assert ("claim", "broker", "many_to_one") in relations(spec)
    assert {"claim_reference", "amount_claimed"} <= plain_field_names(spec, "claim")


def test_the_ones_done_in_each_record_logged() -> None:
    spec = design(
        "Each race has a race number. Log the laps timed in each race: lap number + lap time."
    )
    assert ("timed_lap", "race", "many_to_one") in relations(spec)
    assert "lap_number" in plain_field_names(spec, "timed_lap")


def test_what_we_write_down_when_someone_does_it() -> None:
    spec = design(
        "Each raffle has a name and a ticket price, and when somebody finally does win it we "
        "write down the winner's name, the date and how much we paid them."
    )
    assert {"winner_name", "amount_paid"} <= plain_field_names(spec, "win")
    assert "winner" not in entity_names(spec)


def test_a_record_the_rest_goes_on_with_its_own_list() -> None:
    spec = design(
        "Nothing ships until it is paid. After delivery, the balance goes on a final bill with "
        "its own number, amount, due date and a paid yes/no."
    )
    assert {"amount", "due_date", "paid"} <= plain_field_names(spec, "final_bill")


def test_a_record_needs_a_list() -> None:
    spec = design("A voucher needs a voucher code, the value and the expiry date.")
    assert {"voucher_code", "value", "expiry_date"} <= plain_field_names(spec, "voucher")


def test_records_logged_underneath_another_and_pointing_at_one() -> None:
    spec = design(
        "What I'd like is for each brew (it has a brew number and a date) to have its samples "
        "logged underneath it: the gravity, the temperature and who took it. The samples then "
        "get tipped into a waste drum, which really just has a name and its capacity, so a "
        "sample can point at the waste drum it went into."
    )
    assert ("sample", "brew", "many_to_one") in relations(spec)
    assert ("sample", "waste_drum", "many_to_one") in relations(spec)
    assert "gravity" in plain_field_names(spec, "sample")


def test_a_register_of_the_things_we_own() -> None:
    spec = design(
        "So I want a register of every boat we own: the class, the sail number and when we "
        "bought it."
    )
    assert {"sail_number", "purchase_date"} <= plain_field_names(spec, "boat")


# --- owners and links said in passing ------------------------------------------------------------


def test_the_one_who_originally_did_it_and_the_one_doing_it_with_a_remark() -> None:
    spec = design(
        "Walls have a wall number, the room and the plasterer who originally did them. For each "
        "patch we note the wall it's on, the plasterer doing it (not always the same one) and "
        "the reason."
    )
    assert ("wall", "plasterer", "many_to_one") in relations(spec)
    assert ("patch", "plasterer", "many_to_one") in relations(spec)


def test_the_one_who_bought_it_is_left_as_it_was() -> None:
    spec = design("Each sale has the date, the member who bought it and the price.")
    assert ("sale", "member", "many_to_one") in relations(spec)


def test_who_pays_is_named_paid_by() -> None:
    spec = design(
        "For each repair we note the reason, who's paying (the tenant, the landlord or the "
        "insurer) and the hours."
    )
    assert field_options(spec, "repair")["paid_by"] == ["tenant", "landlord", "insurer"]


def test_logged_against_the_ones_named_by_how_they_are_tied() -> None:
    spec = design(
        "What I'd like is for each grievance to be logged against the tenant who raised it (we "
        "have their name and flat number) and the inspection it came up in (the date and the "
        "inspector), with the date of the grievance and a description."
    )
    assert ("grievance", "tenant", "many_to_one") in relations(spec)
    assert ("grievance", "inspection", "many_to_one") in relations(spec)
    assert "flat_number" in plain_field_names(spec, "tenant")


def test_who_it_is_from_with_the_persons_list() -> None:
    spec = design(
        "Every time someone gets in touch we log an enquiry with the date, who it's from (we "
        "keep each client's name, phone and email so we're not typing them again) and the "
        "budget."
    )
    assert ("enquiry", "client", "many_to_one") in relations(spec)
    assert {"name", "phone", "email"} <= plain_field_names(spec, "client")


def test_a_record_sits_under_another_which_has_a_list() -> None:
    spec = design(
        "Trailers carry a plate number and a length and sit under a haulier's depot, which has "
        "a depot name, contact email and phone."
    )
    assert ("trailer", "depot", "many_to_one") in relations(spec)
    assert {"depot_name", "contact_email"} <= plain_field_names(spec, "depot")


def test_on_a_date_with_and_each_a_link_with() -> None:
    spec = design(
        "A wash booking is for one car and one of our valeters, on a date with a start time "
        "and an estimated number of hours. At the end the valeter attaches photos to the "
        "booking, each a link with a caption."
    )
    assert {"date", "start_time"} <= plain_field_names(spec, "wash_booking")
    assert ("photo", "wash_booking", "many_to_one") in relations(spec)


# --- steps and kinds told as clauses -------------------------------------------------------------


def test_status_steps_told_as_clauses() -> None:
    spec = design(
        "A print order has an order reference and a status: it's placed, the printer "
        "acknowledges it, then it's part printed or printed, and now and then it gets cancelled."
    )
    assert flows(spec)["print_order"][1] == [
        "placed",
        "acknowledged",
        "part_printed",
        "printed",
        "cancelled",
    ]


def test_a_kind_told_as_what_the_record_is() -> None:
    spec = design("Each panel is either oak or walnut and has a length and a width.")
    assert field_options(spec, "panel")["type"] == ["oak", "walnut"]
    assert "panel" not in flows(spec)


def test_steps_told_as_what_the_record_is_stay_steps() -> None:
    spec = design("Each order is either confirmed or cancelled and has a date.")
    assert flows(spec)["order"][1] == ["confirmed", "cancelled"]


def test_values_after_a_colon_name_no_records() -> None:
    spec = design(
        "Every musician has a name. We keep a list of desks (front desk, second desk and so "
        "on), each in a section: violins, violas, cellos, basses or winds."
    )
    assert field_options(spec, "desk")["section"] == [
        "violins",
        "violas",
        "cellos",
        "basses",
        "winds",
    ]
    assert entity_names(spec) == {"musician", "desk"}


# --- colons, headers and asides -----------------------------------------------------------------


def test_a_colon_before_a_record_told_in_full() -> None:
    spec = design(
        "Each rower has a name. Then the coach picks the crew from whoever's free: a seating "
        "puts a rower on an outing and goes from picked to confirmed once the rower accepts."
    )
    assert flows(spec)["seating"][1] == ["picked", "confirmed"]
    assert "rower" not in flows(spec)


def test_a_time_before_the_result_we_enter() -> None:
    spec = design(
        "Teams have a name. After every bout we enter the bout result: which of our teams "
        "skated, the opponent, our score and their score."
    )
    assert {"opponent", "our_score", "their_score"} <= plain_field_names(spec, "bout_result")


def test_then_for_the_record_and_what_we_pick_from_our_stock() -> None:
    spec = design(
        "We keep threads. Each thread has a name and a colour. Then for the order itself: which "
        "thread they've picked from my stock, the length they want and the price."
    )
    assert ("order", "thread", "many_to_one") in relations(spec)
    assert "price" in plain_field_names(spec, "order")


def test_a_header_that_says_when() -> None:
    spec = design(
        "We plan the carnival.\n"
        "- for every float that night: the float name, the theme and the start time\n"
        "- marchers walking out each year: name and whether they're a volunteer"
    )
    assert {"float_name", "start_time"} <= plain_field_names(spec, "float")
    assert "volunteer" in plain_field_names(spec, "marcher")


def test_pretty_simple_for_us_just_a_list() -> None:
    spec = design("Heats are pretty simple for us, just a date, the distance and the lane count.")
    assert {"date", "distance", "lane_count"} <= plain_field_names(spec, "heat")


def test_examples_alone_and_where_it_all_lives() -> None:
    spec = design(
        "We sell fabric by the metre, and at the moment it all lives in a notebook only my "
        "partner reads. Fabrics are things like Liberty lawn or Harris tweed, so each fabric has "
        "a name, a width and a price per metre. Customers often pay in bits, so payments come in "
        "against an order with the date and the amount; orders have a number."
    )
    assert "notebook" not in entity_names(spec)
    assert "bit" not in entity_names(spec)
    assert "fabric" not in flows(spec)
    assert ("payment", "order", "many_to_one") in relations(spec)


def test_examples_followed_by_each_ones_list_are_read_as_before() -> None:
    spec = design("Certificates are things like gas safe or part p, each with a code and a title.")
    assert {"code", "title"} <= plain_field_names(spec, "certificate")


def test_a_report_asked_for_by_others() -> None:
    spec = design(
        "Each exam has a subject. A sitting is for one exam, with a grade of pass or fail. "
        "Teachers would like the pass rate per exam."
    )
    assert "pass" not in entity_names(spec)
