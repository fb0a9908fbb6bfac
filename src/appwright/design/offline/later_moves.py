"""Moves told of a flow already read: one more end, a pause, the line going on, a move back.

``sometimes people cancel after the quote``: *cancelled* from *quoted*; ``a booking can be
cancelled at any point``: from every open state; ``(now and then one gets suspended as well)``
after a flow; ``..., and can go on hold while waiting for parts``: *on hold* and back; ``once
approved it moves on to technical drawings``: the line goes on from *approved*.
"""

from __future__ import annotations

import re

from appwright.design.offline.acted_steps import steps_told
from appwright.design.offline.brackets import bracketed
from appwright.design.offline.flow_draft import FlowDraft
from appwright.design.offline.flow_records import flow_of_record, record_named_in
from appwright.design.offline.flow_text import PAUSED
from appwright.design.offline.state_names import (
    ends_unsuccessfully,
    state_name,
    too_long_for_a_state,
)
from appwright.design.offline.word_forms import verb_form, verb_lemma
from appwright.spec.models import AppSpec

_FROM_ANY = re.compile(
    # "it can be called off at any stage": the phrasal act whole, not its particle alone
    r"\bcan be\s+(?:(?=[a-z]+ed\s+(?:off|out|up|back|down)\s+(?:from|at)\s)|(?:\w+\s+)?(?:as\s+)?)"
    r"(?P<state>[\w' \-]+?)\s+(?P<said>from|at) any\s+"
    r"(?:state|stage|point|time)"
)
"""``can be closed as won't fix from any state``; ``..., or it can be cancelled at any point``
(only an end that ends a record early: *can be contacted at any time* is no state)."""


_ACTS_ON_IT = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,2}?(?:then\s+|finally\s+)*(?:either\s+)?"
    r"(?P<acts>[a-z]+s\s+(?:it|them)(?:\s*,\s*[a-z]+s\s+(?:it|them))*\s+or\s+[a-z]+s\s+(?:it|them))$"
)
"""``the employee then either closes it or reopens it``: the next states, told as acts."""


_SOMETIMES = re.compile(
    r"^(?:sometimes\s+|occasionally\s+|or\s+)?(?:it|they|some)\s+(?:also\s+)?"
    r"(?:gets?|can be|may be|is|are|can get)\s+(?P<state>[a-z][\w\-]*)\b"
)


_ONE_CAN_BE = re.compile(
    r"^(?:(?:a|an|the|each|every|any)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:can|may)\s+(?:also\s+)?(?:be|get)\s+(?P<state>[a-z][\w\-]*(?:\s+(?:down|off|out|away)(?=\s+(?:at|from)\s+any\b))?)"
    r"(?:\s+(?:at|from)\s+any\s+(?:point|stage|time|state|step)|\s+too|\s+as\s+well)?$"
)
"""``a booking can be cancelled at any point``: an end the record named can reach from any
state, as *it can be cancelled* says of the record before it."""


_WE_CAN_BE = re.compile(
    r"^(?:we|they)\s+(?:can|may)\s+(?:also\s+)?be\s+(?P<state>[a-z]+(?:ed|en)|stood)"
    r"(?:\s+(?P<particle>down|off|out|away))?\s+(?:at|from)\s+any\s+(?:point|stage|time)$"
)
"""``..., and finally closed; we can also be stood down at any point``: what befalls the team
befalls the record before it, from any state."""


_OTHERWISE_MARKED = re.compile(
    r",\s*(?:in which case|otherwise|if not|if so)\s*,?\s+(?:it|they)\s*(?:'s|'re|is|are|gets?)\s+"
    r"(?:marked\s+(?:as\s+)?|set\s+to\s+|put\s+(?:down\s+)?as\s+)?(?P<state>[a-z][\w\-]*)$"
)
"""``..., then done, unless we end up quoting, in which case it's marked quoted``: the state
the condition leads to instead."""


_NEEDED_TOO = re.compile(
    r"\b(?:i|we)\s+(?:also\s+)?(?:need|want)\s+(?:an?\s+)?(?P<state>[a-z][\w\-]*)"
    r"(?:\s+(?:state|status|option))?\s+(?:too|as\s+well)$"
)
"""``..., though people go quiet sometimes so i need cancelled too``: one more way to end."""


