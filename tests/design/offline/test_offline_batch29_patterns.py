"""Sentence shapes learnt in the round before sealed batch 29, each designed end to end on a
sentence of its own: the kind a record is in a longer sentence (*every client is a business
with ..., so for each tank ...*), one of two kinds (*whether it's freshwater or marine*), a
thing done and written down (*somebody does a service visit to a tank and writes down ...*),
who did each one (*which technician (name and mobile) did each one*), things moved and where
(*which fish went into which tank, with ...*)."""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, flows, relations

from appwright.design.offline.draft import entity_key
from appwright.design.offline.fields import read_field
from appwright.design.offline.list_items import split_list
from appwright.design.offline.owner_asides import without_examples
from appwright.design.offline.owner_lists import are_just_fields
from appwright.design.offline.plain_verbs import plain_passive
from appwright.design.offline.relative_clauses import without_reduced_relative
from appwright.design.offline.sentences import sentences
from appwright.design.offline.told_acts import (
    does_one_and_notes,
    done_every_so_note,
    need_one_we_log,
    when_we_write_up,
)
from appwright.design.offline.told_made_for import (
    asks_for_a_number,
    per_one_files,
    question_as_whether,
)
from appwright.design.offline.told_records import keeps_a_roster, put_each_and_need, who_they_are
from appwright.design.offline.told_which import (
    played_between,
    saying_which,
    which_did_each,
    which_one_did_it,
    which_went_where,
)
from appwright.spec.models import AppSpec


def role_names(spec: AppSpec) -> set[str]:
    return set(spec.permissions.roles)


# --- the kind a record is, in a longer sentence -------------------------------------------------


def test_the_kind_a_record_is_before_a_clause_with_so_gives_the_list_to_the_record() -> None:
    sentence = (
        "every client is a business with a name, a contact email and an address, and most of "
        "them have several tanks, so for each tank i keep its volume, whether it is freshwater "
        "or marine, and where it sits"
    )
    assert are_just_fields(sentence).startswith(
        "every client has a name, a contact email and an address, and most of them have several "
        "tanks; for each tank i keep"
    )


def test_a_list_of_values_before_so_is_left_alone() -> None:
    sentence = "each pitch is a tent, a caravan or a van, so for each pitch we keep a number"
    assert are_just_fields(sentence) == sentence


# --- one of two kinds ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "its volume, whether it's freshwater or marine, and where it sits",
            "type (freshwater, marine)",
        ),
        ("a name, whether they are indoor or outdoor and a price", "type (indoor, outdoor)"),
    ],
)
def test_whether_it_is_one_bare_kind_or_another_is_a_type_with_two_values(
    text: str, item: str
) -> None:
    assert item in split_list(text)


@pytest.mark.parametrize(
    "text",
    [
        "an amount, whether it is paid or waived, and a date",
        "a name, whether it is climate controlled or not and a size",
    ],
)
def test_whether_it_was_done_or_not_is_no_kind(text: str) -> None:
    assert not any(item.startswith("type (") for item in split_list(text))


def test_one_of_two_kinds_designs_an_enum() -> None:
    spec = design("Each tank has a volume in litres and whether it's freshwater or marine.")
    tank = spec.entity("tank")
    assert tank is not None
    kind = tank.field("type")
    assert kind is not None and kind.type == "enum"
    assert kind.options == ["freshwater", "marine"]


# --- a thing done and written down --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        (
            "every couple of weeks somebody does a service visit to a tank and writes down the "
            "date, the water temperature and any notes",
            "each service visit belongs to one tank; each service visit has the date, the water "
            "temperature and any notes",
        ),
        (
            "we carry out an inspection of a boiler and note the date, the pressure and the result",
            "each inspection belongs to one boiler; each inspection has the date, the pressure "
            "and the result",
        ),
        (
            "a technician does a survey and records the date, the rooms and the findings",
            "each survey has the date, the rooms and the findings",
        ),
    ],
)
def test_a_thing_done_and_written_down_is_the_record_of_the_list(
    sentence: str, rewritten: str
) -> None:
    assert does_one_and_notes(sentence) == rewritten


