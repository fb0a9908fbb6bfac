"""Sentence shapes learnt in the round before sealed batch 32, each designed end to end on a
sentence of its own, with a twin it must leave alone: *a payment method of cash or card*,
*toppings such as tapioca pearls or popping boba have a name*, an order *made of order lines,
each one drink with a size*, and a line's own list going on to *several toppings*."""

from __future__ import annotations

import pytest
from offline_spec_views import assert_only_many_to_one, design, entity_names, field_types, flows
from offline_spec_views import relations as relations_of

from appwright.design.offline.act_nouns import act_noun, act_or_irregular_noun
from appwright.design.offline.fields import read_field
from appwright.design.offline.flow_text import names_states
from appwright.design.offline.lists_in_passing import is_just_a_list
from appwright.design.offline.normalize import normalize_text
from appwright.design.offline.owner_asides import without_examples
from appwright.design.offline.owner_links import (
    belongs_to_one_with,
    done_by_with_places,
    puts_one_in_a,
)
from appwright.design.offline.owner_lists import details_of_each
from appwright.design.offline.owner_parts import broken_into
from appwright.design.offline.parse_rewrites import for_the_parse
from appwright.design.offline.plain_verbs import record_gives
from appwright.design.offline.told_made_for import one_makes_one_for, then_open_for_them
from appwright.design.offline.told_records import one_of_ours_on
from appwright.design.offline.values_told import either_kind, values_of

# --- values after "of" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("a payment method of cash or card", "a payment method (cash or card)"),
        ("a delivery type of pickup, courier or post", "a delivery type (pickup, courier or post)"),
        ("a size of small or large and a colour", "a size (small or large) and a colour"),
        # no word for a choice: two things, not two values
        ("a list of members or guests", "a list of members or guests"),
        ("a photo of the front or back", "a photo of the front or back"),
    ],
)
def test_values_of_a_choice_go_in_brackets(said: str, plain: str) -> None:
    assert values_of(said) == plain


def test_a_payment_method_of_cash_or_card_is_an_enum() -> None:
    spec = design("An order has an order time, a payment method of cash or card and a total.")
    types = field_types(spec, "order")
    assert types["payment_method"] == "enum"
    assert "card" not in types
    method = next(f for f in spec.entity("order").fields if f.name == "payment_method")  # type: ignore[union-attr]
    assert method.options == ["cash", "card"]


# --- examples of a plural subject -------------------------------------------------------------


def test_examples_before_have_are_dropped() -> None:
    said = "toppings such as tapioca pearls or popping boba have a name and an extra cost"
    assert without_examples(said) == "toppings have a name and an extra cost"
    # a single thing's examples are its values, which another reader keeps
    kept = "a category such as starter, main or dessert"
    assert without_examples(kept) == kept


def test_toppings_such_as_examples_make_no_record_and_no_field() -> None:
    spec = design(
        "Drinks have a name and a price, and toppings such as tapioca pearls or popping boba"
        " have a name and an extra cost."
    )
    assert entity_names(spec) == {"drink", "topping"}
    assert set(field_types(spec, "drink")) == {"name", "price"}
    assert field_types(spec, "topping")["extra_cost"] == "decimal"


# --- a whole made of its lines ----------------------------------------------------------------


def test_each_one_thing_with_names_the_thing_first() -> None:
    said = normalize_text("it is made of order lines, each one drink with a size and a quantity.")
    assert "each with a drink, a size and a quantity" in said or "with a drink, a size" in said


def test_made_up_of_two_word_parts_keeps_how_many() -> None:
    assert broken_into("a parcel is made up of several stock items with a quantity") == (
        "a parcel has several stock items with a quantity"
    )
    assert broken_into("a quote is broken down into rooms") == "a quote has several rooms"


def test_an_order_made_of_lines_each_one_drink_gets_order_lines() -> None:
    spec = design(
        "Drinks have a name and a price. Toppings have a name and an extra cost. An order has an"
        " order time, and it is made of order lines, each one drink with a size (regular or"
        " large), a quantity and any number of toppings."
    )
    assert set(field_types(spec, "order_line")) >= {"size", "quantity"}
    assert_only_many_to_one(spec, "order_line", "order")
    assert_only_many_to_one(spec, "order_line", "drink")
    found = relations_of(spec)
    assert ("topping", "order", "many_to_one") not in found
    assert {
        ("order_line", "topping", "many_to_many"),
        ("topping", "order_line", "many_to_many"),
    } & found


