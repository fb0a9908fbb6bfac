"""The guard: under APPWRIGHT_BLOCK_REAL_MODELS=1 nothing reaches a real model service."""

from __future__ import annotations

import socket

import pytest
from fake_model_servers import FakeModelServer, FakeReply, openai_completion

from appwright.llm import (
    LLMSettings,
    Message,
    ModelError,
    ModelRequest,
    RealModelBlockedError,
    build_provider,
)
from appwright.llm.anthropic_provider import AnthropicProvider
from appwright.llm.guard import BLOCK_REAL_MODELS_ENV, is_loopback_url
from appwright.llm.openai_compatible import OpenAICompatibleProvider


@pytest.fixture
def connection_attempts(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every outgoing connection or name lookup, refused and recorded."""
    attempts: list[object] = []

    def refuse_connect(sock: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in this test")

    def refuse_lookup(*args: object, **kwargs: object) -> list[object]:
        attempts.append(args[0])
        raise OSError("name lookup disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse_connect)
    monkeypatch.setattr(socket, "getaddrinfo", refuse_lookup)
    return attempts


def test_openai_at_its_real_host_fails_loudly_without_any_network_attempt(
    connection_attempts: list[object],
) -> None:
    with pytest.raises(RealModelBlockedError, match=r"api\.openai\.com"):
        OpenAICompatibleProvider(
            model="gpt-4o-mini", base_url="https://api.openai.com/v1", api_key="sk-real"
        )
    with pytest.raises(RealModelBlockedError):
        build_provider(LLMSettings(provider="openai", api_key="sk-real"))  # type: ignore[arg-type]
    with pytest.raises(RealModelBlockedError, match=r"api\.anthropic\.com"):
        AnthropicProvider(model="claude-haiku-4-5", api_key="sk-ant-real")

    assert connection_attempts == []


def test_a_provider_built_before_the_guard_is_stopped_before_its_request(
    monkeypatch: pytest.MonkeyPatch, connection_attempts: list[object]
) -> None:
    monkeypatch.delenv(BLOCK_REAL_MODELS_ENV)
    provider = OpenAICompatibleProvider(
        model="gpt-4o-mini", base_url="https://api.openai.com/v1", api_key="sk-real"
    )
    monkeypatch.setenv(BLOCK_REAL_MODELS_ENV, "1")

    with pytest.raises(RealModelBlockedError):
        provider.complete(ModelRequest.of([Message("user", "hi")]))

    assert connection_attempts == []


def test_the_block_is_not_a_model_error_a_caller_could_swallow() -> None:
    assert not issubclass(RealModelBlockedError, ModelError)


def test_loopback_fakes_stay_reachable(fake_server: FakeModelServer) -> None:
    fake_server.reply(FakeReply(200, openai_completion("hi")))

    provider = OpenAICompatibleProvider(model="m", base_url=f"{fake_server.url}/v1")

    assert provider.complete(ModelRequest.of([Message("user", "hi")])).text == "hi"


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8080/v1", True),
        ("http://127.5.0.1", True),
        ("http://localhost:11434", True),
        ("http://[::1]:8000", True),
        ("https://api.openai.com/v1", False),
        ("http://10.0.0.5:8000/v1", False),
        ("http://127.0.0.1.evil.example/v1", False),
    ],
)
def test_only_loopback_urls_count_as_local(url: str, loopback: bool) -> None:
    assert is_loopback_url(url) is loopback
