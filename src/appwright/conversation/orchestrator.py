"""One turn of the conversation: classify the message, hand it to the right designer, reply.

``handle_message(text, spec, provider)`` is pure: it returns the spec after the turn (None when
the spec did not change) and the reply; the service stores versions and messages. Undo,
approval and generation change no spec here: the intent tells the service what to do, and
``replies`` has the words for what it did.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from appwright.conversation import replies
from appwright.conversation.answer import answer_question
from appwright.conversation.classify import classify_offline, target_version
from appwright.conversation.intents import Classification, Intent
from appwright.conversation.merge import merge_design
from appwright.conversation.model import answer_with_model, classify_with_model, refine_with_model
from appwright.conversation.refine import apply_refinement
from appwright.design.service import EmptyDescriptionError, design_description
from appwright.design.steps import StepFailedError
from appwright.llm import Provider, UsageRecord
from appwright.spec import AppSpec
from appwright.spec.diff import diff_specs


@dataclass(frozen=True)
class TurnOutcome:
    intent: Intent
    spec_after: AppSpec | None
    """The spec after this turn; None when the turn did not change the spec."""
    reply: str
    questions: list[str] = field(default_factory=list)
    usage: tuple[UsageRecord, ...] = ()
    used_model: bool = False
    classification: Classification | None = None
    changes: list[str] = field(default_factory=list)
    """What changed, in words (``diff_specs(old, new).sentences``); the version's changelog."""
    not_understood: list[str] = field(default_factory=list)
    target_version: int | None = None
    """For undo: the version asked for (``go back to version 3``); None means the one before."""
    fallback_reason: str | None = None
    """Set when the model failed and the offline designer did the work instead."""


def handle_message(
    text: str, spec: AppSpec | None, provider: Provider | None = None
) -> TurnOutcome:
    usage: tuple[UsageRecord, ...] = ()
    classification = classify_offline(text, has_spec=spec is not None)
    if provider is not None and text.strip():
        asked = classify_with_model(provider, text, has_spec=spec is not None)
        usage += asked.usage
        if asked.classification is not None:
            classification = asked.classification
    if spec is None and classification.intent not in (Intent.QUESTION, Intent.NEW_REQUIREMENT):
        classification = Classification(Intent.QUESTION, confidence=classification.confidence)
    intent = classification.intent
    if intent == Intent.NEW_REQUIREMENT:
        outcome = _new_requirement(text, spec, provider)
    elif intent == Intent.REFINEMENT and spec is not None:
        outcome = _refinement(text, spec, provider)
    elif intent == Intent.QUESTION:
        outcome = _question(text, spec, provider)
    elif intent == Intent.UNDO:
        outcome = TurnOutcome(
            intent=intent,
            spec_after=None,
            reply="Going back to the previous version."
            if target_version(text) is None
            else f"Going back to version {target_version(text)}.",
            target_version=target_version(text),
        )
    elif intent == Intent.APPROVAL:
        outcome = TurnOutcome(
            intent=intent, spec_after=None, reply="Approving the current version."
        )
    else:
        outcome = TurnOutcome(
            intent=Intent.GENERATE,
            spec_after=None,
            reply="Approving the current version and generating the app.",
        )
    return TurnOutcome(
        **{
            **outcome.__dict__,
            "classification": classification,
            "usage": usage + outcome.usage,
            "used_model": bool(usage) or outcome.used_model,
        }
    )


def _new_requirement(text: str, spec: AppSpec | None, provider: Provider | None) -> TurnOutcome:
    try:
        designed = design_description(text, provider)
    except (EmptyDescriptionError, StepFailedError) as error:
        return TurnOutcome(
            intent=Intent.NEW_REQUIREMENT,
            spec_after=None,
            reply=f"I could not design that: {error}. Describe the records the app keeps and"
            " what people do with them.",
        )
    questions = list(designed.questions)
    if spec is None:
        return TurnOutcome(
            intent=Intent.NEW_REQUIREMENT,
            spec_after=designed.spec,
            reply=replies.reply_for_new_design(designed.spec, questions),
            questions=questions,
            usage=designed.usage,
            used_model=designed.used_model,
            changes=[f"designed {designed.spec.name}"],
        )
    merged = merge_design(spec, designed.spec)
    if merged.spec is None:
        problems = "; ".join(str(issue) for issue in merged.issues[:3])
        return TurnOutcome(
            intent=Intent.NEW_REQUIREMENT,
            spec_after=None,
            reply=f"I could not add that to the design without breaking it ({problems}). The"
            " design is unchanged; try describing one new thing at a time.",
            usage=designed.usage,
            used_model=designed.used_model,
        )
    changes = diff_specs(spec, merged.spec).sentences
    notes = [f"left out {item}: it did not fit the design" for item in merged.dropped]
    new_entities = {e.name for e in merged.spec.entities} - {e.name for e in spec.entities}
    questions = [q for q in questions if any(name in q.lower() for name in new_entities)] or (
        questions[:3]
    )
    reply = replies.reply_for_merge(changes, questions)
    if notes:
        reply += "\n\nNote: " + "; ".join(notes) + "."
    return TurnOutcome(
        intent=Intent.NEW_REQUIREMENT,
        spec_after=merged.spec if changes else None,
        reply=reply,
        questions=questions,
        usage=designed.usage,
        used_model=designed.used_model,
        changes=changes,
    )


def _refinement(text: str, spec: AppSpec, provider: Provider | None) -> TurnOutcome:
    fallback_reason: str | None = None
    usage: tuple[UsageRecord, ...] = ()
    if provider is not None:
        refined = refine_with_model(provider, spec, text)
        usage = refined.usage
        if refined.spec is not None:
            changes = diff_specs(spec, refined.spec).sentences
            questions = list(refined.questions)
            return TurnOutcome(
                intent=Intent.REFINEMENT,
                spec_after=refined.spec if changes else None,
                reply=replies.reply_for_refinement(changes, [], [], questions, refined.spec),
                questions=questions,
                usage=usage,
                used_model=True,
                changes=changes,
            )
        fallback_reason = refined.failure
    offline = apply_refinement(spec, text)
    return TurnOutcome(
        intent=Intent.REFINEMENT,
        spec_after=offline.spec if offline.changed else None,
        reply=replies.reply_for_refinement(
            offline.changes,
            offline.not_understood,
            offline.notes,
            [],
            offline.spec,
            fallback_reason=fallback_reason,
        ),
        usage=usage,
        used_model=bool(usage),
        changes=offline.changes,
        not_understood=offline.not_understood,
        fallback_reason=fallback_reason,
    )


def _question(text: str, spec: AppSpec | None, provider: Provider | None) -> TurnOutcome:
    answer = answer_question(text, spec)
    usage: tuple[UsageRecord, ...] = ()
    if answer is None and provider is not None and spec is not None:
        asked = answer_with_model(provider, spec, text)
        usage, answer = asked.usage, asked.answer
    return TurnOutcome(
        intent=Intent.QUESTION,
        spec_after=None,
        reply=answer or replies.reply_for_unanswered(spec),
        usage=usage,
        used_model=bool(usage),
    )
