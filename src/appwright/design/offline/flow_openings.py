"""How a flow's record and first state are said: *a booking starts pending, becomes confirmed
once paid, and ends up attended or no-show* is *a booking starts as pending, ...*, the *as* a
speaker leaves out; *they sign up through enrolments that move from booked to ...* tells the
enrolments' flow, a clause of its own. Each in the wording the flow and record readers know."""

from __future__ import annotations

import re

from appwright.design.offline.flow_deeds import one_acts_on_it_in_turn, one_in_that_step_ends_up
from appwright.design.offline.state_names import STATE_FIELD_NAMES
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_noun,
    done_form,
    is_past_participle,
    is_plural,
    singular,
)

_STARTS_BARE = re.compile(
    r"(?<!\bit\s)(?<!\bthey\s)\b(?P<verb>starts|start|begins|begin)\s+(?P<first>[a-z][\w\-]*)"
    r"(?=\s*,\s+(?:then\s+)?(?:becomes?|gets?|goes|go|moves?|turns?|is|are|may|can)\s)"
)
"""*starts pending, becomes ...*: a first state said without *as*, the next steps after a
comma (*starts unverified and is then ...* is read by ``told_states`` as it is, and so is
*a status: it starts logged, may sit at ...*, a status told after its field)."""
_NO_STATES = frozenset(
    ["early", "late", "again", "now", "soon", "here", "there", "today", "tomorrow", "straight"]
)
"""*the race starts early, and ...*: when, not a state."""
_STATE_NOUNS = frozenset(["active", "draft", "provisional", "live", "inactive", "idle"])
"""States WordNet also lists as nouns."""


def starts_as_said_bare(lowered: str) -> str:
    """``a request starts open, becomes offered once someone volunteers, then covered``:
    *a request starts as open, ...*; a word that is no state (*starts early*, *starts work*)
    is left as said."""

    def told(match: re.Match[str]) -> str:
        first = match["first"]
        if first in FUNCTION_WORDS or first in _NO_STATES or first in ("as", "out", "off"):
            return match[0]
        if can_be_noun(first) and not is_past_participle(first) and first not in _STATE_NOUNS:
            return match[0]
        return f"{match['verb']} as {first}"

    return _STARTS_BARE.sub(told, lowered)


_THINGS_THAT_MOVE = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+(?:that|which)\s+"
    r"(?=(?:move|go|pass)\s+(?:from|through)\s|(?:start|begin)\s+(?:off\s+|out\s+)?as\s)"
)
"""*they sign up through enrolments that move from booked to ...*: the things named are the
ones that move, in a clause of their own."""


def things_that_move(lowered: str) -> str:
    """``they sign up through enrolments that move from booked to in training``: *they sign up
    through enrolments; enrolments move from booked to ...*; a field that moves (*statuses
    that go from ...*) stays the field's."""

    def told(match: re.Match[str]) -> str:
        things = match["things"]
        if not is_plural(things) or things in FUNCTION_WORDS:
            return match[0]
        if singular(things) in STATE_FIELD_NAMES:
            return match[0]
        return f"{things}; {things} "

    return _THINGS_THAT_MOVE.sub(told, lowered)


_OR_IT_IS_MARKED = re.compile(
    r"(?<=[a-z]),\s+or\s+(?:she|he|it|they)\s+(?:is|are|gets|get)\s+(?:marked\s+(?:as\s+)?)?"
    r"(?=[a-z]+ed\b(?!\s+(?:by|to|with|for|from|on|at|in)\b))"
)
"""*her status moves from virgin to mated to laying, or she is marked failed*: one more end."""


def or_it_is_marked(lowered: str) -> str:
    """``... to laying, or she is marked failed``: *..., or failed*, the last step said as the
    others are."""
    return _OR_IT_IS_MARKED.sub(", or ", lowered)


_SITS_UNTIL = re.compile(
    r"\b(?:sits|stays|remains|waits)\s+(?:as\s+|at\s+)?"
    r"(?=[a-z][\w\-]*\s+until\s+(?:it|they|he|she)\s+(?:is|are|gets?)\s+[a-z]+ed\b)"
)
"""*a request sits as pending until it is approved or declined*: a first state held until the
next, said as *is pending until ...*, the wording the flow readers know."""


_THEY_ACT_ON_IT_IN_TURN = re.compile(
    r"(?<=\bstarts\sas\s)(?P<first>[a-z][\w\-]*),\s+(?P<one>the\s+(?:[a-z][\w\-]*\s+"
    r"){1,2}?[a-z]+s\s+it)"
    r"\s+and\s+(?P<other>the\s+(?:[a-z][\w\-]*\s+){1,2}?[a-z]+s\s+it)(?:\s+as)?(?P<state>\s+"
    r"[a-z][\w\-]*)?"
    r"(?=\s*[,.;]|$)"
)
"""*it starts as requested, the yard manager confirms it and the hoist driver marks it done*:
steps in turn, each left by one of the business's people."""