def test_a_thing_done_without_a_list_is_left_alone() -> None:
    sentence = "we do a service visit to each tank and write down anything odd"
    assert does_one_and_notes(sentence) == sentence


def test_a_service_visit_to_a_tank_designs_the_visit_with_its_fields() -> None:
    spec = design(
        "Each tank has a volume. Every couple of weeks somebody does a service visit to a tank "
        "and writes down the date, the water temperature, the pH and any notes."
    )
    assert field_types(spec, "service_visit") == {
        "date": "date",
        "water_temperature": "decimal",
        "ph": "decimal",
        "notes": "long_text",
        "tank_id": "reference",
    }
    assert ("service_visit", "tank", "many_to_one") in relations(spec)


# --- who did each one ---------------------------------------------------------------------------


def test_which_person_did_each_one_links_the_things_named_before() -> None:
    sentence = (
        "my two lads do many of those visits, so i need to know which technician (name and "
        "mobile number) did each one, and they should only see their own visits"
    )
    assert which_did_each(sentence) == (
        "my two lads do many of those visits; each visit belongs to one technician; each "
        "technician has name and mobile number; technicians should only see their own visits"
    )


def test_which_one_without_things_before_is_left_alone() -> None:
    sentence = "i need to know which vet did each one"
    assert which_did_each(sentence) == sentence


def test_the_technician_who_did_each_visit_is_a_record_and_a_role() -> None:
    spec = design(
        "Somebody does a service visit to a tank and writes down the date and any notes; my two "
        "lads do a lot of those visits, so I need to know which technician (name and mobile "
        "number) did each one, and they should only see their own visits while I, the owner, "
        "see everything."
    )
    assert field_types(spec, "technician") == {"name": "text", "mobile_number": "text"}
    assert ("service_visit", "technician", "many_to_one") in relations(spec)
    assert {"technician", "owner"} <= role_names(spec)
    assert "know" not in entity_names(spec)


def test_i_the_owner_see_everything_is_the_writers_role() -> None:
    spec = design(
        "Technicians log visits with a date and notes. Technicians should only see their own "
        "visits while I, the owner, see everything."
    )
    assert role_names(spec) == {"technician", "owner"}


# --- things moved and where ---------------------------------------------------------------------


def test_which_things_went_into_which_place_with_a_list_is_a_record_of_the_place() -> None:
    sentence = (
        "i sell livestock, so i would like to record which fish went into which tank, with the "
        "species, how many and the price per fish"
    )
    assert which_went_where(sentence) == (
        "each fish belongs to one tank; each fish has the species, how many and the price per fish"
    )


def test_which_things_went_where_without_a_list_is_left_alone() -> None:
    sentence = "i would like to record which fish went into which tank"
    assert which_went_where(sentence) == sentence


def test_how_many_alone_is_a_quantity() -> None:
    draft = read_field("how many")
    assert draft is not None and (draft.name, draft.type) == ("quantity", "integer")


def test_the_total_charged_each_client_is_a_report_not_a_record_or_a_link() -> None:
    spec = design(
        "Each tank has a volume. I sell fish with a species and a price. At the end of the "
        "month I need the total I've charged each client for fish."
    )
    assert "total" not in entity_names(spec)
    assert not any(source == "client" for source, _, _ in relations(spec))


def test_kinds_of_customer_in_a_list_are_no_records() -> None:
    spec = design(
        "I look after fish tanks for offices, restaurants and a couple of dentists. Each tank "
        "has a volume."
    )
    assert "dentist" not in entity_names(spec)


def test_several_things_a_record_has_are_still_records() -> None:
    spec = design("Each tank has a volume. A client has several tanks and a name.")
    assert ("tank", "client", "many_to_one") in relations(spec)


