"""Round 70: a verb said once for several records, values before the word for the choice, when
a record runs, who is in charge of each, records sitting under another, the one put on a record,
and asides the readers must not take for records.

Each test names one way of saying it, in a domain of its own, and most have a twin the
reading must leave alone.
"""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    field_options,
    field_types,
    relations,
    role_names,
)

from appwright.design.offline.draft import entity_key
from appwright.design.offline.each_of_several import one_in_charge_of_each
from appwright.design.offline.gapped_known_by import known_by_each
from appwright.design.offline.kept_lists import and_for_another_kept
from appwright.design.offline.normalize import normalize_text
from appwright.design.offline.noted_on_it import the_one_goes_on_it
from appwright.design.offline.placed_under import under_each_sit_its
from appwright.design.offline.records_of_others import done_by_one_against_one


def test_a_verb_said_once_serves_the_records_named_after_it() -> None:
    assert (
        known_by_each("vans are known by registration, porters and drivers by name.")
        == "vans have registration; porters have name; drivers have name."
    )
    # a list whose next item is no plural is left as it was
    said = "vans are known by registration, make and model."
    assert known_by_each(said) == said
    spec = design(
        "Jobs have a date and a van. Vans are listed by registration and make, porters by name "
        "and phone."
    )
    assert {"registration", "make"} <= set(field_types(spec, "van"))
    assert {"name", "phone"} <= set(field_types(spec, "porter"))
    assert ("van", "porter", "many_to_one") not in relations(spec)


def test_values_said_before_the_word_for_the_choice_are_its_options() -> None:
    spec = design("Lessons happen on a date in a morning, afternoon or evening slot.")
    assert field_options(spec, "lesson")["slot"] == ["morning", "afternoon", "evening"]
    assert field_types(spec, "lesson")["date"] == "date"
    # a word that is no choice after the list keeps the list as it was
    spec = design("Customers have a name, address or phone number.")
    assert "number" not in field_types(spec, "customer")


def test_a_record_that_runs_or_falls_on_a_date_has_it_and_runs_no_role() -> None:
    spec = design("Classes run on a date at a hall. Halls have a name.")
    assert field_types(spec, "class")["date"] == "date"
    assert not role_names("Classes run on a date. Halls have a name.")
    assert role_names("Tutors run the classes, and only tutors can edit classes.") == {"tutor"}
    # what a record runs on that is no time is left as it was
    assert "generator" in entity_names(
        design("A pump runs on a generator. Generators have a fuel type.")
    )


def test_a_group_after_a_noun_is_a_record_of_its_own() -> None:
    assert entity_key("a school group") == "school_group"
    assert entity_key("a list of schools") == "school"
    assert entity_key("my book collection") == "book"
    spec = design("Each visit belongs to one tour group. Visits have a date.")
    assert ("visit", "tour_group", "many_to_one") in relations(spec)


def test_one_in_charge_of_each_is_the_one_each_record_belongs_to() -> None:
    assert (
        one_in_charge_of_each("each class has a date, and one of our coaches is in charge of each")
        == "each class has a date; each class belongs to one coach"
    )
    said = "each class has a date, and the hall is in charge of bookings"
    assert one_in_charge_of_each(said) == said
    spec = design("Workshops have a date and a room, and one of our tutors runs each.")
    assert ("workshop", "tutor", "many_to_one") in relations(spec)


def test_records_sitting_under_each_of_another_are_its_many() -> None:
    assert (
        under_each_sit_its("under each menu sit its dishes, each with a price")
        == "each menu has many dishes, each with a price"
    )
    said = "under each menu is its price"
    assert under_each_sit_its(said) == said
    spec = design(
        "Menus have a season. Under each menu sit its dishes, each with a name and a price."
    )
    assert ("dish", "menu", "many_to_one") in relations(spec)
    assert field_types(spec, "dish")["price"] == "decimal"


def test_how_a_record_ends_said_on_its_own_is_a_choice() -> None:
    spec = design(
        "A river climb takes place on a date with a start time, notes the water level and ends "
        "with a verdict of summit, turned back or abandoned."
    )
    options = field_options(spec, "river_climb")["verdict"]
    assert options == ["summit", "turned_back", "abandoned"]
    assert entity_names(spec) == {"river_climb"}


