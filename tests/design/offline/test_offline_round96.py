"""Round 96: a record's list or owner said on the way to something else (*on the result we want
...*; *fillings are their own list, ...*; *keep a list of flavours, each one with ...*; *a stock
movement logged whenever ...: ...*; *a job ends up with several orders*; *that's one
attendance record per player per session*; *the order itself only needs ...*; *each assignment
is one file going from a reporter to a scopist, so I'd note ...*; *once it's produced we fill
in ...*), records told as what is gained, held, recorded or commented on (*when an umpire gains
a qualification we log ...*; *a rate card holds a line per turnaround tier (...) giving ...*;
*against the booking we record every payment that comes in: ...*; *a record of every email we
send: ...*; *the score for every quarter on the result: ...*; *belongs to a couple with their
names and email*; *a correction request comes in against one transcript, noting ...*; *couples
can comment on a sketch (...)*), and asides that name no record or value (*because some are
premium*; *a name such as Under 12s*; *(C award, B award and so on)*; *the section it falls
under, junior or senior*; *tech who dealt with it (name, phone)*; *which is a yes or no thing*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    field_options,
    field_types,
    plain_field_names,
    relations,
)

# --- a record's list or owner said on the way to something else --------------------------------


def test_the_list_we_want_on_a_record() -> None:
    spec = design(
        "Each heat gets one race. On the race I want the winning time, the wind speed and a "
        "tick box to say the judges have signed the sheet."
    )
    assert {"winning_time", "wind_speed"} <= plain_field_names(spec, "race")


def test_the_list_picked_on_each_record_and_filled_in_once_it_is_done() -> None:
    spec = design(
        "Cases have a case name. Usually several people want one, so a case ends up with "
        "several copy requests. On each copy request they pick a format, which is paper, pdf or "
        "usb; then once it's sent we fill in the page count and the date we posted it."
    )
    assert ("copy_request", "case", "many_to_one") in relations(spec)
    assert field_options(spec, "copy_request")["format"] == ["paper", "pdf", "usb"]
    assert "page_count" in plain_field_names(spec, "copy_request")


def test_records_that_are_their_own_list() -> None:
    spec = design(
        "We keep glazes with a name. Clay bodies are their own list, things like stoneware or "
        "porcelain, with a name and a firing temperature."
    )
    assert {"name", "firing_temperature"} <= plain_field_names(spec, "clay_body")
    assert "list" not in entity_names(spec)


def test_a_list_of_records_each_one_with_its_list() -> None:
    spec = design(
        "Lessons have a date. I'd like to keep a list of dance styles, each one with a name "
        "and a level."
    )
    assert {"name", "level"} <= plain_field_names(spec, "dance_style")
    assert "level" not in plain_field_names(spec, "lesson")


def test_a_record_logged_whenever_something_happens_then_its_list() -> None:
    spec = design(
        "A simple paint store:\n"
        "- paints, each with a name, a finish (matt, silk or gloss), the litres in stock and a "
        "reorder level\n"
        "- a paint movement logged whenever we open or return a tin: the date, the litres and "
        "the job"
    )
    assert {"name", "finish", "litres_in_stock", "reorder_level"} <= plain_field_names(
        spec, "paint"
    )
    assert {"date", "litres"} <= plain_field_names(spec, "paint_movement")


def test_one_record_per_two_others() -> None:
    spec = design(
        "Riders have a name. Every lesson has a date. The instructor marks each rider present "
        "or absent, so that's one register entry per rider per lesson."
    )
    assert ("register_entry", "rider", "many_to_one") in relations(spec)
    assert ("register_entry", "lesson", "many_to_one") in relations(spec)


def test_the_one_itself_named_in_full_before() -> None:
    spec = design(
        "We take print jobs. The sheets hang off the print job and just need the paper size "
        "and the colour, and the job itself only needs a reference and the due date."
    )
    assert {"reference", "due_date"} <= plain_field_names(spec, "print_job")
    assert "reference" not in plain_field_names(spec, "sheet")


def test_a_record_told_as_one_going_from_one_to_another() -> None:
    spec = design(
        "We keep translators and agencies with a name. Then each handover is basically one "
        "document going from an agency to a translator, so I'd note the word count and the "
        "date it was sent."
    )
    assert {"word_count"} <= plain_field_names(spec, "handover")
    assert ("handover", "agency", "many_to_one") in relations(spec)
    assert ("handover", "translator", "many_to_one") in relations(spec)
    assert "word_count" not in plain_field_names(spec, "translator")


def test_records_listed_by_name_in_an_aside() -> None:
    spec = design(
        "A service job is opened against a kiln (kilns are listed by name) with the date it "
        "was reported and a priority of low, normal or urgent."
    )
    assert "name" in plain_field_names(spec, "kiln")
    assert "reported_date" in plain_field_names(spec, "service_job")
    assert "reported_date" not in plain_field_names(spec, "kiln")
    assert ("service_job", "kiln", "many_to_one") in relations(spec)


def test_records_kept_once() -> None:
    spec = design(
        "Each viewing is tied to a property; I keep properties once, with the address and the "
        "asking price."
    )
    assert {"address", "asking_price"} <= plain_field_names(spec, "property")
    assert not any(name.endswith("once") for name in entity_names(spec))


# --- records told as what is gained, held, recorded or commented on ----------------------------


def test_what_one_gains_is_a_record_of_both() -> None:
    spec = design(
        "We keep divers with a name. The badges they can earn (bronze, silver and so on) each "
        "have a name and a level. When a diver gains a badge we log the date it was awarded "
        "and the date it runs out."
    )
    assert ("diver_badge", "diver", "many_to_one") in relations(spec)
    assert ("diver_badge", "badge", "many_to_one") in relations(spec)
    assert {"awarded_date", "expiry_date"} <= plain_field_names(spec, "diver_badge")
    assert "level" in plain_field_names(spec, "badge")


def test_a_line_per_kind_held_by_a_record() -> None:
    spec = design(
        "We keep menus with a name. A menu holds a line per portion size (small, medium or "
        "large) giving the price per portion and a minimum order."
    )
    assert field_options(spec, "menu_line")["portion_size"] == ["small", "medium", "large"]
    assert {"price_per_portion", "minimum_order"} <= plain_field_names(spec, "menu_line")
    assert ("menu_line", "menu", "many_to_one") in relations(spec)


def test_every_one_recorded_against_a_record_as_it_comes_in() -> None:
    spec = design(
        "Each tenancy has a start date. Then against the tenancy we record every rent payment "
        "that comes in: the amount, the date we got it and how they paid, cash or card."
    )
    assert {"amount"} <= plain_field_names(spec, "rent_payment")
    assert ("rent_payment", "tenancy", "many_to_one") in relations(spec)


def test_a_record_of_every_one_we_send() -> None:
    spec = design(
        "Each quote has a total. We'd also like a record of every reminder we send with the "
        "quote: the address it went to, the date it was sent and whether it was read."
    )
    assert {"sent_date", "read"} <= plain_field_names(spec, "reminder")


def test_one_for_every_part_of_a_record() -> None:
    spec = design(
        "Each match gets one scorecard. I'd also keep the runs for every innings on the "
        "scorecard: the innings number, the runs and the wickets."
    )
    assert {"innings_number", "wickets"} <= plain_field_names(spec, "innings_run")
    assert ("innings_run", "scorecard", "many_to_one") in relations(spec)


def test_belongs_to_one_with_their_list() -> None:
    spec = design(
        "A portrait sitting has a reference and a date, and belongs to a family with their "
        "surname and email."
    )
    assert "email" in plain_field_names(spec, "family")
    assert "email" not in plain_field_names(spec, "portrait_sitting")


def test_a_record_that_comes_in_against_one_noting_its_list() -> None:
    spec = design(
        "We keep leases with a tenant name. A repair claim comes in against one lease, noting "
        "who raised it (tenant or agent), the date received and the cost, and it is handled by "
        "one of our surveyors."
    )
    assert field_options(spec, "repair_claim")["raised_by"] == ["tenant", "agent"]
    assert ("repair_claim", "lease", "many_to_one") in relations(spec)
    assert ("repair_claim", "surveyor", "many_to_one") in relations(spec)


def test_people_can_comment_on_a_record_with_a_list_in_brackets() -> None:
    spec = design(
        "Each floor plan has a version number. Clients can comment on a floor plan (the "
        "comment text and the date), but they only see their own plans."
    )
    assert {"comment_text", "date"} <= plain_field_names(spec, "comment")
    assert ("comment", "floor_plan", "many_to_one") in relations(spec)


# --- asides that name no record or value -------------------------------------------------------


def test_a_reason_in_the_middle_of_a_list() -> None:
    spec = design(
        "Orders have a date. I'd like to keep a list of frame styles, each with a name, an "
        "extra charge per metre because some are hand-finished (the gilt, for example), and a "
        "tick for whether it can be painted."
    )
    assert {"name", "extra_charge_per_metre"} <= plain_field_names(spec, "frame_style")
    assert field_types(spec, "frame_style")["extra_charge_per_metre"] == "decimal"


def test_one_example_and_where_it_falls_in_a_list() -> None:
    spec = design(
        "Every class band gets a name such as Beginners 2, a minimum age, a maximum age and "
        "the level it falls under, junior or adult."
    )
    assert {"name", "minimum_age", "maximum_age"} <= plain_field_names(spec, "class_band")
    assert field_options(spec, "class_band")["level"] == ["junior", "adult"]


def test_a_list_of_values_that_says_two_items_stays() -> None:
    spec = design("Each boat has a hull such as wood or fibreglass, a length and a name.")
    assert "length" in plain_field_names(spec, "boat")


def test_examples_of_the_records_before_their_list() -> None:
    spec = design(
        "Each coach is kept with a name and an email. The licences they can hold (level one, "
        "level two and so on) each have a name and the body that awards them."
    )
    assert "body" in plain_field_names(spec, "licence")
    assert "body" not in plain_field_names(spec, "coach")


def test_a_certification_told_by_examples_with_its_list() -> None:
    spec = design(
        "We keep inspectors with a name. A permit is something like hot works, confined space "
        "or height, together with the body that issues it."
    )
    assert {"name", "body"} <= plain_field_names(spec, "permit")


def test_who_did_it_before_their_list_in_brackets() -> None:
    spec = design(
        "Callout: date, address. Each callout -> engineer who dealt with it (name, phone). "
        "Parts used per callout: part name, qty."
    )
    assert {"name", "phone"} <= plain_field_names(spec, "callout_engineer")


def test_which_of_ours_is_going_out() -> None:
    spec = design(
        "Drivers have a name. Every delivery round has a date, a start time and which of our "
        "vans is going out."
    )
    assert ("delivery_round", "van", "many_to_one") in relations(spec)
    assert not any(name.startswith("of_") for name in plain_field_names(spec, "delivery_round"))


def test_which_of_ours_did_it_stays_a_link() -> None:
    spec = design("Each collection has a date and which of our drivers did it.")
    assert ("collection", "driver", "many_to_one") in relations(spec)


def test_the_name_of_one_in_a_list_of_the_records_own() -> None:
    spec = design(
        "Halls are stored with the name, the address, the name of the caretaker who lets us "
        "in, and whether they have a kitchen."
    )
    assert {"name", "address"} <= plain_field_names(spec, "hall")
    assert "address" not in plain_field_names(spec, "caretaker")


def test_a_yes_or_no_thing() -> None:
    spec = design(
        "Each shoot has a client name and whether the client wants the raw files, which is a "
        "yes or no thing."
    )
    assert field_types(spec, "shoot")["wants_raw_files"] == "boolean"
