"""Asking for a validated Pydantic object, with bounded repair rounds for malformed answers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import BaseModel

from appwright.llm.base import MalformedAnswerError, Message, ModelRequest, ModelResponse, Provider
from appwright.llm.parsing import parse_answer
from appwright.llm.prompts import repair_request

SchemaT = TypeVar("SchemaT", bound=BaseModel)

# A failed answer is sent back for repair; past this size only its beginning is, since the
# errors (not the full text) are what the model needs, and prompts must stay bounded.
MAX_ECHOED_ANSWER_CHARS = 12_000


@dataclass(frozen=True, slots=True)
class StructuredAnswer(Generic[SchemaT]):
    data: SchemaT
    response: ModelResponse
    repair_rounds: int  # how many repair rounds it took (0: the first answer was valid)


def ask_structured(
    provider: Provider,
    messages: Sequence[Message],
    schema: type[SchemaT],
    *,
    purpose: str,
    repair_rounds: int = 2,
    temperature: float | None = None,
    max_tokens: int | None = None,
) -> StructuredAnswer[SchemaT]:
    """Ask ``provider`` for one ``schema`` object.

    A malformed answer (truncated, not JSON, schema-invalid) is sent back with its problems for
    at most ``repair_rounds`` repairs; each repair replaces the previous one, so the prompt does
    not grow round after round. Raises MalformedAnswerError (the last one, raw text and errors
    included) when no round gives a valid answer; transient and request errors propagate as is.
    """
    asked = tuple(messages)
    conversation = asked
    last_error: MalformedAnswerError | None = None
    for round_number in range(repair_rounds + 1):
        request = ModelRequest(
            messages=conversation,
            purpose=purpose,
            schema=schema,
            temperature=temperature,
            max_tokens=max_tokens,
            repair_round=round_number,
        )
        try:
            response = provider.complete(request)
            data = response.data
            if not isinstance(data, schema):
                data = parse_answer(response, schema)
        except MalformedAnswerError as error:
            last_error = error
            conversation = (*asked, *_repair_turn(error))
            continue
        assert isinstance(data, schema)  # parse_answer validated it against schema
        return StructuredAnswer(data=data, response=response, repair_rounds=round_number)
    assert last_error is not None
    raise MalformedAnswerError(
        f"no valid {schema.__name__} after {repair_rounds} repair round(s): {last_error}",
        reason=last_error.reason,
        raw_text=last_error.raw_text,
        errors=last_error.errors,
        response=last_error.response,
        provider=last_error.provider,
        model=last_error.model,
    ) from last_error


def _repair_turn(error: MalformedAnswerError) -> tuple[Message, Message]:
    echoed = error.raw_text
    if len(echoed) > MAX_ECHOED_ANSWER_CHARS:
        echoed = echoed[:MAX_ECHOED_ANSWER_CHARS] + "\n[... answer shortened ...]"
    return Message("assistant", echoed or "(empty answer)"), Message("user", repair_request(error))
