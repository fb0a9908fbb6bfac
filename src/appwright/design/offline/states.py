"""State flows: the states a record moves through and the moves between them.

Read from ``a stage that moves from lead to qualified to proposal and finally won or lost``,
``a ticket goes from open to in progress, can wait on the customer, ... or reopened``,
``bugs go new -> triaged -> fixed``, ``status flow: pending -> approved or rejected``,
``triages each piece of feedback as new, in review or resolved``, ``approved requests can be
cancelled``, ``can be closed as won't fix from any state``; a status field with listed values
and no order gets the listed order (and a clarifying question).

States that end a record unsuccessfully (*cancelled*, *lost*, *no-show*) are reachable from
every state on the main path before its last one, not placed at the end of the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from appwright.design.offline.brackets import bracketed, outside_brackets
from appwright.design.offline.draft import find_entities
from appwright.design.offline.flow_wording import waits_until_done
from appwright.design.offline.list_items import split_options
from appwright.design.offline.sentences import clauses, sentences
from appwright.design.offline.simplify import simplify
from appwright.design.offline.told_states import told_states
from appwright.design.offline.word_classes import (
    AUXILIARIES,
    DETERMINERS,
    NOUN_MARKERS,
    PREPOSITIONS,
    VERB_PARTICLES,
    word_set,
    words,
)
from appwright.design.offline.word_forms import (
    can_be_adjective,
    gerund,
    is_past_participle,
    plural,
    verb_form,
    verb_lemma,
)
from appwright.spec.models import AppSpec, StateFlow, Transition
from appwright.spec.names import to_snake

STATE_FIELD_NAMES = ("status", "stage", "state", "phase")
UNSUCCESSFUL = word_set(
    "cancel cancelled canceled reject rejected decline declined lose lost fail failed expire "
    "expired abandon abandoned void voided withdraw withdrawn refund refunded no_show noshow "
    "dropped drop"
)
"""Outcomes that end a record early: reachable from every open state."""
FILLER = word_set(
    "then finally eventually either later afterwards after that also can could may might will "
    "be is are gets get got becomes become goes go moves move marked set as it they"
)

_SEPARATORS = re.compile(
    r"\s*->\s*|\s*,\s*(?:and\s+)?(?:then\s+)?(?=\w)|\s+and\s+(?:only\s+)?(?:then|finally|eventually|later)\s+"
    r"(?:(?:on\s+)?to\s+)?"
    # "referred to the power company" is one state: a participle sent somewhere
    r"|\s+then\s+|\s+to\s+(?!the\b|a\b|an\b|our\b|their\b)|(?<!ed)\s+to\s+(?=the\b|a\b|an\b|our\b|their\b)"
    r"|\s+and\s+(?=is\b|are\b|gets?\b|can\b|becomes?\b)"
    r"|,?\s+and\s+(?:ends?|finish(?:es)?)\s+(?:up\s+)?(?:as\s+|being\s+)?"
    r"|,?\s+and\s+(?:at last|in the end|at the end)\s+(?:on\s+)?(?:to\s+)?"
)
_READY_TO = re.compile(r"\bready\s+to\s+(?P<act>[a-z]+)\b")


def _ready_to_act(match: re.Match[str]) -> str:
    """``ready to collect``: one state, not *ready* then *collect*; a verb's plain form is
    never a state of its own (*ready to shipped* is two)."""
    act = match["act"]
    if verb_lemma(act) != act or is_past_participle(act):
        return match[0]
    return f"ready-to-{act}"


_DETERMINER_ONLY = (["a"], ["an"], ["the"], ["each"], ["every"])
"""*books a move from ...*: a determiner before *move*, so a noun, not the verb."""
_ONE_OF = word_set("a an each every")


def names_one_with_a_noun(before: list[str], verb: str) -> bool:
    """``a press run logs ...``, ``each still run records ...``: after *a* and a noun, the
    plain form of the verb cannot be the one's verb (that would be *runs*): it ends the noun,
    the record's own name."""
    return len(before) == 2 and before[0] in _ONE_OF and not verb.split()[0].endswith("s")


