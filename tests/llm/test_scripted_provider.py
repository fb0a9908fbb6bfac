"""ScriptedProvider: the queue of answers tests use in place of a model."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from pydantic import BaseModel

from appwright.llm import (
    MalformedAnswerError,
    Message,
    ModelRequest,
    ModelResponse,
    ScriptedProvider,
    ScriptExhaustedError,
    TransientModelError,
    Usage,
)


class Pet(BaseModel):
    name: str


def ask(purpose: str = "test", schema: type[BaseModel] | None = None) -> ModelRequest:
    return ModelRequest.of([Message("user", "hello world")], purpose=purpose, schema=schema)


def test_answers_play_in_order_and_requests_are_kept() -> None:
    provider = ScriptedProvider(["one", "two"])

    assert provider.complete(ask("a")).text == "one"
    assert provider.complete(ask("b")).text == "two"
    assert [request.purpose for request in provider.history] == ["a", "b"]
    assert provider.remaining == 0


def test_text_answers_are_parsed_when_a_schema_is_asked_for() -> None:
    response = ScriptedProvider(['{"name": "Rex"}']).complete(ask(schema=Pet))

    assert response.data == Pet(name="Rex")
    assert response.provider == "scripted"
    assert response.usage == Usage(input_tokens=3, output_tokens=4)  # ~4 characters a token


def test_bad_text_for_a_schema_is_malformed() -> None:
    with pytest.raises(MalformedAnswerError) as raised:
        ScriptedProvider(['{"nom": "Rex"}']).complete(ask(schema=Pet))

    assert raised.value.errors == ("name: Field required",)
    assert raised.value.response is not None


def test_exceptions_are_raised_and_responses_returned_as_scripted() -> None:
    prepared = ModelResponse(text="{}", usage=Usage(100, 5), model="m", provider="p")
    provider = ScriptedProvider([TransientModelError("429"), prepared])

    with pytest.raises(TransientModelError):
        provider.complete(ask())
    assert provider.complete(ask()) is prepared


def test_running_out_of_answers_fails_loudly() -> None:
    provider = ScriptedProvider([])
    provider.add("late")

    provider.complete(ask())
    with pytest.raises(ScriptExhaustedError, match="request #2"):
        provider.complete(ask())


def test_a_responder_answers_what_the_queue_does_not() -> None:
    provider = ScriptedProvider(["queued"], respond=lambda request: f"for {request.purpose}")
    first = provider.complete(ModelRequest(messages=(Message("user", "a"),), purpose="one"))
    second = provider.complete(ModelRequest(messages=(Message("user", "b"),), purpose="two"))
    assert (first.text, second.text) == ("queued", "for two")
    assert [request.purpose for request in provider.history] == ["one", "two"]


def test_a_shared_provider_answers_every_thread_once() -> None:
    provider = ScriptedProvider([str(number) for number in range(200)])
    request = ModelRequest(messages=(Message("user", "x"),), purpose="p")
    with ThreadPoolExecutor(8) as pool:
        texts = list(pool.map(lambda _: provider.complete(request).text, range(200)))
    assert sorted(texts, key=int) == [str(number) for number in range(200)]
