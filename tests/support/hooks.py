"""Hooks for the healing tests: working hook sources for examples/inventory.json, broken
variants, and scripted model answers that carry them."""

from __future__ import annotations

import json
import re
from pathlib import Path

from appwright.llm import ModelRequest, ModelResponse, Usage

HOOKS_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "hooks"

_AUTOMATION = re.compile(r"(?:Automation: |for the automation \")(?P<name>\w+)")


def inventory_hook(name: str) -> str:
    """A working hook for one of the inventory example's automations."""
    return (HOOKS_DIR / "inventory" / f"{name}.py").read_text(encoding="utf-8")


def inventory_hooks() -> dict[str, str]:
    return {path.stem: path.read_text() for path in sorted((HOOKS_DIR / "inventory").glob("*.py"))}


# The threshold field misnamed: KeyError on every record (a logic failure).
def misnamed_field(source: str) -> str:
    return source.replace('record["reorder_threshold"]', 'record["threshold"]')


# A hook that divides by zero on every record (another logic failure).
DIVIDES_BY_ZERO = "def run(record, api):\n    return {'ratio': record['quantity'] / 0}\n"


def answer(code: str, *, tokens: tuple[int, int] = (900, 150)) -> ModelResponse:
    """A scripted model answer carrying ``code``, with fixed token counts."""
    return ModelResponse(
        text=json.dumps({"code": code, "notes": "scripted"}),
        usage=Usage(*tokens),
        model="scripted-coder",
        provider="scripted",
    )


def automation_of(request: ModelRequest) -> str:
    """The automation a write or repair request is about."""
    match = _AUTOMATION.search(request.messages[-1].content)
    assert match is not None, request.messages[-1].content[:300]
    return match["name"]


def writes_inventory_hooks(request: ModelRequest) -> ModelResponse:
    """A responder that writes the working inventory hook each request asks for."""
    return answer(inventory_hook(automation_of(request)))


# alert_low_stock rewritten to tolerate a missing quantity: what a repair might give.
TOLERANT_ALERT = """\
import datetime


def run(record, api):
    quantity = record.get("quantity") or 0
    threshold = record.get("reorder_threshold") or 0
    if quantity >= threshold:
        return {"skipped": "enough stock"}
    if api.find("stock_alert", {"product_id": record["id"], "status": "open"}):
        return {"skipped": "an open alert exists"}
    alert = api.create(
        "stock_alert",
        {
            "product_id": record["id"],
            "quantity": quantity,
            "threshold": threshold,
            "raised_on": datetime.date.today(),
        },
    )
    return {"alert": alert["id"]}
"""
