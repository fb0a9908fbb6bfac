from __future__ import annotations

import pytest

from appwright.spec import AppSpec, SpecValidationError, load_spec
from appwright.web.design_views.spec_edits import FieldEditError, edit_field


def test_rename_follows_the_field_everywhere_the_entity_names_it(crm: AppSpec) -> None:
    spec = crm.to_json_dict()
    edited = edit_field(spec, entity="deal", field="stage", name="phase")
    checked = load_spec(edited)
    deal = checked.entity("deal")
    assert deal is not None and deal.field("phase") is not None and deal.field("stage") is None
    assert next(f for f in checked.state_flows if f.entity == "deal").field == "phase"
    # the original is untouched
    assert any(f["name"] == "stage" for f in spec["entities"][2]["fields"])


def test_retype_drops_settings_of_the_old_type() -> None:
    spec = {
        "name": "T",
        "entities": [{"name": "item", "fields": [
            {"name": "size", "type": "enum", "options": ["s", "m"]},
        ]}],
    }  # fmt: skip
    edited = edit_field(spec, entity="item", field="size", type="integer", required=True)
    assert edited["entities"][0]["fields"][0] == {
        "name": "size",
        "type": "integer",
        "required": True,
    }
    load_spec(edited)


def test_an_edit_that_breaks_the_design_is_caught_by_the_checks(crm: AppSpec) -> None:
    edited = edit_field(crm.to_json_dict(), entity="deal", field="stage", type="integer")
    with pytest.raises(SpecValidationError) as caught:
        load_spec(edited)
    assert any(issue.path.startswith("state_flows[0]") for issue in caught.value.issues)


def test_missing_entity_or_field_says_so(crm: AppSpec) -> None:
    with pytest.raises(FieldEditError, match="entity nope"):
        edit_field(crm.to_json_dict(), entity="nope", field="x", name="y")
    with pytest.raises(FieldEditError, match=r"field deal\.nope"):
        edit_field(crm.to_json_dict(), entity="deal", field="nope", name="y")
