from __future__ import annotations

from typing import Any

from appwright.spec import load_spec
from appwright.spec.diff import diff_specs
from appwright.web.design_views.version_diff import (
    PatchOperation,
    readable_path,
    short_json,
    version_diff_view,
)

BEFORE: dict[str, Any] = {
    "name": "Deals",
    "entities": [
        {"name": "company", "fields": [{"name": "name"}]},
        {"name": "deal", "fields": [{"name": "title"}, {"name": "amount", "type": "decimal"}]},
    ],
}


def _after() -> dict[str, Any]:
    after = load_spec(BEFORE).to_json_dict()
    deal = after["entities"][1]
    deal["fields"].append({**deal["fields"][0], "name": "probability", "type": "integer"})
    deal["fields"][1]["type"] = "integer"
    return after


def test_pointers_name_list_items() -> None:
    assert readable_path("/entities/1/fields/0/type", BEFORE) == "entities[deal].fields[title].type"
    assert readable_path("/entities/5/fields", BEFORE) == "entities[5].fields"
    assert readable_path("/features/-", BEFORE) == "features[end]"
    assert readable_path("/a~1b/c~0d", {}) == "a/b.c~d"
    assert readable_path("", BEFORE) == "(the whole spec)"


def test_the_view_keeps_sentences_and_names_each_operation() -> None:
    before = load_spec(BEFORE).to_json_dict()
    after = _after()
    diff = diff_specs(before, after)
    view = version_diff_view(
        1, 2, sentences=diff.sentences, patch=diff.patch, before=before, after=after
    )
    assert view.sentences == diff.sentences
    assert any("probability" in sentence for sentence in view.sentences)
    assert PatchOperation("replace", "entities[deal].fields[amount].type", '"integer"') in (
        view.operations
    )
    added = [op for op in view.operations if op.op == "add"]
    assert added and added[0].path == "entities[deal].fields[probability]"
    assert added[0].value is not None and '"name": "probability"' in added[0].value
    assert not view.empty


def test_no_change_is_empty() -> None:
    view = version_diff_view(2, 2, sentences=[], patch=[], before=BEFORE, after=BEFORE)
    assert view.empty


def test_long_values_are_shortened() -> None:
    text = short_json({"x": "y" * 500})
    assert len(text) == 160 and text.endswith("…")
    assert short_json([1, "é"]) == '[1, "é"]'
