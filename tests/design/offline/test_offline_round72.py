"""Round 72: flows told in the plural or with a meanwhile, fields asked as questions (*what we
sell it at*, *how many we've got in*, *the email it came from*), lines one per kind, records
that assign one to another, and the owner's wishes and asides the readers must not take for
records.

Each test names one way of saying it, in a domain of its own, and most have a twin the
reading must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_options, field_types, flows, relations

from appwright.design.offline.lines_of_a_record import lines_of_a_record
from appwright.design.offline.people_put_on import assigns_one_to_one


def test_a_flow_that_ends_up_in_one_of_several_after_an_act_on_it() -> None:
    spec = design(
        "A permit application has a reference. It starts off as a draft, then it's lodged, "
        "then the registrar checks it, and it ends up approved, refused or withdrawn."
    )
    steps = flows(spec)["permit_application"][1]
    assert {"draft", "lodged", "approved", "refused", "withdrawn"} <= set(steps)


def test_what_happens_meanwhile_is_no_state() -> None:
    spec = design(
        "A grant bid has a title. It starts off as a draft while I gather the quotes, then "
        "it's sent, and it ends up won or lost."
    )
    assert flows(spec)["grant_bid"][1] == ["draft", "sent", "won", "lost"]


def test_a_flow_told_of_many_records_in_the_plural() -> None:
    spec = design(
        "A hire request has a date. Hire requests start as an enquiry, become held once we've "
        "checked the diary, are confirmed when the form is signed and end up returned or lost."
    )
    assert flows(spec)["hire_request"][1] == ["enquiry", "held", "confirmed", "returned", "lost"]
    # the singular, as before
    spec = design(
        "A hire request has a date. A hire request starts as an enquiry, becomes held, is "
        "confirmed and ends up returned or lost."
    )
    assert flows(spec)["hire_request"][1] == ["enquiry", "held", "confirmed", "returned", "lost"]


def test_how_many_we_have_got_in_is_the_stock() -> None:
    spec = design("Each paint has a colour, how many we've got in and how many we need.")
    types = field_types(spec, "paint")
    assert types["quantity_in_stock"] == "integer"
    assert types["quantity_needed"] == "integer"  # what is needed is not the stock
    spec = design("Each glaze has a name and how many we have in stock.")
    assert field_types(spec, "glaze")["quantity_in_stock"] == "integer"


def test_what_we_sell_it_at_and_what_it_is_worth_are_money() -> None:
    spec = design(
        "Each frame has a moulding, what we pay for it, what we sell it at and what it's worth."
    )
    types = field_types(spec, "frame")
    assert types["sale_price"] == "decimal"
    assert types["value"] == "decimal"
    assert types["amount_paid"] == "decimal"  # what we pay, as before
    spec = design("Each print has a title and what we sell them for.")
    assert field_types(spec, "print")["sale_price"] == "decimal"


def test_what_it_is_about_is_its_description() -> None:
    spec = design("A talk has a title, a speaker name and what the talk is about.")
    assert "description" in field_types(spec, "talk")
    assert "what_talk_is_about" not in field_types(spec, "talk")


def test_the_name_of_whoever_did_it_is_a_named_field() -> None:
    spec = design("Each sermon has a date, a reading and the name of whoever preached it.")
    assert "preacher_name" in field_types(spec, "sermon")
    assert entity_names(spec) == {"sermon"}


def test_questions_about_where_it_came_from_and_how_often() -> None:
    spec = design(
        "For each enquiry we note the caller, a link to view it, the email it came from and a "
        "date. Each costume has a name and how many times it has been cleaned."
    )
    enquiry = field_types(spec, "enquiry")
    assert enquiry["view_link"] == "url"
    assert enquiry["email"] == "email"
    assert field_types(spec, "costume")["clean_count"] == "integer"


def test_what_i_would_like_is_for_someone_to_act() -> None:
    spec = design(
        "What I'd like is for a parent (we keep their name and phone) to put in a request "
        "with a date and a reason."
    )
    assert "like" not in entity_names(spec)
    assert {"name", "phone"} <= set(field_types(spec, "parent"))
    assert {"date", "reason"} <= set(field_types(spec, "request"))
    assert ("request", "parent", "many_to_one") in relations(spec)


def test_records_that_live_in_our_collection_have_its_list() -> None:
    spec = design(
        "Seeds live once in our seed bank with a variety, a sow-by date and a packet count."
    )
    assert {"variety", "sow_by_date"} <= set(field_types(spec, "seed"))
    assert "once" not in entity_names(spec)


def test_both_owners_of_one_kind_of_field() -> None:
    spec = design("Each lot has a hammer price and the buyer's and seller's fees.")
    assert {"buyer_fee", "seller_fee"} <= set(field_types(spec, "lot"))
    spec = design("A chess game has a date, a result and the two players' names.")
    assert {"player_one_name", "player_two_name"} <= set(field_types(spec, "chess_game"))


def test_whose_the_things_are_names_no_record() -> None:
    spec = design("All the canoes we own have a hull number and a colour.")
    assert entity_names(spec) == {"canoe"}
    assert {"hull_number", "colour"} <= set(field_types(spec, "canoe"))


def test_the_last_items_after_the_comma_are_the_lists() -> None:
    spec = design(
        "We keep each pupil's name and phone, and a lesson is for one pupil on a date with the "
        "length in minutes, and the fee and the date it was paid."
    )
    assert {"date", "fee", "paid_date"} <= set(field_types(spec, "lesson"))
    assert set(field_types(spec, "pupil")) == {"name", "phone"}
    assert ("lesson", "pupil", "many_to_one") in relations(spec)


def test_a_moment_written_date_slash_time() -> None:
    spec = design("Calls: caller name, received date/time, outcome.")
    types = field_types(spec, "call")
    assert types["received_date_and_time"] == "datetime"
    assert field_options(spec, "call")["received_date_and_time"] is None


def test_a_record_to_be_done_has_its_list() -> None:
    spec = design("A car to be valeted has a registration, a colour and a bay number.")
    assert {"registration", "colour", "bay_number"} <= set(field_types(spec, "car"))


def test_a_record_that_assigns_one_to_another_belongs_to_both() -> None:
    assert assigns_one_to_one("each shift assigns a steward to a gate") == (
        "each shift belongs to one steward; each shift belongs to one gate"
    )
    spec = design(
        "Stewards have a name. Gates have a number. Each shift assigns a steward to a gate and "
        "starts as planned, then it is worked."
    )
    links = relations(spec)
    assert ("shift", "steward", "many_to_one") in links
    assert ("shift", "gate", "many_to_one") in links
    assert not any({a, b} == {"steward", "gate"} for a, b, _ in links)
    # something assigned for a reason is left to the other readers
    assert assigns_one_to_one("the rota assigns stewards by hand") == (
        "the rota assigns stewards by hand"
    )


def test_a_request_raised_when_something_happens_goes_through_the_steps() -> None:
    spec = design(
        "Each flat has a number. When a tenant has a problem they raise a repair request naming "
        "the flat, and it goes from open to booked to fixed."
    )
    assert flows(spec)["repair_request"][1] == ["open", "booked", "fixed"]
    assert "flat" not in flows(spec)


def test_one_line_per_kind_with_its_list() -> None:
    assert lines_of_a_record(
        "a crate holds one line per fruit (apple, pear or plum) with the weight packed"
    ) == (
        "each crate line belongs to one crate; each crate line has a fruit (apple, pear or plum), the weight packed"
    )
    spec = design(
        "Each crate has a number. A crate holds one line per fruit (apple, pear or plum) with "
        "the weight packed."
    )
    assert field_options(spec, "crate_line")["fruit"] == ["apple", "pear", "plum"]
    assert ("crate_line", "crate", "many_to_one") in relations(spec)
    # a kind that is not listed is a record of its own
    spec = design("Products have a name. An invoice has one line per product with the quantity.")
    assert ("invoice_line", "product", "many_to_one") in relations(spec)
    assert ("invoice_line", "invoice", "many_to_one") in relations(spec)


def test_values_after_which_is_one_of() -> None:
    spec = design(
        "Each order has a size, which for us is always one of small, medium or large, and a price."
    )
    assert field_options(spec, "order")["size"] == ["small", "medium", "large"]
    assert field_types(spec, "order")["price"] == "decimal"


def test_orders_for_so_many_units_of_one_thing() -> None:
    spec = design(
        "Feeds have a name. Farmers have a name. A farmer places orders for so many tonnes of "
        "one feed, with a delivery date."
    )
    order = field_types(spec, "order")
    assert {"tonnes", "delivery_date"} <= set(order)
    assert ("order", "feed", "many_to_one") in relations(spec)
    assert ("order", "farmer", "many_to_one") in relations(spec)
    assert "tonne" not in entity_names(spec)
    # a number of things of one listed kind is a count and a choice, as before
    spec = design(
        "Bakeries have a name. An order asks for a number of loaves of one size (small, large "
        "or family), with a delivery date."
    )
    assert field_options(spec, "order")["loaf_size"] == ["small", "large", "family"]


def test_a_record_has_got_its_list() -> None:
    spec = design(
        "The office books visits in for clients (a client's got a name, a phone number and an "
        "address). Each visit has a date."
    )
    assert {"name", "phone_number", "address"} <= set(field_types(spec, "client"))
    assert "client_got_name" not in field_types(spec, "visit")


def test_someone_moves_each_record_through_its_steps_until_the_last() -> None:
    spec = design(
        "Each fault has a date. The caretaker moves each fault through logged, awaiting parts, "
        "in hand and mended, until it is finally signed off."
    )
    assert flows(spec)["fault"][1] == [
        "logged",
        "awaiting_parts",
        "in_hand",
        "mended",
        "signed_off",
    ]
    assert "caretaker" not in entity_names(spec)


def test_an_aside_with_the_list_of_the_record_an_item_names() -> None:
    spec = design(
        "Kilns have a name. Every firing records the kiln, the potter (potters have a name and "
        "a phone number), the peak temperature and the start time."
    )
    assert {"name", "phone_number"} <= set(field_types(spec, "potter"))
    assert "phone_number" not in field_types(spec, "firing")
    assert "peak_temperature" in field_types(spec, "firing")


def test_a_list_in_brackets_told_as_what_the_record_is() -> None:
    spec = design(
        "Every member household (that's the family name, the postcode and a contact email) can "
        "have one or more allotment plots. Plots have a number."
    )
    assert {"family_name", "postcode", "contact_email"} <= set(
        field_types(spec, "member_household")
    )
    assert not any(name.startswith("is_") for name in field_types(spec, "member_household"))


def test_a_status_that_in_the_end_is_one_of_two() -> None:
    spec = design(
        "A tenancy has a start date, a monthly rent and a status: it starts as a draft, gets "
        "signed, becomes live, and in the end is either ended or renewed."
    )
    assert flows(spec)["tenancy"][1] == ["draft", "signed", "live", "ended", "renewed"]


def test_who_the_one_is_points_at_it() -> None:
    spec = design(
        "For each trophy I want a name, what it's worth and who the sponsor is, and for a "
        "sponsor we only need the business name and a phone number."
    )
    assert ("trophy", "sponsor", "many_to_one") in relations(spec)
    assert ("sponsor", "trophy", "many_to_one") not in relations(spec)
