"""How owners tell the steps a record goes through, written as the flows the readers know.

*the duty organiser offers it, the volunteer accepts or declines, and accepted duties are marked
worked afterwards* is a flow told as acts (steps ended by someone's act, *sits as pending until a
parent signs or refuses it*, are `steps_as_acts`); *bookings start as an enquiry, become deposit
paid, turn active while we're visiting and end up finished*, *an item starts in service, is moved
to quarantined ...* and *starts as requested before being approved or declined* are flows told as
what the record does; *and on the night is marked dined*, *sometimes waiting for parts*, *now and
then gets cancelled*, *confirmed on the day*, *which, honestly, is most of them* and *and end with
award issued* say when or how often a step comes, no state of its own; *mark it as taught, pupil
absent or cancelled by school* is a status with those values; *for a tour i'd put the name, ...,
and i also want a status for the list: draft while i'm still juggling, then sent, then confirmed*
is the tour's status, and what goes on *while* a step lasts is no state. `simplify` runs them in
its order, among the other rewrites; how a record *ends with* one of several results is
`ends_with_a_choice`.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import (
    done_form,
    is_past_participle,
    is_plural,
    singular,
)

_FLOW_SAID = re.compile(
    r"\b(?:go|goes|move|moves|progress|progresses|run|runs|pass|passes)\s+from\s"
)
"""Where a flow is told (*goes from*, *jobs progress from*): what follows are its steps."""


_WHEN_MARKED = re.compile(
    r"(?<=,\s)(?P<and>and\s+(?:then\s+)?)?(?:on|at|after|by|during)\s+the\s+"
    r"(?:night|day|end|event|evening|morning|session|trip|visit)\s+"
    r"(?=(?:is|gets|are|get)\s+(?:marked|set|recorded|logged)\s)"
)


def when_marked(sentence: str) -> str:
    """``a booking starts as an enquiry, becomes confirmed, and on the night is marked dined or
    no-show``: *..., and is marked dined or no-show*; when the step happens is no state."""
    return _WHEN_MARKED.sub(lambda match: match["and"] or "", sentence)


_ACTS_IN_TURN = re.compile(
    r"(?P<lead>^|[:;]\s+)(?P<acts>the\s+[^,;:]+?\s+(?:it|them)(?:,\s+(?:and\s+)?(?:then\s+)?the\s+[^,;:]+?)+)"
    r",\s+and\s+(?:then\s+)?(?P<done>[a-z]+ed)\s+(?P<records>[a-z][\w\-]*s)\s+are\s+(?:then\s+)?"
    r"marked\s+(?P<last>[a-z][\w\-]*)(?:\s+(?:afterwards|later|after\s+the\s+day|on\s+the\s+day))?"
    r"(?P<end>\s*[.!]?)$"
)
_ONE_ACTS = re.compile(
    r"^(?:and\s+)?(?:then\s+)?the\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*\s+(?P<verb>[a-z]+s)"
    r"(?:\s+(?:it|them))?(?:\s+or\s+(?P<other>[a-z]+s)(?:\s+(?:it|them))?)?$"
)


def acts_in_turn(sentence: str) -> str:
    """``...: the duty organiser offers it, the volunteer accepts or declines, and accepted
    duties are marked worked afterwards``: *...; each duty goes from offered to accepted or
    declined to worked*; each one's act leaves the record in the state it names."""
    match = _ACTS_IN_TURN.search(sentence)
    if match is None:
        return sentence
    steps: list[str] = []
    for said in re.split(r",\s+", match["acts"]):
        act = _ONE_ACTS.match(said)
        if act is None:
            return sentence
        done = [done_form(verb) for verb in (act["verb"], act["other"]) if verb]
        if None in done:
            return sentence
        steps.append(" or ".join(d for d in done if d))
    if not any(match["done"] in step.split() for step in steps):
        return sentence  # "accepted duties": the marking follows one of the acts told
    record = singular(match["records"])
    flow = f"each {record} goes from {' to '.join([*steps, match['last']])}"
    return f"{sentence[: match.start()]}{match['lead'] and '; '}{flow}{match['end']}"


_NOW_AND_THEN = re.compile(
    r"(?:(?<=,\s)|(?<=\bto\s)|(?<=\bor\s))(?:sometimes|occasionally|maybe|possibly|perhaps)\s+"
)


