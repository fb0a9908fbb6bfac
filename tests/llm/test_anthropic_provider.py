"""The Anthropic provider: the real ``anthropic`` SDK against a fake server on loopback."""

from __future__ import annotations

import json

import pytest
from fake_model_servers import FakeModelServer, FakeReply, anthropic_error, anthropic_message
from pydantic import BaseModel

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
from appwright.llm.anthropic_provider import AnthropicProvider


class Contact(BaseModel):
    name: str
    email: str


ASK = [
    Message("system", "You design contacts."),
    Message("user", "Ada,"),
    Message("user", "ada@example.com"),
]
ADA = {"name": "Ada", "email": "ada@example.com"}


def provider_for(server: FakeModelServer, **options: object) -> AnthropicProvider:
    settings: dict[str, object] = {
        "model": "claude-haiku-4-5",
        "base_url": server.url,
        "api_key": "sk-ant-test",
        "timeout": 2.0,
    }
    settings.update(options)
    return AnthropicProvider(**settings)  # type: ignore[arg-type]


def chain_for(server: FakeModelServer, ledger: UsageLedger, sleeps: list[float]):
    settings = LLMSettings(
        provider="anthropic",
        model="claude-haiku-4-5",
        base_url=server.url,
        api_key="sk-ant-test",  # type: ignore[arg-type]
        timeout=2.0,
    )
    provider = build_provider(settings, ledger=ledger, sleep=sleeps.append)
    assert provider is not None
    return provider


def test_structured_answer_comes_from_a_forced_tool_call(fake_server: FakeModelServer) -> None:
    fake_server.reply(FakeReply(200, anthropic_message(tool_input=ADA, stop_reason="tool_use")))

    response = provider_for(fake_server).complete(
        ModelRequest.of(ASK, schema=Contact, max_tokens=256)
    )

    assert response.data == Contact(**ADA)
    assert json.loads(response.text) == ADA
    assert response.provider == "anthropic"
    assert response.model == "claude-haiku-4-5-20251001"
    sent = fake_server.requests[0]
    assert sent.path == "/v1/messages"
    assert "sk-ant-test" in (
        sent.headers.get("x-api-key", "") + sent.headers.get("authorization", "")
    )
    assert "anthropic-version" in sent.headers
    assert sent.body["max_tokens"] == 256
    assert sent.body["tools"][0]["input_schema"] == Contact.model_json_schema()
    assert sent.body["tool_choice"] == {"type": "tool", "name": "answer"}
    assert sent.body["system"].startswith("You design contacts.")
    # system turns travel separately; same-role turns are merged to keep turns alternating
    assert sent.body["messages"] == [{"role": "user", "content": "Ada,\n\nada@example.com"}]


def test_instructions_mode_reads_json_from_text(fake_server: FakeModelServer) -> None:
    fake_server.reply(
        FakeReply(200, anthropic_message(text=f"Here it is:\n```json\n{json.dumps(ADA)}\n```"))
    )

    response = provider_for(fake_server, structured_output="instructions").complete(
        ModelRequest.of(ASK, schema=Contact)
    )

    assert response.data == Contact(**ADA)
    sent = fake_server.requests[0].body
    assert "tools" not in sent
    assert json.dumps(Contact.model_json_schema(), separators=(",", ":")) in sent["system"]


def test_overloaded_529_is_retried(fake_server: FakeModelServer) -> None:
    fake_server.reply(
        anthropic_error(529, "Overloaded", kind="overloaded_error"),
        FakeReply(200, anthropic_message(tool_input=ADA, stop_reason="tool_use")),
    )
    ledger = UsageLedger()
    sleeps: list[float] = []

    response = chain_for(fake_server, ledger, sleeps).complete(ModelRequest.of(ASK, schema=Contact))

    assert response.data == Contact(**ADA)
    assert len(sleeps) == 1
    assert [record.outcome for record in ledger.records] == ["transient_error", "ok"]


def test_429_is_retried(fake_server: FakeModelServer) -> None:
    fake_server.reply(
        anthropic_error(429, "rate limited", kind="rate_limit_error"),
        FakeReply(200, anthropic_message(text="fine")),
    )
    sleeps: list[float] = []

    response = chain_for(fake_server, UsageLedger(), sleeps).complete(ModelRequest.of(ASK))

    assert response.text == "fine"
    assert len(sleeps) == 1


def test_401_is_a_request_error_and_is_not_retried(fake_server: FakeModelServer) -> None:
    fake_server.reply(anthropic_error(401, "invalid x-api-key", kind="authentication_error"))
    sleeps: list[float] = []

    with pytest.raises(ModelRequestError) as raised:
        chain_for(fake_server, UsageLedger(), sleeps).complete(ModelRequest.of(ASK))

    assert raised.value.status_code == 401
    assert len(fake_server.requests) == 1
    assert sleeps == []


def test_a_slow_server_is_a_transient_error(fake_server: FakeModelServer) -> None:
    fake_server.reply(FakeReply(200, anthropic_message(text="late"), delay=3.0))

    with pytest.raises(TransientModelError, match="timeout"):
        provider_for(fake_server, timeout=0.3).complete(ModelRequest.of(ASK))


def test_a_body_cut_short_is_a_transient_error(fake_server: FakeModelServer) -> None:
    fake_server.reply(FakeReply(200, anthropic_message(text="cut"), truncate_to=25))

    with pytest.raises(TransientModelError):
        provider_for(fake_server).complete(ModelRequest.of(ASK))


def test_stopping_at_max_tokens_is_malformed(fake_server: FakeModelServer) -> None:
    fake_server.reply(
        FakeReply(200, anthropic_message(text='{"name": "Ada", "em', stop_reason="max_tokens"))
    )

    with pytest.raises(MalformedAnswerError) as raised:
        provider_for(fake_server, structured_output="instructions").complete(
            ModelRequest.of(ASK, schema=Contact)
        )

    assert raised.value.reason == "truncated"


def test_wrong_tool_input_is_repaired(fake_server: FakeModelServer) -> None:
    fake_server.reply(
        FakeReply(200, anthropic_message(tool_input={"name": "Ada"}, stop_reason="tool_use")),
        FakeReply(200, anthropic_message(tool_input=ADA, stop_reason="tool_use")),
    )
    ledger = UsageLedger()

    answer = ask_structured(chain_for(fake_server, ledger, []), ASK, Contact, purpose="contacts")

    assert answer.data == Contact(**ADA)
    assert answer.repair_rounds == 1
    repair = fake_server.requests[1].body["messages"]
    assert repair[-2]["role"] == "assistant"
    assert "email: Field required" in repair[-1]["content"]
    assert [record.outcome for record in ledger.records] == ["malformed", "repaired"]


def test_usage_is_priced_from_the_table(fake_server: FakeModelServer) -> None:
    fake_server.reply(
        FakeReply(
            200,
            anthropic_message(
                tool_input=ADA, stop_reason="tool_use", input_tokens=4000, output_tokens=1000
            ),
        )
    )
    ledger = UsageLedger()

    chain_for(fake_server, ledger, []).complete(ModelRequest.of(ASK, purpose="x", schema=Contact))

    (record,) = ledger.records
    assert (record.input_tokens, record.output_tokens) == (4000, 1000)
    # claude-haiku-4-5: $1 / 1M input, $5 / 1M output; the dated snapshot takes that price
    assert record.cost_usd == pytest.approx(4000 * 1e-6 + 1000 * 5e-6)
    assert record.priced
