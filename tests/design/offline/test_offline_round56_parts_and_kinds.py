"""Mechanisms measured as the loss on batch 64 (coach and minibus tour operators) and batch 63.

Each test designs a sentence of its own end to end, with a twin the change must leave alone:
a list of records a record goes through, a tick told by when it is ticked, and the place
where someone is."""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    field_types,
    flows,
    relations,
    simplified,
)


def test_a_list_a_record_goes_through_is_its_records() -> None:
    spec = design(
        "A delivery round has a date and a van, and it goes through a list of drops, each with "
        "a drop number, an address and a time slot."
    )
    assert set(field_types(spec, "drop")) == {
        "drop_number",
        "address",
        "time_slot",
        "delivery_round_id",
    }
    assert ("drop", "delivery_round", "many_to_one") in relations(spec)
    assert "drop_number" not in field_types(spec, "delivery_round")


def test_a_list_we_keep_is_left_to_its_own_reading() -> None:
    assert "has several" not in simplified(
        "We keep a list of suppliers, each with a name and a phone number."
    )


def test_a_tick_told_by_when_it_is_ticked_is_a_yes_no() -> None:
    spec = design(
        "Each parcel has a weight, a sender and a box the courier ticks once it is delivered."
    )
    assert field_types(spec, "parcel") == {
        "weight": "decimal",
        "sender": "text",
        "delivered": "boolean",
    }
    spec = design(
        "Each pupil has a name and a tick if they need a packed lunch because of allergies."
    )
    assert field_types(spec, "pupil") == {"name": "text", "need_packed_lunch": "boolean"}


def test_a_box_without_when_stays_a_box() -> None:
    assert simplified("Each parcel has a weight and a box number.") == (
        "each parcel has a weight and a box number."
    )


def test_the_place_where_someone_is_is_the_place() -> None:
    spec = design(
        "A shift has a date. Volunteers are attached to the shift where they are helping, with "
        "their name and phone."
    )
    assert field_types(spec, "volunteer") == {
        "name": "text",
        "phone": "text",
        "shift_id": "reference",
    }
    assert ("volunteer", "shift", "many_to_one") in relations(spec)


def test_a_plain_object_relative_is_still_the_object() -> None:
    assert "where" not in entity_names(design("Each order has the price we charged and a date."))
    assert simplified("Each order has the price we charged and a date.") == (
        "each order has the price and a date."
    )


def test_for_those_after_a_record_has_them_is_each_of_them() -> None:
    spec = design(
        "A festival has a name and a year. Each festival has its own stages, and for those I "
        "need the name and the capacity, because the council asks."
    )
    assert set(field_types(spec, "stage")) == {"name", "capacity", "festival_id"}
    assert ("stage", "festival", "many_to_one") in relations(spec)
    assert "because" not in entity_names(spec)


def test_for_those_after_we_have_them_stays_theirs() -> None:
    spec = design("We have got athletes, and for those we need a name and a date of birth.")
    assert set(field_types(spec, "athlete")) == {"name", "date_of_birth"}


def test_the_ones_on_a_record_who_can_act_belong_to_it() -> None:
    spec = design(
        "A festival has a name. Each festival has its own workshops with a title. The campers "
        "on a festival (a name is plenty) can sign up for many workshops."
    )
    found = relations(spec)
    assert ("camper", "festival", "many_to_one") in found
    assert ("camper", "workshop", "many_to_many") in found
    assert ("workshop", "festival", "many_to_many") not in found


def test_each_one_on_a_record_keeps_its_reading() -> None:
    assert simplified("Each repair job on a bike is logged with a date.").startswith(
        "each repair job belongs to one bike; each repair job is logged"
    )
    assert "belongs to" not in simplified("The lights on a bike are checked.")


def test_what_a_record_is_just_between_commas_is_its_list() -> None:
    spec = design(
        "Every allotment, which for us is just the plot number and a rent, gets a yearly "
        "inspection with a date."
    )
    assert set(field_types(spec, "allotment")) == {"plot_number", "rent"}


