"""A status and its steps said in a list or an aside, written as a flow: *a status, which
usually goes checked in, quoted, ... and then collected*, *and that goes pending, then picked*,
*a loan starts as reserved, goes out, and comes back as returned*, *a status that stays pending
until the fee is paid, then becomes confirmed*, *the groomer moves the
appointment from booked to in the room, ...*, *jobs pass through queued, stencil made, ...*,
*from reported to in repair to fixed, putting it on waiting for parts in between*, *a booking
starts as booked and the starter marks it checked in or no-show, unless ...*.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.clause_rewrites import per_clause, per_statement
from appwright.design.offline.flow_text import sent_to_one_step
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_name_records, singular

_STATUS_WHICH_MOVES = re.compile(
    r"\b(?P<field>status|stage|state|phase)(?:,\s+which\s+(?=(?:starts|begins|goes|moves|runs)\b)"
    # "a status: it starts open, ...", not "it starts as a draft, ..." (read as it is)
    r"|:\s+it\s+(?=(?:starts|begins)\s+(?!as\b)))"
)


def status_which_moves(sentence: str) -> str:
    """``a status, which starts as scheduled and ends up either played or a walkover``, ``a
    status: it starts open, ... and ends up closed``: *a status that starts as ...*, the
    field's flow told after it."""
    return _STATUS_WHICH_MOVES.sub(r"\g<field> that ", sentence)


_LISTED_STATUS_WHICH_GOES = re.compile(
    r"^(?P<head>(?:each|every|a|an|the)\s+(?P<subject>[a-z][\w\-]*)(?:\s+[a-z][\w\-]*)?\s+"
    r"(?:(?:has|have)\s+|(?:is|are|gets)\s+[a-z]+ed\b.+?\s+with\s+)(?:.+?,?\s+and\s+)?(?:a|an|the)\s+"
    r"(?P<field>status|stage|state|phase))"
    r"(?:\s*,\s+which|\s+that)\s+(?:usually\s+|normally\s+)?"
    r"(?P<verb>goes|runs|moves|passes)\s+(?P<flow>.+)$"
)


def listed_status_which_goes(sentence: str) -> str:
    """``each repair ticket has an estimate and a status, which usually goes checked in,
    quoted, ... and then collected`` (or *a treatment is booked ..., with a price and a status
    that moves from ...*): *...; its status goes checked in, ...*; the states are no more of
    the list."""

    def plain(clause: str) -> list[str]:
        match = _LISTED_STATUS_WHICH_GOES.match(clause)
        if match is None or match["subject"] in TIME_WORDS:
            return [clause]  # "every year each client gets ...": when, not whose
        # "each volunteer has several dbs checks, each with ..., and a status that runs ...":
        # the status of each check, not of the volunteer
        each_with = re.search(r"\b(?P<many>[a-z][\w\-]*s),\s+each\s+with\b", match["head"])
        many = singular(each_with["many"]) if each_with else None
        whose = f"each {many}'s" if many and can_name_records(many) else "its"
        return [match["head"], f"{whose} {match['field']} {match['verb']} {match['flow']}"]

    return per_clause(sentence, plain)


_IF_ASIDE_IN_FLOW = re.compile(
    r"\b(?P<or>or|and),\s+(?:if|when|unless|once)\s+[^,;()]+,\s+(?=(?:to|then)\s)"
)


def without_if_aside_in_flow(sentence: str) -> str:
    """``..., and then either to cleared or, if bugs turn up again, to retreat``: *... or to
    retreat*; why it goes there is no state."""
    return _IF_ASIDE_IN_FLOW.sub(r"\g<or> ", sentence)


_ENDED_AT_ANY_STAGE = re.compile(
    r",?\s+and\s+(?:a|an|the|each|every|any)\s+[a-z][\w\-]*\s+can\s+(?:also\s+)?be\s+"
    r"(?P<state>[a-z]+ed)\s+at\s+any\s+(?:stage|point|time|step)\b"
)


def ended_at_any_stage(sentence: str) -> str:
    """``a status that moves from proposed to agreed, and a match can be ended at any stage``:
    *..., or ended at any point*; an end every open state can reach."""
    return _ENDED_AT_ANY_STAGE.sub(r", or \g<state> at any point", sentence)


_AND_THAT_GOES = re.compile(
    r"^(?P<head>.*\b(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+with\s+[^;]+?),\s+and\s+(?:that|it|this)\s+"
    r"(?:goes|moves|runs)\s+(?P<flow>[a-z][\w\- ]*?(?:,\s+(?:and\s+)?then\s+[a-z][\w\- ]*?)+)$"
)