def test_a_table_made_of_oak_stays_a_material() -> None:
    spec = design("A table is made of oak and has a price and a width in centimetres.")
    assert "oak" not in entity_names(spec)


def test_a_bracketed_child_list_closes_before_the_next_record() -> None:
    spec = design(
        "Each client has a company name, a bunch of stores (store name, address, town) and a few"
        " questionnaires of their own, which are just a title and the list of questions."
    )
    assert ("questionnaire", "store", "many_to_one") not in relations_of(spec)
    assert_only_many_to_one(spec, "store", "client")


# --- what is kept about each of a kind ----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "we store the name and phone of every client",
            "for every client we keep the name and phone",
        ),
        (
            "we hold each landlord's name, email and phone",
            "we keep each landlord's name, email and phone",
        ),
        # one thing kept: nothing says it is a list of fields
        ("we record the date of each visit", "we record the date of each visit"),
        # "hold" with no one's details is an event, not a list
        ("we hold classes on saturdays", "we hold classes on saturdays"),
    ],
)
def test_details_of_each_name_the_kind(said: str, plain: str) -> None:
    assert details_of_each(said) == plain


def test_the_name_and_phone_of_every_client_is_a_client_record() -> None:
    spec = design("We store the name, email and phone of every client. Clients book sessions.")
    assert {"name", "email", "phone"} <= set(field_types(spec, "client"))
    assert not {"name", "email", "phone"} & entity_names(spec)


def test_we_hold_each_landlords_details_and_their_properties() -> None:
    spec = design(
        "We hold each landlord's name, email and phone, and the properties they own with an"
        " address and postcode."
    )
    assert {"name", "email", "phone"} <= set(field_types(spec, "landlord"))
    assert_only_many_to_one(spec, "property", "landlord")


# --- an act one of ours does to a record --------------------------------------------------------


def test_one_of_our_engineers_inspecting_a_property_is_an_inspection() -> None:
    spec = design(
        "A property has an address. Engineers have a name. When one of our engineers inspects a"
        " property we record the visit date, whether it passed and the certificate number."
    )
    assert {"visit_date", "passed", "certificate_number"} <= set(field_types(spec, "inspection"))
    assert "visit_date" not in field_types(spec, "property")
    assert_only_many_to_one(spec, "inspection", "engineer")
    assert_only_many_to_one(spec, "inspection", "property")


def test_a_dealing_with_a_thing_keeps_the_thing_as_the_record() -> None:
    spec = design(
        "Stockists are the shops that carry us. When a stockist orders a pallet we record the"
        " date, the weight and the price."
    )
    assert "order" not in entity_names(spec)
    assert {"date", "weight", "price"} <= set(field_types(spec, "pallet"))


# --- a line's thing and how many ----------------------------------------------------------------


def test_items_meaning_which_cabinet_and_how_many_are_lines() -> None:
    spec = design(
        "Cabinets have a code and a price. For each job I list the items going in, meaning which"
        " cabinet from our catalogue and how many of it, so I can price it up."
    )
    assert field_types(spec, "item") == {
        "quantity": "integer",
        "cabinet_id": "reference",
        "job_id": "reference",
    }
    assert_only_many_to_one(spec, "item", "cabinet")
    assert_only_many_to_one(spec, "item", "job")


def test_meaning_after_a_single_thing_is_left_alone() -> None:
    said = normalize_text("we note the grade, meaning the colour of the belt.")
    assert "each with" not in said


# --- the day an act is planned for --------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "name", "kind"),
    [
        ("the date i go out to survey", "survey_date", "date"),
        ("the date we are booked to fit", "fitting_date", "date"),
        ("the day we are due to deliver", "delivery_date", "date"),
        ("the time they are booked to arrive", "arrival_time", "datetime"),
        ("the date we plan to visit", "visit_date", "date"),
    ],
)
def test_the_date_planned_for_an_act_is_named_by_the_act(item: str, name: str, kind: str) -> None:
    draft = read_field(item)
    assert draft is not None
    assert (draft.name, draft.type) == (name, kind)


