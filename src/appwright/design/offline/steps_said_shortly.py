"""A flow's steps said shortly: *from reported to in repair and on to fixed*, *it starts
invoiced, moves to ...*, *... then paid, or is marked lapsed*.

`items_said_in_full` runs these on the lowered text, before the readers split it into sentences,
so this module imports no reader (only `word_forms`): each rewrite says the steps the way `steps_said` and the flow
readers read them.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import done_form, verb_form

_AND_ON_TO = re.compile(r"(?<=\bfrom\s)(?P<steps>[^;.]*?\bto\s[^;.]*?)\s+and\s+on\s+to\s+")
"""*from reported to in repair and on to fixed*: one more step of the flow."""

_STARTS_WITHOUT_AS = re.compile(
    r"\b(?P<starts>starts|begins)\s+(?!(?:as|at|on|in|from|with|off|out|by|when|once|the|a|an)\b)"
    r"(?=[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s+(?:moves|goes|becomes)\b)"
)
"""*it starts invoiced, moves to part paid and then paid*: the first step, as *starts as*."""

_OR_IS_MARKED = re.compile(
    r"(?<=\bthen\s)(?P<then>[a-z][\w\-]*),\s+or\s+(?:is|gets)\s+marked\s+(?:as\s+)?(?P<state>[a-z][\w\-]*)"
    r"(?=\s+(?:if|when|once|after|unless)\b|\s*[,.;]|$)"
)
"""*... and then paid, or is marked lapsed if nothing arrives*: the last steps, *then paid, or
lapsed*."""

_TO_ITS_OWNER = re.compile(
    r"(?<=\beither\s)(?P<step>[a-z]+ed)\s+to\s+(?:its|their|the)\s+(?:owner|owners|customer|customers)"
    r"(?=\s+or\s)"
)
"""*is then either returned to its owner or donated*: the step is *returned*; whose it is goes
without saying."""
_OR_TO_ONE_OF_OURS = re.compile(
    r"\b(?P<either>either\s+[a-z]+ed(?:\s+[a-z]+)?\s+or\s+[a-z]+ed)\s+(?=to\s+one\s+of\s+(?:the|our)\s+[a-z])"
)
"""*either returned or donated to one of the charity shops we use*: the last step, *donated*,
then where it goes, after a comma, for the link readers."""

_THROUGH_THEN_ENDS = re.compile(
    r"\b(?P<through>(?:passes|goes|moves)\s+through\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)*)\s+and\s+(?P<last>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),"
    r"\s+and\s+(?=(?:then\s+)?(?:ends\s+up|finishes|finally)\b)"
)
"""*passes through waiting, reminded and final notice, and ends up either collected or ...*: the
steps on the way, one by one, then the ends (*reminded and final notice* is two steps)."""

_WHICH_MOVES_IT = re.compile(
    r"\b(?P<act>(?:reviews|checks|inspects|approves|assesses|handles|processes|vets|verifies|signs\s+off)"
    r"\s+(?:each|every|the)\s+(?P<one>[a-z][\w\-]*))(?:,\s+(?:which\s+(?:moves|takes|puts)|taking|moving|putting)"
    r"\s+it|\s+as\s+it\s+(?:moves|goes|passes))\s+from\s+"
)
"""*the clerk reviews each incident, taking it from reported to ...* (or *as it moves from ...*):
the incident's steps, in a clause of their own; who reviews it stays said."""
_AND_ITS_STATUS_GOES = re.compile(
    r",\s+and\s+(?=(?:its|their)\s+(?:[a-z]+\s+)?(?:status|state|stage)\s+(?:goes|moves|runs|passes)\s+from\s)"
)
"""*we list the species, ..., and its naming status goes from open to ...*: the steps, a clause of
their own after the list."""
_OR_FROM_THE_FIRST = re.compile(
    r"(?P<steps>\bfrom\s+(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+to\s+[^;.()]*?),\s+or\s+from\s+(?P=first)\s+to\s+"
)
"""*moves from scheduled to go-ahead and then held, or from scheduled to called off*: the other
way out of the first step, *..., or called off*."""
_OR_IT_JUST_ENDS = re.compile(
    r",\s+or\s+it\s+(?:just\s+|simply\s+)?(?P<verb>expires|lapses|closes|ends)\b(?:\s+if\s+[^,;.]*)?(?=\s*[,;.]|$)"
)
"""*starts out active, becomes part used, then fully used, or it just expires if nobody uses it*:
the last step, *or expired*."""
_WE_LIST = re.compile(r"\b(?:we|i)\s+(?:list|keep|note|record|log|store)\s")


