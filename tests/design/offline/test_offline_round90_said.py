"""Round 90: a record's list said another way (*a regatta day needs its date, ...*, *what I need
is a record of each grain delivery: ...*, *every drill we hire: serial no., ...*, *pupils,
listed by name and email, book ...*, *during the inspection the mechanic notes ...*), told with
the record it belongs to (*each painting belongs to a painter (name and phone) and we note ...*,
*one of our cars goes out on each lesson, logged by ...*, *a repair is against one supplier and
relates to one shop, whom we know by ...*), and items said otherwise (*the date, flow and return
temperatures*, *the date that membership runs out*, *the hourly room rate we charge them*,
*where they heard about us*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_options, plain_field_names, relations

# --- a record's list said another way --------------------------------------------------------------


def test_one_needs_its_list_and_the_ones_themselves_just_need_a_list() -> None:
    spec = design(
        "Boats have a name and a length. A regatta day needs its date, who ran the start line "
        "and the wind strength. The racing dinghies themselves just need a sail number and the "
        "name of the helm."
    )
    assert {"date", "wind_strength"} <= plain_field_names(spec, "regatta_day")
    assert "sail_number" in plain_field_names(spec, "racing_dinghy")


def test_one_needs_two_records_is_no_list() -> None:
    spec = design(
        "Jobs have a number. Each job needs a van and a driver. Vans have a registration."
    )
    assert ("job", "van", "many_to_one") in relations(spec)
    assert "van" in entity_names(spec)


def test_a_record_of_each_one_colon() -> None:
    spec = design(
        "What I need is a record of each grain delivery: the date it arrived, the variety, how "
        "many tonnes, and the moisture it came in at."
    )
    assert {"variety", "tonnes"} <= plain_field_names(spec, "grain_delivery")


def test_somewhere_to_log_every_one_colon_with_questions() -> None:
    spec = design(
        "Callers ring us about boilers, and I need somewhere to log every call: the caller's "
        "name, phone and postcode, where they heard about us (radio, website or friend) and "
        "what they are interested in."
    )
    assert {"postcode", "source", "interest"} <= plain_field_names(spec, "call")
    assert field_options(spec, "call")["source"] == ["radio", "website", "friend"]


def test_every_one_we_do_colon_and_ones_kept_as_a_list() -> None:
    spec = design(
        "Tool register. Every drill we hire: serial no., make, date bought, last service date. "
        "Brands kept as a list: brand code, country, warranty years."
    )
    assert {"serial_number", "make", "date_bought"} <= plain_field_names(spec, "drill")
    assert {"brand_code", "country"} <= plain_field_names(spec, "brand")


def test_every_one_we_have_colon_is_no_list() -> None:
    spec = design("Every job we have: plumbing, wiring, roofing.")
    assert "job" not in entity_names(spec)


def test_a_round_that_runs_between_two_dates() -> None:
    spec = design(
        "A team has a name and a colour and plays in a season that runs between a start date "
        "and an end date."
    )
    assert {"start_date", "end_date"} <= plain_field_names(spec, "season")
    assert "start_date" not in plain_field_names(spec, "team")


def test_it_is_broken_down_into_parts_with_a_list() -> None:
    spec = design(
        "Each survey has the site name and the date it was done. It is broken down into plots "
        "with a name, an area in hectares and a soil type."
    )
    assert ("plot", "survey", "many_to_one") in relations(spec)
    assert "soil_type" in plain_field_names(spec, "plot")
    assert "soil_type" not in plain_field_names(spec, "survey")


def test_during_the_one_someone_notes_a_list() -> None:
    spec = design(
        "Cars have a registration. Every month the car gets an inspection with a date and a "
        "mileage. During the inspection the mechanic notes whether the brakes were checked, the "
        "tyre depth and any faults found."
    )
    assert {"brakes_checked", "tyre_depth"} <= plain_field_names(spec, "inspection")
    assert "mechanic" not in entity_names(spec)


def test_ones_listed_by_a_list_in_commas() -> None:
    spec = design(
        "Classes have a title and a date. Pupils, listed by name and email, book places on "
        "classes, and each place records whether it has been paid."
    )
    assert plain_field_names(spec, "pupil") == {"name", "email"}


def test_which_one_with_its_list_in_brackets() -> None:
    spec = design(
        "Each delivery has the date, which farm it came from (our own field counts as a farm "
        "too, with a name, a county and a phone number), and the weight."
    )
    assert ("delivery", "farm", "many_to_one") in relations(spec)
    assert {"name", "county", "phone_number"} <= plain_field_names(spec, "farm")


def test_for_each_one_we_get_back_a_list() -> None:
    spec = design(
        "Samples have a code. The lab then analyses batches from a sample, sometimes twice, and "
        "for each analysis we get back the nitrogen, phosphate and potash figures and a pass or "
        "fail."
    )
    assert {"nitrogen_figure", "potash_figure"} <= plain_field_names(spec, "analysis")


def test_for_every_one_who_had_it_we_log_one_colon() -> None:
    spec = design(
        "Lots have a code. For every buyer who bid on that lot we log a follow-up: the date we "
        "rang them and whether they are still keen. Buyers have a name."
    )
    assert ("follow_up", "buyer", "many_to_one") in relations(spec)
    assert "still_keen" in plain_field_names(spec, "follow_up")
    assert ("buyer", "lot", "many_to_one") not in relations(spec)


# --- a record's list told with the record it belongs to ----------------------------------------


def test_belongs_to_one_with_its_list_in_brackets_and_we_note_a_list() -> None:
    spec = design(
        "Each painting belongs to a painter (name and phone) and we note the title it was "
        "given, the medium (oil, acrylic or watercolour), how many panels it has and whether it "
        "is framed."
    )
    assert plain_field_names(spec, "painter") == {"name", "phone"}
    assert {"medium", "framed"} <= plain_field_names(spec, "painting")
    assert field_options(spec, "painting")["medium"] == ["oil", "acrylic", "watercolour"]


def test_one_of_ours_goes_out_on_each_logged_by_a_list() -> None:
    spec = design(
        "Every lesson has the pupil's address and a start date. One of our cars goes out on "
        "each lesson, logged by registration and model."
    )
    assert ("lesson", "car", "many_to_one") in relations(spec)
    assert plain_field_names(spec, "car") == {"registration", "model"}


def test_is_against_one_and_relates_to_one_whom_we_know_by() -> None:
    spec = design(
        "A repair is against one supplier (name and email) and relates to one shop, whom we "
        "know by name and town."
    )
    assert ("repair", "supplier", "many_to_one") in relations(spec)
    assert ("repair", "shop", "many_to_one") in relations(spec)
    assert plain_field_names(spec, "shop") == {"name", "town"}


def test_a_list_and_it_is_always_for_one() -> None:
    spec = design(
        "A tasting holds the date, a score and some notes, and it is always for one wine; wines "
        "have a name."
    )
    assert ("tasting", "wine", "many_to_one") in relations(spec)


# --- items said otherwise ----------------------------------------------------------------------


def test_the_date_then_two_of_a_kind() -> None:
    spec = design("Each sample has the date, flow and return temperatures and the lab.")
    assert {"date", "flow_temperature", "return_temperature"} <= plain_field_names(spec, "sample")


def test_the_date_that_one_runs_out() -> None:
    spec = design("Each member has a name and the date that membership runs out.")
    assert "membership_expiry_date" in plain_field_names(spec, "member")


def test_a_three_word_item_we_charge_them() -> None:
    spec = design("Each tutor has a name and the hourly room rate we charge them.")
    assert "hourly_room_rate" in plain_field_names(spec, "tutor")


def test_a_three_word_item_before_whether_is_no_object_relative() -> None:
    # the twin: "the cost and whether it has been delivered" is two items, not one
    spec = design("Each order has the species, the cost and whether it has been delivered.")
    assert {"cost", "delivered"} <= plain_field_names(spec, "order")


def test_who_signed_for_it() -> None:
    spec = design("Each parcel has the date, the address, who signed for it and the time.")
    assert "signed_for_by" in plain_field_names(spec, "parcel")


def test_whether_anyone_in_the_group_does_something() -> None:
    spec = design("Each booking has the date and whether anyone in the party uses a wheelchair.")
    assert "uses_wheelchair" in plain_field_names(spec, "booking")


def test_which_one_they_are_numbered_in_brackets() -> None:
    spec = design(
        "Each rehearsal has the date, which studio (they're numbered 1 to 4) and the start time."
    )
    assert ("rehearsal", "studio", "many_to_one") in relations(spec)
    assert plain_field_names(spec, "studio") == {"number"}


def test_each_ones_thing_done_colon_with_ok_or_not_ok() -> None:
    spec = design(
        "Flights: date, pilot, minutes. Each flight's log checked afterwards: date checked, OK / "
        "not OK, comment."
    )
    assert ("log_check", "flight", "many_to_one") in relations(spec)
    assert field_options(spec, "log_check")["outcome"] == ["ok", "not_ok"]


def test_the_ones_bought_with_a_quantity_for_each() -> None:
    spec = design(
        "Shop sales: date and time, which till was used, and the books bought with a quantity "
        "for each. Books: title, price. Tills: number."
    )
    line = next(name for name in entity_names(spec) if name.endswith("line"))
    assert (line, "book", "many_to_one") in relations(spec)
    assert "quantity" in plain_field_names(spec, line)


def test_things_done_in_several_places_each_with_a_list() -> None:
    # "maturing", a status value below, names no record of the rooms
    spec = design(
        "Our hams cure in four drying rooms, each with a name, a target temperature and a "
        "target humidity. Batches are put into a room; a batch carries a batch code and the "
        "date, and its status goes from salting to curing to ready."
    )
    assert {"name", "target_humidity"} <= plain_field_names(spec, "drying_room")
    assert "curing" not in entity_names(spec)
