"""Sentence shapes learnt in the round before sealed batch 31, each designed end to end on a
sentence of its own, with a twin it must leave alone: *keep track of my hides (...)*, a thing
that is *for a belt, wallet, bag or dog collar*, *ready to collect* as one state, a record
*made of lines that name a product*, an owner's place before what they record (*in the kitchen
we record ...*), *inquest hearings, each with ...*, a plural subject's second predicate (*...
and may be called to several hearings*), a rule said as a fact (*only the coroner records the
conclusion*), *the date and place of death*, and a list that ends where its clause goes on
(*restaurants, with a name and an email, place orders ...*); then *I, as the owner, see
everyone's*, a subject's comma list of predicates, two kinds of record with one list, *we hold
their name, ...* after people who act, a participle and where inside a list item, *attendance:
which volunteer came to which work party*, *a total of ... per year would be great*, and *a
squad enters many competitions, so for each entry ...*."""

from __future__ import annotations

import pytest
from offline_spec_views import assert_only_many_to_one, design, entity_names, field_types, flows
from offline_spec_views import relations as relations_of

from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.dropped_words import adjective_as_noun, without_opening_place
from appwright.design.offline.list_hosts import Host, host_np
from appwright.design.offline.list_items import split_list
from appwright.design.offline.lists_in_passing import made_of_parts
from appwright.design.offline.normalize import normalize_text
from appwright.design.offline.they_named import their_after_people
from appwright.design.offline.times_and_sums import at_an_agreed_price
from appwright.design.offline.told_acts import assigns_then_each, does_many_so_each
from appwright.design.offline.told_which import one_for_every, which_did_which, which_plays_which
from appwright.design.offline.values_told import is_for_kinds, which_is_one_of
from appwright.design.offline.whole_clauses import plural_second_predicate

# --- records named inside an idiom or a made-of ------------------------------------------------


def test_keep_track_of_my_things_names_the_things_not_the_tracking() -> None:
    spec = design(
        "Customers have a name and an email. I also keep track of my hides (supplier, tannage,"
        " thickness in millimetres and purchase date), and each commission is cut from one hide."
        " A commission has a due date."
    )
    assert "track" not in entity_names(spec)
    assert set(field_types(spec, "hide")) >= {"supplier", "tannage", "purchase_date"}
    assert_only_many_to_one(spec, "commission", "hide")


@pytest.mark.parametrize(
    ("left", "host"),
    [
        ("i also keep track of my hides", "hides"),
        ("we take stock of our tools", "tools"),
        ("we keep the history of each boat", "boat"),
    ],
)
def test_a_bracket_after_an_idiom_with_of_is_the_things_list(left: str, host: str) -> None:
    assert host_np(left, bracket=True) == Host(host)


def test_a_record_made_of_parts_that_name_things_holds_them() -> None:
    assert made_of_parts("each order is made of lines that name a product and a quantity") == (
        "each order is made up of lines with a product and a quantity"
    )
    spec = design(
        "Every product has a name. Each order is made of lines that name a product and a"
        " quantity in kilos."
    )
    assert_only_many_to_one(spec, "line", "order")
    assert_only_many_to_one(spec, "line", "product")
    assert field_types(spec, "line")["quantity_kilos"] == "decimal"


@pytest.mark.parametrize(
    "sentence", ["a belt is made of leather", "each vase is made of glass and has a height"]
)
def test_a_thing_made_of_a_material_stays_as_it_is(sentence: str) -> None:
    assert made_of_parts(sentence) == sentence


def test_a_quantity_in_a_unit_that_comes_in_parts_is_a_decimal() -> None:
    types = field_types(
        design("Each line has a quantity in kilos, a capacity in litres and a quantity."), "line"
    )
    assert types == {
        "quantity_kilos": "decimal",
        "capacity_litres": "integer",
        "quantity": "integer",
    }


