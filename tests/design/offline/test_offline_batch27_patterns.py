"""Sentence shapes learnt in the round before sealed batch 27, each designed end to end on a
sentence of its own: a complaint in the perfect tense (*the spreadsheet has stopped coping*),
*the number sold*, *how long it is in minutes*, *where they sit on the bill*, *a link to a clip
of them*, *on what date*, records named before the people who keep them (*comedians i keep on
file with ...*), *a running order of slots*, *a slot is one comedian doing a set*, questions
listed straight after a logged act (*i log ticket sales against a show, how many were sold and
...*), and a figure opening a report request (*the total tickets sold per show*)."""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, relations

from appwright.design.offline.fields import read_field
from appwright.design.offline.owner_acts import record_per_each
from appwright.design.offline.owner_several import own_record_with

# --- a complaint is no record -------------------------------------------------------------------


@pytest.mark.parametrize(
    "complaint",
    [
        "the spreadsheet has stopped coping",
        "the old spreadsheet has become a nightmare",
        "our booking system has been a mess for years",
    ],
)
def test_a_perfect_tense_is_no_list_of_what_the_subject_holds(complaint: str) -> None:
    spec = design(f"I run a comedy night, and {complaint}. Every show has a date and a theme.")
    assert entity_names(spec) == {"show"}


def test_a_participle_before_a_plural_is_still_what_a_record_has() -> None:
    spec = design("Each show has printed tickets and a date.")
    assert set(field_types(spec, "show")) == {"printed_tickets", "date"}


