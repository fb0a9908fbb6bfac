"""The offline classifier: what a message asks for, from its words alone.

- no spec yet: a description of the app (new_requirement), unless it is a question;
- ``undo``, ``go back``, ``revert that`` → undo; ``looks good, generate it`` / ``build it`` →
  generate (the service approves, then generates); ``looks good`` / ``approve`` / ``ship it``
  → approval;
- a question (``what fields does deal have?``, ``which roles...``) → question;
- a long description of new things (``I also need to track invoices with a number...``) →
  new_requirement, merged into the spec;
- anything else → refinement, with the part of the spec it touches when a form of the
  refinement language matches.
"""

from __future__ import annotations

import re

from appwright.conversation.intents import Classification, Intent
from appwright.conversation.refine import match_form, split_requests

_UNDO = re.compile(
    r"^(?:please\s+|no,?\s+|oops,?\s+)?(?:undo|revert|roll\s*back|go\s+back|take\s+(?:that|it)\s+back|"
    r"undo\s+that|cancel\s+(?:that|the\s+last\s+change)|put\s+it\s+back)\b"
    r"(?:\s+(?:that|it|this|the\s+last(?:\s+\w+)?|last\s+change|one\s+step|a\s+step|"
    r"to\s+(?:the\s+)?(?:previous|last|earlier)\s+(?:version|one)|to\s+(?:version\s+|v)\d+|"
    r"please|the\s+change|my\s+last\s+change))*[\s.!]*$",
    re.IGNORECASE,
)
_VERSION = re.compile(r"\b(?:version\s+|v)(?P<number>\d+)\b", re.IGNORECASE)
_GENERATE = re.compile(
    r"\b(?:generate|build|create|make|code|ship\s+and\s+build)\s+(?:it|this|that|the\s+app|"
    r"the\s+application|the\s+code|my\s+app|our\s+app|the\s+project|everything)\b|"
    r"^(?:please\s+)?(?:generate|build)(?:\s+(?:it|now|please))?[\s.!]*$|\bgenerate\s*[.!]*$|"
    r"\blet'?s\s+(?:build|generate)\b|\bgo\s+ahead\s+and\s+(?:build|generate)\b",
    re.IGNORECASE,
)
_APPROVE = re.compile(
    r"\b(?:looks?\s+(?:good|great|fine|perfect|right)|lgtm|approved?|ship\s+it|perfect|"
    r"that'?s\s+(?:it|good|great|fine|perfect|right)|sounds\s+good|good\s+to\s+go|all\s+good|"
    r"i'?m\s+happy(?:\s+with\s+(?:it|this|that))?|well\s+done|great\s+job|exactly\s+what\s+i\s+"
    r"(?:want|need)(?:ed)?|yes,?\s+(?:that'?s\s+)?(?:right|correct|good))\b",
    re.IGNORECASE,
)
_CHANGE_CUE = re.compile(
    r"\b(?:but|except|however|although|though|only\s+(?:change|add|remove))\b|"
    r"\b(?:add|remove|rename|delete|change|make|put|move|drop)\s+(?!it\b|this\b|that\b)\w",
    re.IGNORECASE,
)
_QUESTION_START = re.compile(
    r"^(?:what|which|who|whom|whose|how|where|when|why|is\s+there|are\s+there|does|do|did|"
    r"can\s+(?:i|we|a|an|the)\b|could\s+(?:i|we)\b|tell\s+me|show\s+me\s+(?:the\s+)?(?:fields|roles|"
    r"pages|entities|states|reports|automations|settings|relationships|links)|list\s+(?:the\s+|all\s+)?"
    r"(?:fields|roles|pages|entities|states|reports|automations|relationships)|describe|explain|"
    r"remind\s+me|what'?s)\b",
    re.IGNORECASE,
)
_REQUEST_IN_QUESTION = re.compile(
    r"^(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:add|remove|rename|delete|change|make|put|"
    r"move|drop|show|send|call|set|link|give|mark|create|include|turn|convert)\b|"
    r"^(?:how\s+about|what\s+about|why\s+not)\s+(?:adding|removing|renaming|making|changing|"
    r"putting|moving)\b",
    re.IGNORECASE,
)
_NEW_THINGS = re.compile(
    r"\b(?:i|we)\s+(?:also\s+)?(?:need|want|would\s+like|have)\s+to\s+(?:track|manage|record|keep|"
    r"store|handle|log|organi[sz]e|book|schedule|sell|rent)\b|"
    r"\balso\s+(?:track|manage|record|keep\s+track\s+of|need|want|have|sell|rent|run)\b|"
    r"\b(?:we|i)\s+(?:also\s+)?(?:sell|rent|run|organi[sz]e|book|schedule|hire|lend)\b|"
    r"\b(?:track|manage|keep\s+track\s+of|record|log)\s+(?:our|my|the|all|their)?\s*\w+\s+"
    r"(?:with|that|which|:|\()",
    re.IGNORECASE,
)
MIN_DESCRIPTION_WORDS = 12
"""A message this long that speaks of new things describes them rather than asking for one
change (``add a priority to ticket`` is short; a paragraph about invoices is not)."""
MIN_PLAIN_DESCRIPTION_WORDS = 30


