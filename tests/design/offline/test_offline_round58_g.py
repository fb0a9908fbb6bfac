"""Round 58 (g): the shape of a whole description read the same whichever shape it takes.

Owners say the same thing as prose, as an opening and bullets, as terse notes, as short
sentences or joined with semicolons. Each reading is designed end to end over several shapes
of one meaning, which must all give the same design, with a twin of another meaning that keeps
its own reading.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, flows, relations, report_titles

from appwright.spec.models import AppSpec


def _same(spec: AppSpec) -> tuple[object, ...]:
    """What a design says: its records with their fields, its links and its flows."""
    said = spec.to_json_dict()
    return (
        {e["name"]: [(f["name"], f["type"]) for f in e["fields"]] for e in said["entities"]},
        sorted(relations(spec)),
        flows(spec),
    )


_WALK_RUN = "We run a dog walking round."
_WALK = "A walk puts one walker with one dog on a date"
_WALK_OPENING = f"{_WALK_RUN} {_WALK}"
_WALK_FLOW = (
    "is offered first, the walker accepts or declines it, and after the walk it becomes completed"
)


@pytest.mark.parametrize(
    "description",
    [
        f"{_WALK_OPENING}; it {_WALK_FLOW}.",
        f"{_WALK_OPENING}. It {_WALK_FLOW}.",
        f"{_WALK_RUN}\n- {_WALK}\n- It {_WALK_FLOW}",
    ],
    ids=["semicolon", "two sentences", "bullets"],
)
def test_a_sentence_that_opens_on_it_goes_on_about_the_record_before(description: str) -> None:
    """*A walk puts ... . It is offered first, ...*: the *it* of a sentence of its own is the
    record the sentence before named, as after a semicolon (`told_on.told_on`)."""
    spec = design(description)
    assert flows(spec)["walk"] == ("status", ["offered", "accepted", "completed", "declined"])
    assert _same(spec) == _same(design(f"{_WALK_OPENING}; it {_WALK_FLOW}."))


def test_a_sentence_that_opens_on_it_as_the_app_keeps_its_old_reading() -> None:
    """Twin: *It would be handy to see ...* is the app, not the walk: no flow, and the report."""
    spec = design(
        f"{_WALK_OPENING}. It would be handy to see the number of walks per walker each month."
    )
    assert "walk" not in flows(spec)
    assert report_titles(
        f"{_WALK_OPENING}. It would be handy to see the number of walks per walker each month."
    )


_CLUB = "Our club hosts football matches."
_MATCHES = "Matches have a date and a kick-off time."
_SEVERAL = "Several stewards work at each match and a steward works many matches"
_STEWARDS = f"{_CLUB} {_MATCHES} {_SEVERAL}"


@pytest.mark.parametrize(
    "description",
    [
        f"{_STEWARDS}; we hold their name, phone number and badge number.",
        f"{_STEWARDS}. We hold their name, phone number and badge number.",
        f"{_CLUB}\n- {_MATCHES}\n- {_SEVERAL}\n- We hold their name, phone number and badge number",
    ],
    ids=["semicolon", "two sentences", "bullets"],
)
def test_we_hold_their_list_is_of_the_people_the_sentence_before_named(description: str) -> None:
    """*Several stewards work at each match ... . We hold their name, ...*: the stewards' list,
    never the match's, as after a semicolon."""
    spec = design(description)
    assert {"name", "phone_number", "badge_number"} <= set(field_types(spec, "steward"))
    assert "badge_number" not in field_types(spec, "match")
    assert _same(spec) == _same(
        design(f"{_STEWARDS}; we hold their name, phone number and badge number.")
    )


def test_we_hold_our_own_list_keeps_its_old_reading() -> None:
    """Twin: *we hold a name ...* after the stewards is no back-reference: its own sentence."""
    spec = design(f"{_STEWARDS}. For each match we hold a name and a ticket price.")
    assert "ticket_price" in field_types(spec, "match")
    assert "steward" in entity_names(spec)