def test_the_date_we_visit_keeps_its_reading() -> None:
    draft = read_field("the date we visit")
    assert draft is not None
    assert (draft.name, draft.type) == ("visit_date", "date")


# --- a job opened for the one who called, and the fitter put on it -------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("i put one of the fitters on each job", "each job has one fitter"),
        (
            "i put one of the fitters on each job (for them i only need a name)",
            "each job has one fitter; each fitter has a name",
        ),
        # an aside that is no list of theirs stays as said
        (
            "i put one of the fitters on each job (usually dave)",
            "i put one of the fitters on each job (usually dave)",
        ),
    ],
)
def test_one_of_ours_on_each_record(said: str, plain: str) -> None:
    assert one_of_ours_on(said) == plain


def test_a_job_opened_for_the_caller_is_theirs_with_its_own_list() -> None:
    spec = design(
        "When a customer rings up I take their name, phone number and email, then open a job for"
        " them with the address of the house, the date I go out to survey and the date we're"
        " booked to fit, and I put one of the fitters on it (for them I only need a name)."
    )
    assert set(field_types(spec, "customer")) == {"name", "phone_number", "email"}
    assert {"survey_date", "fitting_date"} <= set(field_types(spec, "job"))
    assert_only_many_to_one(spec, "job", "customer")
    assert_only_many_to_one(spec, "job", "fitter")
    assert "name" in field_types(spec, "fitter")


def test_then_without_a_record_for_them_is_left_alone() -> None:
    said = "a customer rings up, i take their name, then call them back with a price"
    assert then_open_for_them(said) == said


# --- a fixture, its team, its opponent and its scores ---------------------------------------------


def test_what_follows_who_plays_a_fixture_is_the_fixtures() -> None:
    spec = design(
        "Teams have a name. A fixture is played by one of our teams against an opponent on a"
        " date, either home or away, and we note our score and the opponent's score."
    )
    types = field_types(spec, "fixture")
    assert {"opponent": "text", "date": "date", "home_or_away": "enum"}.items() <= types.items()
    assert {"score", "opponent_score"} <= set(types)
    assert_only_many_to_one(spec, "fixture", "team")


def test_one_place_after_who_does_it_is_left_to_the_link_readers() -> None:
    said = "a lesson is taught by one of our coaches in a hall"
    assert done_by_with_places(said) == said


def test_a_team_with_a_name_and_a_coach_is_the_teams() -> None:
    spec = design(
        "We record each player's name and email, and every player belongs to a team"
        " with a name and a coach."
    )
    assert set(field_types(spec, "team")) >= {"name", "coach"}
    assert "coach" not in field_types(spec, "player")
    assert_only_many_to_one(spec, "player", "team")


def test_belonging_with_no_name_keeps_the_list_on_the_subject() -> None:
    said = "every booking belongs to a customer with a date and a time"
    assert belongs_to_one_with(said) == said


# --- a wish for a figure ------------------------------------------------------------------------


def test_it_would_be_good_to_count_asks_for_a_count() -> None:
    spec = design("Bookings have a date and a price. It would be good to count bookings per month.")
    assert [r.name for r in spec.reports] == ["count_booking_per_month"]


def test_it_would_be_good_to_meet_asks_for_nothing() -> None:
    spec = design("Bookings have a date and a price. It would be good to meet every month.")
    assert not spec.reports


# --- the subject's predicate after a relative clause ------------------------------------------


def test_a_flow_after_which_has_is_the_subjects() -> None:
    spec = design(
        "Each report is handed to a clearance crew, which has a name and a van registration, and"
        " goes from reported to assessed to scheduled to cleared."
    )
    assert flows(spec)["report"][1] == ["reported", "assessed", "scheduled", "cleared"]
    assert set(field_types(spec, "clearance_crew")) >= {"name", "van_registration"}
    assert "status" not in field_types(spec, "clearance_crew")


def test_one_more_item_after_which_has_stays_in_the_list() -> None:
    spec = design("Each job is given to a crew, which has a name, a van, and notes on access.")
    assert "notes" in " ".join(field_types(spec, "crew"))


