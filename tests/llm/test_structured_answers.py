"""ask_structured: parse, validate, repair at most twice, then a clear MalformedAnswerError."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel, Field

from appwright.llm import (
    MalformedAnswerError,
    Message,
    ModelResponse,
    ScriptedProvider,
    TransientModelError,
    ask_structured,
)
from appwright.llm.structured import MAX_ECHOED_ANSWER_CHARS


class EntityField(BaseModel):
    name: str = Field(pattern=r"^[a-z_]+$")
    type: str


class Entity(BaseModel):
    name: str
    fields: list[EntityField]


ASK = [Message("system", "Design entities."), Message("user", "products with a sku")]
GOOD = '{"name": "product", "fields": [{"name": "sku", "type": "text"}]}'


def test_a_valid_first_answer_needs_no_repair() -> None:
    provider = ScriptedProvider([f"```json\n{GOOD}\n```"])

    answer = ask_structured(provider, ASK, Entity, purpose="object-model")

    assert answer.data == Entity(name="product", fields=[EntityField(name="sku", type="text")])
    assert answer.repair_rounds == 0
    (request,) = provider.history
    assert request.schema is Entity
    assert request.purpose == "object-model"
    assert request.repair_round == 0


def test_wrong_types_are_sent_back_and_repaired() -> None:
    provider = ScriptedProvider(
        ['{"name": "product", "fields": [{"name": "SKU!", "type": 3}]}', GOOD]
    )

    answer = ask_structured(provider, ASK, Entity, purpose="object-model")

    assert answer.repair_rounds == 1
    repair = provider.history[1]
    assert repair.repair_round == 1
    assert repair.messages[: len(ASK)] == tuple(ASK)
    assert repair.messages[-2] == Message(
        "assistant", '{"name": "product", "fields": [{"name": "SKU!", "type": 3}]}'
    )
    feedback = repair.messages[-1].content
    assert "fields[0].name: String should match pattern" in feedback
    assert "fields[0].type: Input should be a valid string" in feedback


def test_gives_up_after_two_repairs_with_the_last_errors() -> None:
    provider = ScriptedProvider(["nope", "{", '{"name": "x"}'])

    with pytest.raises(MalformedAnswerError) as raised:
        ask_structured(provider, ASK, Entity, purpose="object-model")

    assert len(provider.history) == 3
    assert raised.value.reason == "schema_invalid"
    assert raised.value.raw_text == '{"name": "x"}'
    assert raised.value.errors == ("fields: Field required",)
    assert "after 2 repair round(s)" in str(raised.value)


def test_repairs_do_not_pile_up_in_the_prompt() -> None:
    provider = ScriptedProvider(["nope", "still nope", GOOD])

    ask_structured(provider, ASK, Entity, purpose="object-model")

    second, third = provider.history[1], provider.history[2]
    assert len(second.messages) == len(third.messages) == len(ASK) + 2
    assert third.messages[-2].content == "still nope"


def test_a_huge_broken_answer_is_echoed_shortened() -> None:
    huge = json.dumps({"name": "x", "fields": [{"name": f"f{i}"} for i in range(5000)]})
    provider = ScriptedProvider([huge, GOOD])

    ask_structured(provider, ASK, Entity, purpose="object-model")

    repair = provider.history[1]
    assert len(repair.messages[-2].content) < MAX_ECHOED_ANSWER_CHARS + 100
    feedback = repair.messages[-1].content
    assert "more problem(s)" in feedback  # 10,000 errors are summarised, not listed
    assert feedback.count("\n- ") <= 31


def test_a_truncated_answer_asks_for_a_more_concise_one() -> None:
    provider = ScriptedProvider([ModelResponse(text=GOOD[:20], finish_reason="length"), GOOD])

    answer = ask_structured(provider, ASK, Entity, purpose="object-model")

    assert answer.repair_rounds == 1
    assert "cut off" in provider.history[1].messages[-1].content


def test_zero_repair_rounds_fails_on_the_first_bad_answer() -> None:
    provider = ScriptedProvider(["nope", GOOD])

    with pytest.raises(MalformedAnswerError):
        ask_structured(provider, ASK, Entity, purpose="object-model", repair_rounds=0)

    assert provider.remaining == 1


def test_transient_errors_are_not_repair_rounds() -> None:
    provider = ScriptedProvider([TransientModelError("timeout")])

    with pytest.raises(TransientModelError):
        ask_structured(provider, ASK, Entity, purpose="object-model")


def test_options_reach_the_request() -> None:
    provider = ScriptedProvider([GOOD])

    ask_structured(provider, ASK, Entity, purpose="p", temperature=0.0, max_tokens=99)

    assert provider.history[0].temperature == 0.0
    assert provider.history[0].max_tokens == 99
