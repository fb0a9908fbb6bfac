"""A status flow told in one of its usual shapes, written the one way every reader knows.

Owners tell the same flow many ways: *an order goes from new to packed to shipped*, *an order
starts as new, then becomes packed, then shipped*, *an order goes new -> packed -> shipped*,
*an order is first new, then packed, and finally shipped*, *an order is new until packed, then
shipped*, *an order's status is new, packed or shipped, in that order*. The readers of fields, records and
states were written against the first, so `flow_twins` writes each twin as it before any of
them reads the sentence: *goes from new to packed to shipped*. The states, their order, a last
choice (*then accepted or declined*) and whatever follows the flow (*, or cancelled at any
point*) are kept as written.

Only a flow whose every state is a plain word or few is rewritten (no article first, no
pronoun, no verb of its own, no two states the same); anything doubtful stays as written.
Runs on lower-cased text (`normalize.normalize_text`), so it needs only the grammar words and the
dictionary's verb forms (`lemminflect`), never the designer's word helpers.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection

_GRAMMAR = (
    "a|an|the|one|our|their|its|my|his|her|your|each|every|some|any|all|another|"
    "we|i|it|they|you|he|she|who|which|that|"
    "is|are|be|being|been|was|were|gets?|becomes?|turns?|ends?|finish(?:es)?|goes|go|moves?|"
    "starts?|can|may|will|must|should|has|have|up|as|ending|"
    "and|or|then|finally|eventually|later|only|either|but|though|unless|until|when|if|once|"
    "after|before|to|from|into|through"
)
"""Words that are never a word of a state: articles, pronouns, verbs and the flow's joints."""
_WORD = rf"(?!(?:{_GRAMMAR})\b)[a-z][a-z'\-]*"
_INNER_WORD = rf"(?!(?:{_GRAMMAR.replace('the|', '')})\b)[a-z][a-z'\-]*"
_STATE = rf"{_WORD}(?:\s+{_INNER_WORD}){{0,3}}"
"""*shipped*, *ready for collection*, *in the workshop*: up to four words, the first no article."""
_LAST = rf"(?:either\s+)?{_STATE}(?:\s+or\s+{_STATE})?"
"""The last state may be a choice: *accepted or declined*."""
_ENDS = (
    r"(?=\s*(?:[.;:!?\n]|$)|,?\s+(?:and|or|but)\s+(?!(?:then|finally|eventually|only|on|to|at)\b)"
    r"|,?\s+(?:though|although|unless|until|when|if|once|since|because|while|whereas|which"
    r"|so|as|with|for|by|before|after|during)\b)"
)
"""What may follow a flow: the sentence's end, another clause or a side exit, never one more
step of it (*and only then to invoiced*) nor more words of its last state."""
_THEN = r"(?:then|finally|eventually|at\s+last)"
_BECOMES = r"(?:(?:becomes?|turns?|gets|is)\s+)?"
_STEP_TOLD = (
    rf"(?:,\s+(?:and\s+)?{_THEN}\s+{_BECOMES}|\s+(?:and\s+)?{_THEN}\s+{_BECOMES}"
    rf"|,?\s+(?:and\s+)?(?:becomes?|turns?|(?:changes|moves|goes)\s+(?:on\s+)?to)\s+|,\s+(?:and\s+)?"
    r"|\s+and\s+)"
)
"""Between two states told one after another: *, then becomes*, *and finally*, *, becomes*,
*and becomes*, *, changes to*."""
_STARTS_AS = re.compile(
    rf"\b(?P<verb>starts|start|begins|begin)\s+(?:(?:out|off)\s+)?(?:life\s+)?as\s+"
    rf"(?P<flow>{_STATE}(?:{_STEP_TOLD}{_STATE})*{_STEP_TOLD}{_LAST}){_ENDS}"
)
"""*starts as new, then becomes packed, then shipped*, *starts life as a draft, then gets
published*."""
_LIFE_AS = re.compile(r"\b(?P<verb>starts|start|begins|begin)\s+(?:out\s+)?life\s+as\b")
_SITS_AS_UNTIL = re.compile(
    r"\b(?P<verb>sits|sit|stays|stay|waits|wait)\s+as\s+(?P<state>(?:an?\s+)?[a-z][\w\-]*)\s+"
    r"until\s+[^,;:.!?()\n]+,\s+(?=(?:and\s+)?then\s)"
)
"""*new blocks sit as a draft until the parent signs up, then become active*: the first state,
then the next (*starts as a draft, then ...*); what ends the first is no state."""
_FIRST_THEN = re.compile(
    # not a step of a flow told before (*starts as quoted, gets confirmed, is loaded, then ...*)
    rf"(?<![,;]\s)\b(?P<verb>is|are)\s+(?P<first>first\s+)?"
    rf"(?P<flow>{_STATE}(?:{_STEP_TOLD}{_STATE})*{_STEP_TOLD}{_LAST}){_ENDS}"
)
"""*is first new, then packed, and finally shipped*, *is new, then packed, then shipped*."""
_UNTIL_THEN = re.compile(
    rf"\b(?P<verb>is|are|stays|stay|remains|remain)\s+"
    rf"(?P<flow>{_STATE}\s+until\s+[a-z]+(?:{_STEP_TOLD}{_STATE})*(?:{_STEP_TOLD}{_LAST})?){_ENDS}"
)
"""*is new until packed, then shipped*: the state a record is in until the next, told as what
is done to it (with a third, so *the room is free until booked* stays)."""
_IN_THAT_ORDER = re.compile(
    rf"\b(?P<verb>is|are)\s+(?P<flow>{_STATE}(?:,\s+{_STATE})*,?\s+(?:or|and|then)\s+{_STATE})"
    r",?\s+in\s+that\s+order\b"
)
"""*is new, packed or shipped, in that order*: the states, named in the order they come."""
_ARROWS = re.compile(
    rf"\b(?P<verb>goes|go|moves|move)\s+(?P<flow>{_STATE}(?:\s+->\s+{_STATE})*\s+->\s+{_LAST}){_ENDS}"
)
"""*goes new -> packed -> shipped* (arrows are written ``->`` by then)."""
_STEP_VERB = r"(?:is|are|gets?|becomes?|sits?|stays?|waits?|remains?)"
_VERB_STEP = rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?:{_THEN}\s+)?{_STEP_VERB}\s+(?:{_THEN}\s+)?"
"""Between two states each told with its verb: *, gets*, *, and is then*, *and then becomes*."""
_VERBED_STEPS = re.compile(
    # not a step of a flow told before (*starts as quoted, gets confirmed, is baked, ...*)
    rf"(?<![,;]\s)(?<!\band\s)\b(?P<verb>sits|sit|stays|stay|waits|wait|remains|remain|is|are|gets|get)\s+"
    rf"(?P<flow>{_STATE}(?:{_VERB_STEP}{_STATE})*{_VERB_STEP}{_LAST}){_ENDS}"
)
"""*sits waiting, gets offered, and is then accepted or declined*: each step told with a verb
of its own, the order with a *then*."""
_SINGULAR = frozenset(
    ["starts", "begins", "is", "goes", "moves", "stays", "remains", "sits", "waits", "gets"]
)
_BARE_COMMA = re.compile(r",\s+")
_BARE_AND = re.compile(r"\s+and\s+")
_ACT_TO = re.compile(r"\b(?:ready|passed|referred|handed|transferred|forwarded|returned)\s+to\b")
"""*ready to collect*, *passed to police*: one state told with *to*, or two; not certain."""
_ACT_INSTEAD = re.compile(r"\s+or\s+(?=[a-z]+s\s+(?:it|them)\b)")
"""*... approves or refuses it*: the flow's last word is the first of two acts."""
_TOLD_LATER = re.compile(rf"\b{_THEN}\b")
_MORE_STEPS = re.compile(
    r"[^.;:!?\n]*?\b(?:then|and)\s+(?:on\s+)?to\s"
    r"|\s+(?:when|once|after|before)\b[^.;:!?\n]*?\band\b"
)
"""*..., entered once the fee is paid and then to sat*, *..., becomes arrived when the shipment
lands and collected once picked up*: the flow goes on after a condition."""


