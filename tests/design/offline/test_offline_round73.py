"""Round 73: lists told after a semicolon or a clause of whose a record is, records named in full
once and by their head after, flows that wait on someone's act or end up somewhere else, values
told in an aside, and the owner's roundabout ways of saying what a record has.

Each test names one way of saying it, in a domain of its own, and most have a twin the
reading must leave alone.
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


def test_a_list_after_a_semicolon_is_the_subject_records() -> None:
    spec = design(
        "A fitting uses one boiler; we record the fitting number, the fitting date and the "
        "flue length. Boilers have a make and a model."
    )
    assert {"fitting_number", "fitting_date", "flue_length"} <= plain_field_names(spec, "fitting")
    assert ("fitting", "boiler", "many_to_one") in relations(spec)
    assert "fitting_number" not in entity_names(spec)


def test_a_record_named_in_full_once_and_by_its_head_after() -> None:
    spec = design(
        "Dyers log every dye batch we do. A batch is dyed in one of our vats, follows one recipe "
        "and uses one wool lot; we record the batch number, the dye date, the dry weight in and "
        "the wet weight out (both in kg) and the water temperature. Vats have a name."
    )
    assert "batch" not in entity_names(spec)
    assert "batch_number" not in entity_names(spec)
    assert {"batch_number", "dye_date"} <= plain_field_names(spec, "dye_batch")
    assert ("dye_batch", "vat", "many_to_one") in relations(spec)


def test_a_title_named_in_full_is_no_record_to_fold_into() -> None:
    spec = design(
        "Stall holders. Each market has a name and a town. Each holder has a name and a phone "
        "number, and works one market."
    )
    assert "holder" in entity_names(spec)


def test_new_ones_sit_as_pending_until_someone_decides() -> None:
    spec = design(
        "Each claim has an amount and a date. New claims sit as pending until the finance "
        "manager approves or rejects them."
    )
    assert flows(spec)["claim"][1] == ["pending", "approved", "rejected"]


def test_when_it_happens_is_no_record() -> None:
    spec = design(
        "Each standing booking belongs to a tenant and has a start date. Every month an invoice "
        "is raised from each standing booking with an invoice date and an amount."
    )
    assert "month" not in entity_names(spec)
    assert ("invoice", "standing_booking", "many_to_one") in relations(spec)


def test_days_told_as_a_range_are_each_day_between() -> None:
    spec = design("Each round has a collection day (Tuesday to Thursday) and a driver name.")
    options = field_options(spec, "round")["collection_day"]
    assert options == ["tuesday", "wednesday", "thursday"]


def test_a_line_names_one_of_ours_with_its_own_list() -> None:
    spec = design(
        "An order has a date. It is made up of lines, and each line names one of our teas with "
        "a number of tins and a tin size of 100g or 250g; teas have a name and a price."
    )
    assert ("line", "tea", "many_to_one") in relations(spec)
    assert ("line", "order", "many_to_one") in relations(spec)
    assert "tins" not in plain_field_names(spec, "tea")
    assert "tins" in plain_field_names(spec, "line")


def test_values_told_in_a_dashed_aside() -> None:
    spec = design(
        "Every stable needs a name, a phone and which grade it's on - there are only three, "
        "basic, standard and premium, depending on the facilities - and then the monthly fee "
        "and a yes/no for whether it's full."
    )
    assert field_options(spec, "stable")["grade"] == ["basic", "standard", "premium"]
    assert {"monthly_fee", "full"} <= plain_field_names(spec, "stable")


def test_a_note_too_with_just_its_list_that_sits_under_another() -> None:
    spec = design(
        "Every school needs a name and a phone. When anyone visits a school we jot down a "
        "visit note too, just the date and what was talked about, and that should sit under "
        "the school."
    )
    assert plain_field_names(spec, "visit_note") >= {"date", "notes"}
    assert ("visit_note", "school", "many_to_one") in relations(spec)


def test_a_list_after_an_item_joined_by_and_the() -> None:
    spec = design(
        "Each tenancy has a rent, a deposit and a term, and the payment terms and a note."
    )
    assert "payment_terms" in plain_field_names(spec, "tenancy")


def test_kinds_such_as_these_sit_in_a_list_with() -> None:
    spec = design(
        "Each engineer has a name. Tickets such as Gas Safe, OFTEC or F-Gas sit in a list with "
        "a name and how many years they stay valid."
    )
    assert "list" not in entity_names(spec)
    assert field_types(spec, "ticket")["validity_years"] == "integer"


def test_someone_holding_one_is_no_record_of_holders() -> None:
    spec = design(
        "For each driver we record their name and email. Permits have a name. When someone "
        "holds a permit we note the permit number and the expiry date."
    )
    assert "holder" not in entity_names(spec)


def test_someone_borrowing_one_is_still_a_borrower() -> None:
    spec = design(
        "Tools have a name. When someone borrows a tool we note the date out and the date due."
    )
    assert "borrower" in entity_names(spec)


def test_the_status_starting_at_a_state_that_names_a_record() -> None:
    spec = design(
        "Each application has a date and a status. The status starts at received, moves to "
        "site visit, and finally becomes granted, but it can be called off at any stage. Each "
        "site visit belongs to one application and has a date and the notes."
    )
    assert flows(spec)["application"][1] == ["received", "site_visit", "granted", "called_off"]
    assert "site_visit" not in flows(spec)


def test_on_its_side_we_need() -> None:
    spec = design(
        "We pair mentors with mentees. On the mentor side we need their name, employer and "
        "years of experience; for the mentee it's their name and their course."
    )
    assert {"name", "employer"} <= plain_field_names(spec, "mentor")


def test_a_speaker_asking_for_patience_is_no_record() -> None:
    spec = design("This part is fiddly, so bear with me. Each meter has a serial and a reading.")
    assert "bear" not in entity_names(spec)


def test_the_one_doing_it_puts_down_the_list() -> None:
    spec = design(
        "Each lift has a serial. The engineer doing the inspection puts down the date, the load "
        "tested and the result (pass or fail)."
    )
    assert {"date", "load_tested", "result"} <= plain_field_names(spec, "inspection")
    assert ("inspection", "engineer", "many_to_one") in relations(spec)


def test_a_note_for_the_ones_it_is_for_then_its_list() -> None:
    spec = design(
        "Horses: name. Riders: name. Each lesson = one horse, one rider; date, length (30 or 60) "
        "and notes."
    )
    assert {"date", "length", "notes"} <= plain_field_names(spec, "lesson")
    assert "date_length" not in entity_names(spec)


def test_for_it_we_note_after_whose_it_is() -> None:
    spec = design(
        "Growers have a name. A crate comes from one grower, and for it we note the variety, the "
        "weight and the date it arrived in our packhouse."
    )
    assert {"variety", "weight", "arrival_date"} <= plain_field_names(spec, "crate")
    assert "variety" not in plain_field_names(spec, "grower")


def test_and_we_note_after_a_clause_that_is_not_whose_it_is() -> None:
    spec = design(
        "Every match is played on one of our courts at a set start time between a home team and "
        "an away team, and we record the sets won by each side."
    )
    assert "set" not in entity_names(spec)
    assert "start_time" in plain_field_names(spec, "match")


def test_whenever_one_is_done_we_log() -> None:
    spec = design(
        "Cows have a name. Whenever a cow is treated, we log which cow, the date given, the "
        "drug and the withdrawal date."
    )
    assert {"date_given", "drug", "withdrawal_date"} <= plain_field_names(spec, "cow") | (
        plain_field_names(spec, "treatment") if "treatment" in entity_names(spec) else set()
    )


def test_days_until_the_next_one_is_due() -> None:
    spec = design("Vaccines have a name and the number of weeks until the next booster is due.")
    assert field_types(spec, "vaccine")["weeks_until_next_booster"] == "integer"


def test_taken_every_year_recording() -> None:
    spec = design(
        "Each club has a name. Affiliations are taken yearly, recording the season, the fee "
        "paid and the date paid."
    )
    assert "yearly" not in entity_names(spec)
    assert {"season", "fee_paid"} <= plain_field_names(spec, "affiliation")


def test_so_keep_their_versions() -> None:
    spec = design(
        "Recipe: name, yield, notes. Recipes get changed often, so keep revisions: revision no., "
        "date, what changed."
    )
    assert ("revision", "recipe", "many_to_one") in relations(spec)
    assert field_types(spec, "recipe").get("revisions") is None


def test_a_flow_that_can_end_up_somewhere_else() -> None:
    spec = design(
        "A foster placement has a start date; it moves through enquiry, assessment, approved and "
        "placed, and can end up withdrawn if the family moves away."
    )
    (steps,) = [steps for name, (_, steps) in flows(spec).items() if name.endswith("placement")]
    assert steps == ["enquiry", "assessment", "approved", "placed", "withdrawn"]


def test_a_value_it_gets_later() -> None:
    spec = design(
        "For each cake I write down the baker's name and the class, and after judging it gets "
        "an award: gold, silver, bronze or none."
    )
    assert field_options(spec, "cake")["award"] == ["gold", "silver", "bronze", "none"]


def test_one_gives_a_thing_to_someone_noting() -> None:
    spec = design(
        "Each locker has a number. Members have a name. A rental gives a locker to a member, "
        "noting the start date and the fee."
    )
    assert ("rental", "locker", "many_to_one") in relations(spec)
    assert ("rental", "member", "many_to_one") in relations(spec)
    assert {"start_date", "fee"} <= plain_field_names(spec, "rental")


def test_they_record_one_from_a_particular_one() -> None:
    spec = design(
        "Each tank has a number. Whenever a keeper feeds fish they record a feed from a "
        "particular tank: the date and time, the food and the grams given."
    )
    assert ("feed", "tank", "many_to_one") in relations(spec)
    assert {"food", "grams_given"} <= plain_field_names(spec, "feed")


def test_linked_to_the_one_who_did_it() -> None:
    spec = design(
        "Each dose has an amount and a time, and the dose is linked both to the nurse who gave "
        "it and to the nurse who witnessed it."
    )
    assert ("dose", "nurse", "many_to_one") in relations(spec)
    assert ("nurse", "dose", "many_to_one") not in relations(spec)


def test_every_one_scores_each_for() -> None:
    spec = design(
        "Judges have a name. Entries have a number. Every judge scores each entry for taste, "
        "texture and looks, plus comments."
    )
    assert ("score", "judge", "many_to_one") in relations(spec)
    assert ("score", "entry", "many_to_one") in relations(spec)
    assert {"taste", "texture", "looks"} <= plain_field_names(spec, "score")


def test_inside_one_sit_the_others_with_their_list() -> None:
    spec = design(
        "Each course has a title. Inside a course sit the modules: a module number, a title "
        "and the hours."
    )
    assert ("module", "course", "many_to_one") in relations(spec)
    assert {"module_number", "title", "hours"} <= plain_field_names(spec, "module")


def test_then_we_decide_which() -> None:
    spec = design(
        "Each essay has a title. Essays move from received to checked to graded, and then we "
        "either publish or return them."
    )
    assert flows(spec)["essay"][1] == ["received", "checked", "graded", "published", "returned"]


def test_is_then_either() -> None:
    spec = design(
        "Each quote has a number. A quote starts as drafted and is then either accepted or "
        "declined."
    )
    assert flows(spec)["quote"][1] == ["drafted", "accepted", "declined"]


def test_the_list_of_each_one() -> None:
    spec = design(
        "Each tenant has a name. We record the start date and the end date of each tenancy, "
        "since tenants sometimes move flats."
    )
    assert {"start_date", "end_date"} <= plain_field_names(spec, "tenancy")
    assert "end_date_of_tenancy" not in plain_field_names(spec, "tenant")


def test_one_placed_with_one_other_at_a_time() -> None:
    spec = design(
        "For each foster carer we keep their name and phone. A kitten (just its name) is placed "
        "with one carer at a time, and we note the start date and end date of each placement."
    )
    assert ("placement", "kitten", "many_to_one") in relations(spec)
    assert {"start_date", "end_date"} <= plain_field_names(spec, "placement")


def test_booking_one_with_a_list_is_the_booking_list() -> None:
    spec = design("Courts have a number. Members book a court with a date and a start time.")
    assert ("booking", "court", "many_to_one") in relations(spec)
    assert {"date", "start_time"} <= plain_field_names(spec, "booking")
    assert "date" not in plain_field_names(spec, "court")
