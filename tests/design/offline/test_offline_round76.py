"""Round 76: the name the owner gives a record (*every job we take on is an assignment*), a
record's list told as what is noted of it after what it is for or logged against
(*each visit is for one horse and we note ...*, *we send a newsletter for each membership, so
we log those against the membership with ...*, *whatever he fits goes down as a part on the
job: ...*), a record's own records (*for each diver we record their certifications: ...*,
*plus any allergies (the allergen and ...)*), an act named by what is noted of it (*a
surveyor inspects each hoist, noting ...*), pairings with no act (*a tutor can teach several
subjects and each subject has many tutors; for every pairing we note ...*), when and if said
before the act (*once a week a warden goes round and does a check on every hive: ...*, *if
something looks wrong the warden ...*), flows that sit in a state until something happens,
and who sees their own (*pupils and their parents see only ...*).

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

from appwright.design.offline import design_app
from appwright.spec.models import AppSpec


def roles(spec: AppSpec) -> list[str]:
    return list(spec.permissions.roles)


def test_every_thing_we_take_on_is_named_by_the_owner() -> None:
    spec = design(
        "Every job we take on is a commission, and each one has a medium, oil or watercolour. "
        "A commission is for one client and we note the size and the agreed price. Clients "
        "have a name and an email."
    )
    assert "commission" in entity_names(spec)
    assert "job" not in entity_names(spec)
    assert field_options(spec, "commission")["medium"] == ["oil", "watercolour"]
    assert ("commission", "client", "many_to_one") in relations(spec)


def test_a_thing_we_take_on_said_of_the_same_name_is_left_alone() -> None:
    spec = design("Every job we take on is a job for one client, with a date. Clients have a name.")
    assert "job" in entity_names(spec)


def test_is_for_one_and_we_note_gives_the_list_to_the_record_not_the_one_it_is_for() -> None:
    spec = design(
        "Horses have a name and a stable. Each farrier visit is for one horse (two horses are "
        "two visits) and we note the date, the work done and what the visit cost us."
    )
    assert {"date", "work_done", "cost"} <= plain_field_names(spec, "farrier_visit")
    assert "date" not in plain_field_names(spec, "horse")
    assert field_types(spec, "farrier_visit")["cost"] == "decimal"
    assert ("farrier_visit", "horse", "many_to_one") in relations(spec)


def test_is_for_one_and_we_keep_its_own_details_stays_with_the_one() -> None:
    spec = design(
        "Every order is for a customer, and we keep the customer's name, phone and email. "
        "Orders have a total."
    )
    assert {"name", "phone", "email"} <= plain_field_names(spec, "customer")


def test_records_logged_against_another_belong_to_it() -> None:
    spec = design(
        "Memberships have a tier and a start date. Every quarter we send a newsletter about the "
        "club for each membership, so we log those against the membership with the date sent "
        "and how it went out (email or post)."
    )
    assert {"date_sent"} <= plain_field_names(spec, "newsletter")
    assert ("newsletter", "membership", "many_to_one") in relations(spec)


def test_whatever_is_done_goes_down_as_a_record_on_another() -> None:
    spec = design(
        "Service jobs have a date and a van. Anything the fitter replaces goes down as a part "
        "on that job: which spare, the quantity and the unit price. Spares have a code."
    )
    assert {"quantity", "unit_price"} <= plain_field_names(spec, "part")
    assert ("part", "service_job", "many_to_one") in relations(spec)
    assert ("part", "spare", "many_to_one") in relations(spec)


def test_for_each_one_we_record_their_many_as_records_of_their_own() -> None:
    spec = design(
        "Divers have a name and an email. For each diver we record their certifications: the "
        "agency (PADI, SSI or BSAC), the level, the date issued and a link to the card."
    )
    assert {"level", "date_issued"} <= plain_field_names(spec, "certification")
    assert ("certification", "diver", "many_to_one") in relations(spec)
    assert field_options(spec, "certification")["agency"] == ["padi", "ssi", "bsac"]


def test_for_each_one_we_record_their_values_stays_a_field() -> None:
    spec = design("Divers have a name. For each diver we record their languages: french, german.")
    assert "language" not in entity_names(spec)


def test_any_many_told_in_brackets_with_their_own_fields() -> None:
    spec = design(
        "Each camper has a name, a date of birth and a tent number, plus any allergies (the "
        "allergen and what to do in a reaction)."
    )
    assert "allergen" in plain_field_names(spec, "allergy")
    assert ("allergy", "camper", "many_to_one") in relations(spec)
    assert "allergies" not in plain_field_names(spec, "camper")


def test_an_act_on_each_noting_a_list_is_a_record_of_the_act() -> None:
    spec = design(
        "Hoists have a serial number and a site. Twice a year a surveyor examines each hoist, "
        "noting the surveyor's name, the date, a result of safe or unsafe, and any defects."
    )
    assert {"surveyor_name", "date", "result"} <= plain_field_names(spec, "examination")
    assert ("examination", "hoist", "many_to_one") in relations(spec)
    assert "result" not in plain_field_names(spec, "hoist")


def test_a_pairing_with_no_act_of_its_own_is_a_record_of_both() -> None:
    spec = design(
        "Tutors have a name; a subject has a title. One tutor can teach in several subjects and "
        "each subject has many tutors, and for every pairing we note the grade level (GCSE or "
        "A level) and the date they were last observed in it."
    )
    assert {"grade_level", "last_observed_date"} <= plain_field_names(spec, "tutor_subject")
    assert ("tutor_subject", "tutor", "many_to_one") in relations(spec)
    assert ("tutor_subject", "subject", "many_to_one") in relations(spec)


def test_the_date_it_was_last_done_in_it_is_a_date() -> None:
    spec = design("Each boiler has a make and the date it was last serviced on it.")
    assert field_types(spec, "boiler")["last_serviced_date"] == "date"


def test_how_often_and_going_round_before_an_act_name_no_record() -> None:
    spec = design(
        "Hives have a name and an apiary. Keepers have a name. Once a week a keeper goes round "
        "and does a check on every hive: the date, a temper score from 1 to 5, whether the queen "
        "was seen, and notes."
    )
    assert {"date", "temper_score", "queen_seen"} <= plain_field_names(spec, "check")
    assert ("check", "hive", "many_to_one") in relations(spec)


def test_if_something_looks_wrong_without_a_comma_names_no_record_or_role() -> None:
    spec = design(
        "Hives have a name. Wardens have a name and an email. If something looks wrong the "
        "warden raises an alert on that hive with a description, and the alert moves from open "
        "to treated to closed."
    )
    names = entity_names(spec)
    assert not any(name.startswith("if_") for name in names)
    assert "if_something_look" not in roles(spec)
    assert flows(spec)["alert"][1] == ["open", "treated", "closed"]


def test_a_record_sent_at_the_end_of_a_period_keeps_its_list() -> None:
    spec = design(
        "Subcontractors have a name. They send a timesheet at the end of the week with the hours, "
        "the rate and the date it was signed."
    )
    assert {"hours", "rate"} <= plain_field_names(spec, "timesheet")
    assert "end" not in entity_names(spec)
    assert "week" not in entity_names(spec)


def test_sits_as_a_first_state_until_something_happens() -> None:
    spec = design(
        "Leases have a rent. A new lease sits as a draft until both sides sign, then becomes "
        "live, and ends up expired or terminated."
    )
    states = flows(spec)["lease"][1]
    assert states[:2] == ["draft", "live"]
    assert set(states) == {"draft", "live", "expired", "terminated"}


def test_a_bullet_headed_each_lists_the_record() -> None:
    spec = design(
        "We host schools and youth groups at the stables and want to manage the bookings:\n"
        "- schools and groups: name, email\n"
        "- each booking: ride date, arrival time, number of riders, price"
    )
    assert {"ride_date", "arrival_time", "riders", "price"} <= plain_field_names(spec, "booking")


def test_ones_that_are_just_a_bare_list_have_it() -> None:
    spec = design(
        "Fixtures we keep a list of, with the date, the venue and the opponent, and the players "
        "themselves are just name, shirt number and position, nothing fancy."
    )
    assert {"shirt_number", "position"} <= plain_field_names(spec, "player")
    assert "list" not in entity_names(spec)
    assert {"date", "venue", "opponent"} <= plain_field_names(spec, "fixture")


def test_ones_that_are_just_values_make_no_fields() -> None:
    spec = design("Our animals are just pigs, goats and sheep. Animals have a name.")
    assert "pigs" not in plain_field_names(spec, "animal")


def test_a_record_that_ties_two_then_has_a_list() -> None:
    spec = design(
        "Adopters have a name. Hedgehogs have a name. An adoption is what ties an adopter to a "
        "hedgehog, and it has a tier (bronze or gold), a start date and the yearly amount."
    )
    assert {"tier", "start_date", "yearly_amount"} <= plain_field_names(spec, "adoption")
    assert "tier" not in plain_field_names(spec, "hedgehog")


def test_one_in_one_put_forward_by_someone_with_a_list() -> None:
    spec = design(
        "Dogs have a name. A nomination is one dog in one show, put forward by their handler, "
        "with the class, the entry fee and the ring number."
    )
    assert {"entry_fee", "ring_number"} <= plain_field_names(spec, "nomination")
    assert "entry_fee" not in plain_field_names(spec, "dog")
    assert ("nomination", "handler", "many_to_one") in relations(spec)


def test_things_held_in_ones_each_with_a_list() -> None:
    spec = design(
        "Auditions run in rounds, each with a venue, a round date and a closing date. "
        "Performers have a name."
    )
    assert {"venue", "round_date", "closing_date"} <= plain_field_names(spec, "audition_round")
    assert "run" not in entity_names(spec)


def test_has_one_who_acts_gives_the_act_to_that_one() -> None:
    spec = design(
        "Each apprentice has one mentor, who sets monthly goals (the month, a target and a "
        "skill area) and can comment on any logbook entry."
    )
    assert {"target", "skill_area"} <= plain_field_names(spec, "monthly_goal")
    assert "target" not in plain_field_names(spec, "apprentice")


def test_a_wish_for_a_record_for_each_saying_a_list() -> None:
    spec = design(
        "Tenants have a name. Caretakers have a name. What we would like is a repair ticket for "
        "every reported fault saying which tenant, which caretaker, the date reported and why "
        "(leak, heating or electrics)."
    )
    assert "date_reported" in plain_field_names(spec, "repair_ticket")
    assert field_options(spec, "repair_ticket")["reason"] == ["leak", "heating", "electrics"]
    assert ("repair_ticket", "tenant", "many_to_one") in relations(spec)


def test_several_names_for_the_other_side_and_their_children() -> None:
    spec = design(
        "Each swimmer has a name and a squad. A swimmer can have several parents or carers and "
        "a carer often has more than one child with us; for a carer we keep the name and phone."
    )
    assert ("carer", "swimmer", "many_to_many") in relations(spec) or (
        "swimmer",
        "carer",
        "many_to_many",
    ) in relations(spec)
    assert "child" not in entity_names(spec)


def test_people_and_their_others_see_only_their_own() -> None:
    spec = design(
        "Entries have a date and minutes. Learners have a name. Learners and their parents see "
        "only their own entries; tutors see everything."
    )
    assert {"learner", "parent", "tutor"} <= set(roles(spec))


def test_their_own_records_names_no_record() -> None:
    spec = design_app(
        "Volunteers have a name and a phone. Volunteers may only view and edit their own "
        "records, and the coordinator sees everyone's."
    ).spec
    assert "record" not in entity_names(spec)


def test_a_measure_only_said_in_a_report_is_no_record() -> None:
    spec = design_app(
        "Pupils log practice with the date and what they played. I'd like the average "
        "practice minutes per pupil per week."
    ).spec
    assert "practice_minute" not in entity_names(spec)
    assert spec.reports


def test_describes_a_list_opening_on_a_question() -> None:
    spec = design(
        "Each change request describes what was asked for, the extra cost and whether the "
        "client approved it (yes/no)."
    )
    assert {"what_was_asked_for", "extra_cost", "approved"} <= plain_field_names(
        spec, "change_request"
    )


def test_whether_they_are_over_an_age_said_short_is_a_flag() -> None:
    spec = design(
        "Stewards sign up with name, email, phone, an emergency contact and whether they're "
        "over 21."
    )
    assert field_types(spec, "steward")["over_21"] == "boolean"


def test_marks_each_one_without_as_gives_its_values() -> None:
    spec = design(
        "Each booking has a date and a class. Afterwards the instructor marks each booking "
        "attended or no-show."
    )
    assert field_options(spec, "booking")["status"] == ["attended", "no_show"]


def test_one_per_other_per_period_with_a_list() -> None:
    spec = design(
        "We bill landlords quarterly, one statement per landlord per quarter with a statement "
        "number, the issue date and the balance. Landlords have a name."
    )
    assert {"statement_number", "issue_date", "balance"} <= plain_field_names(spec, "statement")
    assert ("statement", "landlord", "many_to_one") in relations(spec)
    assert "statement_number" not in plain_field_names(spec, "landlord")


def test_total_done_names_the_records_it_adds_up() -> None:
    spec = design(
        "Members have a name. Orders have a total and belong to a member. A refund is against "
        "one order and has an amount and a date. I'd like the total refunded per member."
    )
    assert [(r.entity, r.measure.field) for r in spec.reports] == [("refund", "amount")]


def test_has_a_list_and_holds_many_others() -> None:
    spec = design(
        "A shelf has a code and a height, and holds boxes; a box has a label and a weight."
    )
    assert ("box", "shelf", "many_to_one") in relations(spec)
    assert not any(f.startswith("holds") for f in plain_field_names(spec, "shelf"))


def test_links_one_of_each_with_a_list() -> None:
    spec = design(
        "Rooms have a name. Tutors have a name. Each lesson links a room, a tutor and the pupil "
        "who booked it, with the start time and the length in minutes."
    )
    found = relations(spec)
    assert {("lesson", "room", "many_to_one"), ("lesson", "tutor", "many_to_one")} <= found
    assert ("lesson", "pupil", "many_to_one") in found


def test_someone_writes_up_a_record_saying_which_then_with_a_list() -> None:
    spec = design(
        "Kayaks have a hull number. When a kayak comes back damaged, one of our instructors "
        "writes up an incident report saying which kayak it is, with a description and the "
        "repair cost."
    )
    assert {"repair_cost"} <= plain_field_names(spec, "incident_report")
    assert ("incident_report", "kayak", "many_to_one") in relations(spec)


def test_things_sold_in_blocks_name_the_block_after_them() -> None:
    spec = design(
        "Swims here are sold in packs. A pack is for one swimmer and records the number of "
        "swims and the price; new packs sit as pending until paid for, then become active, "
        "and end up used or expired. Swimmers have a name."
    )
    assert {"price"} <= plain_field_names(spec, "swim_pack")
    assert "pack" not in entity_names(spec)
    assert flows(spec)["swim_pack"][1][:2] == ["pending", "active"]


def test_stays_in_a_state_until_one_of_two_acts() -> None:
    spec = design(
        "Loans have a start date. A loan stays open until the borrower either returns the kit "
        "or buys it."
    )
    assert flows(spec)["loan"][1] == ["open", "returned", "bought"]
