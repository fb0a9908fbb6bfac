"""Anthropic's Messages API through the official ``anthropic`` SDK."""

from __future__ import annotations

import dataclasses
import json
import os
from typing import Literal

import anthropic
from anthropic.types import Message as AnthropicMessage
from anthropic.types import MessageParam, ToolChoiceToolParam, ToolParam

from appwright.llm.base import (
    FinishReason,
    MalformedAnswerError,
    Message,
    ModelRequest,
    ModelRequestError,
    ModelResponse,
    Usage,
)
from appwright.llm.guard import ensure_endpoint_allowed
from appwright.llm.parsing import parse_answer
from appwright.llm.prompts import json_answer_instructions, json_schema_of, with_system_instruction
from appwright.llm.sdk_errors import SdkErrorClasses, model_error

_SDK_ERRORS = SdkErrorClasses(
    timeout=anthropic.APITimeoutError,
    connection=anthropic.APIConnectionError,
    status=anthropic.APIStatusError,
    response_validation=anthropic.APIResponseValidationError,
)

ANTHROPIC_BASE_URL = "https://api.anthropic.com"

# "tool": the schema is the input schema of a tool the model must call, and the call's input
# is the answer (Anthropic's recommended way to get JSON); "instructions": schema in the prompt.
AnthropicStructuredMode = Literal["auto", "tool", "instructions"]
ANSWER_TOOL = "answer"

_FINISH_REASONS: dict[str, FinishReason] = {
    "end_turn": "stop",
    "tool_use": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "refusal": "content_filter",
}


class AnthropicProvider:
    """Claude models. Sampling temperature is not sent: current Messages API versions dropped
    it (the SDK no longer has the parameter), so ``temperature`` settings do not apply here."""

    name = "anthropic"

    def __init__(
        self,
        *,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = 60.0,
        max_tokens: int = 4096,
        structured_output: AnthropicStructuredMode = "auto",
    ) -> None:
        self.base_url = (
            base_url or os.environ.get("ANTHROPIC_BASE_URL") or ANTHROPIC_BASE_URL
        ).rstrip("/")
        ensure_endpoint_allowed(self.name, self.base_url)
        key = api_key or os.environ.get("ANTHROPIC_API_KEY")
        if not key:
            raise ModelRequestError(
                "no Anthropic API key: set APPWRIGHT_LLM__API_KEY or ANTHROPIC_API_KEY",
                provider=self.name,
                model=model,
            )
        self._model = model
        self.max_tokens = max_tokens
        self.mode: Literal["tool", "instructions"] = (
            "tool" if structured_output == "auto" else structured_output
        )
        # Retries are the fallback chain's job, with its own policy and accounting.
        self._client = anthropic.Anthropic(
            api_key=key, base_url=self.base_url, timeout=timeout, max_retries=0
        )

    @property
    def model(self) -> str:
        return self._model

    def complete(self, request: ModelRequest) -> ModelResponse:
        ensure_endpoint_allowed(self.name, self.base_url)
        try:
            answer = self._create(request)
        except _SDK_ERRORS.handled as error:
            raise model_error(
                error, _SDK_ERRORS, provider=self.name, model=self.model, base_url=self.base_url
            ) from error
        return self._response(answer, request)

    def _create(self, request: ModelRequest) -> AnthropicMessage:
        messages = request.messages
        tools: list[ToolParam] | anthropic.Omit = anthropic.omit
        tool_choice: ToolChoiceToolParam | anthropic.Omit = anthropic.omit
        if request.schema is not None:
            use_tool = self.mode == "tool"
            messages = with_system_instruction(
                messages, json_answer_instructions(request.schema, schema_sent_natively=use_tool)
            )
            if use_tool:
                tools = [
                    {
                        "name": ANSWER_TOOL,
                        "description": "Give the answer as this tool's input.",
                        "input_schema": json_schema_of(request.schema),
                    }
                ]
                tool_choice = {"type": "tool", "name": ANSWER_TOOL}
        system = "\n\n".join(m.content for m in messages if m.role == "system")
        return self._client.messages.create(
            model=self.model,
            system=system or anthropic.omit,
            messages=_wire_messages(messages),
            max_tokens=request.max_tokens or self.max_tokens,
            tools=tools,
            tool_choice=tool_choice,
        )

    def _response(self, answer: AnthropicMessage, request: ModelRequest) -> ModelResponse:
        usage = Usage(
            input_tokens=answer.usage.input_tokens
            + (answer.usage.cache_creation_input_tokens or 0)
            + (answer.usage.cache_read_input_tokens or 0),
            output_tokens=answer.usage.output_tokens,
        )
        texts: list[str] = []
        for block in answer.content:
            if block.type == "tool_use" and block.name == ANSWER_TOOL:
                texts = [json.dumps(block.input)]
                break
            if block.type == "text":
                texts.append(block.text)
        response = ModelResponse(
            text="".join(texts),
            usage=usage,
            model=answer.model or self.model,
            provider=self.name,
            finish_reason=_FINISH_REASONS.get(answer.stop_reason or "", "other"),
        )
        if answer.stop_reason == "refusal":
            raise MalformedAnswerError(
                "the model refused to answer",
                reason="refused",
                raw_text=response.text,
                errors=["the model refused to answer"],
                response=response,
            )
        if request.schema is None:
            return response
        return dataclasses.replace(response, data=parse_answer(response, request.schema))


def _wire_messages(messages: tuple[Message, ...]) -> list[MessageParam]:
    """User and assistant turns, alternating as the API requires (same-role turns merged)."""
    turns: list[tuple[str, str]] = []
    for message in messages:
        if message.role == "system":
            continue
        if turns and turns[-1][0] == message.role:
            turns[-1] = (message.role, f"{turns[-1][1]}\n\n{message.content}")
        else:
            turns.append((message.role, message.content))
    wire: list[MessageParam] = []
    for role, content in turns:
        if role == "assistant":
            wire.append({"role": "assistant", "content": content})
        else:
            wire.append({"role": "user", "content": content})
    return wire