def _acts(said: str) -> bool:
    """Whether a word of ``said`` can only be a verb of the present, *approves*: one who acts
    is told, not a state (*parts*, *results* are nouns too)."""
    for word in said.split():
        lemmas = getAllLemmas(word)
        if set(lemmas) == {"VERB"} and word.endswith("s") and word not in lemmas["VERB"]:
            return True
    return False


_THOSE_ONES = re.compile(
    r",?\s+and\s+(?:the\s+)?(?P<state>[a-z]+)\s+ones\s+(?:get|are|end\s+up|finish)\b"
)
"""*..., and the accepted ones get booked*: one more step, from one end of a choice."""


def _told_in_order(match: re.Match[str], steps: list[str], states: list[str]) -> bool:
    """Whether *is A, then B* tells its states in order: a *then* after *first*, else after
    every state of three or more (*the first lesson is free, then paid* may be two lessons), or
    of two when those in one end go on (*is sent, then accepted or declined, and the accepted
    ones get booked*)."""
    later = [_TOLD_LATER.search(said) is not None for said in steps]
    if match["first"]:
        return any(later)
    those = _THOSE_ONES.match(match.string, match.end())
    going_on = those is not None and those["state"] in states[-1].split(" or ")
    return all(later) and (len(steps) >= 2 or going_on)


