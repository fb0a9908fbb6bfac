"""*For each one* named as the records it counts (``appwright.design.offline.each_one``)."""

from __future__ import annotations

import pytest
from offline_spec_views import design, field_types

from appwright.design.offline.each_one import name_each_one


@pytest.mark.parametrize(
    ("said", "named"),
    [
        (
            ["we've got about a dozen tubs and for each one i need its name"],
            "we've got about a dozen tubs and for each tub i need its name",
        ),
        (
            ["customers book sessions, and for every one of them we record the fee"],
            "customers book sessions, and for each session we record the fee",
        ),
        (
            ["our volunteers run stalls at the fair", "for each one we note the pitch"],
            "for each stall we note the pitch",
        ),
        (
            ["we have twelve tubs for weekends and parties", "for each one i need its name"],
            "for each tub i need its name",
        ),
    ],
)
def test_each_one_is_named_by_the_records_it_counts(said: list[str], named: str) -> None:
    assert name_each_one(said)[-1] == named


@pytest.mark.parametrize(
    "said",
    [
        # one of a record's several: each pairing's number, read by the pairing readers
        ["a job can use several parts, and for each one i note the quantity used"],
        ["a wig needs several fittings, and for each one i jot down the date"],
        # nothing counted before it
        ["for each one we keep a name"],
        # "each one of our vans" names its records already
        ["for each one of our vans we keep a registration"],
    ],
)
def test_each_one_is_left_as_said(said: list[str]) -> None:
    assert name_each_one(said) == said


def test_the_records_counted_get_the_list() -> None:
    spec = design(
        "We've got about a dozen tubs and for each one I need its name, how many people it"
        " seats and the weekly hire price."
    )
    assert field_types(spec, "tub")["weekly_hire_price"] == "decimal"