_FROM_TO = re.compile(
    r"\b(?:goes|go|moves?|progresses|progress|proceeds?|flows?|passes|pass|runs?)\s+"
    r"(?:(?P<acted>it|them)\s+(?=from\s))?(?:from\s+)?(?P<flow>.+)$"
)
_RUNS_SOMETHING = re.compile(r"runs?\s+(?!from\b|through\b|->)[a-z]")
"""``we run tours``, ``minibuses run feeder routes``: the thing run, not steps it runs from."""
_AS_LIST = re.compile(
    r"\b(?:triages?|marks?|classif(?:y|ies)|labels?|flags?|sets?)\s+(?:each|every|the|a|all)\s+"
    r"(?P<np>[\w\- ]+?)\s+as\s+(?P<opts>.+?)(?:,?\s+and\s+(?:we|i|you|they)\b.*)?$"
)
_FROM_ANY = re.compile(
    r"\bcan be\s+(?:\w+\s+)?(?:as\s+)?(?P<state>[\w' \-]+?)\s+(?P<said>from|at) any\s+"
    r"(?:state|stage|point|time)"
)
"""``can be closed as won't fix from any state``; ``..., or it can be cancelled at any point``
(only an end that ends a record early: *can be contacted at any time* is no state)."""
_THEN = re.compile(
    r"^(?:(?:a|an|the|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:is|are|gets|get|becomes|become)\s+(?P<flow>[\w\-, ]+?(?:\s*,?\s+(?:and\s+)?"
    r"(?:then|finally|eventually|later)\s+[\w\- ]+?)+)$"
)
_PLACE = re.compile(
    r"\s+(?:to|by|with|for|at|in|on)\s+(?:a|an|the|one|their|its|his|her"
    r"|one\s+of\s+(?:our|the|their|my))\s+[\w\-]+$"
)
"""``then assigned to a technician``: who or where, not part of the state's name."""
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
    r"(?:can|may)\s+(?:also\s+)?(?:be|get)\s+(?P<state>[a-z][\w\-]*)"
    r"(?:\s+(?:at|from)\s+any\s+(?:point|stage|time|state|step)|\s+too|\s+as\s+well)?$"
)
"""``a booking can be cancelled at any point``: an end the record named can reach from any
state, as *it can be cancelled* says of the record before it."""
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
_STARTS_AS = re.compile(
    r"^(?:(?:a|an|the|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:(?:starts|start|begins|begin|is created|opens)\s+(?:(?:out|off)\s+(?:as\s+)?(?![a-z]+ly\b)|(?:as|at|in)\s+)"
    # "a quote starts pending and is then accepted": the first state with no *as*
    r"|(?:starts|start|begins|begin)\s+(?!(?:as|at|in|out|with|on|by|from|when|after|once|the|a|an|to|"
    r"off|up|and|then)\b)(?=[a-z]+(?:\s+and\s|,\s+(?:becomes|turns|then)\s))"
    r"|(?:stays|stay|remains|remain)\s+)(?:(?:a|an|the)\s+)?"
    r"(?P<first>[a-z][\w\-]*(?:\s+(?!and\b|then\b|until\b)[a-z][\w\-]*)?)"
    r"(?:\s+(?:until|when|once|after|before)\s+(?P<until>[^,]+))?(?P<rest>(?:,?\s+(?:and\s+)?(?:then|finally|eventually|later)\b.+"
    r"|,\s+(?:becomes|gets|turns|is|(?:goes|moves)\s+(?:on\s+)?(?:to|into))\s.+"
    r"|\s+and\s+(?:is|are|gets|get)\s+(?:(?:then|later|finally|eventually)\s+)?[a-z]+ed\b.*)+)$"
)
"""``an order starts as a quote, then the customer confirms it, then we deliver it and finally
it's paid``: the first state, then each later one, told as a state or as an act on it."""
_STEP_BREAK = re.compile(
    r",?\s+(?:and\s+)?(?:then|finally|eventually|later)\s+|,\s+(?=(?:becomes|gets|turns|is)\s)"
    r"|,\s+(?=(?:goes|moves)\s+(?:on\s+)?(?:to|into)\s)"
    r"|\s+and\s+(?=(?:(?:is|are|gets?)\s+(?:then\s+|finally\s+)?)?[a-z]+ed\b)"
    r"|,?\s+and\s+(?=can\s+be\s)"
    r"|,?\s+and\s+(?:in the end|at the end|at last)\s+"
)
"""Where one told step ends: *then*, *, becomes*, *and collected*."""
_ACT_ON_IT = re.compile(r"^(?:[\w\-]+\s+){0,3}?(?P<verb>[a-z]+)\s+(?:it|them)$")
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
    r"^(?:after|before|once|when|at|on)\s+(?:the|a|an|each|every)\s+[a-z][\w\-]*\s+(?=(?:it|they)\s)"
)
"""``after the game it becomes completed``: when it moves, not where to."""
_IT_IS = re.compile(
    r"^(?:it|they|the\s+[a-z][\w\-]*)\s*(?:'s|'re|is|are|gets|get|becomes|become)\s+(?P<state>.+)$"
)
"""``it is seated``, ``the group is seated``: the state, said of the record or its people."""
_TAIL = re.compile(r",?\s+(?:and|but|though|although|while)\s+(?=(?:it|they)\b)")
"""``..., then confirmed, and it can be cancelled``, ``..., though it can be cancelled``: the
tail is a move of its own."""
_CONDITION = re.compile(r"\s+(?:until|unless|after|before|when|once|if|within|while)\b.*$")
_PASSIVE_STEPS = re.compile(
    r"^(?:(?:a|an|the|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|are|gets|get)\s+"
    r"(?P<first>[a-z]+)(?:\s+(?:first|initially|at\s+first))?"
    r"(?P<rest>(?:,\s*(?:and\s+)?(?:then\s+)?[a-z][^,]*){2,})$"
)
"""``a submission is submitted, goes into review, is approved or rejected, and approved ones
are finally placed``, ``it is offered first, the umpire accepts or declines it, ...``: the
states, told one act at a time."""
_FLOW_ENDS = re.compile(
    r",\s*(?:and\s+|but\s+)?(?:since|because|as|so that|although|though|while|whereas|which|unless)\s|"
    r",\s*but\s+(?:the|a|an|we|i|you|they|our|their)\s|"
    r",\s*and\s+(?:i|we)\s+(?:would|'d|want|need|also|can|could)\b|"
    # "..., and only coordinators may approve one": who may move it, no state
    r",\s*(?:and|but)\s+only\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:can|may|could|should)\s"
)
"""``..., and then collected, and since I text people when it's ready ...``: the sentence
goes on to a reason or to something else (*but the customer pays on collection*, *and only
committee members may approve them*), not to another state."""
_TOLD_MOVE = re.compile(
    r"^(?:and\s+)?(?:(?:[a-z]+\s+ones|it|they)\s+(?:is|are)\s+)?(?:then\s+|finally\s+)?"
    r"(?:(?:becomes|become|turns|turn|goes|go|moves|move|is|are|gets|get)\b)?\s*(?:(?:on\s+)?(?:to|into)\s+)?"
)
"""``becomes booked``, ``goes out for delivery``: the move before a told state."""
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


