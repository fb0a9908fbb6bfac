"""State flows read from a description: the clauses that tell a record's states, and whose.

Read from ``a stage that moves from lead to qualified to proposal and finally won or lost``,
``a ticket goes from open to in progress, can wait on the customer, ... or reopened``,
``bugs go new -> triaged -> fixed``, ``status flow: pending -> approved or rejected``,
``triages each piece of feedback as new, in review or resolved``, ``an order starts as a quote,
then ...``; a status field with listed values and no order gets the listed order (and a
clarifying question).

The flow's words are read into steps by ``flow_text`` (and ``acted_steps`` where they are told
as acts, after ``told_steps`` puts steps told without *then* in order), states named by
``state_names``, the record and field found by ``flow_records``, the
moves told after the flow (``approved requests can be cancelled``, ``can be closed as won't fix
from any state``) read by ``later_moves``, and the drafts (``flow_draft``) built by ``flow_moves``.
"""

from __future__ import annotations

import re

from appwright.design.offline.acted_steps import ACT_ON_IT, TRAILING_PLACE, steps_told
from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.flow_draft import FlowDraft
from appwright.design.offline.flow_records import (
    flow_of_record,
    one_named_after_many,
    put_flow,
    record_named_in,
    record_with_a_state_field,
    state_field_of,
)
from appwright.design.offline.flow_text import (
    ONE_MORE_END,
    listed_flow,
    names_states,
    read_flow_text,
)
from appwright.design.offline.for_every_reader import for_every_reader
from appwright.design.offline.later_moves import ends_in_brackets, paused_in, read_later_moves
from appwright.design.offline.list_items import split_options
from appwright.design.offline.sentences import clauses, sentences
from appwright.design.offline.simplify import simplify
from appwright.design.offline.state_names import STATE_FIELD_NAMES, names_things, state_name
from appwright.design.offline.steps_as_acts import waits_until_done
from appwright.design.offline.told_states import told_states
from appwright.design.offline.told_steps import as_told_steps
from appwright.design.offline.word_classes import word_set, words
from appwright.design.offline.word_forms import (
    is_past_participle,
    verb_form,
    verb_lemma,
)
from appwright.spec.models import AppSpec

_DETERMINER_ONLY = (["a"], ["an"], ["the"], ["each"], ["every"])
"""*books a move from ...*: a determiner before *move*, so a noun, not the verb."""
_ONE_OF = word_set("a an each every")


def names_one_with_a_noun(before: list[str], verb: str) -> bool:
    """``a press run logs ...``, ``each still run records ...``: after *a* and a noun, the
    plain form of the verb cannot be the one's verb (that would be *runs*): it ends the noun,
    the record's own name."""
    said = verb.split()
    if said[1:2] and said[1] in _A_RECORD_S_VERBS and verb_lemma(said[0]) == said[0]:
        return True  # "class pass has purchase date, ...": *has* is the verb, *pass* a noun
    return len(before) == 2 and before[0] in _ONE_OF and not said[0].endswith("s")


_A_RECORD_S_VERBS = word_set("has have is are needs gets holds carries records logs")


