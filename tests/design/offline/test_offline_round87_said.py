"""Round 87, things said otherwise: steps (*works its way from*, *reviews every incident as it
moves from*, *or from scheduled to called off*, *or it just expires if nobody uses it*), values
(*a band is called low, shoulder or peak*, *a discipline of ski or snowboard*, *on one tier
(...)*, *whether it goes out by post or by email*), items (*says which feed to use*, *the dates
voting opens and closes*, *and we note the quantity each time*, *a price per day*, *the lessons
remaining*, *a slope marshal in charge*) and asides that are no item (*filled in at the end of
the day*, *— we can't insure anyone under 25, so that one matters —*). The round's records and
lists are in `test_offline_round87.py`.

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

# --- steps said otherwise ------------------------------------------------------------------------


def test_it_works_its_way_from() -> None:
    spec = design(
        "A lease covers one unit and has a start date and the rent; it works its way from "
        "drafted to agreed to signed."
    )
    assert flows(spec)["lease"] == ("status", ["drafted", "agreed", "signed"])


def test_one_reviews_each_as_it_moves() -> None:
    spec = design(
        "A complaint has a date and a summary. The practice manager reviews every complaint as "
        "it moves from received to investigating to answered."
    )
    assert flows(spec)["complaint"] == ("status", ["received", "investigating", "answered"])


def test_another_way_out_of_the_first_step() -> None:
    spec = design(
        "Each match has a date, a venue, and a status that moves from fixed to played and then "
        "reported, or from fixed to postponed."
    )
    assert flows(spec)["match"] == ("status", ["fixed", "played", "reported", "postponed"])


def test_or_it_just_expires() -> None:
    spec = design(
        "A pass has a code and a value. A pass starts out valid, becomes part spent, then "
        "spent, or it just lapses if nobody uses it."
    )
    assert flows(spec)["pass"][1][-1] == "lapsed"


def test_its_status_after_the_list_we_keep() -> None:
    spec = design(
        "For each foal we list the breed, the dam's name, its date of birth and a link to a "
        "photo, and its sale status goes from unsold to reserved to sold."
    )
    assert {"breed", "date_of_birth", "photo"} <= plain_field_names(spec, "foal")
    assert flows(spec)["foal"] == ("status", ["unsold", "reserved", "sold"])


def test_its_stage_after_a_record_there_is_keeps_the_links() -> None:
    spec = design(
        "Tasks have a name. Volunteers have a name. For each volunteer and task there is a "
        "training record with the date trained, and its stage goes from shadowing to signed off."
    )
    assert {
        ("training", "volunteer", "many_to_one"),
        ("training", "task", "many_to_one"),
    } <= relations(spec)


# --- values said otherwise ------------------------------------------------------------------------


def test_a_record_called_one_of_its_names() -> None:
    spec = design("A term is called autumn, spring or summer and has a start date and an end date.")
    assert field_options(spec, "term")["name"] == ["autumn", "spring", "summer"]
    assert "term" not in flows(spec)


def test_a_kind_of_one_or_the_other() -> None:
    spec = design("A rider has a name, an email and a discipline of dressage or jumping.")
    assert field_options(spec, "rider")["discipline"] == ["dressage", "jumping"]


def test_paid_by_card_or_cash_among_the_pieces() -> None:
    spec = design(
        "A bar tab is opened on a date, paid by card or cash, has a total and a tip yes/no."
    )
    assert field_options(spec, "bar_tab")["payment_method"] == ["card", "cash"]


def test_paid_by_card_or_cash_in_a_list_stays_read() -> None:
    spec = design("Market stall. Sales: date, paid by card or cash, total. Products: name, price.")
    assert field_options(spec, "sale")["payment_method"] == ["card", "cash"]


def test_taken_out_on_one_of_these() -> None:
    spec = design(
        "A gym member has a name and an email. Each membership is on one plan (basic, plus or "
        "premium) with a start date and a monthly fee."
    )
    assert field_options(spec, "membership")["plan"] == ["basic", "plus", "premium"]
    assert "plan" not in entity_names(spec)
    assert field_types(spec, "membership")["start_date"] == "date"


def test_sent_by_post_or_by_email() -> None:
    spec = design(
        "A certificate has a number, a date issued, and whether it goes out by post or by "
        "email, because the customer chooses."
    )
    assert field_options(spec, "certificate")["delivery_method"] == ["post", "email"]


# --- items said otherwise ------------------------------------------------------------------------


def test_which_one_to_use_and_a_slot_on_a_date() -> None:
    spec = design(
        "Stables. Horses have a name. Rugs have a name and a size. A rug change is for one "
        "horse on a date at a time of day (morning or evening), says which rug to use and the "
        "number of layers, and is given to one groom."
    )
    assert {
        ("rug_change", "horse", "many_to_one"),
        ("rug_change", "rug", "many_to_one"),
        ("rug_change", "groom", "many_to_one"),
    } <= relations(spec)
    assert field_options(spec, "rug_change")["time_of_day"] == ["morning", "evening"]


def test_one_for_one_on_a_date_in_a_slot_stays() -> None:
    spec = design(
        "Patients have a name. A home visit is for one patient on a date, in a morning or "
        "afternoon slot, notes the reason, and is carried out by a nurse."
    )
    assert field_types(spec, "home_visit")["date"] == "date"


def test_records_when_it_was_done() -> None:
    spec = design(
        "Flats have a number and a floor. Each leak is for one flat and one plumber and records "
        "when it was reported, where the leak is, the cause (pipe, roof, appliance or other) and "
        "whether it needed a plumber."
    )
    assert field_types(spec, "leak")["reported_at"] == "datetime"
    assert field_options(spec, "leak")["cause"] == ["pipe", "roof", "appliance", "other"]


def test_the_dates_it_opens_and_closes() -> None:
    spec = design(
        "For each election we list the title, the number of seats, and the dates nominations "
        "open and close."
    )
    types = field_types(spec, "election")
    assert types["nomination_open_date"] == types["nomination_close_date"] == "date"
    assert "nomination" not in entity_names(spec)


def test_the_quantity_each_time_of_a_pairing() -> None:
    spec = design(
        "Party hire. Items have a name and a price. Events have a date. An event can take "
        "several items and an item goes out to lots of events, and we note the quantity each "
        "time."
    )
    assert {("event_item", "event", "many_to_one"), ("event_item", "item", "many_to_one")} <= (
        relations(spec)
    )
    assert field_types(spec, "event_item")["quantity"] == "integer"


def test_each_one_delivered_is_logged() -> None:
    spec = design(
        "Each pallet delivered is logged with the product, its weight in kilos and the delivery "
        "date."
    )
    assert "pallet" in entity_names(spec)
    assert "pallet_delivered" not in entity_names(spec)


def test_a_price_per_day_is_money() -> None:
    spec = design("Tool hire. Tools have a name, a price per day and a deposit.")
    assert field_types(spec, "tool")["price_per_day"] == "decimal"


def test_portions_are_counted() -> None:
    spec = design("Canteen. A service has a date, the portions sold and the portions wasted.")
    types = field_types(spec, "service")
    assert types["portions_sold"] == types["portions_wasted"] == "integer"


# --- asides that are no item ---------------------------------------------------------------------


def test_items_filled_in_later() -> None:
    spec = design(
        "Bars have a name. A shift is for one bar and has a date, and is worked by a "
        "bartender, with the drinks poured and the tips taken filled in at the end of the shift."
    )
    assert {"drinks_poured", "tips_taken"} <= plain_field_names(spec, "shift")


def test_a_reason_between_dashes() -> None:
    spec = design(
        "For each climber we want their full name, date of birth — we can't let anyone under "
        "16 climb alone, so that one matters — their membership number and a belay yes/no."
    )
    assert {"full_name", "date_of_birth", "membership_number"} <= plain_field_names(spec, "climber")
    assert field_types(spec, "climber")["belay"] == "boolean"


def test_miles_driven_there_and_back() -> None:
    spec = design("Each delivery has a date, the miles driven there and back and the fee.")
    assert "back" not in plain_field_names(spec, "delivery")
    assert "miles_driven" in plain_field_names(spec, "delivery")


def test_how_many_are_left() -> None:
    spec = design("Pass holders have a name. A pass has a start date and the swims remaining.")
    assert field_types(spec, "pass")["swims_remaining"] == "integer"


def test_the_one_in_charge_ends_a_list() -> None:
    spec = design(
        "A match has a date, a kick-off time, a pitch and a referee in charge. Referees have a "
        "name and a phone number."
    )
    assert ("match", "referee", "many_to_one") in relations(spec)
    assert "referee_id" in field_types(spec, "match")  # the referee, not a role of one


def test_how_many_are_coming_along() -> None:
    spec = design(
        "A visit has a date, the number of children and the number of carers coming with them."
    )
    assert field_types(spec, "visit")["carers"] == "integer"
    assert "carer" not in entity_names(spec)