@dataclass
class FlowDraft:
    entity: str
    field_name: str
    steps: list[list[str]] = field(default_factory=list)
    """States in order; a step with several states holds alternatives (*won or lost*)."""
    extra: list[tuple[list[str], str]] = field(default_factory=list)
    """Moves not on the line: (from states, to state); ``["*"]`` means from every open state."""
    written: bool = True
    """The order was written out (else it was guessed from a list of values)."""

    @property
    def key_drawn(self) -> tuple[str, str, int, int]:
        """The record, field and how many states and side moves: what a sentence changes."""
        return (self.entity, self.field_name, len(self.states), len(self.extra))

    @property
    def states(self) -> list[str]:
        found: list[str] = []
        for step in self.steps:
            found += [s for s in step if s not in found]
        for _, to in self.extra:
            if to not in found:
                found.append(to)
        return found


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
    phrase = _ORDER_SAID.sub("", _CONDITION.sub("", phrase))
    tokens = [w for w in words(phrase) if w not in DETERMINERS]
    while tokens and (tokens[0] in FILLER or tokens[0] in AUXILIARIES):
        if tokens[0] == "set" and len(tokens) == 2 and tokens[1] in VERB_PARTICLES:
            break  # "set up": the phrasal verb is the state, not *up*
        if tokens[0] in ("did", "does", "do") and tokens[1:2] == ["not"]:
            break  # "did not attend": the act not done is the state, not *not attend*
        tokens = tokens[1:]
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


_FLOW_START = re.compile(r"^(?:(?:that|which)\s+)?(?:\w+\s+)?(?:from|through)\s+")
_THINGS = NOUN_MARKERS | frozenset(["one", "another", "some", "any"])


def names_states(flow: str) -> bool:
    """Whether ``from X to Y`` walks through states (*from lead to qualified*, *from the backlog
    to in progress*) rather than between things (*from a check-in date to a check-out date*,
    *from one address to another*): states are named bare, things with an article."""
    if _INTO_THINGS.match(flow.strip()):
        return False  # "one spirit goes into many cocktails": where a thing is used
    if _SENT_TO.match(flow.strip()):
        return False  # "the tanning goes out to one of a couple of tanneries": sent somewhere
    ends = re.split(r"\s+to\s+|\s*->\s*", _FLOW_START.sub("", flow.strip()), maxsplit=2)
    if len(ends) < 2:
        return True
    return not all(words(end)[:1] and words(end)[0] in _THINGS for end in ends[:2])


_SENT_TO = re.compile(r"^(?:out|off|back|over|round|away|along)\s+to\s")
"""``goes out to newsagents``, ``goes off to the printers``: a thing sent somewhere."""
_INTO_THINGS = re.compile(
    r"^(?:into|onto)\s+(?:many|several|lots\s+of|a\s+lot\s+of|multiple|some|one|each|every)\b"
)


MAX_STATE_WORDS = 5
"""A state is a short label (*waiting for documents*); longer text between flow words is
a sentence that happens to say *from* and *to*."""


_UNTIL = re.compile(
    r"\s+(?:until|before)\s+(?:it|they)\s+(?:is|are|gets|get|has been)\s+"
    r"(?=[a-z][\w\-]*(?:\s+(?:for|to)\s+[a-z][\w\-]*)?$)"
)
"""``from eggs to fry until it is released``, ``passes through received, drying and packed
before it is dispatched``, ``... until they are ready for return``: the last state, told as
what ends the line."""
_UNLESS_ACTS = re.compile(
    r",?\s+unless\s+(?:it|they)\s+(?P<acts>(?!(?:is|are|gets?|ends?|do|does)\b)[a-z]+"
    r"(?:\s+or\s+(?:is\s+|are\s+|gets?\s+)?[a-z]+)*)"
    r"(?:\s+(?:to|by|at|in|into|from|with|on)\s+[^,.;]*)?(?=\s*(?:[,.;]|$))"
)
"""``..., finally released, unless it dies or is transferred to another centre``: the ends the
record can come to instead, told as what happens to it."""
_ASIDE_TO_READER = re.compile(r"\b(?:you|i|we)\b")
"""``..., though some get cancelled, more than you'd think``: a remark to the reader, no state."""


def _unless_acts(match: re.Match[str]) -> str:
    """The participle of each act: *dies* → *died*; unchanged when one is not a verb."""
    ends = []
    for act in re.split(r"\s+or\s+", match["acts"]):
        act = re.sub(r"^(?:is|are|gets?)\s+", "", act)
        lemma = verb_lemma(act)
        if is_past_participle(act):
            ends.append(act)
        elif lemma is not None:
            ends.append(verb_form(lemma, "VBN"))
        else:
            return match[0]
    return ", or " + " or ".join(ends)


MAX_STATE_CHARS = 40
"""Room for ``to_`` before it in a transition's name (names are at most 48 characters)."""


def _too_long(state: str) -> bool:
    return state.count("_") >= MAX_STATE_WORDS or len(state) > MAX_STATE_CHARS


_SOME_END = re.compile(
    r",?\s+(?:(?:though|but|although|while)\s+"
    r"(?:some|a few|others|some of them|the odd one|the occasional one|one or two)?\s*"
    r"|unless\s+(?:it|they)\s+|or\s+(?:it|they)\s+(?=ends?\s+up\b)"
    # "..., and sometimes it ends up cancelled", "..., though now and then they are dropped"
    r"|(?:and|though|but|although|while)\s+(?:sometimes|occasionally|now\s+and\s+then)\s+"
    r"(?:it|they)\s+"
    # "..., and if they never turn up we mark it a no-show"
    r"|(?:and\s+)?if\s+[^,;]*?\s+(?:we|i)\s+(?=(?:mark|set|make|put)\s+(?:it|them)\b))"
    r"(?:get|gets|are|is|end up|ends up|do get|(?:mark|set|make|put)\s+(?:it|them))\s+"
    r"(?:as\s+)?(?:(?:a|an)\s+)?(?P<state>[a-z][\w\-]*)"
    r"(?:\s+(?:along the way|instead|on the way|at some point))?"
    r"(?:\s+(?:if|when|unless)\s+[^,.;]*)?(?=\s*(?:[,.;]|$))"
)
"""``..., then booked and fitted, though some get declined along the way``, ``..., unless they
are rejected``, ``..., or it ends up as a no-show if they never turn up``, ``..., and if they
never turn up we mark it a no-show``, ``..., and sometimes it ends up cancelled``: one more
end."""