_FROM_TO = re.compile(
    r"\b(?:goes|go|moves?|progresses|progress|proceeds?|flows?|passes|pass|runs?"
    # "the application then crawls through drafted, submitted, ...": any verb through steps
    # ("works through a list of competencies, such as ...": things worked on, no steps)
    r"|[a-z]{3,}s(?=\s+through\s+(?!(?:a|an|the|all|each|every|our|my)\s)))\s+"
    r"(?:(?P<acted>it|them)\s+(?=from\s))?(?:from\s+)?(?P<flow>.+)$"
)
_HEADER_AFTER = re.compile(r"^(?!from\b|through\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*:")
"""``progress notes: date, ...``: after the word, the rest of a list's header (the word is a
noun, no verb a flow follows)."""
_RUNS_SOMETHING = re.compile(r"runs?\s+(?!from\b|through\b|->)[a-z]")
"""``we run tours``, ``minibuses run feeder routes``: the thing run, not steps it runs from."""
_AS_LIST = re.compile(
    r"\b(?:triages?|marks?|classif(?:y|ies)|labels?|flags?|sets?)\s+(?:each|every|the|a|all)\s+"
    r"(?P<np>[\w\- ]+?)\s+as\s+(?P<opts>.+?)(?:,?\s+and\s+(?:we|i|you|they)\b.*)?$"
)
_THEN = re.compile(
    r"^(?:(?:a|an|the|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:is|are|gets|get|becomes|become)\s+(?P<flow>[\w\-, ]+?(?:\s*,?\s+(?:and\s+)?"
    r"(?:then|finally|eventually|later)\s+[\w\- ]+?)+)$"
)
_STARTS_AS = re.compile(
    r"^(?:(?:a|an|the|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:(?:starts|start|begins|begin|is created|opens)\s+(?:(?:out|off)\s+(?:as\s+"
    r")?(?![a-z]+ly\b)|(?:as|at|in)\s+)"
    # "a quote starts pending and is then accepted": the first state with no *as*
    r"|(?:starts|start|begins|begin)\s+(?!(?:as|at|in|out|with|on|by|from|when|after|once|the|a|"
    r"an|to|"
    r"off|up|and|then)\b)(?=[a-z]+(?:\s+and\s|,\s+(?:becomes|turns|then)\s))"
    r"|(?:stays|stay|remains|remain)\s+)(?:(?:a|an|the)\s+)?"
    r"(?P<first>[a-z][\w\-]*(?:\s+(?!and\b|then\b|until\b)[a-z][\w\-]*)?)"
    r"(?:\s+(?:until|when|once|after|before)\s+(?P<until>[^,]+))?(?P<rest>(?:,?\s+(?:and\s+"
    r")?(?:then|finally|eventually|later)\b.+"
    r"|,\s+(?:becomes|become|gets|get|turns|turn|is|are|(?:goes|go|moves|move)\s+(?:on\s+)?(?:to|"
    r"into))\s.+"
    r"|\s+and\s+(?:is|are|gets|get)\s+(?:(?:then|later|finally|eventually)\s+)?[a-z]+ed\b.*)+)$"
)
"""``an order starts as a quote, then the customer confirms it, then we deliver it and finally
it's paid``: the first state, then each later one, told as a state or as an act on it."""
_TAIL = re.compile(r",?\s+(?:and|but|though|although|while)\s+(?=(?:it|they)\b)")
"""``..., then confirmed, and it can be cancelled``, ``..., though it can be cancelled``: the
tail is a move of its own."""
_PASSIVE_STEPS = re.compile(
    r"^(?:(?:a|an|the|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|are|gets|"
    r"get)\s+"
    r"(?P<first>[a-z]+)(?:\s+(?:first|initially|at\s+first))?"
    r"(?P<rest>(?:,\s*(?:and\s+)?(?:then\s+)?[a-z][^,]*){2,})$"
)
"""``a submission is submitted, goes into review, is approved or rejected, and approved ones
are finally placed``, ``it is offered first, the umpire accepts or declines it, ...``: the
states, told one act at a time."""


# --- reading ----------------------------------------------------------------------------------


_AT_ANY_POINT = re.compile(
    r",?\s+or\s+(?P<state>[a-z][\w\-]*)\s+(?:at|from)\s+any\s+(?:point|stage|time|state|step)$"
)
"""``..., responded, or withdrawn at any point``: an end reachable from every open state."""


def read_flows(
    description: str, spec: AppSpec, field_flows: dict[tuple[str, str], str]
) -> list[FlowDraft]:
    """Flows of ``spec``'s entities. ``field_flows`` holds the words written after a field
    (``(deal, stage)`` → ``that moves from lead to ...``) by the object-model reading."""
    flows: dict[tuple[str, str], FlowDraft] = {}
    for (entity, field_name), text in field_flows.items():
        anywhere = _AT_ANY_POINT.search(text)
        steps = read_flow_text(_without_places(text[: anywhere.start()] if anywhere else text))
        if len(steps) >= 2:
            draft = FlowDraft(entity, field_name, steps)
            if anywhere:
                draft.extra.append((["*"], state_name(anywhere.group("state"))))
            flows[(entity, field_name)] = draft
    last_entity: str | None = None
    one_named: str | None = None
    for sentence in sentences(description):
        # the steps after *starts as* stay one clause, though told with *and*
        # "..., and it stays open until we approve or reject it": told once *it* is named
        # "each appointment gets a notice that goes from ...": the notice's steps
        simple = waits_until_done(simplify(as_told_steps(for_every_reader(sentence))))
        plain = outside_brackets(simple)
        before = _drawn(flows)
        for clause in clauses(plain):
            for part in _TAIL.split(clause):
                said_of_it = _SAID_OF_IT.match(part)
                if not said_of_it:
                    # "it goes open, then on site": the record before it, not a state's word
                    last_entity = record_named_in(_before_states(part), spec) or last_entity
                elif part.split()[0] != "they" and one_named is not None:
                    # "traders send a stall application ...; it goes from received to ...":
                    # *it* is the one application, not the traders
                    last_entity = one_named
                _sentence_flow(part, spec, flows, last_entity)
                if not said_of_it:
                    one_named = one_named_after_many(part, spec, last_entity)
        if _drawn(flows) == before:
            # no reader above took the sentence: the states it tells of a record, if any
            _told_of_record(plain, spec, flows)
        # the flow the sentence told, or the one of the record it names (read with its field)
        changed = [f for f in flows.values() if f.key_drawn not in before]
        named = flow_of_record(flows, record_named_in(plain, spec))
        ends_in_brackets(simple, changed or ([named] if named else []))
        paused_in(plain, changed or ([named] if named else []))
    for record in spec.entities:
        for f in record.fields:
            if f.name in STATE_FIELD_NAMES and f.type == "enum" and f.options:
                key = (record.name, f.name)
                if key not in flows and len(f.options) >= 2:
                    flows[key] = FlowDraft(
                        record.name, f.name, [[o] for o in f.options], written=False
                    )
    return list(flows.values())