# --- fields told as small questions -------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "name", "type_"),
    [
        ("the number sold", "number_sold", "integer"),
        ("number booked", "number_booked", "integer"),
        ("the number", "number", "text"),
        ("how long it is in minutes", "length_minutes", "integer"),
        ("how heavy it is in kg", "weight_kg", "decimal"),
        ("how long it is", "length", "decimal"),
        ("where they sit on the bill", "position", "integer"),
        ("where they finished", "position", "integer"),
        ("where it sits", "location", "text"),
        ("where it sits on the shelf", "location", "text"),
        ("a link to a clip of them", "clip_link", "url"),
        ("a link to the scan files", "scan_files_link", "url"),
        ("a link to their website", "website", "url"),
        ("on what date", "date", "date"),
        ("at what time", "time", "datetime"),
    ],
)
def test_a_small_question_names_its_field(phrase: str, name: str, type_: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert (draft.name, draft.type) == (name, type_)


def test_where_they_sit_on_the_bill_with_its_values_is_a_position_enum() -> None:
    draft = read_field("where they sit on the bill (opener, middle or headliner)")
    assert draft is not None
    assert (draft.name, draft.type, draft.options) == (
        "position",
        "enum",
        ["opener", "middle", "headliner"],
    )


def test_noted_questions_keep_their_bracketed_values_together() -> None:
    spec = design(
        "Each slot has one comedian, and I note how long it is in minutes and where they sit on"
        " the bill (opener, middle or headliner). Comedians have a stage name."
    )
    assert field_types(spec, "slot") == {
        "length_minutes": "integer",
        "position": "enum",
        "comedian_id": "reference",
    }


# --- records told in other orders ---------------------------------------------------------------


def test_records_named_before_the_people_who_keep_them() -> None:
    assert own_record_with(
        "comedians i keep on file with their stage name, phone and email, because i won't book"
        " anyone i haven't seen"
    ) == ("comedians have their stage name, phone and email")
    spec = design(
        "Comedians I keep on file with their stage name, phone, email and a link to a clip of"
        " them, because I won't book anyone I haven't seen."
    )
    assert field_types(spec, "comedian") == {
        "stage_name": "text",
        "phone": "text",
        "email": "email",
        "clip_link": "url",
    }


def test_people_who_keep_records_with_a_list_are_left_alone() -> None:
    sentence = "we keep records with a date and a note"
    assert own_record_with(sentence) == sentence


def test_a_running_order_of_records_is_several_of_them() -> None:
    assert record_per_each("each show has a running order of slots") == (
        "each show has several slots"
    )
    assert record_per_each("each show has a line-up of acts") == "each show has several acts"


def test_a_record_that_is_one_person_doing_something_points_at_the_person() -> None:
    assert record_per_each("a slot is one comedian doing a set") == "each slot has one comedian"
    spec = design(
        "Every show has a date and a ticket price, and each show has a running order of slots"
        " - a slot is one comedian doing a set, and I note how long it is in minutes."
        " Comedians have a stage name and a phone."
    )
    assert {("slot", "show", "many_to_one"), ("slot", "comedian", "many_to_one")} <= relations(spec)
    assert "length_minutes" in field_types(spec, "slot")


def test_a_record_that_is_one_of_a_kind_is_left_alone() -> None:
    assert record_per_each("a slot is one hour long") == "a slot is one hour long"


def test_questions_after_a_logged_act_are_the_records_list() -> None:
    spec = design(
        "Every show has a date. I log ticket sales against a show, how many were sold and on"
        " what date."
    )
    assert field_types(spec, "ticket_sale") == {
        "count": "integer",
        "date": "date",
        "show_id": "reference",
    }
    assert ("ticket_sale", "show", "many_to_one") in relations(spec)


def test_a_logged_act_followed_by_its_purpose_has_no_list() -> None:
    spec = design(
        "Every show has a date. I log ticket sales against a show, so I know the takings."
    )
    assert "ticket_sale" not in entity_names(spec)


# --- reports ------------------------------------------------------------------------------------


def test_a_figure_per_show_is_no_request_to_show_something() -> None:
    spec = design(
        "Every show has a date and a ticket price. I log ticket sales against a show with the"
        " quantity and the date. I would love the total tickets sold per show and the average"
        " sold per show for each month."
    )
    measured = [(r.entity, r.measure.agg, r.measure.field) for r in spec.reports]
    assert measured == [
        ("ticket_sale", "sum", "quantity"),
        ("ticket_sale", "avg", "quantity"),
    ]
    assert all(r.group_by == ["show"] for r in spec.reports)
    assert spec.reports[1].time_bucket is not None
    assert spec.reports[1].time_bucket.unit == "month"


def test_a_figure_per_record_each_month_groups_by_the_record_and_the_month() -> None:
    spec = design(
        "Members have a name. We log an exchange: the helper, the date and the hours."
        " Show the total hours given per member each month."
    )
    (report,) = spec.reports
    assert (report.entity, report.measure.field, report.group_by) == (
        "exchange",
        "hours",
        ["member"],
    )
    assert report.time_bucket is not None and report.time_bucket.unit == "month"


# --- a record between people of one kind --------------------------------------------------------


def test_parties_in_their_roles_point_at_the_only_people() -> None:
    spec = design(
        "Members join with a name, email and phone. Whenever someone helps someone else we log"
        " an exchange: the helper, the person helped, the date, the hours and a short note of"
        " what was done. Show the total hours given per member each month."
    )
    assert field_types(spec, "exchange") == {
        "helper_id": "reference",
        "helped_id": "reference",
        "date": "date",
        "hours": "decimal",
        "short_note": "long_text",
    }
    assert relations(spec) == {("exchange", "member", "many_to_one")}
    (report,) = spec.reports
    assert (report.entity, report.measure.field, report.group_by) == (
        "exchange",
        "hours",
        ["member"],
    )


def test_a_doer_without_a_person_beside_it_stays_a_field() -> None:
    spec = design(
        "Members join with a name, email and phone. We log an exchange: the helper, the date"
        " and the hours."
    )
    assert "helper" in field_types(spec, "exchange")


def test_a_person_in_a_role_needs_one_kind_of_people() -> None:
    spec = design(
        "Members have a name and an email. Volunteers have a name and a phone. We log a visit:"
        " the person visited and the date."
    )
    assert not any(source == "visit" for source, _, _ in relations(spec))


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("a short note of what was done", "short_note"),
        ("a description of what went wrong", "description"),
        ("a note on what happened", "note"),
    ],
)
def test_a_text_about_what_happened_is_named_by_the_text(phrase: str, name: str) -> None:
    draft = read_field(phrase)
    assert draft is not None and (draft.name, draft.type) == (name, "long_text")


# --- several of a kind, told as a list they pick from ------------------------------------------


def test_each_one_lists_the_things_they_can_offer() -> None:
    assert record_per_each(
        "members join with a name, and each member lists the skills they can offer"
    ) == ("members join with a name, and each member has several skills")
    spec = design(
        "Members join with a name and an email, and each member lists the skills they can offer"
        " (gardening, lifts, tutoring, small repairs...), with the same skill shared by many"
        " members."
    )
    assert relations(spec) & {
        ("member", "skill", "many_to_many"),
        ("skill", "member", "many_to_many"),
    }


