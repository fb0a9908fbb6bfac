"""The model layer: one provider contract, several providers, retries, repair and accounting.

Typical use::

    provider = build_provider(load_settings().llm, ledger=ledger)  # None: no model configured
    answer = ask_structured(provider, messages, MySchema, purpose="object-model")
"""

from appwright.llm.base import (
    MalformedAnswerError,
    Message,
    ModelError,
    ModelRequest,
    ModelRequestError,
    ModelResponse,
    Provider,
    TransientModelError,
    Usage,
)
from appwright.llm.factory import build_provider, build_single_provider
from appwright.llm.fallback import FallbackChain, RetryPolicy
from appwright.llm.guard import RealModelBlockedError
from appwright.llm.metering import MeteredProvider
from appwright.llm.prices import PriceTable
from appwright.llm.scripted import ScriptedProvider, ScriptExhaustedError
from appwright.llm.settings import LLMSettings
from appwright.llm.structured import StructuredAnswer, ask_structured
from appwright.llm.usage import UsageLedger, UsageRecord, UsageSummary

__all__ = [
    "FallbackChain",
    "LLMSettings",
    "MalformedAnswerError",
    "Message",
    "MeteredProvider",
    "ModelError",
    "ModelRequest",
    "ModelRequestError",
    "ModelResponse",
    "PriceTable",
    "Provider",
    "RealModelBlockedError",
    "RetryPolicy",
    "ScriptExhaustedError",
    "ScriptedProvider",
    "StructuredAnswer",
    "TransientModelError",
    "Usage",
    "UsageLedger",
    "UsageRecord",
    "UsageSummary",
    "ask_structured",
    "build_provider",
    "build_single_provider",
]
