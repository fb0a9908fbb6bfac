"""Turning a model's text answer into a validated Pydantic object, or a MalformedAnswerError."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ValidationError

from appwright.llm.base import MalformedAnswerError, ModelResponse

# A repair prompt with thousands of errors helps nobody: the first ones are enough to act on.
MAX_REPORTED_ERRORS = 30


def parse_answer(response: ModelResponse, schema: type[BaseModel]) -> BaseModel:
    """Validate ``response.text`` as one JSON object of ``schema``.

    Tolerates what models commonly wrap around JSON (whitespace, a Markdown code fence, a
    sentence before or after the object) but nothing inside it: the first JSON object in the
    answer must validate as is.
    """
    text = response.text
    if response.finish_reason == "length":
        raise MalformedAnswerError(
            "the answer was cut off at the token limit",
            reason="truncated",
            raw_text=text,
            errors=["the JSON is incomplete: the answer stopped at max_tokens"],
            response=response,
        )
    if not text.strip():
        raise MalformedAnswerError(
            "the answer was empty",
            reason="empty",
            raw_text=text,
            errors=["the answer contained no JSON object"],
            response=response,
        )
    value = _decode_json(text, response)
    try:
        return schema.model_validate(value)
    except ValidationError as error:
        problems = describe_validation_errors(error)
        raise MalformedAnswerError(
            f"the answer does not match {schema.__name__}: {len(error.errors())} problem(s)",
            reason="schema_invalid",
            raw_text=text,
            errors=problems,
            response=response,
        ) from error


def describe_validation_errors(error: ValidationError) -> list[str]:
    """One ``path: message`` line per problem, capped at MAX_REPORTED_ERRORS."""
    details = error.errors(include_url=False)
    lines = [f"{_location(item['loc'])}: {item['msg']}" for item in details[:MAX_REPORTED_ERRORS]]
    if len(details) > MAX_REPORTED_ERRORS:
        lines.append(f"... and {len(details) - MAX_REPORTED_ERRORS} more problem(s)")
    return lines


def _location(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path or "(root)"


def _decode_json(text: str, response: ModelResponse) -> Any:
    # Prose or a Markdown fence around the object is skipped: decoding starts at the first
    # brace and stops at the end of that object.
    start = text.find("{")
    if start < 0:
        raise MalformedAnswerError(
            "the answer is not JSON",
            reason="not_json",
            raw_text=text,
            errors=["the answer contained no JSON object (expected one object starting with '{')"],
            response=response,
        )
    try:
        value, _end = json.JSONDecoder().raw_decode(text, start)
    except json.JSONDecodeError as error:
        raise MalformedAnswerError(
            "the answer is not valid JSON",
            reason="not_json",
            raw_text=text,
            errors=[f"invalid JSON: {error.msg} at line {error.lineno} column {error.colno}"],
            response=response,
        ) from error
    return value
