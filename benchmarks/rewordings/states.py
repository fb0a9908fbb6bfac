"""States: how a status flow is said (*goes from A to B*, *starts as A, then becomes B*, *goes A
→ B*, *is first A, then B*, a side exit *at any point*)."""

from __future__ import annotations

import re
from collections.abc import Callable

_FLOW_STOP = (
    "a|an|the|one|our|their|its|my|his|her|your|each|every|some|any|all|another|"
    "we|i|it|they|you|he|she|who|which|that|"
    "is|are|be|being|been|was|were|gets?|becomes?|ends?|finish(?:es)?|goes|go|moves?|can|may|"
    "will|must|should|has|have|up|"
    "and|or|then|finally|eventually|later|only|either|but|though|unless|until|when|if|once|"
    "after|before|to|from|into|through|as|ending"
)
_FLOW_WORD = rf"(?!(?:{_FLOW_STOP})\b)[a-z][a-z'\-]*"
_FLOW_INNER = rf"(?!(?:{_FLOW_STOP.replace('the|', '')})\b)[a-z][a-z'\-]*"
_FLOW_STATE = rf"{_FLOW_WORD}(?:\s+{_FLOW_INNER}){{0,3}}"
_FLOW_LAST = rf"(?:either\s+)?{_FLOW_STATE}(?:\s+or\s+{_FLOW_STATE})?"
_FLOW_STEP = (
    r"(?:\s+to\s+|,\s+(?:and\s+)?(?:(?:then|finally|eventually|at\s+last)\s+)?(?:(?:on\s+)?to\s+)?"
    r"|\s+(?:and\s+)?(?:then|finally|eventually|at\s+last)\s+(?:(?:on\s+)?to\s+)?|\s+and\s+)"
)
_GOES_FROM = re.compile(
    rf"\b(?P<verb>goes|go|moves|move|progresses|progress)\s+from\s+"
    rf"(?P<flow>{_FLOW_STATE}(?:{_FLOW_STEP}{_FLOW_STATE})*{_FLOW_STEP}{_FLOW_LAST})"
    # what follows ends the flow: the sentence's end, another clause or a side exit, never
    # one more step of it (*and only then to invoiced*) nor more words of its last state
    r"(?=\s*(?:[.;:!?\n]|$)|,?\s+(?:and|or|but)\s+(?!(?:then|finally|eventually|only|on|to|at)\b)"
    r"|,?\s+(?:though|although|unless|until|when|if|once|since|because|while|whereas|which"
    r"|so|as|with|for|by|before|after|during)\b)"
)
_FLOW_SPLIT = re.compile(_FLOW_STEP)
_ACT_TO = re.compile(
    r"\b(?:ready|passed|referred|handed|transferred|forwarded|escalated|returned)\s+to\b"
)
"""*to ready to collect*, *to passed to police*: one state told with *to*, or two; not certain."""
_MORE_STEPS = re.compile(r"[^.;:!?\n]*?\b(?:then|and)\s+(?:on\s+)?to\s")
"""*to entered once the fee is paid and then to sat*: the flow goes on after a condition."""


def _flow_states(match: re.Match[str]) -> list[str] | None:
    """The states of a *goes from* flow in order, or None where the flow is not certain: two
    states the same (*goes from room to room* is no flow), a state that is an act (*to ready
    to collect*), or a last choice after a bare comma (*to warning issued, prosecution or no
    further action* is one choice of three, not two steps)."""
    flow = match["flow"]
    said = _FLOW_SPLIT.split(flow)
    states = [state.strip() for state in said]
    steps = _FLOW_SPLIT.findall(flow)
    if len(set(states)) != len(states) or _ACT_TO.search(flow):
        return None
    if _MORE_STEPS.match(match.string, match.end()):
        return None
    if " or " in states[-1] and re.fullmatch(r",\s+", steps[-1]):
        return None
    return states


def _reword_flows(text: str, say: Callable[[list[str], bool], str]) -> str:
    def reword(match: re.Match[str]) -> str:
        states = _flow_states(match)
        if states is None:
            return match[0]
        return say(states, match["verb"] in ("goes", "moves", "progresses"))

    return _GOES_FROM.sub(reword, text)


def states_starts_as(text: str) -> str:
    """*an order goes from new to packed to shipped* → *an order starts as new, then becomes
    packed, then shipped*."""

    def say(states: list[str], one: bool) -> str:
        starts, becomes = ("starts", "becomes") if one else ("start", "become")
        if len(states) == 2:
            return f"{starts} as {states[0]} and then {becomes} {states[1]}"
        middle = ", then ".join(states[2:])
        return f"{starts} as {states[0]}, then {becomes} {states[1]}, then {middle}"

    return _reword_flows(text, say)


def states_arrows(text: str) -> str:
    """*an order goes from new to packed to shipped* → *an order goes new → packed →
    shipped*."""
    return _reword_flows(text, lambda states, one: ("goes " if one else "go ") + " → ".join(states))


def states_first_then(text: str) -> str:
    """*an order goes from new to packed to shipped* → *an order is first new, then packed,
    and finally shipped*."""

    def say(states: list[str], one: bool) -> str:
        first = f"{'is' if one else 'are'} first {states[0]}"
        if len(states) == 2:
            return f"{first} and then {states[1]}"
        return f"{first}, then {', then '.join(states[1:-1])}, and finally {states[-1]}"

    return _reword_flows(text, say)


_SIDE_EXIT = re.compile(
    r",\s+or\s+(?:(?:it|they)\s+)?(?:(?:gets?|is|are|can\s+be)\s+)?"
    r"(?P<end>cancelled|withdrawn|abandoned)(?=\s*(?:[.;]|$))"
)
"""*..., or cancelled.*, *..., or it gets withdrawn.*: an end that stops the record early
wherever it stands (not *declined* or *failed*, which may be one of two last states)."""


def states_side_exit(text: str) -> str:
    """*an order goes from new to packed to shipped, or cancelled* → *an order goes from new to
    packed to shipped, and it can be cancelled at any point*: one end reached from every
    state, said after the flow."""

    def reword(match: re.Match[str]) -> str:
        exit_said = _SIDE_EXIT.match(match.string, match.end())
        if _flow_states(match) is None or exit_said is None:
            return match[0]
        who = "it" if match["verb"] in ("goes", "moves", "progresses") else "they"
        return f"{match[0]}, and {who} can be {exit_said['end']} at any point"

    said = text
    for match in reversed(list(_GOES_FROM.finditer(text))):
        exit_said = _SIDE_EXIT.match(text, match.end())
        if exit_said is not None:
            said = said[: match.start()] + reword(match) + said[exit_said.end() :]
    return said


# An act that makes a record, told as a condition before the clause that keeps it: *when a
# member borrows a tool we record a loan ...*. Only where the sentence opens with it and the
# one who acts is said plainly (*a*, *someone*, *one of our*, *we*, *I*), so *when it comes to
# ...* and *when the season ends* are left as they are.
