"""The hand-written example specs: valid, stable under a round trip, written in the canonical
shape, complete designs (nothing left for normalization to invent), and covering what the dev
benchmark's gold answers ask for."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from appwright.spec import AppSpec, load_spec, validate_spec
from appwright.spec.models import ComponentNode, ContainerNode, LayoutNode
from appwright.spec.parse import KNOWN_KEYS

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
BENCHMARKS = REPO.parent / "shared" / "benchmarks"
IDS = ["books", "crm", "expenses", "feedback", "habits",
       "helpdesk", "inventory", "projects", "recipes", "salon"]  # fmt: skip

CANONICAL_TOP_LEVEL = {
    "name", "slug", "description", "type", "tier", "features", "entities", "relationships",
    "state_flows", "pages", "permissions", "reports", "automations", "settings",
}  # fmt: skip
FREE_FORM_KEYS = {"props", "default"}
"""Keys whose values are data, not AppSpec structure."""


def raw(example_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{example_id}.json").read_text("utf-8"))
    return data


def keys_in(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            if key not in FREE_FORM_KEYS:
                yield from keys_in(value)
    elif isinstance(node, list):
        for item in node:
            yield from keys_in(item)


def components(node: LayoutNode) -> Iterator[ComponentNode]:
    if isinstance(node, ContainerNode):
        for child in node.children:
            yield from components(child)
    else:
        yield node


def containers(node: LayoutNode) -> Iterator[ContainerNode]:
    if isinstance(node, ContainerNode):
        yield node
        for child in node.children:
            yield from containers(child)


def test_there_is_one_example_per_dev_description() -> None:
    assert sorted(p.stem for p in EXAMPLES.glob("*.json")) == IDS


@pytest.mark.parametrize("example_id", IDS)
def test_example_loads_without_issues(example_id: str) -> None:
    spec, issues = validate_spec(EXAMPLES / f"{example_id}.json")
    assert issues == []
    assert spec is not None


@pytest.mark.parametrize("example_id", IDS)
def test_example_round_trips(example_id: str) -> None:
    spec = load_spec(EXAMPLES / f"{example_id}.json")
    dumped = spec.to_json_dict()
    again = load_spec(dumped)
    assert again == spec
    assert again.to_json_dict() == dumped
    assert load_spec(json.dumps(dumped)) == spec


@pytest.mark.parametrize("example_id", IDS)
def test_example_is_written_in_the_canonical_shape(example_id: str) -> None:
    data = raw(example_id)
    assert set(data) == CANONICAL_TOP_LEVEL
    unknown = set(keys_in(data)) - set(KNOWN_KEYS)
    assert unknown == set(), f"keys outside the canonical shape: {sorted(unknown)}"
    for rel in data["relationships"]:
        assert {"from", "to", "kind", "on_delete"} <= set(rel)
    dumped = load_spec(EXAMPLES / f"{example_id}.json").to_json_dict()
    assert set(dumped) >= CANONICAL_TOP_LEVEL
    assert all("from" in rel and "from_" not in rel for rel in dumped["relationships"])
    transitions = [t for flow in dumped["state_flows"] for t in flow["transitions"]]
    assert all("from" in t and "from_" not in t for t in transitions)


@pytest.mark.parametrize("example_id", IDS)
def test_example_is_complete_before_normalization(example_id: str) -> None:
    """A hand-made design states every field, relationship, role and page itself."""
    data = raw(example_id)
    spec = load_spec(EXAMPLES / f"{example_id}.json")
    assert [[f.name for f in e.fields] for e in spec.entities] == [
        [f["name"] for f in e["fields"]] for e in data["entities"]
    ]
    assert len(spec.relationships) == len(data["relationships"])
    assert spec.permissions.roles == data["permissions"]["roles"]
    assert [p.name for p in spec.pages] == [p["name"] for p in data["pages"]]
    for flow in data["state_flows"]:
        assert flow["transitions"], f"{flow['entity']}: transitions are written out"


def _uses(spec: AppSpec, kind: str) -> list[ComponentNode]:
    return [c for page in spec.pages for c in components(page.layout) if c.component == kind]


@pytest.mark.parametrize("example_id", IDS)
def test_example_is_a_realistic_product(example_id: str) -> None:
    spec = load_spec(EXAMPLES / f"{example_id}.json")
    assert any(p.path == "/" for p in spec.pages)
    assert _uses(spec, "form") and _uses(spec, "table") and _uses(spec, "filters")
    assert _uses(spec, "chart") and _uses(spec, "stats")
    kanban_entities = {c.entity for c in _uses(spec, "kanban")}
    assert {flow.entity for flow in spec.state_flows} <= kanban_entities
    if any(f.type in ("date", "datetime") and f.required for e in spec.entities for f in e.fields):
        assert _uses(spec, "calendar"), "records that always have a date are shown on a calendar"
    rows = [c for p in spec.pages for c in containers(p.layout) if c.direction == "row"]
    assert rows
    assert all(row.responsive is not None for row in rows)
    assert any(
        isinstance(child, ComponentNode) and child.sizing and child.sizing.basis
        for row in rows
        for child in row.children
    )
    assert spec.permissions.default_role in spec.permissions.roles
    searchable = [f for e in spec.entities for f in e.fields if f.searchable]
    assert searchable


def _score_spec() -> Any:
    script = BENCHMARKS / "score_spec.py"
    if not script.is_file():
        pytest.skip(f"the dev benchmark is not beside the repository ({script})")
    loaded = importlib.util.spec_from_file_location("score_spec", script)
    assert loaded is not None and loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(module)
    return module


@pytest.mark.parametrize("example_id", IDS)
def test_example_covers_the_gold_design(example_id: str) -> None:
    scorer = _score_spec()
    gold = yaml.safe_load((BENCHMARKS / "dev" / f"{example_id}.yaml").read_text("utf-8"))
    figures = scorer.score(gold, raw(example_id))
    assert figures["overall"] == 1.0, figures
