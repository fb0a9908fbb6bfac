"""Mechanisms measured as the loss on batch 62 (city farms and care farms: animal adoption, group
visits, therapeutic horticulture, care placements, farm gate sales, egg collection, produce
orders, animal-care rotas, medicine books, feed stock, farm parties, keeper sign-offs).

Each test designs a sentence of its own end to end, with a twin the change must leave alone:
times named with their adjective, counts of two kinds of people, what we hold of each person,
an end a flow can reach at any point, extras added to any record, who a thing is for, a record
made for one of each of two others, acts kept as records of their own, what a record takes in,
people sharing what they turn up to, what a record is ticked as, where a record comes from, the
parts a record is made of, examples of what a record could be, things chosen off a list, two
people who may, a line that goes on from one of its states, and figures wished for."""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    field_types,
    flows,
    relations,
    report_titles,
    role_names,
    simplified,
)

from appwright.design.offline.counts_said import how_many_of_each_come
from appwright.design.offline.draft import entity_key
from appwright.design.offline.records_of_others import comes_from_one
from appwright.design.offline.remarks_dropped import could_be_whatever


def test_an_open_day_is_a_day_of_its_own() -> None:
    spec = design("Each open day has a date and a theme.")
    assert field_types(spec, "open_day") == {"date": "date", "theme": "text"}


def test_an_adjective_before_any_other_record_is_dropped() -> None:
    assert entity_key("overdue loans") == "loan"
    assert entity_key("open sessions") == "session"


def test_how_many_of_two_kinds_coming_counts_both() -> None:
    spec = design(
        "For each booking we record the family name, the date, and how many adults and children "
        "are coming."
    )
    assert field_types(spec, "booking") == {
        "family_name": "text",
        "date": "date",
        "adults": "integer",
        "children": "integer",
    }


def test_how_many_then_a_named_field_counts_only_the_first() -> None:
    spec = design(
        "For each booking we record how many adults and children come and the family name."
    )
    assert field_types(spec, "booking")["family_name"] == "text"
    assert how_many_of_each_come("how many adults and the family name") == (
        "how many adults and the family name"
    )


def test_we_hold_each_persons_fields() -> None:
    spec = design(
        "Parents book birthday parties at the farm, and we hold each parent's name, phone and email."
    )
    assert field_types(spec, "parent") == {"name": "text", "phone": "text", "email": "email"}


def test_what_they_hold_is_no_record_of_its_own() -> None:
    spec = design(
        "Students sign up with a name, phone and whether they already hold a learner's permit."
    )
    assert "learner" not in entity_names(spec)


def test_an_end_told_after_though_is_reached_from_any_state() -> None:
    spec = design(
        "A booking starts as pending, becomes deposit paid, then confirmed and finally completed, "
        "though it can be cancelled at any point."
    )
    assert flows(spec)["booking"][1] == [
        "pending",
        "deposit_paid",
        "confirmed",
        "completed",
        "cancelled",
    ]


def test_a_named_record_that_can_be_cancelled_gets_the_end() -> None:
    spec = design(
        "A booking starts as pending, then confirmed and finally completed. A booking can be "
        "cancelled at any point."
    )
    assert flows(spec)["booking"][1][-1] == "cancelled"


def test_what_a_record_can_have_done_to_it_is_no_end() -> None:
    spec = design(
        "A booking starts as pending, then confirmed and finally completed. A booking can be "
        "edited at any point."
    )
    assert flows(spec)["booking"][1] == ["pending", "confirmed", "completed"]


def test_extras_added_to_any_party_are_many_on_many() -> None:
    spec = design(
        "Each party has a date. Extras such as a cake, party bags or a tractor ride can be added "
        "to any party, each with a name and a price per child."
    )
    assert field_types(spec, "extra") == {"name": "text", "price_per_child": "decimal"}
    assert ("party", "extra", "many_to_many") in relations(spec)


def test_an_item_added_to_one_order_is_on_that_order() -> None:
    spec = design("Orders have a date. Each item can be added to one order.")
    assert ("item", "order", "many_to_one") in relations(spec)


def test_who_a_thing_is_for_is_no_role_of_the_link() -> None:
    spec = design(
        "Parents book children's birthday parties at the farm. A party has a date. A booking "
        "starts as pending, then confirmed and finally completed."
    )
    assert field_types(spec, "booking")["party_id"] == "reference"


def test_a_role_word_before_the_record_names_the_link() -> None:
    spec = design("Each match is played by a home team. Teams have a name.")
    assert "home_id" in field_types(spec, "match")