_AFTER_WE_ACT = re.compile(
    r"\s+(?:before|after|until|once)\s+(?:we|i|they)\s+(?!(?:is|are|gets?|has been)\b)[a-z]+\b.*$"
)
"""*..., curing and ready before we empty it and start again*: what happens next, no state."""
_TO_ONE_OF = re.compile(
    r"\s+(?:to|at|with|by|for)\s+one\s+of\s+(?:the|our|their|its|his|her)\s+[^,;]+?"
    r"(?=\s+or\s+|\s+and\s+|\s+then\s+|,|$)"
)
_SOMEONE_HAS_DONE = re.compile(
    r"^(?:the\s+|a\s+)?[a-z]+\s+(?:has|have)\s+(?:either\s+)?"
    r"(?P<done>[a-z]+ed(?:\s+or\s+[a-z]+ed)?)(?:\s+(?:it|them))?$"
)
_ONCE_THEN_MARKED = re.compile(
    r"^(?:and\s+)?(?:once|when|after)\s+.+?\s+(?:it|they)\s+(?:is|are|gets|get)\s+"
    r"(?:marked\s+(?:as\s+)?)?(?P<state>[a-z]+)$"
)


_TOLD_WITHOUT_THEN = re.compile(
    # "..., i confirm it, ...": an act on it, the next step
    r",\s+(?=(?:i|we)\s+[a-z]+\s+(?:it|them)\b)"
    # "..., and after the day it's marked attended": a later step, said with when
    r"|,\s+and\s+(?:after|once|when|on)\s+[^,]+?\s+(?=(?:it|they)(?:'s|\s+is|\s+are|\s+gets?)\s+"
    r"(?:marked|set|made|put)\b)"
    # "..., becomes paid, and ends up either played or no-show": the last step, one of two
    r"|,?\s+and\s+(?:ends|end)\s+up\s+(?:as\s+)?(?:either\s+)?(?=[a-z])"
)
_BEGUN_AS = re.compile(r"\b(?:starts|begins)\s+(?:(?:out|off)\s+)?as\s")


def _as_told_steps(clause: str) -> str:
    """``a sign-up starts as requested, i confirm it, and after the day it's marked attended``:
    *..., then i confirm it, then it's marked attended*; the steps told one after another
    without *then*."""
    begun = _BEGUN_AS.search(clause)
    if begun is None:
        return clause
    end = clause.find(";", begun.end())
    end = len(clause) if end < 0 else end
    told = _TOLD_WITHOUT_THEN.sub(", then ", clause[begun.end() : end])
    return clause[: begun.end()] + told + clause[end:]


def read_flow_text(text: str) -> list[list[str]]:
    """Ordered steps of a written flow: ``from lead to qualified ... won or lost``."""
    arrow = text.find("->")
    if arrow > 0 and "," in text[:arrow]:
        # "period end date, pay date, status draft -> approved -> paid": the arrows are the
        # last item's, after the word naming it
        text = text[text.rfind(",", 0, arrow) + 1 :].strip()
        text = re.sub(r"^(?:a\s+|the\s+)?(?:status|stage|state)\s+(?=[a-z])", "", text)
    text = re.sub(r"^(?:that|which)?\s*(?:\w+\s+)?(?:from|through|between)\s+", "", text.strip())
    # "goes through stages, received first, then ...": the header is no state
    text = re.sub(
        r"^(?:(?:these|the|some|several|its|a few|the following)\s+)?"
        r"(?:stages|steps|states|statuses|phases)(?:\s*[,:]\s*|\s+(?=[a-z]))",
        "",
        text,
    )
    # "a status that runs quoted, accepted, ...", "that starts at applied": the verb is no state
    text = re.sub(r"^(?:(?:that|which)\s+)?(?:runs|goes|moves|passes|cycles)\s+(?=[a-z])", "", text)
    text = re.sub(
        r"^(?:(?:that|which)\s+)?(?:starts|begins)\s+(?:(?:out|off)\s+)?(?:at|as|in|with)?\s*(?=[a-z])",
        "",
        text,
    )
    # "through these stages: in the freezer, skinned, ...": the states follow the header
    text = re.sub(r"^(?:[a-z]+\s+){0,3}[a-z]+\s*:\s*(?=\S)", "", text)
    text = _AFTER_WE_ACT.sub("", text)
    # "ending as removed or, if the owner turns up, claimed": the condition names no state
    text = re.sub(r"\bor,\s+(?:if|when|once|unless|should)\s+[^,]+,\s+", "or ", text)
    text = re.sub(r"\b(?P<or>or|either)\s+to\s+(?=[a-z])", r"\g<or> ", text)  # "or to retreat"
    text = _UNLESS_ACTS.sub(_unless_acts, text)
    text = _SOME_END.sub(r", or \g<state>", text)
    # "forwarded to one of the company's forwarding addresses": where it went, no state
    text = _TO_ONE_OF.sub("", text)
    text = _UNTIL.sub(" then ", text.strip(" ."))
    text = _FLOW_ENDS.split(text, maxsplit=1)[0]
    # "or to needs changes and back to submitted": the way back names no new state
    text = _BACK_TO.sub("", text)
    if "," in text:
        # "..., finishing and shipped", "..., booked and fitted, or declined"
        text = re.sub(r"\s+and\s+(?=[\w\-]+(?:, or [\w\-]+| then [\w\-]+)?$)", ", ", text)
        # "..., formal letter and court claim, or cleared": steps named in a few words each
        # (not "beginner, intermediate and advanced level", one step and a word of its own, nor
        # "a theme, a site and a size", things listed)
        text = re.sub(
            r"(?P<before>,\s+(?!(?:a|an|the)\s)[\w\-]+\s+[\w\-]+)\s+and\s+"
            r"(?=(?!(?:a|an|the)\s)[\w\-]+(?:\s+[\w\-]+){1,2}(?:, or [\w\-]+| then [\w\-]+)?$)",
            r"\g<before>, ",
            text,
        )
        text = _LAST_AND.sub(_last_and_apart, text)
    text = re.sub(r"^(?:shown|displayed)\s+as\s+[\w ]+:\s*", "", text)
    text = _READY_TO.sub(_ready_to_act, text)
    steps: list[list[str]] = []
    or_before = False
    for piece in _SEPARATORS.split(text):
        # "..., then on to either ..., and eventually it's closed": *on* and *it's* say no state
        piece = re.sub(
            r"^(?:(?:eventually|finally|later)\s+)?(?:it'?s|it is|they'?re|they are)\s+",
            "",
            piece.strip(" ,."),
        )
        we_did = _WE_ACT_ON_IT.match(piece)
        if we_did and not steps and verb_lemma(we_did["verb"]) == we_did["verb"]:
            # "we submit the application, then it's awaiting the medical, ...": the first
            # state is what our act leaves it in, *submitted*
            piece = verb_form(we_did["verb"], "VBN")
        if piece in ("on", "onwards", "along") or _ASIDE_TO_READER.search(piece):
            continue
        if _PAUSED.match(piece):
            continue  # "..., and may be put on hold": a pause from any step, read by _paused_in
        # "the teacher has either accepted or declined it", "once the day's done it is marked
        # completed": the states someone's act or a time leaves it in
        piece = _SOMEONE_HAS_DONE.sub(r"\g<done>", piece)
        piece = _ONCE_THEN_MARKED.sub(r"\g<state>", piece)
        # "then to revision requested", "accepted ones get published": the state alone
        piece = re.sub(r"^to\s+(?!do$)(?=[a-z])", "", piece)
        # "and approved loans end up repaid", "the ordered ones finish at repaired", "disputed
        # ones go (to adjudication)": the state those in another end up in
        piece = _THOSE_END_UP.sub("", piece)
        if piece == "or":
            or_before = True  # "..., or to overdue": the next piece is the alternative
            continue
        if not piece or re.search(r"\b(?:from|at) any\b", piece):
            continue
        alternative, or_before = piece.startswith("or ") or or_before, False
        options = [state_name(p) for p in re.split(r"\s+or\s+|\s*/\s*", piece.removeprefix("or "))]
        options = [o for o in options if o]
        if not options:
            continue
        if any(_too_long(o) for o in options):
            # "..., and finally sold, and honestly the one figure I care about ...": the flow
            # ended and the sentence went on; "keep track of the logs that come in and ...
            # from them": never a flow
            return steps if len(steps) >= 2 else []
        if alternative and steps:
            steps[-1] += options
        else:
            steps.append(options)
    return steps


