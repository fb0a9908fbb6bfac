"""Records told by how they come in, and what we log of each as it does.

*payments come in monthly, and we log the date, the amount and whether it bounced* lists what
each payment keeps; how often they come is no field of theirs. *the race officer sets up the race
with the date, ..., and as boats finish they add a result for each one: which class, ...* adds
a result to the race for each boat as it finishes, with its list; *..., and the loads fed in
during that shift are recorded with their incoming tonnes* are loads of the shift. *after every
round we store each driver's finishing position, ...* is a round result for each driver.
`simplify` runs them in its order.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import can_name_records, is_plural, singular

_THEY_COME_IN_AND_WE_LOG = re.compile(
    r"^(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+(?:come\s+in|arrive|go\s+out|are\s+made|"
    r"are\s+taken|are\s+paid)(?:\s+(?:monthly|weekly|daily|yearly|each\s+(?:month|week|day|year)|"
    r"every\s+(?:month|week|day|year)))?,?\s+and\s+(?:we|i)\s+(?:log|record|note|keep|enter)\s+"
    r"(?P<listed>(?:the|a|an|how|whether)\s[^;]+(?:,|\sand\s)[^;]+)$"
)
"""*payments come in monthly, and we log the date, the amount and whether it bounced*."""


def they_come_in_and_we_log(sentence: str) -> str:
    """``payments come in monthly, and we log the date, the amount and whether it bounced``:
    *each payment has the date, the amount and whether it bounced*; what is logged as they
    come is each one's own."""
    match = _THEY_COME_IN_AND_WE_LOG.match(sentence)
    if match is None:
        return sentence
    *rest, last = match["things"].split()
    if not is_plural(last) or not can_name_records(singular(last)):
        return sentence
    thing = " ".join([*rest, singular(last)])
    return f"each {thing} has {match['listed']}"


_SET_UP_THEN_ADD_FOR_EACH = re.compile(
    r"^(?P<first>.*?\b(?:sets|set)\s+up\s+the\s+(?P<whole>[a-z][\w\-]*)\s+with\s+[^;:]+?),?\s+and\s+"
    r"(?:(?:as|when|once)\s+[^,;:]+?,?\s+)?(?:they|we|he|she)\s+(?:add|log|record|enter)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+for\s+each\s+(?:one|[a-z][\w\-]*):\s+(?P<listed>[^;:]+)$"
)


def set_up_then_add_for_each(sentence: str) -> str:
    """``the race officer sets up the race with the date, ..., and as boats finish they add a
    result for each one: which class it is, ...``: *...; each result belongs to one race; each
    result has which class it is, ...*."""
    match = _SET_UP_THEN_ADD_FOR_EACH.match(sentence)
    if match is None or not can_name_records(match["record"], match["whole"]):
        return sentence
    record = match["record"]
    return (
        f"{match['first']}; each {record} belongs to one {match['whole']}; "
        f"each {record} has {match['listed']}"
    )


_AND_THOSE_DURING_IT = re.compile(
    r",?\s+and\s+the\s+(?P<things>[a-z][\w\-]*s)\s+(?:[a-z]+ed\s+(?:in|out|up|off)\s+|[a-z]+ed\s+)?"
    r"(?:during|on|in|for)\s+(?:that|the|each)\s+(?P<one>[a-z][\w\-]*)\s+are\s+"
    r"(?:recorded|logged|noted|kept|entered)\s+with\s+(?:their\s+|the\s+)?(?P<listed>[^;]+)$"
)


def and_those_during_it(sentence: str) -> str:
    """``each shift is logged with the date, ..., and the loads fed in during that shift are
    recorded with their incoming tonnes``: *...; each load belongs to one shift; each load has
    incoming tonnes*; what comes during one record is a record of its own."""
    match = _AND_THOSE_DURING_IT.search(sentence)
    if match is None or not is_plural(match["things"]):
        return sentence
    thing, one = singular(match["things"]), match["one"]
    if not can_name_records(thing, one):
        return sentence
    # "each shift is logged with the date, ..., or late": its list, cut from the loads' clause
    # (said alone it would read as the steps of a flow)
    before = _LOGGED_WITH.sub(r"\g<one> has ", sentence[: match.start()])
    return f"{before}; each {thing} belongs to one {one}; each {thing} has {match['listed']}"


_LOGGED_WITH = re.compile(
    r"(?:^|(?<=;\s))(?P<one>(?:each|every)\s+[a-z][\w\-]*)\s+is\s+(?:logged|recorded|noted|kept|entered)\s+with\s+"
)


_EACH_ONES_AFTER_IT = re.compile(
    r"^for\s+(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:we|i)\s+(?:also\s+)?(?:store|record|log|note|keep|enter|take)\s+"
    r"(?:each|every)\s+(?P<other>[a-z][\w\-]*)'s\s+(?P<listed>[^;]+)$"
)


def each_ones_after_it(sentence: str) -> str:
    """``for each round (after every round) we store each driver's finishing position, the
    points ...``: *each round result is for one round and one driver, with the finishing
    position, the points ...*; what is kept of each one after each event is a record of both."""

    def result(part: str) -> str:
        match = _EACH_ONES_AFTER_IT.match(part)
        if match is None or not can_name_records(match["one"], match["other"]):
            return part
        one, other = match["one"], match["other"]
        return f"each {one} result is for one {one} and one {other}, with the {match['listed']}"

    return per_statement(sentence, result)


_EACH_TIME_ONE_DOES_ONE = re.compile(
    r"^(?:the\s+|our\s+)?[a-z][\w\-]*s\s+(?:sit|take|do|play|run|complete|make|fill\s+in)\s+"
    r"(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)\b[^;,]*,\s+and\s+(?:each|every)\s+time\s+(?:a|an)\s+"
    r"(?P<who>[a-z][\w\-]*)\s+(?:does|sits|takes|completes|plays|runs|makes|fills\s+in)\s+one,?\s+"
    r"(?:we|i)\s+(?:record|log|note|keep|enter|write\s+down)\s+(?P<listed>[^;]+)$"
)


def each_time_one_does_one(sentence: str) -> str:
    """``the kids sit practice papers most weeks, and each time a pupil does one we record the
    date, ...``: *each practice paper belongs to one pupil; each practice paper has the date,
    ...*; what is done each time is the record, and the one who does it is its own."""

    def each(part: str) -> str:
        match = _EACH_TIME_ONE_DOES_ONE.match(part)
        if match is None or not can_name_records(match["who"], match["things"].split()[-1]):
            return part
        one = " ".join([*match["things"].split()[:-1], singular(match["things"].split()[-1])])
        return f"each {one} belongs to one {match['who']}; each {one} has {match['listed']}"

    return per_statement(sentence, each)
