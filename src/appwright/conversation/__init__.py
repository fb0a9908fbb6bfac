"""The conversation: classify a person's message, refine the spec in words, answer questions.

Pure (no database, no HTTP): ``handle_message(text, spec, provider)`` returns a TurnOutcome
that the builder service turns into messages and spec versions.
"""

from appwright.conversation.answer import answer_question
from appwright.conversation.classify import classify_offline, target_version
from appwright.conversation.intents import SPEC_PARTS, Classification, Intent
from appwright.conversation.orchestrator import TurnOutcome, handle_message
from appwright.conversation.refine import Refinement, apply_refinement
from appwright.conversation.replies import (
    reply_for_approval,
    reply_for_generate,
    reply_for_nothing_to_undo,
    reply_for_undo,
)

__all__ = [
    "SPEC_PARTS",
    "Classification",
    "Intent",
    "Refinement",
    "TurnOutcome",
    "answer_question",
    "apply_refinement",
    "classify_offline",
    "handle_message",
    "reply_for_approval",
    "reply_for_generate",
    "reply_for_nothing_to_undo",
    "reply_for_undo",
    "target_version",
]
