"""What the model layer is configured with (read by appwright.config from env or a file)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

# "none": no model; the offline (rule-based) designer does the work. The default.
ProviderKind = Literal["none", "openai", "anthropic", "local", "scripted"]
# How JSON answers are asked for. "auto" picks the provider's best: native structured output
# for OpenAI-compatible endpoints (stepping down to JSON mode when refused), a tool call for
# Anthropic, grammar-constrained decoding for the local model.
StructuredOutput = Literal["auto", "json_schema", "json_object", "tool", "instructions"]


class ProviderSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    provider: ProviderKind = "none"
    model: str | None = None  # None: the provider's default (see factory.DEFAULT_MODELS)
    base_url: str | None = None
    api_key: SecretStr | None = None  # None: the SDK's usual variable (OPENAI_API_KEY...)
    timeout: float = Field(default=60.0, gt=0)
    temperature: float = Field(default=0.2, ge=0, le=2)
    max_tokens: int = Field(default=4096, gt=0)
    structured_output: StructuredOutput = "auto"
    # local provider; model_path None: the SmolLM2 file of the local extra, when installed
    model_path: Path | None = None
    context_size: int = Field(default=4096, gt=0)
    threads: int | None = Field(default=None, gt=0)
    # scripted provider: the answers it plays back, in order
    script: list[str] = Field(default_factory=list)


class PurposeOverride(BaseModel):
    """Settings that differ for one purpose (e.g. a cheap model for "classify")."""

    model_config = ConfigDict(extra="forbid")

    provider: ProviderKind | None = None
    model: str | None = None
    base_url: str | None = None
    api_key: SecretStr | None = None
    timeout: float | None = Field(default=None, gt=0)
    temperature: float | None = Field(default=None, ge=0, le=2)
    max_tokens: int | None = Field(default=None, gt=0)
    structured_output: StructuredOutput | None = None
    model_path: Path | None = None


class LLMSettings(ProviderSettings):
    """The primary provider's settings, plus retries, fallbacks and per-purpose overrides."""

    max_retries: int = Field(default=2, ge=0)
    backoff_base: float = Field(default=0.5, ge=0)
    backoff_max: float = Field(default=8.0, ge=0)
    fallback: list[ProviderSettings] = Field(default_factory=list)
    purposes: dict[str, PurposeOverride] = Field(default_factory=dict)

    def for_purpose(self, purpose: str) -> LLMSettings:
        """These settings with ``purpose``'s overrides applied (the same when it has none)."""
        override = self.purposes.get(purpose)
        if override is None:
            return self
        changes = override.model_dump(exclude_none=True)
        if override.provider is not None and override.provider != self.provider:
            # Another provider: what only made sense for the old one is not carried over.
            for tied in _PROVIDER_TIED:
                changes.setdefault(tied, None)
            changes.setdefault("structured_output", "auto")
        return self.model_copy(update=changes)


_PROVIDER_TIED = ("model", "base_url", "api_key", "model_path")
