"""Someone put on each record, or one of ours acting on each, written as the one the record
points at: *a greeter is put on each arrival* assigns each arrival a greeter, *every letting
gets a caretaker to unlock* a caretaker, *one of our fitters signs off each loan* a fitter,
and *a duty puts a volunteer on a fixture as cook or helper* gives the duty both and a role.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import names_an_act
from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import (
    can_name_records,
    done_form,
    singular,
    verb_lemma,
    with_article,
)

_ONE_OF_OURS_DOES_EACH = re.compile(
    r"^(?P<lead>(?:and\s+)?)one\s+of\s+(?:our|the|my)\s+(?P<many>[a-z][\w\-]*s)\s+"
    r"(?:(?:also|then|always)\s+)?(?P<verb>[a-z]+s)(?P<particle>\s+(?:off|up|out|over|through))?\s+"
    r"(?:each|every)\s+(?P<record>[a-z][\w\-]*)"
    r"(?P<rest>\s+(?:after|before|once|when|while)\s+[^,;]*)?(?=\s*(?:[,;]|$))"
)


def one_of_ours_does_each(sentence: str) -> str:
    """``one of our fitters signs off each loan after checking the installation``: *each loan
    is signed off by one of our fitters*; the one of ours who acts on every record is the one
    each record points at, and when they do it is no part of it."""
    match = _ONE_OF_OURS_DOES_EACH.match(sentence)
    done = done_form(match["verb"]) if match else None
    if match is None or done is None or not can_name_records(match["record"]):
        return sentence
    particle = match["particle"] or ""
    kept = f"each {match['record']} is {done}{particle} by one of our {match['many']}"
    return f"{match['lead']}{kept}{sentence[match.end() :]}"


_ONE_IS_PUT_ON_EACH = re.compile(
    r"^(?:a|an|one)\s+(?P<who>[a-z][\w\-]*)\s+is\s+(?:put|assigned|allocated|given)\s+(?:on|to)\s+"
    r"(?:each|every)\s+(?P<record>[a-z][\w\-]*)"
    r"(?:\s+and\s+(?:afterwards\s+|then\s+|later\s+)?(?:fills\s+in|records|notes|adds|logs|"
    r"writes\s+down|enters)\s+(?P<list>.+))?$"
)


def one_is_put_on_each(sentence: str) -> str:
    """``a greeter is put on each arrival and afterwards fills in the actual arrival time and a
    short handover note``: *each arrival is assigned a greeter; each arrival has the actual
    arrival time and ...*; each record gets one of them, and what they fill in is the
    record's."""
    return per_statement(sentence, _one_is_put_on_each)


def _one_is_put_on_each(sentence: str) -> str:
    match = _ONE_IS_PUT_ON_EACH.match(sentence)
    if match is None or not can_name_records(match["who"], match["record"]):
        return sentence
    record = match["record"]
    said = f"each {record} is assigned {with_article(match['who'])}"
    return f"{said}; each {record} has {match['list']}" if match["list"] else said


_WE_PUT_ONE_IN_ONE_FOR = re.compile(
    r"^(?:(?:then|and|so)\s+)?(?:(?:for|on)\s+(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,?\s+)?"
    r"(?:i|we)\s+(?:put|place|roster|book)\s+(?:a|an|one)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?P<prep>in|on|at|into)\s+(?:a|an|one)\s+(?P<where>[a-z][\w\-]*)\s+"
    r"for\s+(?:a|an|one)\s+(?P<record>[a-z][\w\-]*)\b(?P<rest>.*)$"
)


def we_put_one_in_one_for(sentence: str) -> str:
    """``then for every running day i put a signaller in a box for a shift with a date, a start
    time and an end time``: *a shift puts a signaller in a box with a date, ...*; what the
    person is put there for is the record, and the two it puts together are its links."""
    return per_statement(sentence, _we_put_one_in_one_for)


def _we_put_one_in_one_for(sentence: str) -> str:
    match = _WE_PUT_ONE_IN_ONE_FOR.match(sentence)
    if (
        match is None
        or not can_name_records(match["who"], match["where"], match["record"])
        or match["record"] in TIME_WORDS  # "for an hour": how long, no record
    ):
        return sentence
    return (
        f"a {match['record']} puts {with_article(match['who'])} {match['prep']} "
        f"{with_article(match['where'])}{match['rest']}"
    )


_GETS_ONE_TO_DO = re.compile(
    r"(?P<lead>^|;\s+)(?:each|every)\s+(?P<record>[a-z][\w\-]*)\s+(?:gets|has|needs)\s+(?:a|an|one)\s+"
    r"(?P<who>[a-z][\w\-]*)\s+to\s+(?P<act>[a-z]+)\b[^;]*"
)


