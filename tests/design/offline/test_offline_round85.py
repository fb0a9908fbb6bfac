"""Round 85: items said with a verb of their own (*which pattern was laid*, *which member took
which dinghy*, *which class it is*, *how many slots are still free*, *how many minutes the lane
was down*), records told by what is done with them (*they fill in a damage report against the
boat: ...*, *each report gets a repair job, saying ...*, *pupils can buy a lesson pack with ...*,
*a member hires a slot from a start date to an end date*, *for each account we agree a price per
skip size*), records many on both sides (*several treatments from our price list*, *a party can
have as many of those as they like*), terse notes (*issue a pair against a lane booking (...) -
...*, *each ticket -> one customer + one waste type*), and steps said otherwise (*stays pending
until the fee is paid, then becomes confirmed*, *the starter marks it checked in or no-show,
unless ...*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_options, field_types, flows, relations

# --- items said with a verb of their own ---------------------------------------------------------


def test_which_one_was_used_among_other_items() -> None:
    spec = design(
        "Each press has its number. Inks have a name and a colour. For every print run we note "
        "the date, which press, which ink was used, how many sheets it printed and which member "
        "of staff ran it."
    )
    assert {("print_run", "press", "many_to_one"), ("print_run", "ink", "many_to_one")} <= (
        relations(spec)
    )
    assert "pattern" not in entity_names(spec)


def test_which_one_did_which_among_other_items() -> None:
    spec = design(
        "Bikes have a frame number and a size. Riders have a name and a phone. Each loan records "
        "which rider took which bike, the time out, the time back and its state on return: "
        "fine, scratched or broken."
    )
    assert {("loan", "rider", "many_to_one"), ("loan", "bike", "many_to_one")} <= relations(spec)
    assert field_options(spec, "loan")["state_on_return"] == ["fine", "scratched", "broken"]


def test_which_one_did_which_in_a_record_of_its_own_stays_a_pairing() -> None:
    spec = design(
        "Each concert has a title and a date. Our singers have a name. For every programme we "
        "store which singer sings which song in which concert."
    )
    assert "programme" in entity_names(spec)


def test_how_many_are_still_free() -> None:
    spec = design(
        "Each clinic has sessions with a date, a start time and how many places are still free."
    )
    assert field_types(spec, "session")["free_places"] == "integer"


def test_a_number_to_one_decimal_place() -> None:
    spec = design("Each runner has a name and a current rating to one decimal place.")
    assert field_types(spec, "runner")["current_rating"] == "decimal"


def test_how_long_it_was_down() -> None:
    spec = design(
        "Each lift breakdown has a date, a cause and how many hours the lift was out of action."
    )
    assert field_types(spec, "lift_breakdown")["downtime_hours"] == "decimal"


def test_the_time_it_happened() -> None:
    spec = design("Each spill has a description, the time it happened and a clean-up cost.")
    assert field_types(spec, "spill")["occurred_at"] == "datetime"


def test_which_one_it_is_and_who_must_be_one_of_ours() -> None:
    spec = design(
        "Every breed has its own class. On show day the steward sets up the ring with the date "
        "and the judge's name, and as dogs are shown they add a placing for each one: which "
        "breed it is, the handler (who has to be a club member, so pick them from the member "
        "list) and the points."
    )
    placing = relations(spec)
    assert {("placing", "ring", "many_to_one"), ("placing", "breed", "many_to_one")} <= placing
    assert ("placing", "member", "many_to_one") in placing
    assert "points" in field_types(spec, "placing")


def test_a_code_with_an_example_and_a_number_where_it_is_written() -> None:
    spec = design(
        "Every locker has a code such as B12, a size (small or large) and the key number we "
        "stamp on the tag."
    )
    assert {"code", "size", "key_number"} <= set(field_types(spec, "locker"))


def test_a_status_it_flips_between_and_how_bad() -> None:
    spec = design(
        "Each tent has a tag and a status of in store, out on hire or drying, and tents flip "
        "between those all summer. Each fault has the date and how bad it is, which is minor, "
        "needs patching, or unusable."
    )
    assert field_options(spec, "tent")["status"] == ["in_store", "out_on_hire", "drying"]
    assert field_options(spec, "fault")["severity"] == ["minor", "needs_patching", "unusable"]


def test_how_they_paid_then_the_ways() -> None:
    spec = design(
        "Each stall has a pitch number. We log every payment they make against the stall, with "
        "the amount, the date and how they paid, cash, card or cheque."
    )
    assert field_options(spec, "payment")["method"] == ["cash", "card", "cheque"]
    assert ("payment", "stall", "many_to_one") in relations(spec)
    assert "make" not in entity_names(spec)


def test_a_yes_or_no_told_as_which_is() -> None:
    spec = design(
        "Each hamper has a price and whether it is gift wrapped, which is just a yes or no really."
    )
    types = field_types(spec, "hamper")
    assert types["gift_wrapped"] == "boolean"
    assert "which_is" not in types


def test_a_guess_that_moves_and_sites_on_the_go() -> None:
    spec = design(
        "Each client has a name and several gardens on the go, each with its address. Every "
        "visit is for one garden and has the date, a finish date that is usually a guess and "
        "gets moved about, and the price."
    )
    assert {"date", "finish_date", "price"} <= set(field_types(spec, "visit"))
    assert {"address"} <= set(field_types(spec, "garden"))


def test_a_lone_en_dash_before_values() -> None:
    spec = design(
        "Each kiln has a name, a capacity and a firing type \u2013 bisque, glaze or raku."
    )
    assert field_options(spec, "kiln")["firing_type"] == ["bisque", "glaze", "raku"]


def test_two_dashes_are_still_an_aside() -> None:
    spec = design(
        "Each tenant is given one allotment \u2014 we keep their name and phone \u2014 and each "
        "allotment has a number and a size."
    )
    assert {"name", "phone"} <= set(field_types(spec, "tenant"))


# --- records told by what is done with them --------------------------------------------------------


def test_a_report_filled_in_against_one_then_a_job_saying() -> None:
    spec = design(
        "Each kayak has a hull number and a colour. When someone spots a crack they fill in a "
        "damage note against the kayak: the date, what they found and who found it. Then each "
        "damage note gets a repair job once it is done, saying what it cost, the date it was "
        "finished and any notes."
    )
    found = relations(spec)
    assert ("damage_note", "kayak", "many_to_one") in found
    assert ("repair_job", "damage_note", "many_to_one") in found
    assert {"cost", "finished_date"} <= set(field_types(spec, "repair_job"))


def test_people_can_buy_one_with_a_list() -> None:
    spec = design(
        "Each swimmer has a name. Swimmers can buy a swim card with a purchase date, a price "
        "and the number of swims on it."
    )
    assert ("swim_card", "swimmer", "many_to_one") in relations(spec)
    assert {"purchase_date", "price"} <= set(field_types(spec, "swim_card"))


def test_one_hires_one_from_a_date_to_another() -> None:
    spec = design(
        "Every berth has a code and a yearly fee, and a boat owner hires a berth from a start "
        "date to an end date. Boat owners have a name."
    )
    assert {"start_date", "end_date"} <= set(field_types(spec, "berth_hire"))
    assert {"start_date", "end_date"}.isdisjoint(field_types(spec, "berth"))
    assert ("berth_hire", "berth", "many_to_one") in relations(spec)


def test_an_entry_on_the_one_list() -> None:
    spec = design(
        "Each course has a name. When a course is full, students join a waiting list for it, "
        "with the date they joined; an entry's status runs from waiting to offered and then to "
        "accepted or declined."
    )
    assert flows(spec)["waiting_list"][1] == ["waiting", "offered", "accepted", "declined"]


def test_a_price_agreed_per_pair() -> None:
    spec = design(
        "Each hotel has a name. Room types have a name and a capacity. For each hotel we agree "
        "a rate per room type, noting the date it was agreed."
    )
    found = relations(spec)
    assert ("agreed_rate", "hotel", "many_to_one") in found
    assert ("agreed_rate", "room_type", "many_to_one") in found
    assert "rate" in field_types(spec, "agreed_rate")


def test_an_act_on_ones_part() -> None:
    spec = design(
        "Each player has a name and a grade. The grading panel can also make a change to a "
        "player's grade, noting the reason, the old grade, the new grade and the date."
    )
    assert ("change", "player", "many_to_one") in relations(spec)
    assert {"reason", "old_grade", "new_grade", "date"} <= set(field_types(spec, "change"))
    assert "reason" not in field_types(spec, "player")


def test_then_they_book_one_with_us() -> None:
    spec = design(
        "Each school has a name, a contact name and an email, and then they book a trip day "
        "with us: the date, how many pupils and the fee."
    )
    assert ("trip_day", "school", "many_to_one") in relations(spec)
    assert {"date", "pupils", "fee"} <= set(field_types(spec, "trip_day"))
    assert "us" not in field_types(spec, "trip_day")


def test_records_listed_then_given_to_one() -> None:
    spec = design(
        "Each show has a name and a date. Members have a name. Each show also has rosettes "
        "(placing, colour and class) awarded to a member."
    )
    found = relations(spec)
    assert ("rosette", "show", "many_to_one") in found
    assert ("rosette", "member", "many_to_one") in found
    assert {"placing", "colour"} <= set(field_types(spec, "rosette"))


def test_things_go_on_one_for_another() -> None:
    spec = design(
        "Each hire has a hire number. Late fees go on a bill for the hire with a bill number, a "
        "date and a total."
    )
    assert ("bill", "hire", "many_to_one") in relations(spec)
    assert {"bill_number", "total"} <= set(field_types(spec, "bill"))


def test_logged_against_one_and_another_of_two_words() -> None:
    spec = design(
        "Areas have a name. Van sizes have a name. When someone calls we log an enquiry against "
        "the area and the van size, with the caller's name, the price quoted and the date."
    )
    assert {"caller_name", "date"} <= set(field_types(spec, "enquiry"))
    assert "caller_name" not in field_types(spec, "van_size")
    assert ("enquiry", "van_size", "many_to_one") in relations(spec)


def test_those_logged_during_one_are_records_of_it() -> None:
    spec = design(
        "Every batch on the line is logged with the date and the operator's name, and the crates "
        "packed during that batch are recorded with their weight."
    )
    assert ("crate", "batch", "many_to_one") in relations(spec)
    assert "weight" in field_types(spec, "crate")
    assert "batch" not in flows(spec)


def test_per_one_we_store() -> None:
    spec = design(
        "A kite has a name and is of one model; per model we store the name, its wind range and "
        "whether it is for beginners."
    )
    assert {"wind_range", "for_beginners"} <= set(field_types(spec, "model"))
    assert "wind_range" not in field_types(spec, "kite")


def test_they_are_our_own_stock() -> None:
    spec = design(
        "Each repair has a date. Spares are our own stock: spare code, description and unit cost."
    )
    assert {"spare_code", "unit_cost"} <= set(field_types(spec, "spare"))


def test_a_record_made_up_of_several_by_how_they_are_done() -> None:
    spec = design(
        "A regatta has a name. A regatta is rowed over several heats, each with a heat number "
        "and a start time."
    )
    assert ("heat", "regatta", "many_to_one") in relations(spec)
    assert field_types(spec, "heat")["heat_number"] == "integer"


def test_one_names_a_role_always_one_of_ours() -> None:
    spec = design(
        "Horses have a name. Every ride entry ties a horse to a class, names the rider (always "
        "one of our members) and holds the time in seconds and the faults."
    )
    found = relations(spec)
    assert ("ride_entry", "member", "many_to_one") in found
    assert {"time_seconds", "faults"} <= set(field_types(spec, "ride_entry"))


# --- many on both sides ----------------------------------------------------------------------------


def test_several_from_our_price_list() -> None:
    spec = design(
        "A valet booking is for one car, and it can include several services from our price "
        "list, like a wash, a wax or a vacuum, each service with a name and a price."
    )
    assert ("service", "valet_booking", "many_to_many") in relations(spec) or (
        "valet_booking",
        "service",
        "many_to_many",
    ) in relations(spec)


def test_as_many_of_those_as_they_like() -> None:
    spec = design(
        "Each wedding has a date. Then on top there are add-ons they can choose, like a "
        "photo booth, a cake or fireworks, each with its own price, and a wedding can have as "
        "many of those as they like."
    )
    found = relations(spec)
    assert ("add-on", "wedding", "many_to_many") in found or (
        "add_on",
        "wedding",
        "many_to_many",
    ) in found
    assert "fireworks" not in entity_names(spec)


# --- terse notes ---------------------------------------------------------------------------------


def test_issue_one_against_another_then_a_dash() -> None:
    spec = design(
        "Helmet hire. Helmets: tag, size. Issue a helmet against a climb booking (wall no., "
        "date, lead name) - time out, time back, cleaned y/n."
    )
    found = relations(spec)
    assert ("issue", "helmet", "many_to_one") in found
    assert ("issue", "climb_booking", "many_to_one") in found
    assert field_types(spec, "issue")["cleaned"] == "boolean"


def test_an_arrow_to_one_of_a_type() -> None:
    spec = design(
        "Weigh station. Tickets: ticket no, direction (in or out). Each ticket -> one haulier + "
        "one load type. Load types: code, description, price per tonne. Hauliers: name."
    )
    assert ("ticket", "load_type", "many_to_one") in relations(spec)
    assert {"code", "price_per_tonne"} <= set(field_types(spec, "load_type"))
    assert "code" not in field_types(spec, "ticket")


def test_a_short_name_for_a_record_written_as_one_word() -> None:
    spec = design(
        "Each timesheet has a week and hours; a sheet is submitted, then checked, and finally "
        "paid or queried."
    )
    assert flows(spec)["timesheet"][1] == ["submitted", "checked", "paid", "queried"]
    assert "sheet" not in entity_names(spec)


# --- steps said otherwise --------------------------------------------------------------------------


def test_stays_at_first_until_then_becomes() -> None:
    spec = design(
        "Each application has a name and a status that stays pending until the references are "
        "in, then becomes approved, or refused if they fail."
    )
    assert flows(spec)["application"][1] == ["pending", "approved", "refused"]


def test_put_on_a_step_in_between_and_what_is_recorded() -> None:
    spec = design(
        "The office logs a leak against a flat with a description; a plumber then takes it "
        "from reported to in hand and on to fixed, putting it on waiting for access in between "
        "when needed, and records how many hours the flat was without water."
    )
    assert flows(spec)["leak"][1] == ["reported", "in_hand", "waiting_for_access", "fixed"]


def test_starts_as_then_someone_marks_it() -> None:
    spec = design(
        "Members book a court. A booking starts as booked and the warden marks it played or "
        "no-show on the day, unless the member has cancelled it first."
    )
    assert flows(spec)["booking"][1] == ["booked", "played", "no_show", "cancelled"]


def test_starts_at_a_step_with_no_as_and_is_marked_at_the_end() -> None:
    spec = design(
        "A membership has a year and a fee. It starts invoiced, moves to half paid and then "
        "paid, or is marked expired if nothing arrives by March."
    )
    assert flows(spec)["membership"][1] == ["invoiced", "half_paid", "paid", "expired"]


def test_what_we_paid_for_it_is_its_purchase_price() -> None:
    spec = design("Every amplifier gets a make, a serial number and what we paid for it.")
    assert field_types(spec, "amplifier")["purchase_price"] == "decimal"


def test_extras_added_such_as_each_with_its_own_price() -> None:
    spec = design(
        "Each guest has a name. A guest books a cabin for a date and a number of nights, and "
        "can add extras to the booking such as a hot tub or a breakfast hamper, each extra with "
        "its own price."
    )
    found = relations(spec)
    assert ("extra", "booking", "many_to_many") in found or (
        "booking",
        "extra",
        "many_to_many",
    ) in found
    assert {"name", "price"} <= set(field_types(spec, "extra"))
