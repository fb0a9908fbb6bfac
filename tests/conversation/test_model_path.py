"""The conversation with a (scripted) model: classify, refine with repair, fall back, answer."""

from __future__ import annotations

import json

from appwright.conversation import Intent, handle_message
from appwright.llm import ScriptedProvider, TransientModelError
from appwright.spec import AppSpec

REFINEMENT = json.dumps({"intent": "refinement", "part": "fields", "confidence": 0.9})
QUESTION = json.dumps({"intent": "question", "part": None, "confidence": 0.8})


def refined(spec: AppSpec, *, broken: bool = False) -> str:
    data = spec.to_json_dict()
    deal = next(e for e in data["entities"] if e["name"] == "deal")
    deal["fields"].append({"name": "priority", "type": "enum", "options": ["low", "high"]})
    if broken:
        data["relationships"].append({"from": "deal", "to": "nowhere", "kind": "many_to_one"})
    return json.dumps({"spec": data, "summary": "added deal.priority", "questions": ["Why?"]})


def test_the_model_refines_after_repairing_broken_json_and_an_invalid_spec(crm: AppSpec) -> None:
    provider = ScriptedProvider(
        [REFINEMENT, "{spec: nope", refined(crm, broken=True), refined(crm)]
    )

    outcome = handle_message("we want to prioritise deals somehow", crm, provider)

    assert outcome.intent == Intent.REFINEMENT
    assert outcome.used_model is True
    assert outcome.spec_after is not None
    priority = outcome.spec_after.entity("deal").field("priority")  # type: ignore[union-attr]
    assert priority is not None and priority.options == ["low", "high"]
    assert outcome.changes == ["added field deal.priority (enum: low, high)"]
    assert outcome.questions == ["Why?"]
    assert [r.purpose for r in outcome.usage] == ["classify", "refine", "refine", "refine"]
    repair = provider.history[3].messages[-1].content
    assert "nowhere" in repair and "relationships[" in repair
    assert provider.remaining == 0


def test_a_model_that_keeps_failing_falls_back_to_the_offline_language(crm: AppSpec) -> None:
    provider = ScriptedProvider([REFINEMENT, refined(crm, broken=True), refined(crm, broken=True)])

    outcome = handle_message("make probability a decimal", crm, provider)

    assert outcome.spec_after is not None
    assert outcome.changes == ["changed deal.probability from integer to decimal"]
    assert outcome.fallback_reason is not None
    assert outcome.fallback_reason.startswith("the model's spec was still invalid after a repair")
    assert outcome.reply.startswith("The model could not make this change (")
    assert "built-in refinement language" in outcome.reply
    assert outcome.used_model is True


def test_an_unreachable_model_falls_back_everywhere(crm: AppSpec) -> None:
    down = TransientModelError("connection refused")
    provider = ScriptedProvider([down, down])

    outcome = handle_message("make probability a decimal", crm, provider)

    assert outcome.classification is not None
    assert outcome.classification.intent == Intent.REFINEMENT  # the offline classifier's
    assert outcome.fallback_reason is not None and "connection refused" in outcome.fallback_reason
    assert outcome.changes == ["changed deal.probability from integer to decimal"]


def test_the_model_answers_questions_the_offline_answers_cannot(crm: AppSpec) -> None:
    provider = ScriptedProvider([QUESTION, json.dumps({"answer": "Because of the stage flow."})])

    outcome = handle_message("why do deals have a probability?", crm, provider)

    assert outcome.intent == Intent.QUESTION
    assert outcome.reply == "Because of the stage flow."
    assert outcome.spec_after is None
    assert [r.purpose for r in outcome.usage] == ["classify", "answer"]


def test_the_models_classification_is_used(crm: AppSpec) -> None:
    provider = ScriptedProvider([json.dumps({"intent": "generate", "confidence": 0.95})])
    outcome = handle_message("ok ship the thing now", crm, provider)
    assert outcome.intent == Intent.GENERATE
    assert outcome.spec_after is None