# --- who sent it, as one item of a list ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        (
            "we log every delivery we receive: the date received, and which of our timber "
            "suppliers (name, country) sent it",
            "we log every delivery we receive: the date received, and the timber supplier; each "
            "timber supplier has name, country",
        ),
        (
            "for each delivery we note the date, the weight and which supplier sent it",
            "for each delivery we note the date, the weight, and the supplier; each supplier has "
            "a name",
        ),
    ],
)
def test_which_one_did_it_in_a_list_is_a_record_of_its_own(sentence: str, rewritten: str) -> None:
    assert which_one_did_it(sentence) == rewritten


def test_which_one_needed_it_names_no_record() -> None:
    sentence = "for each job we note the date and which one needed it"
    assert which_one_did_it(sentence) == sentence


def test_the_supplier_who_sent_a_delivery_is_linked_with_its_fields() -> None:
    spec = design(
        "Separately we log every delivery of oak staves we receive: the forest of origin, the "
        "cubic metres and the date received, and which of our timber suppliers (name, country) "
        "sent it."
    )
    assert field_types(spec, "timber_supplier") == {"name": "text", "country": "text"}
    assert ("delivery", "timber_supplier", "many_to_one") in relations(spec)


# --- how many of a thing a record asks for ------------------------------------------------------


def test_a_number_of_things_of_one_kind_is_a_quantity_and_the_kind() -> None:
    sentence = (
        "an order asks for a number of casks of one size (barrel, hogshead, butt), with a "
        "required-by date and a price per cask"
    )
    assert asks_for_a_number(sentence) == (
        "an order has a quantity, a cask size (barrel, hogshead, butt), a required-by date and "
        "a price per cask"
    )


def test_asking_for_one_thing_is_left_alone() -> None:
    sentence = "an order asks for a cask of one size (barrel, hogshead, butt)"
    assert asks_for_a_number(sentence) == sentence


def test_an_order_for_a_number_of_casks_designs_no_cask_record() -> None:
    spec = design(
        "An order asks for a number of casks of one size (barrel, hogshead, butt, quarter cask), "
        "with a required-by date and a price per cask."
    )
    assert entity_names(spec) == {"order"}
    assert field_types(spec, "order") == {
        "quantity": "integer",
        "cask_size": "enum",
        "required_by_date": "date",
        "price_per_cask": "decimal",
    }


# --- things that come in, the ones a state names, who they are ----------------------------------


def test_each_thing_that_comes_in_is_each_thing() -> None:
    assert without_reduced_relative("each puzzle that comes in has a title, a kind (a, b)") == (
        "each puzzle has a title, a kind (a, b)"
    )


def test_each_thing_that_we_keep_is_not_read_as_arriving() -> None:
    sentence = "each puzzle that wins a prize has a title and a date"
    assert without_reduced_relative(sentence) == sentence


def test_a_kind_with_values_after_each_thing_that_comes_in_is_no_record() -> None:
    spec = design(
        "Each puzzle that comes in has a title, a kind (cryptic crossword, quick crossword, "
        "sudoku) and a difficulty from 1 to 5."
    )
    assert entity_names(spec) == {"puzzle"}


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        ("the accepted ones get put into an issue", "the accepted ones are put into an issue"),
        ("every pallet gets set on a rack", "every pallet is set on a rack"),
        ("it gets better", "it gets better"),
    ],
)
def test_a_get_passive_of_a_participle_spelt_as_its_verb(sentence: str, rewritten: str) -> None:
    assert plain_passive(sentence) == rewritten


def test_the_ones_a_state_names_are_the_records_that_can_be_in_it() -> None:
    said = sentences(
        "Each puzzle has a title and ends up accepted or rejected. The accepted ones get put "
        "into an issue."
    )
    assert said[1] == "the accepted puzzles get put into an issue"


