"""Round 57 (h): readers that knew *each* where *every* says the same, widened to both.

An owner's *every passenger* is the same determiner as *each passenger*; the readers below knew
only one of the twins. Each test says its sentence with the twin the reader did not know, and
asserts the reading the other twin already got.
"""

from __future__ import annotations

from offline_spec_views import design, field_types, relations, report_titles


def test_put_every_one_onto_one_and_need_their_list() -> None:
    # told_records.put_each_and_need: "we book every camper into one cabin and need their ..."
    spec = design(
        "A summer camp. We book every camper into one cabin and need their name, age and "
        "allergies. Cabins have a name and a number of beds."
    )
    assert {"name", "age", "allergies"} <= set(field_types(spec, "camper"))
    assert ("camper", "cabin", "many_to_one") in relations(spec)


def test_with_a_value_every_time_is_the_pairing_s() -> None:
    # pair_values._EACH_TIME: "..., with an amount in grams every time"
    spec = design(
        "A bakery. Each bread has a name and a price. A bread uses several flours and one flour "
        "goes into lots of breads, with an amount in grams every time; for the flours themselves "
        "we keep the brand and the stock."
    )
    assert "amount_grams" in field_types(spec, "bread_flour")
    assert ("bread_flour", "flour", "many_to_one") in relations(spec)


def test_the_weight_of_every_one_in_the_other_is_the_pairing_s() -> None:
    # pair_values._OF_EACH: "we note the weight of every spice in the blend"
    spec = design(
        "A tea shop. We sell blends with a name and a price, and spices with a name and a cost "
        "per gram. A blend uses several spices and a spice goes into many blends, and we note "
        "the weight of every spice in the blend."
    )
    assert "weight" in field_types(spec, "spice_blend")
    assert ("spice_blend", "blend", "many_to_one") in relations(spec)


def test_a_record_kept_each_day_someone_comes_in() -> None:
    # owner_acts.kept_each_time: "coaches take a register each day a swimmer comes in, noting ..."
    spec = design(
        "A swimming club. Swimmers have a name and a date of birth. Coaches take a register "
        "each day a swimmer comes in, noting the date and the lane they used."
    )
    assert {"date", "lane"} <= set(field_types(spec, "register"))
    assert ("register", "swimmer", "many_to_one") in relations(spec)


def test_kinds_of_kit_every_item_with_its_list() -> None:
    # owner_several.kinds_of_things: "the gear: wetsuits, ... and helmets, every item with ..."
    spec = design(
        "A sailing school. Then there's the gear: wetsuits, lifejackets and helmets, every item "
        "with a code and a size, and students borrow gear for a lesson."
    )
    assert {"type", "code", "size"} <= set(field_types(spec, "gear_item"))


def test_for_every_owner_and_for_each_of_their_things() -> None:
    # lists_told_around.and_for_each_of_theirs: "for every owner we note ..., and for each of ..."
    spec = design(
        "Kennels. Owners have a name and phone. For every owner we note a name and phone, and "
        "for each of their dogs the name, breed and age."
    )
    assert {"breed", "age"} <= set(field_types(spec, "dog"))
    assert not {"breed", "age"} & set(field_types(spec, "owner"))


def test_listing_how_many_of_every_thing_makes_lines() -> None:
    # acts_as_records.listing_how_many_of_each: "..., listing how many of every costume ..."
    spec = design(
        "A party shop. A customer makes a rental with a pickup date and a return date, listing "
        "how many of every costume they are taking. Costumes have a name, a size and a daily rate."
    )
    assert "quantity" in field_types(spec, "rental_line")
    assert ("rental_line", "costume", "many_to_one") in relations(spec)


def test_each_month_how_many_is_a_report() -> None:
    # reports: "each month we check how many orders came in", as its "every month" twin
    titles = report_titles(
        "A florist. Orders have a date, a customer name and a total. Each month we check how "
        "many orders came in."
    )
    assert any("orders" in title.lower() for title in titles)
