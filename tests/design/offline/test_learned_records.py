"""The learned records step: a record for a noun the readers left unused, when a small
classifier takes it for one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from appwright.design.offline import design_app
from appwright.design.offline.learned_model import LearnedModelError, LogisticModel, load_model
from appwright.design.offline.learned_records import (
    FORMAT,
    WEIGHTS_FILE,
    accepted,
    add_learned_records,
    default_model,
    with_records,
)
from appwright.design.offline.record_candidates import RecordCandidate, candidates
from appwright.spec import load_spec

HIRE = (
    "We hire out mobility scooters. Each scooter has a serial number and a model. A hire is"
    " for one scooter and has a start date and an end date. Every hire takes a deposit,"
    " refunded when the scooter comes back."
)
ALWAYS = LogisticModel({}, 5.0, 0.5, True, None)
"""Takes every candidate."""
NEVER = LogisticModel({}, -5.0, 0.5, True, None)


def _rules_only(description: str) -> dict[str, object]:
    return dict(design_app(description, learned=False).spec.to_json_dict())


def _only(name: str) -> LogisticModel:
    """A model that takes the candidate named ``name`` and no other."""
    return LogisticModel({f"head={name}": 10.0}, -5.0, 0.5, True, None)


# --- candidates ------------------------------------------------------------------------------


def test_a_leftover_noun_is_a_candidate_attached_to_its_record() -> None:
    spec = _rules_only(HIRE)
    assert {e["name"] for e in spec["entities"]} >= {"scooter", "hire"}  # type: ignore[union-attr]
    found = {c.name: c for c in candidates(HIRE, spec)}
    assert found["deposit"].attach == "hire"
    # a record, or a field a record has, is no candidate
    assert not {"scooter", "hire", "serial_number", "start_date"} & set(found)


def test_signs_of_a_field_of_a_record_are_features() -> None:
    spec = {
        "entities": [{"name": "visit", "fields": [{"name": "date", "type": "date"}]}],
        "relationships": [],
    }
    text = "Each visit has a date, a fee and a note. Visits are charged by the mile."
    found = {c.name: c for c in candidates(text, spec)}
    assert found["fee"].features.get("object_of_record") == 1.0
    assert found["fee"].features.get("listed_with_field") == 1.0
    assert "object_of_record" not in found["mile"].features


def test_a_spec_with_no_records_has_no_candidates() -> None:
    assert candidates("Each visit has a fee.", {"entities": []}) == []


# --- which candidates are taken --------------------------------------------------------------


def test_the_model_s_most_caps_the_records_taken() -> None:
    spec = {
        "entities": [{"name": "visit", "fields": [{"name": "date", "type": "date"}]}],
        "relationships": [],
    }
    text = "Each visit is made by a nurse for a patient."
    assert len(accepted(text, spec, ALWAYS)) > 1
    capped = LogisticModel({}, 5.0, 0.5, True, 1)
    assert [c.name for c in accepted(text, spec, capped)] == ["nurse"]


def test_a_name_holding_a_record_s_name_is_not_added_beside_it() -> None:
    spec = {
        "entities": [{"name": "glass", "fields": [{"name": "name", "type": "text"}]}],
        "relationships": [],
    }
    text = "Each glass has a name. A glass order is placed after the test."
    names = [c.name for c in accepted(text, spec, ALWAYS)]
    assert "glass_order" not in names
    assert "test" in names


def test_a_name_inside_one_taken_is_left_out() -> None:
    spec = {
        "entities": [{"name": "trip", "fields": [{"name": "date", "type": "date"}]}],
        "relationships": [],
    }
    text = "Each trip has a date and a volunteer driver. The driver logs the miles."
    model = LogisticModel({"head=driver": 3.0}, -1.0, 0.5, True, None)
    assert [c.name for c in accepted(text, spec, model)] == ["volunteer_driver"]


# --- the step --------------------------------------------------------------------------------


def test_a_taken_noun_becomes_a_linked_record_with_a_name() -> None:
    spec = design_app(HIRE, learned=False).spec
    made = add_learned_records(HIRE, spec, _only("deposit"))
    assert [c.name for c in made.added] == ["deposit"]
    deposit = made.spec.entity("deposit")
    assert deposit is not None
    assert [(f.name, f.type) for f in deposit.fields] == [
        ("name", "text"),
        ("hire_id", "reference"),
    ]
    assert any(
        (r.from_, r.to, r.kind) == ("deposit", "hire", "many_to_one")
        for r in made.spec.relationships
    )


def test_a_model_that_takes_nothing_leaves_the_spec_as_it_was() -> None:
    spec = design_app(HIRE, learned=False).spec
    made = add_learned_records(HIRE, spec, NEVER)
    assert made.added == []
    assert made.spec == spec


def test_a_model_switched_off_adds_nothing() -> None:
    spec = design_app(HIRE, learned=False).spec
    off = LogisticModel({}, 5.0, 0.5, False, None)
    assert add_learned_records(HIRE, spec, off).spec == spec


def test_with_records_leaves_the_spec_it_was_given_alone() -> None:
    spec = {"entities": [{"name": "hire", "fields": []}], "relationships": []}
    taken = [RecordCandidate("deposit", "hire", (0, 0))]
    out = with_records(spec, taken)
    assert [e["name"] for e in out["entities"]] == ["hire", "deposit"]
    assert spec == {"entities": [{"name": "hire", "fields": []}], "relationships": []}


def test_a_record_with_nothing_to_attach_to_stands_alone() -> None:
    spec = {
        "name": "Hire shop",
        "entities": [{"name": "hire", "fields": [{"name": "date", "type": "date"}]}],
    }
    out = with_records(spec, [RecordCandidate("deposit", None, (0, 0))])
    assert out["relationships"] == []
    assert out["entities"][1]["fields"] == [
        {"name": "name", "type": "text", "required": True, "searchable": True}
    ]
    load_spec(out)


# --- the designer ----------------------------------------------------------------------------


def test_the_designer_asks_about_a_record_the_step_added(monkeypatch: pytest.MonkeyPatch) -> None:
    from appwright.design.offline import learned_records

    monkeypatch.setattr(learned_records, "default_model", lambda: _only("deposit"))
    result = design_app(HIRE)
    assert result.spec.entity("deposit") is not None
    asked = [q for q in result.questions if "deposit" in q]
    assert asked == [
        "Is a deposit a record of its own? I made one, linked to a hire, with only a name:"
        " what should be recorded for each deposit? (Say 'remove the deposit entity' if it"
        " is not.)"
    ]
    # the pages are designed after the step: the new record has its own
    assert any(p.name in ("deposits", "deposit") for p in result.spec.pages)


def test_the_designer_without_the_step_is_the_readers_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from appwright.design.offline import learned_records

    monkeypatch.setattr(learned_records, "default_model", lambda: _only("deposit"))
    assert design_app(HIRE, learned=False).spec.entity("deposit") is None


# --- the weights file ------------------------------------------------------------------------


def test_the_shipped_model_loads_and_is_on() -> None:
    model = default_model()
    assert model.enabled
    assert model.weights
    assert 0.0 < model.threshold < 1.0
    assert model.most == 1


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


GOOD = {"format": FORMAT, "enabled": True, "bias": 0.0, "threshold": 0.5, "weights": {}}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "other/1"}, "is not a model of format"),
        ({"weights": {"a": "x"}}, "'weights' must map feature names to numbers"),
        ({"bias": True}, "'bias' must be a number"),
        ({"threshold": None}, "'threshold' must be a number"),
        ({"enabled": "yes"}, "'enabled' must be true or false"),
        ({"most": 0}, "'most' must be a whole number"),
    ],
)
def test_a_broken_weights_file_is_a_clear_error(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    with pytest.raises(LearnedModelError, match=message):
        load_model(_write(tmp_path, {**GOOD, **change}), FORMAT)


def test_a_weights_file_that_is_not_json_or_missing_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "weights.json"
    with pytest.raises(LearnedModelError, match="cannot read"):
        load_model(path, FORMAT)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(LearnedModelError, match="is not JSON"):
        load_model(path, FORMAT)


def test_the_shipped_weights_file_is_the_package_s() -> None:
    assert WEIGHTS_FILE.name == "learned_records.json"
    assert load_model(WEIGHTS_FILE, FORMAT) == default_model()


def test_a_name_inside_a_record_s_name_is_not_added_beside_it() -> None:
    spec = {
        "entities": [{"name": "meetings_monthly", "fields": [{"name": "date", "type": "date"}]}],
        "relationships": [],
    }
    text = "Meetings monthly: date and topic. Members say which meeting they came to."
    names = [c.name for c in accepted(text, spec, ALWAYS)]
    assert "meeting" not in names
    assert "member" in names


def test_the_answer_the_question_suggests_removes_the_record(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from appwright.conversation import apply_refinement
    from appwright.design.offline import learned_records

    monkeypatch.setattr(learned_records, "default_model", lambda: _only("deposit"))
    spec = design_app(HIRE).spec
    refined = apply_refinement(spec, "remove the deposit entity")
    assert refined.not_understood == []
    assert refined.spec.entity("deposit") is None
    assert refined.spec.entity("hire") is not None


def test_a_person_taken_for_a_record_is_pointed_at() -> None:
    spec = {
        "name": "Patient transport",
        "entities": [{"name": "trip", "fields": [{"name": "date", "type": "date"}]}],
        "relationships": [],
    }
    out = with_records(spec, [RecordCandidate("driver", "trip", (0, 0))])
    assert out["relationships"][0]["from"] == "trip"
    assert out["relationships"][0]["to"] == "driver"
    assert out["entities"][0]["fields"][-1]["name"] == "driver_id"
    assert spec["entities"][0]["fields"] == [{"name": "date", "type": "date"}]
    load_spec(out)


def test_a_report_counts_per_a_record_the_step_added(monkeypatch: pytest.MonkeyPatch) -> None:
    from appwright.design.offline import learned_records

    text = (
        "We run volunteer transport. Each trip has a date, a pick-up address and the volunteer"
        " driver who does it. Show the number of trips per driver per month."
    )
    assert design_app(text, learned=False).spec.entity("volunteer_driver") is None
    monkeypatch.setattr(learned_records, "default_model", lambda: _only("driver"))
    spec = design_app(text).spec
    assert spec.entity("volunteer_driver") is not None
    assert [r.group_by for r in spec.reports] == [["volunteer_driver"]]


def test_a_word_the_readers_never_make_a_record_of_is_no_candidate() -> None:
    spec = {
        "entities": [{"name": "candle", "fields": [{"name": "scent", "type": "text"}]}],
        "relationships": [],
    }
    text = "Each candle has a scent. We pick a colour on a monday and keep a note in a spreadsheet."
    names = {c.name for c in candidates(text, spec)}
    assert not names & {"colour", "monday", "note", "spreadsheet"}


def test_what_a_report_measures_is_never_taken() -> None:
    spec = {
        "entities": [{"name": "complaint", "fields": [{"name": "subject", "type": "text"}]}],
        "relationships": [],
    }
    text = "Complaints have a subject. We want the average days to close per month."
    assert "average_day" in {c.name for c in candidates(text, spec)}
    assert "average_day" not in {c.name for c in accepted(text, spec, ALWAYS)}


def test_a_noun_that_ends_a_record_s_one_word_name_is_not_added_beside_it() -> None:
    spec = {
        "entities": [{"name": "houseplant", "fields": [{"name": "name", "type": "text"}]}],
        "relationships": [],
    }
    text = "Keep track of my houseplants: name and last watered date. Remind me when a plant needs water."
    names = [c.name for c in accepted(text, spec, ALWAYS)]
    assert "plant" not in names
    assert "water" in names
