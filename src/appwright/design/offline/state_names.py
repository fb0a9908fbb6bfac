"""A state's name from the words that tell it, and which states end a record early.

``can wait on the customer`` → ``waiting_on_customer``, ``is then resolved`` → ``resolved``,
``cancelled for weather`` → ``cancelled``; *cancelled*, *lost* and *no-show* end a record
unsuccessfully; a phrase of five words or more than 40 characters is too long to be a state.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import (
    AUXILIARIES,
    DETERMINERS,
    PREPOSITIONS,
    VERB_PARTICLES,
    word_set,
    words,
)
from appwright.design.offline.word_forms import (
    can_be_adjective,
    can_be_noun,
    gerund,
    is_past_participle,
    is_plural,
    verb_form,
    verb_lemma,
)
from appwright.spec.names import to_snake

STATE_FIELD_NAMES = ("status", "stage", "state", "phase")


UNSUCCESSFUL = word_set(
    "cancel cancelled canceled reject rejected decline declined lose lost fail failed expire "
    "expired abandon abandoned void voided withdraw withdrawn refund refunded no_show noshow "
    "dropped drop called_off scrapped scrap abort aborted stood_down written_off turned_away"
)
"""Outcomes that end a record early: reachable from every open state."""


FILLER = word_set(
    "then finally eventually either later afterwards after that also can could may might will "
    "be is are gets get got becomes become goes go moves move marked set as it they"
)


TRAILING_CONDITION = re.compile(r"\s+(?:until|unless|after|before|when|once|if|within|while)\b.*$")


_REASONS = word_set("for because due after by through")
"""Words after a done state that tell why or by whom (*cancelled for weather*), not which."""


_ORDER_SAID = re.compile(
    r"^(?:(?:it|they|the\s+[a-z][\w\-]*)\s+)?(?:(?:ends|ending)\s+(?:up\s+)?|end\s+up\s+)(?:as\s+|being\s+)?"
    r"|\s+(?:at\s+)?first$|\s+initially$"
)
"""``received first``, ``ends up approved``, ``ending as removed``, ``ends unsold``: where the
state stands in the line, no part of it."""


def state_name(phrase: str) -> str:
    """``can wait on the customer`` → ``waiting_on_customer``; ``is then resolved`` →
    ``resolved``; ``no-show`` → ``no_show``; ``did not attend`` → ``did_not_attend``."""
    phrase = _ORDER_SAID.sub("", TRAILING_CONDITION.sub("", phrase))
    tokens = [w for w in words(phrase) if w not in DETERMINERS]
    while tokens and (tokens[0] in FILLER or tokens[0] in AUXILIARIES):
        if tokens[0] == "set" and len(tokens) == 2 and tokens[1] in VERB_PARTICLES:
            break  # "set up": the phrasal verb is the state, not *up*
        if tokens[0] in ("did", "does", "do") and tokens[1:2] == ["not"]:
            break  # "did not attend": the act not done is the state, not *not attend*
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0] in ("just", "simply"):
        tokens = tokens[1:]  # "it just expires": expires
    if len(tokens) > 2 and tokens[0] in _STAYING and tokens[1] in ("at", "in", "as"):
        tokens = tokens[2:]  # "may sit at awaiting documents": where it stays is the state
    if (
        len(tokens) == 1
        and tokens[0].endswith("s")
        and verb_lemma(tokens[0]) not in (None, tokens[0])
        and not can_be_noun(tokens[0])  # "eggs" is a stage, no act
    ):
        done = verb_form(verb_lemma(tokens[0]) or "", "VBN")
        if done and done != tokens[0]:
            tokens = [done]  # "or it expires": expired, the state it is left in
    if not tokens:
        return ""
    if len(tokens) > 1 and tokens[1] in _REASONS and is_past_participle(tokens[0]):
        tokens = tokens[:1]  # "cancelled for weather": the state is cancelled, whatever the why
    lemma = verb_lemma(tokens[0])
    if (
        len(tokens) > 1
        and lemma == tokens[0]
        and tokens[1] in PREPOSITIONS
        and not can_be_adjective(tokens[0])  # "ready for collection", "open for bids"
    ):
        tokens[0] = gerund(tokens[0])  # "wait on the customer" → waiting_on_customer
    return to_snake("_".join(t.replace("'", "") for t in tokens))


_STAYING = frozenset(["sit", "sits", "stay", "stays", "remain", "remains", "rest", "rests"])
"""Verbs of staying put: *sit at awaiting documents* names the state it stays in."""


MAX_STATE_WORDS = 5
"""A state is a short label (*waiting for documents*); longer text between flow words is
a sentence that happens to say *from* and *to*."""


MAX_STATE_CHARS = 40
"""Room for ``to_`` before it in a transition's name (names are at most 48 characters)."""


def too_long_for_a_state(state: str) -> bool:
    return state.count("_") >= MAX_STATE_WORDS or len(state) > MAX_STATE_CHARS


def ends_unsuccessfully(state: str) -> bool:
    return state in UNSUCCESSFUL or (verb_lemma(state) or "") in UNSUCCESSFUL


def names_things(state: str) -> bool:
    """*hedges*, *lawns*: a plural noun, things the work is on, where a state says how the
    record stands (*accepted*, *on hold*, *in stock*)."""
    return (
        "_" not in state
        and is_plural(state)
        and can_be_noun(state)
        and not can_be_adjective(state)
        and not is_past_participle(state)
    )
