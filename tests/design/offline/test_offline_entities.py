"""Entities and their fields from the ways people describe records."""

from __future__ import annotations

import pytest

from appwright.design.offline import design_app
from appwright.design.offline.entities import read_model


def fields_of(description: str) -> dict[str, list[str]]:
    model = read_model(description)
    return {name: [f.name for f in e.fields] for name, e in model.entities.items()}


def test_subject_has_a_list() -> None:
    found = fields_of("Products have a SKU, a name, a quantity on hand and a unit price.")
    assert found == {"product": ["sku", "name", "quantity_on_hand", "unit_price"]}


def test_noun_with_a_list() -> None:
    found = fields_of(
        "A recipe manager: recipes with a title, instructions and number of servings."
    )
    assert found["recipe"] == ["title", "instructions", "servings"]


def test_bracketed_list_after_a_list_of() -> None:
    found = fields_of("We keep a list of companies (name, industry, website).")
    assert found == {"company": ["name", "industry", "website"]}


def test_relative_clause_then_with_list() -> None:
    found = fields_of(
        "We keep companies (name) and the contacts who work at each company, with their name,"
        " email and phone."
    )
    assert found["contact"] == ["name", "email", "phone"]


def test_header_and_list() -> None:
    found = fields_of("School.\n- Students: first name, last name, date of birth")
    assert found["student"] == ["first_name", "last_name", "date_of_birth"]


def test_what_a_person_tracks() -> None:
    found = fields_of("I want to track my book collection: title, author and genre.")
    assert found == {"book": ["title", "author", "genre"]}


def test_title_list_of_entities_each_with_their_own_fields() -> None:
    found = fields_of(
        "Invoicing: clients (name, email), invoices with a number, a due date and line items"
        " (description, hours, rate)."
    )
    assert found["client"] == ["name", "email"]
    assert found["invoice"] == ["number", "due_date"]
    assert found["line_item"] == ["description", "hours", "rate"]


def test_child_entity_in_a_have_list() -> None:
    model = read_model("Each project has tasks with a title and a priority (low, high).")
    assert [f.name for f in model.entities["task"].fields] == ["title", "priority"]
    assert [(link.source, link.target) for link in model.links] == [("task", "project")]


def test_event_named_by_its_verb() -> None:
    model = read_model("A habit tracker. Every day I check in on a habit, optionally with a note.")
    assert [f.name for f in model.entities["check_in"].fields] == ["date", "note"]
    assert [(link.source, link.target) for link in model.links] == [("check_in", "habit")]


def test_either_values_make_a_status() -> None:
    model = read_model("Loans have a due date. Loans are either active, overdue or returned.")
    status = model.entities["loan"].field("status")
    assert status is not None
    assert status.options == ["active", "overdue", "returned"]


def test_tracked_facts_go_to_the_record_they_are_about() -> None:
    found = fields_of(
        "Books have a title. I'd also like to note when I started and finished each book."
    )
    assert found["book"] == ["title", "started_date", "finished_date"]


def test_attribute_list_of_an_actor_goes_to_the_topic() -> None:
    found = fields_of(
        "A customer feedback widget. Visitors leave a rating from 1 to 5 and an optional comment."
    )
    assert found == {"customer_feedback": ["rating", "comment"]}


def test_a_record_that_moves_through_states_is_an_entity() -> None:
    model = read_model(
        "Jobs have a title. An application moves from applied to screening to hired."
    )
    status = model.entities["application"].field("status")
    assert status is not None and status.flow_text is not None


def test_choice_for_each_record_is_a_record() -> None:
    model = read_model(
        "Meetings have a date. Members have a name. Members can RSVP yes, no or maybe to each"
        " meeting."
    )
    response = model.entities["rsvp"].field("response")
    assert response is not None and response.options == ["yes", "no", "maybe"]
    assert {(link.source, link.target) for link in model.links} == {
        ("rsvp", "member"),
        ("rsvp", "meeting"),
    }


def test_act_with_a_noun_of_its_own_holds_the_fields() -> None:
    found = fields_of(
        "Cars have a brand. Customers rent a car for a period: I need the pickup date and the"
        " return date. A rental is booked, then returned."
    )
    assert found["rental"][:2] == ["pickup_date", "return_date"]


