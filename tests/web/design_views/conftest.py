"""Example specs for the renderers' tests: every example app, and small specs made here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from appwright.spec import AppSpec, load_spec

EXAMPLES = sorted((Path(__file__).parents[3] / "examples").glob("*.json"))


def spec_of(data: dict[str, Any]) -> AppSpec:
    return load_spec(data)


@pytest.fixture(scope="session")
def crm() -> AppSpec:
    return load_spec(Path(EXAMPLES[0].parent / "crm.json"))


@pytest.fixture(params=EXAMPLES, ids=[path.stem for path in EXAMPLES], scope="session")
def example(request: pytest.FixtureRequest) -> AppSpec:
    return load_spec(Path(request.param))
