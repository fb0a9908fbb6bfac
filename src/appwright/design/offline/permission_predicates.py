"""What a role may do, read from the predicate after it: the verbs, the records, the state moved to.

``read and write notes only for their own patients``: read and write, on notes;
``should be able to set placings``: *should set*; ``see only what they submitted``: the
submissions; ``approve requests`` moves a request to *approved*.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_noun
from appwright.design.offline.owner_people import access_as_act
from appwright.design.offline.permission_words import ACTION_VERBS
from appwright.design.offline.role_subjects import records_named_in
from appwright.design.offline.word_classes import ADVERBS, CONJUNCTIONS
from appwright.design.offline.word_forms import verb_lemma
from appwright.spec.models import AppSpec

_ABLE = re.compile(
    r"\b(?:(?P<modal>(?:can|could|should|may|must|will)(?:\s+only|\s+just|\s+also)?)\s+be|(?:are|is|am))"
    r"\s+(?:able|allowed|permitted)\s+to\b"
)


_LOOKS_AFTER = re.compile(r"\b(?P<verb>looks|look)\s+after\b")
"""*the manager looks after all of them*: manages them."""


def able_as_modal(tokens: list[str]) -> list[str]:
    """``only judges should be able to set placings``, ``should be allowed to add events``:
    *should set*, the modal the readers know (and not the passive *should be set*); ``the
    principal has access to every case``: *can access*; ``the manager looks after all of
    them``: *manages*."""
    text = " ".join(tokens)
    plain = _ABLE.sub(lambda m: m.group("modal") or "can", access_as_act(text))
    plain = _LOOKS_AFTER.sub(lambda m: "manages" if m["verb"].endswith("s") else "manage", plain)
    return plain.split() if plain != text else tokens


def action_verbs_in(tokens: list[str]) -> list[str]:
    """The verbs of a predicate (``read and write``, ``approve or reject``)."""
    found: list[str] = []
    for index, word in enumerate(tokens):
        lemma = verb_lemma(word) or word
        if lemma in ACTION_VERBS:
            found.append(lemma)
            if index + 1 < len(tokens) and tokens[index + 1] in CONJUNCTIONS:
                continue
            break
        if word in CONJUNCTIONS or word in ADVERBS or word in ("only",):
            continue
        if found:
            break
    return found


def records_they_did(tokens: list[str], entities: set[str]) -> list[str]:
    """``see only what they submitted``: the submissions, the record named after the act."""
    for index in range(len(tokens) - 2):
        if tokens[index] in ("what", "whatever") and tokens[index + 1] in ("they", "he", "she"):
            lemma = verb_lemma(tokens[index + 2])
            act = act_noun(lemma) if lemma else None
            return [act] if act in entities else []
    return []


def records_acted_on(tokens: list[str], entities: set[str]) -> list[str]:
    """The entities a predicate acts on: those named before its first preposition
    (``read and write notes`` *only for their own patients* → notes)."""
    cut = first_preposition(tokens)
    return records_named_in(tokens[:cut], entities) or records_named_in(tokens, entities)[:1]


def first_preposition(tokens: list[str]) -> int:
    return next(
        (
            i
            for i, w in enumerate(tokens)
            if i and w in ("for", "about", "in", "at", "from", "with", "of", "on", "by", "to")
        ),
        len(tokens),
    )


def state_named_in(tokens: list[str], spec: AppSpec) -> str | None:
    states = {s for flow in spec.state_flows for s in flow.states}
    for word in tokens:
        if word in states:
            return word
    return None


def state_a_verb_moves_to(verb: str, spec: AppSpec, entity: str | None) -> str | None:
    """The state a verb moves to: ``approve`` → ``approved``; None for *change the status*."""
    if verb in ("change", "update"):
        return None
    for flow in spec.state_flows:
        if entity and flow.entity != entity:
            continue
        for state in flow.states:
            if verb_lemma(state) == verb:
                return state
    return None
