"""Round 88, asides, steps, values and items: a record's list told in an aside after it (*a
supplier, who has ...*, *for whom we keep ...*, *where a name is plenty*, *each household is a
client for us, with ...*), steps said otherwise (*we can also be stood down at any point*, *once
submitted, a claim is either ...*, *a rating from 1 to 5* is no flow), values said otherwise
(*(just yes or no)*, *which we grade as ...*) and items said otherwise (*how many twin, double
and single rooms are held*, *a release date after which ...*).
(`test_offline_round88.py` holds the round's records and lists.)

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

# --- a record's list in an aside ------------------------------------------------------------------


def test_one_who_has_a_list_then_what_we_note_of_the_other() -> None:
    spec = design(
        "Every used lens is bought from a dealer, who has a name, an e-mail and a dealer type "
        "(shop, auction house or private), and we note its focal length, the price we paid and "
        "the date bought."
    )
    assert ("lens", "dealer", "many_to_one") in relations(spec)
    assert field_options(spec, "dealer")["dealer_type"] == ["shop", "auction_house", "private"]
    assert {"focal_length", "price", "date_bought"} <= plain_field_names(spec, "lens")
    assert "focal_length" not in plain_field_names(spec, "dealer")


def test_one_who_has_a_list_ends_before_the_others_verb() -> None:
    # twin: *one of our drivers, who have ...* names no record, and the list after *and
    # carries* stays the parcel's
    spec = design(
        "Every crate is loaded for a customer by one of our loaders, who have a name and "
        "phone, and carries a loaded date, a weight in kilos and a note."
    )
    assert {"loaded_date", "weight_kg"} <= plain_field_names(spec, "crate") or {
        "loaded_date",
        "weight_kilos",
    } <= plain_field_names(spec, "crate")


def test_one_for_whom_we_keep_a_list() -> None:
    spec = design(
        "Ponies have a name and a passport number, and each one lives with a volunteer livery "
        "keeper, for whom we keep a name, a phone number and an address."
    )
    assert ("pony", "volunteer_livery_keeper", "many_to_one") in relations(spec)
    keeper = plain_field_names(spec, "volunteer_livery_keeper")
    assert {"name", "phone_number", "address"} <= keeper
    assert "address" not in plain_field_names(spec, "pony")


def test_one_where_a_short_list_is_plenty() -> None:
    spec = design(
        "A bicycle is only the make, the model and the frame number, and it's owned by a "
        "rider, where a name and a phone number is plenty."
    )
    assert ("bicycle", "rider", "many_to_one") in relations(spec)
    assert {"name", "phone_number"} <= plain_field_names(spec, "rider")


def test_each_one_is_another_for_us_with_a_list() -> None:
    spec = design(
        "Each family is a customer for us, with a name, address, phone and some parking notes, "
        "and a customer can have several pianos, each with a maker and the room it stands in."
    )
    assert {"name", "address", "parking_notes"} <= plain_field_names(spec, "customer")
    assert ("piano", "customer", "many_to_one") in relations(spec)
    assert "family" not in entity_names(spec)


def test_a_list_in_brackets_before_what_the_record_has() -> None:
    spec = design(
        "A landlord (name, address, email, and whether they're on our books) has flats, and a "
        "flat has a postcode, a monthly rent and the date it was let."
    )
    assert {"name", "address", "email"} <= plain_field_names(spec, "landlord")
    assert ("flat", "landlord", "many_to_one") in relations(spec)


def test_values_in_brackets_before_a_verb_are_no_list() -> None:
    # twin: *a size (small, medium or large)* is values, the record's field
    spec = design(
        "Every order has a date. A size (small, medium or large) has a price, and each order "
        "is for one size."
    )
    assert "small" not in plain_field_names(spec, "size")


# --- steps said otherwise ------------------------------------------------------------------------


def test_we_can_be_stood_down_at_any_point() -> None:
    spec = design(
        "We log our lifeboat launches. A launch has a date and a status that runs from paged "
        "to launched, then on scene and finally returned; we can also be stood down at any "
        "point."
    )
    field, states = next(flow for record, flow in flows(spec).items() if "launch" in record)
    assert field == "status"
    assert states[-1] == "stood_down"
    assert states[:2] == ["paged", "launched"]


def test_once_done_a_record_is_either_one_or_the_other() -> None:
    spec = design(
        "A refund request is made by one customer and carries a request date and an amount. "
        "Once submitted, a refund request is either approved or rejected, and approved "
        "requests are later marked as paid."
    )
    assert flows(spec)["refund_request"] == (
        "status",
        ["submitted", "approved", "paid", "rejected"],
    )


def test_a_rating_from_one_number_to_another_is_no_flow() -> None:
    spec = design(
        "Each coach has a name. A swimmer has a name and a club. Coaches add weekly progress "
        "notes to their swimmers, each with a date, a rating from 1 to 10 and comments."
    )
    assert "coach" not in flows(spec)
    assert "status" not in plain_field_names(spec, "coach")


# --- values said otherwise -----------------------------------------------------------------------


def test_yes_or_no_in_brackets_is_a_yes_no() -> None:
    spec = design(
        "Clients have a name and whether they need a hearing loop (just yes or no), and their "
        "preferred contact (phone, email or post)."
    )
    flags = [name for name, kind in field_types(spec, "client").items() if kind == "boolean"]
    assert any("hearing_loop" in name for name in flags)
    assert field_options(spec, "client")["preferred_contact"] == ["phone", "email", "post"]


def test_values_we_grade_it_as() -> None:
    spec = design(
        "Each hive has a name and an apiary. An inspection is for one hive on a date and "
        "records the frames of brood and the colony's temper, which we grade as calm, nervous "
        "or aggressive."
    )
    assert field_options(spec, "inspection")["temper"] == ["calm", "nervous", "aggressive"]
    assert "colony" not in entity_names(spec)


# --- items said otherwise ------------------------------------------------------------------------


def test_how_many_of_each_kind_are_held() -> None:
    spec = design(
        "Coaches have a name. Every block ties one coach to one tour and records the date, "
        "how many window, aisle and table seats are held, a release date after which unsold "
        "seats go back to the operator, and a status of held, confirmed or released."
    )
    kinds = field_types(spec, "block")
    assert kinds["window_seats"] == kinds["aisle_seats"] == kinds["table_seats"] == "integer"
    assert kinds["release_date"] == "date"
    assert field_options(spec, "block")["status"] == ["held", "confirmed", "released"]


def test_which_one_did_it_with_its_list_in_brackets() -> None:
    spec = design(
        "Boats have a name and a length. Whenever one is lifted out I want to log a haul-out: "
        "the date, which yard did it (we use a couple, and I'd keep their name, phone and "
        "email), the hours on the engine and what it cost."
    )
    assert ("haul_out", "yard", "many_to_one") in relations(spec)
    assert {"name", "phone", "email"} <= plain_field_names(spec, "yard")
    assert "email" not in plain_field_names(spec, "boat")


def test_steps_end_before_what_they_depend_on() -> None:
    spec = design(
        "Every claim has a date. Every disputed claim gets an appeal that goes from lodged to "
        "heard and then to upheld or dismissed depending on the panel's view, and I want the "
        "number of appeals per month."
    )
    assert flows(spec)["appeal"] == ("status", ["lodged", "heard", "upheld", "dismissed"])
    assert not any("month" in name for name in plain_field_names(spec, "appeal"))


def test_those_have_a_list_in_brackets() -> None:
    spec = design(
        "For every sample on a site we note the sample label and the depth in metres, and "
        "because the samples get taken with one of our auger rigs (those have a serial number "
        "and a service due date) I'd like to know which rig took each sample."
    )
    assert {"serial_number", "service_due_date"} <= plain_field_names(spec, "auger_rig")
    assert "serial_number" not in plain_field_names(spec, "sample")


def test_one_whose_list_we_hold_then_handed_on() -> None:
    spec = design(
        "A repair request records a request date, a reason (leak, damp or other) and the flat "
        "number. It is raised for one tenant, whose name, phone and email we hold, and handed "
        "to one contractor, stored with a name and a trade."
    )
    assert {"name", "phone", "email"} <= plain_field_names(spec, "tenant")
    assert ("repair_request", "tenant", "many_to_one") in relations(spec)
    assert ("repair_request", "contractor", "many_to_one") in relations(spec)


def test_the_one_assigned_to_it_is_a_link() -> None:
    spec = design(
        "Events carry an event reference and a venue name, and each shift sits under an event "
        "with a date, a start time and the steward assigned to it."
    )
    assert ("shift", "steward", "many_to_one") in relations(spec)
    assert not any("assigned" in name for name in plain_field_names(spec, "shift"))
