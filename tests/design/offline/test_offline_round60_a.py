"""Round 60 (a): people named only by a role while they act on a record.

An owner often names the people who do the work only by their role (*we hand it to one
glazier*, *an inspector is assigned*) and then says they may see only their own records
(*glaziers see only the jobs handed to them*). The role stays a role; each record is also
one person's, so the people are a record (with a name) the records point at. Told only in
the sentence that gives the rights, they stay a role alone. Each test designs its shape in
three or more wordings; a twin with another meaning keeps its old reading.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, plain_field_names, relations, role_names


@pytest.mark.parametrize(
    ("description", "record", "person"),
    [
        (
            "We replace shop windows. For each shop we open a glazing job with the pane size "
            "and a quoted price, and we hand it to one glazier. Glaziers see only the glazing "
            "jobs handed to them, and only the manager can set a quoted price.",
            "glazing_job",
            "glazier",
        ),
        (
            "Our lift company services lifts in office blocks. A service visit has a date and "
            "a fault description; an inspector is assigned, and the visit goes from booked to "
            "done. Inspectors see only their own service visits while the office sees them all.",
            "service_visit",
            "inspector",
        ),
        (
            "We run a tree nursery. Each delivery run has a date and a van registration, and "
            "we send a driver along. Drivers should only see their own delivery runs, and the "
            "yard manager sees everything.",
            "delivery_run",
            "driver",
        ),
        (
            "A translation agency. Each brief has a title, a word count and a deadline, "
            "and we give it to a translator. Translators see only complaints about their own "
            "briefs, and only the director can close a complaint. A complaint has a date and "
            "a reason.",
            "brief",
            "translator",
        ),
        (
            "We rent out marquees.\n- marquees: size, colour, weekly rate\n- a hire has a "
            "start date, an end date and the site address\n- each hire gets a rigger for the "
            "put-up, and riggers can only see the hires they are putting up",
            "hire",
            "rigger",
        ),
    ],
)
def test_a_role_kept_to_records_told_at_work_is_a_record(
    description: str, record: str, person: str
) -> None:
    # own_people.people_kept_to_their_own: told at work and kept to their own records, the
    # people are a record the records point at, and a role still
    spec = design(description)
    assert person in entity_names(spec)
    assert (record, person, "many_to_one") in relations(spec)
    assert person in role_names(description)


@pytest.mark.parametrize(
    "description",
    [
        "We plan weddings. Each wedding has a date, a venue and a budget. Planners see only "
        "their own weddings.",
        "A tenancy has the property address, the tenant's name and an end date. Tenants can "
        "see only their own tenancies, and only the manager can end one.",
        "Our food bank logs parcels with a date and a weight. Volunteers see only the parcels "
        "given to them, and we keep a volunteer rota on the wall.",
    ],
)
def test_a_role_told_only_with_its_rights_stays_a_role(description: str) -> None:
    # nothing is kept about them beyond the rights (*the tenant's name* is the tenancy's, the
    # *volunteer rota* a word describing another): no record of them
    spec = design(description)
    people = {"planner", "tenant", "volunteer"}
    assert not people & entity_names(spec)
    assert people & role_names(description)


@pytest.mark.parametrize(
    ("description", "record", "person", "kept"),
    [
        (
            "Boilers have a serial number and an install date.\n"
            "- services booked against a boiler: due date, status\n"
            "- the technician who did each service, with name and gas safe number",
            "service",
            "technician",
            ("technician", "gas_safe_number"),
        ),
        (
            "Each leak is logged with a location and a date. Leaks go reported, then sealed. "
            "The plumber who seals one records the seal date and the materials used.",
            "leak",
            "plumber",
            ("leak", "seal_date"),
        ),
        (
            "A lamp post has a number and a street. Faults go open, then fixed, then closed; "
            "the electrician who fixes one enters the fix date and the parts used.",
            "fault",
            "electrician",
            ("fault", "fix_date"),
        ),
        (
            "Dogs have a name and a breed.\n"
            "- trims booked for a dog: date, price\n"
            "- the groomer who did every trim, with name and phone",
            "trim",
            "groomer",
            ("groomer", "phone"),
        ),
    ],
)
def test_the_one_who_acts_on_each_record_is_a_record_it_points_at(
    description: str, record: str, person: str, kept: tuple[str, str]
) -> None:
    # people_told.one_who_did_it (with each_one naming the *one* acted on): each record is
    # done by one of the people, whose own list follows *with*, and what they write down is
    # the record's
    spec = design(description)
    assert (record, person, "many_to_one") in relations(spec)
    owner, field = kept
    assert field in plain_field_names(spec, owner)


def test_the_one_who_acts_giving_their_own_details_keeps_its_reading() -> None:
    # *enters their name*: the one who acts gives their own details, not the court's
    description = (
        "Courts have a number and a surface. The member who books one enters their name and "
        "phone number."
    )
    spec = design(description)
    assert "name" not in plain_field_names(spec, "court")
    assert "member" not in {target for _, target, _ in relations(spec)}


@pytest.mark.parametrize(
    ("description", "record", "person"),
    [
        (
            "We sell balloon rides. Each ride has a date, a launch site and the pilot taking "
            "them up.",
            "ride",
            "pilot",
        ),
        (
            "Office cleans are logged: each clean has a date, the rooms done and the cleaner "
            "doing it.",
            "clean",
            "cleaner",
        ),
        (
            "A driving school. Every lesson has a start time, a length and the instructor "
            "running it, and goes booked, then taught.",
            "lesson",
            "instructor",
        ),
    ],
)
def test_the_one_doing_it_in_a_list_is_a_link(description: str, record: str, person: str) -> None:
    # people_told.the_one_doing_it: *the pilot taking them up* is *which pilot is taking
    # them*, one of the people the list's record points at
    spec = design(description)
    assert (record, person, "many_to_one") in relations(spec)


def test_a_vague_word_doing_it_stays_a_field() -> None:
    # *the thing bothering them* names no one: a field as before
    spec = design("A GP surgery. Each appointment has a date and the thing bothering them.")
    assert entity_names(spec) == {"appointment"}
