"""The fallback chain and its backoff, driven by scripted providers (no real sleeping)."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from appwright.llm import (
    FallbackChain,
    MalformedAnswerError,
    Message,
    ModelRequest,
    ModelRequestError,
    ModelResponse,
    RealModelBlockedError,
    RetryPolicy,
    ScriptedProvider,
    ScriptExhaustedError,
    TransientModelError,
)


class Answer(BaseModel):
    value: int


REQUEST = ModelRequest.of([Message("user", "?")], purpose="test")


def chain(*providers: ScriptedProvider, sleeps: list[float], **policy: float) -> FallbackChain:
    return FallbackChain(
        providers,
        policy=RetryPolicy(**policy),  # type: ignore[arg-type]
        sleep=sleeps.append,
        draw=lambda: 0.0,  # no jitter: exact delays
    )


def test_transient_errors_are_retried_with_exponential_backoff() -> None:
    primary = ScriptedProvider(
        [
            TransientModelError("timeout"),
            TransientModelError("502"),
            TransientModelError("503"),
            "ok",
        ]
    )
    sleeps: list[float] = []

    response = chain(primary, sleeps=sleeps, max_retries=3, base_delay=0.5).complete(REQUEST)

    assert response.text == "ok"
    assert sleeps == [0.5, 1.0, 2.0]
    assert len(primary.history) == 4


def test_backoff_is_capped_at_max_delay() -> None:
    primary = ScriptedProvider([TransientModelError("x")] * 5 + ["ok"])
    sleeps: list[float] = []

    chain(primary, sleeps=sleeps, max_retries=5, base_delay=1.0, max_delay=3.0).complete(REQUEST)

    assert sleeps == [1.0, 2.0, 3.0, 3.0, 3.0]


def test_retry_after_is_honoured_but_capped() -> None:
    primary = ScriptedProvider(
        [
            TransientModelError("429", retry_after=2.5),
            TransientModelError("429", retry_after=600),
            "ok",
        ]
    )
    sleeps: list[float] = []

    chain(primary, sleeps=sleeps, max_retries=2, base_delay=0.1, max_delay=8.0).complete(REQUEST)

    assert sleeps == [2.5, 8.0]


def test_jitter_shortens_delays_by_at_most_the_jitter_fraction() -> None:
    policy = RetryPolicy(base_delay=1.0, jitter=0.25)

    assert policy.delay(0, retry_after=None, draw=0.0) == 1.0
    assert policy.delay(0, retry_after=None, draw=0.999) == pytest.approx(0.75, abs=1e-3)
    assert policy.delay(2, retry_after=None, draw=0.5) == pytest.approx(4.0 * 0.875)


def test_exhausted_retries_move_on_to_the_next_provider() -> None:
    primary = ScriptedProvider([TransientModelError("down")] * 3, name="openai")
    secondary = ScriptedProvider(["from the fallback"], name="anthropic")
    sleeps: list[float] = []

    response = chain(primary, secondary, sleeps=sleeps, max_retries=2).complete(REQUEST)

    assert response.text == "from the fallback"
    assert len(primary.history) == 3
    assert len(secondary.history) == 1
    assert len(sleeps) == 2


def test_request_errors_are_not_retried_but_fall_back() -> None:
    primary = ScriptedProvider([ModelRequestError("401 bad key", status_code=401)])
    secondary = ScriptedProvider(["ok"])
    sleeps: list[float] = []

    response = chain(primary, secondary, sleeps=sleeps).complete(REQUEST)

    assert response.text == "ok"
    assert len(primary.history) == 1
    assert sleeps == []


def test_when_every_provider_fails_the_last_error_is_raised_with_the_others_as_notes() -> None:
    primary = ScriptedProvider([ModelRequestError("bad key")], name="openai", model="gpt-x")
    secondary = ScriptedProvider([TransientModelError("overloaded")] * 2, name="anthropic")

    with pytest.raises(TransientModelError, match="overloaded") as raised:
        chain(primary, secondary, sleeps=[], max_retries=1).complete(REQUEST)

    notes = raised.value.__notes__
    assert any("openai gpt-x" in note and "bad key" in note for note in notes)
    assert raised.value.provider == "anthropic"


def test_malformed_answers_propagate_at_once_for_the_repair_layer() -> None:
    primary = ScriptedProvider(["not json"])
    secondary = ScriptedProvider(['{"value": 1}'])
    request = ModelRequest.of([Message("user", "?")], schema=Answer)

    with pytest.raises(MalformedAnswerError):
        chain(primary, secondary, sleeps=[]).complete(request)

    assert secondary.history == []


def test_a_response_cut_at_max_tokens_never_passes_as_structured_data() -> None:
    cut = ModelResponse(text='{"value": 1', finish_reason="length")
    request = ModelRequest.of([Message("user", "?")], schema=Answer)

    with pytest.raises(MalformedAnswerError) as raised:
        chain(ScriptedProvider([cut]), sleeps=[]).complete(request)

    assert raised.value.reason == "truncated"


def test_the_guard_and_test_mistakes_are_never_swallowed() -> None:
    blocked = ScriptedProvider([RealModelBlockedError("blocked")])
    empty = ScriptedProvider([])
    fallback = ScriptedProvider(["ok", "ok"])

    with pytest.raises(RealModelBlockedError):
        chain(blocked, fallback, sleeps=[]).complete(REQUEST)
    with pytest.raises(ScriptExhaustedError):
        chain(empty, fallback, sleeps=[]).complete(REQUEST)
    assert fallback.history == []


def test_an_empty_chain_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one provider"):
        FallbackChain([])