def test_the_ones_no_sentence_before_names_are_left_alone() -> None:
    said = sentences("Each puzzle has a title. The blue ones get put into an issue.")
    assert said[1] == "the blue ones get put into an issue"


def test_accepted_puzzles_put_into_an_issue_belong_to_the_issue() -> None:
    spec = design(
        "Each puzzle has a title and goes from submitted to accepted or rejected. The accepted "
        "ones get put into an issue. Issues are really just a number and a publication date."
    )
    assert relations(spec) == {("puzzle", "issue", "many_to_one")}


def test_who_they_are_gives_the_people_their_list() -> None:
    sentence = (
        "freelance setters send me puzzles, and i need to know who they are, so their name, "
        "email and the fee they charge per puzzle"
    )
    assert who_they_are(sentence) == (
        "freelance setters send me puzzles; freelance setters have name, email and the fee "
        "they charge per puzzle"
    )


def test_the_setters_who_send_puzzles_are_linked_with_their_fee() -> None:
    spec = design(
        "Freelance setters send me puzzles, and I need to know who they are, so their name, "
        "email and the fee they charge per puzzle. Each puzzle has a title and a difficulty."
    )
    assert field_types(spec, "freelance_setter") == {
        "name": "text",
        "email": "email",
        "fee_per_puzzle": "decimal",
    }
    assert ("puzzle", "freelance_setter", "many_to_one") in relations(spec)


def test_things_that_are_just_two_values_joined_by_and_have_them() -> None:
    spec = design("Issues are really just a number and a publication date.")
    assert field_types(spec, "issue") == {"number": "integer", "publication_date": "date"}


# --- a roster of things, games between two sides, payments --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        (
            "our roller derby league keeps a roster of skaters: derby name, real name and email",
            "skaters have derby name, real name and email",
        ),
        ("we keep a register of volunteers: name and phone", "volunteers have name and phone"),
    ],
)
def test_a_roster_of_things_is_the_things(sentence: str, rewritten: str) -> None:
    assert keeps_a_roster(sentence) == rewritten


def test_a_roster_without_a_list_is_left_alone() -> None:
    sentence = "we keep a roster of skaters for the season"
    assert keeps_a_roster(sentence) == sentence


def test_games_between_a_home_and_an_away_side_have_both_and_a_score_each() -> None:
    sentence = (
        "bouts are played between a home team and an away team on a date at a venue (name, "
        "address, capacity), and we record the final score for each side"
    )
    assert played_between(sentence) == (
        "each bout has a home team, an away team, a date, a home score and an away score, and "
        "is played at a venue (name, address, capacity)"
    )


def test_played_between_two_kinds_of_thing_is_left_alone() -> None:
    sentence = "matches are played between a club and a school on a date"
    assert played_between(sentence) == sentence


def test_a_bout_between_two_teams_links_both_and_the_venue() -> None:
    spec = design(
        "Every skater belongs to one of our teams, which have a name and a coach. Bouts are "
        "played between a home team and an away team on a date at a venue (name, address, "
        "capacity), and we record the final score for each side."
    )
    assert field_types(spec, "bout") == {
        "date": "date",
        "home_score": "integer",
        "away_score": "integer",
        "home_team_id": "reference",
        "away_team_id": "reference",
        "venue_id": "reference",
    }
    assert field_types(spec, "venue") == {"name": "text", "address": "text", "capacity": "integer"}


def test_what_people_pay_is_a_payment_of_theirs() -> None:
    spec = design(
        "Skaters have a name and an email. Skaters pay monthly dues, and for each payment we "
        "note the amount and the month it covers."
    )
    assert ("payment", "skater", "many_to_one") in relations(spec)


def test_paying_with_no_payment_record_links_nothing() -> None:
    spec = design("Members have a name. Members pay dues and book classes with a date.")
    assert not any(
        target == "member" and source == "payment" for source, target, _ in relations(spec)
    )


