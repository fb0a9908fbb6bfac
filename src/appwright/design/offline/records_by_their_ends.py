"""Records told by what they join: *we book a fitting day by putting one team on one job for a
date, noting ...* (a fitting day is of one team, for one job, and has its date), *a shift
places one staff member at one branch on a date with ...*, *each line picks a product from our
range with ...*, *invoice lines each point to a lot (...) and hold ...*, *each work day holds
a job for every property we call at, showing ...* (a job is of one work day, for one
property), *the weekly chart for a resident has ...* (a chart is of one resident), *the round
is made up of deliveries, each one for a single patient, where we note ...*, *dogs have ...,
and each belongs to one of our members, who has ...*; a value *picked from a list of themes I
can add to* (a record the field links to), and *customers are name, address and ...* (their
list).
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_name_records, singular

_NAME = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
_ONE = r"(?:one|a|an)"
_ON_A_DATE = r"(?P<dated>\s+(?:for|on)\s+(?:a|an|one)\s+(?:given\s+|set\s+)?(?:date|day))?"


def _told(record: str, ones: list[str], listed: str | None, dated: bool = False) -> str | None:
    """*each R belongs to one A; each R is for one B; each R has ...*, or None where a word
    cannot name a record."""
    if not can_name_records(*record.split(), *(word for one in ones for word in one.split())):
        return None
    first, *rest = ones
    told = [
        f"each {record} belongs to one {first}",
        *(f"each {record} is for one {one}" for one in rest),
    ]
    has = ", ".join(part for part in ("a date" if dated else "", listed or "") if part)
    return "; ".join([*told, f"each {record} has {has}"] if has else told)


_BOOKED_BY_PUTTING = re.compile(
    r"^(?:[a-z ]*?\s)?(?:we|i)\s+(?:book|make|create|set\s+up|arrange)\s+(?:a|an)\s+"
    rf"(?P<record>{_NAME}?)\s+by\s+(?:putting|placing|assigning|sending)\s+{_ONE}\s+(?P<who>{_NAME}?)\s+"
    rf"(?:on|to|at|in)\s+{_ONE}\s+(?P<what>{_NAME}?){_ON_A_DATE}"
    r"(?:,?\s+(?:noting|recording|with)\s+(?P<listed>\S.*))?$"
)


def booked_by_putting(sentence: str) -> str:
    """``we book a fitting day by putting one team on one job for a date, noting how many
    frames ...``: *each fitting day belongs to one team; each fitting day is for one job; each
    fitting day has a date, how many frames ...*."""
    match = _BOOKED_BY_PUTTING.match(sentence)
    if match is None:
        return sentence
    told = _told(
        match["record"], [match["who"], match["what"]], match["listed"], bool(match["dated"])
    )
    return told or sentence


_PLACES_ONE_AT_ONE = re.compile(
    r"^(?P<lead>.*?(?:^|,\s+and\s+|;\s+))(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+"
    # "one ... at one ...": a record placing one of each (not *a manager puts a fitter on a job*)
    r"(?:places|puts|assigns)\s+one\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:at|on|in|to)\s+one\s+"
    rf"(?P<what>{_NAME}?){_ON_A_DATE}(?:,?\s+with\s+(?P<listed>\S.*))?$"
)


def places_one_at_one(sentence: str) -> str:
    """``staff members have a name, and a shift places one staff member at one branch on a date
    with a start time and an end time``: *...; each shift belongs to one staff member; each
    shift is for one branch; each shift has a date, a start time and an end time*."""
    match = _PLACES_ONE_AT_ONE.match(sentence)
    if match is None:
        return sentence
    told = _told(
        match["record"], [match["who"], match["what"]], match["listed"], bool(match["dated"])
    )
    if told is None:
        return sentence
    lead = re.sub(r"(?:,\s+and|;)\s+$", "", match["lead"])
    return f"{lead}; {told}" if lead else told


_EACH_LINE_PICKS = re.compile(
    r"^(?:(?:the|a|an|each|every)\s+(?P<owner>[a-z][\w\-]*)\s+is\s+made\s+up\s+of\s+[a-z][\w\-]*s,\s+and\s+)?"
    r"(?:each|every)\s+(?P<line>[a-z][\w\-]*)\s+(?:picks|takes|chooses)\s+(?:a|an|one)\s+"
    rf"(?P<one>{_NAME}?)(?:\s+from\s+(?:our|the|their)\s+[a-z][\w\-]*)?\s+with\s+(?P<listed>\S.*)$"
)


def each_line_picks(sentence: str) -> str:
    """``the quote is made up of lines, and each line picks a product from our range with a
    colour, ...``: *each line belongs to one quote; each line is for one product; each line
    has a colour, ...*."""
    match = _EACH_LINE_PICKS.match(sentence)
    if match is None:
        return sentence
    ones = [match["owner"], match["one"]] if match["owner"] else [match["one"]]
    told = _told(match["line"], ones, match["listed"])
    if told is None or not match["owner"]:
        return told.replace("belongs to one", "is for one", 1) if told else sentence
    return told


_EACH_POINTS_TO = re.compile(
    rf"^(?P<things>{_NAME}?s)\s+each\s+(?:point|refer|link)\s+to\s+{_ONE}\s+(?P<one>{_NAME}?)"
    r"(?P<aside>\s*\([^()]*\))?\s+and\s+(?:hold|have|carry|record|show)\s+(?P<listed>\S.*)$"
)


def each_points_to(sentence: str) -> str:
    """``invoice lines each point to a lot (lot number and title) and hold the hammer price,
    ...``: *each invoice line is for one lot (lot number and title); each invoice line has the
    hammer price, ...*."""
    match = _EACH_POINTS_TO.match(sentence)
    if match is None:
        return sentence
    *rest, last = match["things"].split()
    thing, one = " ".join([*rest, singular(last)]), match["one"]
    if not can_name_records(*thing.split(), *one.split()):
        return sentence
    return (
        f"each {thing} is for one {one}{match['aside'] or ''}; each {thing} has {match['listed']}"
    )


_HOLDS_ONE_FOR_EVERY = re.compile(
    r"^(?:each|every)\s+(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:holds|has)\s+(?:a|an|one)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+for\s+(?:every|each)\s+(?P<one>[a-z][\w\-]*)"
    r"(?:\s+(?:we|they|it)\s+[a-z]+(?:\s+(?:at|on|in|to))?)?,\s+(?:showing|with|noting|recording)\s+"
    r"(?P<listed>\S.*)$"
)


def holds_one_for_every(sentence: str) -> str:
    """``each work day holds a job for every property we call at, showing the amount charged
    and ...``: *each job belongs to one work day; each job is for one property; each job has
    the amount charged and ...*."""
    match = _HOLDS_ONE_FOR_EVERY.match(sentence)
    if match is None:
        return sentence
    return _told(match["record"], [match["owner"], match["one"]], match["listed"]) or sentence


_FOR_EACH_PERIOD = re.compile(
    r"^the\s+(?:weekly|monthly|daily|yearly|annual|nightly)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"for\s+(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:has|holds|gets)\s+(?P<rest>\S.*)$"
)


def for_each_period(sentence: str) -> str:
    """``the weekly mar chart for a resident has a week start date and goes from drafted to
    ...``: *each mar chart belongs to one resident; each mar chart has a week start date and
    goes from ...*."""
    match = _FOR_EACH_PERIOD.match(sentence)
    if match is None or not can_name_records(*match["record"].split(), match["one"]):
        return sentence
    record = match["record"]
    return f"each {record} belongs to one {match['one']}; each {record} has {match['rest']}"


_FROM_A_LIST_WE_ADD_TO = re.compile(
    r"\b(?:a|an|the)\s+(?P<field>[a-z][\w\-]*)\s+\((?P<inside>[^()]*?),?\s+but\s+(?:we|i)\s+"
    r"(?:would\s+)?(?:rather|prefer\s+to|want\s+to)\s+pick\s+(?:it\s+|them\s+)?from\s+a\s+list\s+of\s+"
    r"(?P<many>[a-z][\w\-]*s)\s+(?:we|i)\s+can\s+add\s+to\)"
)


def from_a_list_we_add_to(sentence: str) -> str:
    """``each sale has a title, a theme (general household, ..., but we would rather pick from
    a list of themes we can add to), a sale date ...``: *each sale has a title, a sale date
    ...; each sale belongs to one theme*; a list one can add to is a record of its own."""
    owner = re.match(r"^(?:each|every|a|an)\s+(?P<one>[a-z][\w\-]*)\s+(?:has|have)\s", sentence)
    match = _FROM_A_LIST_WE_ADD_TO.search(sentence)
    if match is None or owner is None or singular(match["many"]) != match["field"]:
        return sentence
    rest = re.sub(r"^,\s+", "", sentence[match.end() :])
    before = sentence[: match.start()].rstrip(", ")
    told = f"{before}, {rest}" if rest else before
    return f"{told}; each {owner['one']} belongs to one {match['field']}"


_EACH_BELONGS_TO_ONE_OF_OURS = re.compile(
    r"^(?P<lead>(?P<many>[a-z][\w\-]*s)\s+(?:have|has)\s[^;]*?),\s+and\s+each\s+(?:one\s+)?"
    r"(?:belongs\s+to|is\s+owned\s+by)\s+one\s+of\s+(?:our|the|their)\s+(?P<ones>[a-z][\w\-]*s)"
    r"(?:,\s+who\s+(?:has|have)\s+(?P<listed>\S.*))?$"
)


def each_belongs_to_one_of_ours(sentence: str) -> str:
    """``dogs have a registered name ..., and each belongs to one of our members, who has a
    name, email and phone``: *dogs have ...; each dog belongs to one member; each member has a
    name, email and phone*."""
    match = _EACH_BELONGS_TO_ONE_OF_OURS.match(sentence)
    if match is None:
        return sentence
    record, one = singular(match["many"]), singular(match["ones"])
    if not can_name_records(record, one):
        return sentence
    told = [match["lead"], f"each {record} belongs to one {one}"]
    if match["listed"]:
        told.append(f"each {one} has {match['listed']}")
    return "; ".join(told)


_ARE_THEIR_LIST = re.compile(
    r"^(?P<many>[a-z][\w\-]*s)\s+are\s+(?:just\s+)?(?P<listed>(?:a\s+)?name,\s.+)$"
)


def are_their_list(sentence: str) -> str:
    """``customers are name, address and a phone number``: *customers have name, ...*; what
    they are, for the app, is their list."""
    match = _ARE_THEIR_LIST.match(sentence)
    if match is None or not can_name_records(singular(match["many"])):
        return sentence
    return f"{match['many']} have {match['listed']}"


_MADE_UP_OF_EACH_FOR_ONE = re.compile(
    r"^(?P<lead>.*?)(?:,\s+(?:then|and)\s+|;\s+|^)(?:the|a|an|each)\s+(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+"
    r"made\s+up\s+of\s+(?P<things>[a-z][\w\-]*s),\s+each\s+(?:one\s+)?(?:for|of)\s+(?:one|a\s+single)\s+"
    rf"(?P<one>{_NAME}?),\s+(?:where|in\s+which)\s+(?:we|i)\s+(?:note|record|keep|log)\s+(?P<listed>\S.*)$"
)


def made_up_of_each_for_one(sentence: str) -> str:
    """``..., then the round is made up of deliveries, each one for one patient, where we note
    how many bags and ...``: *...; each delivery belongs to one round; each delivery is for
    one patient; each delivery has how many bags and ...*."""
    match = _MADE_UP_OF_EACH_FOR_ONE.match(sentence)
    if match is None:
        return sentence
    thing = singular(match["things"])
    told = _told(thing, [match["owner"], match["one"]], match["listed"])
    if told is None:
        return sentence
    return f"{match['lead']}; {told}" if match["lead"] else told
