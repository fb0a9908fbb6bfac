"""Every refinement of every example spec gives a spec load_spec accepts, or keeps the old one
with a clear message; unknown requests change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from appwright.conversation import apply_refinement
from appwright.spec import AppSpec, load_spec

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))

REQUESTS = (
    "add genre and publication year to {entity}",
    "add a priority (low, medium, high) to {entity} and make it required",
    "make {field} required and unique",
    "make {field} optional",
    "make {field} a multi-select of a, b and c",
    "change {field} to decimal",
    "rename {entity} to renamed_thing",
    "rename {field} to renamed_field on {entity}",
    "remove the {field} field from {entity}",
    "remove the {entity} entity",
    "add an entity supplier with name and email; each {entity} belongs to a supplier",
    "status goes new -> active -> done or cancelled",
    "only managers can delete {plural}",
    "agents can edit their own {plural}",
    "viewers can only read",
    "put the form on the left and the table on the right",
    "put the table above the form",
    "show revenue per month as a chart",
    "show the number of {plural} per month as a bar chart",
    "add a dashboard",
    "send an email when a {entity} is created",
    "call the app Renamed",
    "reticulate the splines",
)


def _cases() -> list[tuple[Path, str, str]]:
    cases = []
    for path in EXAMPLES:
        spec = load_spec(path)
        for entity in spec.entities[:3]:
            plain = next((f.name for f in entity.fields if f.type != "reference"), "name")
            for request in REQUESTS:
                text = request.format(entity=entity.name, field=plain, plural=entity.name + "s")
                cases.append((path, entity.name, text))
    return cases


@pytest.fixture(scope="module")
def specs() -> dict[Path, AppSpec]:
    return {path: load_spec(path) for path in EXAMPLES}


@pytest.mark.parametrize(
    ("path", "entity", "text"), _cases(), ids=lambda v: str(getattr(v, "stem", v))
)
def test_any_refinement_of_any_example_is_valid(
    specs: dict[Path, AppSpec], path: Path, entity: str, text: str
) -> None:
    spec = specs[path]
    result = apply_refinement(spec, text)

    assert load_spec(result.spec.to_json_dict()) == result.spec
    if result.changes:
        assert result.spec != spec
    else:
        assert result.spec is spec
        assert result.not_understood or result.notes, "nothing happened and nothing was said"
    for line in result.not_understood:
        quoted, _, why = line[1:].partition('"')
        assert quoted in text and why.strip(" :"), line
    if text == "reticulate the splines":
        assert result.not_understood == ['"reticulate the splines": not a request I understand']
    del entity