def steps_without_sometimes(sentence: str) -> str:
    """``a status that goes from not started to in progress, sometimes waiting for parts, and
    then done``: *..., waiting for parts, and then done*; how often a step comes is no part
    of the state's name."""
    flow = _FLOW_SAID.search(sentence)
    if flow is None:
        return sentence
    return sentence[: flow.end()] + _NOW_AND_THEN.sub("", sentence[flow.end() :])


_PUT_ON_HOLD_NOW_AND_AGAIN = re.compile(
    r",?\s+or\s+(?:(?:now\s+)?and\s+(?:then|again)\s+|sometimes\s+|occasionally\s+)?(?:it|they)\s+"
    r"(?:gets|get|is|are)\s+put\s+on\s+hold\b"
)
"""*..., and then collected, or now and again it gets put on hold if ...*: a pause from any
open step, as *it can be put on hold* says it."""
_NOW_AND_THEN_DONE = re.compile(
    r"\b(?:now\s+and\s+then|now\s+and\s+again|every\s+so\s+often|once\s+in\s+a\s+while|sometimes|occasionally)\s+"
    r"(?=(?:gets|is|goes|becomes|ends\s+up)\s+[a-z])"
)


_THOUGH_NOW_AND_THEN_ONE_IS = re.compile(
    r",?\s+(?:though|but|although)\s+(?:now\s+and\s+then|every\s+so\s+often|sometimes|"
    r"occasionally|once\s+in\s+a\s+while)\s+(?:one|some|a\s+few|it|they)\s+(?:is|are|gets|get)\s+"
    r"(?P<state>[a-z]+)(?=\s*(?:[,;.]|$))"
)


def done_without_now_and_then(sentence: str) -> str:
    """``it starts off provisional, gets confirmed, and now and then gets cancelled``: *...,
    and gets cancelled*; how often a step comes is no state of its own. So ``..., and ends up
    received, though now and then one is disputed``: *..., or disputed*, one more end."""
    sentence = _THOUGH_NOW_AND_THEN_ONE_IS.sub(
        lambda m: f", or {m['state']}" if is_past_participle(m["state"]) else m[0], sentence
    )
    sentence = _PUT_ON_HOLD_NOW_AND_AGAIN.sub(", and it can be put on hold", sentence)
    return _NOW_AND_THEN_DONE.sub("", sentence)


_STARTS_BEFORE = re.compile(
    r"\b(?:starts|begins)\s+(?:off\s+|out\s+)?as\s+(?P<first>[a-z][\w\-]*)\s+before\s+"
    r"(?:being\s+|it\s+is\s+|it\s+gets\s+|getting\s+)?(?P<next>[a-z]+ed)"
    r"(?:\s+or\s+(?P<other>[a-z]+ed))?\b"
)


def starts_before_done(sentence: str) -> str:
    """``it starts as requested before being approved or declined``: *it goes from requested
    to approved or declined*; the steps after *before* are where it goes."""

    def steps(match: re.Match[str]) -> str:
        others = f" or {match['other']}" if match["other"] else ""
        return f"goes from {match['first']} to {match['next']}{others}"

    return _STARTS_BEFORE.sub(steps, sentence)


_MARK_IT_AS = re.compile(
    r",?\s+and\s+(?:then\s+|later\s+|afterwards\s+)?(?:(?:i|we)\s+)?mark\s+(?:it|them|each\s+one)\s+as\s+"
    r"(?P<options>[^;:()]+?\s+or\s+[^;:()]+?)(?=\s*(?:[.;]|$))"
)


def mark_it_as_one_of(sentence: str) -> str:
    """``for each lesson i log the date and start time, and mark it as taught, pupil absent or
    cancelled by school``: *..., and a status (taught, pupil absent or cancelled by school)*;
    what each one is marked as is its status, one of those."""
    return _MARK_IT_AS.sub(r", and a status (\g<options>)", sentence)