_LAST_AND = re.compile(
    r"(?P<before>,\s+(?!(?:a|an|the)\s)[\w\-]+(?:\s+[\w\-]+)?)\s+and\s+"
    r"(?P<after>(?!(?:a|an|the)\s)[\w\-]+(?:\s+[\w\-]+)?)(?=,\s*or\s|\s+(?:to|until|then)\s)"
)
"""``..., towing and completed, or it is cancelled``, ``..., sewing and pressing to finished``:
the *and* that ends a list of states, before the flow goes on."""


def _last_and_apart(match: re.Match[str]) -> str:
    """``, in progress and done`` → ``, in progress, done``; never a last item longer than the
    one before it (``beginner, intermediate and advanced level`` is one step and its word)."""
    if len(words(match["after"])) > len(words(match["before"])):
        return match[0]
    return f"{match['before']}, {match['after']}"


_WE_ACT_ON_IT = re.compile(
    r"^(?:we|i)\s+(?P<verb>(?!(?:have|need|want|keep|get|see|use)\b)[a-z]+)\s+"
    r"(?:it|them|(?:the|a|an|their|its)\s+[a-z][\w\-]*)$"
)
"""``we submit the application``: an act of ours that opens the flow."""


_THOSE_END_UP = re.compile(
    r"^(?:and\s+)?(?:only\s+)?(?:(?:all|both|most)\s+(?:of\s+)?(?:them|those)\s+"
    r"|(?:the\s+)?(?:[a-z]+\s+ones|[a-z]+(?:ed|en)\s+[a-z]+s)\s+)"
    r"(?:then\s+|finally\s+|eventually\s+)?"
    r"(?:end\s+up|(?:end|finish)(?:\s+up)?\s+(?:at|as|in)|become|get|gets|go|are|is)"
    r"(?:\s+(?:marked\s+(?:as\s+)?)?(?=[a-z])|$)"
)
"""*approved loans end up*, *the ordered ones finish at*, *accepted ones are marked*, *all of
them end up*: the records in one state (or all of them), then where they end."""


_BACK_TO = re.compile(
    r"\s+(?:and\s+)?(?:then\s+)?back\s+(?:to|into)\s+[\w\-]+"
    r"(?:\s+(?:once|when|after|if)\s+[^,]*)?(?=\s*(?:,|$))"
)


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


def _unsuccessful(state: str) -> bool:
    return state in UNSUCCESSFUL or (verb_lemma(state) or "") in UNSUCCESSFUL


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
        simple = waits_until_done(simplify(_as_told_steps(sentence)))
        plain = outside_brackets(simple)
        before = _drawn(flows)
        for clause in clauses(plain):
            for part in _TAIL.split(clause):
                said_of_it = _SAID_OF_IT.match(part)
                if not said_of_it:
                    # "it goes open, then on site": the record before it, not a state's word
                    last_entity = _entity_in(_before_states(part), spec) or last_entity
                elif part.split()[0] != "they" and one_named is not None:
                    # "traders send a stall application ...; it goes from received to ...":
                    # *it* is the one application, not the traders
                    last_entity = one_named
                _sentence_flow(part, spec, flows, last_entity)
                if not said_of_it:
                    one_named = _one_named_after_many(part, spec, last_entity)
        if _drawn(flows) == before:
            # no reader above took the sentence: the states it tells of a record, if any
            _told_of_record(plain, spec, flows)
        # the flow the sentence told, or the one of the record it names (read with its field)
        changed = [f for f in flows.values() if f.key_drawn not in before]
        named = _flow_of(flows, _entity_in(plain, spec))
        _ends_in_brackets(simple, changed or ([named] if named else []))
        _paused_in(plain, changed or ([named] if named else []))
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