def test_scene_setting_header_is_not_an_entity() -> None:
    assert "salon" not in fields_of("A salon: appointments have a start time.")


def test_a_container_of_records_names_the_records() -> None:
    found = fields_of("We have a menu of dishes, each with a name and a price per person.")
    assert found == {"dish": ["name", "price_per_person"]}


def test_entity_status_goes_from_is_the_entity_status() -> None:
    model = read_model(
        "A claim has an incident date. The claim status goes from submitted to under review,"
        " then approved or denied."
    )
    assert set(model.entities) == {"claim"}
    assert [f.name for f in model.entities["claim"].fields] == ["incident_date", "status"]


def test_an_act_booked_for_a_date_is_the_record() -> None:
    """*a consultation* is the act of consulting: booked on a date, it is the record itself."""
    model = read_model("Clients have a name. Clients book a consultation on a date.")
    assert [f.name for f in model.entities["consultation"].fields] == ["date"]
    assert {(link.source, link.target) for link in model.links} == {("consultation", "client")}


def test_a_thing_booked_for_a_date_makes_a_booking() -> None:
    model = read_model("Members have a name. Each tool has a code. Members book a tool for a date.")
    assert "booking" in model.entities
    assert "date" not in {f.name for f in model.entities["tool"].fields}


@pytest.mark.parametrize(
    "text",
    [
        "Our spreadsheet has finally given up on us. Every trip has a date and a meeting point.",
        "The spreadsheets have got out of hand. Every trip has a date and a meeting point.",
        "Our notebook has just filled up. Every trip has a date and a meeting point.",
    ],
)
def test_has_as_the_perfect_tense_names_no_record(text: str) -> None:
    assert {e.name for e in design_app(text).spec.entities} == {"trip"}


def test_has_with_a_list_still_names_the_record() -> None:
    text = "Each spreadsheet has a title and an owner. Every kit has got a code and a size."
    assert {e.name for e in design_app(text).spec.entities} == {"spreadsheet", "kit"}


@pytest.mark.parametrize(
    "description",
    [
        "Basically a customer (we only need their name, phone and email) brings us a piece, "
        "and the piece has a type and a price.",
        "Every order is for one customer (we keep their name, phone and email so we can call "
        "them back). An order has a date and a total.",
        "Customers pre-order online and we keep their name, phone and email so regulars don't "
        "have to type it all again. An order belongs to a customer and has a collection date.",
    ],
)
def test_what_we_keep_about_the_customers_is_their_list(description: str) -> None:
    spec = design_app(description).spec
    customer = spec.entity("customer")
    assert customer is not None
    assert {"name", "phone", "email"} <= {f.name for f in customer.fields}
    assert {e.name for e in spec.entities} <= {"customer", "piece", "order"}


def test_an_act_for_a_named_date_keeps_the_date_s_name_and_the_details_after() -> None:
    spec = design_app(
        "A customer (name, phone, email) makes a booking for an event date at a venue address."
    ).spec
    booking = spec.entity("booking")
    assert booking is not None
    kinds = {f.name: f.type for f in booking.fields}
    assert (kinds["event_date"], kinds["venue_address"]) == ("date", "text")
    assert {e.name for e in spec.entities} == {"booking", "customer"}


def test_a_hire_booked_for_a_date_is_the_record_itself() -> None:
    spec = design_app(
        "A customer (name, phone, email) books a hire for an event date and a delivery address, "
        "and each hire is delivered by one of our drivers."
    ).spec
    hire = spec.entity("hire")
    assert hire is not None
    assert {"event_date", "delivery_address"} <= {f.name for f in hire.fields}
    assert spec.entity("booking") is None


def test_a_thing_booked_for_a_date_is_booked_by_a_booking() -> None:
    spec = design_app("Members book a lawn for a date.").spec
    relations = {(r.from_, r.to) for r in spec.relationships}
    assert relations == {("booking", "lawn"), ("booking", "member")}


def test_a_place_after_the_date_is_no_detail_of_the_act() -> None:
    spec = design_app("A member books a lawn for a date at the club.").spec
    booking = spec.entity("booking")
    assert booking is not None
    assert "club" not in {f.name for f in booking.fields}