def test_and_for_another_the_verb_of_keeping_serves_its_list_too() -> None:
    assert and_for_another_kept(
        "we keep the coach's name, and for a team the club name and the colours."
    ) == ("we keep the coach's name; for a team we keep the club name and the colours.")
    # "each of their horses" is left to the readers of *each of*
    said = "we note a name, and for each of their horses the name and age."
    assert and_for_another_kept(said) == said
    spec = design(
        "A fixture is played by one team. We keep the referee's name and phone, and for a team "
        "the club name, the manager's name and how many players came."
    )
    assert {"club_name", "manager_name"} <= set(field_types(spec, "team"))
    assert "club_name" not in field_types(spec, "referee")


def test_the_one_who_did_it_put_on_the_record_is_one_it_points_at() -> None:
    assert the_one_goes_on_it(
        "a delivery note lists the pallets, and the driver who signed for it goes on it too."
    ) == ("a delivery note lists the pallets; each delivery note has one driver.")
    said = "a delivery note lists the pallets, and the drivers who signed go on it too."
    assert the_one_goes_on_it(said) == said
    spec = design(
        "A sample has a code and a weight, and the technician who took it goes on it too. "
        "Technicians have a name."
    )
    assert ("sample", "technician", "many_to_one") in relations(spec)


def test_what_a_record_covers_going_to_one_is_what_it_is_for() -> None:
    spec = design(
        "Each docket has a number. A docket covers a pallet going to one warehouse, for whom we "
        "hold a name and a phone number, and the loader who did the stacking goes on it too; "
        "for loaders we only keep a name."
    )
    assert {("docket", "warehouse", "many_to_one"), ("docket", "loader", "many_to_one")} <= (
        relations(spec)
    )


def test_each_one_said_as_it_arrives_is_each_one() -> None:
    assert normalize_text("Each parcel coming in gets a weight.") == "each parcel gets a weight."
    assert normalize_text("Each parcel coming in late is flagged.") == (
        "each parcel coming in late is flagged."
    )
    assert normalize_text("Every individual crate has a tag.") == "each crate has a tag."


def test_raised_by_one_against_another_is_about_the_other() -> None:
    assert done_by_one_against_one("a fault is logged by a tenant against a flat") == (
        "a fault is logged by a tenant; each fault is for one flat"
    )
    said = "a fault is logged by a tenant against all odds"
    assert done_by_one_against_one(said) == said
    spec = design("A fault is logged by a tenant against a flat and has a description.")
    assert {("fault", "flat", "many_to_one"), ("fault", "tenant", "many_to_one")} <= relations(spec)


def test_examples_of_three_words_or_a_possessive_name_no_record() -> None:
    spec = design(
        "Board types such as adult surf board, kids' surf board and body board each have a "
        "daily rate. Hires have a date."
    )
    assert field_types(spec, "board_type")["daily_rate"] == "decimal"
    assert "daily_rate" not in field_types(spec, "hire")


def test_only_some_allowed_to_without_a_verb_names_the_roles() -> None:
    spec = "Pupils have a first name.\n- only school nurses and class teachers allowed to see notes"
    assert role_names(spec) == {"school_nurse", "class_teacher"}


def test_a_field_on_each_record_in_a_note_is_the_records() -> None:
    spec = design(
        "What we keep:\n- riders with a name and a club\n- a weight class on each rider "
        "(light, middle or heavy)"
    )
    assert field_options(spec, "rider")["weight_class"] == ["light", "middle", "heavy"]


def test_let_us_have_a_record_with_a_list_makes_it() -> None:
    spec = design(
        "Members have a name. If a member borrows a key they sign for it, so let's have a key "
        "loan for that too, with the date and the key number."
    )
    assert {"date", "key_number"} <= set(field_types(spec, "key_loan"))


def test_going_on_the_system_against_one_is_belonging_to_it() -> None:
    assert normalize_text("Each sample has to go on the system against the batch.") == (
        "each sample is logged against the batch."
    )
    spec = design(
        "Each bottle has to go on the system against the cask it came from, with a bottle "
        "number and a fill date. Casks have a number."
    )
    assert ("bottle", "cask", "many_to_one") in relations(spec)


def test_asides_in_brackets_name_no_field() -> None:
    assert normalize_text("Each tool (hammers, saws, whatever) has a tag.") == (
        "each tool has a tag."
    )
    assert normalize_text("A status (open, closed, etc) and a tag.") == (
        "a status (open, closed, etc) and a tag."
    )
    spec = design("Eggs have a grade of A, B or C (A is the biggest) and a laid date.")
    assert field_options(spec, "egg")["grade"] == ["a", "b", "c"]
    assert entity_names(spec) == {"egg"}