def and_that_goes(sentence: str) -> str:
    """``we raise a withdrawal with the date ..., and that goes pending, then picked, then
    dispatched``: *...; each withdrawal goes from pending to picked to dispatched*; *that* is
    the record just raised, and its steps are its flow (not yes/noes of the list)."""
    match = _AND_THAT_GOES.match(sentence)
    if match is None or match["record"] in FUNCTION_WORDS:
        return sentence
    steps = re.split(r",\s+(?:and\s+)?then\s+", match["flow"])
    return f"{match['head']}; each {match['record']} goes from {' to '.join(steps)}"


_STAYS_UNTIL_THEN = re.compile(
    r"\b(?:stays|remains|sits)\s+(?:as\s+|at\s+|on\s+)?(?P<first>[a-z][\w\-]*)\s+until\s+[^,;]+?,\s+"
    r"(?=(?:and\s+)?then\s+(?:becomes|goes|moves|turns)\s)"
)


def stays_until_then(sentence: str) -> str:
    """``a status that stays pending until the fee is paid, then becomes confirmed``: *a status
    that starts pending, then becomes confirmed*; the first step, and when it is left."""
    return _STAYS_UNTIL_THEN.sub(r"starts \g<first>, ", sentence)


_STARTS_AS = re.compile(
    r"\b(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+starts\s+(?:off\s+|out\s+)?as\s+"
    r"(?P<first>[a-z][\w\-]*)(?P<steps>(?:,?\s+(?:and\s+)?(?:then\s+)?"
    r"(?!or\b)[a-z]+(?:\s+(?:back|out|off|in|up))?(?:\s+as)?\s+[a-z][\w\-]*)+)"
    r"(?:,?\s+or\s+(?:is\s+|gets\s+)?(?:written\s+off|marked|set|put\s+down|logged|"
    r"recorded)\s+as\s+(?P<other>[a-z][\w\-]*))?(?=\s*(?:[,;.]|$))"
)
_STEP = re.compile(
    r"^(?:and\s+)?(?:then\s+)?(?:goes|moves|comes|is|gets|becomes|turns)"
    r"(?:\s+(?:back|off|up))?(?:\s+(?:as|to|into))?\s+(?P<state>[a-z][\w\-]*)$"
)


def starts_as_then(sentence: str) -> str:
    """``a loan starts as reserved, goes out, and comes back as returned, or is written off as
    lost``: *each loan goes from reserved to out to returned, or it ends up lost*; the steps
    told as what the record does, each one's state the word it ends on."""
    match = _STARTS_AS.search(sentence)
    if match is None:
        return sentence
    states = [match["first"]]
    for step in re.split(r",\s+|\s+(?=and\s)", match["steps"].strip(" ,")):
        said = _STEP.match(step.strip())
        if said is None:
            return sentence
        states.append(said["state"])
    record = match["record"].split()[-1]
    flow = f"each {record} goes from {' to '.join(states)}"
    if match["other"]:
        flow += f", or it ends up {match['other']}"
    return sentence[: match.start()] + flow + sentence[match.end() :]


_MARKS_EACH_THEN = re.compile(
    r"^(?P<before>.*?)\b(?:marks|sets|moves|puts|flags)\s+(?P<det>each|every|the|a|an)\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:as\s+)?"
    r"(?P<flow>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s+(?:and\s+)?then\s+.+)$"
)


def marks_each_then(sentence: str) -> str:
    """``the returning officer marks each nomination received, then verified, and finally
    accepted or disqualified``: *...; each nomination goes received, then verified, ...*; the
    record someone marks one step after another moves through those steps."""

    def flow(clause: str) -> list[str]:
        match = _MARKS_EACH_THEN.match(clause)
        if match is None or match["record"].split()[-1] in FUNCTION_WORDS:
            return [clause]
        return [f"each {match['record']} goes {match['flow']}"]  # who marks it acts, holds nothing

    return per_clause(sentence, flow)


_SOMEONE_MOVES_IT = re.compile(
    r"^(?:the|a|an|each|our)\s+(?P<who>[a-z][\w\-]*)\s+(?:moves|takes|puts)\s+the\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?=from\s+[a-z][^;]*\s+to\s)"
)
"""*the groomer moves the appointment from booked to in the room, then ...*."""


