"""Sentence shapes first met in held-out batch 6 (plain business descriptions), each tested on
a sentence of its own: modifiers between an article and its noun, *whether* facts, a noun that
is also a flow verb, collective quantities, and a clause opened by *a* + noun acting."""

from __future__ import annotations

from offline_spec_views import relations

from appwright.design.offline import design_app
from appwright.design.offline.entities import read_model
from appwright.design.offline.fields import read_field
from appwright.design.offline.list_hosts import host_np
from appwright.design.offline.list_items import split_list
from appwright.design.offline.normalize import normalize_text


def links_of(description: str) -> set[tuple[str, str, str]]:
    return {(link.source, link.target, link.kind) for link in read_model(description).links}


def test_modifier_between_article_and_noun_is_crossed_to_the_object() -> None:
    host = host_np("a gardener trims a hedge on a sunny morning")
    assert host is not None and host.phrase == "hedge"


def test_whether_a_thing_is_done_to_names_the_thing_and_the_participle() -> None:
    for phrase, name in (
        ("whether the gate is locked", "gate_locked"),
        ("whether insurance has been renewed", "insurance_renewed"),
        ("whether the tenant has signed yet", "signed"),
        ("whether it is refundable", "refundable"),
    ):
        draft = read_field(phrase)
        assert draft is not None and (draft.name, draft.type) == (name, "boolean")


def test_noun_after_an_article_is_no_flow_verb() -> None:
    spec = design_app(
        "A rider buys a pass from one zone to another on a travel date, with the price and"
        " whether parking is included. A pass is issued, used, expired or refunded."
    ).spec
    assert [(f.entity, f.states) for f in spec.state_flows] == [
        ("pass", ["issued", "used", "expired", "refunded"])
    ]


def test_collective_quantity_means_several() -> None:
    assert "several singers" in normalize_text("A concert has a team of singers")
    text = (
        "Concerts have a date. Each concert is played by one orchestra and a group of soloists;"
        " orchestras have a name, soloists have a name and an instrument."
    )
    links = links_of(text)
    assert ("concert", "orchestra", "many_to_one") in links
    assert ("concert", "soloist", "many_to_many") in links


def test_clause_opened_by_one_actor_links_the_object_to_it() -> None:
    spec = design_app(
        "A tenant files a complaint about noise, with a date and a description."
        " Tenants have a name and a flat number."
    ).spec
    assert ("complaint", "tenant", "many_to_one") in relations(spec)


def test_second_participle_shares_the_first_is() -> None:
    text = "Lessons have a date. Each lesson is in one studio and given by one instructor."
    assert ("lesson", "instructor", "many_to_one") in links_of(text)


def test_each_with_after_a_plural_lists_that_plurals_fields() -> None:
    model = read_model(
        "The warehouse is divided into bays, each with a code, a floor area in square metres"
        " and whether it is heated."
    )
    bay = model.entities["bay"]
    assert [(f.name, f.type) for f in bay.fields] == [
        ("code", "text"),
        ("floor_area_metres", "decimal"),
        ("heated", "boolean"),
    ]


def test_for_each_inside_a_list_moves_the_rest_to_that_record() -> None:
    model = read_model(
        "Tenants lease a flat; we store each tenant's name and email, and for each lease the"
        " start date, the rent and whether the deposit was returned."
    )
    assert [f.name for f in model.entities["tenant"].fields] == ["name", "email"]
    assert [f.name for f in model.entities["lease"].fields] == [
        "start_date",
        "rent",
        "deposit_returned",
    ]


def test_report_after_a_modal_is_the_verb() -> None:
    from appwright.design.offline.report_requests import is_report_request

    assert not is_report_request("visitors can report broken lights on a street")
    assert is_report_request("we want a report of visits per month")


def test_subject_with_a_prepositional_phrase_is_its_head() -> None:
    model = read_model(
        "Clients have a name. A proposal for a client has the number of pages, the output in"
        " kW and the total fee."
    )
    assert [(f.name, f.type) for f in model.entities["proposal"].fields] == [
        ("pages", "integer"),
        ("output_kw", "decimal"),
        ("total_fee", "decimal"),
    ]
    assert [f.name for f in model.entities["client"].fields] == ["name"]


