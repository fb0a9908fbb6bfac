"""The conversation with a model configured: classify, refine and answer with the model.

Every answer is parsed into a Pydantic model (``ask_structured`` repairs malformed JSON). A
refinement's spec is validated with ``validate_spec``; an invalid one is sent back once with its
problems; when the model still gives no valid spec (or cannot be reached) the offline
refinement language does the change and the outcome says why. Every call is metered.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from string import Template
from typing import Any, Literal

from pydantic import BaseModel, Field

from appwright.conversation.intents import SPEC_PARTS, Classification, Intent
from appwright.conversation.refine.draft import pages_are_derived
from appwright.llm import (
    Message,
    MeteredProvider,
    ModelError,
    Provider,
    UsageLedger,
    UsageRecord,
    ask_structured,
)
from appwright.llm.parsing import MAX_REPORTED_ERRORS
from appwright.llm.structured import MAX_ECHOED_ANSWER_CHARS
from appwright.spec import AppSpec, validate_spec

SpecPart = Literal[
    "entities", "fields", "relationships", "state_flows", "permissions", "pages", "reports",
    "automations", "settings",
]  # fmt: skip
assert set(SpecPart.__args__) == set(SPEC_PARTS)  # type: ignore[attr-defined]

REFINE_REPAIR_ROUNDS = 1
"""Rounds for an invalid refined spec (malformed JSON has its own, in ask_structured)."""
JSON_REPAIR_ROUNDS = 1


class ClassifiedMessage(BaseModel):
    intent: Intent
    part: SpecPart | None = None
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)


class RefinedSpec(BaseModel):
    spec: dict[str, Any]
    summary: str = ""
    questions: list[str] = Field(default_factory=list)


class QuestionAnswer(BaseModel):
    answer: str = Field(min_length=1)


@cache
def prompt_text(name: str) -> str:
    """The text of ``conversation/prompts/<name>.txt``."""
    resource = files("appwright.conversation").joinpath("prompts", f"{name}.txt")
    return resource.read_text(encoding="utf-8").strip()


def _spec_json(spec: AppSpec) -> str:
    data = spec.to_json_dict()
    if pages_are_derived(spec):
        data.pop("pages", None)
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def _metered(provider: Provider) -> tuple[MeteredProvider, UsageLedger]:
    ledger = UsageLedger()
    return MeteredProvider(provider, ledger), ledger


@dataclass(frozen=True)
class ModelClassification:
    classification: Classification | None
    """None when the model could not classify (the caller falls back to the offline rules)."""
    usage: tuple[UsageRecord, ...]
    failure: str | None = None


def classify_with_model(provider: Provider, text: str, *, has_spec: bool) -> ModelClassification:
    metered, ledger = _metered(provider)
    request = Template(prompt_text("classify_request")).substitute(
        has_spec="yes" if has_spec else "no", text=text.strip()
    )
    messages = [Message("system", prompt_text("classify")), Message("user", request)]
    try:
        answer = ask_structured(
            metered,
            messages,
            ClassifiedMessage,
            purpose="classify",
            repair_rounds=JSON_REPAIR_ROUNDS,
        )
    except ModelError as error:
        return ModelClassification(None, ledger.records, failure=str(error))
    data = answer.data
    part = data.part if data.intent == Intent.REFINEMENT else None
    return ModelClassification(
        Classification(data.intent, part=part, confidence=data.confidence), ledger.records
    )


@dataclass(frozen=True)
class ModelRefinement:
    spec: AppSpec | None
    """The refined spec, or None when the model gave none that is valid (see ``failure``)."""
    summary: str
    questions: tuple[str, ...]
    usage: tuple[UsageRecord, ...]
    repair_rounds: int = 0
    failure: str | None = None


def refine_with_model(provider: Provider, spec: AppSpec, text: str) -> ModelRefinement:
    metered, ledger = _metered(provider)
    request = Template(prompt_text("refine_request")).substitute(
        text=text.strip(), spec=_spec_json(spec)
    )
    asked = [Message("system", prompt_text("refine")), Message("user", request)]
    conversation = list(asked)
    rounds = 0
    spec_repairs = 0
    while True:
        try:
            answer = ask_structured(
                metered,
                conversation,
                RefinedSpec,
                purpose="refine",
                repair_rounds=JSON_REPAIR_ROUNDS,
            )
        except ModelError as error:
            return ModelRefinement(
                None,
                "",
                (),
                ledger.records,
                rounds,
                failure=f"the model gave no usable answer: {error}",
            )
        rounds += answer.repair_rounds
        refined, issues = validate_spec(answer.data.spec)
        if refined is not None:
            return ModelRefinement(
                refined,
                answer.data.summary,
                tuple(dict.fromkeys(answer.data.questions)),
                ledger.records,
                rounds,
            )
        problems = [str(issue) for issue in issues]
        if spec_repairs >= REFINE_REPAIR_ROUNDS:
            return ModelRefinement(
                None,
                "",
                (),
                ledger.records,
                rounds,
                failure="the model's spec was still invalid after a repair round: "
                + "; ".join(problems[:3]),
            )
        spec_repairs += 1
        rounds += 1
        echoed = answer.response.text[:MAX_ECHOED_ANSWER_CHARS]
        shown = "\n".join(f"- {p}" for p in problems[:MAX_REPORTED_ERRORS])
        conversation = [
            *asked,
            Message("assistant", echoed),
            Message("user", Template(prompt_text("refine_repair")).substitute(problems=shown)),
        ]


@dataclass(frozen=True)
class ModelAnswer:
    answer: str | None
    usage: tuple[UsageRecord, ...]


def answer_with_model(provider: Provider, spec: AppSpec | None, text: str) -> ModelAnswer:
    metered, ledger = _metered(provider)
    shown = _spec_json(spec) if spec is not None else "(no design yet)"
    request = Template(prompt_text("answer_request")).substitute(text=text.strip(), spec=shown)
    messages = [Message("system", prompt_text("answer")), Message("user", request)]
    try:
        answer = ask_structured(
            metered, messages, QuestionAnswer, purpose="answer", repair_rounds=JSON_REPAIR_ROUNDS
        )
    except ModelError:
        return ModelAnswer(None, ledger.records)
    return ModelAnswer(answer.data.answer, ledger.records)
