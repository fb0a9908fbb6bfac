"""The model writes a hook from an automation's description, or repairs one from its failure.

Prompts are text files under ``healing/prompts/``. Every call is metered: the returned
`WrittenHook` (or the `HookWriteError`) carries the usage records, tokens included.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from string import Template
from typing import Any

from pydantic import BaseModel, Field

from appwright.healing.cases import HookTarget, TestCase
from appwright.healing.classify import Failure
from appwright.healing.hooks import ALLOWED_IMPORTS
from appwright.llm import (
    Message,
    MeteredProvider,
    ModelError,
    Provider,
    UsageLedger,
    UsageRecord,
    ask_structured,
)

WRITE_PURPOSE = "hook-write"
REPAIR_PURPOSE = "hook-repair"
JSON_REPAIR_ROUNDS = 1
MAX_PROMPT_VALUE_CHARS = 4000

_FENCE = re.compile(r"^\s*```(?:python|py)?\s*\n(?P<code>.*?)\n\s*```\s*$", re.DOTALL)


class HookAnswer(BaseModel):
    code: str = Field(min_length=1)
    notes: str = ""


@dataclass(frozen=True)
class WrittenHook:
    code: str
    notes: str
    usage: tuple[UsageRecord, ...]

    @property
    def input_tokens(self) -> int:
        return sum(record.input_tokens for record in self.usage)

    @property
    def output_tokens(self) -> int:
        return sum(record.output_tokens for record in self.usage)

    @property
    def model(self) -> str | None:
        answered = [r.model for r in self.usage if r.outcome in ("ok", "repaired")]
        return answered[-1] if answered else None


class HookWriteError(Exception):
    """The model gave no usable hook (unreachable, or malformed answers); ``usage`` still
    accounts for what the calls cost."""

    def __init__(self, reason: str, usage: tuple[UsageRecord, ...]) -> None:
        super().__init__(reason)
        self.reason = reason
        self.usage = usage


@cache
def prompt_text(name: str) -> str:
    """The text of ``healing/prompts/<name>.txt``."""
    resource = files("appwright.healing").joinpath("prompts", f"{name}.txt")
    return resource.read_text(encoding="utf-8").strip()


def clean_code(code: str) -> str:
    """The code without a Markdown fence around it, ending with one newline."""
    match = _FENCE.match(code)
    if match:
        code = match["code"]
    return code.strip("\n") + "\n"


def _json(value: Any) -> str:
    text = json.dumps(value, separators=(",", ":"), sort_keys=True, default=str)
    if len(text) > MAX_PROMPT_VALUE_CHARS:
        return text[:MAX_PROMPT_VALUE_CHARS] + " ...(shortened)"
    return text


def _common(target: HookTarget, app_name: str) -> dict[str, str]:
    automation = target.automation
    return {
        "app": app_name,
        "name": automation.name,
        "trigger": target.trigger,
        "entity": target.entity,
        "description": automation.description or "(no description)",
        "entities": target.entities_text(),
        "settings": _json(target.settings),
    }


def _system() -> Message:
    allowed = ", ".join(sorted(name for name in ALLOWED_IMPORTS if name != "__future__"))
    return Message(
        "system", Template(prompt_text("hook_system")).substitute(allowed_imports=allowed)
    )


def _ask(provider: Provider, messages: list[Message], purpose: str) -> WrittenHook:
    ledger = UsageLedger()
    metered = MeteredProvider(provider, ledger)
    try:
        answer = ask_structured(
            metered, messages, HookAnswer, purpose=purpose, repair_rounds=JSON_REPAIR_ROUNDS
        )
    except ModelError as error:
        raise HookWriteError(f"the model gave no hook: {error}", ledger.records) from error
    return WrittenHook(clean_code(answer.data.code), answer.data.notes, ledger.records)


def write_hook(provider: Provider, target: HookTarget, *, app_name: str) -> WrittenHook:
    """A first hook for ``target``'s automation."""
    request = Template(prompt_text("hook_write_request")).substitute(_common(target, app_name))
    return _ask(provider, [_system(), Message("user", request)], WRITE_PURPOSE)


def repair_hook(
    provider: Provider,
    target: HookTarget,
    *,
    app_name: str,
    code: str,
    failure: Failure,
    case: TestCase | None,
) -> WrittenHook:
    """A corrected hook: the model gets the code, the error and the inputs it failed on."""
    values = {
        **_common(target, app_name),
        "code": code.rstrip("\n"),
        "failure_kind": failure.kind,
        "error": failure.summary(),
        "traceback": failure.traceback or "(none)",
        "record": _json(case.record) if case else "(unknown)",
        "event": _json(case.event) if case else "(unknown)",
        "rows": _json(case.rows) if case else "(unknown)",
    }
    request = Template(prompt_text("hook_repair_request")).substitute(values)
    return _ask(provider, [_system(), Message("user", request)], REPAIR_PURPOSE)