def test_flow_listed_with_commas_before_and_then() -> None:
    spec = design_app(
        "Parcels have a weight. A parcel is weighed, labelled, loaded and then delivered."
    ).spec
    flow = next(f for f in spec.state_flows if f.entity == "parcel")
    assert flow.states == ["weighed", "labelled", "loaded", "delivered"]


def test_second_predicate_with_is_shares_the_subject() -> None:
    text = (
        "Concerts have a date. A ticket is sold by an agent and is for one concert, with the"
        " seat and the price."
    )
    model = read_model(text)
    assert [f.name for f in model.entities["ticket"].fields] == ["seat", "price"]
    assert {("ticket", "agent", "many_to_one"), ("ticket", "concert", "many_to_one")} <= (
        links_of(text)
    )


def test_verb_with_s_that_is_no_plural_ends_the_field_list() -> None:
    text = "Farms have a name. Each crate has a label and a weight, and comes from one farm."
    assert [f.name for f in read_model(text).entities["crate"].fields] == ["label", "weight"]
    assert ("crate", "farm", "many_to_one") in links_of(text)


def test_participle_after_a_date_keeps_the_date_type() -> None:
    draft = read_field("the date read")
    assert draft is not None and draft.type == "date"
    draft = read_field("the time set")
    assert draft is not None and draft.type == "datetime"


def test_they_after_and_is_the_sentence_subject() -> None:
    text = (
        "Workshops have a title. Volunteers have a name and a phone, and they register for"
        " workshops; each registration has a date and a role."
    )
    links = links_of(text)
    assert ("registration", "volunteer", "many_to_one") in links
    assert ("registration", "workshop", "many_to_one") in links


def test_flow_told_at_the_end_of_a_field_list_is_no_field() -> None:
    spec = design_app(
        "An order records the quantity and the price, and goes from placed to packed to"
        " shipped, or returned."
    ).spec
    order = spec.entity("order")
    assert order is not None
    assert [f.name for f in order.fields if f.type != "reference"][:2] == ["quantity", "price"]
    assert order.field("goes") is None and order.field("returned") is None
    flow = next(f for f in spec.state_flows if f.entity == "order")
    assert flow.states == ["placed", "packed", "shipped", "returned"]


def test_bounded_number_of_is_a_count() -> None:
    draft = read_field("a minimum number of riders")
    assert draft is not None and (draft.name, draft.type) == ("minimum_riders", "integer")


def test_last_slashed_value_after_or_is_kept() -> None:
    items = split_list("title, stage draft/review/published or archived")
    assert items == ["title", "stage draft/review/published/archived"]
    draft = read_field(items[1])
    assert draft is not None and draft.options == ["draft", "review", "published", "archived"]


def test_belongs_to_header_lists_the_subjects_fields() -> None:
    text = "Clubs (name, city). Riders belong to a club: name, licence number, birth date."
    model = read_model(text)
    assert [f.name for f in model.entities["rider"].fields] == [
        "name",
        "licence_number",
        "birth_date",
    ]
    assert ("rider", "club", "many_to_one") in links_of(text)


def test_coordinated_prepositional_phrase_is_crossed_to_its_head() -> None:
    host = host_np("duels between a red knight and a blue knight")
    assert host is not None and host.phrase == "duels"


# --- reports whose measure is not a field ----------------------------------------------------


def reports_of(description: str) -> list[tuple[str, str, str | None, list[str]]]:
    spec = design_app(description).spec
    return [(r.entity, r.measure.agg, r.measure.field, r.group_by) for r in spec.reports]


def test_shows_up_is_no_report() -> None:
    from appwright.design.offline.report_requests import is_report_request

    assert not is_report_request("a guest often shows up in several bookings")


def test_days_to_an_act_is_an_average_of_a_new_field() -> None:
    found = reports_of(
        "Complaints have a subject and a date. We want the average days to close per month."
    )
    assert ("complaint", "avg", "days_to_close", []) in found