def _done(said: str, *, irregular: bool = True) -> bool:
    """Whether ``said`` is a past participle (*packed*, *written*, *paid*), one word; with
    ``irregular`` false, only one ending in *-ed* or *-en* (*packed*, *written*, not *paid*)."""
    verbs = getAllLemmas(said).get("VERB", ())
    return (
        " " not in said
        and bool(verbs)
        and said not in verbs
        and (
            said.endswith(("ed", "en"))
            or (irregular and any(said in getInflection(verb, "VBN") for verb in verbs))
        )
    )


def _done_in_order(states: list[str], steps: list[str]) -> bool:
    """Whether *sits waiting, gets offered, and is then accepted or declined* tells a flow: three
    states or more, a *then* between two, and each state after the first done to the record."""
    later = [choice for state in states[1:] for choice in state.split(" or ")]
    return (
        len(states) >= 3
        and any(_TOLD_LATER.search(said) for said in steps)
        and all(_done(choice) for choice in later)
    )


def _goes_from(match: re.Match[str], step: re.Pattern[str]) -> str:
    """The flow a match tells, as *goes from A to B to C*; the match itself where not certain."""
    flow = match["flow"]
    states = [state.strip() for state in step.split(flow)]
    steps = step.findall(flow)
    certain = (
        len(set(states)) == len(states)
        and not any(state.startswith("either ") for state in states[:-1])
        and not _ACT_TO.search(flow)
        and not _MORE_STEPS.match(match.string, match.end())
        # *then warning issued, prosecution or no further action*: one choice of three, not
        # a step and a choice of two
        and not (" or " in states[-1] and _BARE_COMMA.fullmatch(steps[-1]))
        # *starts as requested and reception then approves it*: a bare *and* joins only the
        # last state to a list
        and not any(_BARE_AND.fullmatch(said) for said in steps[:-1])
        # *starts as requested, then reception approves or refuses it*: an act, not a state
        and not any(_acts(state) for state in states)
        and not _ACT_INSTEAD.match(match.string, match.end())
        # *is first come, first served*: *is first* tells a flow only with a *then*, and *is*
        # alone only with a *then* at every step (*is red, then blue*; not *is red, blue*)
        and (match.re is not _FIRST_THEN or _told_in_order(match, steps, states))
        # *is free until booked*: what ends the first state is done to the record; *until paid*
        # names what ends it, no state (*is pending until paid, then packed*: pending, packed)
        and (
            match.re is not _UNTIL_THEN or (_done(states[1], irregular=False) and len(states) >= 3)
        )
        # *is booked, gets paid*: two things said of it; a flow has three states or more, a
        # *then*, and every later state done to the record (*offered*, *accepted or declined*)
        and (match.re is not _VERBED_STEPS or _done_in_order(states, steps))
    )
    if not certain:
        return match[0]
    goes = "goes" if match["verb"] in _SINGULAR else "go"
    return f"{goes} from {' to '.join(states)}"