# --- the business as a heading, a reason before what we do, vets -------------------------------


def test_a_business_said_as_a_heading_is_no_record() -> None:
    spec = design("A cat café with about a dozen resident cats. For every cat we record a name.")
    assert entity_names(spec) == {"cat"}


def test_a_record_with_a_list_said_as_a_heading_is_still_a_record() -> None:
    spec = design("An office with a name, an address and a phone.")
    assert entity_names(spec) == {"office"}


def test_a_rule_that_means_we_log_is_what_we_log() -> None:
    spec = design(
        "Each cat has a name. The council licence means we must log vet checks per cat with the "
        "date, the weight in kilos and the vet's notes."
    )
    assert ("vet_check", "cat", "many_to_one") in relations(spec)
    assert "council_licence" not in entity_names(spec)


# --- a header act, which one handed it out, time out and back -----------------------------------


def test_a_header_act_with_a_particle_and_any_item_links_only_the_person() -> None:
    spec = design(
        "- members with a name and a phone\n"
        "- loans: a member takes out one item, with the time out, the time back and any "
        "donation given"
    )
    assert field_types(spec, "loan") == {
        "time_out": "datetime",
        "time_back": "datetime",
        "donation_given": "decimal",
        "member_id": "reference",
    }
    assert "item" not in entity_names(spec)


def test_each_record_records_which_one_handed_it_out() -> None:
    assert which_one_did_it(
        "each loan records which volunteer handed it out, and only volunteers can record loans"
    ) == ("each loan belongs to one volunteer; only volunteers can record loans")


def test_a_record_that_notes_which_one_after_a_longer_subject_is_left_alone() -> None:
    sentence = "the desk by the door records which volunteer handed it out"
    assert which_one_did_it(sentence) == sentence


# --- a record it gets, a visit under a plan, the owner's details --------------------------------


def test_a_record_a_thing_gets_for_one_kind_with_a_list_is_the_things() -> None:
    spec = design(
        "A site gets a treatment plan for one species (Japanese knotweed, giant hogweed, bamboo) "
        "with a start date and a price, and the plan moves from surveyed to treating to signed "
        "off."
    )
    assert field_types(spec, "treatment_plan") == {
        "species": "enum",
        "start_date": "date",
        "price": "decimal",
        "status": "enum",
        "site_id": "reference",
    }


def test_a_thing_that_gets_a_value_with_no_list_is_left_alone() -> None:
    spec = design("Each site has an address. A site gets a price for the season.")
    assert "price" not in entity_names(spec)


def test_each_visit_under_a_plan_logged_with_a_list_is_the_visits() -> None:
    spec = design(
        "Each plan has a start date. Each spraying visit under a plan is logged with the date, "
        "the herbicide used and how many litres went on."
    )
    assert ("visit", "plan", "many_to_one") in relations(spec)
    assert field_types(spec, "visit")["litres"] == "decimal"


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "an address, the owner's name and email, and the area",
            ["an address", "the owner's name", "the owner's email", "the area"],
        ),
        ("the owner's name and notes", ["the owner's name", "notes"]),
    ],
)
def test_one_possessive_covers_the_contact_details_after_it(text: str, items: list[str]) -> None:
    assert split_list(text) == items


# --- what someone files for each record, a question kept as its answer ------------------------


def test_what_someone_files_per_record_is_a_record_of_that_record() -> None:
    assert per_one_files(
        "per loan, the member files a harvest report: did it grow (yes/no), number of seeds "
        "returned, notes"
    ) == (
        "each harvest report belongs to one loan; each harvest report has did it grow (yes/no), "
        "number of seeds returned, notes"
    )