def classify_offline(text: str, *, has_spec: bool) -> Classification:
    plain = text.strip()
    if not plain:
        return Classification(Intent.QUESTION, confidence=0.2)
    if is_question(plain):
        return Classification(Intent.QUESTION, confidence=0.9)
    if not has_spec:
        if _UNDO.match(plain) or _control_only(plain):
            # nothing to undo, approve or generate yet: answered as a question about the state
            return Classification(Intent.QUESTION, confidence=0.6)
        return Classification(Intent.NEW_REQUIREMENT, confidence=0.95)
    if _UNDO.match(plain):
        return Classification(Intent.UNDO, confidence=0.95)
    if _GENERATE.search(plain) and not _changes_something(plain):
        return Classification(Intent.GENERATE, confidence=0.9)
    if _APPROVE.search(plain) and not _changes_something(plain):
        return Classification(Intent.APPROVAL, confidence=0.9)
    form = next((f for f in (match_form(r) for r in split_requests(plain)) if f is not None), None)
    if _describes_new_things(plain):
        return Classification(Intent.NEW_REQUIREMENT, confidence=0.7)
    if form is not None:
        return Classification(Intent.REFINEMENT, part=form.part, confidence=0.9)
    return Classification(Intent.REFINEMENT, part=None, confidence=0.4)


def is_question(text: str) -> bool:
    plain = text.strip()
    if _REQUEST_IN_QUESTION.match(plain):
        return False
    if plain.endswith("?"):
        return True
    return bool(_QUESTION_START.match(plain)) and len(plain.split()) <= 20


def target_version(text: str) -> int | None:
    """The version an undo names (``go back to version 3``), or None for the one before."""
    match = _VERSION.search(text)
    return int(match.group("number")) if match else None


def _control_only(text: str) -> bool:
    words = len(text.split())
    return words <= 6 and bool(_GENERATE.search(text) or _APPROVE.search(text))


def _changes_something(text: str) -> bool:
    """``looks good but add a phone to contact``: approval words around a change."""
    without = _GENERATE.sub(" ", _APPROVE.sub(" ", text))
    return bool(_CHANGE_CUE.search(without))


def _describes_new_things(text: str) -> bool:
    count = len(text.split())
    if count >= MIN_DESCRIPTION_WORDS and _NEW_THINGS.search(text):
        return True
    sentences = [s for s in re.split(r"[.!\n]+", text) if s.strip()]
    return (
        count >= MIN_PLAIN_DESCRIPTION_WORDS
        and len(sentences) >= 2
        and not any(match_form(r) for r in split_requests(text))
    )
