"""Sentence shapes learnt once batch 40 was read, each designed end to end on a sentence of its
own (not the batch's), with a twin it must leave alone: *goes through the stages ... before we
empty it*, *each bay is numbered*, *every drop-off gets weighed, and we write down ...*, *which
bay it went into*, *our community garden's bays*, *when an instrument comes in i take the
owner's ...*, *then each instrument gets a repair ticket with ..., a status, which usually goes
...*, *the parts i keep in stock, strings and so on, each have ...* and *... each month too*."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows, relations


def test_going_through_the_stages_names_the_stage_and_what_we_do_after_is_no_state() -> None:
    spec = design(
        "Each kiln is numbered and goes through the stages loading, firing, cooling and empty "
        "before we unload it and start again."
    )
    assert "number" in field_types(spec, "kiln")
    assert flows(spec)["kiln"] == ("stage", ["loading", "firing", "cooling", "empty"])


def test_numbered_by_someone_is_no_number() -> None:
    spec = design("Each page is numbered by the printer and has a title.")
    assert "number" not in field_types(spec, "page")


def test_a_record_handled_and_then_noted_keeps_what_is_noted_and_which_one_it_went_into() -> None:
    spec = design(
        "Households have a name. Each bin has a number. Every collection gets weighed, and we "
        "write down the date, the household, which bin it went into and the weight in kilos."
    )
    assert {
        ("collection", "household", "many_to_one"),
        ("collection", "bin", "many_to_one"),
    } <= relations(spec)
    assert ("household", "bin", "many_to_one") not in relations(spec)
    assert {"date", "weight_kilos"} <= set(field_types(spec, "collection"))


def test_our_own_places_possessive_names_no_record() -> None:
    spec = design(
        "Neighbours bring their scraps to our village hall's compost bins. Each bin has a number."
    )
    assert "village_hall" not in entity_names(spec)


def test_what_we_take_of_the_owner_when_a_thing_comes_in_is_the_owners() -> None:
    spec = design(
        "When a watch comes in I take the owner's name, phone and email, and for the watch "
        "itself I jot down the brand and the serial number."
    )
    assert ("watch", "owner", "many_to_one") in relations(spec)
    assert set(field_types(spec, "owner")) == {"name", "phone", "email"}
    assert set(field_types(spec, "watch")) >= {"brand", "serial_number"}


def test_a_record_each_one_gets_with_a_status_which_goes_is_theirs_with_that_flow() -> None:
    spec = design(
        "Watches have a brand. Then each watch gets a service ticket with what the customer "
        "says is wrong, my estimate and a status, which usually goes booked in, quoted, in "
        "repair and then collected."
    )
    assert ("service_ticket", "watch", "many_to_one") in relations(spec)
    assert flows(spec)["service_ticket"][1] == ["booked_in", "quoted", "in_repair", "collected"]
    assert "quoted" not in field_types(spec, "service_ticket")


def test_then_every_job_goes_in_keeps_its_opening() -> None:
    spec = design(
        "Clients have a name. Then every job goes in on its own: the client it's for, the "
        "event date and my total fee."
    )
    assert ("job", "client", "many_to_one") in relations(spec)


def test_the_things_we_keep_with_examples_each_have_a_list() -> None:
    spec = design(
        "Each repair has a date. The spares I keep in stock, chains, cables, tubes and so on, "
        "each have a name, a price and a quantity."
    )
    assert field_types(spec, "spare") == {"name": "text", "price": "decimal", "quantity": "integer"}
    assert "price" not in field_types(spec, "repair")


def test_a_figure_wanted_too_is_still_asked_for() -> None:
    spec = design(
        "Each repair has a date and a fee. Would be handy to see how much I've billed each "
        "month too."
    )
    assert len(spec.reports) == 1


def test_what_is_recorded_when_someone_borrows_is_the_loan_of_the_borrower() -> None:
    spec = design(
        "Borrowers have a name. Games have a title. When someone borrows a game we record the "
        "loan date, the due date and whether it has come back."
    )
    assert {("loan", "borrower", "many_to_one"), ("loan", "game", "many_to_one")} <= (
        relations(spec)
    )
    assert {"loan_date", "due_date"} <= set(field_types(spec, "loan"))
    assert "loan_date" not in field_types(spec, "game")


def test_when_someone_borrows_and_we_record_a_named_loan_is_read_as_written() -> None:
    spec = design(
        "Members have a name. Tools have a name. When someone borrows a tool we record a loan "
        "with the borrow date and the due date."
    )
    assert "borrower" not in entity_names(spec)
    assert "borrow_date" in field_types(spec, "loan")


def test_a_quoted_example_and_the_day_of_the_week_are_no_values() -> None:
    spec = design(
        'Every stop has a village, a location such as "outside the church", a day of the week '
        "and an arrival time."
    )
    assert field_types(spec, "stop") == {
        "village": "text",
        "location": "text",
        "day_of_week": "text",
        "arrival_time": "datetime",
    }


def test_our_league_with_several_words_before_it_is_the_business() -> None:
    spec = design("Our village darts league has about twenty teams. Each team has a name.")
    assert entity_names(spec) == {"team"}


def test_a_list_after_a_comma_following_each_ones_act_is_theirs() -> None:
    spec = design(
        "Each hall has a name. Every club plays out of one home hall, with a club name and a contact "
        "phone."
    )
    assert {"club_name", "contact_phone"} <= set(field_types(spec, "club"))
    assert "club_name" not in field_types(spec, "hall")


def test_the_two_sides_noted_and_each_ones_figures_entered_as_a_record() -> None:
    spec = design(
        "Teams have a name. Players have a name. For every fixture we note the date and the two "
        "teams, and each player's runs for that fixture are entered as a scorecard against it."
    )
    assert ("fixture", "team", "many_to_one") in relations(spec)
    assert {
        ("scorecard", "player", "many_to_one"),
        ("scorecard", "fixture", "many_to_one"),
    } <= relations(spec)
    assert "runs" in field_types(spec, "scorecard")


def test_what_we_handle_has_to_be_logged_against_its_record_because_of_the_rules() -> None:
    spec = design(
        "Sites have an address. Then because of the regulations every skip we take away has to "
        "be logged against its site with the ticket number, the weight in kilos and the date it "
        "was collected."
    )
    assert ("skip", "site", "many_to_one") in relations(spec)
    assert {"ticket_number", "weight_kilos", "collected_date"} <= set(field_types(spec, "skip"))
    assert entity_names(spec) == {"site", "skip"}


def test_when_we_go_back_to_check_one_what_we_log_is_a_visit_of_it() -> None:
    spec = design(
        "Each hive has a number. When I go back to check a hive I log the visit date, the number "
        "of frames of brood and whether the queen was seen."
    )
    assert ("visit", "hive", "many_to_one") in relations(spec)
    assert "visit_date" not in field_types(spec, "hive")


def test_when_we_go_back_with_no_dated_act_is_the_acts_record() -> None:
    spec = design(
        "Each hive has a number. When we go out to inspect a hive we note the temper and the "
        "number of frames."
    )
    assert ("inspection", "hive", "many_to_one") in relations(spec)


def test_an_if_aside_and_or_to_in_a_flow_are_no_states() -> None:
    spec = design(
        "Jobs have a status that moves from booked to sprayed to awaiting check, and then either "
        "to cleared or, if wasps come back again, to revisit."
    )
    assert flows(spec)["job"][1] == ["booked", "sprayed", "awaiting_check", "cleared", "revisit"]


def test_who_gave_it_to_us_after_a_field_says_no_more() -> None:
    spec = design(
        "Every painting belongs to a collection. Collections have a name and the donor who gave "
        "it to us."
    )
    assert field_types(spec, "collection") == {"name": "text", "donor": "text"}


def test_a_participle_before_the_noun_is_part_of_the_record() -> None:
    spec = design(
        "Every catalogued map has a title and belongs to a drawer with a number and a cabinet."
    )
    assert "catalogued" not in entity_names(spec)


def test_pairing_one_with_another_makes_a_record_of_both_that_can_end_at_any_stage() -> None:
    spec = design(
        "Tutors have a name. Families have a name. Pairing a tutor with a family creates a "
        "placement with a start date and a status that moves from proposed to trial lesson to "
        "agreed, and a placement can be ended at any stage."
    )
    assert {
        ("placement", "tutor", "many_to_one"),
        ("placement", "family", "many_to_one"),
    } <= relations(spec)
    assert flows(spec)["placement"][1] == ["proposed", "trial_lesson", "agreed", "ended"]


def test_matching_one_to_it_is_its_one() -> None:
    spec = design(
        "Lessons have a date. Teachers have a name. Each lesson needs a teacher, and we try to "
        "match a teacher to it."
    )
    assert relations(spec) == {("lesson", "teacher", "many_to_one")}


def test_e_mail_is_one_word() -> None:
    spec = design("Households sign up with a name and an e-mail. Referrers have a contact e-mail.")
    assert field_types(spec, "household")["email"] == "email"
    assert "contact_email" in field_types(spec, "referrer")


def test_a_status_that_moves_at_the_end_of_a_with_list_leaves_the_list_whole() -> None:
    spec = design(
        "Properties have an address. A cleaning is booked against a property and assigned to one "
        "of our cleaners, with the cleaning date, the number of rooms cleaned, the price and a "
        "status that moves from booked to cleaned to awaiting inspection, and then either to "
        "signed off or to recleaned."
    )
    assert {"cleaning_date", "rooms_cleaned", "price", "status"} <= set(
        field_types(spec, "cleaning")
    )


def test_every_year_each_one_gets_a_record_with_a_status_is_that_records() -> None:
    spec = design(
        "Clients have a name. Every year each client gets a tax return with the tax year, the "
        "fee and a status that goes from waiting to filed and then paid."
    )
    assert "year" not in entity_names(spec)
    assert flows(spec)["tax_return"][1] == ["waiting", "filed", "paid"]


def test_which_things_went_into_each_kept_record_and_how_many_is_a_pairing() -> None:
    spec = design(
        "Each service job has a status. Filters have a name and a price, and I want to log "
        "which filters went into each service and how many."
    )
    pairing = {
        (source, target)
        for source, target, kind in relations(spec)
        if kind == "many_to_one" and source not in ("filter", "service_job")
    }
    assert {target for _, target in pairing} == {"filter", "service_job"}
    assert "service" not in entity_names(spec)


def test_a_person_is_no_record_kept_by_their_name() -> None:
    spec = design(
        "Wards raise porter requests with a priority. A request is allocated to one of our "
        "porters (name and pager number)."
    )
    assert "porter" in entity_names(spec)