# --- states told as acts on it ----------------------------------------------------------------


def test_offered_first_then_accepted_or_declined_then_completed() -> None:
    spec = design(
        "Umpires have a name. An assignment puts one umpire on one game in a position (plate or"
        " base); it is offered first, the umpire accepts or declines it, and after the game it"
        " becomes completed."
    )
    field, states = flows(spec)["assignment"]
    assert field == "status"
    assert set(states) == {"offered", "accepted", "declined", "completed"}
    assert states[0] == "offered"
    assert field_types(spec, "assignment")["position"] == "enum"
    assert "plate" not in field_types(spec, "umpire")


def test_a_person_placing_without_values_is_left_alone() -> None:
    said = "a coach puts one player on one team in a squad"
    assert puts_one_in_a(said) == said


# --- people named alone in a list ---------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "returns: RMA number, customer, product, reason, received date",
        "A return has an RMA number, a customer, a product and a reason.",
    ],
)
def test_a_customer_named_alone_is_a_link(said: str) -> None:
    spec = design(said)
    assert "customer" not in field_types(spec, "return")
    assert_only_many_to_one(spec, "return", "customer")


def test_a_customer_name_stays_a_field() -> None:
    spec = design("A return has an RMA number, a customer name and a reason.")
    assert "customer_name" in field_types(spec, "return")
    assert "customer" not in entity_names(spec)


# --- what a record covers, stands at, and is sold at ---------------------------------------------


def test_a_contract_covering_properties_each_with_a_list_owns_them() -> None:
    spec = design("A contract covers one or more properties, each with an address and a size.")
    assert set(field_types(spec, "property")) >= {"address", "size"}
    assert_only_many_to_one(spec, "property", "contract")


def test_and_stands_at_a_location_is_a_second_predicate() -> None:
    spec = design(
        "Every machine has a serial number and an install date and stands at a location, which"
        " is just a site name and an address."
    )
    assert set(field_types(spec, "machine")) == {"serial_number", "install_date", "location_id"}
    assert_only_many_to_one(spec, "machine", "location")


def test_and_notes_for_staff_stays_an_item() -> None:
    spec = design("Every machine has a serial number and notes for staff.")
    assert "notes_for_staff" in " ".join(field_types(spec, "machine"))


@pytest.mark.parametrize(
    ("said", "entity", "field"),
    [
        ("Products are sold at a fixed price and have a name.", "product", "fixed_price"),
        ("A room is let at a nightly rate and has a number.", "room", "nightly_rate"),
    ],
)
def test_what_a_thing_is_sold_at_is_its_price(said: str, entity: str, field: str) -> None:
    assert field_types(design(said), entity)[field] == "decimal"


def test_sold_at_a_market_is_no_price() -> None:
    spec = design("Jams are sold at a market and have a flavour.")
    assert "market" not in " ".join(field_types(spec, "jam"))


# --- the people things come from, and what they did -----------------------------------------------


def test_each_listed_with_after_from_people_is_theirs() -> None:
    spec = design(
        "Our committee collects photos and pieces of writing from students, each listed with a"
        " name and a grade. A submission has a title."
    )
    assert set(field_types(spec, "student")) == {"name", "grade"}


def test_only_what_they_submitted_is_their_submissions() -> None:
    spec = design(
        "Students have a name. A submission has a title. Students see only what they submitted"
        " themselves."
    )
    assert_only_many_to_one(spec, "submission", "student")
    rules = {(r.role, r.entity): r.scope for r in spec.permissions.rules}
    assert rules[("student", "submission")] == "own"


@pytest.mark.parametrize(
    ("verb", "act"), [("submit", "submission"), ("admit", "admission"), ("refer", "referral")]
)
def test_act_nouns_of_mit_and_er_verbs(verb: str, act: str) -> None:
    assert act_noun(verb) == act


# --- which of the records they take, and what a record is just ------------------------------------


