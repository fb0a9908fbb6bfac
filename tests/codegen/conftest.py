"""Specs shared by the codegen tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from appwright.spec import AppSpec, load_spec

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_SPECS = ROOT / "tests" / "fixtures" / "specs"


def fixture_spec(name: str) -> AppSpec:
    return load_spec(FIXTURE_SPECS / f"{name}.json")


@pytest.fixture(scope="session")
def keyword_spec() -> AppSpec:
    """Keyword names (order, class, from, user, select, metadata...), every field type."""
    return fixture_spec("keyword_shop")


@pytest.fixture(scope="session")
def long_spec() -> AppSpec:
    """Names at the 48-character limit, self references, self many-to-many."""
    return fixture_spec("long_names")