_THEY_START_AS = re.compile(
    r"^(?:(?P<things>[a-z][\w\-]*s)\s+start|(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*)\s+starts)"
    r"\s+(?:off\s+|out\s+)?(?:as|(?P<in>in))\s+(?:an?\s+)?(?P<steps>.+?)"
    r"(?:,?\s+(?:though|but|although)\s+(?:they|it)\s+can\s+(?:also\s+)?be\s+(?P<other>[a-z]+ed)\b.*?)?"
    # "..., and only the technical manager may retire kit": a clause of its own
    r"(?P<tail>,\s+(?:and|but)\s+(?:only|the|we|i|our|my)\s.*?)?\s*(?P<stop>[.!]?)$"
)
_TOLD_STEP = re.compile(
    r"^(?:and\s+)?(?:then\s+)?(?:becomes?|turns?|go|goes|moves?|gets?|ends?\s+up|are\s+marked|"
    r"is\s+marked|is\s+moved|are\s+moved|comes?\s+back)\s+"
    r"(?:as\s+|to\s+|into\s+)?(?P<state>[a-z][\w\-]*(?:\s+(?!while\b|when\b|once\b)[a-z][\w\-]*)?)"
    r"(?:\s+(?:while|when|once|after|until)\s+.*)?$"
)

_GAPPED_STEP = re.compile(
    r"^(?:and\s+)?(?:then\s+)?(?P<state>[a-z][\w\-]*)(?:\s+(?:while|when|once|after|until)\s+.*)?$"
)
"""``..., turn confirmed, then installed, and completed``: the step's verb said once before."""


def they_start_as(sentence: str) -> str:
    """``bookings start as an enquiry, become deposit paid, turn active while we're visiting
    and end up finished, though they can be refunded before they go active``: *each booking
    goes from enquiry to deposit paid to active to finished, or it ends up refunded*; each step
    the word it ends on, and what can happen along the way one more end."""
    match = _THEY_START_AS.match(sentence)
    if match is None or (match["things"] and not is_plural(match["things"])):
        return sentence
    first, *rest = re.split(r",\s+|\s+(?=and\s)", match["steps"])
    states = [f"in {first}" if match["in"] else first]  # "starts in service": in service
    for step in rest:
        told = _TOLD_STEP.match(step.strip()) or _GAPPED_STEP.match(step.strip())
        if told is None or (told.re is _GAPPED_STEP and not is_past_participle(told["state"])):
            return sentence
        if told.re is _GAPPED_STEP and len(states) < 2:
            return sentence  # the verb a step leaves out is one an earlier step said
        states.append(told["state"])
    if len(states) < 2 or len(first.split()) > 2:
        return sentence
    record = singular(match["things"]) if match["things"] else match["one"]
    flow = f"each {record} goes from {' to '.join(states)}"
    ends = f", or it ends up {match['other']}" if match["other"] else ""
    return f"{flow}{ends}{match['tail'] or ''}{match['stop']}"


_ENDS_WITH_STEP = re.compile(
    r",?\s+and\s+(?:then\s+|finally\s+)?(?:end|ends)\s+(?:with|at|in|up\s+as|up)\s+"
)


def ends_with_a_step(sentence: str) -> str:
    """``jobs progress from notice served to awaiting response, then to consent given or
    dispute, and end with award issued``: *..., then award issued*; the last step, not a state
    named *ending with award issued*."""
    flow = _FLOW_SAID.search(sentence)
    if flow is None:
        return sentence
    return sentence[: flow.end()] + _ENDS_WITH_STEP.sub(", then ", sentence[flow.end() :])


_MOST_OF_THEM_ASIDE = re.compile(
    r",\s+which,?\s+(?:honestly,?\s+|to\s+be\s+fair,?\s+)?is\s+(?:most|all|half|some|a\s+lot)\s+of\s+them\b"
)
_ON_THE_DAY_DONE = re.compile(
    r"(?:(?<=ed)|(?<=ed\sin)|(?<=ed\sout)|(?<=ed\sup)|(?<=ed\soff))\s+(?:on|at)\s+the\s+"
    r"(?:day|night|door)\b"
)


def step_without_when_or_how_often(sentence: str) -> str:
    """``it starts off planned and then gets confirmed on the day or cancelled if the weather's
    bad, which, honestly, is most of them``: *... gets confirmed or cancelled ...*; when a step
    comes and how many it comes to are no states (*then moved in on the day*: *moved in*)."""
    return _ON_THE_DAY_DONE.sub("", _MOST_OF_THEM_ASIDE.sub("", sentence))