def test_most_used_things_count_the_records_pointing_at_them() -> None:
    found = reports_of(
        "Members rent kayaks. Kayaks have a name. Each rental has a rent date and a kayak."
        " Show rentals per month and the most rented kayaks."
    )
    assert ("rental", "count", None, ["kayak"]) in found


def test_how_many_of_a_number_field_adds_it_up() -> None:
    found = reports_of(
        "Tours have a tour date and a number of visitors. Show how many visitors we guide each"
        " month."
    )
    assert ("tour", "sum", "visitors", []) in found


def test_group_by_a_field_of_the_record_pointed_at() -> None:
    found = reports_of(
        "Lockers have a code and a corridor. Each booking has a date and is for one locker."
        " We need a report of usage per corridor per week."
    )
    assert ("booking", "count", None, ["locker.corridor"]) in found


# --- records named by a verb, a pair or a share --------------------------------------------


def test_act_noun_from_the_dictionary() -> None:
    from appwright.design.offline.act_nouns import act_noun

    assert act_noun("reserve") == "reservation"
    assert act_noun("register") == "registration"
    assert act_noun("assign") == "assignment"


def test_act_with_a_date_of_its_own_is_a_record() -> None:
    text = (
        "Courts have a number. Players have a name. Players can reserve a court ahead for a"
        " chosen day."
    )
    model = read_model(text)
    assert [(f.name, f.type) for f in model.entities["reservation"].fields] == [("date", "date")]
    links = links_of(text)
    assert ("reservation", "court", "many_to_one") in links
    assert ("reservation", "player", "many_to_one") in links


def test_one_for_one_points_the_record_at_its_one_person() -> None:
    text = "Repairs have a cost. Welders work on repairs, one welder for each repair."
    links = links_of(text)
    assert ("repair", "welder", "many_to_one") in links
    assert ("welder", "repair", "many_to_one") not in links


def test_noun_per_record_per_record_is_a_record_of_the_pair() -> None:
    text = (
        "Pupils: name, class.\nExams: subject, date.\nScore per exam per pupil, mark 0-100,"
        " absent yes/no"
    )
    model = read_model(text)
    assert [f.name for f in model.entities["score"].fields] == ["mark", "absent"]
    links = links_of(text)
    assert ("score", "exam", "many_to_one") in links
    assert ("score", "pupil", "many_to_one") in links


def test_status_header_of_a_record_tells_its_flow() -> None:
    spec = design_app(
        "Claims: title, amount\n- claim status: opened -> checked -> settled -> archived"
    ).spec
    flow = next(f for f in spec.state_flows if f.entity == "claim")
    assert flow.states == ["opened", "checked", "settled", "archived"]
    assert spec.entity("claim_status") is None


def test_participle_after_a_plural_header_describes_the_records() -> None:
    text = "- visits: date, notes\n- drugs given during a visit: drug name, dose"
    model = read_model(text)
    assert [f.name for f in model.entities["drug"].fields] == ["drug_name", "dose"]
    assert ("drug", "visit", "many_to_one") in links_of(text)


def test_yes_no_fact_with_the_subject_left_out() -> None:
    model = read_model("Lockers have a code, a size and if is near the door.")
    locker = model.entities["locker"]
    assert [(f.name, f.type) for f in locker.fields][-1] == ("near_door", "boolean")


def test_noun_with_a_he_clause_and_its_values() -> None:
    draft = read_field("the route she drive (north, south or ring)")
    assert draft is not None
    assert draft.type == "enum" and draft.options == ["north", "south", "ring"]


def test_one_actor_with_a_dated_act_makes_the_act_the_record() -> None:
    text = "Cabins have a number of beds. A hiker reserves a cabin for a given night."
    links = links_of(text)
    assert {("reservation", "cabin", "many_to_one"), ("reservation", "hiker", "many_to_one")} <= (
        links
    )
    assert ("cabin", "hiker", "many_to_one") not in links


def test_and_is_participle_shares_the_subject_for_a_with_list() -> None:
    model = read_model(
        "Each parcel is for one shop and is carried by a driver, with a weight and whether it"
        " is insured."
    )
    assert [f.name for f in model.entities["parcel"].fields] == ["weight", "insured"]