def _drawn(flows: dict[tuple[str, str], FlowDraft]) -> list[tuple[str, str, int, int]]:
    """What the flows read so far hold, to tell whether a sentence added to them."""
    return [d.key_drawn for d in flows.values()]


def _told_of_record(sentence: str, spec: AppSpec, flows: dict[tuple[str, str], FlowDraft]) -> None:
    """``..., and the loan is out, returned or overdue, or marked lost if ...``: the states
    ``told_states`` finds said of one of ``spec``'s records (its flow when moves are told)."""
    told = told_states(sentence)
    named = record_named_in(told.record, spec) if told else None
    if told is None or named is None or flow_of_record(flows, named) is not None:
        return
    steps = [[state_name(s) for s in step] for step in told.steps]
    if not all(all(step) for step in steps):
        return
    draft = FlowDraft(named, state_field_of(spec, named), steps, written=told.moves_told)
    first = steps[0][0] if steps else ""
    for state, back in told.side_ways:
        side, then = state_name(state), state_name(back)
        draft.extra += [([first], side), ([side], then)]
    if len(draft.states) >= 2:
        flows[(named, draft.field_name)] = draft


_SAID_OF_IT = re.compile(r"^(?:(?:and\s+)?then\s+|so\s+|and\s+)?(?:it|they)\s")
"""*then it goes through ...*: the record said before, whatever its states name."""


def _before_states(clause: str) -> str:
    """``its artwork moves from awaiting copy to proof sent``: the words before the states, so
    a state that names a record (*proof sent*) never names the one that moves."""
    moving = _FROM_TO.search(clause)
    if moving and " from " in clause[moving.start() :] and names_states(moving["flow"]):
        return clause[: moving.start()]
    status = _THE_STATUS_MOVES.match(clause)
    # "the status starts at proposed, moves to trial walk, ...": no record told, all states
    return status["status"] if status else clause


_THE_STATUS_MOVES = re.compile(
    r"^(?P<status>(?:the|its|their)\s+(?:status|state|stage))\s+(?:starts|begins|moves|goes)\b"
)