def test_a_which_clause_that_is_no_list_stays() -> None:
    said = simplified("Every allotment, which is rented yearly, gets an inspection.")
    assert "has" not in said


def test_two_kinds_told_apart_by_which_of_the_two_are_one_record_with_a_type() -> None:
    spec = design(
        "Every vehicle has a registration. Every vehicle gets a pre-hire inspection and later "
        "a post-hire inspection, so each inspection says which of the two it is, the date "
        "and the mileage."
    )
    found = field_types(spec, "inspection")
    assert {"date", "mileage", "vehicle_id"} <= set(found)
    assert found["type"] == "enum"
    assert ("inspection", "vehicle", "many_to_one") in relations(spec)
    inspection = spec.entity("inspection")
    assert inspection is not None
    kind = next(f for f in inspection.fields if f.name == "type")
    assert list(kind.options or []) == ["pre_hire", "post_hire"]


def test_two_records_without_which_of_the_two_stay_two() -> None:
    said = simplified(
        "Every vehicle gets a pre-hire inspection and a post-hire inspection, so each "
        "inspection says the date."
    )
    assert "type" not in said


def test_an_act_on_a_record_with_a_colon_list_is_that_ones_record() -> None:
    spec = design(
        "Every match has a date and a venue, and on a match we assign pitches: the pitch "
        "number, the team's name and a yes/no for whether it is floodlit."
    )
    assert set(field_types(spec, "assignment")) == {
        "pitch_number",
        "team_name",
        "floodlit",
        "match_id",
    }
    assert ("assignment", "match", "many_to_one") in relations(spec)
    assert set(field_types(spec, "match")) == {"date", "venue"}


def test_an_act_on_the_day_with_a_colon_list_belongs_to_no_day() -> None:
    said = simplified("On a monday we inspect cars: the registration and a result.")
    assert "belongs to" not in said


def test_the_whole_a_business_keeps_its_records_in_is_no_record() -> None:
    spec = design(
        "For each van in the fleet we note the registration and the mileage. Every job has a "
        "date and the van it uses."
    )
    assert entity_names(spec) == {"van", "job"}
    assert set(field_types(spec, "van")) == {"registration", "mileage"}


def test_a_record_in_another_record_still_belongs_to_it() -> None:
    assert "in the depot" in simplified(
        "For each van in the depot we note the registration and the mileage."
    )


def test_what_we_would_put_for_a_record_is_its_list() -> None:
    spec = design("For each wedding I would put the couple's names, the venue and the date.")
    assert set(field_types(spec, "wedding")) == {"couple_name", "venue", "date"}


def test_a_status_wanted_after_a_record_s_list_is_its_flow() -> None:
    spec = design(
        "So for a wedding I'd put the venue and the date, and I also want a status for the "
        "plan: draft while I'm still planning, then sent to couple, then signed off."
    )
    assert flows(spec) == {"wedding": ("status", ["draft", "sent_to_couple", "signed_off"])}
    assert set(field_types(spec, "wedding")) == {"venue", "date", "status"}


def test_a_status_with_one_value_wanted_is_left_alone() -> None:
    said = "for a wedding i would put the venue, and i want a status for the plan: draft"
    assert "each wedding has a status" not in simplified(said)


def test_what_people_run_is_no_flow() -> None:
    spec = design(
        "Our vans run delivery rounds to bring parcels from around the town. Each delivery "
        "round has a date and a driver."
    )
    assert flows(spec) == {}


def test_a_record_that_runs_from_one_state_to_another_keeps_its_flow() -> None:
    spec = design("Each job has a date. A job runs from booked to done.")
    assert flows(spec) == {"job": ("status", ["booked", "done"])}


