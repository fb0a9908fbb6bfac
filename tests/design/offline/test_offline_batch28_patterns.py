"""Sentence shapes learnt in the round before sealed batch 28, each designed end to end on a
sentence of its own: where a record sits (*sits in a department*, *sits in one car park*),
the ones we deal with (*we buy from suppliers with a name*), a passive act on a named date
(*is raised with one supplier on an order date*), the parts of a record (*every line on it
names an item*, *has lines, each with a quantity*)."""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, flows, relations

from appwright.design.offline.fields import read_field
from appwright.design.offline.owner_acts import record_per_each, takes_part, takes_things_during
from appwright.design.offline.owner_links import for_a_time_in
from appwright.design.offline.owner_lists import are_just_fields
from appwright.design.offline.owner_parts import line_for_each, part_of_whole
from appwright.design.offline.owner_people import header_of_parties, people_who_may, whose_we_keep
from appwright.design.offline.owner_several import own_record_with
from appwright.design.offline.raised_records import when_acting_choose

# --- where a record sits ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (
            "Each item carries a barcode and a shelf price, and sits in a department.",
            "item",
            "department",
        ),
        (
            "Every charge point has a reference and a street address, and sits in one car park.",
            "charge_point",
            "car_park",
        ),
        ("Each book has a title and is shelved in a bay.", "book", "bay"),
        ("Every monitor has a serial number and sits in one of our zones.", "monitor", "zone"),
    ],
)
def test_where_a_record_sits_is_a_link_to_the_place_or_group(
    sentence: str, source: str, target: str
) -> None:
    spec = design(sentence)
    assert (source, target, "many_to_one") in relations(spec)
    assert field_types(spec, target) == {"name": "text"}


def test_a_thing_it_sits_in_with_the_definite_article_is_no_record() -> None:
    spec = design("Each jar sits in the fridge with a label and a date.")
    assert entity_names(spec) == {"jar"}
    assert relations(spec) == set()


def test_kept_in_a_place_stays_a_place_not_a_record() -> None:
    spec = design("A herd of alpacas is kept in a paddock with an arrival date and a head count.")
    assert "paddock" not in entity_names(spec)


@pytest.mark.parametrize(
    "values",
    ["(tools, paint, garden and so on)", "(tools, paint or garden)"],
)
def test_the_groups_a_record_sits_in_are_examples_not_its_fields(values: str) -> None:
    spec = design(f"Each item has a barcode and a price and belongs to a department {values}.")
    assert field_types(spec, "item") == {
        "barcode": "text",
        "price": "decimal",
        "department_id": "reference",
    }
    assert field_types(spec, "department") == {"name": "text"}


def test_a_bracketed_list_of_fields_after_the_group_is_still_its_fields() -> None:
    spec = design("Each item has a barcode and belongs to a supplier (name, email, phone).")
    assert field_types(spec, "supplier") == {"name": "text", "email": "email", "phone": "text"}
    assert ("item", "supplier", "many_to_one") in relations(spec)


# --- the ones we deal with ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        (
            "we buy from suppliers with a name, a contact email and a website",
            "suppliers have a name, a contact email and a website",
        ),
        ("we sell to shops with a name and a phone", "shops have a name and a phone"),
        ("i work with builders with their name", "builders have their name"),
    ],
)
def test_the_ones_we_deal_with_have_the_list_after_them(sentence: str, rewritten: str) -> None:
    assert own_record_with(sentence) == rewritten


def test_what_we_deal_with_carefully_is_left_alone() -> None:
    assert own_record_with("we deal with complaints with great care") == (
        "we deal with complaints with great care"
    )


def test_suppliers_we_buy_from_are_the_record_not_the_buying() -> None:
    spec = design("We buy from suppliers with a name, a contact email and a website.")
    assert field_types(spec, "supplier") == {
        "name": "text",
        "contact_email": "email",
        "website": "url",
    }
    assert entity_names(spec) == {"supplier"}


# --- a date an act is done on ---------------------------------------------------------------


def test_a_passive_act_on_a_named_date_gives_the_record_that_date() -> None:
    spec = design(
        "Suppliers have a name. A purchase order is raised with one supplier on an order date"
        " and goes from draft to sent to received."
    )
    assert field_types(spec, "purchase_order")["order_date"] == "date"
    assert ("purchase_order", "supplier", "many_to_one") in relations(spec)