def test_which_publications_they_take_is_many_to_many() -> None:
    spec = design(
        "Houses sit on a round, and for each one I keep the address, the balance they owe us, and"
        " which publications they take, which can be several, while a publication is just a"
        " title, a cover price and the days it comes out."
    )
    assert set(field_types(spec, "house")) == {"address", "balance", "round_id"}
    assert set(field_types(spec, "publication")) >= {"title", "cover_price"}
    found = relations_of(spec)
    assert {
        ("house", "publication", "many_to_many"),
        ("publication", "house", "many_to_many"),
    } & found


def test_which_size_they_want_is_no_record() -> None:
    spec = design("For each order I keep the date and which size they want.")
    assert entity_names(spec) == {"order"}


def test_a_record_that_is_just_one_thing_is_left_alone() -> None:
    said = "a visit is just a formality"
    assert is_just_a_list(said) == said


def test_you_know_in_brackets_is_no_value() -> None:
    spec = design(
        'For each house I keep the address, any delivery instructions (you know, "leave it behind'
        ' the gate") and the balance.'
    )
    assert field_types(spec, "house")["delivery_instructions"] == "long_text"


# --- small clauses as field names -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "name", "kind"),
    [
        ("how it happened (video, phone or in person)", "mode", "enum"),
        ("the date its pads expire", "pads_expiry_date", "date"),
        ("the date its licence expires", "licence_expiry_date", "date"),
        ("the length in minutes", "length_minutes", "integer"),
    ],
)
def test_small_clauses_name_fields(item: str, name: str, kind: str) -> None:
    draft = read_field(item)
    assert draft is not None
    assert (draft.name, draft.type) == (name, kind)


# --- each one after for each ----------------------------------------------------------------------


def test_each_one_after_for_each_is_that_record() -> None:
    spec = design(
        "For each defibrillator we record a serial number, and each one is looked after by a"
        " guardian (a local volunteer with a name, email and phone)."
    )
    assert set(field_types(spec, "guardian")) == {"name", "email", "phone"}
    assert_only_many_to_one(spec, "defibrillator", "guardian")


# --- a lesson's kind and length -------------------------------------------------------------------


def test_uses_either_a_manual_or_automatic_transmission() -> None:
    spec = design(
        "Students have a name. Instructors have a name. Each lesson books one student with one"
        " instructor at a start time, lasts a number of minutes and uses either a manual or"
        " automatic transmission."
    )
    types = field_types(spec, "lesson")
    assert types["transmission"] == "enum"
    assert types["duration_minutes"] == "integer"
    assert_only_many_to_one(spec, "lesson", "student")
    assert_only_many_to_one(spec, "lesson", "instructor")


def test_either_without_a_kind_noun_is_left_alone() -> None:
    said = "a member uses either a card or cash"
    assert either_kind(said) == said


def test_a_test_entered_for_a_ready_student_is_theirs() -> None:
    spec = design(
        "Students have a name. Once a student is ready we enter a driving test for them with the"
        " test date, the test centre and whether they passed."
    )
    test = next(e for e in entity_names(spec) if e.endswith("test"))
    assert {"test_date", "test_centre", "passed"} <= set(field_types(spec, test))
    assert_only_many_to_one(spec, test, "student")


# --- states told with who acts --------------------------------------------------------------------


def test_stay_pending_until_we_confirm_them_then_the_group_is_seated() -> None:
    spec = design(
        "A booking has a start time. Bookings stay pending until we confirm them, then the group"
        " is seated, and the booking ends up finished or cancelled."
    )
    assert flows(spec)["booking"][1] == ["pending", "confirmed", "seated", "finished", "cancelled"]


def test_stays_open_until_a_date_adds_no_state() -> None:
    spec = design(
        "A ticket has a title. A ticket stays open until the end of the month, then it is closed."
    )
    assert flows(spec)["ticket"][1] == ["open", "closed"]


# --- what working on a record yields, and a stock item described where it is named -----------------


def test_sawing_a_log_gives_its_board_batches() -> None:
    spec = design(
        "For each log we record the tree species and its length in metres. Sawing a log gives one"
        " or more board batches, each with a thickness in millimetres, how many boards it holds"
        " and whether it has been kiln dried."
    )
    assert set(field_types(spec, "board_batch")) >= {"thickness_mm", "kiln_dried"}
    assert_only_many_to_one(spec, "board_batch", "log")