# --- kinds, states and lists ------------------------------------------------------------------


def test_a_thing_for_one_of_several_kinds_has_a_type_with_those_values() -> None:
    assert is_for_kinds(
        "a commission is for a belt, wallet, bag or dog collar, with a leather colour"
    ) == ("a commission has a type (belt, wallet, bag or dog collar), a leather colour")
    spec = design("Each repair is for a phone, tablet or laptop, and has a fault description.")
    repair = spec.entity("repair")
    assert repair is not None
    kind = next(f for f in repair.fields if f.name == "type")
    assert kind.options == ["phone", "tablet", "laptop"]
    assert not spec.state_flows


@pytest.mark.parametrize(
    "sentence",
    [
        "each booking is for two adults or a family",
        "each order is for a customer",
        "each pass is for weekdays, weekends or holidays",
    ],
)
def test_a_thing_for_people_or_counted_things_is_no_type(sentence: str) -> None:
    assert is_for_kinds(sentence) == sentence


def test_ready_to_and_a_verb_is_one_state() -> None:
    spec = design("An order goes from new to packed to ready to ship to shipped.")
    assert flows(spec)["order"][1] == ["new", "packed", "ready_to_ship", "shipped"]


def test_ready_to_and_a_done_state_are_two_states() -> None:
    spec = design("An order goes from new to ready to shipped.")
    assert flows(spec)["order"][1] == ["new", "ready", "shipped"]


def test_the_date_and_place_of_one_event_are_both_of_it() -> None:
    assert split_list("the deceased's name, the date and place of death and who reported it") == [
        "the deceased's name",
        "the date of death",
        "place of death",
        "who reported it",
    ]
    assert split_list("a name and address of the owner") == ["a name", "address of the owner"]


def test_a_list_after_people_ends_where_their_verb_goes_on() -> None:
    spec = design(
        "Restaurants, with a name, an address and a contact email, place orders for a delivery"
        " date. Every product has a name."
    )
    assert set(field_types(spec, "restaurant")) == {"name", "address", "contact_email"}
    assert_only_many_to_one(spec, "order", "restaurant")


def test_a_list_whose_last_item_goes_on_with_a_noun_keeps_it() -> None:
    spec = design("Each boat has a name, a length and a crew size, home ports and a colour.")
    assert {"name", "length", "crew_size", "colour"} <= set(field_types(spec, "boat"))


# --- where, who and how many -----------------------------------------------------------------


def test_where_the_owner_records_is_not_what_is_recorded() -> None:
    assert without_opening_place(
        "in the kitchen we record production batches: which product, the kilos produced"
    ) == ("we record production batches: which product, the kilos produced")
    spec = design(
        "Every product has a name. In the kitchen we record production batches: which product,"
        " the date it was made, the kilos produced and whether it passed the quality check."
    )
    assert_only_many_to_one(spec, "production_batch", "product")


@pytest.mark.parametrize(
    "sentence",
    [
        "in each room we record the temperature",
        "at the end of the day we record the takings",
        "in the kitchen the chef plans the menu",
    ],
)
def test_a_place_that_is_a_record_or_a_time_stays(sentence: str) -> None:
    assert without_opening_place(sentence) == sentence


def test_several_things_each_with_a_list_may_have_a_two_word_name() -> None:
    spec = design(
        "Each case records the deceased's name. A case can have inquest hearings, each with a"
        " hearing date, a courtroom and a conclusion (natural causes, accident or open)."
    )
    assert_only_many_to_one(spec, "inquest_hearing", "case")
    assert {"hearing_date", "courtroom", "conclusion"} <= set(field_types(spec, "inquest_hearing"))
    assert "hearing_date" not in field_types(spec, "case")


