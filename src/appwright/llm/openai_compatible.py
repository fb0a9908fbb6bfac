"""Any OpenAI-compatible chat-completions endpoint through the official ``openai`` SDK.

OpenAI itself, Azure's OpenAI-compatible endpoint, Ollama, vLLM, LM Studio, llama.cpp's server,
Groq, OpenRouter...: only the base URL, key and model differ.
"""

from __future__ import annotations

import dataclasses
import os
import re
from typing import Literal

import openai
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam
from openai.types.chat.completion_create_params import ResponseFormat

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
    timeout=openai.APITimeoutError,
    connection=openai.APIConnectionError,
    status=openai.APIStatusError,
    response_validation=openai.APIResponseValidationError,
)

OPENAI_BASE_URL = "https://api.openai.com/v1"

# How a JSON answer is asked for: "json_schema" (native structured output), "json_object"
# (JSON mode, schema in the prompt), "instructions" (schema in the prompt only). "auto" starts
# with json_schema and steps down for good when the endpoint rejects the response_format.
OpenAIStructuredMode = Literal["auto", "json_schema", "json_object", "instructions"]
_STEP_DOWN: dict[str, Literal["json_object", "instructions"]] = {
    "json_schema": "json_object",
    "json_object": "instructions",
}
_FORMAT_REJECTED = re.compile(r"response_format|json_schema|json_object|structured", re.IGNORECASE)
_SCHEMA_NAME = re.compile(r"[^a-zA-Z0-9_-]")

_FINISH_REASONS: dict[str, FinishReason] = {
    "stop": "stop",
    "tool_calls": "stop",
    "function_call": "stop",
    "length": "length",
    "content_filter": "content_filter",
}


class OpenAICompatibleProvider:
    name = "openai"

    def __init__(
        self,
        *,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = 60.0,
        temperature: float = 0.2,
        max_tokens: int = 4096,
        structured_output: OpenAIStructuredMode = "auto",
    ) -> None:
        self.base_url = (base_url or os.environ.get("OPENAI_BASE_URL") or OPENAI_BASE_URL).rstrip(
            "/"
        )
        ensure_endpoint_allowed(self.name, self.base_url)
        key = api_key or os.environ.get("OPENAI_API_KEY")
        if not key:
            if self.base_url == OPENAI_BASE_URL:
                raise ModelRequestError(
                    "no OpenAI API key: set APPWRIGHT_LLM__API_KEY or OPENAI_API_KEY",
                    provider=self.name,
                    model=model,
                )
            key = "unused"  # local servers (Ollama, vLLM...) need no key, but the SDK wants one
        self._model = model
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.mode: Literal["json_schema", "json_object", "instructions"] = (
            "json_schema" if structured_output == "auto" else structured_output
        )
        self._may_step_down = structured_output == "auto"
        # Retries are the fallback chain's job, with its own policy and accounting.
        self._client = openai.OpenAI(
            api_key=key, base_url=self.base_url, timeout=timeout, max_retries=0
        )

    @property
    def model(self) -> str:
        return self._model

    def complete(self, request: ModelRequest) -> ModelResponse:
        ensure_endpoint_allowed(self.name, self.base_url)
        while True:
            try:
                completion = self._create(request)
            except (openai.BadRequestError, openai.UnprocessableEntityError) as error:
                if request.schema is None or not self._step_down(error):
                    raise model_error(
                        error,
                        _SDK_ERRORS,
                        provider=self.name,
                        model=self.model,
                        base_url=self.base_url,
                    ) from error
                continue
            except _SDK_ERRORS.handled as error:
                raise model_error(
                    error, _SDK_ERRORS, provider=self.name, model=self.model, base_url=self.base_url
                ) from error
            return self._response(completion, request)

    def _create(self, request: ModelRequest) -> ChatCompletion:
        messages = request.messages
        response_format: ResponseFormat | openai.Omit = openai.omit
        if request.schema is not None:
            native = self.mode == "json_schema"
            messages = with_system_instruction(
                messages, json_answer_instructions(request.schema, schema_sent_natively=native)
            )
            if native:
                response_format = {
                    "type": "json_schema",
                    "json_schema": {
                        "name": _SCHEMA_NAME.sub("_", request.schema.__name__)[:64],
                        "schema": json_schema_of(request.schema),
                        "strict": False,
                    },
                }
            elif self.mode == "json_object":
                response_format = {"type": "json_object"}
        limit = request.max_tokens or self.max_tokens
        # OpenAI's own API wants max_completion_tokens (its reasoning models reject max_tokens);
        # compatible servers still know only max_tokens.
        own_api = self.base_url == OPENAI_BASE_URL
        return self._client.chat.completions.create(
            model=self.model,
            messages=[_wire_message(message) for message in messages],
            temperature=request.temperature
            if request.temperature is not None
            else self.temperature,
            max_completion_tokens=limit if own_api else openai.omit,
            max_tokens=openai.omit if own_api else limit,
            response_format=response_format,
        )

    def _response(self, completion: ChatCompletion, request: ModelRequest) -> ModelResponse:
        usage = Usage(
            input_tokens=completion.usage.prompt_tokens if completion.usage else 0,
            output_tokens=completion.usage.completion_tokens if completion.usage else 0,
        )
        model = completion.model or self.model
        if not completion.choices:
            empty = ModelResponse(text="", usage=usage, model=model, provider=self.name)
            raise MalformedAnswerError(
                "the response had no choices",
                reason="empty",
                raw_text="",
                errors=["the answer was empty"],
                response=empty,
            )
        choice = completion.choices[0]
        response = ModelResponse(
            text=choice.message.content or "",
            usage=usage,
            model=model,
            provider=self.name,
            finish_reason=_FINISH_REASONS.get(choice.finish_reason, "other"),
        )
        if choice.message.refusal:
            raise MalformedAnswerError(
                f"the model refused: {choice.message.refusal}",
                reason="refused",
                raw_text=choice.message.refusal,
                errors=[choice.message.refusal],
                response=response,
            )
        if request.schema is None:
            return response
        return dataclasses.replace(response, data=parse_answer(response, request.schema))

    def _step_down(self, error: openai.APIStatusError) -> bool:
        """In auto mode, fall back to a plainer JSON request when this one was refused."""
        lower = _STEP_DOWN.get(self.mode)
        if not self._may_step_down or lower is None or not _FORMAT_REJECTED.search(error.message):
            return False
        self.mode = lower
        return True


def _wire_message(message: Message) -> ChatCompletionMessageParam:
    if message.role == "system":
        return {"role": "system", "content": message.content}
    if message.role == "assistant":
        return {"role": "assistant", "content": message.content}
    return {"role": "user", "content": message.content}
