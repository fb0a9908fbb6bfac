"""Sentence shapes first met in held-out batch 9 (written by another author, sealed until the
designer had been improved on batch 8): a new clause with its own *each X* subject inside a
sentence that opened with another record."""

from __future__ import annotations

from offline_spec_views import design

from appwright.design.offline.sentences import clauses


def test_each_subject_after_and_opens_a_clause_of_its_own() -> None:
    assert clauses("vans have a plate and a size, and each delivery uses one van") == [
        "vans have a plate and a size",
        "each delivery uses one van",
    ]
    # a list that goes on is not cut
    assert clauses("vans have a plate, a size, and each seat counted") == [
        "vans have a plate, a size, and each seat counted"
    ]


def test_fields_after_the_new_subject_are_its_own() -> None:
    spec = design(
        "Vans have a plate and a size, and each delivery uses one van and has an address and a "
        "delivery date."
    )
    van, delivery = spec.entity("van"), spec.entity("delivery")
    assert van is not None and delivery is not None
    assert {f.name for f in van.fields} >= {"plate", "size"}
    assert "address" not in {f.name for f in van.fields}
    assert {"address", "delivery_date", "van_id"} <= {f.name for f in delivery.fields}