_WE_MAKE_ONE = re.compile(
    r"\b(?:we|i)\s+(?!(?:is|are|have|has|need|want|keep|record|hold)\b)[a-z]+\s+"
    r"(?:a|an|the|each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
"""``we create a job ...``: the record a later *move it from ...* in the clause moves."""


def _sentence_flow(
    clause: str, spec: AppSpec, flows: dict[tuple[str, str], FlowDraft], last: str | None
) -> None:
    header = re.match(
        r"^(?P<head>[\w ]*(?:flow|workflow|lifecycle|states|statuses))\s*:\s*(?P<body>.+)$", clause
    )
    if header and last:
        target = record_with_a_state_field(spec) or last
        put_flow(flows, target, state_field_of(spec, target), read_flow_text(header.group("body")))
        return
    told_after = _STATES_AFTER_COLON.match(clause)
    if told_after and _steps_in_turn(told_after["body"]):
        named = record_named_in(told_after["head"], spec)
        if named:
            put_flow(flows, named, state_field_of(spec, named), read_flow_text(told_after["body"]))
    moving = _FROM_TO.search(clause)
    if moving and words(clause[: moving.start()])[-1:] in _DETERMINER_ONLY:
        moving = None  # "books a move from one address to another": a noun, not the verb
    if moving and names_one_with_a_noun(words(clause[: moving.start()]), moving[0]):
        moving = None  # "a press run logs the copies ordered, ... to us": a noun, the record
    if moving and _HEADER_AFTER.match(moving["flow"]):
        moving = None  # "progress notes: date, day number, ...": the noun of a list's header
    if moving and not names_states(moving.group("flow")):
        moving = None  # "runs from a check-in date to a check-out date": two fields
    if moving and _RUNS_SOMETHING.match(moving[0]) and not listed_flow(moving["flow"]):
        moving = None  # "our minibuses run feeder routes to collect ...": what is run, no flow
    if (
        moving
        and _RUNS_SOMETHING.match(moving[0])
        and clause[: moving.start()].rstrip().endswith(",")
    ):
        moving = None  # "overs, maidens, runs conceded, wickets taken": an item, the runs given
    # "a plan's status goes pending, then active": a status said to go, two steps are a flow
    status_goes = re.search(r"\b(?:status|state)\s+(?:goes|moves)\s+(?!from\b|through\b)", clause)
    if (
        moving
        and last
        and ("from" in clause or "->" in clause or listed_flow(moving.group("flow")) or status_goes)
    ):
        before = clause[: moving.start()]
        made = _WE_MAKE_ONE.search(before) if moving["acted"] else None
        # "we create a job at a property ..., and move it from scheduled to ...": the job
        subject: str = (
            (made and record_named_in(made["np"], spec)) or record_named_in(before, spec) or last
        )
        steps = read_flow_text(
            "from " + moving.group("flow")
            if "from" in clause[moving.start() :]
            else moving.group("flow")
        )
        if len(steps) >= 2 and not any(f.steps == steps for f in flows.values()):
            # "deals with a stage that moves from ...": already the stage's, read with the field
            put_flow(flows, subject, state_field_of(spec, subject, clause), steps)
    starts = _STARTS_AS.match(clause)
    if starts and moving and moving.start() > starts.end("first"):
        # "a hire starts as a quote, becomes booked, then goes out for delivery, ...": the
        # flow told from its first state, not from the later *goes*
        moving = None
    if starts and not moving:
        named = record_named_in(starts.group("np"), spec) or last
        # "stay pending until we confirm them, then ...": the act that ends the first state
        # names the next one
        acted = ACT_ON_IT.match(starts["until"] or "")
        lemma = verb_lemma(acted["verb"]) if acted else None
        confirmed = [[state_name(verb_form(lemma, "VBN"))]] if lemma else []
        steps = [
            [state_name(starts.group("first"))],
            *confirmed,
            *steps_told(starts.group("rest")),
        ]
        # "jobs start as a quote, turn accepted, then hedges, and lawns": things done, no states
        things = any(names_things(state) for step in steps for state in step)
        if named and all(steps) and len(steps) >= 2 and not things:
            put_flow(flows, named, state_field_of(spec, named), steps)
    passive = _PASSIVE_STEPS.match(clause)
    told_first = passive is not None and (moving is None or moving.start() > passive.end("first"))
    if passive and told_first and not starts and is_past_participle(passive.group("first")):
        named = record_named_in(passive.group("np"), spec)
        steps = [[state_name(passive.group("first"))], *steps_told(passive.group("rest"))]
        # another record's written flow wins; the record's own shorter one gives way (put_flow)
        others = any(f.written for (entity, _), f in flows.items() if entity != named)
        if named and len(steps) >= 3 and all(steps) and not others:
            put_flow(flows, named, state_field_of(spec, named), steps)
    as_list = _AS_LIST.search(clause)
    if as_list:
        listed = record_named_in(as_list.group("np"), spec) or last
        # "... as pending, then confirmed, and sometimes it ends up cancelled": one more end
        told = ONE_MORE_END.sub(r", or \g<state>", as_list.group("opts"))
        options = [state_name(o) for o in split_options(told)]
        if listed and len(options) >= 2:
            put_flow(flows, listed, state_field_of(spec, listed), [[o] for o in options])
    then = _THEN.match(clause)
    if then and not moving:
        named = record_named_in(then.group("np"), spec)
        steps = read_flow_text(_without_places(then.group("flow")))
        if named and len(steps) >= 2:
            put_flow(flows, named, state_field_of(spec, named), steps)
    read_later_moves(clause, spec, flows, last)


_STATES_AFTER_COLON = re.compile(
    r"^(?!.*\b(?:status|stage|state|phase)\b)(?P<head>[^:]+?)\s*:\s*(?P<body>[^:]+)$"
)
"""``every notice is checked before it runs: draft, then checked, then published``: a clause
about a record, then its states in turn (a status field's own list, in a list of fields or
not, is read with the field)."""


def _steps_in_turn(body: str) -> bool:
    """Whether ``draft, then checked, then approved`` names three states or more, in turn."""
    steps = read_flow_text(body) if re.search(r"\bthen\b|->", body) and listed_flow(body) else []
    # a state a record is put in (*checked*, *approved*), not only words (*date, then amount*)
    done = any(is_past_participle(state) for step in steps for state in step)
    return len(steps) >= 3 and done


def _without_places(flow: str) -> str:
    """Each step of a flow without its trailing prepositional phrase."""
    pieces = re.split(r"(,?\s+(?:and\s+)?(?:then|finally|eventually|later)\s+)", flow)
    # "... to dispatched to at the pub": a step moved *to* a place is that state, kept whole
    return "".join(
        piece
        if re.search(r"(?:^|\s)to\s+(?:at|in|on)\s+\S+\s+\S+$", piece)
        else TRAILING_PLACE.sub("", piece)
        for piece in pieces
    )
