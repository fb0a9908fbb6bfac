"""Retries with backoff on transient failures, then the next provider: one Provider over many."""

from __future__ import annotations

import dataclasses
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from appwright.llm.base import (
    ModelError,
    ModelRequest,
    ModelRequestError,
    ModelResponse,
    Provider,
    TransientModelError,
)
from appwright.llm.parsing import parse_answer


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with jitter: retry ``n`` waits about ``base_delay * 2**n`` seconds.

    ``jitter`` is the fraction of each delay drawn at random, so clients that failed together
    do not retry together. A server's Retry-After is honoured up to ``max_delay``.
    """

    max_retries: int = 2
    base_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25

    def delay(self, retry: int, *, retry_after: float | None, draw: float) -> float:
        """Seconds to wait before retry number ``retry`` (0-based); ``draw`` is in [0, 1)."""
        backoff = min(self.max_delay, self.base_delay * 2.0**retry)
        backoff *= 1 - self.jitter * draw
        if retry_after is not None:
            backoff = max(backoff, min(retry_after, self.max_delay))
        return backoff


class FallbackChain:
    """Tries each provider in order.

    Transient errors are retried on the same provider per the policy; request errors are not
    retried; either moves on to the next provider once that provider is given up. Malformed
    answers propagate at once: the structured layer repairs them through this same chain. When
    every provider failed, the last error is raised with the earlier ones as notes.
    """

    def __init__(
        self,
        providers: Sequence[Provider],
        *,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        draw: Callable[[], float] = random.random,
    ) -> None:
        if not providers:
            raise ValueError("a FallbackChain needs at least one provider")
        self.providers = tuple(providers)
        self.policy = policy or RetryPolicy()
        self._sleep = sleep
        self._draw = draw

    @property
    def name(self) -> str:
        return self.providers[0].name

    @property
    def model(self) -> str:
        return self.providers[0].model

    def complete(self, request: ModelRequest) -> ModelResponse:
        failures: list[ModelError] = []
        for provider in self.providers:
            try:
                response = self._complete_with_retries(provider, request, failures)
            except (TransientModelError, ModelRequestError):
                continue
            return _require_structured(response, request)
        last = failures[-1]
        for earlier in failures[:-1]:
            last.add_note(f"earlier failure ({earlier.provider} {earlier.model}): {earlier}")
        raise last

    def _complete_with_retries(
        self, provider: Provider, request: ModelRequest, failures: list[ModelError]
    ) -> ModelResponse:
        retry = 0
        while True:
            try:
                return provider.complete(request)
            except ModelRequestError as error:
                failures.append(_attributed(error, provider))
                raise
            except TransientModelError as error:
                failures.append(_attributed(error, provider))
                if retry >= self.policy.max_retries:
                    raise
                self._sleep(
                    self.policy.delay(retry, retry_after=error.retry_after, draw=self._draw())
                )
                retry += 1


def _attributed(error: ModelError, provider: Provider) -> ModelError:
    error.provider = error.provider or provider.name
    error.model = error.model or provider.model
    return error


def _require_structured(response: ModelResponse, request: ModelRequest) -> ModelResponse:
    """Whatever a provider did, a schema request never passes without validated data."""
    if request.schema is None or isinstance(response.data, request.schema):
        return response
    return dataclasses.replace(response, data=parse_answer(response, request.schema))
