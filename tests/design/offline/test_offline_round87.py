"""Round 87, records and lists: records told by what is done with them (*ingredients are bought
in: each has ...*, *any parts we order for a fault need ...*, *excess is billed on an invoice
with ...*, *any damage spotted goes on the check as a separate entry with ...*, *vans are grouped
into categories with ...*, *a bake is one tray of a recipe, made on a date by ...*, *a kidding
has ...*), lists told by who makes them or in an aside (*..., and the teacher tells us ...*,
*(for the show we just keep ...)*, *and each year they take out a membership with ...*), and
links told otherwise (*it gets passed to a recovery company (name, ...)*, *if an animal was
involved we link that animal*, *several of them*, *assesses a pupil against a grade*).
(`test_offline_round87_said.py` holds the round's steps, values, items and asides.)

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

# --- records told by what is done with them ------------------------------------------------------


def test_records_told_by_how_they_come_then_each_one() -> None:
    spec = design(
        "Workshop stores. Fabrics are ordered in: each has a name, a colour, a cost per metre "
        "and a stock level, and comes from a mill with a name and an email."
    )
    assert {"fabric", "mill"} <= entity_names(spec)
    assert {"name", "colour", "cost_per_metre", "stock_level"} <= plain_field_names(spec, "fabric")
    assert ("fabric", "mill", "many_to_one") in relations(spec)


def test_things_we_do_for_one_need_a_list() -> None:
    spec = design(
        "Boiler repairs. Jobs have a date and an address. Any valves we fit for a job need "
        "the valve size, the cost and the date fitted."
    )
    assert ("valve", "job", "many_to_one") in relations(spec)
    assert {"valve_size", "cost"} <= plain_field_names(spec, "valve")
    assert "cost" not in plain_field_names(spec, "job")


def test_a_charge_billed_on_a_record_with_its_list() -> None:
    spec = design(
        "Storage units. A rental is on one unit and records the start date and the end date. "
        "Late rent is billed on an invoice with a number, an issue date, an amount and a status "
        "of unpaid, paid or written off."
    )
    assert {"number", "issue_date", "amount", "status"} <= plain_field_names(spec, "invoice")
    assert field_options(spec, "invoice")["status"] == ["unpaid", "paid", "written_off"]


def test_payments_logged_on_a_record_keep_their_list() -> None:
    spec = design(
        "Each order has an order number and a total. Refunds are logged on an order with the "
        "date refunded and the amount."
    )
    assert {"date_refunded", "amount"} <= plain_field_names(spec, "refund")


def test_entries_that_go_on_a_record_as_separate_entries() -> None:
    spec = design(
        "Scaffold inspections. An inspection has a date and an inspector's name. Any defect "
        "found goes on the inspection as a separate entry with the location (base, ties, boards "
        "or guard rails), a description and a link to the photo."
    )
    assert ("defect", "inspection", "many_to_one") in relations(spec)
    assert field_options(spec, "defect")["location"] == ["base", "ties", "boards", "guard_rails"]


def test_things_grouped_into_groups_with_a_list() -> None:
    spec = design(
        "Boat hire. Boats are grouped into classes with a name and a number of seats. Boats "
        "have a name and a hull number."
    )
    assert {"name", "seats"} <= plain_field_names(spec, "class")
    assert "seats" not in plain_field_names(spec, "boat")
    assert ("boat", "class", "many_to_one") in relations(spec)


def test_one_lot_of_one_made_on_a_date() -> None:
    spec = design(
        "Brewery. Recipes have a name and a style. A brew is one batch of a recipe, brewed on a "
        "date by a member of the brewery staff, with the litres made and litres lost."
    )
    assert ("brew", "recipe", "many_to_one") in relations(spec)
    assert ("brew", "staff_member", "many_to_one") in relations(spec)
    assert field_types(spec, "brew")["date"] == "date"
    assert "batch" not in entity_names(spec)


def test_a_gerund_after_an_article_names_a_record() -> None:
    spec = design(
        "Sheep flock. Ewes have a tag number and a breed. A lambing is for one ewe and records "
        "the date, whether the vet was called and how many lambs were born."
    )
    assert ("lambing", "ewe", "many_to_one") in relations(spec)
    assert field_types(spec, "lambing")["vet_called"] == "boolean"


def test_a_record_named_for_what_we_do_then_its_list() -> None:
    spec = design(
        "Once a week we open the kiln room for a weekly pottery firing, which has a date, a "
        "start time, a kiln temperature and a status that moves from planned to loaded to fired."
    )
    assert flows(spec)["pottery_firing"] == ("status", ["planned", "loaded", "fired"])
    assert {"date", "start_time"} <= plain_field_names(spec, "pottery_firing")
    assert "kiln" not in entity_names(spec)


def test_a_figure_for_each_pair_is_a_record() -> None:
    spec = design(
        "Holiday lets. Seasons have a name, a start date and an end date. Cottages are grouped "
        "into grades with a name, and every grade has a weekly price in each season."
    )
    assert {("price", "grade", "many_to_one"), ("price", "season", "many_to_one")} <= relations(
        spec
    )
    assert field_types(spec, "price")["weekly_price"] == "decimal"


# --- lists told by who makes them, or in an aside ------------------------------------------------


def test_a_list_in_brackets_for_one_named_and_what_the_maker_tells_us() -> None:
    spec = design(
        "Coach trips. Organisers have a name. Each booking is made by one organiser for one "
        "date and one trip (for the trip we just keep the title and its length in hours), and "
        "the organiser tells us how many adults are coming, how many children, and the pick-up "
        "point."
    )
    assert {"title", "length_hours"} <= plain_field_names(spec, "trip")
    assert {"adults", "children"} <= plain_field_names(spec, "booking")


def test_they_act_after_their_list() -> None:
    spec = design(
        "Allotment society. A plot holder has a name and an email, and each year they take out "
        "a tenancy with a start date, a rent and a plot number."
    )
    assert ("tenancy", "plot_holder", "many_to_one") in relations(spec)


def test_the_one_it_is_passed_to_with_its_list_in_brackets() -> None:
    spec = design(
        "Lift repairs. Each fault is for one lift and records the date and a description; it "
        "gets passed to a contractor (name, phone, out-of-hours number) and moves from open to "
        "fixed."
    )
    assert ("fault", "contractor", "many_to_one") in relations(spec)
    assert {"name", "phone"} <= plain_field_names(spec, "contractor")
    assert "phone" not in plain_field_names(spec, "fault")


def test_steps_after_the_list_of_the_one_who_takes_it() -> None:
    spec = design(
        "Each printer has a name. Office staff raise a ticket against a printer with the date "
        "and a description. It then gets picked up by an engineer, of whom we keep a name and "
        "phone, and moves from logged to in progress to resolved."
    )
    assert flows(spec)["ticket"] == ("status", ["logged", "in_progress", "resolved"])
    assert "status" not in plain_field_names(spec, "engineer")


def test_one_linked_if_involved() -> None:
    spec = design(
        "Playground accidents. An accident has a date and a description. It is reported by a "
        "member of staff, for whom we keep a name and role, and if a ride was involved we link "
        "that ride, which has a name and a maker."
    )
    assert ("accident", "ride", "many_to_one") in relations(spec)
    assert {"name", "maker"} <= plain_field_names(spec, "ride")


def test_several_of_the_things_we_own() -> None:
    spec = design(
        "Camping club. Trips have a date and a site. We own four tents, each with a name and a "
        "berth count, and a trip can take several of them."
    )
    assert ("trip", "tent", "many_to_many") in relations(spec)


def test_assessed_against_one_we_store() -> None:
    spec = design(
        "Swim school. Swimmers have a name. Badges have a title. When a teacher assesses a "
        "swimmer against a badge we store the date, whether they passed and a comment."
    )
    assert {
        ("assessment", "swimmer", "many_to_one"),
        ("assessment", "badge", "many_to_one"),
        ("assessment", "teacher", "many_to_one"),
    } <= relations(spec)
    assert field_types(spec, "assessment")["passed"] == "boolean"


def test_one_belongs_to_one_whatever_was_said_of_many() -> None:
    spec = design(
        "Clubs book pitches. Each club has a name. A pitch belongs to a club and has a size."
    )
    assert ("pitch", "club", "many_to_one") in relations(spec)
    assert ("club", "pitch", "many_to_many") not in relations(spec)


def test_up_to_a_few_is_several() -> None:
    spec = design(
        "Riders have a name. Bikes have a name. A rider can ride lots of bikes and one bike can "
        "have up to two riders."
    )
    assert ("rider", "bike", "many_to_many") in relations(spec)
    assert "up_to_two_riders" not in plain_field_names(spec, "bike")


def test_they_buy_them_then_each_purchase() -> None:
    spec = design(
        "Climbing wall. Climbers (name, email, phone) buy passes, and each pass purchase stores "
        "the purchase date, the visits remaining and whether it was paid online."
    )
    assert ("pass_purchase", "climber", "many_to_one") in relations(spec)
    assert field_types(spec, "pass_purchase")["visits_remaining"] == "integer"


def test_which_one_did_each_without_a_list_of_theirs() -> None:
    # named a regex group no pattern defines, so it raised instead of designing
    spec = design(
        "Technicians have a name. My lads do a lot of those visits, so I need to know which "
        "technician did each one."
    )
    assert ("visit", "technician", "many_to_one") in relations(spec)