_STEP_SPLIT = re.compile(_STEP_TOLD)
_VERB_SPLIT = re.compile(_VERB_STEP)
_ARROW_SPLIT = re.compile(r"\s+->\s+")
_UNTIL_SPLIT = re.compile(rf"\s+until\s+|{_STEP_TOLD}")
_LISTED_SPLIT = re.compile(r",?\s+(?:or|and|then)\s+|,\s+")


_OR_ELSE = re.compile(
    r"(?P<flow>\b(?:goes|go|moves|move|starts|start)\s+(?:from|as)\s[^.;:!?\n]*?,\s+or)\s+else\s+"
    r"(?=[a-z])"
)
"""*goes from offered to accepted, or else declined*: a side exit said with *else*."""


_THEN_ONE_ACTS = re.compile(
    rf"(?P<first>\b(?:starts|start|begins|begin)\s+(?:(?:out|off)\s+)?as\s+{_STATE})"
    r"(?:,?\s+and\s+(?P<who>(?:the\s+|our\s+)?[a-z][\w\-]*)\s+then"
    r"|,\s+(?P<bare_who>(?:the\s+|our\s+|an?\s+)?[a-z][\w\-]*))\s+(?P<acts>[a-z]+s)"
    r"(?=(?:\s+or\s+[a-z]+s)?\s+(?:it|them)\b)"
)
"""*starts as requested and reception then approves or refuses it*, *start as requested, the
office confirms them, ...*: the next step is someone's act, as in *starts as requested, then
reception approves or refuses it*."""


def _then_one_acts(match: re.Match[str]) -> str:
    """*..., then reception approves it*, where the one who acts is no grammar word and the
    act can be a verb (*grants* is a noun too, but not before *it*)."""
    acts = match["acts"]
    who = match["who"] or match["bare_who"]
    verbs = getAllLemmas(acts).get("VERB", ())
    if re.fullmatch(_WORD, who.split()[-1]) is None or not verbs or acts in verbs:
        return match[0]
    return f"{match['first']}, then {who} {acts}"


_EITHER_IF = re.compile(
    rf"(?P<either>\b(?:then|to)\s+either\s+(?:to\s+)?{_STATE}?)"
    r"\s+(?:if|when|once|unless|where)\s+[^,;:.!?\n]*?(?=\s+or\s+(?:to\s+)?[a-z])"
)
"""*then either to ordered if we raise a works order or to no action*: the condition one branch
of a choice needs is no state of it, and would hide the other branch from the readers."""


_TAKES_IT_FROM = re.compile(
    r"\b(?:(?:the|a|an|our|each)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?|we|they|he|she"
    r"|[a-z][\w\-]*,\s+(?:our|the|their)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,)\s+(?:then\s+)?"
    r"(?:takes|take|moves|move|brings|bring|pushes|push)\s+"
    r"(?P<what>it|them|(?:each|every|the|a|an)\s+[a-z][\w\-]*)\s+from\s+"
    r"(?=(?!(?:the|a|an|our|their|its|his|her|one)\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s+to\s)"
)
"""*the safety officer takes it from submitted to under investigation and then to closed*, *dan,
our technician, takes the fault from ...*: who moves it aside, the steps are its own (not *we move the piano from the van to the hall*)."""


_SECOND_STEP_WITHOUT_THEN = re.compile(
    r"\b(?P<start>(?:starts|start|begins|begin)\s+(?:as\s+)?[a-z][\w\-]*,\s+)(?!then\b)"
    r"(?=(?:gets?|is|are|becomes?|goes|go|moves?)\s[^,.;:!?\n]*,\s+(?:and\s+)?then\s)"
)
"""*faults start open, get passed to maintenance, then are marked fixed*: the *then* of the
third step orders the second too."""