def test_what_we_take_on_the_booking_is_the_booking_s() -> None:
    spec = design_app(
        "Each booking is for one of our routes. On the booking we take the lead person's name, "
        "an email and how many are coming."
    ).spec
    booking = spec.entity("booking")
    assert booking is not None
    assert {"lead_person_name", "email"} <= {f.name for f in booking.fields}
    assert ("booking", "route") in {(r.from_, r.to) for r in spec.relationships}


def test_on_a_date_we_is_no_record() -> None:
    spec = design_app("Each booking has a route. On the day we take a head count.").spec
    assert spec.entity("day") is None


def test_examples_of_a_child_record_are_not_its_fields() -> None:
    spec = design_app(
        "Each performer has a name. Performers also have skills (horse riding, swimming, "
        "dancing and so on), and the same skill is shared by many performers."
    ).spec
    skill = spec.entity("skill")
    assert skill is not None
    assert [f.name for f in skill.fields] == ["name"]
    assert {(r.from_, r.to, r.kind) for r in spec.relationships} == {
        ("skill", "performer", "many_to_many")
    }


def test_things_a_record_has_to_do_are_its_children() -> None:
    spec = design_app(
        "Productions come with a title, and every production has several parts to cast, each "
        "with a description and a daily rate."
    ).spec
    part = spec.entity("part")
    assert part is not None
    assert [f.name for f in part.fields if f.type != "reference"] == ["description", "daily_rate"]
    production = spec.entity("production")
    assert production is not None
    assert [f.name for f in production.fields] == ["title"]


def test_what_we_note_when_a_thing_sells_is_the_sale_it_names() -> None:
    spec = design_app(
        "Items have a description. When an item sells we note the sale date, the price paid "
        "and the buyer's name."
    ).spec
    sale = spec.entity("sale")
    assert sale is not None
    assert [f.name for f in sale.fields if f.type != "reference"] == [
        "sale_date",
        "price_paid",
        "buyer_name",
    ]
    assert ("sale", "item") in {(r.from_, r.to) for r in spec.relationships}


def test_what_we_note_when_a_thing_acts_is_its_own_when_the_act_is_not_named() -> None:
    spec = design_app(
        "Items have a description. When an item arrives we note the date and the condition."
    ).spec
    assert {e.name for e in spec.entities} == {"item"}
    item = spec.entity("item")
    assert item is not None
    assert [f.name for f in item.fields] == ["description", "date", "condition"]


def test_which_of_our_people_did_it_is_a_record_the_visit_points_at() -> None:
    spec = design_app(
        "Units have a serial number. For every service visit I want the date, which unit, "
        "which of our drivers did it (we only need the driver's name) and whether it needed a "
        "deep clean."
    ).spec
    assert {(r.from_, r.to, r.kind) for r in spec.relationships} == {
        ("service_visit", "unit", "many_to_one"),
        ("service_visit", "driver", "many_to_one"),
    }
    visit = spec.entity("service_visit")
    driver = spec.entity("driver")
    assert visit is not None and driver is not None
    assert [f.name for f in visit.fields if f.type != "reference"] == ["date", "needed_deep_clean"]
    assert [f.name for f in driver.fields] == ["name"]


def test_which_day_is_a_field_not_a_record() -> None:
    spec = design_app("For every lesson I want which day and the fee.").spec
    assert {e.name for e in spec.entities} == {"lesson"}


def test_a_figure_we_need_per_group_is_no_record() -> None:
    spec = design_app(
        "Harvests have a date and a weight. I need the total weight harvested per shore per "
        "year so we stay under the limit."
    ).spec
    assert {e.name for e in spec.entities} == {"harvest"}
    assert [r.title for r in spec.reports] == ["Total weight harvested per shore per year"]


def test_a_list_after_a_phrase_with_or_belongs_to_the_record_before_it() -> None:
    spec = design_app(
        "Patrollers fill in a shift log for each morning or afternoon session with the date, the "
        "session and how many children they crossed."
    ).spec
    assert "afternoon_session" not in {e.name for e in spec.entities}
    shift = spec.entity("shift")
    assert shift is not None
    assert [f.name for f in shift.fields if f.type != "reference"] == [
        "date",
        "session",
        "children",
    ]