@pytest.mark.parametrize(
    "sentence", ["Lessons are on a given date with a duration.", "Matches are played on a set day."]
)
def test_a_given_or_set_date_is_just_the_date(sentence: str) -> None:
    spec = design(sentence)
    (entity,) = entity_names(spec)
    assert field_types(spec, entity)["date"] == "date"
    assert not {"given_date", "set_day", "day"} & set(field_types(spec, entity))


# --- the parts of a record ----------------------------------------------------------------------


def test_every_part_on_it_names_the_parts_of_the_record_before() -> None:
    assert part_of_whole(
        "a purchase order goes from draft to sent; every line on it names an item and the"
        " quantity ordered"
    ) == (
        "a purchase order goes from draft to sent; every line on a purchase order has an item"
        " and the quantity ordered"
    )


def test_a_part_on_it_with_no_record_before_is_left_alone() -> None:
    sentence = "we get busy; every line on it names an item"
    assert part_of_whole(sentence) == sentence


def test_the_lines_on_an_order_are_records_of_their_own() -> None:
    spec = design(
        "Items have a barcode. A purchase order is raised on an order date and goes from draft"
        " to sent; every line on it names an item, the quantity ordered and the cost price."
    )
    assert field_types(spec, "line") == {
        "quantity_ordered": "integer",
        "cost_price": "decimal",
        "item_id": "reference",
        "purchase_order_id": "reference",
    }
    assert not {"quantity_ordered", "cost_price"} & set(field_types(spec, "purchase_order"))


def test_has_things_each_with_a_list_makes_several_records() -> None:
    assert record_per_each("each order has parcels, each with a weight and a label") == (
        "each order has several parcels, each with a weight and a label"
    )
    spec = design("Each order has parcels, each with a weight and a label.")
    assert field_types(spec, "parcel") == {
        "weight": "decimal",
        "label": "text",
        "order_id": "reference",
    }


def test_has_things_without_each_stays_a_field() -> None:
    assert record_per_each("each show has printed tickets and a date") == (
        "each show has printed tickets and a date"
    )


# --- the business itself, the contest's rounds and the words in them ----------------------------


def test_one_event_we_organise_is_the_business_not_a_record() -> None:
    spec = design("We organise a spelling bee for the local primary schools. A school has a name.")
    assert entity_names(spec) == {"school"}


def test_organising_a_collection_of_things_is_about_the_things() -> None:
    spec = design("I want to organise a collection of stamps. Each stamp has a country.")
    assert entity_names(spec) == {"stamp"}


def test_pupils_a_school_sends_are_the_schools() -> None:
    spec = design(
        "A school enters with its name and a contact teacher, and sends several pupils, for"
        " whom we only need a name and a year group."
    )
    assert relations(spec) == {("pupil", "school", "many_to_one")}


def test_a_recipe_using_many_ingredients_is_still_many_to_many() -> None:
    spec = design("Recipes have a title. Ingredients have a name. A recipe uses many ingredients.")
    assert ("recipe", "ingredient", "many_to_many") in relations(spec)


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        (
            "the contest runs in rounds, each with a round number and a difficulty",
            "each round has a round number and a difficulty",
        ),
        (
            "every class meets in lessons, each with a date and a room",
            "every class has several lessons, each with a date and a room",
        ),
        (
            "every round has its own list of words, each stored with the word and a sentence",
            "every round has several words, each with the word and a sentence",
        ),
    ],
)
def test_parts_told_as_runs_in_or_a_list_of_are_several(sentence: str, rewritten: str) -> None:
    assert record_per_each(sentence) == rewritten


def test_a_list_of_things_without_each_is_left_alone() -> None:
    sentence = "each dish has a name and a list of allergens"
    assert record_per_each(sentence) == sentence


