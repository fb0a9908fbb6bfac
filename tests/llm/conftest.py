"""Fixtures for the model layer's tests: the real-model guard, a clean environment, fakes."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from fake_model_servers import FakeModelServer, running_fake_server

from appwright.llm.guard import BLOCK_REAL_MODELS_ENV

# Variables that would change what the SDKs or the settings do on a developer's machine.
_AMBIENT_VARIABLES = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "ANTHROPIC_API_KEY",
    "ANTHROPIC_AUTH_TOKEN",
    "ANTHROPIC_BASE_URL",
)


@pytest.fixture(autouse=True)
def block_real_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test here may reach a real model service; settings come only from the test itself."""
    monkeypatch.setenv(BLOCK_REAL_MODELS_ENV, "1")
    for name in _AMBIENT_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name in list(os.environ):
        if name.startswith("APPWRIGHT_") and name != BLOCK_REAL_MODELS_ENV:
            monkeypatch.delenv(name)


@pytest.fixture
def fake_server() -> Iterator[FakeModelServer]:
    with running_fake_server() as server:
        yield server
        assert not server.unexpected, f"requests with no scripted reply: {server.unexpected}"


@pytest.fixture
def second_fake_server() -> Iterator[FakeModelServer]:
    with running_fake_server() as server:
        yield server
        assert not server.unexpected, f"requests with no scripted reply: {server.unexpected}"
