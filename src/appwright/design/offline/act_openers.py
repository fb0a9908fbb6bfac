"""How an owner opens the act that makes a record: *when a member borrows a tool we record
...*, *whenever ...*, *each time ...*, *every time ...*, *if a member borrows a tool, we
record ...* all say one act, kept as often as it happens; so do *we record ... when a member
borrows a tool* and *we log a loan each time they borrow a tool, with ...*, the act told
after. `normalize.normalize_text` writes them all as *when ...* first, the wording every reader
takes, so a reader written for one of them reads its twins too."""

from __future__ import annotations

import re

# the start of a sentence or of a clause after a semicolon only: after *and* a *when* may be a
# field (*the date out, and when it came back*), so *and every time ...* keeps its words
_CLAUSE_START = r"(?:^|(?<=[.!?;:]\s)|(?<=\n))"
_EVERY_TIME_ONE_ACTS = re.compile(
    _CLAUSE_START + r"(?:whenever|each\s+time|every\s+(?:single\s+)?time)"
    # a subject follows: *each time with a quantity* or *every time, ...* names no act
    r"(?=\s+(?!(?:with|of|for|in|at|on|by|to|from|and|or|but|so|then|is|was|we've)\b)[a-z])"
)
_IF_ONE_ACTS_WE_KEEP = re.compile(
    _CLAUSE_START + r"if(?=\s+(?:a|an|someone|somebody|anyone|one\s+of\s+(?:our|my|the))\s"
    # one act, then us keeping what arises from it: *if a member borrows a tool, we record a
    # loan*; *if it's after six there's a late fee* is a condition of a value, left as it is
    r"[^,.;:!?()\n]+?,?\s+(?:we|i)\s+(?:record|log|note|write\s+down|jot\s+down|take|open|"
    r"raise|make|create)\s)"
)


_WHEN_ONE_ACTS_WE_STORE = re.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=\n))(?P<when>when\s+(?:a|an|someone|somebody|one\s+of\s+(?:our|my|the))\s"
    r"[^,.;:!?()\n]+?,?\s+(?:we|i)\s+)store(?=\s+(?:the|a|an|its|their|whether|how|what)\b)"
)


def when_an_act(text: str) -> str:
    """``whenever a member borrows a tool we record ...``, ``each time ...``, ``every time
    ...``, ``if a member borrows a tool, we record ...``: *when a member borrows a tool we
    record ...*; the opening of a sentence or a clause after a semicolon only, so *with a
    quantity each time* keeps its words. What *we store* when one acts is recorded too."""
    text = _IF_ONE_ACTS_WE_KEEP.sub("when", _EVERY_TIME_ONE_ACTS.sub("when", text))
    return _WHEN_ONE_ACTS_WE_STORE.sub(r"\g<when>record", text)