def someone_moves_it(sentence: str) -> str:
    """``the groomer moves the appointment from booked to in the room, then ready and finally
    collected``: *the appointment moves from booked to ...*; the steps are the appointment's,
    whoever moves it along."""

    def plain(part: str) -> str:
        match = _SOMEONE_MOVES_IT.match(part)
        if match is None or not can_name_records(match["who"], match["record"].split()[-1]):
            return part
        return f"the {match['record']} moves {part[match.end() :]}"

    return per_statement(sentence, plain)


_PASS_THROUGH_STEPS = re.compile(
    r"^(?P<things>(?:the\s+|each\s+|every\s+|a\s+|an\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>pass|passes|go|goes|move|moves)\s+through\s+(?:the\s+)?(?:stages\s+|steps\s+)?"
    r"(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}),\s+(?P<rest>[a-z][^;:()]*?,?\s+(?:and|then|or)\s+[a-z][^;:()]*)$"
)
"""*jobs pass through queued, stencil made, cutting, finishing and ready for fixing*."""


def pass_through_steps(sentence: str) -> str:
    """``jobs pass through queued, stencil made, cutting and ready for fixing``: *jobs move
    from queued to stencil made, cutting, then ready for fixing*; what a record passes through,
    one by one, are the steps of its flow."""
    match = _PASS_THROUGH_STEPS.match(sentence)
    if match is None or not can_name_records(match["things"].split()[-1]):
        return sentence
    move = "moves" if match["verb"].endswith("s") else "move"
    rest = re.sub(r",?\s+and\s+(?=[^,]+$)", ", then ", match["rest"])  # "repaired and ready": two
    return f"{match['things']} {move} from {match['first']} to {sent_to_one_step(rest)}"


_PUT_ON_IN_BETWEEN = re.compile(
    r"\b(?P<goes>goes\s+from\s+[^,;]+)\s+to\s+(?P<last>[a-z][\w\- ]*?),\s+(?:putting|moving|setting)\s+"
    r"(?:it|them)\s+(?:on|to|as)\s+(?P<between>[a-z][\w\- ]*?)\s+in\s+between"
    r"(?:\s+(?:when|if)\s+(?:needed|necessary)|\s+sometimes)?(?=\s*(?:[,;.]|$))"
)
_FLOW_THEN_RECORDS = re.compile(
    r"^(?P<flow>(?P<one>(?:each|every)\s+[a-z][\w\-]*|it|they)\s+goes\s+from\s+[^;]+?),\s+and\s+"
    r"(?:records|notes|logs|has)\s+(?P<listed>(?:the|a|an|how|its)\s[^;]+)$"
)


def put_on_in_between(sentence: str) -> str:
    """``each fault goes from reported to in repair to fixed, putting it on waiting for parts in
    between when needed, and records the downtime minutes``: *each fault goes from reported to
    in repair to waiting for parts to fixed; each fault has the downtime minutes*; a step taken
    in between is one before the last, and what the one moving it records is the record's."""
    sentence = _PUT_ON_IN_BETWEEN.sub(r"\g<goes> to \g<between> to \g<last>", sentence)
    return per_statement(
        sentence, lambda part: _FLOW_THEN_RECORDS.sub(r"\g<flow>; \g<one> has \g<listed>", part)
    )


_STARTS_AS_THEN_MARKED = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+starts\s+(?:off\s+|out\s+)?as\s+(?P<first>[a-z][\w\-]*)"
    r"\s+and\s+(?:the|a|an|our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:marks|sets|puts)\s+it\s+(?:as\s+)?"
    r"(?P<ends>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)*\s+or\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:\s+(?:on\s+the\s+day|afterwards|later|at\s+the\s+end))?"
    r"(?:,\s+unless\s+(?:the|a|an)\s+[a-z][\w\-]*\s+(?:has\s+|have\s+)?(?P<other>[a-z]+ed)\s+it"
    r"(?:\s+(?:first|before|beforehand))?)?$"
)


def starts_as_then_marked(sentence: str) -> str:
    """``a booking starts as booked and the starter marks it checked in or no-show on the day,
    unless the member has cancelled it first``: *each booking goes from booked to checked in,
    no-show or cancelled*; the marks are where it ends, and so is what is done to it first."""

    def flow(part: str) -> str:
        match = _STARTS_AS_THEN_MARKED.match(part)
        if match is None:
            return part
        ends = [end.strip() for end in re.split(r",\s+|\s+or\s+", match["ends"])]
        if match["other"]:
            ends.append(match["other"])
        record = match["record"].split()[-1]
        return f"each {record} goes from {match['first']} to {', '.join(ends[:-1])} or {ends[-1]}"

    return per_statement(sentence, flow)