_THEN_MOVES_FROM = re.compile(
    r"\b(?P<record>(?:the|a|an|each|every)\s+[a-z][\w\-]*)\s+then\s+"
    r"(?=(?:moves|goes|passes|progresses|runs)\s+from\s)"
)
"""*..., and the callout then moves from logged to en route*: the callout's flow; the *then*
orders it after the clause before, no word of the record's name."""


_THEN_ONCE_WE_MARK_IT = re.compile(
    r"(?P<flow>\b(?:goes|go|moves|move)\s+from\s[^;:.!?\n]*?),?\s+and\s+then\s+"
    r"(?:once|when|after)\s+[^,;:.!?\n]+?,?\s+(?:we|i|they)\s+(?:mark|set|flag)\s+it\s+"
    r"(?:as\s+)?(?P<state>[a-z][\w\-]*)(?=\s*(?:[.;!?\n]|$))"
)
"""*goes from draft to proposed to agreed, and then once the letters have gone out we mark it
notified*: one more step, after the rest."""


_WE_MARK_IT_THEN = re.compile(
    r"\b(?:we|i)(?:'d|'ll|\s+would|\s+will)?\s+(?:then\s+)?(?:mark|set|flag)\s+(?P<it>it|them)\s+(?:as\s+)?"
    rf"(?={_STATE},\s+(?:and\s+)?then\s)"
)
"""*and we would mark it received, then checked, then paid*: the steps it is in, one after
another (*it is received, then checked, then paid*)."""


_AND_MAY_LATER_BE = re.compile(
    r"(?P<steps>\b(?:starts|begins)\s+(?:out\s+)?(?:as\s+)?[a-z][\w\-]*,[^;:.!?\n]*?),\s+and\s+"
    r"(?:may|can|might|could)\s+(?:later|then|afterwards|eventually)\s+be\s+(?=[a-z])"
)
"""*it starts out proposed, gets confirmed, and may later be swapped or dropped*: the last
step, told as what may come later (*..., and is then swapped or dropped*)."""


_STAYS_UNTIL_EITHER = re.compile(
    r"\b(?:stays|remains|stay|remain)\s+(?P<first>[a-z][\w\-]*)\s+until\s+"
    r"(?:(?:the|a|an|our|their)\s+[a-z][\w\-]*\s+|they\s+|we\s+|someone\s+|he\s+|she\s+)?either\s+"
    r"(?P<one>[a-z]+s)\b[^,;:.!?\n]*?\s+or\s+(?P<other>[a-z]+s)(?:\s+(?:it|them|one))?"
    r"(?=\s*(?:[,.;:!?\n]|$))"
)
"""*it stays active until the family either buys the instrument or returns it*: from active to
bought or returned, the states the two acts leave it in."""


def _done_state(verb: str) -> str | None:
    lemmas = getAllLemmas(verb).get("VERB", ())
    done = getInflection(lemmas[0], "VBN") if lemmas else ()
    return done[0] if done else None


def _stays_until_either(match: re.Match[str]) -> str:
    one, other = _done_state(match["one"]), _done_state(match["other"])
    if one is None or other is None or one == other:
        return match[0]
    return f"goes from {match['first']} to {one} or {other}"