def test_a_record_for_each_of_two_others_points_at_both() -> None:
    spec = design(
        "Volunteers have a name. Tasks have a name. For each volunteer and task there is a "
        "sign-off record with the date trained."
    )
    assert field_types(spec, "sign_off") == {
        "date_trained": "date",
        "volunteer_id": "reference",
        "task_id": "reference",
    }


def test_a_record_for_each_of_one_other_points_at_it() -> None:
    spec = design(
        "Volunteers have a name. For each volunteer there is a sign-off record with the date trained."
    )
    assert entity_names(spec) == {"volunteer", "sign_off"}
    assert ("sign_off", "volunteer", "many_to_one") in relations(spec)


def test_the_act_kept_as_a_record_is_the_doers() -> None:
    spec = design(
        "Volunteers on our team have to be signed off by a keeper. For each volunteer and task "
        "there is a sign-off with the date trained. Keepers have a name. Tasks have a name."
    )
    assert ("sign_off", "keeper", "many_to_one") in relations(spec)
    assert ("volunteer", "keeper", "many_to_one") not in relations(spec)


def test_the_act_with_no_record_is_the_subjects() -> None:
    spec = design(
        "Visitors are signed in by a steward. Stewards have a name. Visitors have a name."
    )
    assert ("visitor", "steward", "many_to_one") in relations(spec)
    assert report_titles("Visitors are signed in by a steward. Stewards have a name.") == []


def test_what_a_record_covers_on_a_date_is_its_own() -> None:
    spec = design("Areas have a name. A shift covers one area on one date.")
    assert entity_names(spec) == {"area", "shift"}
    assert field_types(spec, "shift") == {"date": "date", "area_id": "reference"}


def test_a_given_date_is_a_date() -> None:
    spec = design("Areas have a name. Each visit covers one area on a given date.")
    assert field_types(spec, "visit")["date"] == "date"


def test_people_on_the_same_shift_are_many_on_many() -> None:
    spec = design(
        "Volunteers have a name. Shifts have a date; volunteers sign up, and more than one "
        "volunteer can be on the same shift."
    )
    assert ("shift", "volunteer", "many_to_many") in relations(spec)


def test_dogs_in_the_same_kennel_are_each_in_one() -> None:
    spec = design(
        "Kennels have a number. Dogs have a name. Several dogs can be in the same kennel."
    )
    assert ("dog", "kennel", "many_to_one") in relations(spec)


def test_putting_names_down_is_signing_up() -> None:
    spec = design(
        "Volunteers have a name. Shifts have a date. Volunteers put their names down for shifts."
    )
    assert ("volunteer", "shift", "many_to_many") in relations(spec)
    assert set(spec.permissions.roles) == {"volunteer"}


def test_what_a_record_is_ticked_as_is_a_yes_no() -> None:
    spec = design(
        "Shifts have a date. When a shift's finished someone ticks it as completed and can leave "
        "a note about anything odd."
    )
    assert field_types(spec, "shift") == {
        "date": "date",
        "completed": "boolean",
        "note": "long_text",
    }


def test_a_record_from_one_other_on_a_date_points_at_it() -> None:
    spec = design(
        "Henhouses have a name. A collection is from one henhouse on a date, in either the "
        "morning or the afternoon round, and records how many eggs were gathered."
    )
    fields = field_types(spec, "collection")
    assert fields["date"] == "date"
    assert fields["round"] == "enum"
    assert fields["eggs_gathered"] == "integer"
    assert ("collection", "henhouse", "many_to_one") in relations(spec)
    round_field = spec.entity("collection").field("round")  # type: ignore[union-attr]
    assert round_field is not None and round_field.options == ["morning", "afternoon"]


def test_each_record_from_one_other_points_at_it() -> None:
    spec = design("Each collection is from one henhouse.")
    assert ("collection", "henhouse", "many_to_one") in relations(spec)


def test_the_number_of_things_in_it_is_the_things() -> None:
    spec = design("Each henhouse has a name and the number of birds in it.")
    assert field_types(spec, "henhouse") == {"name": "text", "birds": "integer"}


def test_a_header_taken_each_evening_after_other_headers_is_the_record() -> None:
    spec = design(
        "Products: name, price. Daily tally per product: date, qty sold. Box count each evening: "
        "date, cash in box, card total."
    )
    assert "box_count" in entity_names(spec)


def test_a_record_of_an_act_names_what_it_was_done_to() -> None:
    spec = design(
        "Every animal has a name and a species. A treatment records the animal, the date and the "
        "dose, and can name the vet who prescribed it; vets have a name and a practice."
    )
    assert ("treatment", "animal", "many_to_one") in relations(spec)
    assert ("treatment", "vet", "many_to_one") in relations(spec)
    assert set(spec.permissions.roles) == set()


