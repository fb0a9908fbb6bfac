"""Relationships read from verbs and prepositions, and their AppSpec form."""

from __future__ import annotations

import pytest

from appwright.design.offline import design_app
from appwright.design.offline.entities import read_model
from appwright.design.offline.links_done_by import people_named


def links_of(description: str) -> set[tuple[str, str, str]]:
    return {(link.source, link.target, link.kind) for link in read_model(description).links}


def test_belongs_to_introduces_the_parent() -> None:
    links = links_of("Products have a name, and each product belongs to a category.")
    assert links == {("product", "category", "many_to_one")}


def test_linked_to_several_with_a_role_name() -> None:
    model = read_model(
        "Contacts have a name. A deal has an amount and is linked to a company and an owner"
        " contact."
    )
    found = {(link.source, link.target, link.field) for link in model.links}
    assert found == {("deal", "company", None), ("deal", "contact", "owner")}


def test_put_it_in() -> None:
    links = links_of("Log each expense with a date and an amount, and put it in a category.")
    assert links == {("expense", "category", "many_to_one")}


def test_prepositions_after_the_object() -> None:
    links = links_of(
        "Services have a price. Appointments have a start time. Clients book appointments for a"
        " service with one of our stylists."
    )
    assert ("appointment", "service", "many_to_one") in links
    assert ("appointment", "stylist", "many_to_one") in links
    assert ("appointment", "client", "many_to_one") in links


def test_actor_records_point_at_the_actor() -> None:
    links = links_of("Tickets have a subject. Employees open tickets. Agents pick up tickets.")
    assert links == {("ticket", "employee", "many_to_one"), ("ticket", "agent", "many_to_one")}


def test_many_both_ways_is_many_to_many() -> None:
    links = links_of(
        "Students have a name. Courses have a title. Students enroll in many courses, and each"
        " course has many students."
    )
    assert links == {("student", "course", "many_to_many")}


def test_many_to_many_with_data_gets_a_junction() -> None:
    model = read_model(
        "Recipes have a title. A recipe uses many ingredients and an ingredient appears in many"
        " recipes, each time with a quantity and unit."
    )
    junction = model.entities["recipe_ingredient"]
    assert [f.name for f in junction.fields] == ["quantity", "unit"]
    assert {(link.source, link.target) for link in model.links} == {
        ("recipe_ingredient", "recipe"),
        ("recipe_ingredient", "ingredient"),
    }


def test_tagged_records_get_tags() -> None:
    links = links_of("Recipes have a title. Recipes can be tagged (vegetarian, quick).")
    assert links == {("recipe", "tag", "many_to_many")}


def test_a_person_assigned_to_a_thing_is_held_by_the_thing() -> None:
    links = links_of(
        "Issues have a title. Technicians are assigned to issues. Technicians see issues"
        " assigned to them."
    )
    assert ("issue", "technician", "many_to_one") in links
    assert links_of("Assets have a tag. Assets are assigned to employees.") == {
        ("asset", "employee", "many_to_one")
    }


def test_their_own_records_point_at_their_owners() -> None:
    links = links_of(
        "Members have a name. Loans have a due date. Members only see their own loans."
    )
    assert ("loan", "member", "many_to_one") in links


def test_compound_names_belong_to_their_first_part() -> None:
    links = links_of("Orders have a date. Order lines have a quantity.")
    assert ("order_line", "order", "many_to_one") in links


def test_an_act_named_by_a_noun_points_at_both_ends() -> None:
    links = links_of(
        "Rooms have a name. Employees book a room for a time slot. Bookings cannot overlap."
    )
    assert {("booking", "employee", "many_to_one"), ("booking", "room", "many_to_one")} <= links


def test_spec_relationships_have_reference_fields() -> None:
    spec = design_app("Products have a name, and each product belongs to a category.").spec
    [relationship] = spec.relationships
    assert (relationship.from_, relationship.to, relationship.field) == (
        "product",
        "category",
        "category_id",
    )
    product = spec.entity("product")
    assert product is not None
    field = product.field("category_id")
    assert field is not None and field.type == "reference"


def test_assigned_to_an_keeps_the_whole_noun() -> None:
    links = links_of("Claims have a title. Claims are assigned to an adjuster.")
    assert links == {("claim", "adjuster", "many_to_one")}


def test_many_with_one_on_the_other_side_is_many_to_one() -> None:
    links = links_of(
        "Jobs have a deadline. Translators have a name. Each job is done by one translator and"
        " a translator works on many jobs."
    )
    assert ("job", "translator", "many_to_one") in links
    assert not any(kind == "many_to_many" for _, _, kind in links)


def test_many_both_ways_stays_many_to_many() -> None:
    links = links_of(
        "Orders have a date. Dishes have a name. An order can include lots of dishes and a dish"
        " shows up in lots of orders."
    )
    # a many-to-many has no direction: one junction either way
    assert {("dish", "order", "many_to_many"), ("order", "dish", "many_to_many")} & links
    assert not any(kind == "many_to_one" for _, _, kind in links)


def test_each_one_joining_several_is_many_to_many() -> None:
    text = "Students have a name. Each student can enrol in several classes. A class has a weekday."
    assert links_of(text) == {("student", "class", "many_to_many")}


def test_each_one_running_several_owns_them() -> None:
    text = "Depots have a name. Each depot serves several shops. A shop has an address."
    assert links_of(text) == {("shop", "depot", "many_to_one")}


def test_what_people_make_after_each_record_is_that_record_s() -> None:
    text = (
        "Shoots have a date and a fee. After the shoot I deliver one or more galleries, each with"
        " a title and a link."
    )
    assert links_of(text) == {("gallery", "shoot", "many_to_one")}