def gets_one_to_do(sentence: str) -> str:
    """``every letting gets a caretaker to unlock and lock up``: *each letting is assigned a
    caretaker*; someone given to each record to do something is one of a kind of people."""

    def assigned(match: re.Match[str]) -> str:
        if (
            not can_name_records(match["record"], match["who"])
            or verb_lemma(match["act"]) != match["act"]
        ):
            return match[0]
        return f"{match['lead']}each {match['record']} is assigned {with_article(match['who'])}"

    return _GETS_ONE_TO_DO.sub(assigned, sentence)


_PUTS_ONE_IN_FOR = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+(?:puts|books|signs)\s+(?:a|an|one)\s+"
    r"(?P<who>[a-z][\w\-]*)\s+(?:in|up|down)\s+for\s+(?:a|an)\s+(?:particular\s+|given\s+|set\s+|specific\s+)?"
    r"(?P<when>date|day|session|time)(?:,?\s+with\s+(?P<listed>.+))?$"
)


def puts_one_in_for(sentence: str) -> str:
    """``a booking puts a child in for a date, with the fee charged and ...``: *each booking is
    for one child; each booking has a date, the fee charged and ...*; what the record puts in is
    the one it is for, and the list after it is the record's."""
    return per_statement(sentence, _puts_one_in_for)


def _puts_one_in_for(sentence: str) -> str:
    match = _PUTS_ONE_IN_FOR.match(sentence)
    if match is None or not can_name_records(match["record"].split()[-1], match["who"]):
        return sentence
    record = match["record"].split()[-1]
    listed = f", {match['listed']}" if match["listed"] else ""
    when = with_article(match["when"])
    return f"each {record} is for one {match['who']}; each {record} has {when}{listed}"


_PUTS_ONE_ON_ONE_AS = re.compile(
    r"^(?:(?P<one>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:puts|places)|"
    r"(?P<many>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)\s+(?:putting|placing))\s+"
    r"(?:a|an|one)\s+(?P<who>[a-z][\w\-]*)\s+(?:on|onto|in|at|to)\s+(?:a|an|one)\s+"
    r"(?P<where>[a-z][\w\-]*)\s+as\s+(?P<values>(?:[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s+)*"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+or\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:,?\s+with\s+(?P<listed>.+))?$"
)


def puts_one_on_one_as(sentence: str) -> str:
    """``tea duties putting a volunteer on a fixture as cook, helper or washer-up, with a yes/no
    once they've confirmed``: *each tea duty belongs to one volunteer; each tea duty belongs to
    one fixture; each tea duty has a role (cook, helper or washer-up), ...*; the record that puts
    one on another is theirs, and what each one is put on as is its role, no people of their
    own."""
    match = _PUTS_ONE_ON_ONE_AS.match(sentence)
    if match is None:
        return sentence
    record = match["one"].split(maxsplit=1)[1] if match["one"] else singular(match["many"])
    listed = f", {match['listed']}" if match["listed"] else ""
    return (
        f"each {record} belongs to one {match['who']}; each {record} belongs to one "
        f"{match['where']}; each {record} has a role ({match['values']}){listed}"
    )


_ASSIGNS_ONE_TO_ONE = re.compile(
    r"^(?P<one>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:(?:assigns|allocates)\s+"
    r"(?:a|an|one)\s+(?P<who>[a-z][\w\-]*)\s+to|(?P<puts>puts|places)\s+(?:a|an|one)\s+"
    r"(?P<put>[a-z][\w\-]*)\s+(?:on|onto|in|into))\s+(?:a|an|one)\s+(?P<where>[a-z][\w\-]*)"
    r"(?:,?\s+and\s+(?P<rest>(?:starts|is|has|goes|moves|records|notes)\s.+))?$"
)


def assigns_one_to_one(sentence: str) -> str:
    """``each booking assigns a marker to a game and starts as requested``: *each booking
    belongs to one marker; each booking belongs to one game; each booking starts as
    requested*; the record that assigns one to another is theirs, the marker not the game's; so
    is a record that puts one on another (*a booking puts an operative on a course*)."""
    match = _ASSIGNS_ONE_TO_ONE.match(sentence)
    if match is None:
        return sentence
    record = match["one"].split(maxsplit=1)[1]
    if match["puts"] and not names_an_act(record.split()[-1]):
        return sentence  # "a manager puts a fitter on a job": who acts, no record of it
    rest = f"; each {record} {match['rest']}" if match["rest"] else ""
    return (
        f"each {record} belongs to one {match['who'] or match['put']}; each {record} belongs to "
        f"one {match['where']}{rest}"
    )