def test_one_powder_where_we_keep_its_details() -> None:
    spec = design(
        "A job has a number. A job is made up of parts, each with a description and a quantity,"
        " and every part is sprayed with one powder from our stock, where we keep the colour code,"
        " the finish (gloss, satin or matt) and the kilos left."
    )
    assert set(field_types(spec, "powder")) == {"colour_code", "finish", "kilos_left"}
    assert "finish" not in field_types(spec, "part")
    assert_only_many_to_one(spec, "part", "powder")
    assert_only_many_to_one(spec, "part", "job")


# --- asides between dashes, and what hangs off what -----------------------------------------------


def test_for_the_hirer_after_a_dashed_aside_gives_the_hirers_fields() -> None:
    spec = design(
        "People book a hut for a week or longer - a booking is for one hut and one hirer, with a"
        " start date, an end date and the amount paid - and for the hirer we only need name,"
        " phone, email and home postcode."
    )
    assert set(field_types(spec, "hirer")) == {"name", "phone", "email", "home_postcode"}
    assert {"start_date", "end_date", "amount_paid"} <= set(field_types(spec, "booking"))


def test_an_inspection_that_hangs_off_the_booking() -> None:
    spec = design(
        "A booking has a start date. A hut has a number. After a booking we inspect the hut and"
        " write up an inspection with the date, what we found and a repair cost if anything"
        " needs fixing, and that should hang off the booking."
    )
    assert field_types(spec, "inspection")["repair_cost"] == "decimal"
    assert_only_many_to_one(spec, "inspection", "booking")


def test_visits_recorded_against_the_complaint_are_its_own() -> None:
    spec = design(
        "A complaint has an address. Each complaint is assigned to an officer, who records site"
        " visits against it with a date, a decibel reading and notes."
    )
    assert {"date", "decibel_reading", "notes"} <= set(field_types(spec, "site_visit"))
    assert_only_many_to_one(spec, "site_visit", "complaint")
    assert_only_many_to_one(spec, "complaint", "officer")


def test_a_reason_if_someone_cancels_is_a_reason() -> None:
    draft = read_field("a reason if someone cancels")
    assert draft is not None
    assert draft.name == "reason"


# --- whose stage, and where a thing goes ----------------------------------------------------------


def test_its_stage_after_stocked_into_a_tank_is_the_batchs() -> None:
    spec = design(
        "Every tank has a code. A batch of fish is stocked into a tank with the species (trout or"
        " salmon) and a stocking date, and its stage goes from eggs to fry to fingerlings until"
        " it is released."
    )
    assert flows(spec)["batch"] == ("stage", ["eggs", "fry", "fingerlings", "released"])
    assert "stage" not in field_types(spec, "tank")


def test_a_spirit_going_into_many_cocktails_is_no_flow() -> None:
    spec = design(
        "Every cocktail has a name. A cocktail is made from several spirits and one spirit goes"
        " into lots of cocktails, with a measure in millilitres each time; for the spirits"
        " themselves we keep the brand."
    )
    assert not flows(spec)
    assert field_types(spec, "cocktail_spirit")["measure_ml"] == "integer"


@pytest.mark.parametrize(
    ("flow", "states"),
    [
        ("into many cocktails, with a measure", False),
        ("into several boxes", False),
        ("into review, then to done", True),
        ("from new to in progress to done", True),
    ],
)
def test_going_into_many_things_names_no_states(flow: str, states: bool) -> None:
    assert names_states(flow) is states


# --- an order's lines, a status header without a colon, and where materials come from ------------


def test_an_orders_parts_are_its_lines() -> None:
    spec = design(
        "Bouquets have a name, a price and a size (small, medium, large). A customer places an"
        " order with a delivery date and a total, and an order can contain several bouquets, each"
        " with a quantity."
    )
    assert field_types(spec, "order_line")["quantity"] == "integer"
    assert_only_many_to_one(spec, "order_line", "order")
    assert_only_many_to_one(spec, "order_line", "bouquet")


def test_a_recipes_parts_keep_both_names() -> None:
    spec = design(
        "Spirits have a brand and a cost. A cocktail has a name and a price, and a cocktail uses"
        " several spirits, each with a measure in millilitres."
    )
    assert "cocktail_spirit" in entity_names(spec)
    assert "cocktail_line" not in entity_names(spec)


