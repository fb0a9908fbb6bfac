"""Round 57 (a): states and status options told in ways no reader knew.

Each reading has a sentence of a domain of its own and a twin it must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows


def test_any_field_that_starts_as_a_state_is_the_records_flow() -> None:
    """``an outcome that starts as pending and then becomes ...`` in a list is a field and its
    flow, whatever the field is called, not a record named *outcome*."""
    spec = design(
        "For each inspection we record the date, any notes and a verdict that "
        "starts as pending and then becomes approved or refused; a refused inspection can be "
        "appealed to the council. Inspectors have a name and a phone number."
    )
    assert "verdict" not in entity_names(spec)
    assert field_types(spec, "inspection")["verdict"] == "enum"
    assert flows(spec)["inspection"] == ("verdict", ["pending", "approved", "refused", "appealed"])


def test_a_field_that_starts_with_a_thing_keeps_its_old_reading() -> None:
    """Twin: a noun that *starts* at a place names no states."""
    spec = design(
        "For each walk we record the date, the distance and a route that starts at the car "
        "park. Walkers have a name and a phone number."
    )
    assert "walk" not in flows(spec)