def test_what_someone_writes_after_each_visit_is_left_alone() -> None:
    sentence = "after each visit the doctor writes a consultation note with a diagnosis"
    assert per_one_files(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        (
            "a harvest report: did it grow (yes/no), notes",
            "a harvest report: whether it grew (yes/no), notes",
        ),
        ("each visit has did they pay, the date", "each visit has whether they paid, the date"),
        ("did it rain on the day we flew", "did it rain on the day we flew"),
    ],
)
def test_a_question_in_a_list_is_kept_as_whether(sentence: str, rewritten: str) -> None:
    assert question_as_whether(sentence) == rewritten


def test_a_harvest_report_filed_per_loan_designs_its_answers() -> None:
    spec = design(
        "- members borrow seeds; each loan has the member, number of packets, date borrowed\n"
        "- per loan, the member files a harvest report: did it grow (yes/no), number of seeds "
        "returned, notes"
    )
    assert field_types(spec, "harvest_report") == {
        "grew": "boolean",
        "seeds_returned": "integer",
        "notes": "long_text",
        "loan_id": "reference",
    }


# --- states said with *to* and *ones*, examples shown by one value ------------------------------


def test_a_state_after_then_to_and_the_ones_that_move_on_are_plain_states() -> None:
    spec = design(
        "A manuscript has a title. A manuscript moves from submitted to under review, then to "
        "revision requested or accepted, accepted ones get published, and it can be rejected at "
        "any point."
    )
    assert flows(spec)["manuscript"][1] == [
        "submitted",
        "under_review",
        "revision_requested",
        "accepted",
        "published",
        "rejected",
    ]


def test_acts_told_one_at_a_time_beat_a_shorter_written_flow_of_the_same_record() -> None:
    spec = design(
        "A submission has a title and a type (photo, article or poem); it is submitted, goes into "
        "review, gets approved or rejected, and approved ones are finally placed."
    )
    assert flows(spec)["submission"][1][0] == "submitted"
    assert "placed" in flows(spec)["submission"][1]


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        (
            "each marquee has a name, a size like 6x12 and a price",
            "each marquee has a name, a size and a price",
        ),
        (
            "plus extras like lighting, flooring or heaters, each extra having its own name and price",
            "plus extras, each with name and price",
        ),
        # a colour like red or blue names values: left for the field reader
        ("each kite has a colour like red or blue", "each kite has a colour like red or blue"),
    ],
)
def test_examples_of_things_each_with_a_list_and_one_shown_value_are_dropped(
    sentence: str, rewritten: str
) -> None:
    assert without_examples(sentence) == rewritten


# --- written up when it happens, put on one and needed, done again and again ----------------


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        (
            "when someone brings in a piece to frame we write up an order: the width, the "
            "moulding and a price",
            "each order has the width, the moulding and a price",
        ),
        (
            "every sow has a name, and when she farrows we write down the litter: the farrowing "
            "date, how many piglets were born alive",
            "every sow has a name; each litter has the farrowing date, how many piglets were born "
            "alive",
        ),
    ],
)
def test_what_we_write_up_when_something_happens_is_the_record_of_the_list(
    sentence: str, rewritten: str
) -> None:
    assert when_we_write_up(sentence) == rewritten


def test_when_we_write_without_a_list_is_left_alone() -> None:
    sentence = "when someone brings in a piece we write up an order"
    assert when_we_write_up(sentence) == sentence


def test_each_one_we_put_on_one_and_need_details_of_belongs_to_it() -> None:
    assert put_each_and_need(
        "we put each passenger onto one flight and need their name, email and weight"
    ) == ("each passenger belongs to one flight; each passenger has name, email and weight")


def test_putting_things_somewhere_without_needing_their_details_is_left_alone() -> None:
    sentence = "we put each passenger onto one flight and hope for the best"
    assert put_each_and_need(sentence) == sentence


def test_an_act_done_again_and_again_noted_against_a_thing_is_a_record_of_it() -> None:
    sentence = (
        "pens have a number, and we weigh the litter every couple of weeks, so i would want the "
        "weighing date and the average weight in kilos against the litter"
    )
    assert done_every_so_note(sentence) == (
        "pens have a number; each weighing belongs to one litter; each weighing has the date and "
        "the average weight in kilos"
    )


