"""Records of an act, told by who does it and what is noted: *when a staff member fits one we
record which protector, who fitted it, ...* (a fitting); *people book online giving their name,
...* and *people book onto a session with their name, ...* (a booking); *volunteers sign up for
as many open days as they can manage, taking a role on each day: ...* (a sign-up of both);
*bidders ... place bids on a lot, each with ...*; *every guard fills in a timesheet each week,
which is really ...*; *each form is filled in by a parent or carer, whose name, ... we keep*.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_name_records,
    is_plural,
    phrase_can_name_records,
    singular_phrase,
    verb_lemma,
)

_WORD = r"[a-z][\w\-]*"

_WHEN_ONE_DOES_IT_WE_RECORD = re.compile(
    r"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))(?:when|whenever|each\s+time)\s+(?:a|an|one\s+of\s+our)\s+"
    rf"(?P<who>{_WORD}(?:\s+{_WORD})?)\s+(?P<verb>[a-z]+s)\s+"
    rf"(?:(?:a|an)\s+(?P<what>{_WORD}(?:\s+{_WORD})?)|one|it)\s*,?\s+"
    r"we\s+(?:record|log|note|keep|write\s+down|jot\s+down|take\s+down)\s+"
    r"(?P<listed>(?:the|a|an|which|who|whether|what|how)\s[^.;]+)"
)
"""*when a staff member fits one we record which protector, who fitted it, the date ...*: a
record of the act (a fitting), which the list says is none of the others (*which protector*)."""

_WHICH_ONE = re.compile(
    r"(?:^|(?<=,\s)|(?<=\sand\s))which\s+(?!(?:is|are|was|were|can|will|has|have|goes|means)\b)"
    rf"(?P<one>{_WORD}(?:\s+{_WORD})?)(?=\s*(?:,|\s+and\s|$))"
)

_WHO_DID_IT = re.compile(
    r",?\s*(?:and\s+)?(?:^|(?<=[,\s]))who\s+[a-z]+ed\s+(?:it|them)(?=\s*(?:,|\s+and\s|$))"
)


def _act_recorded(match: re.Match[str]) -> str:
    verb = verb_lemma(match["verb"])
    act = act_or_irregular_noun(verb) if verb else None
    listed = match["listed"]
    which = _WHICH_ONE.search(listed)
    if act is None or which is None or not phrase_can_name_records(which["one"]):
        return match[0]
    if act in (match["who"].split()[-1], which["one"].split()[-1]):
        return match[0]
    said = [f"each {act} is done by one {match['who']}"]
    listed = _WHICH_ONE.sub(lambda m: f"the {m['one']}", _WHO_DID_IT.sub("", listed))
    said.append(f"each {act} has {listed.removeprefix(', ').strip()}")
    return "; ".join(said)


_DONE_GIVING_THEIR = re.compile(
    rf"(?:(?P<lead>(?:(?<=^)|(?<=[.;]\s)|(?<=\n))each\s+(?P<owner>{_WORD}(?:\s+{_WORD})?)\s+has\s"
    r"[^.;]*?),\s+and\s+|(?:(?<=^)|(?<=[.;]\s)|(?<=\n)))"
    r"(?:people|customers|clients|visitors|guests|members|parents|families|they)\s+"
    r"(?P<verb>[a-z]+)\s+(?:(?:online|by\s+phone|in\s+advance|ahead)\s+)?giving\s+"
    r"(?=(?:their|the|a|an)\s)"
)
"""*each open day has a date ..., and people book online giving their name, email ...*: a
booking for the open day, with what they give."""


def _act_giving(match: re.Match[str]) -> str:
    act = act_or_irregular_noun(match["verb"]) if verb_lemma(match["verb"]) else None
    if act is None or match["verb"] != verb_lemma(match["verb"]):
        return match[0]
    if match["lead"] is None:
        return f"each {act} has "
    return f"{match['lead']}; each {act} is for one {match['owner']}; each {act} has "


_SIGN_UP_TAKING_ONE_ON_EACH = re.compile(
    rf"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))(?P<many>{_WORD}s)(?:\s+\([^()]*\))?\s+"
    r"(?P<act>sign\s+up|enrol|book|put\s+their\s+names\s+down)\s+(?:for|on|onto)\s+"
    rf"(?:as\s+many\s+)?(?P<others>{_WORD}(?:\s+{_WORD})?)(?:\s+as\s+they\s+[^,.;]+)?,\s+"
    rf"(?:each\s+time\s+)?(?:taking|picking|choosing|with)\s+(?:a|an)\s+(?P<field>{_WORD})\s+"
    rf"(?:on|at|for|in)\s+each\s+{_WORD}\s*:\s+(?P<options>[^.;]+\s+or\s+[^.;]+)"
)
"""*volunteers (name and phone) sign up for as many open days as they can manage, taking a role
on each day: car park, cafe, tours or gate*: a sign-up of one volunteer for one day, with the
role; the list in brackets stays the volunteers'."""

