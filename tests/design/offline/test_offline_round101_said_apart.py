"""Round 101, the rest: clauses said apart (*..., so each party needs a room and a host*;
*..., and what we need is ...*), steps told by where a record goes and what is done to it
(*goes out as sent, comes back as returned, and then the leader either approves it or marks it
incomplete*; *parents request extra sessions and we approve or decline them*), lists told in
passing (*staff are just a name and a mobile number*; *machines are identified by ..., and
drivers by ...*), and asides that name no field.

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
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

# --- records and lists told in passing ----------------------------------------------------------


def test_we_have_two_of_the_records_names_no_first_and_second() -> None:
    spec = design(
        "We've got two mowers now, so I'd want each mower on there with its name and the "
        "hours on its meter."
    )
    assert "first_mower" not in entity_names(spec)
    assert "name" in plain_field_names(spec, "mower")


def test_staff_are_just_a_name_and_a_number() -> None:
    spec = design("Staff are just a name and a mobile number, nothing fancy.")
    assert {"name", "mobile_number"} <= plain_field_names(spec, "staff")


def test_on_which_one_is_which_one() -> None:
    spec = design(
        "For every delivery run I need to know who drove, on which van, the date and how many "
        "parcels went out."
    )
    assert ("delivery_run", "van", "many_to_one") in relations(spec)


def test_what_a_record_has_to_know_is_what_it_has() -> None:
    spec = design(
        "For every litter pick we need to know who went out, the date and how many bags we filled."
    )
    assert "date" in plain_field_names(spec, "litter_pick")


def test_examples_and_that_sort_of_thing_before_each_with() -> None:
    spec = design(
        "Then there are the prizes on the shelf, a teddy bear and that sort of thing, each "
        "with a name and how many tickets it costs."
    )
    assert "teddy_bear" not in entity_names(spec)
    assert "name" in plain_field_names(spec, "prize")


def test_ones_identified_by_a_list_and_others_by_theirs() -> None:
    spec = design(
        "Lockers are identified by a locker number and a floor, and members by a name and a "
        "card number."
    )
    assert {"name", "card_number"} <= plain_field_names(spec, "member")
    assert "members_by_name" not in plain_field_names(spec, "locker")


def test_ones_known_by_one_and_others_by_their_own_without_a_comma() -> None:
    spec = design("Vans are known by a fleet number and drivers by their name.")
    assert "fleet_number" not in entity_names(spec)
    assert "name" in plain_field_names(spec, "driver")


def test_each_one_gets_one_assigned() -> None:
    spec = design(
        "Each apprentice has a name, and every apprentice gets one mentor assigned - the "
        "mentors are staff too."
    )
    assert ("apprentice", "mentor", "many_to_one") in relations(spec)


def test_a_record_of_the_pair_named_after_one_kept_under_a_longer_name() -> None:
    spec = design(
        "Our range is a list of rose varieties, each with a name. A pot size has a label. For "
        "every variety in a given pot size we keep a trade price."
    )
    assert ("variety_pot_size", "pot_size", "many_to_one") in relations(spec)


def test_credit_is_money() -> None:
    spec = design("Each trade-in has a date and the total credit given.")
    assert field_types(spec, "trade_in")["total_credit_given"] == "decimal"


def test_things_like_examples_then_with_their_list() -> None:
    spec = design(
        "Drinks are things like a can of cola or a carton of juice, with a name and a price."
    )
    assert "carton" not in entity_names(spec)
    assert {"name", "price"} <= plain_field_names(spec, "drink")


def test_which_for_this_only_needs() -> None:
    spec = design("Each order is for a shop, which for this only needs a name and an account code.")
    assert {"name", "account_code"} <= plain_field_names(spec, "shop")


# --- clauses said apart -------------------------------------------------------------------------


def test_so_each_one_needs_is_a_clause_of_its_own() -> None:
    spec = design(
        "Studios have a name and a size, and one of our tutors runs them, so each class "
        "needs a studio and a tutor."
    )
    assert ("class", "studio", "many_to_one") in relations(spec)


def test_so_each_one_needs_after_a_single_clause_stays() -> None:
    spec = design("The soil is tested on most plots, so each test needs the date taken and the pH.")
    assert "soil" not in entity_names(spec)


def test_and_what_we_need_is_a_count() -> None:
    spec = design(
        "For the walkers just name and phone is plenty, and what I really need is a count "
        "of walks per walker."
    )
    assert {"name", "phone"} <= plain_field_names(spec, "walker")


def test_what_they_tell_us_about_is_the_item() -> None:
    spec = design(
        "Each booking has the date, any injuries they tell us about, and whether they can swim."
    )
    assert "injuries" in plain_field_names(spec, "booking")


def test_an_item_either_one_value_or_another() -> None:
    spec = design(
        "Each consent has the answer, either given or refused, the date signed and a note."
    )
    assert field_options(spec, "consent")["answer"] == ["given", "refused"]


def test_a_category_for_what_they_do_with_values() -> None:
    spec = design(
        "A trader has a name and a category for what they sell (food, crafts or clothing)."
    )
    assert field_options(spec, "trader")["category"] == ["food", "crafts", "clothing"]


def test_two_yes_no_flags_named_after() -> None:
    spec = design("Our dishes each have a name, a price and two yes/no flags, spicy and nut free.")
    assert field_types(spec, "dish")["spicy"] == "boolean"
    assert field_types(spec, "dish")["nut_free"] == "boolean"


def test_how_many_there_sometimes_are_is_no_field() -> None:
    spec = design(
        "At the end the surveyor writes up a recommendation, sometimes two if it is close, "
        "each with a cost and a priority."
    )
    assert {"cost", "priority"} <= plain_field_names(spec, "recommendation")


def test_and_later_is_no_field() -> None:
    spec = design("Each grant has the date applied and, later, the amount awarded.")
    assert {"date_applied", "amount_awarded"} <= plain_field_names(spec, "grant")


def test_any_ones_or_others_bought_for_one() -> None:
    spec = design(
        "Each repair has a date. Any parts or supplies bought for a repair are logged with a "
        "description, quantity and cost."
    )
    assert ("part", "repair", "many_to_one") in relations(spec)
    assert "supply" not in entity_names(spec)


def test_which_means_who_they_are_is_no_record() -> None:
    spec = design(
        "Staff, which means me and my two helpers, have a name and a first aid expiry date."
    )
    assert "helper" not in entity_names(spec)
    assert "name" in plain_field_names(spec, "staff")


def test_how_many_then_examples_before_each_has() -> None:
    spec = design(
        "The club runs three squads (minis, juniors and seniors) and each squad has a name "
        "and a coach."
    )
    assert "minis" not in plain_field_names(spec, "squad")


def test_a_colon_before_a_clause_gets_no_article() -> None:
    spec = design(
        "Teams borrow bibs for matches: a loan belongs to one team and records who signed it "
        "out and the date out."
    )
    assert "the_records" not in entity_names(spec)
    assert "date_out" in plain_field_names(spec, "loan")


def test_for_each_one_on_another_after_a_list_stays_its_own() -> None:
    spec = design(
        "So I need walks with a name and a length, and for each stop on a walk the landmark "
        "and its position in the order."
    )
    assert ("stop", "walk", "many_to_one") in relations(spec)


# --- steps ---------------------------------------------------------------------------------------


def test_goes_out_comes_back_then_either_acts_or_marks_it() -> None:
    spec = design(
        "Each application has a date. The application goes out as sent, comes back as "
        "returned, and then the panel either approves it or marks it incomplete."
    )
    assert flows(spec)["application"][1] == ["sent", "returned", "approved", "incomplete"]


def test_a_date_noted_on_the_way_is_a_field() -> None:
    spec = design(
        "Each certificate has a name; it moves from started to checked, then to issued when "
        "it is printed, with the issue date noted."
    )
    assert flows(spec)["certificate"][1] == ["started", "checked", "issued"]
    assert "issue_date" in plain_field_names(spec, "certificate")


def test_and_someone_either_does_it_is_no_step() -> None:
    spec = design(
        "Each fault has a title. A fault goes from reported to assigned, then fixed, and the "
        "warden either handles it himself or hands it to a contractor."
    )
    assert flows(spec)["fault"][1] == ["reported", "assigned", "fixed"]


def test_ones_ask_and_we_approve_or_decline_them() -> None:
    spec = design(
        "Each holiday request has a start date. Staff members request holiday requests "
        "themselves and I then approve or decline them."
    )
    assert flows(spec)["holiday_request"][1] == ["requested", "approved", "declined"]


def test_the_ones_are_others_too_and_we_need_their_list() -> None:
    spec = design(
        "Each trainee has a name and every trainee gets one tutor assigned - the tutors are "
        "volunteers too, I only need their name and phone."
    )
    assert {"name", "phone"} <= plain_field_names(spec, "tutor")
