"""The change between two versions: an exact JSON patch and sentences a person can read."""

from __future__ import annotations

import copy
from typing import Any

import jsonpatch

from appwright.spec import load_spec
from appwright.spec.diff import diff_specs


def base() -> dict[str, Any]:
    return load_spec(
        {
            "name": "Shop",
            "entities": [
                {"name": "customer", "fields": [{"name": "name"}, {"name": "email", "type": "email"}]},
                {"name": "book", "fields": [{"name": "title"}, {"name": "notes", "type": "long_text"},
                                            {"name": "genre", "type": "enum", "options": ["sf", "crime"]}]},
            ],
            "state_flows": [{"entity": "book", "field": "status", "states": ["draft", "published"]}],
            "permissions": {"rules": [{"role": "editor", "entity": "book", "actions": ["read"]}]},
        }
    ).to_json_dict()  # fmt: skip


def change(edit: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    old = base()
    new = copy.deepcopy(old)
    edit(new)
    return old, new


def test_identical_specs_have_no_change() -> None:
    result = diff_specs(base(), base())
    assert result.empty
    assert result.summary() == "no changes"


def test_patch_applies_exactly_and_sentences_name_each_change() -> None:
    def edit(spec: dict[str, Any]) -> None:
        book = spec["entities"][1]
        book["fields"].append({"name": "probability", "type": "integer"})
        del book["fields"][1]  # notes
        book["fields"][1]["type"] = "multi_enum"  # genre
        spec["entities"][0]["name"] = "client"
        spec["permissions"]["rules"].append(
            {"role": "manager", "entity": "book", "actions": ["delete"], "scope": "all"}
        )
        spec["permissions"]["roles"].append("manager")

    old, new = change(edit)
    result = diff_specs(old, new)
    assert jsonpatch.apply_patch(old, result.patch) == new
    assert result.sentences[:6] == [
        "renamed entity customer to client",
        "added field book.probability (integer)",
        "removed field book.notes",
        "changed book.genre from enum: sf, crime to multi_enum: sf, crime",
        "added role manager",
        "rule added: manager can delete book",
    ]


def test_option_and_flag_changes() -> None:
    def edit(spec: dict[str, Any]) -> None:
        genre = spec["entities"][1]["fields"][2]
        genre["options"] = ["sf", "crime", "poetry"]
        spec["entities"][1]["fields"][0]["required"] = True

    result = diff_specs(*change(edit))
    assert "added options poetry to book.genre" in result.sentences
    assert "made book.title required" in result.sentences


def test_state_flow_and_relationship_changes() -> None:
    def edit(spec: dict[str, Any]) -> None:
        flow = spec["state_flows"][0]
        flow["states"].append("archived")
        flow["transitions"].append(
            {"name": "archive", "from": ["published"], "to": "archived", "roles": []}
        )
        spec["relationships"].append(
            {"from": "book", "to": "customer", "kind": "many_to_many", "field": None,
             "required": False, "on_delete": "restrict", "description": None}
        )  # fmt: skip

    result = diff_specs(*change(edit))
    assert "changed book.status states to draft → published → archived" in result.sentences
    assert "added book.status transition archive" in result.sentences
    assert "linked book to customer (many-to-many)" in result.sentences