_THEN_THEY_EITHER_ACT_OR_ASK = re.compile(
    r"\b(?P<starts>starts|begins)\s+(?:off\s+|out\s+)?(?:as\s+)?(?P<wait>awaiting|waiting\s+for|with)\s+(?:the\s+)?"
    r"(?P<who>[a-z]+),\s+"
    r"and\s+then\s+(?:they|he|she|the\s+[a-z]+)\s+either\s+(?P<act>[a-z]+)\s+it\s+or\s+(?:ask|asks|request|requests)\s+"
    r"(?:for\s+)?(?P<asked>[a-z]+)(?=\s*(?:[,;]|$))"
)
"""*a proof starts off awaiting the customer, and then they either approve it or ask for
amendments*: *... awaiting the customer, then either approved or amendments requested*."""

_AND_FINISH_AS = re.compile(
    r",?\s+and\s+(?:finish|finishes|end|ends)\s+as\s+(?=[a-z][\w\-]*(?:,|\s+or\s))"
)
"""*..., then become confirmed, and finish as attended, no-show or refunded*: the last steps."""

_STARTS_THEN_MOVES_THROUGH = re.compile(
    r"(?P<first>\b(?:starts|begins)\s+(?:off\s+|out\s+)?as\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+and\s+"
    r"(?:then\s+|on\s+the\s+day\s+|after\s+that\s+|from\s+there\s+)?(?:it|they)\s+(?:moves|move|goes|go|passes|pass)\s+"
    r"through\s+(?!(?:a|the|several|some|its|their)\b)"
)
"""*it starts as booked, and on the day it moves through checked in, in the bath, ...*: one run of
steps, the first said apart."""


def _after_our_list(match: re.Match[str]) -> str:
    said = re.split(r"[.;:]\s", match.string[: match.start()])[-1]
    return "; " if _WE_LIST.search(said) else match[0]  # "there is a record with ..." stays


_WORKS_ITS_WAY = re.compile(r"\b(?:works|makes)\s+its\s+way\s+(?=from\s)")
"""*it works its way from negotiating to signed to ...*: it moves from one step to the next."""

_THEN_ONE_ACTS_ON_IT = re.compile(
    r"\b(?P<first>(?:is|gets)\s+[a-z]+ed\s+first),\s+then\s+(?:the|a|an|our)\s+[a-z][\w\-]*\s+"
    r"(?P<one>[a-z]+s)\s+or\s+(?P<other>[a-z]+s)\s+it\b"
)
"""*a duty is offered first, then the chaperone accepts or declines it*: the steps are what the
acts leave it, *accepted or declined*."""


def _then_done(match: re.Match[str]) -> str:
    one, other = done_form(match["one"]), done_form(match["other"])
    if one is None or other is None:
        return match[0]
    return f"{match['first']}, then {one} or {other}"


_THROUGH_STAGES_IT_STARTS = re.compile(
    r"\b(?:goes|passes|moves|runs)\s+through\s+(?:a\s+few\s+|several\s+|some\s+)?(?:stages|steps|phases)"
    r"\s*(?:-|:)\s+it\s+(?P<starts>(?:starts|begins)\s+[^-;.:()]+?)(?P<dash>\s+-\s+|(?=\s*[;.]|$))"
)
"""*a run goes through stages - it starts off macerating, then ..., finally bottled - and ...*:
the steps, said of the run (*stages* is no record)."""
_STARTS_OFF = re.compile(r"\b(?P<starts>starts|begins)\s+off\s+(?!as\b)(?=[a-z][\w\-]*,\s)")
"""*the slot starts off scheduled, goes ...*: the first step, as *starts as*."""
_GOES_ON_HOLD = re.compile(
    r"(?<=,\s)(?:goes|is\s+put|gets\s+put)\s+on\s+(?P<state>standby|hold|stop|notice|trial|loan|display)\b"
    r"(?:\s+while\s+(?:we|they|i)\s+[a-z]+\s+(?:the|a|an|our|their|its)\s+[a-z][\w\-]*(?=,))?"
)
"""*..., goes on standby while we watch the forecast, gets confirmed ...*: a step, *on standby*;
what is done meanwhile is no step."""

_THOSE_AT_A_STEP = re.compile(
    r"\b(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:moves|goes|passes|runs)\s+from\s+(?P<steps>[^;.]*?);\s+"
    r"(?:the\s+)?(?P<state>[a-z][\w\-]*)\s+ones\s+(?P<verb>get|have|need)\s+(?P<rest>[^;.]*)"
)
"""*an application moves from submitted to ... awarded or declined; awarded ones get an amount
awarded and are paid out in ...*: what the record has at that step is the record's."""
_ONE_FORM = {"get": "gets", "have": "has", "need": "needs"}


