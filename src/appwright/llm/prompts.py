"""The model layer's own prompt texts (JSON instructions, repair requests), kept as text files."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from string import Template

from pydantic import BaseModel

from appwright.llm.base import MalformedAnswerError, MalformedReason, Message

_REASONS: dict[MalformedReason, str] = {
    "truncated": "it was cut off before the JSON object was complete; be more concise",
    "not_json": "it was not a valid JSON object",
    "schema_invalid": "the JSON object does not match the required schema",
    "empty": "it was empty",
    "refused": "it was a refusal instead of the requested JSON object",
}


@cache
def _template(name: str) -> Template:
    return Template(files("appwright.llm").joinpath("prompts", name).read_text(encoding="utf-8"))


def json_schema_of(schema: type[BaseModel]) -> dict[str, object]:
    return schema.model_json_schema()


def json_answer_instructions(schema: type[BaseModel], *, schema_sent_natively: bool) -> str:
    """The system instruction asking for a JSON answer.

    When the endpoint receives the schema natively (structured output, a tool), repeating it
    in the prompt would only cost tokens.
    """
    if schema_sent_natively:
        return _template("json_answer_native.txt").substitute().strip()
    rendered_schema = json.dumps(json_schema_of(schema), separators=(",", ":"))
    return _template("json_answer.txt").substitute(schema=rendered_schema).strip()


def repair_request(error: MalformedAnswerError) -> str:
    """The user message sent after a malformed answer: what was wrong, and to answer again."""
    problems = "\n".join(f"- {problem}" for problem in error.errors) or f"- {error}"
    return (
        _template("repair.txt").substitute(reason=_REASONS[error.reason], errors=problems).strip()
    )


def with_system_instruction(messages: tuple[Message, ...], instruction: str) -> tuple[Message, ...]:
    """``messages`` with ``instruction`` appended to the system message (added if absent)."""
    for index, message in enumerate(messages):
        if message.role == "system":
            merged = Message("system", f"{message.content}\n\n{instruction}")
            return (*messages[:index], merged, *messages[index + 1 :])
    return (Message("system", instruction), *messages)