def test_a_plural_subjects_second_predicate_after_its_list_is_its_own() -> None:
    assert plural_second_predicate(
        "witnesses have a name and a phone number and may be called to several hearings"
    ) == ("witnesses have a name and a phone number; witnesses may be called to several hearings")
    spec = design(
        "A case can have hearings, each with a hearing date. Witnesses have a name and a phone"
        " number and may be called to several hearings."
    )
    assert ("witness", "hearing", "many_to_many") in relations_of(spec)
    assert ("hearing", "witness", "many_to_one") not in relations_of(spec)


@pytest.mark.parametrize(
    "sentence",
    [
        "witnesses have a name and a phone number and an address",
        "a witness has a name and may be called to several hearings",
    ],
)
def test_a_list_with_no_second_verb_stays_one_clause(sentence: str) -> None:
    assert plural_second_predicate(sentence) == sentence


def test_a_rule_said_as_a_fact_is_no_record_of_the_person() -> None:
    spec = design("Each case has a conclusion and a date. Only the coroner records the conclusion.")
    assert entity_names(spec) == {"case"}
    assert spec.permissions is not None
    assert "coroner" in spec.permissions.roles


def test_only_some_records_having_a_field_is_still_a_field() -> None:
    spec = design("Products have a name. Only some products have a barcode and a weight.")
    assert {"name", "barcode", "weight"} <= set(field_types(spec, "product"))


# --- after the first commit of the round -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Coaches see only their own clients, while I, as the owner, see everyone's.",
        "Coaches see only their own clients; as the owner I see everything.",
    ],
)
def test_the_writer_naming_their_own_role_with_as_is_a_role(sentence: str) -> None:
    spec = design(f"Clients have a name. {sentence}")
    assert spec.permissions is not None
    assert {"coach", "owner"} <= set(spec.permissions.roles)


def test_things_after_to_each_with_a_list_are_the_lists_owner() -> None:
    spec = design(
        "Link workers connect people to community activities, each with a name, an organiser"
        " and a cost."
    )
    assert set(field_types(spec, "community_activity")) >= {"name", "organiser", "cost"}
    assert "people" not in entity_names(spec)


def test_things_along_a_place_each_with_a_list_are_still_the_things() -> None:
    spec = design("We rent sixty huts along the front, each with a number and a weekly price.")
    assert set(field_types(spec, "hut")) >= {"number", "weekly_price"}


def test_a_subjects_predicates_in_a_comma_list_are_each_its_own() -> None:
    spec = design(
        "A referral is for one patient, comes from one surgery, is assigned to a link worker and"
        " has a date and a reason. Patients have a name. Surgeries have a name."
    )
    for target in ("patient", "surgery", "link_worker"):
        assert_only_many_to_one(spec, "referral", target)
    assert set(field_types(spec, "referral")) >= {"date", "reason"}


def test_a_list_item_that_could_be_a_verb_stays_an_item() -> None:
    spec = design("An order has a date, notes for the driver, and a price.")
    assert set(field_types(spec, "order")) >= {"date", "price"}
    assert len(field_types(spec, "order")) == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "Tutors and students have a name and an email.",
        "Both tutors and students have a name and an email.",
        "Tutors and students only need a name and an email.",
    ],
)
def test_two_kinds_of_record_with_one_list_each_hold_it(sentence: str) -> None:
    spec = design(sentence)
    for entity in ("tutor", "student"):
        assert set(field_types(spec, entity)) == {"name", "email"}


def test_a_record_that_only_needs_a_name_is_a_record() -> None:
    spec = design("Surgeries only need a name. Referrals have a date.")
    assert field_types(spec, "surgery") == {"name": "text"}


def test_people_who_need_a_quote_are_not_given_a_quote_field() -> None:
    spec = design("Customers need a name. Customers need a quote. Quotes have a price.")
    assert "quote" not in field_types(spec, "customer")


