"""Mechanisms measured as the loss on batch 66 (phone friendship calls, diabetic foot checks,
equipment collections, care home hair days, chiropody rounds).

Each test designs a sentence of its own end to end, with a twin the change must leave alone:
a record raised *off the back of* another, a yes/no said *just yes or no* after *whether*, a
bracket of values closed by *that's the scale we use*, a record the owner renames in brackets
(*the people we ring (we call them members)*), *a yes/no flag for diabetic*, whom a record is
for before who does it *on a visit date for a fee*, a step done *the day before*, a record that
*takes place at one care home on a set date and one of our hairdressers runs it*, records
*grouped into a round, which is one driver on a given date*, *whenever a call happens, the caller
logs it with ...*, an option *wash and set* between commas, and *any concerns they picked up on*."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows, relations, simplified

_INSPECTIONS = (
    "We keep the boilers (serial number, make and address), and each visit we write up an "
    "inspection with the date and our notes. "
)


def test_a_record_raised_off_the_back_of_another_belongs_to_it() -> None:
    spec = design(
        _INSPECTIONS + "If we find a fault we open a repair job off the back of that inspection, "
        "recording the date it was opened and the part needed."
    )
    assert "repair_job" in entity_names(spec)
    assert ("repair_job", "inspection", "many_to_one") in relations(spec)


def test_something_written_on_the_back_of_a_sheet_is_left_as_said() -> None:
    # "on the back of" is where a thing is written, not the record a new one comes from
    assert "on the back of the inspection sheet" in simplified(
        "We write the fault on the back of the inspection sheet."
    )


def test_whether_said_just_yes_or_no_is_a_yes_no_field() -> None:
    said = "We log each delivery with the date and whether the customer signed, just yes or no."
    assert "yes" not in simplified(said)
    assert field_types(design(said), "delivery") == {"date": "date", "signed": "boolean"}


def test_whether_followed_by_other_words_keeps_them() -> None:
    assert "or just ask" in simplified("We note whether it is clean or just ask the driver.")


def test_a_closing_remark_in_the_values_bracket_is_no_value() -> None:
    spec = design(
        "Each inspection has a date and a grade (pass, advisory or fail, that's the scale we use)."
    )
    grade = next(f for e in spec.entities for f in e.fields if f.name == "grade")
    assert grade.options == ["pass", "advisory", "fail"]


def test_a_value_that_is_a_scale_stays_a_value() -> None:
    spec = design("Each inspection has a date and a grade (pass, advisory or fail scale).")
    grade = next(f for e in spec.entities for f in e.fields if f.name == "grade")
    assert grade.options[:2] == ["pass", "advisory"]


def test_a_record_renamed_in_brackets_is_kept_under_its_new_name() -> None:
    spec = design(
        "We keep a list of the households we visit (we call them clients), with their "
        "address, postcode and the number of children."
    )
    assert "client" in entity_names(spec)
    assert "household" not in entity_names(spec)
    assert set(field_types(spec, "client")) >= {"address", "postcode"}


def test_a_bracket_about_calling_them_back_is_no_new_name() -> None:
    spec = design(
        "We keep a list of the households we visit (we call them weekly), with their address "
        "and postcode."
    )
    assert "weekly" not in entity_names(spec)


def test_a_yes_no_flag_for_one_word_is_that_yes_no() -> None:
    spec = design("Each dog has a name, a breed and a yes/no flag for neutered.")
    assert field_types(spec, "dog") == {"name": "text", "breed": "text", "neutered": "boolean"}


def test_a_flag_for_whether_keeps_its_clause() -> None:
    spec = design("Each dog has a name and a flag for whether it bites.")
    assert field_types(spec, "dog") == {"name": "text", "bites": "boolean"}


def test_whom_a_record_is_for_then_who_does_it_on_a_date_for_a_fee() -> None:
    spec = design(
        "Every grooming is for one dog and is done by one of our groomers on a grooming date "
        "for a price."
    )
    assert field_types(spec, "grooming") == {
        "grooming_date": "date",
        "price": "decimal",
        "dog_id": "reference",
        "groomer_id": "reference",
    }


def test_who_does_it_alone_on_a_date_for_a_fee_reads_as_before() -> None:
    spec = design("Every grooming is done by one of our groomers on a grooming date for a price.")
    assert field_types(spec, "grooming") == {
        "grooming_date": "date",
        "price": "decimal",
        "groomer_id": "reference",
    }


def test_a_step_done_the_day_before_is_just_the_step() -> None:
    spec = design(
        "Each grooming has a date and a price; it starts as booked, gets confirmed the day "
        "before, and ends up either done or cancelled."
    )
    assert flows(spec)["grooming"][1] == ["booked", "confirmed", "done", "cancelled"]


def test_the_day_before_as_a_thing_kept_stays() -> None:
    assert "the takings from the day before" in simplified(
        "We count the takings from the day before."
    )


def test_a_record_taking_place_at_one_on_a_set_date_that_one_of_ours_runs() -> None:
    spec = design(
        "Each venue has a name and an address. We run quiz nights: a quiz night takes place at "
        "one venue on a set date and one of our hosts runs it."
    )
    assert field_types(spec, "quiz_night") == {
        "date": "date",
        "venue_id": "reference",
        "host_id": "reference",
    }
    assert ("quiz_night", "host", "many_to_one") in relations(spec)


def test_a_record_at_one_on_a_date_reads_as_before() -> None:
    spec = design("Each venue has a name. A quiz night is at one venue on a date.")
    assert field_types(spec, "quiz_night") == {"date": "date", "venue_id": "reference"}


def test_a_record_grouped_into_one_that_is_one_of_ours_on_a_given_date() -> None:
    spec = design(
        "A parcel has a weight and a postcode. Parcels are batched into a run, which is one "
        "courier on a given date, and the courier marks each parcel as delivered or returned."
    )
    assert "run" in entity_names(spec)
    assert ("parcel", "run", "many_to_one") in relations(spec)
    assert ("run", "courier", "many_to_one") in relations(spec)


def test_a_record_grouped_into_one_with_no_aside_reads_as_before() -> None:
    spec = design(
        "A parcel has a weight and a postcode. Parcels are batched into a run, which we plan "
        "the night before."
    )
    assert "courier" not in entity_names(spec)


def test_whenever_one_happens_the_one_who_logs_it_gives_its_list() -> None:
    spec = design(
        "Each tutor has a name. Whenever a lesson happens, or does not, the tutor logs it with "
        "the date, how many minutes it lasted and the notes."
    )
    assert set(field_types(spec, "lesson")) >= {"date", "notes", "tutor_id"}
    assert ("lesson", "tutor", "many_to_one") in relations(spec)


def test_whenever_one_happens_a_thing_logged_with_no_list_is_left_alone() -> None:
    spec = design("Each tutor has a name. Whenever a lesson happens, the tutor logs it.")
    assert "lesson" not in entity_names(spec)


def test_an_option_said_with_and_between_commas_is_one_option() -> None:
    spec = design(
        "Each order has a date and a sauce (salt and vinegar, ketchup, mayo or gravy) and a price."
    )
    sauce = next(f for e in spec.entities for f in e.fields if f.name == "sauce")
    assert sauce.options == ["salt_and_vinegar", "ketchup", "mayo", "gravy"]


def test_options_joined_by_and_alone_are_split_as_before() -> None:
    spec = design("Each order has a date and a sauce (ketchup, mayo and gravy) and a price.")
    sauce = next(f for e in spec.entities for f in e.fields if f.name == "sauce")
    assert sauce.options == ["ketchup", "mayo", "gravy"]


def test_any_things_they_noticed_is_the_things() -> None:
    spec = design(
        "Each tutor has a name. The tutor logs each lesson with the date, the topic and any "
        "problems they picked up on."
    )
    assert "problems" in field_types(spec, "lesson")


def test_the_things_they_picked_up_with_an_object_stay_unread() -> None:
    assert "they picked up the keys" in simplified(
        "We note any visitors they picked up the keys for."
    )
