"""Round 100, the rest: links said in a few words (*each extra comes from a supplier - name,
email, website*; *a dance has ..., plus its own numbered positions, each with ...*), steps (*called back*; *last of all*; *gets checked against ...*; *it starts as
requested and the manager approves or declines it*), values and asides (*each one of rent,
energy or food*; *the fault has to be one of ...*; *a lowest and highest age*; *on our
books*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    field_options,
    flows,
    plain_field_names,
    relations,
)

# --- links said in a few words ------------------------------------------------------------------


def test_comes_from_one_dash_then_its_list() -> None:
    spec = design(
        "Spare parts: name, price, stock. Each spare part comes from a maker - name, email, "
        "website."
    )
    assert ("spare_part", "maker", "many_to_one") in relations(spec)
    assert {"name", "email", "website"} <= plain_field_names(spec, "maker")


def test_the_one_itself_needs_in_brackets() -> None:
    spec = design(
        "Each Sunday one of the stewards is put down to open the hall (the hall itself just "
        "needs its name and address), and afterwards the steward writes a report for it."
    )
    assert {"name", "address"} <= plain_field_names(spec, "hall")


def test_a_list_on_each() -> None:
    spec = design(
        "Each delivery has a date and a driver; each delivery is made up of drops, a customer "
        "and a crate count on each."
    )
    assert ("drop", "delivery", "many_to_one") in relations(spec)
    assert "crate_count" in plain_field_names(spec, "drop")


def test_a_list_of_ones_and_any_number_of_them() -> None:
    spec = design(
        "Guests sometimes want more, so there's a list of upgrades with a name and a price, "
        "and a room booking can have any number of them."
    )
    assert {"name", "price"} <= plain_field_names(spec, "upgrade")
    assert ("upgrade", "room_booking", "many_to_many") in relations(spec) or (
        "room_booking",
        "upgrade",
        "many_to_many",
    ) in relations(spec)


def test_is_one_done_in_one_at_a_time() -> None:
    spec = design(
        "Courts and coaches each just have a name; a lesson is taught on one court by one "
        "coach at a date and time."
    )
    assert {"court", "coach"} <= entity_names(spec)
    assert ("lesson", "court", "many_to_one") in relations(spec)
    assert ("lesson", "coach", "many_to_one") in relations(spec)


def test_header_putting_one_on_one() -> None:
    spec = design(
        "Need a rota for the lifeguards.\n"
        "- Lifeguards: name, phone\n"
        "- Posts: a name\n"
        "- Duties: date, start time and end time, putting one lifeguard on one post"
    )
    assert ("duty", "lifeguard", "many_to_one") in relations(spec)
    assert ("duty", "post", "many_to_one") in relations(spec)


def test_plus_its_own_each_with() -> None:
    spec = design(
        "A route has a name, a length and a grade (easy, moderate or hard), plus its own "
        "numbered checkpoints, each with an optional description."
    )
    assert ("checkpoint", "route", "many_to_one") in relations(spec)


def test_one_price_per_band_in_brackets() -> None:
    spec = design(
        "Every course has a name and a length. Because we charge by age, each course gets one "
        "fee per age group (child, adult, senior)."
    )
    assert ("course_fee", "course", "many_to_one") in relations(spec)
    assert field_options(spec, "course_fee")["age_group"] == ["child", "adult", "senior"]


# --- steps ---------------------------------------------------------------------------------------


def test_called_back_is_a_step_not_a_way_back() -> None:
    spec = design(
        "Each viewing has a status that moves from received to called back to viewed, then "
        "accepted or turned down."
    )
    assert flows(spec)["viewing"][1] == [
        "received",
        "called_back",
        "viewed",
        "accepted",
        "turned_down",
    ]


def test_last_of_all_is_the_last_step() -> None:
    spec = design(
        "Each quilt has a size. A quilt starts as ordered, moves on to pieced, then quilted, "
        "and last of all delivered."
    )
    assert flows(spec)["quilt"][1] == ["ordered", "pieced", "quilted", "delivered"]


def test_what_it_is_checked_against_is_no_step() -> None:
    spec = design(
        "Each expense claim has an amount. A claim is submitted, gets checked against the "
        "receipts, and is then paid or refused."
    )
    assert flows(spec)["expense_claim"][1] == ["submitted", "checked", "paid", "refused"]


def test_starts_as_and_the_one_acts_on_it() -> None:
    spec = design(
        "Each swap request has a date; it starts as asked and the supervisor allows or refuses it."
    )
    assert flows(spec)["swap_request"][1] == ["asked", "allowed", "refused"]


def test_after_a_while_it_ends_up_either() -> None:
    spec = design(
        "Each lost item has a description. A lost item moves from found to listed to chased, and "
        "after a month it ends up either returned or donated."
    )
    assert flows(spec)["lost_item"][1] == ["found", "listed", "chased", "returned", "donated"]


# --- values, fields and asides -------------------------------------------------------------------


def test_each_one_of_values_is_its_type() -> None:
    spec = design(
        "Every household has several envelopes, each one of rent, heating, food or travel, with "
        "a weekly amount and a balance."
    )
    assert field_options(spec, "envelope")["type"] == ["rent", "heating", "food", "travel"]


def test_what_is_wrong_has_to_be_one_of() -> None:
    spec = design(
        "Each watch has a brand, the colour and what's wrong with it, and the fault has to be "
        "one of battery, strap, glass or movement, plus the quote."
    )
    assert field_options(spec, "watch")["fault"] == ["battery", "strap", "glass", "movement"]


def test_a_lowest_and_highest_one() -> None:
    spec = design("Each age band has a name and a lowest and highest age.")
    assert {"lowest_age", "highest_age"} <= plain_field_names(spec, "age_band")


def test_on_our_books_is_no_record() -> None:
    spec = design(
        "For every horse on our books we keep its name, its breed and its passport number."
    )
    assert {"name", "breed", "passport_number"} <= plain_field_names(spec, "horse")


def test_what_was_done_to_each_is_no_record() -> None:
    spec = design(
        "Every parcel weighed in is logged against a customer and a route with the weight and "
        "the date."
    )
    assert ("parcel", "customer", "many_to_one") in relations(spec)
    assert ("parcel", "route", "many_to_one") in relations(spec)


def test_what_some_need_say_so_is_no_field() -> None:
    spec = design(
        "Each car has a registration. Some cars need parts ordered in, a mirror or a lamp say, "
        "so each car can have several part orders with a description and the cost."
    )
    assert "mirror" not in plain_field_names(spec, "car")
    assert ("part_order", "car", "many_to_one") in relations(spec)


def test_the_time_the_one_was_dropped_back_home() -> None:
    spec = design(
        "A visit report has the date, the time the child was dropped back home and some notes."
    )
    assert {"date", "notes"} <= plain_field_names(spec, "visit_report")


def test_whether_it_was_cash_or_card_is_the_payment_method() -> None:
    spec = design(
        "For every bar sale we take the drink, the total and whether it was cash or card."
    )
    assert field_options(spec, "bar_sale")["payment_method"] == ["cash", "card"]


def test_before_and_after_are_two_items() -> None:
    spec = design(
        "Each tyre check records the van, the battery charge percentage before and after and "
        "the price."
    )
    assert "battery_charge_percentage_after" in plain_field_names(spec, "tyre_check")


def test_the_ones_each_asks_for_we_file_with() -> None:
    spec = design(
        "Venues have a name. We also file the risk assessments each venue asks for, with the "
        "author and the review date."
    )
    assert ("risk_assessment", "venue", "many_to_one") in relations(spec)


def test_for_each_stop_we_book_one_for_one_and_the_booking_goes() -> None:
    spec = design(
        "For every gig we book a hall for a band with a date and a fee, and the booking goes "
        "from asked to held to confirmed."
    )
    assert ("booking", "hall", "many_to_one") in relations(spec)
    assert ("booking", "band", "many_to_one") in relations(spec)
    assert "gig" not in entity_names(spec)


def test_signs_up_once_with_and_is_given() -> None:
    spec = design(
        "A swimmer signs up once with first name, last name and email, and is given a member "
        "number that we print on their card."
    )
    assert {"first_name", "member_number"} <= plain_field_names(spec, "swimmer")
    assert "once" not in entity_names(spec)


def test_picks_one_from_our_list_and_may_belong_to_one_with() -> None:
    spec = design(
        "Each player picks a home court from our list of courts (name, surface) and may belong "
        "to a league with a name and a website."
    )
    assert ("player", "court", "many_to_one") in relations(spec)
    assert "website" in plain_field_names(spec, "league")


def test_the_ones_still_to_be_done_belong_to_one() -> None:
    spec = design(
        "Each album has a title. The tracks to be mixed belong to an album, each with a title, "
        "a length and a yes/no for whether it has vocals."
    )
    assert {"title", "length"} <= plain_field_names(spec, "track")


def test_how_it_gets_there_is_its_arrival_method() -> None:
    spec = design(
        "On each booking we note how the child gets there, either minibus or parent drop-off."
    )
    assert "arrival_method" in plain_field_names(spec, "booking") or "arrival_method" in (
        field_options(spec, "booking")
    )


def test_a_status_that_moves_is_the_records_own() -> None:
    spec = design("Each permit has a status that moves from drafted to issued, then expired.")
    assert "status" not in entity_names(spec)
    assert flows(spec)["permit"][1] == ["drafted", "issued", "expired"]


def test_what_we_are_after_and_which_one_it_is_for() -> None:
    spec = design(
        "Skaters have a name. What I'm after is a record for every costume: which skater it's "
        "for, which of the sewers has taken it on, the size and the fabric."
    )
    assert ("costume", "skater", "many_to_one") in relations(spec)
    assert ("costume", "sewer", "many_to_one") in relations(spec)
    assert {"size", "fabric"} <= plain_field_names(spec, "costume")


def test_a_line_for_each_item_marked_pass_or_fail() -> None:
    spec = design(
        "Each inspection is for one lift (name and serial), done by one engineer on a date, and "
        "has a line for each part checked - doors, cables, brakes or alarm - marked pass or "
        "fail with a note."
    )
    assert ("inspection_line", "inspection", "many_to_one") in relations(spec)
    assert field_options(spec, "inspection_line")["result"] == ["pass", "fail"]
    assert ("inspection", "lift", "many_to_one") in relations(spec)


def test_or_sent_somewhere_is_one_last_step() -> None:
    spec = design(
        "Each rent arrear has a stage that goes from first letter to final letter, then either "
        "settled or handed to debt collection."
    )
    assert flows(spec)["rent_arrear"][1] == [
        "first_letter",
        "final_letter",
        "settled",
        "handed_to_debt_collection",
    ]


def test_offered_to_one_who_accepts_or_declines_it() -> None:
    spec = design(
        "Each cover slot has a date and a room; it is offered to the teacher, who accepts or "
        "declines it, and once it has been taught the head signs it off."
    )
    assert set(flows(spec)["cover_slot"][1]) == {
        "offered",
        "accepted",
        "declined",
        "taught",
        "signed_off",
    }