def test_their_list_after_people_who_act_is_the_peoples() -> None:
    spec = design(
        "Surveys have a date. Several volunteers go on each survey and a volunteer joins many"
        " surveys; we hold their name, email and bat licence number."
    )
    assert set(field_types(spec, "volunteer")) == {"name", "email", "bat_licence_number"}
    assert entity_names(spec) == {"survey", "volunteer"}
    assert ("volunteer", "survey", "many_to_many") in relations_of(spec)


def test_their_list_after_a_single_record_is_left_to_the_other_readers() -> None:
    assert their_after_people("each survey has a date; we keep their name") == (
        "each survey has a date; we keep their name"
    )


@pytest.mark.parametrize(
    ("item", "clause"),
    [
        ("the number of bats counted at emergence", False),
        ("the species seen during the walk", False),
        ("the parts used with part name", True),
        ("volunteers work shifts at events", True),
    ],
)
def test_a_participle_before_when_or_where_is_no_clause(item: str, clause: bool) -> None:
    assert is_clause(item) is clause


def test_a_list_with_a_participle_and_where_keeps_every_item() -> None:
    spec = design(
        "Every survey notes the date, the number of bats counted at emergence and the species seen."
    )
    assert set(field_types(spec, "survey")) == {
        "date",
        "bats_counted_at_emergence",
        "species_seen",
    }


def test_a_header_of_which_one_did_what_where_is_a_record_of_both() -> None:
    assert which_did_which(
        "attendance: which volunteer came to which work party and the hours they worked"
    ) == (
        "each attendance belongs to one volunteer; each attendance belongs to one work party;"
        " each attendance has the hours they worked"
    )
    spec = design(
        "Volunteers have a name. Work parties have a date.\n"
        "- attendance: which volunteer came to which work party and the hours they worked"
    )
    assert_only_many_to_one(spec, "attendance", "volunteer")
    assert_only_many_to_one(spec, "attendance", "work_party")


def test_a_header_without_which_and_which_stays() -> None:
    sentence = "attendance: the volunteer, the work party and the hours"
    assert which_did_which(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        ("A total of entry fees per year would be great.", True),
        ("An average of fees per month would help.", True),
        ("A class has an average of ten pupils per teacher.", False),
        ("Each squad has a maximum number of athletes per squad.", False),
    ],
)
def test_a_total_asked_for_with_a_is_a_report(sentence: str, report: bool) -> None:
    spec = design(f"Entries have a fee and a date. Classes have a date. {sentence}")
    assert bool(spec.reports) is report


def test_an_act_done_many_times_named_right_after_is_the_record_of_each() -> None:
    assert does_many_so_each(
        "a squad enters many competitions over the year, so for each entry i note the fee"
    ) == (
        "each entry belongs to one squad; each entry belongs to one competition; for each"
        " entry i note the fee"
    )
    spec = design(
        "Squads have a name. Competitions have a name and a date. A squad enters loads of"
        " competitions over the year, so for each entry I want to note the entry fee we paid"
        " and the placing."
    )
    assert_only_many_to_one(spec, "entry", "squad")
    assert_only_many_to_one(spec, "entry", "competition")


def test_for_each_of_the_things_themselves_is_not_an_act() -> None:
    sentence = "a squad enters many competitions, so for each competition we note the venue"
    assert does_many_so_each(sentence) == sentence


def test_pay_is_money_and_a_pay_date_is_still_a_date() -> None:
    types = field_types(design("Payslips have a gross pay, a net pay and a pay date."), "payslip")
    assert types == {"gross_pay": "decimal", "net_pay": "decimal", "pay_date": "date"}


def test_one_record_per_others_heading_its_list_belongs_to_them() -> None:
    spec = design(
        "Employees: name, salary. Pay runs: pay date. One payslip per employee per run: gross"
        " pay, tax, net pay."
    )
    assert_only_many_to_one(spec, "payslip", "employee")
    assert_only_many_to_one(spec, "payslip", "pay_run")