_ACTS_BY_SIGNING = {"sign up": "signup", "enrol": "enrolment", "book": "booking"}


def _signed_up(match: re.Match[str]) -> str:
    many, others = match["many"], match["others"]
    if not (is_plural(others.split()[-1]) and can_be_noun(singular_phrase(many))):
        return match[0]
    act = _ACTS_BY_SIGNING.get(re.sub(r"\s+", " ", match["act"]), "signup")
    one, other = singular_phrase(many), singular_phrase(others)
    kept = match[0][: match.start("act") - match.start()]
    return (
        f"{kept}{match['act']} for {others}; each {act} is for one {one} and one {other}; "
        f"each {act} has a {match['field']} ({match['options']})"
    )


_BOOK_ONTO_ONE_WITH_THEIR = re.compile(
    r"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))(?:people|customers|clients|visitors|guests|members|parents|"
    r"families)\s+(?P<verb>book|sign\s+up|register|enrol)\s+(?:onto|on|into|for)\s+(?:a|an|each)\s+"
    rf"(?P<one>{_WORD}(?:\s+{_WORD})?)\s+with\s+(?=(?:their|his|her)\s)"
)
"""*people book onto a session with their name, phone, ...*: a booking of one session, with
what they give (no record of *people*)."""


def _booked_onto(match: re.Match[str]) -> str:
    act = _ACTS_BY_SIGNING.get(re.sub(r"\s+", " ", match["verb"]), "registration")
    return f"each {act} is for one {match['one']}; each {act} has "


_AND_PLACE_ONES_ON_ONE_EACH_WITH = re.compile(
    rf"(?P<lead>(?:(?<=^)|(?<=[.;]\s)|(?<=\n))(?P<who>{_WORD}s)\s+[^.;]*?)\s+and\s+"
    r"(?:place|make|put\s+in|submit|lodge|leave)\s+"
    rf"(?P<things>{_WORD}s)\s+(?:on|for|against)\s+(?:a|an|each|the)\s+(?P<one>{_WORD})\s*,\s+"
    r"each\s+with\s+"
)
"""*bidders register with a name, email and phone and place bids on a lot, each with an amount
and a time*: each bid is one bidder's, on one lot (no record named *place bid*)."""


def _placed_on(match: re.Match[str]) -> str:
    who, things, one = singular_phrase(match["who"]), match["things"], match["one"]
    thing = singular_phrase(things)
    if thing == things or not can_name_records(who, thing, one):
        return match[0]
    return (
        f"{match['lead']}; each {thing} is done by one {who}; each {thing} is for one {one}; "
        f"each {thing} has "
    )


_FILLS_IN_ONE_WHICH_IS = re.compile(
    rf"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))each\s+(?P<who>{_WORD}(?:\s+{_WORD})?)\s+"
    r"(?:fills\s+in|fills\s+out|submits|hands\s+in|sends\s+in|completes|writes\s+up)\s+"
    rf"(?:a|an)\s+(?P<record>{_WORD}(?:\s+{_WORD})?)"
    r"(?:\s+(?:each|every|a)\s+(?:day|week|month|shift))?"
    r"\s*,\s+which\s+is\s+(?:really\s+|just\s+|basically\s+|simply\s+)?(?P<listed>[^.;]+?)"
    r"(?=,\s+and\s+then\b|,\s+and\s+it\b|[.;]|$)"
)
"""*every guard fills in a timesheet each week, which is really the week-ending date plus their
total day hours, ...*: the guard's timesheet, and what it has (not a record of the week)."""