def test_what_we_log_when_someone_else_issues_a_thing_is_that_things() -> None:
    spec = design_app(
        "Zones have a name. When the Environment Agency issues a flood alert we log the date, "
        "the river level in metres and the zone it affects."
    ).spec
    assert {e.name for e in spec.entities} == {"zone", "flood_alert"}  # no agency record
    alert = spec.entity("flood_alert")
    assert alert is not None
    assert [f.name for f in alert.fields if f.type != "reference"] == ["date", "river_level_metres"]
    assert {(r.from_, r.to) for r in spec.relationships} == {("flood_alert", "zone")}


def test_a_record_someone_else_is_made_with_is_still_its_own() -> None:
    spec = design_app(
        "Tools have a name. When someone borrows a tool we record a loan with the borrow date."
    ).spec
    loan = spec.entity("loan")
    assert loan is not None
    assert "borrow_date" in {f.name for f in loan.fields}


def test_the_total_owed_to_each_is_a_monthly_report_not_a_record() -> None:
    spec = design_app(
        "Consignors have a name. Items have a price. Each month I need the total owed to each "
        "consignor."
    ).spec
    assert {e.name for e in spec.entities} == {"consignor", "item"}
    assert [r.title for r in spec.reports] == ["Total owed to each consignor per month"]


def test_how_it_is_with_something_is_no_record() -> None:
    spec = design_app(
        "Every August it's chaos with paper entry forms. Sections have a name and a judge."
    ).spec
    assert "chaos" not in {e.name for e in spec.entities}


def test_what_we_keep_for_an_exhibitor_is_theirs() -> None:
    spec = design_app(
        "Exhibitors enter classes, and for an exhibitor I need their name, phone and whether "
        "they're a junior."
    ).spec
    exhibitor = spec.entity("exhibitor")
    assert exhibitor is not None
    assert [(f.name, f.type) for f in exhibitor.fields] == [
        ("name", "text"),
        ("phone", "text"),
        ("junior", "boolean"),
    ]


def test_people_described_by_what_they_are_keep_the_list_that_follows() -> None:
    spec = design_app(
        "Stores have a name. Shoppers are freelancers, so I only need their name, phone and "
        "PayPal email."
    ).spec
    assert {e.name for e in spec.entities} == {"store", "shopper"}
    shopper = spec.entity("shopper")
    assert shopper is not None
    assert [(f.name, f.type) for f in shopper.fields] == [
        ("name", "text"),
        ("phone", "text"),
        ("paypal_email", "email"),
    ]


def test_a_record_named_by_what_a_record_holds_is_dropped() -> None:
    # nothing names the *one*: its name and price are no records of their own
    model = read_model(
        "We hire out hot tubs. We keep a customer list. For each one I need its name and the"
        " weekly hire price."
    )
    assert "name" not in model.entities
    assert "weekly_hire_price" not in model.entities


def test_a_record_named_by_money_it_is_about_is_kept() -> None:
    model = read_model("A mosaic commission can contain several panels.")
    assert "mosaic_commission" in model.entities


def test_a_with_list_after_which_we_keep_is_the_antecedent_s() -> None:
    found = fields_of(
        "Every job uses one of my tractors, which I keep with a make, a registration and the"
        " hours on the clock."
    )
    assert {"make", "registration"} <= set(found["tractor"])
    assert "keep" not in found
    # without the relative word, the act is the record (an event named by its verb)
    event = fields_of("Every day I check in on a habit, with a note and a mood.")
    assert {"note", "mood"} <= set(event["check_in"])


def test_a_record_we_want_with_a_list_is_its_own() -> None:
    found = fields_of(
        "Each tenant has a name. I want a payment record per tenant with the year, the amount"
        " and the date paid."
    )
    assert found["tenant"] == ["name"]
    assert {"year", "amount", "date_paid"} <= set(found["payment"])
    # a bare list we want is the last record's
    plain = fields_of("Each tenant has a name. I want the year, the amount and the date paid.")
    assert {"year", "amount", "date_paid"} <= set(plain["tenant"])