_STEPPING_FROM = re.compile(
    r"\b(?:a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+with\s+[^;]+?"
    r"(?P<told>,\s+(?:stepping|moving|going|progressing|passing)\s+from\s)"
)
_STEPS_FROM = re.compile(r"\b(?P<verb>steps|step)\s+(?=from\s)")


def stepping_from(sentence: str) -> str:
    """``we open an arrears case with the amount owed, stepping from first reminder to ...``:
    *we open an arrears case with the amount owed; each arrears case goes from first reminder
    to ...*; a record's steps told as it is opened, after its list (and *steps from* is *goes
    from*)."""
    sentence = _STEPPING_FROM.sub(
        lambda m: f"{m[0][: m.start('told') - m.start()]}; each {m['record']} goes from ",
        sentence,
    )
    return _STEPS_FROM.sub(lambda m: "goes " if m["verb"] == "steps" else "go ", sentence)


_OF_COURSE_SOME = re.compile(
    r"(?P<lead>,\s+(?:and\s+|but\s+)?)(?:of\s+course|naturally|obviously|inevitably|unfortunately)"
    r"\s*,?\s+(?=(?:some|a\s+few|they|it)\s+(?:get|gets|are|is|end\s+up)\s+[a-z]+ed\b)"
)
_ALONG_THE_WAY = re.compile(
    r"\b(?P<done>(?:get|gets|got|are|is|end\s+up)\s+[a-z]+ed)\s+"
    r"(?:along\s+the\s+way|at\s+some\s+point|on\s+the\s+way)\b"
)


def some_along_the_way(sentence: str) -> str:
    """``a booking starts as provisional, ..., then fully paid, and of course some get
    cancelled along the way``: *..., and some get cancelled*; how sure the owner is, and when
    it happens, are no part of the state's name."""
    return _ALONG_THE_WAY.sub(r"\g<done>", _OF_COURSE_SOME.sub(r"\g<lead>", sentence))


_WANTED_STATUS = re.compile(
    r"^(?:(?:so|and|then|well),?\s+)?(?P<head>(?:for\s+)?(?:a|an|each|every)\s+(?P<owner>[a-z][\w\-]*)\b[^;:]*?),\s+and\s+"
    r"(?:i|we)\s+(?:also\s+)?(?:want|need|keep|would\s+like)\s+a\s+status"
    r"(?:\s+for\s+(?:the|this|that)\s+[a-z][\w\-]*)?\s*:\s+(?P<steps>[^;]+)$"
)
_WHILE_A_STEP_LASTS = re.compile(r"\s+while\s+(?:i|we|they|it|he|she|you)\s+[^,;]*")


def wanted_status(sentence: str) -> str:
    """``for a tour i would put the tour name, ..., and i also want a status for the list:
    draft while i am still juggling, then sent to hotel, then confirmed``: *...; each tour has
    a status: draft, then sent to hotel, then confirmed*; the status wanted is the record's
    the sentence opened with."""
    match = _WANTED_STATUS.match(sentence)
    if match is None or not match["steps"].count(","):
        return sentence
    steps = _WHILE_A_STEP_LASTS.sub("", match["steps"])
    return f"{match['head']}; each {match['owner']} has a status: {steps}"


_FLOW_AFTER_THEIR_ACT = re.compile(
    r",\s+and\s+(?:once|when|after|as\s+soon\s+as)\s+(?:they|we|i|you)\s+[a-z]+(?:\s+it)?,\s+"
    r"(?=(?:the|each|every|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"(?:go|goes|move|moves|progress|progresses|run|runs|pass|passes)\s+from\s)"
)
"""*..., and once they accept, the job goes from waiting to ...*: the flow is a clause of its
own, and the act before it only says when it starts."""


def flow_after_their_act(sentence: str) -> str:
    """``i send a quote with a price, and once they accept, the job goes from waiting to
    done``: *i send a quote with a price; the job goes from waiting to done*; the flow is no
    item of the quote's list."""
    return _FLOW_AFTER_THEIR_ACT.sub("; ", sentence)


_AND_THAT_ONE_GOES = re.compile(
    r",\s+and\s+(?=(?:that|this|the|each|every)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:(?:is|are|gets|get)\s+(?P<step>[a-z]+),?\s+(?:and\s+)?then\s|(?:goes|go)\s+from\s))"
)


