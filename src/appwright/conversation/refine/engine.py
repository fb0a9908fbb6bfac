"""``apply_refinement``: a message of change requests, applied one by one to a spec.

A message is cut into requests (sentences, lines, semicolons, and ``and``/``then`` before a
new command). Each request is matched against the forms of the refinement language in a fixed
order and applied to the spec's JSON; the result is validated and normalized with
``validate_spec``. A request that matches no form, asks something ambiguous, or would make the
spec invalid changes nothing and is reported in ``not_understood``; the others still apply.
The spec returned is always one ``load_spec`` accepts.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from appwright.conversation.refine import (
    automations,
    entities,
    field_removal,
    fields,
    flows,
    layout,
    permissions,
    renames,
    reports,
    settings,
)
from appwright.conversation.refine.draft import NotThisFormError, NotUnderstoodError, SpecDraft
from appwright.conversation.refine.forms import Form
from appwright.design.offline.brackets import split_top_level
from appwright.spec import AppSpec, load_spec, validate_spec
from appwright.spec.diff import diff_specs

FORMS: tuple[Form, ...] = (
    *settings.FORMS,
    *renames.FORMS,
    *layout.FORMS,
    *reports.FORMS,
    *automations.FORMS,
    *permissions.FORMS,
    *flows.FORMS,
    *field_removal.FORMS,
    *fields.FORMS,
    *entities.FORMS,
    *fields.ADD_FORMS,
    *entities.LATE_FORMS,
)
"""Every form of the refinement language, in the order they are tried: the most specific
patterns first, the loosest (``add X with Y``, ``remove X``) last."""

MAX_REPORTED_ISSUES = 3


@dataclass(frozen=True)
class Refinement:
    spec: AppSpec
    """The refined spec (the same spec when nothing could be applied)."""
    changes: list[str]
    """What changed, in words (``diff_specs(old, new).sentences``)."""
    not_understood: list[str]
    """One line per request that changed nothing: why, or the question it raises."""
    notes: list[str] = field(default_factory=list)
    """Things worth saying that are not changes (``the form is already on the left``)."""
    parts: list[str] = field(default_factory=list)
    """Which parts of the spec the applied requests touched, in order."""

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def apply_refinement(spec: AppSpec, text: str) -> Refinement:
    draft = SpecDraft.of(spec)
    not_understood: list[str] = []
    parts: list[str] = []
    for request in split_requests(text):
        before = copy.deepcopy(draft.data)
        notes_before = len(draft.notes)
        try:
            form = _apply(request, draft)
        except NotUnderstoodError as error:
            draft.data = before
            not_understood.append(f'"{request}": {error}')
            continue
        except Exception as error:
            # A form that fails in an unforeseen way must not end the conversation: the request
            # is reported and the spec stays as it was before it.
            draft.data = before
            not_understood.append(f'"{request}": could not be applied ({type(error).__name__})')
            continue
        if form is None:
            not_understood.append(f'"{request}": not a request I understand')
            continue
        checked, issues = validate_spec(draft.data)
        if checked is None:
            draft.data = before
            shown = "; ".join(str(issue) for issue in issues[:MAX_REPORTED_ISSUES])
            not_understood.append(f'"{request}" would make the spec invalid: {shown}')
            continue
        draft.data = checked.to_json_dict()
        if draft.pages_derived:
            draft.data["pages"] = []
        if draft.data == before and len(draft.notes) == notes_before:
            draft.notes.append(f'"{request}" is already so: nothing to change')
        if form.part not in parts:
            parts.append(form.part)
    refined = load_spec(draft.data)
    changes = diff_specs(spec, refined).sentences
    if not changes:
        refined = spec
    return Refinement(
        spec=refined,
        changes=changes,
        not_understood=not_understood,
        notes=list(dict.fromkeys(draft.notes)),
        parts=parts,
    )


def _apply(request: str, draft: SpecDraft) -> Form | None:
    for form in FORMS:
        match = form.match(request)
        if match is None:
            continue
        try:
            form.apply(match, draft)
        except NotThisFormError:
            continue
        return form
    return None


def match_form(request: str) -> Form | None:
    """The first form whose pattern matches a (cleaned) request; for classification."""
    return next((form for form in FORMS if form.match(request)), None)


# --- cutting a message into requests -------------------------------------------------------

_TYPOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_ARROWS = re.compile(r"\s*(?:->|=>|→|⟶|➔|>>|-->)\s*")
_SENTENCE_END = re.compile(r"(?<=[A-Za-z0-9)\]\"'])[.!?]+(?=\s|$)|[\n;]+")
_BULLET = re.compile(r"^\s*(?:[-*•·+]|\d+[.)])\s+")
COMMANDS = (
    r"add|make|rename|remove|delete|drop|change|put|place|move|show|send|call|set|link|connect|"
    r"give|mark|create|include|turn|convert|only|each|every|email|notify|remind|alert|track|"
    r"get\s+rid\s+of|let\s+me\s+see|name|title"
)
_NEXT_REQUEST = re.compile(
    rf"(?:\s*,\s*(?:and\s+|then\s+|also\s+)?|\s+and\s+(?:then\s+|also\s+)?|\s+then\s+|\s+also\s+)"
    rf"(?=(?:please\s+)?(?:also\s+)?(?:{COMMANDS})\b|(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+"
    rf"(?:can|cannot|can't|may|should|must|goes|moves)\b)",
    re.IGNORECASE,
)
_CONTINUED_VERB = re.compile(
    r"\b(?:can|cannot|can't|may|should|must|able\s+to|allowed\s+to)\s+\w+$", re.IGNORECASE
)
"""``only managers can create`` + ``and delete deals``: a list of verbs, not a new request."""
_POLITE_START = re.compile(
    r"^(?:(?:please|pls|ok|okay|so|now|also|and|then|great|thanks|hmm|hi|hey|but|"
    r"looks?\s+(?:good|great|fine|nice)|lgtm|nice|perfect|almost|close|"
    r"can\s+you|could\s+you|would\s+you|will\s+you|i\s+want\s+(?:you\s+)?to|"
    r"i'?d\s+like\s+(?:you\s+)?to|i\s+would\s+like\s+(?:you\s+)?to|we\s+need\s+to|"
    r"we\s+want\s+to|let'?s|lets|you\s+should|go\s+ahead\s+and|i\s+think\s+we\s+should)"
    r"[\s,!]+)+",
    re.IGNORECASE,
)
_POLITE_END = re.compile(
    r"[\s,]*(?:please|thanks|thank\s+you|as\s+well|too)?[\s.!?]*$", re.IGNORECASE
)


def split_requests(text: str) -> list[str]:
    """A message's requests, each cleaned of politeness and final punctuation."""
    text = _ARROWS.sub(" -> ", text.translate(_TYPOGRAPHY))
    found: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        sentence = _BULLET.sub("", sentence).strip()
        if not sentence:
            continue
        for piece in _split_commands(sentence):
            cleaned = clean_request(piece)
            if cleaned:
                found.append(cleaned)
    return found


def clean_request(text: str) -> str:
    text = _POLITE_START.sub("", text.strip())
    text = _POLITE_END.sub("", text)
    return re.sub(r"\s+", " ", text).strip(" ,")


def _split_commands(sentence: str) -> list[str]:
    """Cut a sentence before each new command; a cut stands only when both sides read as
    requests (``with name, email and phone`` is a list, not a request to email)."""
    pieces = split_top_level(sentence, (_NEXT_REQUEST.pattern,))
    if len(pieces) <= 1:
        return pieces
    joined = [pieces[0]]
    for piece in pieces[1:]:
        stands = not _CONTINUED_VERB.search(joined[-1]) and match_form(clean_request(piece))
        if stands:
            joined.append(piece)
            continue
        # not a request of its own: put the words back as they were written
        end = sentence.find(joined[-1]) + len(joined[-1])
        start = sentence.find(piece, end)
        joined[-1] = joined[-1] + sentence[end:start] + piece
    return joined