_SOME_GET = re.compile(
    r"^(?:(?:now\s+and\s+then|sometimes|occasionally|every\s+so\s+often|once\s+in\s+a\s+while)"
    r"\s+)?(?:one|some|a\s+few|it|they)\s+(?:gets?|is|are|ends?\s+up)\s+(?P<state>[a-z][\w\-]*)"
    r"(?:\s+(?:as\s+well|too))?$"
)


def _ends_in_brackets(sentence: str, drawn: list[FlowDraft]) -> None:
    """``..., and when it runs out it's expired (now and then one gets suspended as well)``:
    the end told in brackets is one more of the flow the sentence told, from any open state."""
    for aside in bracketed(sentence):
        some_get = _SOME_GET.match(aside.strip(" ."))
        name = state_name(some_get["state"]) if some_get else ""
        for draft in drawn[-1:]:
            if name and name not in draft.states and not _too_long(name):
                draft.extra.append((["*"], name))


_PAUSED = re.compile(
    r"\b(?:can|may|might|could)\s+(?:also\s+|sometimes\s+)?"
    r"(?:go|be\s+put|be\s+placed|get\s+put|be\s+kept)\s+"
    r"(?P<state>(?:on|in)\s+(?!(?:a|an|the|our|their|its|any|some|each|every)\b)[a-z]+)\b"
)
"""*..., and can go on hold while ...*, *it may be put on hold*: a state the record is put in
from any open one, and taken out of again."""


def _paused_in(sentence: str, drawn: list[FlowDraft]) -> None:
    """``requests move from logged to assigned to in progress to completed, and can go on hold
    while waiting for parts``: *on hold* is one more state of the flow the sentence told, from
    any open state and back to any step between the first and the last."""
    paused = _PAUSED.search(sentence)
    name = state_name(paused["state"]) if paused else ""
    for draft in drawn[-1:]:
        if name and name not in draft.states and len(draft.steps) >= 3:
            draft.extra.append((["*"], name))
            for step in draft.steps[1:-1]:
                draft.extra += [([name], state) for state in step]


def _told_of_record(sentence: str, spec: AppSpec, flows: dict[tuple[str, str], FlowDraft]) -> None:
    """``..., and the loan is out, returned or overdue, or marked lost if ...``: the states
    ``told_states`` finds said of one of ``spec``'s records (its flow when moves are told)."""
    told = told_states(sentence)
    named = _entity_in(told.record, spec) if told else None
    if told is None or named is None or _flow_of(flows, named) is not None:
        return
    steps = [[state_name(s) for s in step] for step in told.steps]
    if not all(all(step) for step in steps):
        return
    draft = FlowDraft(named, _state_field(spec, named), steps, written=told.moves_told)
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
    return clause


def _one_named_after_many(text: str, spec: AppSpec, first: str | None) -> str | None:
    """The record ``text`` names as one (*a stall application*) after opening with ``first``
    named as many (*traders send ...*), which *it* in the next clause must be."""
    if first is None:
        return None
    opening = first.replace("_", " ")
    if not re.match(rf"(?:(?:the|our|all)\s+)?{re.escape(plural(opening))}\b", text):
        return None
    singles = [
        e.name
        for e in spec.entities
        if e.name != first
        and re.search(rf"\b(?:a|an|one|the)\s+{re.escape(e.name.replace('_', ' '))}\b", text)
    ]
    return singles[-1] if len(singles) == 1 else None


def _entity_in(text: str, spec: AppSpec) -> str | None:
    found = find_entities(text, [e.name for e in spec.entities])
    return found[0] if found else None


def _state_field(spec: AppSpec, entity: str, said: str = "") -> str:
    """The field a record's flow moves: one it has, else the word the clause moves (*the
    batch's stage goes from eggs to fry*), else *status*."""
    found = spec.entity(entity)
    told = _FIELD_THAT_MOVES.search(said)
    if found is not None and told is not None and found.field(told["field"]) is not None:
        return told["field"]  # "... and an outcome that goes from pending to ...": the outcome
    if found is not None:
        for name in STATE_FIELD_NAMES:
            f = found.field(name)
            if f is not None and f.type in ("enum", "text"):
                return name
    moved = _MOVED_FIELD.search(said)
    if moved:
        return moved["field"] or moved["fields"]
    aspect = _ASPECT_MOVES.search(said)
    if (
        aspect
        and aspect["aspect"] not in STATE_FIELD_NAMES
        and spec.entity(aspect["aspect"]) is None
    ):
        return f"{aspect['aspect']}_status"  # "its artwork moves from ...": the artwork's status
    return "status"


_FIELD_THAT_MOVES = re.compile(
    r"\b(?:a|an|the|its|their|each|every)\s+(?P<field>[a-z]+)\s+(?:that|which)\s+(?:goes|moves|runs|passes)\s+from\s"
)
_MOVED_FIELD = re.compile(
    r"(?:'s|\bits|\btheir)\s+(?P<field>stage|state|phase)\s+(?:goes|go|moves|move|runs|run|passes|pass)\b"
    r"|\b(?:goes|go|moves|move|passes|pass|runs|run)\s+through\s+(?:the|its|their)\s+"
    r"(?P<fields>stage|phase)s\b"
)


