"""SDK exceptions → the model layer's error taxonomy, shared by the SDK-based providers.

The OpenAI and Anthropic SDKs are generated from the same template: their exception classes
differ but have the same shape (timeout, connection, status with code/message/headers, and a
response that did not validate), so one mapping serves both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from appwright.llm.base import ModelError, ModelRequestError, TransientModelError
from appwright.llm.http_status import is_transient_status, retry_after_seconds


@dataclass(frozen=True)
class SdkErrorClasses:
    timeout: type[Exception]
    connection: type[Exception]
    status: type[Exception]
    response_validation: type[Exception]

    @property
    def handled(self) -> tuple[type[Exception], ...]:
        """Every exception ``model_error`` maps, for an ``except`` clause."""
        return (self.status, self.connection, self.response_validation, json.JSONDecodeError)


def model_error(
    error: Exception, classes: SdkErrorClasses, *, provider: str, model: str, base_url: str
) -> ModelError:
    """The model-layer error for an SDK exception (the caller raises it ``from error``)."""
    if isinstance(error, classes.timeout):  # a subclass of the connection error: test it first
        return TransientModelError(
            f"no answer from {base_url} within the timeout", provider=provider, model=model
        )
    if isinstance(error, classes.connection):
        return TransientModelError(
            f"connection to {base_url} failed: {error}", provider=provider, model=model
        )
    if isinstance(error, classes.status):
        status: Any = error
        code: int = status.status_code
        if is_transient_status(code):
            return TransientModelError(
                f"{base_url} answered HTTP {code}: {status.message}",
                provider=provider,
                model=model,
                status_code=code,
                retry_after=retry_after_seconds(status.response.headers),
            )
        return ModelRequestError(
            f"{base_url} refused the request (HTTP {code}): {status.message}",
            provider=provider,
            model=model,
            status_code=code,
        )
    # A 200 whose body is cut short or garbled: the server had a bad moment.
    return TransientModelError(
        f"unreadable response from {base_url}: {error}", provider=provider, model=model
    )