def flow_as_goes_from(text: str) -> str:
    """*an order starts as new, then becomes packed, then shipped*, *an order goes new ->
    packed -> shipped*, *an order is first new, then packed, and finally shipped* → *an order
    goes from new to packed to shipped*; a side exit's *or else* is its *or*, and *starts as
    requested and reception then approves it* is *..., then reception approves it*; *either
    A if ... or B* is *either A or B*."""
    said = _LIFE_AS.sub(r"\g<verb> as", text)  # "starts life as a draft": starts as one
    said = _STAYS_UNTIL_EITHER.sub(_stays_until_either, said)
    said = _SITS_AS_UNTIL.sub(
        lambda m: f"{'starts' if m['verb'].endswith('s') else 'start'} as {m['state']}, ", said
    )
    said = _WE_MARK_IT_THEN.sub(lambda m: "it is " if m["it"] == "it" else "they are ", said)
    said = _AND_MAY_LATER_BE.sub(r"\g<steps>, and is then ", said)
    said = _SECOND_STEP_WITHOUT_THEN.sub(r"\g<start>then ", said)
    said = _THEN_MOVES_FROM.sub(r"\g<record> ", said)
    said = _THEN_ONCE_WE_MARK_IT.sub(r"\g<flow> to \g<state>", said)
    said = _TAKES_IT_FROM.sub(r"\g<what> goes from ", said)
    said = _THEN_ONE_ACTS.sub(_then_one_acts, _OR_ELSE.sub(r"\g<flow> ", said))
    said = _EITHER_IF.sub(r"\g<either>", said)
    said = _STARTS_AS.sub(lambda match: _goes_from(match, _STEP_SPLIT), said)
    said = _FIRST_THEN.sub(lambda match: _goes_from(match, _STEP_SPLIT), said)
    said = _VERBED_STEPS.sub(lambda match: _goes_from(match, _VERB_SPLIT), said)
    said = _UNTIL_THEN.sub(lambda match: _goes_from(match, _UNTIL_SPLIT), said)
    said = _IN_THAT_ORDER.sub(lambda match: _goes_from(match, _LISTED_SPLIT), said)
    return _ARROWS.sub(lambda match: _goes_from(match, _ARROW_SPLIT), said)


_STARTS_AT_MOVES_UP = re.compile(
    r"\bstarts\s+at\s+(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+(?:if|when|while|unless)\s+[^,;]+)?,\s+(?:then\s+)?(?P<next>moves\s+(?:up\s+|on\s+|down\s+)?to|becomes)\s+"
)
_FLOW_BEFORE = re.compile(r"\b(?:starts|begins)\s+(?:out\s+)?(?:as|at)\s|\bgoes\s+from\s")
_CAN_LATER_BE = re.compile(
    r"(?<=,\s)(?P<and>and\s+)?(?:it\s+)?can\s+(?:later|then|afterwards)\s+be\s+(?=[a-z]+\s+or\s+[a-z]+\s*(?:[.!?;]|$))"
)

_CAN_BE_ON_THE_WAY = re.compile(
    r"(?<=,\s)(?P<and>and\s+)?(?:it\s+)?(?:can|may)\s+(?:also\s+)?be\s+"
    r"(?=[a-z][\w\-]*(?:\s+(?:if|when|once|while|unless)\s|\s*,|\s+and\s))"
)
"""*starts at applied, becomes active, can be paused if ... and ends up closed*: a step on the
way, told as what it can be."""

_FROM_THEN_ON = re.compile(
    r"\b(?:from\s+then\s+on|after\s+that|from\s+there),?\s+(?=(?:the|each|every|our)\s+[a-z][\w\-]*\s+"
    r"(?:goes|moves|runs|passes|progresses)\s+from\s)"
)


def starts_at_moves_up(sentence: str) -> str:
    """``its status starts at second option if someone is ahead of them, moves up to first
    option, and ends as confirmed or released``: *starts as second option, then first option,
    ...*; when it starts there is no state. ``..., and from then on the parcel goes from
    awaiting arrival to ...``: *..., and the parcel goes from ...*. ``starts at pending, becomes
    active, and can later be paused or cancelled``: *starts as pending, becomes active, and
    then paused or cancelled*; ``..., can be paused if ...``: *..., then paused if ...*."""
    sentence = _FROM_THEN_ON.sub("", sentence)
    sentence = _STARTS_AT_MOVES_UP.sub(
        lambda match: (
            f"starts as {match['first']}, "
            + ("becomes " if match["next"] == "becomes" else "then ")
        ),
        sentence,
    )

    def then(match: re.Match[str]) -> str:
        said = re.split(r"[.!?;]\s", sentence[: match.start()])[-1]  # this sentence only
        if _FLOW_BEFORE.search(said) is None:
            return match[0]
        return f"{match['and'] or ''}then "

    return _CAN_BE_ON_THE_WAY.sub(then, _CAN_LATER_BE.sub(then, sentence))