def test_rounds_of_the_one_contest_have_no_owner_and_words_are_each_rounds() -> None:
    spec = design(
        "The contest runs in rounds, each with a round number and a difficulty (easy, medium or"
        " hard), and every round has its own list of words, each stored with the word and an"
        " example sentence."
    )
    assert "contest" not in entity_names(spec)
    assert field_types(spec, "round")["difficulty"] == "enum"
    assert field_types(spec, "word") == {
        "word": "text",
        "example_sentence": "text",
        "round_id": "reference",
    }


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("whether it was spelt correctly", "correct"),
        ("whether it was answered right", "correct"),
        ("whether it was paid", "paid"),
        ("whether it was delivered successfully", "delivered"),
    ],
)
def test_whether_it_was_done_correctly_is_correct(phrase: str, name: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert (draft.name, draft.type) == (name, "boolean")


# --- a club's members, lofts, birds and races ---------------------------------------------------


def test_where_the_records_are_kept_today_is_no_record() -> None:
    spec = design(
        "At the moment it all lives in a paper ledger, which is getting silly. Each bird has a"
        " ring number and lives in one loft."
    )
    assert "paper_ledger" not in entity_names(spec)
    assert ("bird", "loft", "many_to_one") in relations(spec)


def test_we_have_many_of_them_and_need_their_details() -> None:
    assert own_record_with("we have forty members and i only need their names") == (
        "members have their names"
    )
    spec = design(
        "We've about forty members and I only need their names and phone numbers, but each"
        " member can have more than one loft."
    )
    assert field_types(spec, "member") == {"name": "text", "phone_number": "text"}
    assert ("loft", "member", "many_to_one") in relations(spec)


def test_more_than_one_at_a_time_is_no_record() -> None:
    spec = design("Each member has a name. Nobody can book more than one at a time.")
    assert entity_names(spec) == {"member"}


def test_each_one_that_takes_part_makes_an_entry_of_the_event_before() -> None:
    spec = design(
        "Every bird has a ring number. Then through the season we fly races: a race has a"
        " release point and a date, and for each bird that takes part we write down its"
        " arrival time and its speed in metres per minute, which is what decides the placings."
    )
    assert field_types(spec, "race_entry") == {
        "arrival_time": "datetime",
        "speed": "decimal",
        "race_id": "reference",
        "bird_id": "reference",
    }
    assert set(field_types(spec, "bird")) == {"ring_number"}


def test_taking_part_with_no_record_before_is_left_alone() -> None:
    spec = design("We get busy. For each bird that takes part we write down its arrival time.")
    assert "we_entry" not in entity_names(spec)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("their names", "name"),
        ("phone numbers", "phone_number"),
        ("numbers", "numbers"),
        ("its speed in metres per minute", "speed"),
        ("the distance in miles", "distance_miles"),
    ],
)
def test_one_each_of_many_and_a_rate_by_what_it_measures(phrase: str, name: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert draft.name == name


def test_a_participle_no_past_tense_shares_ends_a_perfect_tense() -> None:
    spec = design("Every bird has a ring number. I want to see how many races each bird has flown.")
    assert set(field_types(spec, "bird")) == {"ring_number"}


def test_a_written_thing_held_is_still_a_field() -> None:
    spec = design("Each tenant has written consent and a deposit.")
    assert set(field_types(spec, "tenant")) == {"written_consent", "deposit"}


# --- deliveries on a round, what a report would help with, vans brought in ----------------------


def test_every_part_on_a_record_doing_something_is_that_records() -> None:
    assert part_of_whole("every delivery on a round goes to one client with a price") == (
        "every delivery belongs to a round; every delivery goes to one client with a price"
    )
    spec = design(
        "Clients have a name. Each day a driver is given a round with a date, and every delivery"
        " on a round goes to one client with a meal choice, a price and a yes/no for whether the"
        " client was home."
    )
    assert {
        ("delivery", "round", "many_to_one"),
        ("delivery", "client", "many_to_one"),
    } <= relations(spec)
    assert {"meal_choice", "price"} <= set(field_types(spec, "delivery"))
    assert not {"meal_choice", "price"} & set(field_types(spec, "round"))


def test_a_part_in_a_place_that_is_held_is_left_to_the_other_readers() -> None:
    sentence = "each seat in the hall has a number"
    assert part_of_whole(sentence) == sentence


def test_what_a_report_would_help_with_names_no_field() -> None:
    spec = design(
        "For each client we record a name and an address. A weekly count of meals delivered per"
        " client would help with invoicing."
    )
    assert set(field_types(spec, "client")) == {"name", "address"}


def test_people_who_plan_all_of_them_are_a_role() -> None:
    spec = design(
        "Rounds have a date. Drivers only see their own rounds; coordinators plan all of them."
    )
    assert set(spec.permissions.roles) == {"driver", "coordinator"}


def test_what_a_customer_brings_us_is_a_record_of_theirs() -> None:
    spec = design(
        "A customer (name, email, phone) brings us their van and we write down the make, model,"
        " registration and the mileage when it arrived."
    )
    assert set(field_types(spec, "van")) == {
        "make",
        "model",
        "registration",
        "mileage",
        "customer_id",
    }
    assert ("van", "customer", "many_to_one") in relations(spec)


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("whether they want an electric hook-up or not", "electric_hook_up", "boolean"),
        ("whether they want it delivered", "delivered", "boolean"),
        ("whether they need a camping pitch", "need_camping_pitch", "boolean"),
        ("a quote", "quote", "decimal"),
        ("a quote reference", "quote_reference", "text"),
    ],
)
def test_what_they_want_and_a_quote(phrase: str, name: str, kind: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert (draft.name, draft.type) == (name, kind)


# --- an act whose own word is a record ------------------------------------------------------------


def test_a_report_of_a_thing_with_a_list_is_the_reports_list() -> None:
    spec = design(
        "A member of the public reports graffiti with a location and a photo link, and every"
        " report belongs to a ward. Reports go from reported to closed."
    )
    assert entity_names(spec) == {"report", "ward"}
    assert {"location", "photo_link", "status", "ward_id"} <= set(field_types(spec, "report"))


def test_agents_listing_properties_still_list_the_properties() -> None:
    spec = design(
        "Real estate listings. Agents list properties with an address and a price. A property"
        " goes from draft to listed to sold. Agents only see inquiries for their own listings."
    )
    assert {"address", "price"} <= set(field_types(spec, "property"))


def test_every_time_one_competes_makes_an_entry_of_what_we_enter() -> None:
    assert takes_part(
        "we enter competitions with a name and a date, and every time a team competes we record"
        " its score and final placing"
    ) == (
        "we enter competitions with a name and a date, and each competition entry has one"
        " competition, one team, its score and final placing"
    )
    spec = design(
        "Teams have a name. We enter competitions with a name, a venue and a date, and every time"
        " a team competes we record its score and final placing."
    )
    assert {
        ("competition_entry", "competition", "many_to_one"),
        ("competition_entry", "team", "many_to_one"),
    } <= relations(spec)
    assert {"score", "final_placing"} <= set(field_types(spec, "competition_entry"))
    assert not {"score", "final_placing"} & set(field_types(spec, "competition"))


def test_every_time_with_nothing_we_do_before_is_left_alone() -> None:
    sentence = "every time a team competes we record its score"
    assert takes_part(sentence) == sentence


# --- clocks they bring in, electricians who see their own, a state sent somewhere ---------------


def test_losing_track_of_the_work_names_no_record() -> None:
    spec = design(
        "I repair antique clocks and keep losing track of the work. Customers leave their name,"
        " phone number and email, and for every clock they bring in I note the maker and its"
        " rough age in years."
    )
    assert "work" not in entity_names(spec)
    assert field_types(spec, "customer") == {
        "name": "text",
        "phone_number": "text",
        "email": "email",
    }
    assert ("clock", "customer", "many_to_one") in relations(spec)
    assert {"maker", "rough_age_years"} <= set(field_types(spec, "clock"))


def test_keeping_track_of_things_is_still_about_them() -> None:
    spec = design("I want to keep track of my books. Each book has a title.")
    assert entity_names(spec) == {"book"}


def test_for_every_thing_we_take_on_is_left_as_it_is() -> None:
    spec = design("For every job we take on we record a date and a price.")
    assert field_types(spec, "job") == {"date": "date", "price": "decimal"}


def test_people_in_a_relative_clause_who_see_their_own_are_a_role() -> None:
    assert people_who_may(
        "faults are handed to one of our electricians (name, mobile), who see only the faults"
        " assigned to them"
    ) == (
        "faults are handed to one of our electricians (name, mobile); electricians see only the"
        " faults assigned to them"
    )
    spec = design(
        "Faults have a description. Faults are handed to one of our electricians (name, mobile"
        " number), who see only the faults assigned to them, while the supervisor sees and"
        " reassigns everything."
    )
    assert set(spec.permissions.roles) == {"electrician", "supervisor"}


def test_people_who_are_something_are_no_rule() -> None:
    sentence = "for the carriers, who are mostly local teenagers, i need their name"
    assert people_who_may(sentence) == sentence


def test_a_state_sent_somewhere_is_one_state() -> None:
    spec = design(
        "Each fault goes from reported to assigned and ends up fixed or referred to the power"
        " company."
    )
    assert flows(spec)["fault"][1] == ["reported", "assigned", "fixed", "referred_to_power_company"]


def test_a_step_to_the_next_place_is_still_a_step() -> None:
    spec = design("Each order goes from new to the kitchen to ready.")
    assert flows(spec)["order"][1] == ["new", "kitchen", "ready"]


# --- a booking for a time in a bay, a package chosen when booking ---------------------------------


def test_an_act_for_a_time_in_a_place_has_the_time_and_the_place() -> None:
    assert for_a_time_in("the booking is for a start time in a specific bay") == (
        "each booking has a start time; each booking belongs to a bay"
    )
    spec = design("Bays have a number. The booking is for a start time in a specific bay.")
    assert field_types(spec, "booking") == {"start_time": "datetime", "bay_id": "reference"}


def test_a_record_for_a_person_is_left_alone() -> None:
    sentence = "the booking is for a customer"
    assert for_a_time_in(sentence) == sentence


def test_what_they_choose_when_acting_is_the_acts_one() -> None:
    assert (
        when_acting_choose(
            "when booking they choose one of our wash packages, each with a name and a price"
        )
        == "each wash package has a name and a price; each booking has one wash package"
    )
    spec = design(
        "When booking they choose one of our wash packages, each with a name and a price. Show"
        " bookings per package per week."
    )
    assert ("booking", "wash_package", "many_to_one") in relations(spec)
    assert {"name", "price"} <= set(field_types(spec, "wash_package"))


def test_choosing_with_no_act_is_left_alone() -> None:
    sentence = "when ready they choose one of our packages"
    assert when_acting_choose(sentence) == sentence


# --- how much i've taken each month ------------------------------------------------------------


def test_how_much_ive_taken_is_the_money_added_up_each_month() -> None:
    spec = design(
        "Each ticket has a drop-off date and a total price. Oh, and at the end of each month I"
        " want to see how much I've taken in total."
    )
    assert entity_names(spec) == {"ticket"}
    assert [r.name for r in spec.reports] == ["total_price_per_month"]


def test_a_report_asked_without_a_period_has_none() -> None:
    spec = design("Each ticket has a total price. I want to see how much I've taken in total.")
    assert [r.name for r in spec.reports] == ["total_price"]


# --- a line for each item on a ticket ---------------------------------------------------------


def test_a_line_for_each_thing_on_it_is_several_of_the_records_before() -> None:
    assert line_for_each(
        "so a repair ticket has a total price, and then there is a line for each item on it -"
        " what it is and what needs doing"
    ) == (
        "so a repair ticket has a total price; each repair ticket has several items with what it"
        " is and what needs doing"
    )
    spec = design(
        "So a repair ticket has a drop-off date and a total price, and then there's a line for"
        " each item on it - what it is (shoes, boots, bag or belt), what needs doing and what"
        " I'm charging for that item."
    )
    assert field_types(spec, "item") == {
        "type": "enum",
        "what_needs_doing": "text",
        "charge": "decimal",
        "repair_ticket_id": "reference",
    }


def test_a_line_for_each_with_nothing_before_is_left_alone() -> None:
    sentence = "there is a line for each item on it - what it is"
    assert line_for_each(sentence) == sentence


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("what it is (shoes, boots, bag or belt)", "type", "enum"),
        ("what kind it is", "type", "text"),
        ("what i am charging for that item", "charge", "decimal"),
        ("what they paid for it", "amount_paid", "decimal"),
        ("what we found", "findings", "text"),
    ],
)
def test_what_it_is_and_what_we_charge(phrase: str, name: str, kind: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert (draft.name, draft.type) == (name, kind)


# --- votes and apologies in a bullet list, when a warranty ends ----------------------------------


@pytest.mark.parametrize(
    ("line", "rewritten"),
    [
        (
            "votes: each councillor's position on an item (for, against or abstain)",
            "votes: the councillor, the item, the position (for, against or abstain)",
        ),
        (
            "apologies when a councillor can't make a meeting, with a reason",
            "apologies: the councillor, the meeting, a reason",
        ),
        ("councillors with name and email", "councillors with name and email"),
    ],
)
def test_a_record_of_one_party_and_one_thing_in_a_bullet(line: str, rewritten: str) -> None:
    assert header_of_parties(line) == rewritten


def test_votes_and_apologies_point_at_the_councillor_and_the_thing() -> None:
    spec = design(
        "What we need:\n- councillors with name and email\n- meetings with a date and a venue\n"
        "- agenda items for each meeting, with a title\n- votes: each councillor's position on"
        " an item (for, against or abstain)\n- apologies when a councillor can't make a meeting,"
        " with a reason"
    )
    assert {
        ("vote", "councillor", "many_to_one"),
        ("vote", "agenda_item", "many_to_one"),
        ("apology", "councillor", "many_to_one"),
        ("apology", "meeting", "many_to_one"),
    } <= relations(spec)
    assert field_types(spec, "vote")["position"] == "enum"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("when the warranty ends", "warranty_end_date"),
        ("when its insurance expires", "insurance_expiry_date"),
        ("when the lease starts", "lease_start_date"),
    ],
)
def test_when_a_thing_ends_is_its_date(phrase: str, name: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert (draft.name, draft.type) == (name, "date")


def test_when_it_ends_names_no_it() -> None:
    draft = read_field("when it ends")
    assert draft is None or not draft.name.startswith("it_")


def test_people_whose_names_we_keep_have_names() -> None:
    assert whose_we_keep("our cuppers, whose names we keep, score each batch out of 100") == (
        "cuppers have their names; cuppers score each batch out of 100"
    )
    spec = design(
        "Roast batches have a date. Our cuppers, whose names we keep, score each batch out of"
        " 100 with tasting notes."
    )
    assert field_types(spec, "cupper") == {"name": "text"}


def test_a_relative_with_no_keeping_is_left_alone() -> None:
    sentence = "our cuppers, whose palates differ, score each batch"
    assert whose_we_keep(sentence) == sentence


def test_people_who_plan_everyones_are_a_role_after_while() -> None:
    spec = design(
        "Visits have a date. Carers see only their own visits while coordinators plan everyone's."
    )
    assert set(spec.permissions.roles) == {"carer", "coordinator"}


def test_how_we_deliver_to_the_ones_we_deal_with_is_no_list_of_theirs() -> None:
    sentence = "we deliver to shops with a van"
    assert own_record_with(sentence) == sentence


def test_one_persons_acts_in_a_row_make_no_records_or_roles() -> None:
    spec = design(
        "Jobs have a date. Invoices have a total. The owner creates jobs, assigns them and"
        " approves invoices."
    )
    assert entity_names(spec) == {"job", "invoice", "owner"}
    assert set(spec.permissions.roles) == {"owner"}


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        (
            "Submissions have a title. Students see only what they submitted themselves, editors"
            " review and place submissions, the teacher adviser approves them.",
            {"student", "teacher_adviser"},
        ),
        (
            "Loans have an amount. Only the manager can mark a loan as forfeited, while clerks"
            " handle everything else.",
            {"manager", "clerk"},
        ),
    ],
)
def test_a_short_subject_that_approves_or_handles_is_a_role(sentence: str, roles: set[str]) -> None:
    assert roles <= set(design(sentence).permissions.roles)


