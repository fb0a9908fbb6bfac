"""The OpenAI-compatible provider: the real ``openai`` SDK against a fake server on loopback."""

from __future__ import annotations

import json
import time

import pytest
from fake_model_servers import FakeModelServer, FakeReply, openai_completion, openai_error
from pydantic import BaseModel, Field

from appwright.llm import (
    LLMSettings,
    MalformedAnswerError,
    Message,
    ModelRequest,
    ModelRequestError,
    TransientModelError,
    UsageLedger,
    ask_structured,
    build_provider,
)
from appwright.llm.openai_compatible import OpenAICompatibleProvider


class Deal(BaseModel):
    title: str
    amount: float = Field(ge=0)


ASK = [Message("system", "You design deals."), Message("user", "A deal for ACME")]
GOOD = '{"title": "ACME renewal", "amount": 1200.5}'


def provider_for(server: FakeModelServer, **options: object) -> OpenAICompatibleProvider:
    settings: dict[str, object] = {
        "model": "gpt-4o-mini",
        "base_url": f"{server.url}/v1",
        "api_key": "sk-test",
        "timeout": 2.0,
    }
    settings.update(options)
    return OpenAICompatibleProvider(**settings)  # type: ignore[arg-type]


def chain_for(server: FakeModelServer, ledger: UsageLedger, sleeps: list[float], **extra: object):
    settings = LLMSettings.model_validate(
        {
            "provider": "openai",
            "model": "gpt-4o-mini",
            "base_url": f"{server.url}/v1",
            "api_key": "sk-test",
            "timeout": 2.0,
            **extra,
        }
    )
    provider = build_provider(settings, ledger=ledger, sleep=sleeps.append)
    assert provider is not None
    return provider