def test_people_who_record_act() -> None:
    assert role_names("Treatments have a date. Only our stock keepers can add treatments.") == {
        "stock_keeper"
    }


def test_what_things_come_from_is_one_record_with_its_list() -> None:
    spec = design(
        "Medicines carry a product name, a batch number and an expiry date and come from a "
        "supplier with a name and a phone number."
    )
    assert field_types(spec, "supplier") == {"name": "text", "phone_number": "text"}
    assert ("medicine", "supplier", "many_to_one") in relations(spec)
    assert comes_from_one("they come from a supplier with a name") == (
        "they come from a supplier with a name"
    )


def test_the_crop_a_line_names_leaves_the_rest_to_the_line() -> None:
    spec = design(
        "Orders have a date. An order is made of lines, each naming a crop with a quantity in "
        "kilos and the agreed price per kilo; a crop has a name."
    )
    assert field_types(spec, "order_line") == {
        "quantity_kilos": "decimal",
        "agreed_price_per_kilo": "decimal",
        "crop_id": "reference",
        "order_id": "reference",
    }
    assert field_types(spec, "crop") == {"name": "text"}


def test_a_thing_made_of_a_material_keeps_it() -> None:
    assert "made up of" not in simplified("Each table is made of oak.")


def test_a_note_for_each_one_who_came_is_the_notes() -> None:
    spec = design(
        "Clients have a name. After a session the therapist writes a progress note for each "
        "client who came, with a wellbeing score from 1 to 10 and comments."
    )
    assert field_types(spec, "client") == {"name": "text"}
    assert field_types(spec, "progress_note")["wellbeing_score"] == "integer"


def test_what_a_record_could_be_is_examples() -> None:
    spec = design(
        "A group books a visit, and a group could be a school, a scout troop, a care home, "
        "whatever, so for each one we keep the name, the kind of group and a contact email."
    )
    assert field_types(spec, "group") == {"name": "text", "kind": "text", "contact_email": "email"}
    assert could_be_whatever("a group could be a school") == "a group could be a school"


def test_things_picked_off_our_list_are_many_on_many() -> None:
    spec = design(
        "Visits have a date. Each visit picks several activities off our list (egg collecting, "
        "pond dipping, that sort of thing) and every activity has a name and how many minutes it "
        "takes."
    )
    assert entity_names(spec) == {"visit", "activity"}
    assert ("visit", "activity", "many_to_many") in relations(spec)


def test_things_a_record_has_several_of_are_its_own() -> None:
    spec = design(
        "Visits have a date. Each visit has several activities and every activity has a name."
    )
    assert ("activity", "visit", "many_to_one") in relations(spec)


def test_two_people_who_may_are_bothrole_names() -> None:
    assert role_names(
        "Visits have a date and a status. Only me as farm manager and the office administrator "
        "can confirm a visit."
    ) == {"farm_manager", "office_administrator"}


def test_one_person_who_may_is_one_role() -> None:
    assert role_names(
        "Visits have a date and a status. Only the office administrator can confirm a visit."
    ) == {"office_administrator"}


def test_the_ones_in_a_state_become_the_next() -> None:
    spec = design(
        "A referral has a status that runs received, assessment booked, then accepted or "
        "declined; accepted ones become active and finally ended."
    )
    assert flows(spec)["referral"][1] == [
        "received",
        "assessment_booked",
        "accepted",
        "declined",
        "active",
        "ended",
    ]


def test_a_count_per_one_and_per_other_is_tworeport_titles() -> None:
    assert report_titles(
        "Referrals have a date received and a funding source (council or self-funded). Please "
        "give me a count of referrals per month and per funding source."
    ) == ["Count of referrals per month", "Count of referrals per funding source"]


def test_a_count_per_one_per_other_is_one_report() -> None:
    assert (
        len(
            report_titles(
                "Referrals have a date received and a funding source (council or self-funded). "
                "Please give me a count of referrals per funding source per month."
            )
        )
        == 1
    )


def test_a_figure_that_would_be_handy_is_a_report() -> None:
    assert report_titles(
        "Suppliers have a name. Deliveries: date, supplier, number of bags, total cost. Monthly "
        "feed cost per supplier would be handy."
    ) == ["Monthly feed cost per supplier"]


def test_what_is_written_after_a_session_is_the_sessions() -> None:
    spec = design(
        "Sessions have a date. Clients have a name. After a session the therapist writes a "
        "progress note for each client, with a wellbeing score and comments."
    )
    assert ("progress_note", "session", "many_to_one") in relations(spec)


