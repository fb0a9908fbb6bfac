"""Mechanisms measured as the loss on the unseen batches 50 (barbers and piercing studios, gin
distillers and tea blenders, shellfish farms, drystone wallers and coppice workers, car boot
sales and kite festivals) and 52 (dog agility clubs and dog shows, bridal shops, darts and pool
leagues, sailing clubs, community fridges), and on leftovers of earlier rounds. Each test
designs a sentence of its own end to end, with a twin the change must leave alone: the lines of
a record naming what they are for, a batch made of a blend, *it's got* after a comma, what I
pay per kilo, ropes hanging off a longline, assigned to one after a list, where the stone comes
from, a time said first, *I see all of it* beside other roles, examples in brackets after a
header, the year last cut, a record done by someone on one, visits on one where we log, *it*
after many and one, most of them belonging to one, either values after a comma, booked ahead
of time, for every one there is a record of it, *only us organisers*, calls for several, a
number named whole in a report, deliveries to shops, cubic metres, a reduced relative before
*each have*, *register theirs and book others*, *starts off as*, within one there are, shows a
year, entering one into another, *and each one is*, whenever one acts at another, plural values
told with *or*, *plus* in a list, each one's record for every other, one *v* another, a
status which starts as one; and, from batch 51 once it was measured, a record entered for each
thing, *say which dealer it went to*, *whether it's set, sprung or lifted*, *each time we go
round*, the role I open with, and a record made by someone after *so*."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows, relations


def _roles(description: str) -> set[str]:
    spec = design(description)
    return set(spec.permissions.roles) if spec.permissions else set()


def test_the_lines_of_a_record_point_at_what_they_name() -> None:
    text = (
        "Every design has a name and a price. Orders have an order date. "
        "Order lines say which design and how many sheets."
    )
    spec = design(text)
    assert ("order_line", "design", "many_to_one") in relations(spec)
    assert ("design", "order_line", "many_to_one") not in relations(spec)
    assert field_types(spec, "order_line")["sheets"] == "integer"
    assert "order_line" not in _roles(text)


def test_people_naming_a_record_still_act_on_it() -> None:
    text = "Orders have a date and a total. Sales reps record the orders."
    assert "sales_rep" in _roles(text)


def test_a_thing_made_of_one_record_is_a_record_of_its_own() -> None:
    spec = design(
        "Base teas have a name. Blends have a name. Whenever I make up a batch of a blend I "
        "jot down the date, the grams made and a best-before date."
    )
    assert {"date", "grams_made", "best_before_date"} <= set(field_types(spec, "batch"))
    assert ("batch", "blend", "many_to_one") in relations(spec)
    assert "date" not in field_types(spec, "blend")


def test_a_thing_made_without_of_is_left_as_it_was() -> None:
    spec = design(
        "Blends have a name. When I roast a batch I note the date, the grams made and a "
        "best-before date."
    )
    assert {"date", "grams_made"} <= set(field_types(spec, "batch"))
    assert "blend_id" not in field_types(spec, "batch")


def test_it_has_after_a_comma_is_a_clause_of_its_own() -> None:
    spec = design(
        "A blend is my own recipe, it's got a name, a tasting note and a price per pouch."
    )
    assert entity_names(spec) == {"blend"}
    assert {"name", "tasting_note", "price_per_pouch"} <= set(field_types(spec, "blend"))


def test_it_has_to_after_a_comma_is_left_as_it_was() -> None:
    spec = design("Each tool has a name and a price, it has to be returned within a week.")
    assert set(field_types(spec, "tool")) == {"name", "price"}


def test_what_we_pay_per_unit_is_a_price_per_unit() -> None:
    spec = design("Base teas have a name, an estate and what I pay per kilo.")
    assert field_types(spec, "base_tea")["price_per_kilo"] == "decimal"


def test_what_we_pay_for_it_is_still_the_amount_paid() -> None:
    spec = design(
        "Suppliers have a name. Base teas have a name, a supplier and what we pay for it."
    )
    assert field_types(spec, "base_tea")["amount_paid"] == "decimal"


def test_things_hanging_off_a_record_are_on_one_of_them() -> None:
    spec = design(
        "Longlines: name, length in metres. Ropes hang off a longline - rope number, date "
        "seeded, status seeded -> growing -> ready -> harvested."
    )
    assert ("rope", "longline", "many_to_one") in relations(spec)
    assert {"rope_number", "date_seeded", "status"} <= set(field_types(spec, "rope"))
    assert "rope_number" not in field_types(spec, "longline")
    assert "rope" not in _roles(
        "Longlines: name, length. Ropes hang off a longline. Ropes: rope number, date seeded."
    )


def test_people_dropping_off_a_record_still_act() -> None:
    spec = design(
        "Parcels have a weight and a tracking number. Couriers drop off a parcel - date, "
        "time, signature."
    )
    assert ("parcel", "courier", "many_to_one") in relations(spec)


def test_a_gps_position_is_text_and_a_queue_position_a_number() -> None:
    types = field_types(
        design("Longlines have a name, a GPS position and a queue position."), "longline"
    )
    assert types["gps_position"] == "text"
    assert types["queue_position"] == "integer"


def test_assigned_to_one_after_a_list_is_a_link_not_a_yes_no() -> None:
    spec = design(
        "Customers have a name. That creates a queue ticket with the time they joined, "
        "assigned to a barber when they get called, and the ticket goes from waiting to done."
    )
    assert ("queue_ticket", "barber", "many_to_one") in relations(spec)
    assert "assigned_to_barber" not in field_types(spec, "queue_ticket")


def test_an_assigned_item_without_one_named_is_left_in_the_list() -> None:
    spec = design("Each job comes with a date, a price, assigned yes or no.")
    assert "barber" not in entity_names(spec)
    assert {"date", "price"} <= set(field_types(spec, "job"))


def test_where_a_thing_comes_from_is_its_source() -> None:
    spec = design(
        "Jobs have the site name, where the stone comes from (on site, reclaimed or quarry) and "
        "the quoted price."
    )
    types = field_types(spec, "job")
    assert types["stone_source"] == "enum"
    assert types["quoted_price"] == "decimal"


def test_where_they_came_in_a_race_is_still_a_position() -> None:
    spec = design("Runners have a name and where they came in the race.")
    assert field_types(spec, "runner").get("position") == "integer"


def test_a_time_said_first_still_opens_the_clause_of_someone_acting() -> None:
    spec = design(
        "Jobs have a site name. Every day a waller fills in a day sheet against a job giving "
        "the date, metres built and hours worked."
    )
    assert ("day_sheet", "waller", "many_to_one") in relations(spec)
    assert ("day_sheet", "job", "many_to_one") in relations(spec)


def test_one_of_many_acting_mid_sentence_is_still_no_record() -> None:
    spec = design("Jobs have a site name. On a busy day a customer books a job.")
    assert "customer" not in entity_names(spec)


def test_i_see_all_of_it_beside_other_roles_is_the_owner() -> None:
    roles = _roles(
        "Day sheets have a date and belong to a waller. Wallers can only see their own day "
        "sheets, I see all of it."
    )
    assert roles == {"waller", "owner"}


def test_i_see_everything_alone_makes_no_role() -> None:
    assert _roles("Day sheets have a date and hours worked. I see everything.") == set()


def test_examples_in_brackets_after_a_header_are_no_fields() -> None:
    spec = design(
        "App for my woodland:\n"
        "- products (hurdles, bean poles, pea sticks...): name, price and a unit (each, bundle, bag)\n"
        "- orders: customer name, date needed by, quantity and which product"
    )
    assert set(field_types(spec, "product")) == {"name", "price", "unit"}
    assert ("order", "product", "many_to_one") in relations(spec)
    assert field_types(spec, "order")["date_needed_by"] == "date"


def test_fields_in_brackets_after_a_header_are_still_fields() -> None:
    spec = design(
        "Bookings have a date.\n- Prop packs (name, price): a booking can add several packs"
    )
    assert {"name", "price"} <= set(field_types(spec, "prop_pack"))


def test_the_year_something_was_last_done_is_a_year_not_a_link() -> None:
    spec = design(
        "Coupes: name, area in hectares, year last cut, year planted. Cuts: each cut is in one "
        "coupe, with a start date."
    )
    types = field_types(spec, "coupe")
    assert types["year_last_cut"] == "integer"
    assert types["year_planted"] == "integer"
    assert ("coupe", "cut", "many_to_one") not in relations(spec)


def test_a_year_group_is_left_as_text() -> None:
    assert (
        field_types(design("Pupils have a name and a year group."), "pupil")["year_group"] == "text"
    )


def test_a_record_done_by_someone_on_one_keeps_what_we_note() -> None:
    spec = design(
        "Clients have a name. A piercing is done by one of our piercers on one client, and we "
        "note the placement (lobe, helix or nose) and the date."
    )
    assert {"placement", "date"} <= set(field_types(spec, "piercing"))
    assert "placement" not in field_types(spec, "client")
    assert ("piercing", "client", "many_to_one") in relations(spec)


def test_a_record_done_without_by_whom_is_left_as_it_was() -> None:
    spec = design("Tents have a size. A tent is pitched, and we note the pitch and the date.")
    assert "tent" in entity_names(spec)


def test_visits_on_one_where_we_log_are_records_of_their_own() -> None:
    spec = design(
        "Clients have a name and an email. Piercings have a date. Clients come back for "
        "check-ups on a piercing where we log the date and the healing (good, irritated, "
        "infected)."
    )
    assert {"date", "healing"} <= set(field_types(spec, "check_up"))
    assert ("check_up", "piercing", "many_to_one") in relations(spec)
    assert ("check_up", "client", "many_to_one") in relations(spec)
    assert "healing" not in field_types(spec, "client")


def test_one_record_where_we_write_is_left_to_its_reader() -> None:
    spec = design("Each book becomes a repair job where I write down the title and the damage.")
    assert {"title", "damage"} <= set(field_types(spec, "repair_job"))


def test_it_after_many_and_one_is_the_one() -> None:
    spec = design(
        "Traders have a name. Traders send a stall application with their business name, the "
        "goods they sell and the stall fee, and it goes from received to approved or refused, "
        "then paid."
    )
    assert flows(spec)["stall_application"][1] == ["received", "approved", "refused", "paid"]
    assert "trader" not in flows(spec)


def test_it_after_one_opening_record_is_still_that_record() -> None:
    spec = design(
        "Customers have a name. An order is placed by a customer with a date, and it goes from "
        "new to packed to shipped."
    )
    assert flows(spec)["order"][1] == ["new", "packed", "shipped"]


def test_most_of_them_belonging_to_one_is_their_link() -> None:
    spec = design(
        "Flyers register with their name, email and website, and most belong to a kite club, "
        "which we list with a name and town."
    )
    assert ("flyer", "kite_club", "many_to_one") in relations(spec)
    assert set(field_types(spec, "kite_club")) >= {"name", "town"}
    assert "most_belong_to_kite_club" not in field_types(spec, "flyer")


def test_most_as_a_measure_is_left_alone() -> None:
    spec = design("Walkers have a name and the most miles walked in a day.")
    assert "walker" in entity_names(spec)
    assert not any(name.startswith("they") for name in field_types(spec, "walker"))


def test_either_values_after_a_comma_are_the_fields_values() -> None:
    spec = design(
        "Each Sunday is a sale day with its date and a status, either on or called off, "
        "because if it rains the field turns to mud and nobody comes."
    )
    assert set(field_types(spec, "sale_day")) == {"date", "status"}
    assert field_types(spec, "sale_day")["status"] == "enum"


def test_either_after_which_is_is_still_read() -> None:
    spec = design("Each bay has a number and a setup, which is either standing or seated.")
    assert field_types(spec, "bay")["setup"] == "enum"


def test_booked_ahead_of_time_with_whose_details_in_brackets() -> None:
    spec = design(
        "Sale days have a date. Sellers book pitches ahead of time (we need the seller's "
        "name, phone and car registration), and each pitch booking is for one sale day, with "
        "a fee."
    )
    assert "pitches_ahead" not in entity_names(spec)
    assert {"name", "phone", "car_registration"} <= set(field_types(spec, "seller"))
    assert ("pitch_booking", "sale_day", "many_to_one") in relations(spec)


def test_their_details_in_brackets_stay_with_the_record_before() -> None:
    spec = design(
        "We write up an order for each event with the event date. Every order is for one "
        "customer (we keep their name, phone and email so we can call them back)."
    )
    assert {"name", "phone", "email"} <= set(field_types(spec, "customer"))


def test_for_each_one_there_is_a_record_of_it() -> None:
    spec = design(
        "Sale days have a date. On the gate we count buyers in, so for every sale day there's "
        "a gate count with the number of early birds and the cash taken."
    )
    assert ("gate_count", "sale_day", "many_to_one") in relations(spec)
    assert ("sale_day", "gate_count", "many_to_one") not in relations(spec)


def test_only_us_organisers_is_a_role() -> None:
    roles = _roles(
        "Sale days have a date and bookings have a fee. The stewards can put in gate counts "
        "and mark bookings paid, but only us organisers can call a day off."
    )
    assert roles == {"steward", "organiser"}


def test_us_before_a_verb_is_no_role() -> None:
    roles = _roles("Bookings have a fee. Stewards mark bookings paid and send us reports.")
    assert "report" not in roles


def test_calls_for_several_records_in_a_list_is_a_many_to_many() -> None:
    spec = design(
        "We keep a list of botanicals with the supplier and the cost per kilo. Each recipe has "
        "a name and a target ABV and calls for several botanicals."
    )
    assert set(field_types(spec, "recipe")) == {"name", "target_abv"}
    assert field_types(spec, "recipe")["target_abv"] == "decimal"
    assert ("recipe", "botanical", "many_to_many") in relations(spec)


def test_several_of_something_not_kept_is_left_in_the_list() -> None:
    spec = design("Each recipe has a name and serves several people.")
    assert "person" not in entity_names(spec)


def _reports(description: str) -> list[tuple[str, str, str | None]]:
    spec = design(description)
    return [(r.entity, r.measure.agg, r.measure.field) for r in spec.reports]


def test_a_number_named_whole_in_a_report_is_added_up() -> None:
    reports = _reports(
        "Sales have the date, the restaurant, the dozens sold and the price per dozen, and I "
        "need the monthly dozens sold per restaurant."
    )
    assert reports == [("sale", "sum", "dozens_sold")]


def test_records_named_in_a_report_are_still_counted() -> None:
    reports = _reports("Sales have the date and the restaurant. I need the sales per restaurant.")
    assert reports == [("sale", "count", None)]


def test_records_to_somewhere_keep_their_own_list() -> None:
    spec = design(
        "Farm shops have a name. Deliveries to farm shops record the shop name, the date, the "
        "number of bags and whether it's been invoiced."
    )
    assert {"shop_name", "date", "bags", "invoiced"} <= set(field_types(spec, "delivery"))
    assert set(field_types(spec, "farm_shop")) == {"name"}


def test_a_capacity_in_cubic_metres_is_a_volume_and_in_litres_a_count() -> None:
    types = field_types(
        design("Each kiln has a name, a capacity in cubic metres and a capacity in litres."),
        "kiln",
    )
    assert types["capacity_metres"] == "decimal"
    assert types["capacity_litres"] == "integer"


def test_the_records_we_buy_in_each_have_their_list() -> None:
    spec = design(
        "Blends have a name. The base teas I buy in each have a name, the estate they come "
        "from and what I pay per kilo."
    )
    assert {"name", "estate", "price_per_kilo"} <= set(field_types(spec, "base_tea"))
    assert set(field_types(spec, "blend")) == {"name"}


def test_people_who_register_theirs_and_book_others_name_no_booked_record() -> None:
    spec = design(
        "Owners register their dogs (name, breed, date of birth and any special diet) and book "
        "stays with a check-in date and a check-out date, one dog per stay."
    )
    assert "book_stay" not in entity_names(spec)
    assert {"check_in_date", "check_out_date"} <= set(field_types(spec, "stay"))
    assert {"breed", "date_of_birth", "special_diet"} <= set(field_types(spec, "dog"))


def test_order_lines_in_a_with_list_are_still_lines() -> None:
    spec = design(
        "Stockists place orders with an order date and order lines, each line naming a card "
        "design and a number of packs."
    )
    assert "order_line" in entity_names(spec)


def test_a_record_that_starts_off_as_a_state_has_its_flow() -> None:
    spec = design(
        "Entries have a date. An entry starts off as pending, becomes confirmed once they've "
        "paid, and then on the day it gets marked as shown or absent."
    )
    assert flows(spec)["entry"][1] == ["pending", "confirmed", "shown", "absent"]


def test_a_record_that_starts_off_a_sentence_is_no_flow() -> None:
    spec = design("Entries have a date. The season starts off slowly, and then it gets busy.")
    assert "entry" not in flows(spec)


def test_records_within_one_are_that_ones() -> None:
    spec = design(
        "Each show has a name, and within a show there are classes (Puppy, Junior, Open and so "
        "on), each with a class number and an entry fee, and every class is judged by one judge."
    )
    assert "show_there" not in entity_names(spec)
    assert ("class", "show", "many_to_one") in relations(spec)
    assert {"class_number", "entry_fee"} <= set(field_types(spec, "class"))


def test_in_a_year_there_are_is_no_record_of_years() -> None:
    spec = design("Shows have a name. In a year there are several shows.")
    assert "year" not in entity_names(spec)


def test_shows_a_year_is_how_often_not_a_report() -> None:
    spec = design(
        "We put on two or three open dog shows a year. Each show has a name. Entries have a date."
    )
    assert spec.reports == []


def test_the_app_shows_a_monthly_count_is_still_a_report() -> None:
    assert _reports("Entries have a date. The app shows a monthly count of entries.") == [
        ("entry", "count", None)
    ]


def test_entering_one_into_another_is_the_entrys_two_links() -> None:
    text = "Classes have a number. Dogs have a name. Entries have a status. People enter a dog into a class."
    spec = design(text)
    assert ("entry", "dog", "many_to_one") in relations(spec)
    assert ("entry", "class", "many_to_one") in relations(spec)
    assert ("dog", "class", "many_to_one") not in relations(spec)
    assert _roles(text) == set()


def test_putting_one_into_another_without_a_kept_act_links_them() -> None:
    spec = design("Boxes have a label. Items have a name. We put an item into a box.")
    assert ("item", "box", "many_to_one") in relations(spec)


def test_and_each_one_is_a_clause_of_its_own() -> None:
    spec = design(
        "Dogs have a name. Sessions are held on a date at a venue and each one is taken by one "
        "of our coaches."
    )
    assert {"date", "venue"} <= set(field_types(spec, "session"))
    assert ("session", "coach", "many_to_one") in relations(spec)


def test_several_and_each_has_plenty_is_still_one_many_to_many() -> None:
    spec = design(
        "Counties have a name. Pharmacists have a name; a pharmacist covers several counties "
        "and each county has plenty of pharmacists."
    )
    assert ("pharmacist", "county", "many_to_many") in relations(spec)


def test_whenever_one_acts_at_another_we_write_down_the_acts_record() -> None:
    spec = design(
        "Dogs have a name. Sessions have a date. Whenever a dog runs the course at a session we "
        "write down its time in seconds and how many faults it picked up."
    )
    assert {"time_seconds", "faults"} <= set(field_types(spec, "run"))
    assert ("run", "dog", "many_to_one") in relations(spec)
    assert ("run", "session", "many_to_one") in relations(spec)
    assert ("dog", "session", "many_to_one") not in relations(spec)


def test_plural_values_told_with_or_are_one_of_them() -> None:
    types = field_types(
        design(
            "A race has the wind conditions (light, moderate or strong) and the toppings "
            "(cheese, ham and olives)."
        ),
        "race",
    )
    assert types["wind_conditions"] == "enum"
    assert types["toppings"] == "multi_enum"


def test_plus_in_a_list_is_one_more_item() -> None:
    spec = design(
        "Each series has a name plus start and end dates. Products have a price plus VAT."
    )
    assert {"name", "start_date", "end_date"} <= set(field_types(spec, "series"))
    assert "vat" not in field_types(spec, "product")


def test_plus_opening_the_next_line_stays_its_own_sentence() -> None:
    spec = design(
        "Catches: species, weight in kg and landing date\n"
        "- Order lines: each takes a weight in kg from one catch\n"
        "Plus a weekly total of kg sold per species."
    )
    assert [r.title for r in spec.reports] == ["Weekly total of kg sold per species"]


def test_each_ones_record_for_every_other_is_the_pairs() -> None:
    spec = design(
        "Boats have a sail number. Races have a date. For every race we record each boat's "
        "finish: elapsed time in seconds, corrected time and whether it retired."
    )
    types = field_types(spec, "finish")
    assert {"elapsed_time_seconds", "corrected_time", "retired"} <= set(types)
    assert types["corrected_time"] == "integer"
    assert ("finish", "race", "many_to_one") in relations(spec)
    assert ("finish", "boat", "many_to_one") in relations(spec)


def test_for_every_one_we_record_its_list_is_still_its_own() -> None:
    spec = design("Races have a name. For every race we record the date and the wind.")
    assert {"date", "wind"} <= set(field_types(spec, "race"))


def test_a_note_takers_per_one_each_ones_record_is_the_pairs() -> None:
    spec = design(
        "Players: name, nickname. Fixtures: match date, home legs. Per fixture, each player's "
        "result - maximums (180s), highest checkout."
    )
    assert field_types(spec, "result") == {
        "maximums": "integer",
        "highest_checkout": "integer",
        "fixture_id": "reference",
        "player_id": "reference",
    }


def test_one_versus_another_is_two_links() -> None:
    spec = design("Teams (name, home pub). Fixtures: home team v away team, match date.")
    types = field_types(spec, "fixture")
    assert types["home_team_id"] == types["away_team_id"] == "reference"


def test_a_v_inside_a_word_is_left_alone() -> None:
    spec = design("Fixtures have a match date and a venue.")
    assert {"match_date", "venue"} <= set(field_types(spec, "fixture"))


def test_a_status_which_starts_as_one_has_its_flow() -> None:
    spec = design(
        "Every cup match records the round number and a status, which starts as scheduled and "
        "ends up either played or a walkover if someone doesn't turn up."
    )
    assert flows(spec)["cup_match"][1] == ["scheduled", "played", "walkover"]
    assert "which_starts_as_scheduled" not in field_types(spec, "cup_match")


def test_a_status_which_is_shown_is_no_flow() -> None:
    spec = design("Every cup match has a round number and a status, which is shown on the board.")
    assert "cup_match" not in flows(spec)


def test_a_record_entered_for_each_thing_is_the_record_with_the_list() -> None:
    spec = design(
        "Estates have a name. Stalkers enter a cull record for each deer taken with the date, "
        "species (red, roe, sika or fallow), sex (male or female) and the estate, and say "
        "which dealer it went to; dealers have a name and a phone number."
    )
    assert "deer" not in entity_names(spec)
    assert {"date", "species", "sex"} <= set(field_types(spec, "cull"))
    assert ("cull", "stalker", "many_to_one") in relations(spec)
    assert ("cull", "dealer", "many_to_one") in relations(spec)
    assert "say" not in field_types(spec, "cull")


def test_a_record_for_each_of_a_kept_record_is_left_to_its_reader() -> None:
    # a file is no kept record's head (a cull record is): the file, for each member, as before
    spec = design("Members have a name. We open a file for each member with the join date.")
    assert field_types(spec, "file")["join_date"] == "date"
    assert ("file", "member", "many_to_one") in relations(spec)


def test_whether_it_is_one_of_several_states_is_a_status() -> None:
    spec = design(
        "Every trap gets a number and whether it's currently set, sprung or lifted. Tanks have "
        "a volume and whether it's freshwater or marine. Bookings have a date and whether it's "
        "paid or not."
    )
    assert field_types(spec, "trap")["status"] == "enum"
    assert field_types(spec, "tank")["type"] == "enum"
    assert field_types(spec, "booking")["paid"] == "boolean"


def test_each_time_we_go_round_names_no_record() -> None:
    spec = design(
        "Traps have a number. Then each time we go round we log a check on the trap: the date "
        "and time, whether anything was caught and what species it was."
    )
    assert "do" not in entity_names(spec)
    assert ("check", "trap", "many_to_one") in relations(spec)


def test_the_role_i_open_with_is_mine_when_i_see_the_whole_lot() -> None:
    roles = _roles(
        "I'm headkeeper on a lowland pheasant shoot. Traps have a number and sit on a beat. My "
        "underkeeper should only see the traps on his own beat, but I need to see the whole lot."
    )
    assert roles == {"underkeeper", "headkeeper"}


def test_a_record_made_by_someone_after_so_is_its_own_clause() -> None:
    spec = design(
        "Tourists have a name. Nobody pays in one go, so every payment a tourist makes gets "
        "logged with the amount, the date and how they paid, which is bank transfer, cash or "
        "card."
    )
    assert ("payment", "tourist", "many_to_one") in relations(spec)
    assert field_types(spec, "payment")["method"] == "enum"