def and_that_one_goes(sentence: str) -> str:
    """``if work is needed we raise an estimate with an amount, and that estimate is sent, then
    accepted or declined``: *...; that estimate is sent, then ...*; the steps of the record the
    clause before made are its flow, a clause of its own (*we open a ticket with a subject, and
    the ticket is assigned, then closed*)."""

    def own_clause(match: re.Match[str]) -> str:
        named_before = re.search(rf"\b{re.escape(match['record'])}\b", sentence[: match.start()])
        if not named_before or (match["step"] and not is_past_participle(match["step"])):
            return match[0]
        return "; "

    return _AND_THAT_ONE_GOES.sub(own_clause, sentence)


_SHOWS_AS = re.compile(
    r"\b(?:shows|appears|is\s+shown|is\s+listed)\s+as\s+(?=[a-z][\w\-\s]*(?:,\s+[a-z][\w\-\s]*)+"
    r",?\s+or\s+[a-z])"
)
"""*and shows as active, suspended, expired or revoked*: what it is, one of several."""
_SITS_AS = re.compile(
    r"\b(?:sits|stays)\s+as\s+(?=[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s+(?:then\s+)?"
    r"(?:goes|moves|becomes|turns|gets)\s)"
)
"""*the booking sits as provisional, goes to confirmed ...*: where its steps start."""


def status_said_as(sentence: str) -> str:
    """``a licence ... shows as active, suspended, expired or revoked``: *... is active,
    suspended, ...*; ``the booking sits as provisional, goes to confirmed ...``: *... starts as
    provisional, ...*; the words a status is told with, as the flow readers know them."""
    return _SITS_AS.sub("starts as ", _SHOWS_AS.sub("is ", sentence))


_SHOWS_WHETHER_IT_IS = re.compile(
    r"^(?P<record>(?:a|an|each|every|the)\s+[a-z][\w\-]*)\s+(?:should|must|needs\s+to|has\s+to)\s+"
    r"show\s+whether\s+it\s+is\s+(?P<states>[a-z][\w\-\s]*(?:,\s+[a-z][\w\-\s]*)+,?\s+or\s+"
    r"[a-z][\w\-\s]*?)(?=,\s+and\s|$)"
)
"""*a repair should show whether it is awaiting arrival, received or posted back*: three or
more steps the record is at, one at a time."""


def shows_whether_it_is(sentence: str) -> str:
    """``a repair should show whether it is awaiting arrival, received or posted back``: *a
    repair has a status (awaiting arrival, received or posted back)*; where a record is at,
    out of several, is its status (two, *whether it is indoor or outdoor*, may be a kind)."""
    return per_statement(
        sentence,
        lambda part: _SHOWS_WHETHER_IT_IS.sub(r"\g<record> has a status (\g<states>)", part),
    )


_SOMEONE_ACTS_ON_IT = re.compile(
    r"(?P<lead>\b(?:then|after\s+that|afterwards|next)\s+)the\s+[a-z][\w\-]*\s+"
    r"(?P<one>[a-z]+s)\s+or\s+(?P<other>[a-z]+s)\s+it\b"
    r"(?:(?P<or>,\s+or\s+it)\s+(?:just|simply)\s+(?=[a-z]+s\b))?"
)
_STARTS_OUT = re.compile(r"\b(?:starts|begins)\s+(?:out\s+|off\s+)?as\b")


def someone_acts_on_it(sentence: str) -> str:
    """``a quote starts as a draft, then it's sent, and after that the customer accepts or
    declines it, or it just expires``: *... after that it is accepted or declined, or it
    expires*; the customer's acts leave the quote in the states they name."""
    if not (_STARTS_OUT.search(sentence) or _FLOW_SAID.search(sentence)):
        return sentence

    def done(match: re.Match[str]) -> str:
        steps = [done_form(match["one"]), done_form(match["other"])]
        if None in steps:
            return match[0]
        then_or = f"{match['or']} " if match["or"] else ""  # ", or it expires": kept, bare
        return f"{match['lead']}it is {steps[0]} or {steps[1]}{then_or}"

    return _SOMEONE_ACTS_ON_IT.sub(done, sentence)