def _in_turn(match: re.Match[str]) -> str:
    marked = f" as{match['state']}" if match["state"] else ""
    return f"{match['first']}, then {match['one']}, then {match['other']}{marked}"


_FROM_TO_THEN_EITHER = re.compile(
    r"(?P<chain>\bfrom\s+[^.;:]*?\bto\s+[^.;:,]*?),?\s+and\s+then\s+"
    r"(?:it'?s|it\s+is|it\s+gets|they'?re|they\s+are)\s+(?:either\s+)?(?=[a-z]+ed\b)"
)
"""*a file goes from open to with referee, and then it's either authorised or queried*: the
last step of the same chain."""


_FROM_THE_FIRST_IT_MOVES = re.compile(
    r"(?:^|(?<=[.;:]\s))from\s+(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<it>it|they)\s+(?P<moves>moves|move|goes|go|passes|pass|progresses|progress)"
    r"\s+(?:on\s+)?to\s+(?=[a-z])"
)
"""*from received it moves to inspection booked, then cleared, ...*: the first state said
before the record, *it moves from received to inspection booked, ...*."""


_BEFORE_ENDING_AS = re.compile(r"\s+before\s+(?:ending|finishing)\s+(?:up\s+)?as\s+(?=[a-z])")
"""*it moves from new to replied to call booked before ending as booked or lost*: the last step,
*then booked or lost*."""


_THOUGH_NOW_AND_THEN_MARKED = re.compile(
    r",?\s+though\s+(?:now\s+and\s+then|sometimes|occasionally|every\s+so\s+often|once\s+in\s+a\s+"
    r"while)\s+[^,.;]*?\s+and\s+(?:we|i)\s+mark\s+(?:it|them)\s+(?:as\s+)?(?P<state>[a-z]+)"
    r"(?=\s*(?:[,.;]|$))"
)
"""*..., and finally collected, though now and then someone backs out and we mark it cancelled*:
one more end, the one marked."""


_MARK_THEIR_ONE = re.compile(
    r"\b(?P<mark>mark|set|flag)\s+(?:their|his|her|its|our|my)\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?!as\b)(?=[a-z]+(?:,\s+[a-z]+)*,?\s+or\s+[a-z]+\b)"
)
"""*they can mark their slot confirmed, swapped or unavailable*: *mark a slot as ...*, the states
of the record marked."""


_COMMA_THEN_ONE_MOVES = re.compile(
    r"(?<=[a-z]),\s+(?=(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:moves|goes|"
    r"progresses)"
    r"\s+from\s)"
)
"""*volunteers key in the counts, a stocktake moves from in progress to ...*: two clauses a
comma joins; the flow is the stocktake's, a sentence of its own."""


_AND_IT_STARTS_AS = re.compile(
    r",\s+and\s+(?=(?:it|they)\s+(?:starts?|begins?)\s+(?:as|at|off\s+as|out\s+as)\s)"
)
"""*... with a note saying why, and it starts as pending, then ...*: the flow is a clause of its
own, not one more item of the list before."""
_WHICH_MOVES = re.compile(r",\s+which\s+(?=(?:then\s+)?(?:moves|goes|progresses)\s+from\s)")
"""*an invoice with a number and a total, which moves from drafted to ...*: the invoice's flow,
no field called *which*."""
_WHICH_IS_DONE_THEN = re.compile(
    r",\s+which\s+is\s+(?P<steps>[a-z]+(?:,\s+(?!and\b)[a-z]+)+),?\s+(?:and\s+)?then\s+"
    r"(?P<last>[a-z]+(?:\s+or\s+[a-z]+)?)(?=\s*(?:[;.]|$))"
)
"""*an invoice with ..., which is drafted, sent, and then paid or overdue*: the steps it goes
through, said as what it is in turn."""


def _after_a_list(match: re.Match[str], lowered: str, said: str) -> str:
    """``said`` where the clause before ends a record's list (*an invoice with a number and a
    total, which ...*); else the match as it was (*the fee is agreed on the booking, which goes
    from ...*: the booking's flow, which the flow readers find as it is)."""
    clause = re.split(r"[.;:!?]", lowered[: match.start()])[-1]
    return said if re.search(r"\bwith\s", clause) else match[0]


