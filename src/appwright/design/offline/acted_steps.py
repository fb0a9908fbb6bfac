"""The steps of a flow told one after another, as acts on the record or states it is in.

``, then the customer confirms it, then we deliver it and finally it's paid``: [confirmed]
[delivered] [paid], an act on it naming the state it leaves the record in; ``it's either
completed or cancelled`` is a step of two; ``..., then worked, or it can be cancelled`` an end
instead of the last step.
"""

from __future__ import annotations

import re

from appwright.design.offline.flow_text import (
    ONE_MORE_END,
    THOSE_END_UP,
    UNLESS_IT_ACTS,
    ends_told_as_acts,
)
from appwright.design.offline.state_names import (
    TRAILING_CONDITION,
    state_name,
    too_long_for_a_state,
)
from appwright.design.offline.word_forms import verb_form, verb_lemma

TRAILING_PLACE = re.compile(
    r"\s+(?:to|by|with|for|at|in|on|onto|into)\s+(?:a|an|the|one|their|its|his|her"
    r"|one\s+of\s+(?:our|the|their|my))\s+[\w\-]+$"
)
"""``then assigned to a technician``: who or where, not part of the state's name."""


_STEP_BREAK = re.compile(
    r",?\s+(?:and\s+)?(?:then|finally|eventually|later)\s+|,\s+(?=(?:becomes|gets|turns|is)\s)"
    r"|,\s+(?=(?:goes|moves)\s+(?:on\s+)?(?:to|into)\s)"
    r"|\s+and\s+(?=(?:(?:is|are|gets?)\s+(?:then\s+|finally\s+)?)?[a-z]+ed\b)"
    r"|,?\s+and\s+(?=can\s+be\s)"
    r"|,?\s+and\s+(?:in the end|at the end|at last|last of all)\s+"
)
"""Where one told step ends: *then*, *, becomes*, *and collected*."""


ACT_ON_IT = re.compile(r"^(?:[\w\-]+\s+){0,3}?(?P<verb>[a-z]+)\s+(?:it|them)$")


_ACTS_OR_ON_IT = re.compile(
    r"^(?:[\w\-]+\s+){0,3}?(?:either\s+)?(?P<acts>[a-z]+s(?:\s+(?:it|them))?"
    r"(?:\s+or\s+[a-z]+s(?:\s+(?:it|them))?)+)\s+(?:it|them)$"
    # "then we accept or reject them": our acts, in their plain form
    r"|^(?:i|we|you|they)\s+(?:(?:then|either|just)\s+)*(?P<our_acts>[a-z]+(?:\s+(?:it|them))?"
    r"(?:\s+or\s+[a-z]+(?:\s+(?:it|them))?)+)\s+(?:it|them)$"
)
"""``the umpire accepts or declines it``, ``we accept or reject them``: two next states, told
as acts on it."""


_LEADING_TIME = re.compile(
    r"^(?:(?:after|before|once|when|at|on)\s+(?:the|a|an|each|every)\s+[a-z][\w\-]*\s+(?=(?:it|they)\s)"
    r"|(?:and\s+)?(?:the\s+)?(?:next|following)\s+(?:summer|winter|spring|autumn|year|season|"
    r"week|month|day|morning)\s+(?:(?:it|they)\s+)?)"
)
"""``after the game it becomes completed``, ``the next summer is marked as taken``: when it
moves, not where to."""


_IT_IS = re.compile(
    r"^(?:it|they|the\s+[a-z][\w\-]*)\s*(?:'s|'re|is|are|gets|get|becomes|become)\s+(?P<state>.+)$"
)
"""``it is seated``, ``the group is seated``: the state, said of the record or its people."""


_TOLD_MOVE = re.compile(
    r"^(?:and\s+)?(?:(?:[a-z]+\s+ones|it|they)\s+(?:is|are)\s+)?(?:then\s+|finally\s+)?"
    r"(?:(?:becomes|become|turns|turn|goes|go|moves|move|is|are|gets|get)\b)?\s*(?:(?:on\s+)?(?:to|into)\s+)?"
)
"""``becomes booked``, ``goes out for delivery``: the move before a told state."""


_MARKS_IT = re.compile(
    r"^(?:[\w\-]+\s+){0,3}?(?:marks|sets|flags)\s+(?:it|them)\s+(?:as\s+)?"
    r"(?P<state>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)*)$"
)
"""``the hoist driver marks it as done``: the state named, whoever marks it."""


_OR_IT_CAN_BE = re.compile(
    r"^or\s+(?:(?:it|they)\s+(?:can|may|might|could)\s+(?:also\s+)?(?:be|get)\s+)?"
    r"(?P<state>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)


def steps_told(text: str) -> list[list[str]]:
    """The states of ``, then the customer confirms it, then we deliver it and finally it's
    paid``: an act on it names the state it leaves the record in (*confirmed*); *it's either
    completed or cancelled* is a step of two."""
    steps: list[list[str]] = []
    text = UNLESS_IT_ACTS.sub(ends_told_as_acts, text)
    # "checked in when the car rolls through the gate, and if they never turn up ...": the
    # first step's condition ends at its comma, before the next end is read
    text = re.sub(
        r"\s+(?:when|whenever|once|as\s+soon\s+as)\s+(?:(?!\b(?:and|then)\b)[^,;])*(?=,)", "", text
    )
    text = ONE_MORE_END.sub(r" or \g<state>", text)
    # "and approved ones are finally placed": the state is placed
    text = re.sub(
        r"\b(?:[a-z]+\s+ones|it|they)\s+(?:is|are)\s+(?=(?:then|finally|eventually)\s)", "", text
    )
    pieces = [
        TRAILING_PLACE.sub("", _TOLD_MOVE.sub("", TRAILING_CONDITION.sub("", sub.strip(" ,."))))
        for piece in _STEP_BREAK.split(text)
        for sub in re.split(r",\s*(?:and\s+)?", piece)
    ]
    for piece in pieces:
        piece = THOSE_END_UP.sub("", _LEADING_TIME.sub("", piece.strip(" ,.")))
        if not piece:
            continue
        # "..., then worked, or it can be cancelled": an end instead of the last step
        instead = _OR_IT_CAN_BE.match(piece)
        if instead and steps and not too_long_for_a_state(state_name(instead["state"])):
            steps[-1].append(state_name(instead["state"]))
            continue
        acted = ACT_ON_IT.match(piece)
        being = _IT_IS.match(piece) or _MARKS_IT.match(piece)
        choices = _ACTS_OR_ON_IT.match(piece)
        lemmas = (
            [verb_lemma(w) for w in re.findall(r"\b[a-z]+s\b", choices["acts"]) if w != "them"]
            if choices and choices["acts"]
            else [
                verb_lemma(w)
                for w in re.findall(r"\b[a-z]+\b", choices["our_acts"])
                if w not in ("it", "them", "or")
            ]
            if choices
            else []
        )
        if choices and lemmas and all(lemmas):
            names = [state_name(verb_form(lemma, "VBN")) for lemma in lemmas if lemma]
        elif being:
            names = [state_name(o) for o in re.split(r"\s+or\s+", being.group("state"))]
        elif acted and verb_lemma(acted.group("verb")):
            lemma = verb_lemma(acted.group("verb")) or acted.group("verb")
            names = [state_name(verb_form(lemma, "VBN"))]
        else:
            names = [state_name(o) for o in re.split(r"\s+or\s+", piece)]
        if any(too_long_for_a_state(n) for n in names):
            break  # the sentence has gone on to something else: the flow ended before
        steps.append([n for n in names if n])
    return steps
