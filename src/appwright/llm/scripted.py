"""A provider that plays back prepared answers: for tests of everything that calls a model."""

from __future__ import annotations

import dataclasses
import math
import threading
from collections.abc import Callable, Iterable

from appwright.llm.base import ModelRequest, ModelResponse, Usage
from appwright.llm.parsing import parse_answer

ScriptedAnswer = str | Exception | ModelResponse
Responder = Callable[[ModelRequest], ScriptedAnswer]


class ScriptExhaustedError(RuntimeError):
    """More calls than prepared answers. Not a ModelError on purpose: a test that under-scripts
    its provider must fail loudly, not fall back quietly to the offline designer."""


def estimate_tokens(text: str) -> int:
    # The usual rule of thumb for English with BPE tokenizers: about four characters a token.
    return math.ceil(len(text) / 4)


class ScriptedProvider:
    """Answers requests from a queue, in order, and keeps every request in ``history``.

    An answer is a string (the model's text; parsed against the request's schema when there is
    one), an exception (raised, e.g. a TransientModelError), or a full ModelResponse (returned
    as is, parsed when it has no data but the request has a schema).

    With ``respond``, requests the queue has no answer for are answered by ``respond(request)``
    instead: for many conversations at once, where the order of requests is not known. Safe to
    share between threads.
    """

    def __init__(
        self,
        answers: Iterable[ScriptedAnswer] = (),
        *,
        respond: Responder | None = None,
        name: str = "scripted",
        model: str = "scripted",
    ) -> None:
        self._answers: list[ScriptedAnswer] = list(answers)
        self._respond = respond
        self._name = name
        self._model = model
        self._lock = threading.Lock()
        self.history: list[ModelRequest] = []

    @property
    def name(self) -> str:
        return self._name

    @property
    def model(self) -> str:
        return self._model

    @property
    def remaining(self) -> int:
        return len(self._answers)

    def add(self, *answers: ScriptedAnswer) -> None:
        with self._lock:
            self._answers.extend(answers)

    def complete(self, request: ModelRequest) -> ModelResponse:
        with self._lock:
            self.history.append(request)
            queued = self._answers.pop(0) if self._answers else None
            number = len(self.history)
        if queued is not None:
            answer = queued
        elif self._respond is not None:
            answer = self._respond(request)
        else:
            raise ScriptExhaustedError(
                f"ScriptedProvider has no answer left for request #{number} "
                f"(purpose {request.purpose!r})"
            )
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, str):
            prompt = "".join(message.content for message in request.messages)
            answer = ModelResponse(
                text=answer,
                usage=Usage(estimate_tokens(prompt), estimate_tokens(answer)),
                model=self._model,
                provider=self._name,
            )
        if request.schema is not None and not isinstance(answer.data, request.schema):
            answer = dataclasses.replace(answer, data=parse_answer(answer, request.schema))
        return answer
