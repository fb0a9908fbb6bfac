"""The state flow built from a draft: the moves between its states and their names.

Steps [lead] [qualified] [won, lost] are the moves lead → qualified → won; *lost* ends the
record from every open state; *reopened* is a move back to *open* named *reopen*; values listed
with no order allow any move (``to_<state>``) until someone says which.
"""

from __future__ import annotations

from itertools import pairwise

from appwright.design.offline.flow_draft import FlowDraft
from appwright.design.offline.state_names import ends_unsuccessfully
from appwright.design.offline.word_forms import verb_lemma
from appwright.spec.models import StateFlow, Transition
from appwright.spec.names import MAX_NAME_LENGTH, to_snake


def _reentry(state: str, known: list[str]) -> str | None:
    """``reopened`` names a move back to ``open``."""
    if not state.startswith("re") or state in known:
        return None
    lemma = verb_lemma(state) or state
    base = lemma.removeprefix("re")
    for candidate in known:
        if candidate in (base, f"{base}ed", f"{base}d") or verb_lemma(candidate) == base:
            return candidate
    return None


def build_flow(draft: FlowDraft) -> StateFlow | None:
    """The StateFlow of a draft: the main line, unsuccessful ends from every open state,
    re-entries (*reopened*) back to their state, and the extra moves."""
    if not draft.written and not any(ends_unsuccessfully(s) for s in draft.states[1:]):
        # values listed with no order and no ending to branch to: any move, until asked
        return _free_flow(draft)
    steps = [list(step) for step in draft.steps]
    main: list[list[str]] = []
    unsuccessful: list[str] = []
    reentries: list[tuple[str, str]] = []
    known: list[str] = []
    for step in steps:
        kept: list[str] = []
        for state in step:
            back = _reentry(state, known)
            if back is not None:
                reentries.append((state, back))
            elif ends_unsuccessfully(state) and known:
                unsuccessful.append(state)
            else:
                kept.append(state)
            known.append(state)
        if kept:
            main.append(kept)
    states = [s for step in main for s in step] + unsuccessful
    extra_targets = [to for _, to in draft.extra if to not in states]
    states += extra_targets
    states = list(dict.fromkeys(states))
    if len(states) < 2:
        return None
    moves: dict[str, list[str]] = {}

    def move(sources: list[str], target: str) -> None:
        found = moves.setdefault(target, [])
        found += [s for s in sources if s != target and s not in found]

    for earlier, later in pairwise(main):
        for target in later:
            move(earlier, target)
    final = set(main[-1]) if main else set()
    open_states = [s for step in main for s in step if s not in final]
    for state in unsuccessful:
        move(open_states or [main[0][0]], state)
    for _, back in reentries:
        move(sorted(final) if final else [], back)
    for sources, target in draft.extra:
        if sources == ["*"]:
            move(
                [s for s in states if s != target and s not in unsuccessful and s not in final]
                or states,
                target,
            )
        else:
            move([s for s in sources if s in states], target)
    names = {back: verb_lemma(word) or word for word, back in reentries}
    transitions = [
        Transition(name=names.get(target) or transition_name(target), from_=sources, to=target)
        for target, sources in moves.items()
        if sources
    ]
    taken = [t.name for t in transitions]
    for t in transitions:
        if taken.count(t.name) > 1:
            t.name = to_state(t.to)
    return StateFlow(
        entity=draft.entity,
        field=draft.field_name,
        initial=states[0],
        states=states,
        transitions=transitions,
    )


def _free_flow(draft: FlowDraft) -> StateFlow | None:
    """Values listed with no order written: any move is allowed until someone says which."""
    states = list(dict.fromkeys(draft.states))
    if len(states) < 2:
        return None
    transitions = [
        Transition(name=to_state(state), from_=[s for s in states if s != state], to=state)
        for state in states
    ]
    return StateFlow(
        entity=draft.entity,
        field=draft.field_name,
        initial=states[0],
        states=states,
        transitions=transitions,
    )


def transition_name(state: str) -> str:
    """``qualified`` → ``qualify``, ``won`` → ``win``, ``in_progress`` → ``to_in_progress``."""
    lemma = verb_lemma(state)
    if lemma and lemma != state and "_" not in state:
        return to_snake(lemma)
    return to_state(state)


def to_state(state: str) -> str:
    """``to_in_progress``: the move into a state, cut to a name's length (a state may already
    be as long as a name can be)."""
    return f"to_{state}"[:MAX_NAME_LENGTH].rstrip("_")
