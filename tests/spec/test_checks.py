"""Cross-reference checks: dangling names, impossible designs, each with a path."""

from __future__ import annotations

from typing import Any

import pytest

from appwright.spec import validate_spec


def spec_with(**sections: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "name": "Shop",
        "entities": [
            {"name": "product", "fields": [
                {"name": "name", "required": True},
                {"name": "price", "type": "decimal", "validation": {"min": 0}},
                {"name": "kind", "type": "enum", "options": ["a", "b"]},
                {"name": "released", "type": "date"},
            ]},
            {"name": "category", "fields": [{"name": "title"}]},
        ],
    }  # fmt: skip
    for key, value in sections.items():
        if key == "product_fields":
            spec["entities"][0]["fields"] += value
        else:
            spec[key] = value
    return spec


def problems(**sections: Any) -> list[str]:
    spec, issues = validate_spec(spec_with(**sections))
    assert spec is None
    return [str(i) for i in issues]


def test_valid_base_spec() -> None:
    spec, issues = validate_spec(spec_with())
    assert issues == [] and spec is not None


@pytest.mark.parametrize(
    ("sections", "expected"),
    [
        ({"product_fields": [{"name": "Name"}]},
         'entities[0].fields[4]: field "name" is defined more than once in entity product'),
        ({"product_fields": [{"name": "tags", "type": "enum"}]},
         "entities[0].fields[4].options: product.tags is an enum; list its options"),
        ({"product_fields": [{"name": "note", "options": ["x"]}]},
         "entities[0].fields[4].options: options only apply to enum and multi_enum fields"),
        ({"product_fields": [{"name": "qty", "type": "integer", "validation": {"min": 5, "max": 1}}]},
         "entities[0].fields[4].validation: min (5) is greater than max (1)"),
        ({"product_fields": [{"name": "code", "validation": {"min_length": 9, "max_length": 2}}]},
         "entities[0].fields[4].validation: min_length (9) is greater than max_length (2)"),
        ({"product_fields": [{"name": "code", "validation": {"pattern": "[A-Z"}}]},
         "entities[0].fields[4].validation.pattern: '[A-Z' is not a regular expression"),
        ({"product_fields": [{"name": "size", "type": "enum", "options": ["s"], "default": "xl"}]},
         "entities[0].fields[4].default: default 'xl' is not one of the options of product.size"),
        ({"product_fields": [{"name": "maker", "type": "reference", "references": "makr"}]},
         "entities[0].fields[4].references: product.maker_id references entity makr, which does not exist"),
        ({"relationships": [{"from": "product", "to": "category", "required": True, "on_delete": "set_null"}]},
         'relationships[0].on_delete: "set_null" cannot apply to the required field product.category_id'),
        ({"state_flows": [{"entity": "product", "field": "price", "states": ["a", "b"]}]},
         "state_flows[0].field: product.price is a decimal field; a state flow needs an enum"),
        ({"state_flows": [{"entity": "product", "field": "kind", "states": ["a", "b"],
                           "transitions": [{"name": "go", "from": ["a"], "to": "c"}]}]},
         'state_flows[0].transitions[0]: transition go uses state "c", which is not one of the states'),
        ({"permissions": {"rules": [{"role": "clerk", "entity": "prodct", "actions": ["read"]}]}},
         'permissions.rules[0].entity: the permission rule names entity prodct, which does not exist; did you mean "product"?'),
        ({"reports": [{"name": "r", "entity": "product", "measure": {"agg": "avg", "field": "name"}}]},
         "reports[0].measure: avg needs a number; product.name is a text"),
        ({"reports": [{"name": "r", "entity": "product", "time_bucket": {"field": "name", "unit": "month"}}]},
         "reports[0].time_bucket.field: time buckets need a date or datetime field; product.name is a text"),
        ({"reports": [{"name": "r", "entity": "product", "group_by": ["category.title"]}]},
         'reports[0].group_by[0]: "category" in "category.title" is neither a field of product nor an entity it references'),
        ({"pages": [{"name": "p", "layout": {"type": "component", "component": "chart", "report": "nope"}}]},
         "pages[0].layout.report: the chart names report nope, which does not exist"),
        ({"pages": [{"name": "p", "layout": {"type": "component", "component": "calendar", "entity": "category"}}]},
         "pages[0].layout: a calendar needs a date field; category has none"),
        ({"pages": [{"name": "p", "layout": {"type": "component", "component": "kanban", "entity": "category"}}]},
         "pages[0].layout: a kanban groups category by its state, but it has no state flow or enum field"),
        ({"pages": [{"name": "a", "path": "/x", "layout": {"type": "component", "component": "table", "entity": "product"}},
                    {"name": "b", "path": "x", "layout": {"type": "component", "component": "table", "entity": "product"}}]},
         'pages[1].path: path "/x" is used by another page'),
        ({"product_fields": [{"name": "extra", "type": "json", "indexed": True}]},
         "entities[0].fields[4].indexed: product.extra is a json field, which cannot be indexed"),
        ({"product_fields": [{"name": "active", "type": "boolean", "unique": True}]},
         "entities[0].fields[4].unique: product.active is a boolean field, which cannot be unique"),
        ({"pages": [{"name": "a", "path": "/login", "layout": {"type": "component", "component": "table", "entity": "product"}}]},
         'pages[0].path: path "/login" is used by every generated app'),
        ({"automations": [{"name": "a", "trigger": {"on": "update"}}]},
         'automations[0].trigger.entity: an "update" trigger names the entity it watches'),
    ],
)  # fmt: skip
def test_problem_is_reported_with_its_path(sections: dict[str, Any], expected: str) -> None:
    found = problems(**sections)
    assert any(line.startswith(expected) for line in found), found


def test_group_by_follows_references_by_entity_name() -> None:
    spec, issues = validate_spec(
        spec_with(
            relationships=[{"from": "product", "to": "category"}],
            reports=[
                {"name": "r", "entity": "product", "group_by": ["category.title", "category"]}
            ],
        )
    )
    assert issues == [] and spec is not None


def test_required_reference_cycles_are_impossible_designs() -> None:
    found = problems(
        relationships=[
            {"from": "product", "to": "category", "required": True},
            {"from": "category", "to": "product", "required": True},
        ]
    )
    assert any(
        "required references form a cycle (category → product → category)" in f for f in found
    )
