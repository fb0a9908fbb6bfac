"""A scripted model for benchmarks: answers every request at once, validly, from the offline designer.

The answers are what the offline rules would say, serialized as a model would send them, so the
service's whole model path runs (prompts built, answers parsed and validated, usage recorded)
without a model's latency: what is measured is the service's own cost.
"""

from __future__ import annotations

import json
import re
from typing import Any

from appwright.conversation.answer import answer_question
from appwright.conversation.classify import classify_offline
from appwright.conversation.refine import apply_refinement
from appwright.design.service import design_step
from appwright.design.steps import get_step
from appwright.llm import ModelRequest, ScriptedProvider
from appwright.spec import AppSpec, load_spec

_QUOTED = re.compile(r"<<<\n(.*?)\n>>>", re.DOTALL)
_SPEC_AFTER = "(AppSpec JSON):\n"


def _quoted_text(request: ModelRequest) -> str:
    prompt = request.messages[-1].content
    match = _QUOTED.search(prompt)
    return match.group(1) if match else prompt


def _spec_in(request: ModelRequest) -> AppSpec | None:
    prompt = request.messages[-1].content
    if _SPEC_AFTER not in prompt:
        return None
    text = prompt.split(_SPEC_AFTER, 1)[1].strip()
    if not text.startswith("{"):
        return None
    data: dict[str, Any] = json.JSONDecoder().raw_decode(text)[0]
    return load_spec(data)


def answer(request: ModelRequest) -> str:
    text = _quoted_text(request)
    spec = _spec_in(request)
    if request.purpose == "classify":
        prompt = request.messages[-1].content
        classified = classify_offline(text, has_spec="Is there a design yet: yes" in prompt)
        return json.dumps({"intent": str(classified.intent), "part": classified.part})
    if request.purpose == "refine" and spec is not None:
        refined = apply_refinement(spec, text)
        return json.dumps(
            {"spec": refined.spec.to_json_dict(), "summary": "; ".join(refined.changes)}
        )
    if request.purpose == "answer":
        return json.dumps({"answer": answer_question(text, spec) or "I do not know yet."})
    step = get_step(request.purpose)
    result = design_step(step.id, text, spec)
    return step.structure(result.spec, result.questions).model_dump_json(by_alias=True)


def scripted_designer() -> ScriptedProvider:
    return ScriptedProvider(respond=answer, name="scripted", model="scripted-offline")