def _which_is_done_then(match: re.Match[str]) -> str:
    steps = [step.strip() for step in match["steps"].split(",")]
    if not all(is_past_participle(word) for word in [*steps, match["last"].split()[0]]):
        return match[0]
    return f"; it moves from {' to '.join(steps)} to {match['last']}"


_CHECKED_AGAINST_IN_STEPS = re.compile(
    r"(?<=\s)(?P<step>(?:is|gets|get|are)\s+(?:checked|verified|compared|matched|tested|"
    r"reconciled))\s+against\s+[^,;.\n]+?(?=,\s+(?:and\s+)?(?:then\s+)?(?:is|gets|are|get)\s)"
)


def without_what_it_is_checked_against(sentence: str) -> str:
    """``a claim is received, gets checked against the timer and photos, and is then accepted
    or rejected``: *a claim is received, gets checked, and is then ...*; what it is checked
    against is no step of its own."""
    return _CHECKED_AGAINST_IN_STEPS.sub(r"\g<step>", sentence)


_STARTS_AS_AND_ONE_ACTS = re.compile(
    r"\b(?P<starts>starts?\s+(?:off\s+|out\s+)?as\s+[a-z][\w\-]*)\s+and\s+(?=(?:then\s+)?"
    r"(?:(?:the|a|an|our)\s+[a-z][\w\-]*\s+(?:either\s+)?[a-z]+s\s+or\s+[a-z]+s|"
    r"(?:we|i)\s+(?:either\s+)?[a-z]+\s+or\s+[a-z]+)\s+(?:it|them)\b)"
)


def starts_as_and_one_acts(lowered: str) -> str:
    """``it starts as requested and the manager approves or declines it``: *it starts as
    requested, then the manager approves or declines it*, as steps are read (and so is *it
    starts as pending and we approve or decline it*)."""
    return _STARTS_AS_AND_ONE_ACTS.sub(r"\g<starts>, then ", lowered)


_CHAIN_THEN_IT_ENDS_UP = re.compile(
    r"(?P<chain>\b(?:moves|goes)\s+from\s+[a-z][^;.]*?\s+to\s+[a-z][^;.,]*?),\s+and\s+"
    r"(?:(?:after|within)\s+[^,;.]+?\s+|eventually\s+|finally\s+)?it\s+ends\s+up\s+(?=either\s)"
)


def chain_then_it_ends_up(lowered: str) -> str:
    """``an item moves from waiting to reminded to final notice, and after ninety days it ends
    up either collected or sold off``: *..., and then either collected or sold off*; when it
    ends names no step."""
    return _CHAIN_THEN_IT_ENDS_UP.sub(r"\g<chain>, and then ", lowered)


_OFFERED_TO_ONE_WHO_ACTS = re.compile(
    r"\b(?P<subject>it|each\s+[a-z][\w\-]*)\s+is\s+(?P<first>[a-z]+ed)\s+to\s+the\s+"
    r"[a-z][\w\-]*,\s+"
    r"who\s+(?P<one>[a-z]+s)\s+or\s+(?P<other>[a-z]+s)\s+it,\s+and\s+(?:once|when|after)\s+it\s+"
    r"(?:has\s+been|is)\s+(?P<then>[a-z]+),?\s+the\s+[a-z][\w\-]*\s+(?P<last>[a-z]+s)\s+it"
    r"(?:\s+(?P<particle>off|out|up))?"
)


def offered_to_one_who_acts(lowered: str) -> str:
    """``it is offered to the marshal, who accepts or declines it, and once it has been worked
    the manager signs it off``: *it goes from offered to accepted or declined, then worked,
    then signed off*; each act on it leaves it in a step."""

    def steps(match: re.Match[str]) -> str:
        done = [done_form(match[act]) for act in ("one", "other", "last")]
        if not all(done) or not is_past_participle(match["then"]):
            return match[0]
        last = f"{done[2]} {match['particle']}" if match["particle"] else f"{done[2]}"
        return (
            f"{match['subject']} goes from {match['first']} to {done[0]} or {done[1]}, "
            f"then {match['then']}, then {last}"
        )

    return _OFFERED_TO_ONE_WHO_ACTS.sub(steps, lowered)


_GOES_OUT_COMES_BACK = re.compile(
    r"\bgoes\s+out\s+as\s+(?P<out>[a-z][\w\-]*),\s+comes\s+back\s+as\s+(?P<back>[a-z][\w\-]*)"
)
_EITHER_ACTS_OR_MARKS_IT = re.compile(
    r"\b(?:the|a|an|our)\s+[a-z][\w\-]*(?:\s+in\s+charge)?\s+either\s+(?P<acts>[a-z]+s)\s+"
    r"(?:it|them)\s+or\s+(?:marks|sets|flags)\s+(?:it|them)\s+(?:as\s+)?(?P<mark>[a-z][\w\-]*)\b"
)