def test_listing_things_with_no_one_able_to_do_them_is_left_alone() -> None:
    sentence = "each member lists the skills"
    assert record_per_each(sentence) == sentence


# --- terse notes ----------------------------------------------------------------------------


def test_a_record_equal_to_bare_nouns_added_up_has_them() -> None:
    spec = design(
        "Pitch: name, location, max volume (dB). Performer: name, email. Booking = performer"
        " + pitch + date + slot (morning/afternoon/evening)."
    )
    assert field_types(spec, "booking") == {
        "date": "date",
        "slot": "enum",
        "performer_id": "reference",
        "pitch_id": "reference",
    }
    assert field_types(spec, "pitch")["max_volume_db"] == "integer"


def test_an_equals_sign_between_two_figures_is_no_record() -> None:
    spec = design("Orders have a total and a discount. Net = total - discount.")
    assert entity_names(spec) == {"order"}


# --- what we need of a record, told in an aside -------------------------------------------------


def test_what_we_need_of_one_of_our_people_after_for_whom() -> None:
    assert own_record_with(
        "each project is led by one of our architects, for whom we only need a name and"
        " initials, and i would like a count of projects per stage"
    ) == (
        "each project is led by one of our architects; each architect has a name and initials,"
        " and i would like a count of projects per stage"
    )
    spec = design(
        "Each project has a budget. Each project is led by one of our architects, for whom we"
        " only need a name and initials."
    )
    assert entity_names(spec) == {"project", "architect"}
    assert set(field_types(spec, "architect")) == {"name", "initials"}


def test_what_we_need_of_a_record_in_a_dashed_aside() -> None:
    spec = design(
        "Every project is for a client - often a couple, but we just need a name, email and"
        " phone - and a project has a site address, a budget and a stage."
    )
    assert field_types(spec, "client") == {"name": "text", "email": "email", "phone": "text"}
    assert set(field_types(spec, "project")) == {"site_address", "budget", "stage", "client_id"}
    assert relations(spec) == {("project", "client", "many_to_one")}


def test_a_dashed_aside_without_what_we_need_is_left_alone() -> None:
    sentence = "every project is for a client - often a couple - and a project has a budget"
    assert own_record_with(sentence) == sentence


def test_records_kept_under_each_record_are_its_own() -> None:
    spec = design(
        "Each project has a budget. Under each project we keep the drawings (drawing number,"
        " title, date issued) and a log of meetings with the date and notes."
    )
    assert {("drawing", "project", "many_to_one"), ("meeting", "project", "many_to_one")} <= (
        relations(spec)
    )


# --- a flow that starts at a state and moves on after one of its ends --------------------------


def test_a_flow_started_at_a_state_and_going_on_from_one_of_its_ends() -> None:
    spec = design(
        "Each project has a stage. Under each project we keep the drawings (number, title)."
        " The stage is the big thing for us: a project starts at brief, goes to concept design,"
        " then planning submitted, and then planning approved or planning refused; once"
        " approved it moves on to technical drawings and finally on site."
    )
    (flow,) = spec.state_flows
    assert flow.states == [
        "brief",
        "concept_design",
        "planning_submitted",
        "planning_approved",
        "planning_refused",
        "technical_drawings",
        "on_site",
    ]
    moves = {(tuple(t.from_), t.to) for t in flow.transitions}
    assert (("planning_approved",), "technical_drawings") in moves
    assert (("technical_drawings",), "on_site") in moves
    assert not spec.permissions.roles  # "once approved ..." names no one


def test_once_after_a_state_no_flow_has_adds_nothing() -> None:
    spec = design(
        "Each project has a stage. A project starts at brief, goes to concept design, then"
        " done. Once paid it moves on to archived."
    )
    (flow,) = spec.state_flows
    assert flow.states == ["brief", "concept_design", "done"]


# --- links told with *go to*, a plan a record is on, and the one record a list names -----------


def test_records_that_go_to_people_point_at_one_of_them() -> None:
    spec = design(
        "Customers have a name. Invoices go to customers with an invoice number, an amount,"
        " an issue date and whether they've been paid."
    )
    assert relations(spec) == {("invoice", "customer", "many_to_one")}
    assert set(field_types(spec, "invoice")) == {
        "invoice_number",
        "amount",
        "issue_date",
        "paid",
        "customer_id",
    }
    assert not spec.permissions.roles