_ASPECT_MOVES = re.compile(
    r"(?:'s|\bits|\btheir)\s+(?P<aspect>[a-z]+)\s+(?:goes|go|moves|move|runs|run|passes|pass|progresses)"
    r"\s+(?:from|through)\s"
)
"""``its artwork moves from ...``, ``an arrival's payment goes from ...``: the status of one
side of the record, named by it."""


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
        target = _owner_of_state_field(spec) or last
        _put(flows, target, _state_field(spec, target), read_flow_text(header.group("body")))
        return
    told_after = _STATES_AFTER_COLON.match(clause)
    if told_after and _steps_in_turn(told_after["body"]):
        named = _entity_in(told_after["head"], spec)
        if named:
            _put(flows, named, _state_field(spec, named), read_flow_text(told_after["body"]))
    moving = _FROM_TO.search(clause)
    if moving and words(clause[: moving.start()])[-1:] in _DETERMINER_ONLY:
        moving = None  # "books a move from one address to another": a noun, not the verb
    if moving and names_one_with_a_noun(words(clause[: moving.start()]), moving[0]):
        moving = None  # "a press run logs the copies ordered, ... to us": a noun, the record
    if moving and not names_states(moving.group("flow")):
        moving = None  # "runs from a check-in date to a check-out date": two fields
    if moving and _RUNS_SOMETHING.match(moving[0]) and not listed_flow(moving["flow"]):
        moving = None  # "our minibuses run feeder routes to collect ...": what is run, no flow
    if (
        moving
        and last
        and ("from" in clause or "->" in clause or listed_flow(moving.group("flow")))
    ):
        before = clause[: moving.start()]
        made = _WE_MAKE_ONE.search(before) if moving["acted"] else None
        # "we create a job at a property ..., and move it from scheduled to ...": the job
        subject: str = (made and _entity_in(made["np"], spec)) or _entity_in(before, spec) or last
        steps = read_flow_text(
            "from " + moving.group("flow")
            if "from" in clause[moving.start() :]
            else moving.group("flow")
        )
        if len(steps) >= 2 and not any(f.steps == steps for f in flows.values()):
            # "deals with a stage that moves from ...": already the stage's, read with the field
            _put(flows, subject, _state_field(spec, subject, clause), steps)
    starts = _STARTS_AS.match(clause)
    if starts and moving and moving.start() > starts.end("first"):
        # "a hire starts as a quote, becomes booked, then goes out for delivery, ...": the
        # flow told from its first state, not from the later *goes*
        moving = None
    if starts and not moving:
        named = _entity_in(starts.group("np"), spec) or last
        # "stay pending until we confirm them, then ...": the act that ends the first state
        # names the next one
        acted = _ACT_ON_IT.match(starts["until"] or "")
        lemma = verb_lemma(acted["verb"]) if acted else None
        confirmed = [[state_name(verb_form(lemma, "VBN"))]] if lemma else []
        steps = [
            [state_name(starts.group("first"))],
            *confirmed,
            *_told_steps(starts.group("rest")),
        ]
        if named and all(steps) and len(steps) >= 2:
            _put(flows, named, _state_field(spec, named), steps)
    passive = _PASSIVE_STEPS.match(clause)
    told_first = passive is not None and (moving is None or moving.start() > passive.end("first"))
    if passive and told_first and not starts and is_past_participle(passive.group("first")):
        named = _entity_in(passive.group("np"), spec)
        steps = [[state_name(passive.group("first"))], *_told_steps(passive.group("rest"))]
        # another record's written flow wins; the record's own shorter one gives way (_put)
        others = any(f.written for (entity, _), f in flows.items() if entity != named)
        if named and len(steps) >= 3 and all(steps) and not others:
            _put(flows, named, _state_field(spec, named), steps)
    as_list = _AS_LIST.search(clause)
    if as_list:
        listed = _entity_in(as_list.group("np"), spec) or last
        # "... as pending, then confirmed, and sometimes it ends up cancelled": one more end
        told = _SOME_END.sub(r", or \g<state>", as_list.group("opts"))
        options = [state_name(o) for o in split_options(told)]
        if listed and len(options) >= 2:
            _put(flows, listed, _state_field(spec, listed), [[o] for o in options])
    then = _THEN.match(clause)
    if then and not moving:
        named = _entity_in(then.group("np"), spec)
        steps = read_flow_text(_without_places(then.group("flow")))
        if named and len(steps) >= 2:
            _put(flows, named, _state_field(spec, named), steps)
    acts = _ACTS_ON_IT.match(clause)
    if acts and last:
        written = [f for f in flows.values() if f.written]
        flow = _flow_of(flows, last) or (written[0] if len(written) == 1 else None)
        if flow is not None and flow.written:
            verbs = re.findall(r"([a-z]+s)\s+(?:it|them)", acts.group("acts"))
            done = [verb_form(verb_lemma(v) or v, "VBN") for v in verbs]
            flow.steps.append([state_name(d) for d in done if d])
    sometimes = _SOMETIMES.match(clause)
    if sometimes and last:
        _end_from_anywhere(_flow_of(flows, last), state_name(sometimes.group("state")))
    can_be = _ONE_CAN_BE.match(clause)
    if can_be and not sometimes:
        named = _entity_in(can_be.group("np"), spec)
        flow = _flow_of(flows, named) if named else None
        said = can_be["np"].split()
        if flow and not (len(said) > 1 and state_name(said[0]) in flow.states):
            # not "approved requests can be cancelled": a later move, from the state named
            _end_from_anywhere(flow, state_name(can_be["state"]))
    ends = _SOMEONE_ENDS.match(clause)
    if ends and last and not sometimes:
        flow = _flow_of(flows, last)
        lemma = verb_lemma(ends.group("verb")) or ""
        name = state_name(verb_form(lemma, "VBN")) if lemma else ""
        if flow and name and name not in flow.states and _unsuccessful(name):
            after = state_name(ends.group("after") or "")
            flow.extra.append(
                ([after] if after in flow.states and ends.group("after") else ["*"], name)
            )
    needed = _NEEDED_TOO.search(clause)
    if needed and last:
        _end_from_anywhere(_flow_of(flows, last), state_name(needed.group("state")))
    otherwise = _OTHERWISE_MARKED.search(clause)
    if otherwise and last:
        flow = _flow_of(flows, last)
        name = state_name(otherwise.group("state"))
        if flow and name and name not in flow.states:
            flow.extra.append((["*"], name))
    any_state = _FROM_ANY.search(clause)
    if any_state and last:
        flow = _flow_of(flows, _entity_in(clause, spec) or last)
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
        named = _entity_in(later.group("np"), spec) or last
        flow = holding[0] if len(holding) == 1 else _flow_of(flows, named)
        if flow and source in flow.states and target:
            flow.extra.append(([source], target))


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