def test_what_is_done_after_each_week_is_no_weeks() -> None:
    assert simplified("After each week the manager writes a report.") == (
        "the manager writes a report."
    )


def test_the_examples_of_a_record_before_each_one_name_it() -> None:
    spec = design(
        "A big chunk of our income is school and group visits. A group books a visit, and a "
        "group could be a school, a scout troop, whatever, so for each one we keep the name, a "
        "contact name and a contact email. The visit has a date."
    )
    assert field_types(spec, "group") == {
        "name": "text",
        "contact_name": "text",
        "contact_email": "email",
    }
    assert field_types(spec, "visit")["date"] == "date"


def test_a_list_of_things_written_on_a_record_is_named_by_them() -> None:
    spec = design(
        "Right, the rota lives on a whiteboard. We've split the farm into areas, like the pig "
        "pens and the goat yard, and each area has a name and a list of the jobs that need doing "
        "there."
    )
    assert field_types(spec, "area") == {"name": "text", "jobs": "text"}


def test_a_second_person_who_may_after_and_only() -> None:
    assert role_names(
        "Visits have a date and a status. Educators should only see the visits they're leading, "
        "and only me as farm manager and the office administrator can confirm or cancel a visit."
    ) == {"educator", "farm_manager", "office_administrator"}


def test_a_short_list_of_who_does_what_is_each_role() -> None:
    assert {"conductor", "singer"} <= role_names(
        "Choir manager.\n- singers: name, email\n- songs: title\n- conductor edits everything, "
        "singers view only"
    )


def test_the_date_a_thing_runs_out_is_its_expiry() -> None:
    assert field_types(
        design("Each licence has a number and the date it runs out."), "licence"
    ) == {
        "number": "text",
        "expiry_date": "date",
    }
    assert (
        field_types(design("Each invoice has an amount and the date it went out."), "invoice")[
            "sent_date"
        ]
        == "date"
    )


def test_the_date_a_thing_was_handed_over_keeps_its_particle() -> None:
    spec = design("Each tool has a name and the date it was handed over.")
    assert field_types(spec, "tool")["handed_over_date"] == "date"


def test_records_done_by_doers_point_at_them() -> None:
    spec = design(
        "Inspections are carried out by inspectors. Every inspection is on one loco. Locos have "
        "a number."
    )
    assert ("inspection", "inspector", "many_to_one") in relations(spec)
    assert ("inspection", "loco", "many_to_one") in relations(spec)


def test_records_sorted_by_a_unit_point_at_nothing() -> None:
    spec = design("Orders have a date. Orders are grouped by months.")
    assert entity_names(spec) == {"order"}


# --- read after the round's figures were taken: batch 63, small-landlord lettings -------------


def test_the_people_a_record_is_done_by_hold_their_own_fields() -> None:
    spec = design(
        "Certificates have a date. The certificates are done by engineers, and I keep their "
        "name, company and phone."
    )
    assert field_types(spec, "engineer") == {"name": "text", "company": "text", "phone": "text"}
    assert ("certificate", "engineer", "many_to_one") in relations(spec)
    assert "company" not in field_types(spec, "certificate")


def test_their_fields_after_a_record_of_ours_are_the_records() -> None:
    spec = design("Each certificate is issued on a date, and we keep their reference and result.")
    assert {"reference", "result"} <= set(field_types(spec, "certificate"))


def test_a_note_takers_docs_are_documents() -> None:
    spec = design("Tenants: name. Docs per tenant: type, expiry date.")
    assert field_types(spec, "document") == {
        "type": "text",
        "expiry_date": "date",
        "tenant_id": "reference",
    }


def test_what_the_linked_records_are_is_no_role() -> None:
    spec = design(
        "Documents: type, expiry date. Follow-up checks on time-limited documents: due date, done "
        "y/n, notes."
    )
    assert field_types(spec, "follow_up_check")["document_id"] == "reference"


def test_the_part_named_with_its_is_a_record_of_its_own() -> None:
    spec = design(
        "A tenancy has the property address, the tenant's name and an end date, and its deposit "
        "records the amount held, the protection scheme (DPS, TDS or mydeposits) and the date it "
        "was protected."
    )
    assert field_types(spec, "tenancy") == {
        "property_address": "text",
        "tenant_name": "text",
        "end_date": "date",
    }
    assert field_types(spec, "deposit")["amount_held"] == "decimal"
    assert ("deposit", "tenancy", "many_to_one") in relations(spec)


def test_its_own_fields_after_and_stay_the_records() -> None:
    spec = design("A tenancy has an end date, and its rent is paid monthly.")
    assert entity_names(spec) == {"tenancy"}
