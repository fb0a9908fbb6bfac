"""Sends each request to the provider configured for its purpose."""

from __future__ import annotations

from collections.abc import Mapping

from appwright.llm.base import ModelRequest, ModelResponse, Provider


class PurposeRouter:
    def __init__(self, default: Provider, by_purpose: Mapping[str, Provider]) -> None:
        self.default = default
        self.by_purpose = dict(by_purpose)

    @property
    def name(self) -> str:
        return self.default.name

    @property
    def model(self) -> str:
        return self.default.model

    def provider_for(self, purpose: str) -> Provider:
        return self.by_purpose.get(purpose, self.default)

    def complete(self, request: ModelRequest) -> ModelResponse:
        return self.provider_for(request.purpose).complete(request)
