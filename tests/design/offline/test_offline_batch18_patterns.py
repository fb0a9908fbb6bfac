"""Sentence shapes learnt in the round before sealed batch 18, each designed end to end on a
sentence of its own and each rewrite checked on its own string: records counted *near* or
*behind* a place (*each with ...* is theirs, not the place's), a record that ties or is for two
others, *gets one of our ...* with the others' list, *a single ...*, *a site* as plain text,
*such as the ...* examples, a record that *runs several ...*, *uses many ... with a quantity
for each one*, *that's its own record on the ...*, and *takes place in one ...*."""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, relations

from appwright.design.offline.dropped_words import one_for_a_single
from appwright.design.offline.lists_in_passing import own_record
from appwright.design.offline.normalize import normalize_text
from appwright.design.offline.one_of_each import belongs_to_both
from appwright.design.offline.owner_asides import without_examples
from appwright.design.offline.plain_verbs import happens_for_takes_place, uses_many_with
from appwright.design.offline.whole_clauses import split_predicates

# --- records counted beside a place: each with ... is theirs ------------------------------------


@pytest.mark.parametrize(
    ("description", "subject", "fields"),
    [
        (
            "There are about twelve billboards near the ring road, each with a panel code and a"
            " weekly price.",
            "billboard",
            {"panel_code": "text", "weekly_price": "decimal"},
        ),
        (
            "There are around thirty pedalos around the lake, each with a pedalo number and an"
            " hourly price.",
            "pedalo",
            {"pedalo_number": "integer", "hourly_price": "decimal"},
        ),
        (
            "There are nearly sixty beach chairs beside the promenade, each with a chair number and"
            " an hourly price.",
            "beach_chair",
            {"chair_number": "integer", "hourly_price": "decimal"},
        ),
        # two place phrases, the second an *of* phrase: both are set aside
        (
            "There are about twenty food kiosks along the edge of the park, each with a kiosk"
            " number and a monthly rent.",
            "food_kiosk",
            {"kiosk_number": "integer", "monthly_rent": "decimal"},
        ),
        (
            "There are about thirty sheds on the far side of the lock, each with a shed number and"
            " a yearly rent.",
            "shed",
            {"shed_number": "integer", "yearly_rent": "decimal"},
        ),
        # a plural place: the first plural, the counted one, has the list
        (
            "There are some forty bird boxes among the trees in the park, each with a box number"
            " and an install date.",
            "bird_box",
            {"box_number": "text", "install_date": "date"},
        ),
    ],
)
def test_each_with_after_a_place_phrase_lists_the_counted_records_fields(
    description: str, subject: str, fields: dict[str, str]
) -> None:
    # (a thing known by its own number among thirty counts them: entities._numbered_in_a_row)
    spec = design(description)
    # the ring road, the lake, the park and the lock are where they stand, not records
    assert entity_names(spec) == {subject}
    assert field_types(spec, subject) == fields


# --- a record that ties two others, or is for both ----------------------------------------------


def test_a_record_that_ties_one_to_another_belongs_to_both_with_its_list() -> None:
    spec = design("A sponsorship ties a sponsor to one bench, with a start date and a fee.")
    assert relations(spec) == {
        ("sponsorship", "sponsor", "many_to_one"),
        ("sponsorship", "bench", "many_to_one"),
    }
    sponsorship = field_types(spec, "sponsorship")
    assert (sponsorship["start_date"], sponsorship["fee"]) == ("date", "decimal")


def test_a_record_for_one_and_one_belongs_to_both() -> None:
    spec = design("A consultation is for one wig and one client, with an appointment date.")
    assert {"consultation", "wig", "client"} <= entity_names(spec)
    assert relations(spec) == {
        ("consultation", "wig", "many_to_one"),
        ("consultation", "client", "many_to_one"),
    }
    assert field_types(spec, "consultation")["appointment_date"] == "date"


def test_gets_one_of_our_records_belongs_to_one_and_their_list_is_theirs() -> None:
    spec = design("Every party gets one of our clowns, just their stage name and phone.")
    assert relations(spec) == {("party", "clown", "many_to_one")}
    assert field_types(spec, "clown") == {"stage_name": "text", "phone": "text"}
    assert "stage_name" not in field_types(spec, "party")


def test_gets_one_of_our_records_after_a_header_and_before_a_wish() -> None:
    spec = design(
        "And clowns: every party gets one of our clowns, just their stage name, and at the end"
        " of the month I want to see how many parties each clown did."
    )
    assert ("party", "clown", "many_to_one") in relations(spec)
    assert not any(kind == "many_to_many" for _, _, kind in relations(spec))
    assert field_types(spec, "clown")["stage_name"] == "text"