def _filled_in(match: re.Match[str]) -> str:
    record, who = match["record"], match["who"]
    if not phrase_can_name_records(record) or is_plural(record.split()[-1]):
        return match[0]
    listed = re.sub(r"\s+plus\s+", ", ", match["listed"])
    return f"each {record} belongs to one {who}; each {record} has {listed}"


_BY_ONE_WHOSE_LIST_WE_KEEP = re.compile(
    rf"(?:\beach\s+(?P<record>{_WORD}(?:\s+{_WORD})?)\s+is\s+)?"
    r"\b(?P<by>(?:[a-z]+ed|done|made|run|taken|filled\s+in|signed\s+off)\s+by)\s+(?:a|an|one)\s+"
    rf"(?P<who>{_WORD}(?:\s+{_WORD})?)(?:\s+or\s+{_WORD})?\s*,\s+whose\s+"
    r"(?P<listed>[^.;]+?)\s+we\s+(?:keep|hold|note|record|take|need)(?=\s*(?:,|[.;]|$))"
    r"(?P<and_it>\s*,\s+and\s+it\s+)?"
)
"""*each form is filled in by a parent or carer, whose name, relationship to the child, mobile
number and email we keep*: one parent's, and the parent's list."""


def _by_one_whose(match: re.Match[str]) -> str:
    who = match["who"]
    if not phrase_can_name_records(who) or is_plural(who.split()[-1]):
        return match[0]
    record = match["record"]
    said = f"each {record} is " if record else ""
    said += f"{match['by']} one {who}; each {who} has {match['listed']}"
    if match["and_it"]:
        return f"{said}; {'each ' + record if record else 'it'} "
    return said


_WHEN_ONE_DOES_IT_THEY_GET_ONE_MARKED = re.compile(
    r"(?P<lead>(?:,\s+and\s+|(?<=^)|(?<=[.;]\s)|(?<=\n)))"
    r"(?:when|whenever|each\s+time)\s+(?:a|an)\s+"
    rf"(?P<who>{_WORD})\s+(?P<verb>[a-z]+s)\s+(?:a|an)\s+(?P<what>{_WORD}(?:\s+{_WORD})?)\s*,?\s+"
    r"(?:they|he|she)\s+(?:gets?|receives?|(?:is|are)\s+given)\s+(?:a|an)\s+"
    rf"(?P<record>{_WORD}(?:\s+{_WORD})?)\s+marked\s+(?P<options>[^,.;]+?\s+or\s+[^,.;]+?)"
    r"(?P<rest>\s*,\s+with\s+[^.;]+)?(?=[.;]|$)"
)
"""*when a lifeguard attends a session they get an assessment marked competent or not yet
competent, with comments*: an assessment of one lifeguard at one session, with an outcome of
those and the comments."""


def _marked(match: re.Match[str]) -> str:
    who, what, record = match["who"], match["what"], match["record"]
    if not can_name_records(who, what.split()[-1], record.split()[-1]):
        return match[0]
    lead = ". " if match["lead"].strip() else ""
    rest = f", {match['rest'].split('with', 1)[1].strip()}" if match["rest"] else ""
    return (
        f"{lead}each {record} is for one {who}; each {record} is for one {what}; "
        f"each {record} has an outcome ({match['options']}){rest}"
    )


_IN_TURN: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_WHEN_ONE_DOES_IT_WE_RECORD, _act_recorded),
    (_WHEN_ONE_DOES_IT_THEY_GET_ONE_MARKED, _marked),
    (_DONE_GIVING_THEIR, _act_giving),
    (_SIGN_UP_TAKING_ONE_ON_EACH, _signed_up),
    (_BOOK_ONTO_ONE_WITH_THEIR, _booked_onto),
    (_AND_PLACE_ONES_ON_ONE_EACH_WITH, _placed_on),
    (_FILLS_IN_ONE_WHICH_IS, _filled_in),
    (_BY_ONE_WHOSE_LIST_WE_KEEP, _by_one_whose),
)
"""Each way of saying it, and how it is written plainly, in the order they are read."""


def acts_recorded(lowered: str) -> str:
    """``lowered`` with each of these records of an act said plainly."""
    for pattern, plainly in _IN_TURN:
        lowered = pattern.sub(plainly, lowered)
    return lowered