def test_an_act_with_no_noun_of_its_own_is_left_alone() -> None:
    sentence = "we clean the tank every week, so i would want the date against the tank"
    assert done_every_so_note(sentence) == sentence


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("how many piglets were born alive", "piglets_born_alive"),
        ("how many were stillborn", "stillborn"),
        ("how many were caught", "count"),
        ("how many units were added", "units_added"),
    ],
)
def test_how_many_were_so_names_those_that_were(phrase: str, name: str) -> None:
    draft = read_field(phrase)
    assert draft is not None and (draft.name, draft.type) == (name, "integer")


def test_where_the_records_live_today_in_a_longer_phrase_is_no_record() -> None:
    spec = design(
        "At the moment it all lives in a notebook in the shed that keeps getting wet. Every sow "
        "has an ear tag number."
    )
    assert entity_names(spec) == {"sow"}


# --- who did it in a list, a record some need, coming in for things ---------------------------


def test_the_name_of_the_one_who_did_it_is_that_one() -> None:
    spec = design(
        "Every hearing test has a date, the name of the audiologist who did it and the level "
        "of hearing loss found (mild, moderate, severe or profound)."
    )
    assert entity_names(spec) == {"hearing_test"}
    assert field_types(spec, "hearing_test")["audiologist"] == "text"


def test_a_record_some_need_logged_against_one_is_of_that_one() -> None:
    assert need_one_we_log(
        "some jobs need a cemetery permit, which we log against the job with the cemetery "
        "name and whether it was granted"
    ) == (
        "each cemetery permit belongs to one job; each cemetery permit has the cemetery name "
        "and whether it was granted"
    )


def test_a_thing_some_need_without_a_list_is_left_alone() -> None:
    sentence = "some jobs need a cemetery permit, which takes weeks"
    assert need_one_we_log(sentence) == sentence


def test_people_who_come_in_for_things_have_them_each() -> None:
    spec = design(
        "Patients have a name. Patients come in for hearing tests. Every hearing test has a date."
    )
    assert relations(spec) == {("hearing_test", "patient", "many_to_one")}


def test_records_that_come_in_for_one_thing_are_that_things() -> None:
    spec = design(
        "Each customer has a name and a phone. Orders come in for a customer with the litres "
        "wanted and a delivery date."
    )
    assert ("order", "customer", "many_to_one") in relations(spec)
    assert ("customer", "order", "many_to_one") not in relations(spec)


# --- a record that ties two, only someone changes -----------------------------------------------


def test_a_record_saying_which_one_for_which_other_ties_the_two() -> None:
    assert saying_which(
        "when somebody moves in, we create a tenancy saying which flat they got for which "
        "application, with the start date"
    ) == (
        "each tenancy belongs to one flat; each tenancy belongs to one application; each "
        "tenancy has the start date"
    )


def test_saying_which_without_a_second_which_is_left_alone() -> None:
    sentence = "we create a tenancy saying which flat they got, with the start date"
    assert saying_which(sentence) == sentence


def test_only_the_one_who_changes_after_a_comma_is_a_role_of_its_own() -> None:
    spec = design(
        "Rooms have a name and an hourly rate. Bookings have a start time and a room. Staff "
        "see all bookings, only the manager changes room rates."
    )
    assert {"staff", "manager"} <= role_names(spec)


def test_one_person_who_creates_and_changes_is_one_role() -> None:
    spec = design(
        "Jobs have a title and a price. The owner creates jobs, assigns them and changes prices."
    )
    assert role_names(spec) == {"owner"}


def test_a_plural_compound_of_a_container_keeps_its_head() -> None:
    assert entity_key("drinks packages") == "drinks_package"
    assert entity_key("the product list") == "product"
