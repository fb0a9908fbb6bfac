"""The published JSON Schema of the AppSpec (``appwright schema``)."""

from __future__ import annotations

from typing import Any

from appwright.spec.models import AppSpec

SCHEMA_ID = "https://appwright.dev/schemas/appspec.json"


def appspec_json_schema() -> dict[str, Any]:
    schema = AppSpec.model_json_schema(by_alias=True, mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}