def test_good_structured_answer_uses_native_json_schema_and_reports_usage(
    fake_server: FakeModelServer,
) -> None:
    fake_server.reply(
        FakeReply(200, openai_completion(GOOD, prompt_tokens=31, completion_tokens=9))
    )

    response = provider_for(fake_server).complete(
        ModelRequest.of(ASK, purpose="object-model", schema=Deal, max_tokens=300)
    )

    assert response.data == Deal(title="ACME renewal", amount=1200.5)
    assert response.usage.input_tokens == 31
    assert response.usage.output_tokens == 9
    assert response.provider == "openai"
    assert response.model == "gpt-4o-mini-2024-07-18"
    assert response.finish_reason == "stop"
    sent = fake_server.requests[0]
    assert sent.path == "/v1/chat/completions"
    assert sent.headers["authorization"] == "Bearer sk-test"
    assert sent.body["model"] == "gpt-4o-mini"
    assert sent.body["max_tokens"] == 300
    assert sent.body["temperature"] == 0.2
    response_format = sent.body["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["name"] == "Deal"
    assert response_format["json_schema"]["schema"] == Deal.model_json_schema()
    assert [m["role"] for m in sent.body["messages"]] == ["system", "user"]
    assert sent.body["messages"][0]["content"].startswith("You design deals.")


def test_plain_text_request_sends_no_response_format(fake_server: FakeModelServer) -> None:
    fake_server.reply(FakeReply(200, openai_completion("Hello there")))

    response = provider_for(fake_server).complete(ModelRequest.of([Message("user", "Hi")]))

    assert response.text == "Hello there"
    assert response.data is None
    assert "response_format" not in fake_server.requests[0].body
    assert fake_server.requests[0].body["messages"] == [{"role": "user", "content": "Hi"}]


def test_json_object_mode_puts_the_schema_in_the_prompt(fake_server: FakeModelServer) -> None:
    fake_server.reply(FakeReply(200, openai_completion(GOOD)))

    provider_for(fake_server, structured_output="json_object").complete(
        ModelRequest.of(ASK, schema=Deal)
    )

    body = fake_server.requests[0].body
    assert body["response_format"] == {"type": "json_object"}
    assert (
        json.dumps(Deal.model_json_schema(), separators=(",", ":"))
        in (body["messages"][0]["content"])
    )


def test_auto_mode_steps_down_when_the_endpoint_rejects_json_schema(
    fake_server: FakeModelServer,
) -> None:
    fake_server.reply(
        openai_error(400, "response_format type json_schema is not supported by this server"),
        FakeReply(200, openai_completion(GOOD)),
        FakeReply(200, openai_completion(GOOD)),
    )
    provider = provider_for(fake_server)

    first = provider.complete(ModelRequest.of(ASK, schema=Deal))
    provider.complete(ModelRequest.of(ASK, schema=Deal))

    assert first.data == Deal(title="ACME renewal", amount=1200.5)
    formats = [request.body["response_format"]["type"] for request in fake_server.requests]
    assert formats == ["json_schema", "json_object", "json_object"]  # remembered


def test_an_unrelated_400_is_a_request_error_even_in_auto_mode(
    fake_server: FakeModelServer,
) -> None:
    fake_server.reply(openai_error(400, "model 'gpt-99' does not exist"))

    with pytest.raises(ModelRequestError) as raised:
        provider_for(fake_server).complete(ModelRequest.of(ASK, schema=Deal))

    assert raised.value.status_code == 400
    assert len(fake_server.requests) == 1


def test_429_is_retried_after_the_servers_retry_after_then_succeeds(
    fake_server: FakeModelServer,
) -> None:
    fake_server.reply(
        FakeReply(
            429,
            {"error": {"message": "Rate limit reached", "type": "requests"}},
            headers={"Retry-After": "3"},
        ),
        FakeReply(200, openai_completion(GOOD)),
    )
    ledger = UsageLedger()
    sleeps: list[float] = []

    response = chain_for(fake_server, ledger, sleeps).complete(ModelRequest.of(ASK, schema=Deal))

    assert response.data is not None
    assert len(fake_server.requests) == 2
    assert sleeps == [3.0]  # the server's Retry-After beats the 0.5 s backoff
    assert [record.outcome for record in ledger.records] == ["transient_error", "ok"]


def test_500s_are_retried_with_backoff_until_the_retries_run_out(
    fake_server: FakeModelServer,
) -> None:
    fake_server.reply(*[openai_error(500, "internal error", kind="server_error")] * 3)
    ledger = UsageLedger()
    sleeps: list[float] = []

    with pytest.raises(TransientModelError) as raised:
        chain_for(fake_server, ledger, sleeps, max_retries=2).complete(ModelRequest.of(ASK))

    assert raised.value.status_code == 500
    assert len(fake_server.requests) == 3
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0  # 0.5 s, then 1 s, jittered
    assert [record.outcome for record in ledger.records] == ["transient_error"] * 3


def test_a_server_slower_than_the_timeout_is_a_transient_error(
    fake_server: FakeModelServer,
) -> None:
    fake_server.reply(FakeReply(200, openai_completion(GOOD), delay=3.0))
    started = time.monotonic()

    with pytest.raises(TransientModelError, match="timeout"):
        provider_for(fake_server, timeout=0.3).complete(ModelRequest.of(ASK))

    assert time.monotonic() - started < 2.5


def test_a_body_cut_short_is_transient_and_the_retry_gets_the_answer(
    fake_server: FakeModelServer,
) -> None:
    fake_server.reply(
        FakeReply(200, openai_completion(GOOD), truncate_to=40),
        FakeReply(200, openai_completion(GOOD)),
    )
    ledger = UsageLedger()

    response = chain_for(fake_server, ledger, []).complete(ModelRequest.of(ASK, schema=Deal))

    assert response.data == Deal(title="ACME renewal", amount=1200.5)
    assert [record.outcome for record in ledger.records] == ["transient_error", "ok"]


def test_a_garbled_body_is_a_transient_error(fake_server: FakeModelServer) -> None:
    fake_server.reply(FakeReply(200, b'{"id": "chatcmpl-1", "choices": [{"ind'))

    with pytest.raises(TransientModelError, match="unreadable response"):
        provider_for(fake_server).complete(ModelRequest.of(ASK))


def test_401_is_a_request_error_and_is_not_retried(fake_server: FakeModelServer) -> None:
    fake_server.reply(openai_error(401, "Incorrect API key provided", kind="invalid_api_key"))
    ledger = UsageLedger()
    sleeps: list[float] = []

    with pytest.raises(ModelRequestError) as raised:
        chain_for(fake_server, ledger, sleeps).complete(ModelRequest.of(ASK))

    assert raised.value.status_code == 401
    assert len(fake_server.requests) == 1
    assert sleeps == []
    assert [record.outcome for record in ledger.records] == ["request_error"]


def test_a_401_moves_on_to_the_fallback_provider(
    fake_server: FakeModelServer, second_fake_server: FakeModelServer
) -> None:
    fake_server.reply(openai_error(401, "Incorrect API key provided", kind="invalid_api_key"))
    second_fake_server.reply(FakeReply(200, openai_completion(GOOD, model="llama3.1:8b")))
    ledger = UsageLedger()
    fallback = [{"provider": "openai", "model": "llama3.1:8b", "base_url": second_fake_server.url}]

    response = chain_for(fake_server, ledger, [], fallback=fallback).complete(
        ModelRequest.of(ASK, schema=Deal)
    )

    assert response.model == "llama3.1:8b"
    assert second_fake_server.requests[0].path == "/chat/completions"
    assert [(r.model, r.outcome) for r in ledger.records] == [
        ("gpt-4o-mini", "request_error"),
        ("llama3.1:8b", "ok"),
    ]


def test_prose_instead_of_json_is_malformed_and_repaired(fake_server: FakeModelServer) -> None:
    fake_server.reply(
        FakeReply(200, openai_completion("Sure! The deal is ACME renewal for 1200.")),
        FakeReply(200, openai_completion(GOOD)),
    )
    ledger = UsageLedger()

    answer = ask_structured(chain_for(fake_server, ledger, []), ASK, Deal, purpose="object-model")

    assert answer.data == Deal(title="ACME renewal", amount=1200.5)
    assert answer.repair_rounds == 1
    repair_messages = fake_server.requests[1].body["messages"]
    assert repair_messages[-2] == {
        "role": "assistant",
        "content": "Sure! The deal is ACME renewal for 1200.",
    }
    assert "not a valid JSON object" in repair_messages[-1]["content"]
    assert [record.outcome for record in ledger.records] == ["malformed", "repaired"]


def test_schema_invalid_json_is_repaired_with_the_validation_errors(
    fake_server: FakeModelServer,
) -> None:
    fake_server.reply(
        FakeReply(200, openai_completion('{"title": "ACME", "amount": -5}')),
        FakeReply(200, openai_completion(GOOD)),
    )

    answer = ask_structured(provider_for(fake_server), ASK, Deal, purpose="object-model")

    assert answer.data.amount == 1200.5
    repair_request = fake_server.requests[1].body["messages"][-1]["content"]
    assert "amount: Input should be greater than or equal to 0" in repair_request


def test_an_answer_cut_at_max_tokens_is_malformed_not_accepted(
    fake_server: FakeModelServer,
) -> None:
    fake_server.reply(FakeReply(200, openai_completion('{"title": "ACME', finish_reason="length")))

    with pytest.raises(MalformedAnswerError) as raised:
        provider_for(fake_server).complete(ModelRequest.of(ASK, schema=Deal))

    assert raised.value.reason == "truncated"
    assert raised.value.raw_text == '{"title": "ACME'
    assert raised.value.response is not None
    assert raised.value.response.usage.output_tokens == 7


def test_a_refusal_is_malformed(fake_server: FakeModelServer) -> None:
    fake_server.reply(FakeReply(200, openai_completion(None, refusal="I can't help with that.")))

    with pytest.raises(MalformedAnswerError) as raised:
        provider_for(fake_server).complete(ModelRequest.of(ASK, schema=Deal))

    assert raised.value.reason == "refused"


def test_usage_and_cost_are_accounted_per_call(fake_server: FakeModelServer) -> None:
    fake_server.reply(
        FakeReply(200, openai_completion(GOOD, prompt_tokens=1000, completion_tokens=500)),
        FakeReply(
            200,
            openai_completion(GOOD, prompt_tokens=2000, completion_tokens=100, model="mystery-7b"),
        ),
    )
    ledger = UsageLedger()
    provider = chain_for(fake_server, ledger, [])

    provider.complete(ModelRequest.of(ASK, purpose="classify", schema=Deal))
    provider.complete(ModelRequest.of(ASK, purpose="object-model", schema=Deal))

    first, second = ledger.records
    assert (first.purpose, first.provider, first.model) == (
        "classify",
        "openai",
        "gpt-4o-mini-2024-07-18",
    )
    assert (first.input_tokens, first.output_tokens) == (1000, 500)
    # gpt-4o-mini: $0.15 / 1M input, $0.60 / 1M output
    assert first.cost_usd == pytest.approx(1000 * 0.15e-6 + 500 * 0.60e-6)
    assert first.priced
    assert first.latency_seconds > 0
    assert second.cost_usd == 0 and not second.priced
    summary = ledger.summary()
    assert summary.calls == 2
    assert (summary.input_tokens, summary.output_tokens) == (3000, 600)
    assert summary.unpriced_models == ("openai/mystery-7b",)
    assert ledger.summary(purpose="classify").calls == 1


def test_no_key_for_openais_own_api_is_a_configuration_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No request is made either way; the guard is lifted so the key check itself is reached.
    monkeypatch.delenv("APPWRIGHT_BLOCK_REAL_MODELS")

    with pytest.raises(ModelRequestError, match="no OpenAI API key"):
        OpenAICompatibleProvider(model="gpt-4o-mini")


def test_a_local_server_needs_no_key(fake_server: FakeModelServer) -> None:
    fake_server.reply(FakeReply(200, openai_completion("ok")))

    OpenAICompatibleProvider(model="qwen2.5", base_url=fake_server.url).complete(
        ModelRequest.of([Message("user", "hi")])
    )

    assert fake_server.requests[0].headers["authorization"] == "Bearer unused"