def _each_at_the_step(match: re.Match[str]) -> str:
    if not re.search(rf"\b{re.escape(match['state'])}\b", match["steps"]):
        return match[0]
    rest = re.sub(r"\s+and\s+are\s+", " and is ", match["rest"], count=1)
    told = match[0][: match.start("state") - match.start()]
    told = re.sub(r"the\s+$", "", told)
    return f"{told}each {match['one']} {_ONE_FORM[match['verb']]} {rest}"


_ONCE_DONE_EITHER = re.compile(
    r"\bonce\s+(?P<first>[a-z]+ed),\s+(?P<one>(?:a|an|the|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+"
    r"(?:then\s+)?"
    r"(?=either\s+[a-z]+ed\s+or\s+[a-z]+ed\b)"
)
"""*once submitted, a claim is either approved or rejected*: submitted is its first step."""


def steps_said_shortly(lowered: str) -> str:
    """*from reported to in repair and on to fixed* is *from reported to in repair to fixed*,
    *it starts invoiced, moves to ...* (or *starts off invoiced, ...*) *it starts as invoiced,
    moves to ...*, *..., goes on standby while we watch the forecast, ...* *..., moves to on
    standby, ...*, *goes through stages - it starts off macerating, ... - and ...* *starts as
    macerating, ..., and ...*, *then paid, or is marked lapsed* *then paid, or lapsed*, *passes
    through a, b and c, and ends up ...* *passes through a, b, c, and ends up ...*, *reviews
    each incident, taking it from ...* *reviews each incident; each incident moves from ...*,
    *works its way from ...* *moves from ...*, *is offered first, then the chaperone accepts or
    declines it* *is offered first, then accepted or declined*, *moves from ... to awarded or
    declined; awarded ones get ...* *...; each application gets ...*, *either returned to its
    owner or ...* *either returned or ...*, and *either returned or donated to one of the
    charity shops we use* *either returned or donated, to one of ...*, and *once submitted, a
    claim is either approved or rejected* *a claim is submitted, then either ...*."""
    lowered = _ONCE_DONE_EITHER.sub(r"\g<one> is \g<first>, then ", lowered)
    lowered = _AND_ON_TO.sub(r"\g<steps> to ", lowered)
    lowered = _OR_IT_JUST_ENDS.sub(lambda m: f", or {done_form(m['verb']) or m['verb']}", lowered)
    lowered = _OR_FROM_THE_FIRST.sub(r"\g<steps>, or ", lowered)
    lowered = _WORKS_ITS_WAY.sub("moves ", _AND_ITS_STATUS_GOES.sub(_after_our_list, lowered))
    lowered = _THROUGH_STAGES_IT_STARTS.sub(
        lambda m: f"{m['starts']}, " if m["dash"] else m["starts"], lowered
    )
    lowered = _STARTS_OFF.sub(r"\g<starts> as ", lowered)
    lowered = _STARTS_THEN_MOVES_THROUGH.sub(r"\g<first>, then ", lowered)
    lowered = _AND_FINISH_AS.sub(", and end up ", lowered)
    lowered = _THEN_THEY_EITHER_ACT_OR_ASK.sub(
        lambda m: (
            f"{m['starts']} as {m['wait']} {m['who']}, "
            f"then either {verb_form(m['act'], 'VBN') or m['act']} or {m['asked']} requested"
        ),
        lowered,
    )
    lowered = _GOES_ON_HOLD.sub(r"moves to on \g<state>", lowered)
    lowered = _STARTS_WITHOUT_AS.sub(r"\g<starts> as ", lowered)
    lowered = _OR_IS_MARKED.sub(r"\g<then>, or \g<state>", lowered)
    lowered = _THEN_ONE_ACTS_ON_IT.sub(_then_done, lowered)
    lowered = _WHICH_MOVES_IT.sub(r"\g<act>; each \g<one> moves from ", lowered)
    lowered = _THOSE_AT_A_STEP.sub(_each_at_the_step, lowered)
    lowered = _THROUGH_THEN_ENDS.sub(r"\g<through>, \g<last>, and ", lowered)
    lowered = _TO_ITS_OWNER.sub(r"\g<step>", lowered)
    return _OR_TO_ONE_OF_OURS.sub(r"\g<either>, ", lowered)
