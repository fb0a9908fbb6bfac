"""The provider contract: what goes into a model call, what comes out, and how it can fail.

Every provider (OpenAI-compatible, Anthropic, local GGUF, scripted) and every wrapper around
providers (fallback chain, metering, routing by purpose) speaks this contract, so they stack and
swap like httpx transports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from pydantic import BaseModel

Role = Literal["system", "user", "assistant"]

# Normalized finish reasons: "stop" (the model finished), "length" (cut off by max_tokens),
# "content_filter" (withheld by the provider), "other" (anything a provider adds later).
FinishReason = Literal["stop", "length", "content_filter", "other"]


@dataclass(frozen=True, slots=True)
class Message:
    role: Role
    content: str


@dataclass(frozen=True, slots=True)
class Usage:
    input_tokens: int = 0
    output_tokens: int = 0


@dataclass(frozen=True, slots=True)
class ModelRequest:
    """One call to a model.

    ``schema`` asks for a JSON object validated against that Pydantic model; the response's
    ``data`` is then an instance of it. ``temperature`` and ``max_tokens`` left as None use the
    provider's configured values. ``repair_round`` counts the repair rounds that led to this
    request (0 for a first ask), so accounting can tell a repaired answer from a first-time one.
    """

    messages: tuple[Message, ...]
    purpose: str = "general"
    schema: type[BaseModel] | None = None
    temperature: float | None = None
    max_tokens: int | None = None
    repair_round: int = 0

    @classmethod
    def of(
        cls,
        messages: Sequence[Message],
        *,
        purpose: str = "general",
        schema: type[BaseModel] | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
        repair_round: int = 0,
    ) -> ModelRequest:
        return cls(
            messages=tuple(messages),
            purpose=purpose,
            schema=schema,
            temperature=temperature,
            max_tokens=max_tokens,
            repair_round=repair_round,
        )


@dataclass(frozen=True, slots=True)
class ModelResponse:
    text: str
    data: BaseModel | None = None
    usage: Usage = field(default_factory=Usage)
    model: str = ""
    provider: str = ""
    finish_reason: FinishReason = "stop"


class Provider(Protocol):
    """Anything that answers a ModelRequest.

    ``name`` is the provider kind used for accounting and prices ("openai", "anthropic",
    "local", "scripted"); ``model`` the model it is configured for.
    """

    @property
    def name(self) -> str: ...

    @property
    def model(self) -> str: ...

    def complete(self, request: ModelRequest) -> ModelResponse: ...


class ModelError(Exception):
    """Base of the failures a caller may recover from (retry, next provider, offline designer)."""

    def __init__(self, message: str, *, provider: str = "", model: str = "") -> None:
        super().__init__(message)
        self.provider = provider
        self.model = model


class TransientModelError(ModelError):
    """Timeouts, 429, 5xx, dropped connections: the same request may succeed later."""

    def __init__(
        self,
        message: str,
        *,
        provider: str = "",
        model: str = "",
        status_code: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, provider=provider, model=model)
        self.status_code = status_code
        self.retry_after = retry_after


class ModelRequestError(ModelError):
    """The request itself is wrong (bad key, bad model, bad parameters): retrying cannot help."""

    def __init__(
        self,
        message: str,
        *,
        provider: str = "",
        model: str = "",
        status_code: int | None = None,
    ) -> None:
        super().__init__(message, provider=provider, model=model)
        self.status_code = status_code


MalformedReason = Literal["truncated", "not_json", "schema_invalid", "empty", "refused"]


class MalformedAnswerError(ModelError):
    """The model answered, but not with what was asked for.

    Carries the raw text and the problems found so a repair round can send them back, and the
    response (when there was one) so the tokens it cost are still accounted.
    """

    def __init__(
        self,
        message: str,
        *,
        reason: MalformedReason,
        raw_text: str,
        errors: Sequence[str] = (),
        response: ModelResponse | None = None,
        provider: str = "",
        model: str = "",
    ) -> None:
        super().__init__(
            message,
            provider=provider or (response.provider if response else ""),
            model=model or (response.model if response else ""),
        )
        self.reason: MalformedReason = reason
        self.raw_text = raw_text
        self.errors: tuple[str, ...] = tuple(errors)
        self.response = response
