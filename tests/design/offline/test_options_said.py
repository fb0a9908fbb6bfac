"""``options_said.options_in_brackets``: a field's values however an owner tells them, written as
the bracket every reader knows."""

from __future__ import annotations

import pytest
from offline_spec_views import design, field_options

from appwright.design.offline.options_said import options_in_brackets


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "a severity of minor, major or dangerous",
            "a severity (minor, major or dangerous)",
        ),
        (
            "a deer sign level of none, low, moderate or heavy.",
            "a deer sign level (none, low, moderate or heavy).",
        ),
        (
            "a visit has a date; its outcome is completed, missed or rescheduled.",
            "a visit has a date; it has an outcome (completed, missed or rescheduled).",
        ),
        (
            "a job has a date, and the result is pass or fail.",
            "a job has a date, and it has a result (pass or fail).",
        ),
    ],
)
def test_values_are_written_as_the_bracket(said: str, plain: str) -> None:
    assert options_in_brackets(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        "its status is open or closed.",  # the steps a record goes through: the flow readers'
        "its colour is a tartan, a check or a stripe.",  # no plain words for values
        "the winner is red or blue.",  # no word for a choice
    ],
)
def test_other_things_said_with_is_are_left(said: str) -> None:
    assert options_in_brackets(said) == said


def test_a_choice_told_as_what_it_is_becomes_a_field_with_its_values() -> None:
    spec = design(
        "Patients have a name. A visit is for one patient, with a date and notes; its outcome is"
        " completed, missed or rescheduled."
    )
    assert field_options(spec, "visit")["outcome"] == ["completed", "missed", "rescheduled"]