def test_one_person_per_record_without_a_list_is_still_the_records_one() -> None:
    spec = design("Shifts have a date. Lifeguards have a name. We need one lifeguard per shift.")
    assert ("lifeguard", "shift", "many_to_one") in relations_of(spec)


def test_arrows_in_a_lists_last_item_are_that_items_states() -> None:
    spec = design(
        "Pay runs per client: period end date, pay date, status draft -> approved -> paid."
    )
    assert flows(spec)["pay_run"] == ("status", ["draft", "approved", "paid"])
    assert {"period_end_date", "pay_date"} <= set(field_types(spec, "pay_run"))


def test_or_it_ends_up_as_is_one_more_end() -> None:
    spec = design(
        "A booking starts as booked, gets checked in when they arrive and then finished, or it"
        " ends up as a no-show if they never turn up."
    )
    assert flows(spec)["booking"][1] == ["booked", "checked_in", "finished", "no_show"]


def test_a_field_which_is_one_of_several_values_takes_them() -> None:
    assert which_is_one_of(
        "each bay has a number and a setup, which is standing, seated or racing rig, and games"
        " have a title"
    ) == (
        "each bay has a number and a setup (standing, seated or racing rig), and games have a title"
    )
    spec = design("Each bay has a number and a setup, which is standing, seated or racing rig.")
    bay = spec.entity("bay")
    assert bay is not None
    assert [f.name for f in bay.fields] == ["number", "setup"]
    assert bay.fields[1].options == ["standing", "seated", "racing_rig"]


def test_a_field_which_is_said_in_words_keeps_its_words() -> None:
    sentence = "each bay has a setup, which is something we change often"
    assert which_is_one_of(sentence) == sentence


def test_which_record_they_want_among_noted_facts_is_a_link() -> None:
    spec = design(
        "Games have a title. Bays have a number. Customers book a bay for a start time, and we"
        " note how many players are coming and which game they want."
    )
    assert_only_many_to_one(spec, "booking", "game")
    assert field_types(spec, "booking")["players"] == "integer"
    assert "quantity" not in field_types(spec, "booking")


def test_a_many_to_many_pair_drops_the_looser_one_way_readings() -> None:
    spec = design(
        "Authors (name, email, affiliation) log in and submit manuscripts with a title and"
        " submission date; a manuscript can have several authors and authors write many"
        " manuscripts."
    )
    between = {r for r in relations_of(spec) if {r[0], r[1]} == {"author", "manuscript"}}
    assert between == {("author", "manuscript", "many_to_many")}
    assert "author_id" not in field_types(spec, "manuscript")


def test_a_link_said_with_one_stays_beside_nothing_looser() -> None:
    spec = design("Each manuscript has one author. Authors have a name. Manuscripts have a title.")
    assert_only_many_to_one(spec, "manuscript", "author")


@pytest.mark.parametrize(
    ("sentence", "people", "record", "thing"),
    [
        (
            "the editor assigns reviewers to a manuscript, and each review has a comment",
            "reviewer",
            "review",
            "manuscript",
        ),
        (
            "the manager assigns inspectors to a site, and each inspection has a score",
            "inspector",
            "inspection",
            "site",
        ),
    ],
)
def test_what_assigned_people_write_belongs_to_them_and_the_thing(
    sentence: str, people: str, record: str, thing: str
) -> None:
    assert assigns_then_each(sentence).startswith(
        f"each {record} belongs to one {people}; each {record} belongs to one {thing}; each"
        f" {record} has "
    )


def test_the_thing_assigned_to_is_not_a_record_of_the_people() -> None:
    sentence = "the manager assigns fitters to a job, and each job has a price"
    assert assigns_then_each(sentence) == sentence


def test_a_review_by_an_assigned_reviewer_links_both_ends() -> None:
    spec = design(
        "Manuscripts have a title. The editor assigns reviewers to a manuscript, and each review"
        " has a recommendation (accept or reject), comments and a due date."
    )
    assert_only_many_to_one(spec, "review", "reviewer")
    assert_only_many_to_one(spec, "review", "manuscript")