_KEPT_WHEN_ONE_ACTS = re.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=\n))(?P<kept>(?:we|i)\s+(?:record|log|note|keep|write\s+down|"
    r"jot\s+down|take\s+down|enter|take)\s+[^.;:!?()\n]+?)\s+when\s+"
    # the act: one who acts, said plainly, and a verb of now (*a member borrows*, *an item is
    # sold*), so *the date when a member joined* keeps its words
    r"(?P<act>(?:a|an|someone|somebody|one\s+of\s+(?:our|my|the))\s+[^,.;:!?()\n]*?\b"
    r"(?:[a-z]+s|is\s+[a-z]+ed|is\s+[a-z]+en)\b[^,.;:!?()\n]*?)(?=\.(?:\s|$)|$)",
    re.MULTILINE,
)


def act_before_kept(text: str) -> str:
    """``we record the date and who took it when a member borrows a tool.``: *when a member
    borrows a tool we record the date and who took it.*; the act first, as owners most often
    tell it, where the sentence is the act and what is kept of it and nothing else."""

    def first(match: re.Match[str]) -> str:
        return f"when {match['act']} {match['kept']}"

    return _KEPT_WHEN_ONE_ACTS.sub(first, text)


_RECORD_EACH_TIME_ONE_ACTS = re.compile(
    # one who keeps, said plainly or with an aside of what they have (*operators, with a name
    # and an employee number, log ...*), which is told first, as what they have, so the act
    # first does not part it from them
    r"(?:^|(?<=[.!?;]\s)|(?<=\n))(?:(?P<who>[a-z][^.,;:!?()\n]*?),\s+with\s+"
    r"(?P<aside>(?:a|an|the|their|his|her)\s[^.;:!?()\n]+?),\s+(?=[a-z]+\s+(?:a|an)\s))?"
    r"(?P<kept>(?:[a-z][^.,;:!?()\n]*?\s)?(?:logs?|records?|notes?|enters?|"
    r"writes?\s+up|fills?\s+in|opens?|raises?)\s+(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:each\s+time|every\s+time|whenever)\s+(?P<act>(?:(?:they|we|i|he|she)\s+[a-z]+"
    r"(?:\s+(?:or|and)\s+[a-z]+)?\s+(?:a|an|the|one|their|our|my)|"
    r"(?:a|an|someone|somebody|one\s+of\s+our)\s+[a-z])"
    r"[^,.;:!?()\n]*?)"
    # what is kept follows the act, as a list after a comma: *, giving the date, ...*, *, with
    # the time ...* (*each time they reach a village with a school* is the village's *with*)
    r"(?P<listed>,\s*(?:with|giving|noting|recording|listing)\s)",
    re.MULTILINE,
)


def act_before_record(text: str) -> str:
    """``drivers log a stop each time they reach a village, with the time, ...``: *when they
    reach a village, drivers log a stop with the time, ...*; the act first, as it is most
    often told, so the list after it is the stop's and not the village's."""

    def first(match: re.Match[str]) -> str:
        listed = " with " if "with" in match["listed"] else match["listed"]
        who, kept, aside = match["who"], match["kept"], match["aside"]
        if who is None:
            return f"when {match['act']}, {kept}{listed}"
        if not re.search(r",|\band\b", aside):
            return match[0]  # "guides, with the help of a volunteer, log ...": no list of theirs
        # "operators, with a name, log a sweep each time ...": "operators have a name. when
        # they do a beat, operators log a sweep with ..."
        has = "have" if who.endswith("s") else "has"
        return f"{who} {has} {match['aside']}. when {match['act']}, {who} {kept}{listed}"

    return _RECORD_EACH_TIME_ONE_ACTS.sub(first, text)


_TIME_UNIT = (
    r"(?:minute|hour|day|night|morning|afternoon|evening|week|fortnight|month|quarter|term|"
    r"season|year|shift)s?"
)
# a time of day or a spell of work, never a calendar period: *every year we set a budget per
# department* is the period the budget is kept per, a field its readers make; *every morning*,
# *every hour*, *each shift* only say how often
_TIME_OF_DAY = r"(?:minute|hour|night|morning|afternoon|evening|shift)"
_HOW_OFTEN_BEFORE_AN_ACT = re.compile(
    _CLAUSE_START + r"(?:(?:each|every)\s+(?:(?:few|couple\s+of|other|several|\d+|two|three|four|"
    rf"five|six|eight|twelve)\s+{_TIME_UNIT}|{_TIME_OF_DAY})|(?:once|twice|three\s+times|\d+\s+"
    rf"times|several\s+times)\s+(?:a|an|per|each|every)\s+{_TIME_UNIT}|at\s+the\s+end\s+of\s+"
    rf"(?:each|every|the)\s+{_TIME_UNIT}|hourly|nightly),?\s+"
    # one who acts, then one record made: *the nurses add an observation*, *we log a reading*
    # (*each month we check how many orders came in* asks for a figure, and keeps its words)
    r"(?=(?:(?:the|our|my|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?|we|i|someone|[a-z][\w\-]*s)\s+"
    r"(?:also\s+)?[a-z][\w\-]*(?:\s+(?:up|down|out|in))?\s+(?:a|an)\s+[a-z])"
)


_GOES_ROUND_AND = re.compile(
    r"(?<=[a-z])\s+(?:go|goes|went|come|comes|came)\s+(?:round|around|out|over|in)\s+and\s+"
    r"(?=(?:does|do|carries\s+out|carry\s+out|makes|make|takes|take|fills\s+in|fill\s+in|"
    r"logs|log|records|record)\s+(?:a|an)\s+[a-z])"
)
"""*a keeper goes round and does a health check on every animal*: the act is the check."""


_AT_THE_END_OF_A_PERIOD = re.compile(
    rf"(?<=[a-z])\s+(?:at|by)\s+the\s+(?:end|start|beginning)\s+of\s+(?:the|each|every)\s+{_TIME_UNIT}"
    r"(?=\s+(?:with|for|listing|showing|giving)\s)"
)
"""*they send an invoice at the end of the month with an invoice number*: when the record
comes is no record (*end*, *month*) between it and its list."""


def without_how_often(text: str) -> str:
    """``every few hours the nurses add an observation to the admission: time, ...``, ``twice a
    day the keepers log a reading ...``, ``at the end of each shift the driver fills in a
    check ...``: the act alone (*the nurses add an observation to the admission: ...*), as the
    readers of a record someone makes know it; how often it is made is no field of it. A bare
    calendar period (*every year we set a budget per department*, *each month ...*, *daily*)
    keeps its words: it is the period the record is kept per, a field its readers make."""
    text = _AT_THE_END_OF_A_PERIOD.sub("", _GOES_ROUND_AND.sub(" ", text))
    return _HOW_OFTEN_BEFORE_AN_ACT.sub("", text)


_IF_SO_WE_MAKE_ONE = re.compile(
    # a state of things, not of one who acts: *if a guest is late we add a fee* keeps its words
    _CLAUSE_START + r"if\s+(?:the\s+|any\s+|some\s+)?(?!(?:a|an|one|someone|they|he|she|it)\b)"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"(?:is|are)\s+(?:(?:not|still)\s+)?[a-z][\w\-]*(?:\s+(?:up|out|off))?,?\s+"
    # we, then a verb that makes a record, then the one record: *we raise an estimate*
    r"(?=(?:we|i)\s+(?:raise|open|log|record|create|make|issue|book|send|write\s+up|add|file|"
    r"start)\s+(?:a|an)\s+[a-z])"
)


_IF_SOMETHING_IS_WRONG = re.compile(
    # no comma after it: *if something looks wrong the keeper raises ...* read as one noun
    # phrase would make *if something look* a record and a role
    _CLAUSE_START
    + r"(?:if|when|whenever)\s+(?:something|anything)\s+(?:else\s+)?(?:looks|seems|is|"
    r"goes|feels|sounds)\s+(?:wrong|off|odd|amiss|bad|broken|not\s+right|strange|unusual),?\s+"
    r"(?=(?:the|our|a|an|we|i|they|she|he)\s)"
)


def without_if_so(text: str) -> str:
    """``if work is needed we raise an estimate from the check with an amount``, ``if repairs
    are required, we open a job ...``: *we raise an estimate from the check with an amount*;
    the state that calls for the record is no record or field of it, and read as a subject
    it would take the record's flow (*if work is needed ... sent, then accepted*)."""
    return _IF_SO_WE_MAKE_ONE.sub("", _IF_SOMETHING_IS_WRONG.sub("", text))
