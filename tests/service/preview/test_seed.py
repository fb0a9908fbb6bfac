"""Sample data for previews: valid for the spec's rules, realistic, deterministic."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import EmailStr, HttpUrl, TypeAdapter, ValidationError

from appwright.codegen.plan import ColumnPlan, EntityPlan
from appwright.codegen.planner import build_plan
from appwright.service.preview import vocabulary
from appwright.service.preview.seed import build_seed, insertion_order, state_paths
from appwright.service.preview.seed_kinds import entity_kind
from appwright.spec import AppSpec, load_spec

ROOT = Path(__file__).resolve().parents[3]
DEV_SPECS = sorted((ROOT / "examples").glob("*.json")) + sorted(
    (ROOT / "tests" / "fixtures" / "specs").glob("*.json")
)
TODAY = dt.date(2025, 6, 15)
EMAIL = TypeAdapter(EmailStr)
URL = TypeAdapter(HttpUrl)


def _problems(column: ColumnPlan, value: Any) -> list[str]:
    """Every way ``value`` breaks ``column``'s rules (empty when it is valid)."""
    found: list[str] = []
    kind = column.type
    if kind in ("text", "long_text", "email", "url"):
        if not isinstance(value, str):
            return [f"{value!r} is not text"]
        if column.min_length is not None and len(value) < column.min_length:
            found.append(f"{value!r} shorter than {column.min_length}")
        if column.max_length is not None and len(value) > column.max_length:
            found.append(f"{value!r} longer than {column.max_length}")
        if column.pattern and re.fullmatch(column.pattern, value) is None:
            found.append(f"{value!r} does not match {column.pattern}")
        try:
            if kind == "email":
                EMAIL.validate_python(value)
            if kind == "url":
                URL.validate_python(value)
        except ValidationError:
            found.append(f"{value!r} is not a valid {kind}")
    elif kind in ("integer", "decimal"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return [f"{value!r} is not a number"]
        if kind == "integer" and not isinstance(value, int):
            found.append(f"{value!r} is not whole")
        if isinstance(column.minimum, int | float) and value < column.minimum:
            found.append(f"{value} below {column.minimum}")
        if isinstance(column.maximum, int | float) and value > column.maximum:
            found.append(f"{value} above {column.maximum}")
        if kind == "integer" and not -(2**31) <= value < 2**31:
            found.append(f"{value} outside 32 bits")
    elif kind in ("date", "datetime"):
        parsed = dt.datetime.fromisoformat(value)
        for bound, below in ((column.minimum, True), (column.maximum, False)):
            if isinstance(bound, str):
                limit = dt.datetime.fromisoformat(bound)
                if kind == "date":
                    parsed, limit = (
                        dt.datetime.combine(parsed.date(), dt.time()),
                        dt.datetime.combine(limit.date(), dt.time()),
                    )
                if (parsed < limit) if below else (parsed > limit):
                    found.append(f"{value} beyond {bound}")
    elif kind == "enum":
        if value not in column.options:
            found.append(f"{value!r} is not an option")
    elif kind == "multi_enum":
        if not value or any(item not in column.options for item in value):
            found.append(f"{value!r} has unknown options")
    elif kind == "boolean" and not isinstance(value, bool):
        found.append(f"{value!r} is not a boolean")
    return found


def _check_document(spec: AppSpec, document: dict[str, Any]) -> list[str]:
    plan = build_plan(spec)
    blocks = document["entities"]
    assert [block["entity"] for block in blocks] == [e.name for e in insertion_order(plan.entities)]
    counts = {block["entity"]: len(block["rows"]) for block in blocks}
    position = {block["entity"]: index for index, block in enumerate(blocks)}
    problems: list[str] = []
    for block in blocks:
        entity = plan.entity(block["entity"])
        seen: dict[str, set[Any]] = {c.name: set() for c in entity.columns}
        for number, row in enumerate(block["rows"]):
            where = f"{entity.name}[{number}]"
            problems += _row_problems(entity, row, where, counts, position, seen)
    return problems


def _row_problems(
    entity: EntityPlan,
    row: dict[str, Any],
    where: str,
    counts: dict[str, int],
    position: dict[str, int],
    seen: dict[str, set[Any]],
) -> list[str]:
    problems: list[str] = []
    values, references = row["values"], row.get("references", {})
    for column in entity.editable_columns:
        if column.reference is not None:
            index = references.get(column.name)
            if index is None:
                if column.required:
                    problems.append(f"{where}.{column.name}: required reference missing")
                continue
            if not 0 <= index < counts[column.reference]:
                problems.append(f"{where}.{column.name}: row {index} does not exist")
            if column.required and position[column.reference] > position[entity.name]:
                problems.append(f"{where}.{column.name}: its parent comes later")
            value: Any = index
        else:
            if column.name not in values:
                if column.required and column.default is None:
                    problems.append(f"{where}.{column.name}: required value missing")
                continue
            value = values[column.name]
            problems += [f"{where}.{column.name}: {p}" for p in _problems(column, value)]
        if column.unique:
            key = value.lower() if isinstance(value, str) else value
            if key in seen[column.name]:
                problems.append(f"{where}.{column.name}: {value!r} is not unique")
            seen[column.name].add(key)
    state = entity.state
    if state is not None:
        current = state.initial
        for name in row.get("transitions", []):
            transition = state.transition(name)
            if current not in transition.from_states:
                problems.append(f"{where}: {name} is not allowed from {current}")
            current = transition.to
        if state.column.name in values:
            problems.append(f"{where}: the state field is set directly")
    for name, indices in row.get("links", {}).items():
        link = next(link for link in entity.many_to_many if link.name == name)
        if any(not 0 <= i < counts[link.target] for i in indices):
            problems.append(f"{where}.{name}: links to missing rows")
    return problems


@pytest.mark.parametrize("spec_path", DEV_SPECS, ids=lambda path: path.stem)
def test_every_dev_example_seeds_valid_rows(spec_path: Path) -> None:
    spec = load_spec(spec_path)
    document = build_seed(spec, seed=7, today=TODAY)
    assert _check_document(spec, document) == []
    counts = [len(block["rows"]) for block in document["entities"]]
    assert all(5 <= count <= 20 for count in counts), counts


@pytest.mark.parametrize("spec_path", DEV_SPECS, ids=lambda path: path.stem)
def test_rows_spread_over_every_reachable_state(spec_path: Path) -> None:
    spec = load_spec(spec_path)
    document = build_seed(spec, seed=3, today=TODAY)
    plan = build_plan(spec)
    for block in document["entities"]:
        state = plan.entity(block["entity"]).state
        if state is None:
            continue
        reached = {tuple(row["transitions"]) for row in block["rows"]}
        expected = {tuple(path) for path in state_paths(state).values()}
        assert reached == expected, block["entity"]


def test_the_same_seed_gives_the_same_rows_and_another_seed_others() -> None:
    spec = load_spec(ROOT / "examples" / "crm.json")
    first = build_seed(spec, seed=1, today=TODAY)
    assert build_seed(spec, seed=1, today=TODAY) == first
    assert build_seed(spec, seed=2, today=TODAY) != first


def _rows(name: str, entity: str, seed: int = 5) -> list[dict[str, Any]]:
    document = build_seed(load_spec(ROOT / "examples" / f"{name}.json"), seed=seed, today=TODAY)
    block = next(block for block in document["entities"] if block["entity"] == entity)
    return [row["values"] for row in block["rows"]]


def _person(text: str) -> bool:
    first, _, last = text.partition(" ")
    return first in vocabulary.FIRST_NAMES and last in vocabulary.LAST_NAMES


def _company(text: str) -> bool:
    stem, _, suffix = text.partition(" ")
    return stem in vocabulary.COMPANY_STEMS and suffix in vocabulary.COMPANY_SUFFIXES


def _days(value: str) -> int:
    return (dt.date.fromisoformat(value[:10]) - TODAY).days


# (example, entity, field, what every value of it must look like)
MEANINGS = [
    ("crm", "contact", "name", _person),
    ("crm", "company", "name", _company),
    ("crm", "company", "website", lambda v: v.startswith("https://www.") and "example" in v),
    (
        "crm",
        "contact",
        "email",
        lambda v: re.fullmatch(r"[a-z]+\.[a-z]+\d*@example\.(com|org|net)", v),
    ),
    ("crm", "activity", "due_date", lambda v: -10 <= _days(v) <= 90),
    ("salon", "client", "name", _person),
    ("salon", "client", "birthday", lambda v: -70 * 366 <= _days(v) <= -18 * 365),
    ("salon", "service", "name", lambda v: v.rstrip(" 0123456789") in vocabulary.SERVICES),
    ("helpdesk", "ticket", "opened_at", lambda v: -366 <= _days(v) <= 0),
    ("inventory", "supplier", "name", _company),
    ("inventory", "product", "name", lambda v: v.split(" ", 1)[0] in vocabulary.PRODUCT_ADJECTIVES),
    ("inventory", "product", "price", lambda v: 5 <= v <= 500),
    ("projects", "task", "title", lambda v: v.rstrip(" 0123456789") in vocabulary.TASK_PHRASES),
    ("recipes", "recipe", "title", lambda v: v.rstrip(" 0123456789") in vocabulary.DISHES),
    ("books", "book", "title", lambda v: v.rstrip(" 0123456789") in vocabulary.BOOK_TITLES),
    ("books", "book", "rating", lambda v: 1 <= v <= 5),
]


@pytest.mark.parametrize(("example", "entity", "field", "looks_right"), MEANINGS)
def test_values_follow_the_fields_meaning(
    example: str, entity: str, field: str, looks_right: Any
) -> None:
    values = [row[field] for row in _rows(example, entity) if field in row]
    assert values, f"no {entity}.{field} values"
    wrong = [value for value in values if not looks_right(value)]
    assert wrong == []


@pytest.mark.parametrize(
    ("entity", "kind"),
    [
        ("crm", {"company": "company", "contact": "person", "deal": "deal"}),
        ("projects", {"client": "company", "project": "project", "team_member": "person"}),
        ("salon", {"client": "person", "stylist": "person", "service": "service"}),
    ],
)
def test_entities_are_recognised_by_name_and_fields(entity: str, kind: dict[str, str]) -> None:
    plan = build_plan(load_spec(ROOT / "examples" / f"{entity}.json"))
    assert {name: entity_kind(plan.entity(name)) for name in kind} == kind


def test_a_cycle_of_references_keeps_parents_first_and_fills_the_optional_side() -> None:
    # keyword_shop: user.last_order_id → order (optional) and order.user_id → user (required)
    spec = load_spec(ROOT / "tests" / "fixtures" / "specs" / "keyword_shop.json")
    document = build_seed(spec, seed=1, today=TODAY)
    order = [block["entity"] for block in document["entities"]]
    assert order.index("user") < order.index("order")
    users = next(block for block in document["entities"] if block["entity"] == "user")["rows"]
    assert any("last_order_id" in row.get("references", {}) for row in users)


def test_an_optional_self_reference_points_at_a_row_made_before() -> None:
    spec = load_spec(ROOT / "tests" / "fixtures" / "specs" / "long_names.json")
    document = build_seed(spec, seed=4, today=TODAY)
    entity = "a_second_very_long_entity_name_for_its_children"
    rows = next(block for block in document["entities"] if block["entity"] == entity)["rows"]
    field = "an_optional_self_reference_to_the_parent_row_id"
    parents = [
        (n, row["references"][field])
        for n, row in enumerate(rows)
        if field in row.get("references", {})
    ]
    assert parents
    assert all(parent < number for number, parent in parents)


def test_unique_options_cap_the_rows() -> None:
    spec = load_spec(
        {
            "name": "Sizes",
            "entities": [
                {
                    "name": "size",
                    "fields": [
                        {
                            "name": "label",
                            "type": "enum",
                            "options": ["s", "m", "l"],
                            "unique": True,
                        }
                    ],
                }
            ],
        }
    )
    rows = build_seed(spec, today=TODAY)["entities"][0]["rows"]
    assert sorted(row["values"]["label"] for row in rows) == ["l", "m", "s"]
