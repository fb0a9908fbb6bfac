"""States said of a record where no more specific reader of ``states`` took the sentence.

A record said to *be* one of three or more short states (*the loan is out, returned or
overdue, or marked lost if it never turns up again*), or told from its first state with the
moves owners use (*a quote arrives as received, can be shortlisted, and is then accepted or
declined*; *plans start active and become completed or broken*; *a suspension is active until
the boxer is cleared, though if it's challenged it sits under appeal before being cleared*),
wherever the clause stands in the sentence: the record's status and, when moves are told, its
flow. Each state must read as one (an adjective, a participle, a place such as *under
appeal*), so a record said to be *for one cat* or *gloves, pads or a head guard* is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from appwright.design.offline.word_classes import (
    NOUN_MARKERS,
    PREPOSITIONS,
    QUANTIFIERS,
    SUBJECT_PRONOUNS,
    VERB_PARTICLES,
    words,
)
from appwright.design.offline.word_forms import (
    can_be_adjective,
    is_past_participle,
    verb_form,
    verb_lemma,
)

_TOLD_OF_RECORD = re.compile(
    r"(?:^|[,;]\s*(?:and\s+|but\s+|so\s+)?|\s(?:and|so)\s+)"
    r"(?:(?:a|an|the|each|every|any|our)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>is|are|stays|stay|remains|remain"
    r"|(?:starts|start|begins|begin)(?:\s+(?:out|off))?(?:\s+as)?"
    r"|(?:arrives|arrive|comes\s+in|come\s+in|is\s+created|are\s+created)\s+as)\s+"
    # the states looked at ahead, so a clause later in the sentence is found too
    r"(?=(?P<rest>(?!(?:a|an|the|one|not|never|also|just|only|usually|always|then)\b)[a-z].*)$)"
)
"""``..., and the loan is out, ...``: the record, the verb that tells its state, the states."""
_BARE_IS = frozenset(["is", "are"])
_CLAUSE_ENDS = re.compile(
    r"\s*;|,?\s+(?:since|because|which|whereas|so that)\s"
    r"|,\s*(?:and\s+|but\s+)?(?:i|we|you|(?:a|an|the|each|every)\s+[a-z][\w\-]*\s+[a-z][\w\-]*\s+"
    r"(?!(?:is|are|gets?)\s)[a-z])\b"
)
"""Where the states end: a reason, or a new subject that does something else."""
_UNTIL_DONE = re.compile(
    r"\s+until\s+(?:(?:the|a|an|our|their)\s+)?(?:[a-z][\w\-]*\s+){0,2}?"
    r"(?:is|are|gets?|has\s+been)\s+(?P<state>[a-z][\w\-]*)\b"
)
"""``active until the boxer is cleared``: the next state, told as what ends this one."""
_UNTIL_ACTS = re.compile(
    r"\s+until\s+(?:(?:the|a|an|our|their)\s+)?[a-z][\w\-]*\s+"
    r"(?:either\s+)?(?P<acts>[a-z]+s(?:\s+or\s+[a-z]+s)*)\s+(?:it|them)\b"
)
"""``pending until the poster accepts or declines it``: the next states, told as acts on it."""
_MARKED = re.compile(
    r",?\s+(?:or\s+)?(?:(?:it|they)\s+(?:is|are|gets?)\s+)?(?:marked|set|put\s+down)\s+(?:as\s+)?"
    r"(?P<state>[a-z][\w\-]*)(?:\s+(?:if|when|once|after)\b[^,;]*)?"
)
"""``..., or marked lost if it never turns up again``: one more state, whatever its reason."""
_SIDE_WAY = re.compile(
    r",?\s+(?:though|but|and|although)\s+if\s+[^,;]*?\s+(?:it|they)\s+"
    r"(?:sits?|is|are|goes|go|gets?|stays?|waits?)\s+(?:(?:on|in|into)\s+)?"
    r"(?P<state>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:before|until)\s+(?:being\s+|it\s+is\s+)?"
    r"(?P<back>[a-z][\w\-]*)\b"
)
"""``..., though if it's challenged it sits under appeal before being cleared``: a way round
from the first state, back to the one named."""
_MOVE_WORDS = re.compile(
    r"\s+and\s+(?:then\s+)?(?=(?:becomes|become|turns|turn|goes\s+(?:on\s+)?to|go\s+(?:on\s+)?to"
    r"|moves\s+(?:on\s+)?to|move\s+(?:on\s+)?to|is\s+then|are\s+then|can\s+be)\s)"
    r"|,\s*(?:and\s+)?(?:then\s+)?|\s+(?:and\s+)?then\s+"
)
"""Where one told state ends and the next begins."""
_MOVE_LEAD = re.compile(
    r"^(?:(?:becomes|become|turns|turn|goes|go|moves|move)\s+(?:(?:on\s+)?(?:to|into)\s+)?"
    r"|(?:is|are)\s+(?:then\s+|finally\s+)?|can\s+(?:then\s+)?be\s+|gets?\s+|finally\s+|eventually\s+)+"
)
_MOVED = re.compile(r"\b(?:becomes?|turns?|then|until|can\s+be|marked|goes|moves|before)\b")
"""Words that say the record moves from one state to another, not just which one it is."""
MAX_STATE_WORDS = 3


@dataclass
class ToldStates:
    """The record a clause tells the states of, in order, and the ways round told beside."""

    record: str
    steps: list[list[str]]
    moves_told: bool
    """The clause says how the record moves (*becomes*, *then*, *until*), not only which states
    it can be in."""
    side_ways: list[tuple[str, str]] = field(default_factory=list)
    """(state, the state it goes back to): *sits under appeal before being cleared*."""


def told_states(clause: str) -> ToldStates | None:
    """The states ``clause`` tells of a record: ``the loan is out, returned or overdue, or
    marked lost if it never turns up again`` → loan: out, returned or overdue, lost."""
    for match in _TOLD_OF_RECORD.finditer(clause):
        found = _states_after(match)
        if found is not None:
            return found
    return None


def _states_after(match: re.Match[str]) -> ToldStates | None:
    if any(
        w in SUBJECT_PRONOUNS or w in NOUN_MARKERS or w in QUANTIFIERS for w in match["np"].split()
    ):
        return None
    rest = _CLAUSE_ENDS.split(match["rest"], maxsplit=1)[0].strip(" .")
    side_ways = [(m["state"], m["back"]) for m in _SIDE_WAY.finditer(rest)]
    rest = _SIDE_WAY.sub("", rest)
    rest = _UNTIL_DONE.sub(r", then \g<state>", rest)
    rest = _UNTIL_ACTS.sub(_acts_done, rest)
    rest = _MARKED.sub(r", or \g<state>", rest)
    moves_told = match["verb"] not in _BARE_IS or _MOVED.search(match["rest"]) is not None
    steps: list[list[str]] = []
    for piece in _MOVE_WORDS.split(rest):
        piece = piece.strip(" ,.")
        if not piece:
            continue
        alternative = piece.startswith("or ")
        options = [
            _MOVE_LEAD.sub("", o.strip()) for o in re.split(r"\s+or\s+", piece.removeprefix("or "))
        ]
        if not all(_names_a_state(o, moves_told) for o in options):
            break  # the sentence has gone on to something else: the states ended before
        if alternative and steps:
            steps[-1] += options
        else:
            steps.append(options)
    states = [s for step in steps for s in step]
    if not moves_told and not any(is_past_participle(words(s)[-1]) for s in states):
        return None  # "the frame is red, blue or green": what it is like, no state it reaches
    side_states = [s for way in side_ways for s in way if _names_a_state(s, True)]
    if len(states) + len(side_states) < (2 if moves_told else 3) or (
        len(steps) < 2 and not side_ways
    ):
        return None
    return ToldStates(
        match["np"],
        steps,
        moves_told,
        [(s, b) for s, b in side_ways if _names_a_state(s, True) and _names_a_state(b, True)],
    )


def _acts_done(match: re.Match[str]) -> str:
    """*until the poster accepts or declines it* → *, then accepted or declined*."""
    done = []
    for act in re.split(r"\s+or\s+", match["acts"]):
        lemma = verb_lemma(act)
        if lemma is None:
            return match[0]
        done.append(verb_form(lemma, "VBN"))
    return ", then " + " or ".join(done)


def _names_a_state(option: str, moves_told: bool) -> bool:
    """Whether ``option`` reads as a state: a few words, none a pronoun or an article, led by an
    adjective, a participle, a waiting verb or a preposition (*under appeal*), or ending in a
    participle (*deposit paid*); told as moves, a noun may be one too (*an enquiry*)."""
    tokens = words(option)
    if moves_told and tokens[:1] and tokens[0] in ("a", "an"):
        tokens = tokens[1:]
    if not tokens or len(tokens) > MAX_STATE_WORDS:
        return False
    if any(t in SUBJECT_PRONOUNS or t in NOUN_MARKERS or t in QUANTIFIERS for t in tokens):
        return False
    head, last = tokens[0], tokens[-1]
    if (head in PREPOSITIONS or head in VERB_PARTICLES) and len(tokens) == 1:
        return head in VERB_PARTICLES  # "out", "in"; not a lone "for"
    state_like = (
        can_be_adjective(head)
        or is_past_participle(head)
        or is_past_participle(last)
        or (head.endswith("ing") and verb_lemma(head) is not None)
        or (head in PREPOSITIONS and len(tokens) > 1)
    )
    return state_like or (moves_told and len(tokens) <= 2)