def _end_from_anywhere(flow: FlowDraft | None, name: str) -> None:
    """One more unsuccessful end (*cancelled*), reachable from every open state of ``flow``."""
    if flow and name and name not in flow.states and _unsuccessful(name):
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
    for target in [step[0] for step in _told_steps(rest) if len(step) == 1]:
        if target in flow.states:
            return
        flow.extra.append(([source], target))
        source = target


def listed_flow(text: str) -> bool:
    """``goes pending, approved, shipped, then delivered``, ``pass through received, in
    design, ...``: a flow told with no *from*, as a list of at least three short states."""
    if _things_listed(text):
        return False  # "logs the copies ordered, the copies delivered, ...": things kept
    steps = read_flow_text(text)
    short = all(len(words(state)) <= 3 for step in steps for state in step)
    return short and (len(steps) >= 3 or text.startswith("through ")) and names_states(text)


def _things_listed(text: str) -> bool:
    """Whether items of ``the date, the amount, then the reason`` are named with an article:
    things kept, where states are named bare (*received, then vetted*; one last *then the
    deposit's returned* is a state said of a thing)."""
    items = [words(item)[:1] for item in re.split(r",|->|\b(?:then|or|and)\b", text)]
    return sum(1 for first in items if first and first[0] in _THINGS) >= 2


_OR_IT_CAN_BE = re.compile(
    r"^or\s+(?:(?:it|they)\s+(?:can|may|might|could)\s+(?:also\s+)?(?:be|get)\s+)?"
    r"(?P<state>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)


def _told_steps(text: str) -> list[list[str]]:
    """The states of ``, then the customer confirms it, then we deliver it and finally it's
    paid``: an act on it names the state it leaves the record in (*confirmed*); *it's either
    completed or cancelled* is a step of two."""
    steps: list[list[str]] = []
    text = _UNLESS_ACTS.sub(_unless_acts, text)
    # "checked in when the car rolls through the gate, and if they never turn up ...": the
    # first step's condition ends at its comma, before the next end is read
    text = re.sub(
        r"\s+(?:when|whenever|once|as\s+soon\s+as)\s+(?:(?!\b(?:and|then)\b)[^,;])*(?=,)", "", text
    )
    text = _SOME_END.sub(r" or \g<state>", text)
    # "and approved ones are finally placed": the state is placed
    text = re.sub(
        r"\b(?:[a-z]+\s+ones|it|they)\s+(?:is|are)\s+(?=(?:then|finally|eventually)\s)", "", text
    )
    pieces = [
        _PLACE.sub("", _TOLD_MOVE.sub("", _CONDITION.sub("", sub.strip(" ,."))))
        for piece in _STEP_BREAK.split(text)
        for sub in re.split(r",\s*(?:and\s+)?", piece)
    ]
    for piece in pieces:
        piece = _THOSE_END_UP.sub("", _LEADING_TIME.sub("", piece.strip(" ,.")))
        if not piece:
            continue
        # "..., then worked, or it can be cancelled": an end instead of the last step
        instead = _OR_IT_CAN_BE.match(piece)
        if instead and steps and not _too_long(state_name(instead["state"])):
            steps[-1].append(state_name(instead["state"]))
            continue
        acted = _ACT_ON_IT.match(piece)
        being = _IT_IS.match(piece)
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
        if any(_too_long(n) for n in names):
            break  # the sentence has gone on to something else: the flow ended before
        steps.append([n for n in names if n])
    return steps


def _without_places(flow: str) -> str:
    """Each step of a flow without its trailing prepositional phrase."""
    pieces = re.split(r"(,?\s+(?:and\s+)?(?:then|finally|eventually|later)\s+)", flow)
    return "".join(_PLACE.sub("", piece) for piece in pieces)


def _owner_of_state_field(spec: AppSpec) -> str | None:
    for entity in spec.entities:
        if any(entity.field(name) is not None for name in STATE_FIELD_NAMES):
            return entity.name
    return None


def _flow_of(flows: dict[tuple[str, str], FlowDraft], entity: str | None) -> FlowDraft | None:
    return next((f for (e, _), f in flows.items() if e == entity), None)


def _put(
    flows: dict[tuple[str, str], FlowDraft], entity: str, field_name: str, steps: list[list[str]]
) -> None:
    if len(steps) < 2:
        return
    existing = flows.get((entity, field_name))
    if (
        existing is not None
        and existing.written
        and len(existing.states) >= len([s for st in steps for s in st])
    ):
        return
    flows[(entity, field_name)] = FlowDraft(entity, field_name, steps)


# --- building -------------------------------------------------------------------------------


def build_flow(draft: FlowDraft) -> StateFlow | None:
    """The StateFlow of a draft: the main line, unsuccessful ends from every open state,
    re-entries (*reopened*) back to their state, and the extra moves."""
    if not draft.written and not any(_unsuccessful(s) for s in draft.states[1:]):
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
            elif _unsuccessful(state) and known:
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
            t.name = f"to_{t.to}"
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
        Transition(name=f"to_{state}", from_=[s for s in states if s != state], to=state)
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
    return f"to_{state}"