def test_the_ones_there_are_on_a_record_are_its_own_each_one_of_kinds() -> None:
    spec = design(
        "Each show has a title. Then there are the tickets we have printed for that show, each "
        'one adult, child or concession, with a notes box for things like "aisle seat".'
    )
    assert ("ticket", "show", "many_to_one") in relations(spec)
    ticket = spec.entity("ticket")
    assert ticket is not None
    kinds = {f.name: list(f.options or []) for f in ticket.fields}
    assert kinds["type"] == ["adult", "child", "concession"]
    assert "notes_box" in kinds


def test_the_ones_there_are_without_an_owner_keep_their_reading() -> None:
    said = simplified(
        "then there are the laundries we send it all to, just their name and a contact email"
    )
    assert said == "laundries have their name and a contact email"
    assert "type" not in simplified("the rooms, each one of them, with a name")


def test_the_date_a_record_runs_is_its_date() -> None:
    spec = design("For each workshop I need the title, the date it runs and the fee.")
    assert field_types(spec, "workshop") == {"title": "text", "date": "date", "fee": "decimal"}


def test_the_date_a_record_is_done_to_keeps_its_act() -> None:
    spec = design("For each workshop I need the title and the date it was booked.")
    assert "date" not in field_types(spec, "workshop")
    assert "booked_date" in field_types(spec, "workshop")


def test_what_is_plenty_in_brackets_is_their_list() -> None:
    spec = design(
        "Each gym has a name. The members (name and phone number is plenty) can book many classes."
    )
    assert {"name", "phone_number"} <= set(field_types(spec, "member"))


def test_plenty_for_someone_in_brackets_keeps_its_reading() -> None:
    said = simplified("we log the job (for the crew a name is plenty)")
    assert "(a name)" not in said


def test_the_parts_a_record_is_gone_through_one_by_one_are_its_own() -> None:
    spec = design(
        "Each audit has a date. Inside an audit we go shelf by shelf, each shelf with a name like "
        "top left or aisle 3, and on every shelf we list the products with a count."
    )
    assert ("shelf", "audit", "many_to_one") in relations(spec)
    assert field_types(spec, "shelf")["name"] == "text"
    assert "name_like_top_left" not in field_types(spec, "shelf")


def test_going_somewhere_one_by_one_without_a_list_is_left_alone() -> None:
    said = simplified("inside an audit we go shelf by shelf")
    assert "several" not in said
    assert simplified("each shelf has a size like 6x12") == "each shelf has a size"


def test_three_readings_of_a_kind_are_three_fields() -> None:
    spec = design(
        "Each visit has a date and the pool, spa and tap water readings because those always "
        "get checked."
    )
    assert set(field_types(spec, "visit")) == {
        "date",
        "pool_water_reading",
        "spa_water_reading",
        "tap_water_reading",
    }


def test_two_values_of_a_kind_keep_their_reading() -> None:
    spec = design("Each sample has the pm2.5 and no2 values.")
    assert len(field_types(spec, "sample")) == 2


def test_who_did_it_with_a_particle_is_done_by() -> None:
    spec = design("Each inspection has a date and who carried it out.")
    assert set(field_types(spec, "inspection")) == {"date", "carried_out_by"}
    spec = design("Each inspection has a date and who reported it.")
    assert set(field_types(spec, "inspection")) == {"date", "reported_by"}


def test_how_many_there_are_counts_them() -> None:
    spec = design("For each class I need the name and how many places there are.")
    assert field_types(spec, "class") == {"name": "text", "places": "integer"}


def test_how_many_we_sold_keeps_its_reading() -> None:
    spec = design("For each market I need the date and how many bags we sold.")
    assert field_types(spec, "market") == {"date": "date", "bags": "integer"}


def test_what_the_owner_carries_round_is_no_record() -> None:
    spec = design(
        "Each survey has a date. When a job comes in I walk round the garden with a tape "
        "measure, and I want to stop doing it on paper."
    )
    assert entity_names(spec) == {"survey"}


def test_a_record_with_its_own_list_keeps_it() -> None:
    assert simplified("each garden has a shed with a door") == "each garden has a shed with a door"