def test_values_for_each_one_on_another_many_to_many_are_the_pairings() -> None:
    spec = design(
        "Tours have a name. A tour visits lots of castles and the same castle is on several "
        "tours, so for each castle on a tour we store its stop number and the minutes spent."
    )
    assert {("tour_castle", "tour", "many_to_one"), ("tour_castle", "castle", "many_to_one")} <= (
        relations(spec)
    )
    assert field_types(spec, "tour_castle")["stop_number"] == "integer"
    # one on another that is not many to many keeps its own list
    spec = design(
        "A claim relates to one move. For each item on a claim we note the damage and the "
        "amount claimed."
    )
    assert ("item", "claim", "many_to_one") in relations(spec)


def test_someone_taking_a_record_from_step_to_step_is_its_flow() -> None:
    spec = design(
        "Appeals have a date and a reason. The panel clerk takes each appeal from lodged to "
        "heard and then to decided."
    )
    flow = [f for f in spec.state_flows if f.entity == "appeal"]
    assert flow and list(flow[0].states) == ["lodged", "heard", "decided"]
    spec = design("Pianos have a make. We move each piano from the van to the hall.")
    assert not spec.state_flows


def test_where_each_one_is_said_with_one_is_the_record_it_points_at() -> None:
    spec = design(
        "Jobs have a title. Each job is for one van, happens in one bay (name, e.g. pit, ramp) "
        "and is assigned to one fitter."
    )
    assert {("job", "bay", "many_to_one"), ("job", "fitter", "many_to_one")} <= relations(spec)


def test_one_paired_with_another_for_a_date_is_a_record_of_the_pairing() -> None:
    spec = design(
        "Cleaners have a name. Houses have an address. Each week the office assigns a cleaner "
        "to a house for a date."
    )
    assert {
        ("assignment", "cleaner", "many_to_one"),
        ("assignment", "house", "many_to_one"),
    } <= relations(spec)
    assert field_types(spec, "assignment")["date"] == "date"


def test_a_record_for_one_of_each_points_at_each_and_has_the_day() -> None:
    spec = design(
        "Porters have a name. Wards have a name. A rota is for one porter, one ward and one "
        "date, plus whether it's the day or night shift."
    )
    assert {("rota", "porter", "many_to_one"), ("rota", "ward", "many_to_one")} <= relations(spec)
    assert field_types(spec, "rota")["date"] == "date"
    assert field_options(spec, "rota")["shift"] == ["day", "night"]


def test_a_condition_or_a_purpose_inside_a_list_does_not_end_it() -> None:
    spec = design(
        "Each bottle is logged against the cask it came from, with a label name, the "
        "distillery's batch code if there is one, a shelf location so we can find it again, "
        "and the asking price. Casks have a number."
    )
    fields = set(field_types(spec, "bottle"))
    assert {"distillery_batch_code", "shelf_location", "asking_price"} <= fields


def test_a_record_that_ends_with_several_others_each_one_a_list_has_them() -> None:
    spec = design(
        "Tastings have a date. Wines have a name. A tasting can end with several orders at the "
        "bar, each one a customer name, the wine they chose and the number of bottles."
    )
    assert {("order", "tasting", "many_to_one"), ("order", "wine", "many_to_one")} <= relations(
        spec
    )
    assert field_types(spec, "order")["bottles"] == "integer"


def test_what_a_record_names_in_a_list_it_holds() -> None:
    spec = design(
        "Rooms have a number. A booking names the room, a purpose (meeting, training or "
        "interview), a start date and the number of guests."
    )
    assert ("booking", "room", "many_to_one") in relations(spec)
    assert field_options(spec, "booking")["purpose"] == ["meeting", "training", "interview"]
    assert field_types(spec, "booking")["start_date"] == "date"


def test_logged_against_two_with_times_points_at_both_and_has_them() -> None:
    spec = design(
        "Vans have a registration. Each wash is logged against the van and the valeter who did "
        "it, with start and finish times."
    )
    assert {("wash", "van", "many_to_one"), ("wash", "valeter", "many_to_one")} <= relations(spec)
    assert field_types(spec, "wash") == {
        "start_time": "datetime",
        "finish_time": "datetime",
        "van_id": "reference",
        "valeter_id": "reference",
    }


def test_a_record_running_from_one_date_to_another_has_both() -> None:
    spec = design(
        "Clubs have a name. A camp belongs to one club and runs from a start date to an end "
        "date with a number of children."
    )
    assert {"start_date", "end_date", "children"} <= set(field_types(spec, "camp"))
    assert field_types(spec, "camp")["end_date"] == "date"