def test_a_status_header_without_a_colon() -> None:
    spec = design(
        "Hires: client company, site address, day rate. Hire status enquiry -> booked -> on site"
        " -> returned."
    )
    assert flows(spec)["hire"][1] == ["enquiry", "booked", "on_site", "returned"]


def test_materials_ordered_from_my_suppliers_against_each_job() -> None:
    spec = design(
        "A job has a date. I also order materials from my suppliers against each job, noting the"
        " product, the quantity in square metres and what it cost."
    )
    assert {"product", "cost"} <= set(field_types(spec, "material"))
    assert_only_many_to_one(spec, "material", "supplier")
    assert_only_many_to_one(spec, "material", "job")


# --- an application made for values, and the things listed on each job ----------------------------


def test_an_organiser_makes_an_application_for_a_street_and_a_date() -> None:
    spec = design(
        "Organisers register with a name, an email and a phone number. An organiser makes an"
        " application for a street, a party date and an expected number of guests, saying"
        " whether they want to borrow our road barriers."
    )
    assert field_types(spec, "organiser")["phone_number"] == "text"
    types = field_types(spec, "application")
    assert {"street", "party_date", "expected_guests"} <= set(types)
    assert "boolean" in {types[name] for name in types if "barriers" in name}
    assert "number" not in entity_names(spec)
    assert_only_many_to_one(spec, "application", "organiser")


def test_a_request_for_a_thing_alone_is_left_alone() -> None:
    said = "a member makes a request for a book and a dvd"
    assert one_makes_one_for(said) == said


def test_the_trees_the_crew_lists_on_every_job_are_the_jobs() -> None:
    spec = design(
        "A job has a date. Crews have a name. On every job the crew lists the trees they worked"
        " on: species, height in metres and whether a felling licence was needed."
    )
    assert {"species", "height_metres"} <= set(field_types(spec, "tree"))
    assert set(field_types(spec, "crew")) == {"name"}
    assert_only_many_to_one(spec, "tree", "job")


# --- what a quote gives, and how long a job should take -------------------------------------------


def test_a_quote_for_a_customer_gives_its_fields() -> None:
    spec = design(
        "A customer has a name. A quote for a customer gives the surface (block paving, tarmac,"
        " resin or gravel), the area in square metres and the quoted price. An accepted quote"
        " turns into a job with a start date and the number of days it should take."
    )
    assert "surface" not in entity_names(spec)
    assert field_types(spec, "quote")["surface"] == "enum"
    assert_only_many_to_one(spec, "quote", "customer")
    assert field_types(spec, "job")["duration_days"] == "integer"


def test_a_gift_that_gives_one_thing_is_left_alone() -> None:
    said = "a voucher gives the holder a discount"
    assert record_gives(said) == said


# --- flows told loosely, and a format a debate uses -----------------------------------------------


@pytest.mark.parametrize(
    ("said", "entity", "states"),
    [
        (
            "An order has a date. Orders go from ordered to scheduled to delivered and only then"
            " to invoiced.",
            "order",
            ["ordered", "scheduled", "delivered", "invoiced"],
        ),
        (
            "A quote has a total. A quote starts pending and is then accepted or rejected.",
            "quote",
            ["pending", "accepted", "rejected"],
        ),
    ],
)
def test_flows_told_loosely(said: str, entity: str, states: list[str]) -> None:
    assert flows(design(said))[entity][1] == states


def test_a_job_that_starts_on_monday_has_no_flow() -> None:
    assert not flows(design("A job has a title. A job starts on a monday and ends on a friday."))


def test_a_debate_happens_on_a_date_and_uses_a_format() -> None:
    spec = design(
        "A debate happens on a date, has a motion and uses a format: British Parliamentary,"
        " World Schools or Oxford."
    )
    types = field_types(spec, "debate")
    assert types == {"date": "date", "motion": "text", "format": "enum"}


# --- orders that come in for a customer -----------------------------------------------------------


