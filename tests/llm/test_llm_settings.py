"""Settings from the environment and a settings file, and build_provider's stacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from appwright.config import load_settings
from appwright.llm import (
    FallbackChain,
    LLMSettings,
    Message,
    MeteredProvider,
    ModelRequest,
    ModelRequestError,
    ScriptedProvider,
    UsageLedger,
    build_provider,
)
from appwright.llm.anthropic_provider import AnthropicProvider
from appwright.llm.openai_compatible import OpenAICompatibleProvider
from appwright.llm.routing import PurposeRouter


def test_no_model_is_configured_by_default() -> None:
    settings = load_settings()

    assert settings.llm.provider == "none"
    assert build_provider(settings.llm) is None


def test_environment_variables_configure_the_provider(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APPWRIGHT_LLM__PROVIDER", "openai")
    monkeypatch.setenv("APPWRIGHT_LLM__MODEL", "qwen2.5:7b")
    monkeypatch.setenv("APPWRIGHT_LLM__BASE_URL", "http://127.0.0.1:11434/v1")
    monkeypatch.setenv("APPWRIGHT_LLM__API_KEY", "secret")
    monkeypatch.setenv("APPWRIGHT_LLM__TIMEOUT", "12.5")
    monkeypatch.setenv("APPWRIGHT_LLM__MAX_RETRIES", "4")
    monkeypatch.setenv("APPWRIGHT_LLM__PURPOSES__CLASSIFY__MODEL", "qwen2.5:0.5b")
    monkeypatch.setenv("APPWRIGHT_LLM__PURPOSES__CLASSIFY__TEMPERATURE", "0")

    llm = load_settings().llm

    assert (llm.provider, llm.model, llm.base_url, llm.timeout) == (
        "openai",
        "qwen2.5:7b",
        "http://127.0.0.1:11434/v1",
        12.5,
    )
    assert llm.api_key is not None and llm.api_key.get_secret_value() == "secret"
    assert "secret" not in repr(llm)
    assert llm.max_retries == 4
    classify = llm.for_purpose("classify")
    assert (classify.model, classify.temperature, classify.base_url) == (
        "qwen2.5:0.5b",
        0.0,
        "http://127.0.0.1:11434/v1",
    )
    assert llm.for_purpose("pages") == llm


def test_a_settings_file_is_read_and_the_environment_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "appwright.toml"
    config.write_text(
        "[llm]\n"
        'provider = "anthropic"\n'
        'model = "claude-sonnet-4-5"\n'
        "max_tokens = 2000\n"
        "[[llm.fallback]]\n"
        'provider = "openai"\n'
        'model = "gpt-4.1-mini"\n'
        "[llm.purposes.classify]\n"
        'model = "claude-haiku-4-5"\n'
    )
    monkeypatch.setenv("APPWRIGHT_LLM__MAX_TOKENS", "3000")

    from_argument = load_settings(config).llm
    monkeypatch.setenv("APPWRIGHT_CONFIG_FILE", str(config))
    from_variable = load_settings().llm

    for llm in (from_argument, from_variable):
        assert (llm.provider, llm.model, llm.max_tokens) == ("anthropic", "claude-sonnet-4-5", 3000)
        assert [(f.provider, f.model) for f in llm.fallback] == [("openai", "gpt-4.1-mini")]
        assert llm.for_purpose("classify").model == "claude-haiku-4-5"


def test_json_and_yaml_settings_files(tmp_path: Path) -> None:
    as_json = tmp_path / "settings.json"
    as_json.write_text('{"llm": {"provider": "local", "model_path": "/models/m.gguf"}}')
    as_yaml = tmp_path / "settings.yaml"
    as_yaml.write_text("llm:\n  provider: scripted\n  script: ['{}']\n")

    assert load_settings(as_json).llm.model_path == Path("/models/m.gguf")
    assert load_settings(as_yaml).llm.script == ["{}"]


def test_a_missing_or_unknown_settings_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_settings(tmp_path / "absent.toml")
    ini = tmp_path / "settings.ini"
    ini.write_text("[llm]\n")
    with pytest.raises(ValueError, match=r"\.toml, \.json or \.yaml"):
        load_settings(ini)


def test_invalid_settings_are_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APPWRIGHT_LLM__PROVIDER", "gemini")

    with pytest.raises(ValueError, match="provider"):
        load_settings()


def test_a_purpose_on_another_provider_drops_the_primarys_model_and_url() -> None:
    llm = LLMSettings.model_validate(
        {
            "provider": "openai",
            "model": "gpt-4.1",
            "base_url": "http://127.0.0.1:9/v1",
            "purposes": {"classify": {"provider": "anthropic"}},
        }
    )

    classify = llm.for_purpose("classify")

    assert (classify.provider, classify.model, classify.base_url) == ("anthropic", None, None)


def test_build_provider_stacks_metered_providers_in_a_chain() -> None:
    llm = LLMSettings.model_validate(
        {
            "provider": "openai",
            "base_url": "http://127.0.0.1:9/v1",
            "api_key": "k",
            "fallback": [
                {"provider": "anthropic", "base_url": "http://127.0.0.1:9", "api_key": "k"},
                {"provider": "scripted", "script": ["hi"]},
            ],
            "max_retries": 5,
        }
    )

    provider = build_provider(llm)

    assert isinstance(provider, FallbackChain)
    assert provider.policy.max_retries == 5
    layers = [layer for layer in provider.providers if isinstance(layer, MeteredProvider)]
    inner = [type(layer.inner) for layer in layers]
    assert inner == [OpenAICompatibleProvider, AnthropicProvider, ScriptedProvider]
    assert layers[0].model == "gpt-4.1-mini"  # the default model
    assert layers[1].model == "claude-haiku-4-5"


def test_purposes_are_routed_to_their_own_stacks() -> None:
    llm = LLMSettings.model_validate(
        {
            "provider": "scripted",
            "script": ["from the default"],
            "purposes": {"classify": {"model": "cheap"}},
        }
    )
    ledger = UsageLedger()

    provider = build_provider(llm, ledger=ledger)

    assert isinstance(provider, PurposeRouter)
    assert provider.provider_for("classify").model == "cheap"
    provider.complete(ModelRequest.of([Message("user", "x")], purpose="classify"))
    provider.complete(ModelRequest.of([Message("user", "x")], purpose="pages"))
    assert [(r.purpose, r.model) for r in ledger.records] == [
        ("classify", "cheap"),
        ("pages", "scripted"),
    ]


def test_configuration_mistakes_fail_when_building(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("appwright.llm.factory.bundled_model_path", lambda: None)
    with pytest.raises(ModelRequestError, match="model file"):
        build_provider(LLMSettings(provider="local"))
    with pytest.raises(ModelRequestError, match="anthropic"):
        build_provider(
            LLMSettings(provider="openai", base_url="http://127.0.0.1:9", structured_output="tool")
        )
    with pytest.raises(ModelRequestError, match="no Anthropic API key"):
        build_provider(LLMSettings(provider="anthropic", base_url="http://127.0.0.1:9"))


def test_the_sdks_are_imported_only_for_a_provider_that_needs_them() -> None:
    # The offline default must not pay seconds of SDK imports (anthropic alone takes ~1-3 s).
    probe = (
        "import sys, appwright.llm, appwright.config\n"
        "from appwright.llm import build_provider, LLMSettings\n"
        "build_provider(LLMSettings())\n"
        "print(sorted({'openai', 'anthropic', 'llama_cpp'} & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )

    assert result.stdout.strip() == "[]"