def test_one_record_for_every_other_with_a_list_is_the_pairings_record() -> None:
    assert one_for_every(
        "a booking has a tally for every shearer who worked it, with the number of sheep"
    ) == (
        "each tally belongs to one booking; each tally belongs to one shearer; each tally has the"
        " number of sheep"
    )
    spec = design(
        "Farms have a name. Our shearers each have a name and a daily rate. A booking has a tally"
        " for every shearer who worked it, with the number of sheep that shearer sheared."
    )
    assert_only_many_to_one(spec, "tally", "booking")
    assert_only_many_to_one(spec, "tally", "shearer")


def test_a_record_for_every_other_without_a_list_is_left_to_the_link_readers() -> None:
    sentence = "a booking has a deposit for every guest"
    assert one_for_every(sentence) == sentence


def test_at_an_agreed_price_is_the_records_price() -> None:
    spec = design(
        "Farms have a name. Each booking is for one farm on a given date at an agreed price."
    )
    assert field_types(spec, "booking") == {
        "date": "date",
        "agreed_price": "decimal",
        "farm_id": "reference",
    }


def test_at_a_place_is_no_price() -> None:
    assert at_an_agreed_price("each booking is for one farm at a quiet spot") == (
        "each booking is for one farm at a quiet spot"
    )


def test_an_adjective_used_alone_as_a_noun_names_the_person_record() -> None:
    said = [
        "for every deceased person we keep the full name and date of death",
        "an arrangement is made for one deceased",
    ]
    assert (
        adjective_as_noun(said)[0] == "for every deceased we keep the full name and date of death"
    )
    spec = design(
        "For every deceased person we keep the full name and date of death, plus one or more"
        " next-of-kin contacts with a name and phone. An arrangement is made for one deceased and"
        " has a venue."
    )
    assert set(field_types(spec, "deceased")) >= {"full_name", "date_of_death"}
    assert "person" not in entity_names(spec)
    assert_only_many_to_one(spec, "arrangement", "deceased")


def test_an_adjective_never_used_alone_keeps_its_person() -> None:
    said = ["for every young person we keep a name", "a club has several young people"]
    assert adjective_as_noun(said) == said


def test_a_member_of_staff_is_a_staff_member() -> None:
    assert normalize_text("Which member of staff churned it; members of staff log in") == (
        "which staff member churned it; staff members log in"
    )
    spec = design(
        "A flavour has a name. Each batch is of one flavour and records the date it was churned,"
        " the litres made and which member of staff churned it."
    )
    assert_only_many_to_one(spec, "batch", "staff_member")


def test_a_member_of_the_public_is_still_someone() -> None:
    assert normalize_text("a member of the public rings") == "someone rings"


def test_which_one_plays_which_part_in_which_is_the_records_own() -> None:
    assert which_plays_which(
        "members act in productions; for every casting we store which member plays which part in"
        " which production"
    ) == ("members act in productions; each casting has the member, the part and the production")
    spec = design(
        "Each production has a title. Our members act in productions, and for every casting we"
        " store which member plays which part in which production."
    )
    assert_only_many_to_one(spec, "casting", "member")
    assert_only_many_to_one(spec, "casting", "production")
    assert field_types(spec, "casting")["part"] == "text"
    assert "part" not in entity_names(spec)


def test_which_with_no_second_which_stays() -> None:
    sentence = "for every casting we store which member plays the lead"
    assert which_plays_which(sentence) == sentence


def test_a_bare_list_item_which_is_one_of_several_values_takes_them() -> None:
    assert which_is_one_of(
        "we record each player's name, email and position, which is attack, midfield or goalie,"
        " and every player belongs to a team"
    ) == (
        "we record each player's name, email and position (attack, midfield or goalie), and every"
        " player belongs to a team"
    )