def test_belongs_to_both_rewrites_ties_for_and_one_of_ours() -> None:
    assert belongs_to_both("a sponsorship ties a sponsor to one bench, with a start date") == (
        "a sponsorship belongs to a sponsor; a sponsorship belongs to one bench;"
        " a sponsorship has a start date"
    )
    assert belongs_to_both("a consultation is for one wig and one client") == (
        "a consultation belongs to one wig; a consultation belongs to one client"
    )
    assert belongs_to_both("every party gets one of our clowns, just their stage name") == (
        "every party belongs to one clown; each clown has stage name"
    )


@pytest.mark.parametrize(
    "clause",
    ["a borrower takes out a loan", "a tenant rents one flat, with a deposit"],
)
def test_belongs_to_both_leaves_other_verbs_alone(clause: str) -> None:
    assert belongs_to_both(clause) == clause


# --- a single ...: one, not a record named single -----------------------------------------------


@pytest.mark.parametrize(
    ("clause", "plain"),
    [
        (
            "every film shoot is assigned a single stunt coordinator",
            "every film shoot is assigned one stunt coordinator",
        ),
    ],
)
def test_a_single_is_one(clause: str, plain: str) -> None:
    assert one_for_a_single(clause) == plain


@pytest.mark.parametrize(
    "clause",
    [
        "each invoice is made out to a sole trader",  # a sole trader is a kind of business
        "a guest books a single room",  # a single room is a kind of room
    ],
)
def test_a_single_that_names_a_kind_is_kept(clause: str) -> None:
    assert one_for_a_single(clause) == clause


def test_a_single_record_assigned_is_that_record_end_to_end() -> None:
    spec = design(
        "Film shoots have a date and a location. "
        "Every film shoot is assigned a single stunt coordinator."
    )
    assert "stunt_coordinator" in entity_names(spec)
    assert ("film_shoot", "stunt_coordinator", "many_to_one") in relations(spec)
    assert not any("single" in name for name in entity_names(spec))
    assert not any("single" in name for name in field_types(spec, "film_shoot"))


# --- a site is text, a website a link -----------------------------------------------------------


def test_a_site_is_text_and_a_website_a_url() -> None:
    spec = design("Every dig has a site, a start date and a website.")
    assert field_types(spec, "dig") == {"site": "text", "start_date": "date", "website": "url"}


def test_a_site_alone_on_a_record_is_text() -> None:
    spec = design("Every dig has a site, a start date and a licence number.")
    assert field_types(spec, "dig")["site"] == "text"


# --- such as the ...: one example, not a record -------------------------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "each darts team belongs to a division such as the premier division",
        "each darts team belongs to a division, e.g. the premier division",
        "each darts team belongs to a division, for example the premier division",
    ],
)
def test_one_named_example_is_dropped(clause: str) -> None:
    assert without_examples(clause) == "each darts team belongs to a division"


def test_one_named_example_leaves_the_next_clause() -> None:
    assert without_examples(
        "each darts team belongs to a division such as the premier division; a division has a name"
    ) == ("each darts team belongs to a division; a division has a name")


def test_a_record_linked_to_an_example_of_another_links_to_that_record() -> None:
    spec = design(
        "Each darts team belongs to a division such as the premier division; a division has a name."
    )
    assert not any("such" in name or "premier" in name for name in entity_names(spec))
    assert ("darts_team", "division", "many_to_one") in relations(spec)
    assert field_types(spec, "division") == {"name": "text"}


# --- a record that runs, hosts or organises several others --------------------------------------


def test_a_second_predicate_with_several_objects_is_split_off() -> None:
    assert split_predicates(
        "a gala has a name and a date, and runs several races with a distance"
    ) == ("a gala has a name and a date; a gala runs several races with a distance")


@pytest.mark.parametrize(
    ("description", "owner", "owned", "fields"),
    [
        (
            "A gala has a name and a date, and runs several races, each with a distance and an"
            " entry fee.",
            "gala",
            "race",
            {"distance": "decimal", "entry_fee": "decimal"},
        ),
        (
            "A congress has a name and a date, and organises several panels, each with a topic"
            " and a fee.",
            "congress",
            "panel",
            {"topic": "text", "fee": "decimal"},
        ),
        (
            "A carnival has a name and a date, and hosts several parades, each with a route and a"
            " start time.",
            "carnival",
            "parade",
            {"route": "text", "start_time": "datetime"},
        ),
    ],
)
def test_what_a_record_puts_on_is_its_own(
    description: str, owner: str, owned: str, fields: dict[str, str]
) -> None:
    spec = design(description)
    assert entity_names(spec) == {owner, owned}  # no "runs_races" or "hosts_parades" record
    assert field_types(spec, owner) == {"name": "text", "date": "date"}
    assert relations(spec) == {(owned, owner, "many_to_one")}
    assert field_types(spec, owned) == {**fields, f"{owner}_id": "reference"}