def test_what_people_look_at_after_a_record_is_not_made_by_it() -> None:
    text = (
        "Shoots have a date and a fee. After the shoot I check several galleries, each with"
        " a title and a link."
    )
    assert ("gallery", "shoot", "many_to_one") not in links_of(text)


def test_many_said_both_ways_is_many_to_many() -> None:
    links = links_of(
        "An installation has a date. Fitters have a name. An installation can have several"
        " fitters and each fitter does many installations."
    )
    assert {kind for source, target, kind in links} == {"many_to_many"}
    one_way = links_of(
        "An installation has a date. Fitters have a name. An installation can have several fitters."
    )
    assert one_way == {("fitter", "installation", "many_to_one")}


def test_a_team_made_up_of_members_who_sit_on_many_teams_is_many_to_many() -> None:
    links = links_of(
        "A team has a name. Members have a name. A team is made up of members, and one member"
        " can sit on many teams over the year."
    )
    assert {(frozenset((s, t)), k) for s, t, k in links} == {
        (frozenset(("team", "member")), "many_to_many")
    }


def test_a_pair_read_both_ways_from_no_many_keeps_its_many_to_one() -> None:
    links = links_of("Tours have a date. One of our guides gets booked for each tour.")
    assert ("tour", "guide", "many_to_one") in links
    assert all(kind == "many_to_one" for _, _, kind in links)


def test_one_of_a_kind_per_record_is_held_by_the_record() -> None:
    links = links_of(
        "Lifeguards have a name and a phone. Shifts: a date, a start time and one lifeguard per"
        " shift."
    )
    assert ("shift", "lifeguard", "many_to_one") in links
    assert ("lifeguard", "shift", "many_to_one") not in links


def test_what_a_thing_can_hold_does_not_make_it_a_person() -> None:
    found = people_named(
        [
            "an order can contain several bouquets",
            "each order is assigned to a driver",
            "drivers see only the orders assigned to them",
        ]
    )
    assert found == {"driver"}
    links = links_of(
        "Bouquets have a name. An order has a total, and an order can contain several bouquets."
        " Each order is assigned to a driver; drivers see only the orders assigned to them."
    )
    assert ("order", "driver", "many_to_one") in links
    assert not {link for link in links if link[:2] == ("driver", "order")}


@pytest.mark.parametrize(
    "description",
    [
        "Customers have a name. Each booking is for one customer.",
        "Every customer has a name, and each booking is for one customer.",
    ],
)
def test_a_record_said_only_to_be_for_one_other_is_a_record_pointing_at_it(
    description: str,
) -> None:
    assert ("booking", "customer", "many_to_one") in links_of(description)


def test_a_record_for_a_value_links_nothing() -> None:
    assert not links_of("Customers have a name. Each booking is for a date.")


@pytest.mark.parametrize("article", ["one", "an"])
def test_a_record_that_goes_to_one_person_points_at_them(article: str) -> None:
    description = f"Each callout has a date. Each callout goes to {article} engineer."
    assert ("callout", "engineer", "many_to_one") in links_of(description)


def test_a_record_that_goes_to_a_state_links_nothing() -> None:
    assert not links_of("Each callout has a date, and it goes to done when we finish.")


def test_records_people_record_are_theirs() -> None:
    links = links_of(
        "Wardens have a name. Wardens then record sandbag drops to households with the number "
        "of bags."
    )
    assert ("sandbag_drop", "warden", "many_to_one") in links
    assert not any(kind == "many_to_many" for _, _, kind in links)


@pytest.mark.parametrize(
    "description",
    [
        "Each item is of one brand.",
        "Consignors have a name. Every item comes from one consignor and is of one brand.",
    ],
)
def test_a_record_of_one_kind_points_at_it(description: str) -> None:
    assert ("item", "brand", "many_to_one") in links_of(description)


def test_a_record_of_a_quality_links_nothing() -> None:
    assert not links_of("Each wine is of a high standard.")


def test_several_of_two_kinds_are_both_the_subject_s() -> None:
    links = links_of(
        "Each client has a name; each client has several stores (store name, address) and several"
        " questionnaires of their own, which are just a title and the questions."
    )
    assert ("questionnaire", "client", "many_to_one") in links
    assert not any(kind == "many_to_many" for _, _, kind in links)


def test_one_and_several_done_by_are_still_both_the_record_s() -> None:
    links = links_of(
        "Each job has a date and an address. Each job is done by one truck and several movers."
        " Movers have a name. Trucks have a plate."
    )
    assert ("job", "mover", "many_to_many") in links


def test_which_record_someone_used_is_a_link() -> None:
    links = links_of(
        "Karts have a number. Each result has a best lap. A result also records which kart the"
        " driver was in."
    )
    assert ("result", "kart", "many_to_one") in links


def test_several_of_a_record_kept_before_are_picked_again_and_again() -> None:
    links = links_of(
        "Each piece of equipment has a type and a serial number. Customers take out a rental"
        " with a pick-up date, and one rental can cover several pieces of equipment."
    )
    assert ("rental", "equipment", "many_to_many") in links


def test_several_of_a_record_told_with_its_list_here_are_the_record_s() -> None:
    links = links_of(
        "Customers have a name. Each contract covers one or more properties, each with an"
        " address and a surface."
    )
    assert ("property", "contract", "many_to_one") in links


def test_a_note_s_one_of_a_record_per_another_is_a_link() -> None:
    links = links_of("Referrals: client name, phone. One advocate per referral.")
    assert links == {("referral", "advocate", "many_to_one")}
