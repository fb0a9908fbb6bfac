"""Accounting: the price table, the ledger, and the metering wrapper's outcomes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import BaseModel

from appwright.llm import (
    MalformedAnswerError,
    Message,
    MeteredProvider,
    ModelRequest,
    ModelRequestError,
    PriceTable,
    ScriptedProvider,
    TransientModelError,
    Usage,
    UsageLedger,
    UsageRecord,
)


class Pet(BaseModel):
    name: str


def test_price_lookup_takes_the_longest_matching_model_name() -> None:
    prices = PriceTable.load()

    mini = prices.price_for("openai", "gpt-4o-mini-2024-07-18")
    full = prices.price_for("openai", "gpt-4o-2024-08-06")
    assert mini is not None and full is not None
    assert (mini.input, mini.output) == (0.15, 0.6)
    assert (full.input, full.output) == (2.5, 10.0)
    assert prices.price_for("openai", "llama3.1:8b") is None
    assert prices.price_for("local", "SmolLM2-135M-Instruct.Q4_1") is not None


def test_costs_are_per_million_tokens_and_unknown_models_say_so() -> None:
    prices = PriceTable.load()

    sonnet = prices.cost("anthropic", "claude-sonnet-4-5-20250929", Usage(1_000_000, 100_000))
    unknown = prices.cost("openai", "mystery", Usage(5000, 5000))
    local = prices.cost("local", "anything.gguf", Usage(5000, 5000))

    assert sonnet.usd == pytest.approx(3.0 + 1.5)
    assert sonnet.priced
    assert (unknown.usd, unknown.priced) == (0.0, False)
    assert (local.usd, local.priced) == (0.0, True)


def test_a_price_table_can_come_from_another_file(tmp_path: Path) -> None:
    table = tmp_path / "prices.json"
    table.write_text(json.dumps({"providers": {"openai": {"house": {"input": 1, "output": 2}}}}))

    cost = PriceTable.load(table).cost("openai", "house-model", Usage(1_000_000, 1_000_000))

    assert cost.usd == 3.0


def test_every_call_is_recorded_with_its_outcome() -> None:
    ticks = iter(range(100))
    ledger = UsageLedger()
    scripted = ScriptedProvider(
        [
            TransientModelError("429"),
            ModelRequestError("401"),
            '{"wrong": 1}',
            '{"name": "Rex"}',
            '{"name": "Rex"}',
        ]
    )
    metered = MeteredProvider(scripted, ledger, clock=lambda: float(next(ticks)))
    ask = [Message("user", "name a pet")]

    for _ in range(2):
        with pytest.raises((TransientModelError, ModelRequestError)):
            metered.complete(ModelRequest.of(ask, purpose="naming"))
    with pytest.raises(MalformedAnswerError):
        metered.complete(ModelRequest.of(ask, purpose="naming", schema=Pet))
    metered.complete(ModelRequest.of(ask, purpose="naming", schema=Pet, repair_round=1))
    metered.complete(ModelRequest.of(ask, purpose="other", schema=Pet))

    outcomes = [record.outcome for record in ledger.records]
    assert outcomes == ["transient_error", "request_error", "malformed", "repaired", "ok"]
    assert all(record.latency_seconds == 1.0 for record in ledger.records)
    assert ledger.records[0].error == "429"
    malformed = ledger.records[2]
    assert malformed.output_tokens > 0  # a malformed answer still cost its tokens
    assert ledger.summary().outcomes == {
        "transient_error": 1,
        "request_error": 1,
        "malformed": 1,
        "repaired": 1,
        "ok": 1,
    }
    by_purpose = ledger.by_purpose()
    assert set(by_purpose) == {"naming", "other"}
    assert by_purpose["naming"].calls == 4
    assert by_purpose["other"].unpriced_models == ()  # scripted is priced at $0 on purpose


def test_the_ledger_hands_each_record_to_a_listener() -> None:
    seen: list[UsageRecord] = []
    ledger = UsageLedger(on_record=seen.append)

    MeteredProvider(ScriptedProvider(["hi"]), ledger).complete(
        ModelRequest.of([Message("user", "x")])
    )

    assert seen == list(ledger.records)