def test_orders_come_in_for_a_customer_with_their_list_and_flow() -> None:
    spec = design(
        "Each customer has a name. Orders come in for a customer with the litres wanted, the"
        " price per litre we quoted and a delivery date, and they go from ordered to scheduled"
        " to delivered."
    )
    assert set(field_types(spec, "customer")) == {"name"}
    types = field_types(spec, "order")
    assert {"litres_wanted", "price_per_litre_quoted", "delivery_date"} <= set(types)
    assert flows(spec)["order"][1] == ["ordered", "scheduled", "delivered"]
    assert_only_many_to_one(spec, "order", "customer")


def test_for_the_parse_leaves_plain_sentences_alone() -> None:
    said = "each customer has a name and an email"
    assert for_the_parse(said) == said


# --- two fields of one kind -----------------------------------------------------------------------


def test_the_pm25_and_no2_values_are_two_numbers() -> None:
    spec = design(
        "Monitors send readings with a timestamp, the PM2.5 and NO2 values and whether the"
        " reading passed its calibration check."
    )
    types = field_types(spec, "reading")
    assert (types["pm2_5"], types["no2"]) == ("decimal", "decimal")
    assert "no2" not in entity_names(spec)


def test_the_home_and_away_scores_are_two_scores() -> None:
    spec = design("A match has a date and the home and away scores.")
    assert field_types(spec, "match") == {
        "date": "date",
        "home_score": "integer",
        "away_score": "integer",
    }


# --- fittings a wig needs, and how runners reach us -----------------------------------------------


def test_the_fittings_a_wig_needs_are_its_own() -> None:
    spec = design(
        "A wig has a colour. A wig usually needs a couple of fittings, and for each one I jot"
        " down the date, what adjustments I made and any other notes."
    )
    assert_only_many_to_one(spec, "fitting", "wig")


def test_runners_entering_online_make_no_online_record() -> None:
    spec = design(
        "Races have a name. Runners enter online with their name, email and date of birth; each"
        " entry is for one race and gets a bib number."
    )
    assert "online" not in entity_names(spec)
    assert {"name", "email", "date_of_birth"} <= set(field_types(spec, "runner"))


@pytest.mark.parametrize(("verb", "act"), [("enter", "entry"), ("apply", "application")])
def test_irregular_act_nouns(verb: str, act: str) -> None:
    assert act_or_irregular_noun(verb) == act


# --- found once batch 31 was opened -----------------------------------------------------------------


def test_a_damage_report_header_is_a_record() -> None:
    spec = design(
        "Shelter: stop code, street, ward. Damage report: which shelter, date reported, what's"
        " wrong, reporter's email, repair cost. Status reported -> inspected -> repair ordered ->"
        " fixed."
    )
    assert {"date_reported", "reporter_email", "repair_cost"} <= set(
        field_types(spec, "damage_report")
    )
    assert_only_many_to_one(spec, "damage_report", "shelter")
    assert flows(spec)["damage_report"][1] == ["reported", "inspected", "repair_ordered", "fixed"]


def test_a_monthly_report_header_asks_for_a_figure() -> None:
    spec = design("Sales: date, amount. Monthly report: total amount per month.")
    assert entity_names(spec) == {"sale"}
    assert [r.name for r in spec.reports] == ["total_amount_per_month"]


def test_someone_booking_a_slot_makes_a_booking_with_their_details() -> None:
    spec = design(
        "We release time slots, each with a date, a start time and a capacity in cars. When"
        " someone books a slot we take their name, email, the number of adults and children and"
        " the total price. A count of bookings per day would help us plan staffing."
    )
    assert {"name", "email", "adults", "children", "total_price"} <= set(
        field_types(spec, "booking")
    )
    assert "would_on" not in field_types(spec, "booking")
    assert_only_many_to_one(spec, "booking", "time_slot")
    assert "customer" not in entity_names(spec)


def test_someone_dropping_things_off_is_still_a_customer() -> None:
    spec = design("When someone drops stuff off I take their name and phone number.")
    assert {"name", "phone_number"} <= set(field_types(spec, "customer"))


def test_varieties_growing_this_year_are_no_year() -> None:
    spec = design(
        "We also list the pumpkin varieties growing this year with the name, price per kilo and"
        " whether it's still available to pick."
    )
    assert entity_names(spec) == {"pumpkin_variety"}
