"""Sample values: the regex walker, valid payloads and the invalid values the tests send."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from appwright.codegen import build_plan, generate_files
from appwright.codegen.pattern_samples import PatternSampleError, pattern_sample, pattern_samples
from appwright.codegen.samples import invalid_cases, option_tables, pattern_tables, sample_source
from appwright.spec import AppSpec, load_spec

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = [
    r"^[A-Z0-9-]{3,20}$",
    r"^\+?[0-9 ()-]{6,20}$",
    r"^[A-Z]{2}[0-9]{3}$",
    r"^ORD-\d{4}$",
    r"(a|bc)+x?",
    r"(\w+)@(\w+)\.com",
    r"^(?!x)[a-z]{2}$",
    r"#[0-9a-fA-F]{6}",
    r"[^aeiou\s]{3}",
    r"(?i)^hello [a-z]+$",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_pattern_samples_are_distinct_full_matches(pattern: str) -> None:
    samples = pattern_samples(pattern, 50)
    assert len(samples) == len(set(samples)) == 50
    assert all(re.fullmatch(pattern, sample) for sample in samples)
    assert pattern_samples(pattern, 50) == samples
    assert pattern_sample(pattern, 7) == samples[7]


def test_pattern_samples_respect_length_limits() -> None:
    samples = pattern_samples(r"^[a-z]{1,30}$", 20, min_length=4, max_length=5)
    assert all(4 <= len(sample) <= 5 for sample in samples)


def test_backreference() -> None:
    (sample,) = pattern_samples(r"(ab)\1", 1)
    assert sample == "abab"


def test_too_few_matches_is_an_error() -> None:
    with pytest.raises(PatternSampleError):
        pattern_sample(r"^(yes|no)$", 2)


def _load_schemas(spec: AppSpec, directory: Path) -> ModuleType:
    plan = build_plan(spec)
    source = generate_files(spec)[f"{plan.package}/schemas.py"]
    path = directory / f"{plan.package}_schemas.py"
    path.write_bytes(source)
    name = f"generated_schemas_{plan.package}"
    module_spec = importlib.util.spec_from_file_location(name, path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module
    module_spec.loader.exec_module(module)
    return module


def _payload(spec: AppSpec, entity_name: str, n: int) -> dict[str, Any]:
    plan = build_plan(spec)
    entity = plan.entity(entity_name)
    patterns = pattern_tables(plan.entities)
    options = option_tables(plan.entities)
    scope: dict[str, Any] = {
        "dt": dt,
        "n": n,
        "pattern_sample": lambda key, k: patterns[key][k % len(patterns[key])],
        "option": lambda key, k: options[key][k % len(options[key])],
    }
    payload = {}
    for column in entity.editable_columns:
        if column.reference is None:
            payload[column.name] = eval(sample_source(entity, column), scope)
        else:
            payload[column.name] = 1
    return payload


SPECS = [
    ROOT / "tests" / "fixtures" / "specs" / "keyword_shop.json",
    ROOT / "tests" / "fixtures" / "specs" / "long_names.json",
    *sorted((ROOT / "examples").glob("*.json")),
]


@pytest.mark.parametrize("spec_path", SPECS, ids=lambda path: path.stem)
def test_samples_pass_and_invalid_values_fail_the_generated_schemas(
    spec_path: Path, tmp_path: Path
) -> None:
    spec = load_spec(spec_path)
    schemas = _load_schemas(spec, tmp_path)
    for entity in build_plan(spec).entities:
        create: type[BaseModel] = getattr(schemas, entity.create_schema)
        for n in (0, 1, 2, 57, 499):
            create.model_validate(_payload(spec, entity.name, n))
        for case in invalid_cases_of(entity):
            body = _payload(spec, entity.name, 3)
            if case.kind == "unknown":
                continue  # only the database can tell
            if case.kind == "missing":
                del body[case.field]
            else:
                body[case.field] = case.value
            with pytest.raises(ValidationError) as raised:
                create.model_validate(body)
            blamed = {str(part) for error in raised.value.errors() for part in error["loc"]}
            assert case.field in blamed, (entity.name, case)


def invalid_cases_of(entity: Any) -> list[Any]:
    return [case for column in entity.editable_columns for case in invalid_cases(column)]


def test_unique_samples_differ_by_n(keyword_spec: AppSpec) -> None:
    first = _payload(keyword_spec, "product", 1)
    second = _payload(keyword_spec, "product", 2)
    assert first["sku"] != second["sku"]
    assert first["title"] != second["title"]


@pytest.mark.parametrize(
    ("low", "high"),
    [(None, -49), (None, 5), (3, None), (-5, 5000), (None, None), (10, 10), (None, -2.5), (0, 1)],
)
@pytest.mark.parametrize("kind", ["integer", "decimal"])
def test_number_samples_respect_bounds(kind: str, low: float | None, high: float | None) -> None:
    spec = AppSpec.model_validate(
        {
            "name": "Bounds",
            "entities": [
                {
                    "name": "thing",
                    "fields": [
                        {"name": "amount", "type": kind, "validation": {"min": low, "max": high}}
                    ],
                }
            ],
        }
    )
    entity = build_plan(spec).entity("thing")
    source = sample_source(entity, entity.columns[0])
    for n in range(0, 1200, 7):
        value = eval(source, {"n": n})
        assert low is None or value >= low
        assert high is None or value <= high


@pytest.mark.parametrize(
    ("kind", "max_length"),
    [(kind, length) for kind in ("email", "text", "long_text") for length in (12, 20, 40)]
    + [("url", 20), ("url", 40)],  # no unique URL fits in fewer characters
)
def test_text_samples_fit_short_columns(kind: str, max_length: int) -> None:
    spec = AppSpec.model_validate(
        {
            "name": "Short",
            "entities": [
                {
                    "name": "a_rather_long_entity_name",
                    "fields": [
                        {"name": "value", "type": kind, "validation": {"max_length": max_length}}
                    ],
                }
            ],
        }
    )
    entity = build_plan(spec).entity("a_rather_long_entity_name")
    source = sample_source(entity, entity.columns[0])
    for n in (0, 9, 99_999):
        assert len(eval(source, {"n": n})) <= max_length
