"""Round 91: records told by what is done with them (*a member of staff fills in an inspection
against the agreement: ...* after *when the car goes out, and again when it comes back*; *each
time a parish brings in a gift we write down ...*; *we take their name and phone as a guest*;
*schools are billed with a monthly invoice showing ...*; *every order line names a part with
...*; *a member's subscription for a season records ...*; *inside a crate each jar is logged
with ...*), and a record's list said as what it is (*so a weigh-in is the date, how many ... and
their total weight*) or after a note-taker's header (*MOT tests, per vehicle: ...*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_options, plain_field_names, relations

# --- a record named by a time word is still a record -------------------------------------------


def test_each_season_has_its_own_list() -> None:
    spec = design("Each season has a year, a fee and start and end dates.")
    assert plain_field_names(spec, "season") >= {"year", "fee", "start_date", "end_date"}


def test_gradings_held_a_few_times_a_year_keep_no_year_record() -> None:
    # the twin: a time word read as a record beside the list's real owner still goes
    spec = design("Gradings are held a few times a year with a date and a fee.")
    assert "year" not in entity_names(spec)
    assert {"date", "fee"} <= plain_field_names(spec, "grading")


# --- a note-taker's header said per another record ---------------------------------------------


def test_records_per_another_after_a_comma_then_a_colon() -> None:
    spec = design(
        "Boats: name, berth. Engine services, per boat: service date, engineer name, "
        "result (pass, advisory, fail), cost."
    )
    assert ("engine_service", "boat", "many_to_one") in relations(spec)
    assert {"service_date", "engineer_name", "result", "cost"} <= plain_field_names(
        spec, "engine_service"
    )
    assert field_options(spec, "engine_service")["result"] == ["pass", "advisory", "fail"]


# --- who does it, said with a word that has no plural ------------------------------------------


def test_one_of_our_staff_fills_in_a_record_against_another() -> None:
    spec = design(
        "Every loan runs on a hire form with a form number and a start date. When the bike goes "
        "out, and again when it comes back, one of our staff fills in a check against the form: "
        "the date and time, the tyre pressure and whether the lights work."
    )
    assert ("check", "hire_form", "many_to_one") in relations(spec)
    assert ("check", "staff_member", "many_to_one") in relations(spec)
    assert "tyre_pressure" in plain_field_names(spec, "check")


def test_handed_to_one_of_the_staff_is_a_member_of_staff() -> None:
    spec = design(
        "Each leak report has a date and a location. A report is handed to one of the staff; it "
        "starts as open and is closed once fixed. Staff members have a name and a mobile."
    )
    assert "staff" not in entity_names(spec)
    assert ("leak_report", "staff_member", "many_to_one") in relations(spec)


def test_one_of_our_staff_members_keeps_its_own_words() -> None:
    # the twin: "staff members" is a plural already and is left as written
    spec = design(
        "Each bike has a frame number. One of our staff members records a repair against the "
        "bike with the date and the cost."
    )
    assert ("repair", "bike", "many_to_one") in relations(spec)
    assert {"date", "cost"} <= plain_field_names(spec, "repair")


# --- what something is, said as its list --------------------------------------------------------


def test_so_a_record_is_the_list() -> None:
    spec = design(
        "The pens only need a name. Once a week we weigh a few lambs from a pen, so a weigh-in is "
        "the date, how many lambs were weighed and their total weight in kilos."
    )
    assert {"date", "total_weight_kilos"} <= plain_field_names(spec, "weigh_in")


def test_a_record_is_the_one_thing_keeps_no_list() -> None:
    # the twin: "is the" with no list after it says what a record is, not what it holds
    spec = design("Each event has a name and a date. The big event is the summer fair.")
    assert "big_event" not in entity_names(spec)


# --- a record brought in, or taken as another ---------------------------------------------------


def test_each_time_one_brings_in_a_record_we_write_down_its_list() -> None:
    spec = design(
        "For every parish we keep its name. Each time a parish brings in a gift we write down "
        "the date, the total weight in kilos and how many boxes it filled."
    )
    assert ("gift", "parish", "many_to_one") in relations(spec)
    assert "bring_in" not in entity_names(spec)
    assert {"date", "total_weight_kilos"} <= plain_field_names(spec, "gift")


def test_we_take_their_list_as_a_record() -> None:
    spec = design(
        "When somebody rings we take their name, email and phone as a guest, and the reservation "
        "itself needs a reference and the price we quoted."
    )
    assert plain_field_names(spec, "guest") >= {"name", "email", "phone"}
    assert ("reservation", "guest", "many_to_one") in relations(spec)


# --- a record sent to another, or naming another -------------------------------------------------


def test_ones_are_billed_with_a_monthly_record_showing_a_list() -> None:
    spec = design(
        "For each care home we hold its name and address. Care homes are billed with a monthly "
        "statement showing the month, the total and whether it has been paid."
    )
    assert ("statement", "care_home", "many_to_one") in relations(spec)
    assert {"month", "total", "paid"} <= plain_field_names(spec, "statement")
    assert "total" not in plain_field_names(spec, "care_home")


def test_every_line_names_one_with_its_own_list() -> None:
    spec = design(
        "A fabric has a code and a price per metre. Cutting orders have a date, and every cut "
        "line names a fabric with a length and a unit price."
    )
    assert {"length", "unit_price"} <= plain_field_names(spec, "cut_line")
    assert ("cut_line", "fabric", "many_to_one") in relations(spec)
    assert "length" not in plain_field_names(spec, "fabric")


def test_ones_record_for_another_records_a_list() -> None:
    spec = design(
        "Each term has a name and a start date. Pupils have a name. A pupil's enrolment for a "
        "term records the date they paid and how much."
    )
    assert ("enrolment", "pupil", "many_to_one") in relations(spec)
    assert ("enrolment", "term", "many_to_one") in relations(spec)
    assert {"paid_date", "amount_paid"} <= plain_field_names(spec, "enrolment")


def test_inside_one_each_record_is_logged_with_a_list() -> None:
    spec = design(
        "Each crate has a collection date. Inside a crate each jar is logged with its batch "
        "code and its weight in grams."
    )
    assert ("jar", "crate", "many_to_one") in relations(spec)
    assert ("crate", "jar", "many_to_one") not in relations(spec)


# --- a list said after its record, with a word standing in for it ------------------------------


def test_we_log_a_records_code_then_its_list() -> None:
    spec = design(
        "Every flock on the farm gets one record. We log a flock code, the breed, who supplied "
        "the birds and the date they arrived."
    )
    assert "flock_code" not in entity_names(spec)
    assert {"code", "breed", "arrived_date"} <= plain_field_names(spec, "flock")


def test_we_keep_a_card_number_and_their_name_is_a_persons_list() -> None:
    # the twin: a number then *their* name is the list of the people just named
    spec = design(
        "Members are registered at their home club, and we keep a card number, their name and "
        "a phone number."
    )
    assert "card" not in entity_names(spec)


def test_issued_by_one_and_we_keep_those_with_a_list() -> None:
    spec = design(
        "Each permit has a permit number. Each one is issued by a council, a town council or a "
        "parish, and I'd keep those with a name, an address and an email."
    )
    assert {"name", "address", "email"} <= plain_field_names(spec, "council")


def test_ones_received_against_it_are_logged_with_a_list() -> None:
    spec = design(
        "Each statement has a number; a statement covers several visits, and refunds made "
        "against it are logged with the amount, the date refunded and a reason."
    )
    assert {"amount", "reason"} <= plain_field_names(spec, "refund")


def test_alongside_each_one_we_keep_another_with_a_list() -> None:
    spec = design(
        "Every tenancy has a reference. Alongside each tenancy we keep a bond with the amount, "
        "the scheme name and the date it was lodged."
    )
    assert ("bond", "tenancy", "many_to_one") in relations(spec)
    assert ("tenancy", "bond", "many_to_one") not in relations(spec)


def test_logged_against_two_each_with_its_bracket_then_a_list() -> None:
    spec = design(
        "Each complaint is logged against the tenancy (tenancy number and tenant name) and the "
        "flat that it concerns (by door number), with the date raised, the category and notes."
    )
    assert ("complaint", "tenancy", "many_to_one") in relations(spec)
    assert ("complaint", "flat", "many_to_one") in relations(spec)
    assert {"tenancy_number", "tenant_name"} <= plain_field_names(spec, "tenancy")
    assert "tenancy_number" not in plain_field_names(spec, "complaint")
    assert {"date_raised", "category"} <= plain_field_names(spec, "complaint")