def test_their_list_in_a_clause_of_its_own_is_the_sentence_s_record() -> None:
    found = fields_of(
        "We run allotment sites, each with a name. Each tenant is given one plot - we keep their"
        " name, email and phone - and a tenant's status goes from waiting to renting."
    )
    assert {"name", "email", "phone"} <= set(found["tenant"])
    assert found["allotment_site"] == ["name"]
    # "for the carriers, i need their ...": the for-phrase says whose, not the sentence
    carriers = fields_of(
        "Each round has a name and is done by one carrier, and for the carriers, who are mostly"
        " teenagers, I need their name and a parent's phone number."
    )
    assert "parent_phone_number" in carriers["carrier"]
    assert "parent_phone_number" not in carriers["round"]


def test_pieces_of_a_thing_each_with_a_list_are_records_of_the_thing() -> None:
    found = fields_of(
        "Each playground has a name. A playground contains pieces of equipment, each with a type"
        " (swing, slide) and the year it was installed."
    )
    assert {"type", "year_installed"} <= set(found["equipment"])
    assert "piece" not in found
    assert not {"type", "year_installed"} & set(found["playground"])


def test_several_pieces_of_a_thing_name_the_thing() -> None:
    found = fields_of(
        "Each piece of equipment has a size and a daily rate. A rental has a pick-up date and"
        " can cover several pieces of equipment."
    )
    assert "piece" not in found
    assert "pieces" not in found["rental"]  # not a count of pieces: the equipment, linked
    assert {"size", "daily_rate"} <= set(found["equipment"])


def test_what_a_record_says_is_its_list() -> None:
    found = fields_of(
        "Each order says how many loads they want, the load size (bulk bag, half tonne or full"
        " tonne), the price and the delivery date."
    )
    assert {"loads", "load_size", "price", "delivery_date"} <= set(found["order"])
    assert "load_size" not in found  # the bracket holds the size's values, not its fields


def test_an_item_we_change_after_a_unit_stays_an_item() -> None:
    found = fields_of("Each grade has a name and a price per kilo that we change most mornings.")
    assert found == {"grade": ["name", "price_per_kilo"]}


def test_what_we_log_after_a_clause_about_each_record_is_that_record_s() -> None:
    found = fields_of(
        "Machines: name, type. Each job runs on one machine; we log the date and the run minutes."
    )
    assert found["job"] == ["date", "run_minutes"]
    assert found["machine"] == ["name", "type"]


def test_young_people_are_each_a_young_person() -> None:
    found = fields_of("Young people sign up with their name and date of birth.")
    assert found == {"young_person": ["name", "date_of_birth"]}


def test_what_people_write_with_a_list_is_named_by_the_thing_not_the_verb() -> None:
    found = fields_of("Authors have a name, and write manuscripts with a title and a genre.")
    assert found["manuscript"][:2] == ["title", "genre"]
    assert "write_manuscript" not in found


def test_a_bracket_after_the_people_something_is_sent_out_to_is_theirs() -> None:
    found = fields_of(
        "Authors have a name. We send manuscripts out to publishers (name, imprint, email)."
    )
    assert found["publisher"] == ["name", "imprint", "email"]
    assert "manuscripts_out" not in found


def test_the_record_done_with_in_a_list_is_a_link() -> None:
    model = read_model(
        "Each toy has a name. Every sale is logged with the date, the toy sold and the quantity."
    )
    sale = model.entities["sale"]
    assert [f.name for f in sale.fields] == ["date", "quantity"]
    assert {(link.source, link.target) for link in model.links} == {("sale", "toy")}


def test_the_list_for_the_thing_itself_is_the_thing_s() -> None:
    found = fields_of(
        "A customer drops off a device, so I need the customer's name and phone, and for the"
        " device itself the type and the capacity in GB."
    )
    assert found["customer"][:2] == ["name", "phone"]
    assert found["device"][:2] == ["type", "capacity_gb"]


def test_records_logged_separately_are_named_without_the_adverb() -> None:
    found = fields_of(
        "Jobs have a date. I log trials separately against the job, with the trial date and notes."
    )
    assert "trial" in found
    assert "trials_separately" not in found


def test_a_log_named_by_what_it_logs_keeps_its_list() -> None:
    model = read_model(
        "Work orders have a description. Engineers log their hours on a work order with the date"
        " and a short note."
    )
    log = model.entities["time_log"]
    assert [f.name for f in log.fields][:3] == ["hours", "date", "short_note"]
    assert {"work_order", "engineer"} <= set(model.entities)
