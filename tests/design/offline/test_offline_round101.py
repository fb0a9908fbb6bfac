"""Round 101: records told by what the business does with them (*we sell several party packages,
and each has ...*; *anyone can join as a member, we take their ...*; *tubs that die off get
written off against their delivery with ...*; *when a volunteer signs up for a shift, we open a
booking with ...*), records told in one phrase (*bookings linking a member to a class, marked
...*; *class passes a member buys, either ... or ..., with ...*; *at each meeting we record
attendance, marking each scout present, absent or excused*), and the words around a list
(*a category for what they sell (...)*, *any medical conditions they tell us about*);
`test_offline_round101_said_apart.py` has the rest of the round.

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

# --- records told by what the business does with them -------------------------------------------


def test_we_sell_several_and_each_has() -> None:
    spec = design(
        "We sell several gift hampers, and each has a name, a price and a weight in kilos."
    )
    assert {"name", "price"} <= plain_field_names(spec, "gift_hamper")


def test_what_we_sell_stays_said_when_a_later_clause_counts_them() -> None:
    spec = design(
        "Each workshop has a date. We own four kilns, each with a name and a maximum "
        "temperature, and a workshop can use several of them."
    )
    assert {"name", "maximum_temperature"} <= plain_field_names(spec, "kiln")


def test_anyone_can_join_as_one_and_we_take_their_list() -> None:
    spec = design(
        "Anyone can join as a friend of the museum, we take their name, email and postcode, "
        "and they get a membership number."
    )
    assert {"name", "email", "postcode", "membership_number"} <= plain_field_names(spec, "friend")


def test_what_one_is_told_with_its_values_is_a_field() -> None:
    spec = design(
        "Each seed packet is a vegetable (bean, pea, carrot or leek) in a pack size (small or "
        "large) with a price per packet."
    )
    assert field_options(spec, "seed_packet")["vegetable"] == ["bean", "pea", "carrot", "leek"]
    assert field_options(spec, "seed_packet")["pack_size"] == ["small", "large"]


def test_written_off_against_the_one_it_came_in() -> None:
    spec = design(
        "Bread arrives in daily batches. Loaves that go stale get written off against their "
        "batch with a date, a quantity and a reason."
    )
    assert ("write_off", "batch", "many_to_one") in relations(spec)
    assert {"date", "quantity", "reason"} <= plain_field_names(spec, "write_off")


def test_we_want_each_one_on_record_colon() -> None:
    spec = design(
        "Wardens walk the car parks every morning and we want each patrol on record: the car "
        "park, the date, the number of cars and any notes."
    )
    assert {"date", "notes"} <= plain_field_names(spec, "patrol")


def test_a_collection_of_cash_is_a_record_of_its_own() -> None:
    spec = design("Each cash collection has a date, the amount and who collected it.")
    assert "cash_collection" in entity_names(spec)


def test_when_one_acts_on_another_we_open_one_with() -> None:
    spec = design(
        "Volunteers have a name and shifts have a date. When a volunteer signs up for a shift "
        "we open a booking with a sign-up date."
    )
    assert ("booking", "volunteer", "many_to_one") in relations(spec)
    assert ("booking", "shift", "many_to_one") in relations(spec)


def test_for_each_one_going_on_another_we_need_one_and_on_it() -> None:
    spec = design(
        "Each trip has a name. For every pupil going on a trip we need a medical form back "
        "from the parent, one per pupil per trip, and on it we want who signed it, the date "
        "signed and any allergies."
    )
    assert ("medical_form", "pupil", "many_to_one") in relations(spec)
    assert ("medical_form", "trip", "many_to_one") in relations(spec)


def test_when_someone_buys_one_we_link_it_to_the_buyer() -> None:
    spec = design(
        "We sell restored bikes. When someone reserves or buys a bike, we link it to the "
        "buyer, keeping their name, phone number and email."
    )
    assert ("bike", "buyer", "many_to_one") in relations(spec)
    assert {"name", "email"} <= plain_field_names(spec, "buyer")


def test_one_files_a_record_and_it_records_its_list() -> None:
    spec = design(
        "When a guest slips in the spa, the attendant files an incident report; it records "
        "the date and time, what happened and whether first aid was given."
    )
    assert {"date_and_time", "what_happened"} <= plain_field_names(spec, "incident_report")


def test_we_ask_one_to_let_us_into_another_and_log_one() -> None:
    spec = design(
        "Tenants have a name and flats have a number. When we ask a tenant to let us into a "
        "flat we log an entry request with the date, the reason and whether they answered."
    )
    assert ("entry_request", "tenant", "many_to_one") in relations(spec)
    assert ("entry_request", "flat", "many_to_one") in relations(spec)


def test_the_ones_each_a_kind_with_values() -> None:
    spec = design(
        "Each timetable has a name. For each timetable we set out the lessons, each a weekday "
        "(monday, tuesday or wednesday) with a start time and a room."
    )
    assert field_options(spec, "lesson")["weekday"] == ["monday", "tuesday", "wednesday"]


def test_ones_go_in_with_their_list() -> None:
    spec = design("Owners and keepers go in with a name, a phone number and an email.")
    assert {"name", "phone_number", "email"} <= plain_field_names(spec, "owner")


def test_what_we_need_is_ones_and_then_each_one_they_make() -> None:
    spec = design(
        "What we need is bidders, with a name and a phone, and then every bid a bidder makes, "
        "with the amount offered and the time."
    )
    assert ("bid", "bidder", "many_to_one") in relations(spec)
    assert {"name", "phone"} <= plain_field_names(spec, "bidder")


def test_one_raises_a_record_naming_the_one_it_is_for() -> None:
    spec = design(
        "Each ward has a name. When a patient is ready to go, their nurse raises a transfer "
        "naming the ward and a planned transfer date."
    )
    assert ("transfer", "ward", "many_to_one") in relations(spec)
    assert "planned_transfer_date" in plain_field_names(spec, "transfer")


def test_reported_as_records_each_in_one() -> None:
    spec = design(
        "Each zone has a name. Park rangers report hazards like a fallen tree as tasks, each "
        "in one zone, with a title, a priority (low or high) and the date reported."
    )
    assert ("task", "zone", "many_to_one") in relations(spec)
    assert ("task", "park_ranger", "many_to_one") in relations(spec)


# --- records told in one phrase -----------------------------------------------------------------


def test_records_linking_one_to_another_marked_with_values() -> None:
    spec = design(
        "- rehearsals with a date and a venue\n"
        "- singers with a name and a voice part\n"
        "- attendances linking a singer to a rehearsal, marked present, late or absent"
    )
    assert ("attendance", "singer", "many_to_one") in relations(spec)
    assert ("attendance", "rehearsal", "many_to_one") in relations(spec)


def test_a_record_links_one_to_another_at_a_third() -> None:
    spec = design(
        "Each trader has a name, each stand has a number and each fair has a date. A rental "
        "links a trader to a stand at a fair and notes whether the fee has been paid."
    )
    assert ("rental", "fair", "many_to_one") in relations(spec)


def test_ones_someone_buys_either_one_kind_or_another() -> None:
    spec = design(
        "Swim cards a swimmer buys, either ten-swim or twenty-swim, with purchase date, "
        "swims left and expiry date."
    )
    assert ("swim_card", "swimmer", "many_to_one") in relations(spec)
    assert field_options(spec, "swim_card")["type"] == ["ten_swim", "twenty_swim"]


def test_a_record_noun_before_has_is_no_flow() -> None:
    spec = design("Each class pass has purchase date, classes left and expiry date.")
    assert flows(spec) == {}
    assert "class" not in entity_names(spec)


def test_and_it_gets_a_line_for_each() -> None:
    spec = design(
        "A stocktake belongs to one shop, has a count date, and it gets a line for every "
        "product found short, giving the product, the number missing and a note."
    )
    assert ("stocktake_line", "stocktake", "many_to_one") in relations(spec)
    assert ("stocktake_line", "product", "many_to_one") in relations(spec)


def test_for_each_one_in_a_given_other_we_keep() -> None:
    spec = design(
        "Each wine has a name and each vintage has a year. For every wine in a given vintage "
        "we keep a bottle price and a stock level."
    )
    assert ("wine_vintage", "wine", "many_to_one") in relations(spec)
    assert {"bottle_price", "stock_level"} <= plain_field_names(spec, "wine_vintage")


def test_one_fills_it_in_we_take_theirs_and_several_of_theirs() -> None:
    spec = design(
        "The parent or carer fills it in at the desk, we take their name, email and phone, "
        "and they can put several children on the same account, each with a first name "
        "and a date of birth."
    )
    assert ("child", "carer", "many_to_one") in relations(spec)


def test_at_each_one_we_record_marking_each() -> None:
    spec = design(
        "Each choir practice has a date and singers have a name. At each practice we record "
        "attendance, marking every singer present, absent or excused."
    )
    assert ("attendance", "singer", "many_to_one") in relations(spec)
    assert field_options(spec, "attendance")["status"] == ["present", "absent", "excused"]


def test_one_can_include_several_and_for_each_one_we_note() -> None:
    spec = design(
        "A parcel can include several items, and for each one we note the description, the "
        "weight and the value."
    )
    assert ("item", "parcel", "many_to_one") in relations(spec)
    assert {"weight", "value"} <= plain_field_names(spec, "item")


def test_ones_work_through_the_others_and_for_each_one_we_store() -> None:
    spec = design(
        "Each apprentice has a name. Apprentices also work through the safety modules, and "
        "for each one we store the module name and the date completed."
    )
    assert ("module", "apprentice", "many_to_one") in relations(spec)


def test_once_there_it_gets_one_and_is_ticked_off() -> None:
    spec = design(
        "Each sofa has a colour. Once a sofa is in the showroom it gets a sale price "
        "and is ticked off as sold when it goes."
    )
    assert {"sale_price", "sold"} <= plain_field_names(spec, "sofa")


def test_each_one_against_another_records() -> None:
    spec = design(
        "A wallet has a number, and each charge against a wallet records which treatment was "
        "bought, the date and the amount paid."
    )
    assert ("charge", "wallet", "many_to_one") in relations(spec)


def test_per_one_a_row_per_other() -> None:
    spec = design("Pupils: name, class. Per pupil, one row per grade: grade number, date passed.")
    assert ("grade", "pupil", "many_to_one") in relations(spec)


def test_made_against_one_of_ours_and_we_note() -> None:
    spec = design(
        "A complaint is made against one of our deliveries, and we note the complaint date, "
        "what went wrong and the amount refunded."
    )
    assert ("complaint", "delivery", "many_to_one") in relations(spec)


def test_with_one_line_per_one() -> None:
    spec = design(
        "Each tenant has a name. Once a quarter we send the landlord a statement with the "
        "quarter and the total, with one line per tenant giving the rent paid and the arrears."
    )
    assert ("statement_line", "tenant", "many_to_one") in relations(spec)
    assert ("statement_line", "statement", "many_to_one") in relations(spec)


def test_and_for_the_one_just_a_name() -> None:
    spec = design(
        "A walker books a guided walk with one of our guides; we need the walker's name and "
        "email, and for the guide just a name."
    )
    assert "guide_just" not in entity_names(spec)
    assert "name" in plain_field_names(spec, "guide")


def test_and_for_each_one_on_another_the_list() -> None:
    spec = design(
        "We need tours with a name and a date, and for each stop on a tour the museum and "
        "its position in the order."
    )
    assert ("stop", "tour", "many_to_one") in relations(spec)


def test_the_ones_are_a_list_we_manage_each_with() -> None:
    spec = design(
        "The skills are a list we manage ourselves, each with a name and a short description."
    )
    assert {"name", "short_description"} <= plain_field_names(spec, "skill")


def test_one_puts_one_on_one_task_for_the_other() -> None:
    spec = design(
        "Each match day has a date, and a duty puts one parent on one job for the day "
        "(gate, tea bar or car park), and afterwards we tick whether they turned up."
    )
    assert ("duty", "parent", "many_to_one") in relations(spec)
    assert field_options(spec, "duty")["job"] == ["gate", "tea_bar", "car_park"]


def test_one_can_order_several_each_with() -> None:
    spec = design(
        "Each wedding has a date and our cakes each have a name and a price. A wedding can "
        "order several cakes, each with a quantity and any decoration notes."
    )
    assert ("cake_order", "wedding", "many_to_one") in relations(spec)
    assert ("cake_order", "cake", "many_to_one") in relations(spec)


def test_belongs_to_one_and_another_has_its_list_and_a_line_for_each() -> None:
    spec = design(
        "An audit belongs to one branch and one auditor, has an audit date and a yes/no for "
        "whether the branch was tidy, and it gets a line for every form found missing, giving "
        "the form and a note."
    )
    assert "audit_date" in plain_field_names(spec, "audit")
    assert ("audit_line", "form", "many_to_one") in relations(spec)