_WITH_ONE_NOTED = re.compile(
    r"(?P<flow>\b(?:moves|goes)\s+from\s[^;.]*?),\s+with\s+(?:the|an?)\s+"
    r"(?P<item>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+(?:noted|recorded|logged|filled\s+in|"
    r"written\s+down)(?=\s*(?:[;.\n]|$))"
)
"""*..., then to awarded when it is presented, with the award date noted*: a field, no step."""
_AND_ONE_EITHER_DOES = re.compile(
    r"(?<=\bthen\s)(?P<last>[a-z][\w\-]*),\s+and\s+(?=the\s+[a-z][\w\-]*\s+either\s+[a-z]+s\s+it\b)"
)
"""*..., then done, and the caretaker either handles it himself or hands it to ...*: who does
the job, no step of its own."""


def out_and_back_then_either(lowered: str) -> str:
    """``the form goes out as sent, comes back as returned, and then the leader either approves
    it or marks it incomplete``: *the form starts as sent, then returned, and then approved or
    incomplete*; where it goes and what is done to it are its steps, and a date noted on the
    way is a field of it."""

    def either(match: re.Match[str]) -> str:
        done = done_form(match["acts"])
        return f"{done} or {match['mark']}" if done else match[0]

    lowered = _GOES_OUT_COMES_BACK.sub(r"starts as \g<out>, then \g<back>", lowered)
    lowered = _WITH_ONE_NOTED.sub(r"\g<flow>; it has the \g<item>", lowered)
    lowered = _AND_ONE_EITHER_DOES.sub(r"\g<last>; ", lowered)
    return _EITHER_ACTS_OR_MARKS_IT.sub(either, lowered)


_ONES_ASK_AND_WE_DECIDE = re.compile(
    r"(?:^|(?<=[.;]\s)|(?<=\n))(?P<who>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+"
    r"(?P<acts>request|book|submit|propose|suggest)\s+"
    r"(?P<things>[a-z][\w\-]*(?:\s+(?!themselves\b)[a-z][\w\-]*)?s)(?:\s+themselves)?,?\s+and\s+"
    r"(?:we|i)\s+(?:then\s+)?"
    r"(?P<one>[a-z]+)\s+or\s+(?P<other>[a-z]+)\s+them(?=\s*[.;\n]|$)"
)


def ones_ask_and_we_decide(lowered: str) -> str:
    """``parents request extra sessions themselves and we then approve or decline them``:
    *parents request extra sessions; extra sessions go from requested to approved or
    declined*; what is asked for waits for the answer."""

    def steps(match: re.Match[str]) -> str:
        said = [done_form(f"{match[group]}s") for group in ("acts", "one", "other")]
        if not all(said):
            return match[0]
        asked = f"{match['who']} {match['acts']} {match['things']}"
        return f"{asked}; {match['things']} go from {said[0]} to {said[1]} or {said[2]}"

    return _ONES_ASK_AND_WE_DECIDE.sub(steps, lowered)


def flows_opened_plainly(lowered: str) -> str:
    """Each rewrite above, on the whole lowered text."""
    lowered = starts_as_and_one_acts(without_what_it_is_checked_against(lowered))
    lowered = one_in_that_step_ends_up(one_acts_on_it_in_turn(lowered))
    lowered = ones_ask_and_we_decide(out_and_back_then_either(lowered))
    lowered = offered_to_one_who_acts(chain_then_it_ends_up(lowered))
    lowered = _COMMA_THEN_ONE_MOVES.sub("; ", _AND_IT_STARTS_AS.sub("; ", lowered))
    lowered = _WHICH_MOVES.sub(lambda m: _after_a_list(m, lowered, "; it "), lowered)
    lowered = _WHICH_IS_DONE_THEN.sub(
        lambda m: _after_a_list(m, lowered, _which_is_done_then(m)), lowered
    )
    lowered = _MARK_THEIR_ONE.sub(r"\g<mark> a \g<one> as ", lowered)
    lowered = _THEY_ACT_ON_IT_IN_TURN.sub(_in_turn, _SITS_UNTIL.sub("is ", lowered))
    lowered = _FROM_TO_THEN_EITHER.sub(r"\g<chain> to ", lowered)
    lowered = _BEFORE_ENDING_AS.sub(", then ", lowered)
    lowered = _THOUGH_NOW_AND_THEN_MARKED.sub(r", or \g<state>", lowered)
    lowered = _FROM_THE_FIRST_IT_MOVES.sub(r"\g<it> \g<moves> from \g<first> to ", lowered)
    return or_it_is_marked(starts_as_said_bare(things_that_move(lowered)))
