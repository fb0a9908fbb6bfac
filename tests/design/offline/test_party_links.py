"""People no sentence links: the main record (the one whose status moves, else the one named
by an act) points at them. Records shared by many people, and apps without a main record, get
no such link."""

from __future__ import annotations

from offline_spec_views import assert_only_many_to_one, design, relations

from appwright.design.offline.draft import EntityDraft, FieldDraft, LinkDraft, ModelDraft
from appwright.design.offline.party_links import party_links


def _model(*entities: tuple[str, list[str]]) -> ModelDraft:
    model = ModelDraft()
    for name, fields in entities:
        model.entities[name] = EntityDraft(name, [FieldDraft(f) for f in fields])
    return model


def test_the_record_whose_status_moves_points_at_the_customer() -> None:
    model = _model(("customer", ["name", "phone"]), ("job", ["site_address"]), ("fitter", []))
    made = party_links(model, [LinkDraft("job", "fitter")], flowing=["job"])
    assert [(link.source, link.target) for link in made] == [("job", "customer")]


def test_without_a_flow_the_record_named_by_an_act_points_at_the_customer() -> None:
    model = _model(("customer", ["name", "email"]), ("tyre", ["brand"]), ("fitting", ["date"]))
    made = party_links(model, [], flowing=[])
    assert [(link.source, link.target) for link in made] == [("fitting", "customer")]


def test_nothing_is_linked_without_a_main_record_or_an_island() -> None:
    no_main = _model(("customer", ["name", "email"]), ("product", ["name", "price"]))
    assert party_links(no_main, [], flowing=[]) == []
    linked = _model(("customer", ["name", "email"]), ("booking", ["date"]))
    assert party_links(linked, [LinkDraft("booking", "customer")], flowing=[]) == []
    no_person = _model(("tyre", ["brand"]), ("fitting", ["date"]))
    assert party_links(no_person, [], flowing=["fitting"]) == []


def test_a_job_described_apart_from_its_customers_points_at_them() -> None:
    spec = design(
        "We're a small glazing firm. Customers ring us up and we take down their name, phone "
        "and address. Each job has a site address and a quoted price, and it is fitted by one "
        "of our fitters. A job starts as an enquiry, then gets booked, fitted and invoiced."
    )
    assert_only_many_to_one(spec, "job", "customer")
    assert_only_many_to_one(spec, "job", "fitter")


def test_a_fitting_written_up_apart_from_its_customers_points_at_them() -> None:
    spec = design(
        "I run a tyre garage. Customers have a name, a phone number and their vehicle "
        "registration. When a car comes in we write up a fitting with the date, the mileage "
        "and the labour charge."
    )
    assert_only_many_to_one(spec, "fitting", "customer")


def test_a_talk_many_speakers_share_is_not_an_attendee_s() -> None:
    spec = design(
        "Speakers have a name and a bio. A talk can have several speakers and a speaker can "
        "give several talks. Talks go from submitted to accepted or rejected. Attendees "
        "register with a name and an email."
    )
    assert not {r for r in relations(spec) if "attendee" in r[:2]}