# --- uses many ... with a quantity for each one: a pairing --------------------------------------


def test_uses_many_with_a_list_is_contains() -> None:
    assert uses_many_with("a smoothie uses many fruits with a weight") == (
        "a smoothie contains many fruits with a weight"
    )
    assert uses_many_with("a smoothie uses a blender") == "a smoothie uses a blender"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "A smoothie uses many fruits with a weight for each one.",
            "a smoothie uses many fruits with a weight.",
        ),
        (
            "A smoothie needs several fruits with a weight for each of them, and a name.",
            "a smoothie needs several fruits with a weight, and a name.",
        ),
    ],
)
def test_for_each_one_after_a_pairing_list_is_dropped(text: str, plain: str) -> None:
    assert normalize_text(text) == plain


@pytest.mark.parametrize(
    "description",
    [
        "A smoothie uses many fruits with a weight for each one. Fruits have a name and a cost.",
        "A smoothie needs several fruits with a weight for each of them. Fruits have a name and"
        " a cost.",
    ],
)
def test_a_record_using_many_with_a_quantity_each_gets_a_pairing_record(
    description: str,
) -> None:
    spec = design(description)
    assert field_types(spec, "smoothie_fruit") == {
        "weight": "decimal",
        "smoothie_id": "reference",
        "fruit_id": "reference",
    }
    assert relations(spec) == {
        ("smoothie_fruit", "smoothie", "many_to_one"),
        ("smoothie_fruit", "fruit", "many_to_one"),
    }
    assert field_types(spec, "fruit") == {"name": "text", "cost": "decimal"}


# --- that's its own record on the ...: the thing named before -----------------------------------


@pytest.mark.parametrize("joint", [" - ", "; ", ": "])
def test_its_own_record_on_another_is_the_thing_named_before(joint: str) -> None:
    clause = (
        f"we need a lifting permit{joint}that's its own record on the job, with a permit number"
    )
    assert own_record(clause) == (
        "we need a lifting permit; a lifting permit belongs to the job;"
        " a lifting permit has a permit number"
    )


@pytest.mark.parametrize("joint", [" - ", "; ", ": "])
def test_its_own_record_end_to_end(joint: str) -> None:
    spec = design(
        f"If the crane has to stand on the road we need a lifting permit{joint}that's its own"
        " record on the job, with a permit number and an expiry date."
    )
    assert "record" not in entity_names(spec)
    assert field_types(spec, "lifting_permit") == {
        "permit_number": "text",
        "expiry_date": "date",
        "job_id": "reference",
    }
    assert ("lifting_permit", "job", "many_to_one") in relations(spec)


def test_it_is_its_own_record_names_the_thing_too() -> None:
    spec = design(
        "For a night lift we need a noise exemption - it's its own record on the job, with a"
        " reference and an expiry date."
    )
    assert field_types(spec, "noise_exemption") == {
        "reference": "text",
        "expiry_date": "date",
        "job_id": "reference",
    }
    assert ("noise_exemption", "job", "many_to_one") in relations(spec)


# --- takes place in one ...: where it happens ---------------------------------------------------


def test_takes_place_in_is_happens_in() -> None:
    assert happens_for_takes_place("each supper has a date and takes place in one barn") == (
        "each supper has a date and happens in one barn"
    )
    assert happens_for_takes_place("the takeover takes a place in history") == (
        "the takeover takes a place in history"
    )


def test_a_record_taking_place_in_one_other_links_to_it() -> None:
    spec = design(
        "Each supper has a date and takes place in one barn; barns have a name and a capacity."
    )
    assert entity_names(spec) == {"supper", "barn"}  # no "take" or "place" record
    assert relations(spec) == {("supper", "barn", "many_to_one")}
    assert field_types(spec, "supper") == {"date": "date", "barn_id": "reference"}


def test_a_two_word_record_used_many_times_with_a_share_each_gets_a_pairing_record() -> None:
    spec = design(
        "A blend uses many green teas with a percentage for each one. Green teas have a name"
        " and a supplier."
    )
    assert field_types(spec, "blend_green_tea") == {
        "percentage": "decimal",
        "blend_id": "reference",
        "green_tea_id": "reference",
    }
    assert "percentage" not in field_types(spec, "green_tea")
