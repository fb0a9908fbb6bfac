"""A provider wrapper that records every call it passes through in a UsageLedger."""

from __future__ import annotations

import time
from collections.abc import Callable

from appwright.llm.base import (
    MalformedAnswerError,
    ModelRequest,
    ModelRequestError,
    ModelResponse,
    Provider,
    TransientModelError,
    Usage,
)
from appwright.llm.prices import PriceTable
from appwright.llm.usage import Outcome, UsageLedger, UsageRecord


class MeteredProvider:
    """Wraps one concrete provider, so each attempt (retries included) is its own record."""

    def __init__(
        self,
        inner: Provider,
        ledger: UsageLedger,
        *,
        prices: PriceTable | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.inner = inner
        self.ledger = ledger
        self.prices = prices or PriceTable.load()
        self._clock = clock

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def model(self) -> str:
        return self.inner.model

    def complete(self, request: ModelRequest) -> ModelResponse:
        started = self._clock()
        try:
            response = self.inner.complete(request)
        except MalformedAnswerError as error:
            answered = error.response
            self._record(
                request,
                started,
                "malformed",
                usage=answered.usage if answered else Usage(),
                model=answered.model if answered and answered.model else self.model,
                error=str(error),
            )
            raise
        except TransientModelError as error:
            self._record(request, started, "transient_error", error=str(error))
            raise
        except ModelRequestError as error:
            self._record(request, started, "request_error", error=str(error))
            raise
        self._record(
            request,
            started,
            "repaired" if request.repair_round > 0 else "ok",
            usage=response.usage,
            model=response.model or self.model,
        )
        return response

    def _record(
        self,
        request: ModelRequest,
        started: float,
        outcome: Outcome,
        *,
        usage: Usage | None = None,
        model: str | None = None,
        error: str | None = None,
    ) -> None:
        usage = usage or Usage()
        model = model or self.model
        cost = self.prices.cost(self.name, model, usage)
        self.ledger.record(
            UsageRecord(
                purpose=request.purpose,
                provider=self.name,
                model=model,
                input_tokens=usage.input_tokens,
                output_tokens=usage.output_tokens,
                cost_usd=cost.usd,
                priced=cost.priced,
                latency_seconds=self._clock() - started,
                outcome=outcome,
                error=error,
            )
        )