_SOMEONE_ENDS = re.compile(
    r"^(?:sometimes|occasionally)\s+(?:[a-z]+\s+){1,2}?(?P<verb>[a-z]+)\b"
    r"(?:\s+(?:it|them))?(?:\s+(?:after|before|from)\s+(?:the\s+|a\s+)?(?P<after>[\w\-]+))?"
)
"""``sometimes people cancel after the quote``: an unsuccessful end, from the state named."""


_ONCE_MOVES_ON = re.compile(
    r"^(?:and\s+)?(?:once|when|after)\s+(?:it\s+is\s+|it's\s+)?(?P<from>[a-z][\w\-]*),?\s+(?:it|they)\s+"
    r"(?:moves|move|goes|go)\s+(?:on\s+)?(?:to|into)\s+(?P<rest>.+)$"
)
"""``once approved it moves on to technical drawings and finally on site``: the line goes on
from one of its states."""


_ONES_BECOME = re.compile(
    r"^(?:and\s+)?(?:the\s+)?(?P<from>[a-z][\w\-]*)\s+(?:ones|[a-z][\w\-]*s)\s+(?:then\s+)?"
    r"(?:become|go\s+on\s+to\s+be|turn)\s+(?P<rest>.+)$"
)
"""``accepted ones become active and finally ended``: the line goes on from one of its states,
told of the records in it."""


_LATER_MOVE = re.compile(
    r"^(?:(?:a|an|the|any|each|every)\s+)?(?P<from>[\w\-]+)\s+(?P<np>[\w\- ]+?)\s+"
    r"(?:can|may|might|could)\s+(?:(?:also|then|still|later|even)\s+)?(?:be|get)\s+(?P<to>[\w\-]+)\b"
)


_SOME_GET = re.compile(
    r"^(?:(?:now\s+and\s+then|sometimes|occasionally|every\s+so\s+often|once\s+in\s+a\s+while)"
    r"\s+)?(?:one|some|a\s+few|it|they)\s+(?:gets?|is|are|ends?\s+up)\s+(?P<state>[a-z][\w\-]*)"
    r"(?:\s+(?:as\s+well|too))?$"
)


def ends_in_brackets(sentence: str, drawn: list[FlowDraft]) -> None:
    """``..., and when it runs out it's expired (now and then one gets suspended as well)``:
    the end told in brackets is one more of the flow the sentence told, from any open state."""
    for aside in bracketed(sentence):
        some_get = _SOME_GET.match(aside.strip(" ."))
        name = state_name(some_get["state"]) if some_get else ""
        for draft in drawn[-1:]:
            if name and name not in draft.states and not too_long_for_a_state(name):
                draft.extra.append((["*"], name))


def paused_in(sentence: str, drawn: list[FlowDraft]) -> None:
    """``requests move from logged to assigned to in progress to completed, and can go on hold
    while waiting for parts``: *on hold* is one more state of the flow the sentence told, from
    any open state and back to any step between the first and the last."""
    paused = PAUSED.search(sentence)
    name = state_name(paused["state"]) if paused else ""
    for draft in drawn[-1:]:
        if name and name not in draft.states and len(draft.steps) >= 3:
            draft.extra.append((["*"], name))
            for step in draft.steps[1:-1]:
                draft.extra += [([name], state) for state in step]