def test_things_taken_during_a_record_are_its_own_records() -> None:
    assert (
        takes_things_during(
            "during the survey the surveyor takes samples, noting where each was taken and the result"
        )
        == "each survey has several samples with where each was taken and the result"
    )
    spec = design(
        "A survey has a date. During the survey the surveyor takes samples, noting where in the"
        " building each was taken, a description of the material and the lab result (none"
        " detected, chrysotile, amosite, crocidolite)."
    )
    assert field_types(spec, "sample") == {
        "location": "text",
        "description_of_material": "long_text",
        "lab_result": "enum",
        "survey_id": "reference",
    }


def test_what_is_taken_during_with_no_list_is_left_alone() -> None:
    sentence = "during the survey the surveyor takes photos"
    assert takes_things_during(sentence) == sentence


def test_the_kind_a_record_is_said_before_its_list_is_no_record() -> None:
    spec = design("Every client is a business with a name, a contact email and an address.")
    assert field_types(spec, "client") == {
        "name": "text",
        "contact_email": "email",
        "address": "text",
    }
    assert entity_names(spec) == {"client"}


def test_a_thing_that_is_no_kind_keeps_its_place_in_the_list() -> None:
    assert are_just_fields("every booking is a room with a view, a date and a price") == (
        "every booking has a room with a view, a date and a price"
    )


def test_a_line_for_each_thing_opening_the_sentence_starts_no_empty_clause() -> None:
    assert line_for_each(
        "there is a line for each item on the order - what it is and the price"
    ) == ("each order has several items with what it is and the price")
