"""Specs the conversation tests refine: the examples, and a small library with derived pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from appwright.spec import AppSpec, load_spec

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

LIBRARY = {
    "name": "Library",
    "entities": [
        {"name": "book", "fields": [{"name": "title", "type": "text", "required": True},
                                    {"name": "author", "type": "text"},
                                    {"name": "notes", "type": "long_text"}]},
        {"name": "member", "fields": [{"name": "name", "type": "text", "required": True},
                                      {"name": "email", "type": "email"},
                                      {"name": "notes", "type": "long_text"}]},
        {"name": "loan", "fields": [{"name": "book", "type": "reference", "references": "book"},
                                    {"name": "member", "type": "reference", "references": "member"},
                                    {"name": "due_date", "type": "date"},
                                    {"name": "status", "type": "enum",
                                     "options": ["out", "returned"]}]},
    ],
    "permissions": {"roles": ["librarian", "member"],
                    "rules": [{"role": "librarian", "entity": "*", "actions": "*"},
                              {"role": "member", "entity": "loan", "actions": ["read"]}]},
}  # fmt: skip


def example(name: str) -> AppSpec:
    return load_spec(EXAMPLES / f"{name}.json")


@pytest.fixture
def library() -> AppSpec:
    return load_spec(LIBRARY)


@pytest.fixture
def crm() -> AppSpec:
    return example("crm")


@pytest.fixture
def helpdesk() -> AppSpec:
    return example("helpdesk")


@pytest.fixture
def books() -> AppSpec:
    return example("books")