def read_later_moves(
    clause: str, spec: AppSpec, flows: dict[tuple[str, str], FlowDraft], last: str | None
) -> None:
    """The moves ``clause`` tells of a flow already read (of ``last``, the record before, or
    of the record it names): ``the employee then either closes it or reopens it`` (the next
    states), ``sometimes people cancel after the quote``, ``a booking can be cancelled at any
    point`` (one more end), ``once approved it moves on to ...`` (the line goes on), ``approved
    requests can be cancelled`` (a move from the state named)."""
    acts = _ACTS_ON_IT.match(clause)
    if acts and last:
        written = [f for f in flows.values() if f.written]
        flow = flow_of_record(flows, last) or (written[0] if len(written) == 1 else None)
        if flow is not None and flow.written:
            verbs = re.findall(r"([a-z]+s)\s+(?:it|them)", acts.group("acts"))
            done = [verb_form(verb_lemma(v) or v, "VBN") for v in verbs]
            flow.steps.append([state_name(d) for d in done if d])
    sometimes = _SOMETIMES.match(clause)
    if sometimes and last:
        _end_from_anywhere(flow_of_record(flows, last), state_name(sometimes.group("state")))
    we_can_be = _WE_CAN_BE.match(clause)
    if we_can_be and last:
        befalls = " ".join(filter(None, (we_can_be["state"], we_can_be["particle"])))
        _end_from_anywhere(flow_of_record(flows, last), state_name(befalls))
    can_be = _ONE_CAN_BE.match(clause)
    if can_be and not sometimes:
        named = record_named_in(can_be.group("np"), spec)
        flow = flow_of_record(flows, named) if named else None
        said = can_be["np"].split()
        if flow and not (len(said) > 1 and state_name(said[0]) in flow.states):
            # not "approved requests can be cancelled": a later move, from the state named
            _end_from_anywhere(flow, state_name(can_be["state"]))
    ends = _SOMEONE_ENDS.match(clause)
    if ends and last and not sometimes:
        flow = flow_of_record(flows, last)
        lemma = verb_lemma(ends.group("verb")) or ""
        name = state_name(verb_form(lemma, "VBN")) if lemma else ""
        if flow and name and name not in flow.states and ends_unsuccessfully(name):
            after = state_name(ends.group("after") or "")
            flow.extra.append(
                ([after] if after in flow.states and ends.group("after") else ["*"], name)
            )
    needed = _NEEDED_TOO.search(clause)
    if needed and last:
        _end_from_anywhere(flow_of_record(flows, last), state_name(needed.group("state")))
    otherwise = _OTHERWISE_MARKED.search(clause)
    if otherwise and last:
        flow = flow_of_record(flows, last)
        name = state_name(otherwise.group("state"))
        if flow and name and name not in flow.states:
            flow.extra.append((["*"], name))
    any_state = _FROM_ANY.search(clause)
    if any_state and last:
        flow = flow_of_record(flows, record_named_in(clause, spec) or last)
        name = state_name(any_state.group("state"))
        if any_state["said"] == "at":
            _end_from_anywhere(flow, name)
        elif flow and name:
            flow.extra.append((["*"], name))
    once = _ONCE_MOVES_ON.match(clause) or _ONES_BECOME.match(clause)
    if once:
        _moves_on(flows, state_name(once.group("from")), once.group("rest"))
    later = _LATER_MOVE.search(clause)
    if later:
        source, target = state_name(later.group("from")), state_name(later.group("to"))
        holding = [f for f in flows.values() if source in f.states]
        named = record_named_in(later.group("np"), spec) or last
        flow = holding[0] if len(holding) == 1 else flow_of_record(flows, named)
        if flow and source in flow.states and target:
            flow.extra.append(([source], target))


def _end_from_anywhere(flow: FlowDraft | None, name: str) -> None:
    """One more unsuccessful end (*cancelled*), reachable from every open state of ``flow``."""
    if flow and name and name not in flow.states and ends_unsuccessfully(name):
        flow.extra.append((["*"], name))


def _moves_on(flows: dict[tuple[str, str], FlowDraft], said: str, rest: str) -> None:
    """``once approved it moves on to technical drawings and finally on site``: the line goes
    on from the state said (*planning approved*), in the one flow that has it (*technical
    drawings* may name another record, so the clause's record is not asked)."""
    holding = [
        (flow, state)
        for flow in flows.values()
        for state in flow.states
        if state == said or state.endswith(f"_{said}")
    ]
    if len(holding) != 1:
        return
    flow, source = holding[0]
    for target in [step[0] for step in steps_told(rest) if len(step) == 1]:
        if target in flow.states:
            return
        flow.extra.append(([source], target))
        source = target
