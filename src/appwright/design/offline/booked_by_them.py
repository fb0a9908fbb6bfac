"""Records the people just named book, with the list of what each holds after a colon: *each
society has a name, ..., and then they book a society day with us: the date, how many players,
...* is a society day for one society, holding the date and the rest. *they* is the record the
clause before names, so the booking is theirs. *pupils can buy a lesson pack with a purchase
date, ...* is a pack for one pupil, with its list: what someone buys is theirs; *a member hires
a slot from a start date to an end date* is a slot hire of both, with its two dates; *clients
(name, email, phone) book a van for an event with an event date, ...* is a booking of both.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_noun
from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import can_name_records, is_plural, singular

_THEN_THEY_BOOK_ONE = re.compile(
    r"^(?P<first>(?:each|every|a|an)\s+(?P<who>[a-z][\w\-]*)\s+(?:has|have|gives|give|needs|need)\s+[^;:]+?),?\s+"
    r"and\s+(?:then\s+)?they\s+(?:book|books|order|orders|hire|hires|reserve|reserves|take\s+out|rent)\s+"
    r"(?:a|an)\s+(?P<booked>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?):\s+"
    r"(?P<listed>[^;:]+)$"
)


def then_they_book_one(sentence: str) -> str:
    """``each society has a name, ..., and then they book a society day with us: the date,
    ...``: *each society has a name, ...; each society day is for one society; each society day
    has the date, ...*."""
    match = _THEN_THEY_BOOK_ONE.match(sentence)
    if match is None or not can_name_records(match["booked"].split()[-1]):
        return sentence
    booked = match["booked"]
    return (
        f"{match['first']}; each {booked} is for one {match['who']}; "
        f"each {booked} has {match['listed']}"
    )


_THEY_CAN_BUY_ONE_WITH = re.compile(
    r"^(?P<who>[a-z][\w\-]*)\s+can\s+(?:also\s+)?(?:buy|purchase|order)\s+(?:a|an)\s+"
    r"(?P<bought>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+with\s+(?P<listed>(?:a|an|the|its|their)\s[^;]+)$"
)


def they_can_buy_one_with(sentence: str) -> str:
    """``pupils can buy a lesson pack with a purchase date, a price, ...``: *each lesson pack is
    for one pupil, with a purchase date, a price, ...*."""

    def theirs(part: str) -> str:
        match = _THEY_CAN_BUY_ONE_WITH.match(part)
        if match is None or not is_plural(match["who"]):
            return part
        if not can_name_records(match["who"], match["bought"].split()[-1]):
            return part
        who = singular(match["who"])
        return f"each {match['bought']} is for one {who}, with {match['listed']}"

    return per_statement(sentence, theirs)


_HIRES_ONE_FROM_TO = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:a|an|each)\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<verb>hires|rents|leases|borrows)\s+"
    r"(?:a|an)\s+(?P<thing>[a-z][\w\-]*)\s+from\s+(?P<start>(?:a|an|the)\s+[a-z]+\s+date)\s+"
    r"(?:to|until|till)\s+(?P<end>(?:a|an|the)\s+[a-z]+\s+date)(?=\s*(?:[,;]|$))"
)
_ACT_OF = {"hires": "hire", "rents": "rental", "leases": "lease", "borrows": "loan"}


def hires_one_from_to(sentence: str) -> str:
    """``..., and a member hires a slot from a start date to an end date``: *...; each slot hire
    is for one member and one slot, with a start date and an end date*; the dates are the
    hire's, a record of both, not the slot's."""

    def hire(match: re.Match[str]) -> str:
        who, thing = match["who"], match["thing"]
        if not can_name_records(*who.split(), thing):
            return match[0]
        lead = "; " if match["lead"] else ""
        act = f"{thing} {_ACT_OF[match['verb']]}"
        return (
            f"{lead}each {act} is for one {who} and one {thing}, "
            f"with {match['start']} and {match['end']}"
        )

    return _HIRES_ONE_FROM_TO.sub(hire, sentence)


_BOOK_A_PLACE_WITH = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)\s+(?:can\s+)?(?:book|reserve|claim)\s+(?:a|an)\s+(?:free\s+)?"
    r"(?P<booked>ticket|place|seat|spot|space)\s+(?:for|at|on)\s+(?:a|an|the)\s+"
    r"(?P<event>[a-z][\w\-]*)\s+with\s+(?P<listed>their\s[^;]+?)"
    r"(?:,\s+and\s+(?:on\s+the\s+(?:night|day),?\s+)?(?:we|i)\s+(?:tick|mark|note|record|check)\s+"
    r"whether\s+(?:each|every|the)\s+(?P=booked)(?:\s+holder)?\s+(?P<came>turned\s+up|showed\s+up|"
    r"came|attended))?$"
)


def book_a_place_with(sentence: str) -> str:
    """``fans book a free ticket for a gig with their name and email, and on the night we tick
    whether each ticket holder turned up``: *each ticket is for one gig; each ticket has their
    name and email, and whether they attended*; the place booked is the record, the one who
    booked it no more than the names on it."""

    def theirs(part: str) -> str:
        match = _BOOK_A_PLACE_WITH.match(part)
        if match is None or not is_plural(match["who"]) or not can_name_records(match["event"]):
            return part
        booked = match["booked"]
        came = ", and whether they attended" if match["came"] else ""
        return (
            f"each {booked} is for one {match['event']}; each {booked} has {match['listed']}{came}"
        )

    return per_statement(sentence, theirs)


_BOOK_ONTO_ONE_FOR = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)(?:\s+\((?P<theirs>[^()]+)\))?\s+"
    r"(?P<act>book|register|enrol|enroll)\s+"
    r"(?:onto|on|for|into|in)\s+(?:a|an)\s+(?P<one>[a-z][\w\-]*)\s+for\s+"
    r"(?P<listed>(?:a|the)\s+number\s+of\s+[a-z][\w\-]*s|[a-z][\w\-]*\s+[a-z][\w\-]*s)$"
)


def book_onto_one_for(sentence: str) -> str:
    """``attendees (name and email) book onto a workshop for a number of seats``: *each booking
    belongs to one attendee; each booking is for one workshop; each booking has a number of
    seats; each attendee has name and email*; the act, named as a noun, is the record."""

    def theirs(part: str) -> str:
        match = _BOOK_ONTO_ONE_FOR.match(part)
        if match is None or not is_plural(match["who"]):
            return part
        who, act = singular(match["who"]), act_noun(match["act"])
        if act is None or not can_name_records(who, match["one"], act):
            return part
        said = [
            f"each {act} belongs to one {who}",
            f"each {act} is for one {match['one']}",
            f"each {act} has {match['listed']}",
        ]
        if match["theirs"]:
            said.append(f"each {who} has {match['theirs']}")
        return "; ".join(said)

    return per_statement(sentence, theirs)


_BOOK_ONE_FOR_AN_EVENT = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)(?:\s+\((?P<theirs>[^()]+)\))?\s+(?P<verb>book|hire|reserve)\s+"
    r"(?:a|an|one\s+of\s+our)\s+(?P<thing>[a-z][\w\-]*)\s+for\s+(?:an?|their)\s+(?:event|"
    r"occasion|party|function|do)\s+with\s+(?P<listed>(?:a|an|the)\s[^;]+)$"
)


def book_one_for_an_event(sentence: str) -> str:
    """``clients (name, email, phone) book a van for an event with an event date, ...``: *each
    client has name, email, phone; each booking belongs to one client; each booking belongs to
    one van; each booking has an event date, ...*; the event is what the booking is for."""

    def booked(part: str) -> str:
        match = _BOOK_ONE_FOR_AN_EVENT.match(part)
        if match is None or not is_plural(match["who"]):
            return part
        act = act_noun(match["verb"])
        if act is None or not can_name_records(match["who"], match["thing"]):
            return part
        who = singular(match["who"])
        theirs = [f"each {who} has {match['theirs']}"] if match["theirs"] else []
        return "; ".join(
            [
                *theirs,
                f"each {act} belongs to one {who}",
                f"each {act} belongs to one {match['thing']}",
                f"each {act} has {match['listed']}",
            ]
        )

    return per_statement(sentence, booked)