def test_people_who_go_to_events_still_sign_up_for_many() -> None:
    spec = design("Members have a name. Events have a date. Members sign up for events.")
    assert relations(spec) == {("member", "event", "many_to_many")}


def test_a_plan_a_record_is_on_told_by_its_values_is_a_field() -> None:
    spec = design(
        "Customers have a company name, and every website they host with us is on a plan"
        " (starter, business or pro) with a domain, a disk quota in GB, a link to its control"
        " panel and a flag for whether SSL is switched on."
    )
    assert field_types(spec, "website") == {
        "plan": "enum",
        "domain": "text",
        "disk_quota_gb": "integer",
        "control_panel_link": "url",
        "ssl_enabled": "boolean",
        "customer_id": "reference",  # every website *they* host: the customer's
    }
    assert "plan" not in entity_names(spec)


def test_a_plan_with_a_list_of_its_own_is_still_a_record() -> None:
    spec = design(
        "Plans have a name and a monthly price. Every website is on a plan and has a domain."
    )
    assert ("website", "plan", "many_to_one") in relations(spec)


def test_records_we_enter_are_the_records() -> None:
    spec = design("Tournaments we enter are kept with a name, an entry fee and a start date.")
    assert entity_names(spec) == {"tournament"}
    assert set(field_types(spec, "tournament")) == {"name", "entry_fee", "start_date"}


def test_the_one_record_in_a_list_of_what_we_note_is_a_link() -> None:
    spec = design(
        "Tournaments have a name. For every match we note the tournament, the opponent, the"
        " score and the result (win, loss or draw)."
    )
    assert field_types(spec, "match") == {
        "opponent": "text",
        "score": "integer",
        "result": "enum",
        "tournament_id": "reference",
    }
    assert entity_names(spec) == {"tournament", "match"}


# --- bullet lines -------------------------------------------------------------------------------


def test_a_header_naming_records_we_buy_for_another_keeps_the_link() -> None:
    spec = design(
        "Jobs have a start date.\n- materials I buy for a job: item, number of bags, cost"
    )
    assert field_types(spec, "material") == {
        "item": "text",
        "bags": "integer",
        "cost": "decimal",
        "job_id": "reference",
    }
    assert relations(spec) == {("material", "job", "many_to_one")}


def test_a_header_naming_records_we_buy_from_is_the_records() -> None:
    spec = design("Boats we buy from: name, skipper.")
    assert set(field_types(spec, "boat")) == {"name", "skipper"}


def test_a_list_after_a_participle_on_a_preposition_object_is_not_that_objects() -> None:
    spec = design(
        "Customers have a name. Quotes for a customer listing the rooms, a price and a"
        " valid-until date."
    )
    assert set(field_types(spec, "customer")) == {"name"}
    assert set(field_types(spec, "quote")) == {"rooms", "price", "valid_until_date", "customer_id"}


# --- asides and *each one* ----------------------------------------------------------------------


def test_an_aside_about_who_the_people_are_leaves_what_we_need_of_them() -> None:
    spec = design(
        "Each round has a name and a weekly pay rate and is done by one carrier, and for the"
        " carriers, who are mostly local teenagers, I need their name, a parent's phone number"
        " and their date of birth."
    )
    assert set(field_types(spec, "round")) == {"name", "weekly_pay_rate", "carrier_id"}
    assert field_types(spec, "carrier") == {
        "name": "text",
        "parent_phone_number": "text",
        "date_of_birth": "date",
    }


def test_each_one_after_a_clause_about_records_is_one_of_them() -> None:
    spec = design(
        "Each round has a name. Houses sit on a round, and for each one I keep the address and"
        " the balance they owe us."
    )
    assert set(field_types(spec, "house")) == {"address", "balance", "round_id"}
    assert set(field_types(spec, "round")) == {"name"}
    assert relations(spec) == {("house", "round", "many_to_one")}


def test_a_participle_before_a_gerund_noun_is_still_what_a_record_has() -> None:
    spec = design("Each flat has reserved parking and a number.")
    assert set(field_types(spec, "flat")) == {"reserved_parking", "number"}
