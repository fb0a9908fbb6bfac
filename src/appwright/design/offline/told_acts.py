"""A record made by an act, told as what someone does and writes down, written as *each X belongs
to one Y* and *each X has ...*: *somebody does a service visit to a tank and writes down the
date*, *we weigh the litter every couple of weeks*, *when a stockist orders we record the order
date*.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import (
    IRREGULAR_ACTS,
    ZERO_ACTS,
    act_noun,
    act_or_irregular_noun,
)
from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.sentences import clauses
from appwright.design.offline.word_classes import AUXILIARIES, word_set, words
from appwright.design.offline.word_forms import can_be_noun, is_plural, singular, verb_lemma

_DOES_ONE_AND_NOTES = re.compile(
    r"^(?:(?:every|each)\s+(?:[a-z]+\s+){0,3}?(?:day|week|month|year|days|weeks|months|years)\s+|"
    r"once\s+a\s+[a-z]+\s+)?"
    r"(?P<who>somebody|someone|we|i|they|one\s+of\s+us|(?:a|an|the|our|my)\s+[a-z][\w\-]*)\s+"
    r"(?:does|do|did|carries\s+out|carry\s+out|makes|make|runs|run|performs|perform)\s+"
    r"(?:a|an)\s+(?P<act>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*?)"
    r"(?:\s+(?:to|of|on|at|for)\s+(?:a|an|each|every|one|the)\s+(?P<thing>[a-z][\w\-]*))?\s+"
    r"and\s+(?:writes?\s+down|jots?\s+down|notes?\s+down|takes?\s+down|records?|notes?|logs?|"
    r"fills?\s+in|fills?\s+out)\s+(?P<list>[^;]*(?:,|\band\b)[^;]*)$"
)


def does_one_and_notes(sentence: str) -> str:
    """``somebody does a service visit to a tank and writes down the date, the pH and any
    notes``: *each service visit belongs to one tank; each service visit has the date, ...*,
    the thing done named as the record its list describes."""

    def plain(clause: str) -> list[str]:
        match = _DOES_ONE_AND_NOTES.match(clause)
        if match is None or not can_be_noun(match.group("act").split()[-1]):
            return [clause]
        act, thing = match.group("act"), match.group("thing")
        linked = [f"each {act} belongs to one {thing}"] if thing else []
        return [*linked, f"each {act} has {match.group('list')}"]

    return per_clause(sentence, plain)


_WHEN_WE_WRITE_UP = re.compile(
    r"(?P<before>^|.*?,\s+(?:and\s+)?)when\s+[^;:]+?,?\s+(?:i|we)\s+"
    r"(?:write|writes|note|record|log|open|start|create|make|fill|jot)\s+(?:up\s+|down\s+|in\s+|out\s+)?"
    r"(?:a|an|the)\s+(?P<made>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*:\s*(?P<list>[^;:]+)$"
)


def when_we_write_up(sentence: str) -> str:
    """``when someone brings in a piece to frame we write up an order: the width, ...``:
    *each order has the width, ...*, the record written when it happens."""

    def plain(clause: str) -> list[str]:
        match = _WHEN_WE_WRITE_UP.match(clause)
        if match is None or not can_be_noun(match.group("made").split()[-1]):
            return [clause]
        before = match.group("before").rstrip(" ,")
        before = re.sub(r",?\s+and$", "", before)
        owned = f"each {match.group('made')} has {match.group('list')}"
        return [before, owned] if before else [owned]

    return per_clause(sentence, plain)


_DONE_EVERY_SO_NOTE = re.compile(
    r"^(?P<before>.*?,\s+and\s+)?(?:i|we)\s+(?P<verb>[a-z]+)\s+(?:the|each|every|a)\s+(?P<thing>[a-z][\w\-]*)\s+"
    r"(?:every|each|once|twice|regularly|weekly|monthly|daily)\b[^,;]*,?\s+so\s+(?:i|we)\s+"
    r"(?:would\s+|will\s+)?(?:want|need|note|record|keep|log)\s+(?P<list>[^;]+?)\s+"
    r"(?:against|for|on)\s+(?:the|that|each|every)\s+(?P=thing)$"
)


def done_every_so_note(sentence: str) -> str:
    """``we weigh the litter every couple of weeks, so i'd want the weighing date and the
    average weight against the litter``: *each weighing belongs to one litter; each weighing
    has the date and the average weight*, the act done again and again kept each time."""

    def plain(clause: str) -> list[str]:
        match = _DONE_EVERY_SO_NOTE.match(clause)
        act = act_noun(match.group("verb")) if match else None
        if match is None or act is None:
            return [clause]
        listed = re.sub(rf"\b{act}\s+(?=date\b|time\b)", "", match.group("list"))
        before = re.sub(r",\s+and\s+$", "", match.group("before") or "")
        done = [f"each {act} belongs to one {match.group('thing')}", f"each {act} has {listed}"]
        return [before, *done] if before else done

    return per_clause(sentence, plain)


_NEED_ONE_WE_LOG = re.compile(
    r"^(?:some\s+|many\s+|most\s+|all\s+)?(?P<things>[a-z][\w\-]*s)\s+(?:need|needs|require|requires|get|gets)\s+"
    r"(?:a|an)\s+(?P<made>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+which\s+(?:i|we)\s+"
    r"(?:log|record|note|keep|track|file)\s+(?:against|for|on|with)\s+(?:the|that|each|every)\s+[a-z][\w\-]*\s+"
    r"with\s+(?P<list>[^;]+)$"
)


def need_one_we_log(sentence: str) -> str:
    """``some jobs need a cemetery permit, which we log against the job with the cemetery
    name, ...``: *each cemetery permit belongs to one job; each cemetery permit has ...*."""

    def plain(clause: str) -> list[str]:
        match = _NEED_ONE_WE_LOG.match(clause)
        if match is None or not is_plural(match.group("things")):
            return [clause]
        made, one = match.group("made"), singular(match.group("things"))
        return [f"each {made} belongs to one {one}", f"each {made} has {match.group('list')}"]

    return per_clause(sentence, plain)


_SAME_ACT = 0.7
"""How alike a verb and a noun must be spelt to be one act (*enter* and *entry*, *attend*
and *attendance*, *book* and *booking*)."""


_DOES_MANY_SO_EACH = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?P<who>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>[a-z]+s)\s+(?:(?:loads|lots|plenty|a\s+lot|dozens)\s+of\s+|many\s+|several\s+|"
    r"various\s+|a\s+few\s+)?(?P<things>[a-z][\w\-]*s)\b[^;,]*?(?:,?\s+(?:so|and)\s+|;\s+)"
    r"(?=for\s+(?:each|every)\s+(?P<act>[a-z][\w\-]*)\s)"
)


def does_many_so_each(sentence: str) -> str:
    """``a squad enters many competitions over the year, so for each entry i note the fee``:
    *each entry belongs to one squad; each entry belongs to one competition; for each entry i
    note the fee*; the act's own name, said right after, is the record of each time."""

    def plain(match: re.Match[str]) -> str:
        lemma, act = verb_lemma(match["verb"]), match["act"]
        if lemma is None or SequenceMatcher(None, lemma, act).ratio() < _SAME_ACT:
            return match[0]
        who = match["who"].split(maxsplit=1)[1]
        return (
            f"{match['lead']}each {act} belongs to one {who}; each {act} belongs to one"
            f" {singular(match['things'])}; "
        )

    return _DOES_MANY_SO_EACH.sub(plain, sentence)


_ASSIGNS_THEN_EACH = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:(?:the|a|an|our|each|every)\s+)?[a-z][\w\-]*\s+"
    r"(?:assigns|allocates|sends|puts|appoints)\s+(?P<people>[a-z][\w\-]*s)\s+to\s+"
    r"(?:a|an|the|each|every)\s+(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:,?\s+and\s+|;\s+)(?=(?:each|every)\s+(?P<record>[a-z][\w\-]*)\s+(?:has|gets|records|notes)\s)"
)


def assigns_then_each(sentence: str) -> str:
    """``the editor assigns reviewers to a manuscript, and each review has a recommendation``:
    *each review belongs to one reviewer; each review belongs to one manuscript; each review
    has ...*; what the people assigned write is named after what they do (*reviewer*,
    *review*; *inspector*, *inspection*)."""

    def plain(match: re.Match[str]) -> str:
        person, record = singular(match["people"]), match["record"]
        shared = _shared_start(person, record)
        if shared < _SHARED_STEM or shared < min(len(person), len(record)) - 3 or person == record:
            return match[0]
        return (
            f"{match['lead']}each {record} belongs to one {person}; each {record} belongs to one"
            f" {match['thing']}; "
        )

    return _ASSIGNS_THEN_EACH.sub(plain, sentence)


_SHARED_STEM = 4
"""The fewest letters an agent noun and an act noun share when one names the other."""


def _shared_start(first: str, second: str) -> int:
    """How many letters two words share from their start (*inspector*, *inspection*: 7)."""
    pairs = zip(first, second, strict=False)  # the shorter word ends the comparison
    return next(
        (index for index, (a, b) in enumerate(pairs) if a != b), min(len(first), len(second))
    )


_LIGHT_VERBS = word_set(
    "place make take do give get have put submit raise file log send open start"
)
"""Verbs whose object is the record itself (*places an order*, *raises a ticket*)."""


_WHEN_ONE_ACTS = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time|once)\s+"
    r"(?P<who>(?:a|an|each|every|any|the)\s+[a-z][\w\-]*|one(?:\s+of\s+them)?|someone|somebody|"
    r"one\s+of\s+(?:our|the|my|their)\s+(?P<ours>[a-z][\w\-]*s))\s+"
    r"(?P<verb>[a-z][\w\-]*s)(?:\s+(?P<particle>off|up|out|over|back|down|in)(?=\s+(?:a|an)\s))?"
    r"(?:\s+(?:a|an|some|(?P<one>one))\s+(?P<thing>[a-z][\w\-]*)|"
    r"\s+the\s+[a-z][\w\-]*|\s+(?:something|anything))?"
    r"(?:\s+(?:for|to|with|against)\s+(?:a|an|one)\s+(?P<whom>[a-z][\w\-]*))?"
    r"(?:\s+(?:at|in|on|during)\s+(?:a|an|one)\s+(?P<place>[a-z][\w\-]*))?,?\s+"
    r"(?:we|i)\s+(?:also\s+)?(?:record|note|log|take|keep|enter|(?:write|jot|note|take)\s+down)\s+"
    r"(?P<list>(?:the|a|an|their|its|how|what|which|when|whether|who)\b[^;]*(?:,|\band\b)[^;]*)$"
)


_WHO_DID_IT = re.compile(r"^who\s+[a-z]+\s+(?:it|them),\s+")
"""*We write down who took it, the day they took it ...*: the one who acts, the doer the
clause names, so no item of the act's list."""


_MADE_WITH = re.compile(
    r"^(?:a|an)\s+(?P<record>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+with\s+(?P<list>[^;]+)$"
)
"""*We record a repair with the date, ...*: the record the act makes, and its list."""


_ANYONE = word_set("someone somebody")


_WHOEVER_HAS_IT = word_set("holder haver keeper")
"""Doers who only have the thing (*someone holds a qualification*): nobody but the people
already told of."""
_HOLDING_VERBS = word_set("hold possess")
"""Acts that only pair the doer with a thing they have: the record is named by both."""
_SPEAKS_OF_THE_DOER = word_set("they their them who")
"""*We note the belt they're going for, their score ...*: a list about the doer's act."""


_SUBJECT_PEOPLE = re.compile(
    r"^(?:the\s+|our\s+)?(?P<people>[a-z][\w\-]*s)\s+(?:are|have|get|come)\b"
)


def when_one_acts(sentence: str) -> str:
    """``when a stockist orders we record the order date, the sauce and ...``: *each order
    belongs to one stockist; each order has ...*, the act's own record, made by whoever does
    it (``one`` is one of the people the sentence opened with: *stockists are the shops that
    carry us, ...; when one orders ...*). A list about the doer is the act's (*when a student
    enters a grading we note their score ...*: an entry, of both), *one* of a kind told before
    is a record of both (*when a coach earns one qualification* → coach qualifications), and
    *something* borrowed is the loan, its *who took it* the borrower. A phrasal act is its
    noun (*whenever an instructor signs off an exercise for a student we note ...*: a sign-off,
    the instructor's, for the exercise and the student)."""
    parts = clauses(sentence)
    opened = _SUBJECT_PEOPLE.match(parts[0]) if parts else None

    def plain(clause: str) -> list[str]:
        match = _WHEN_ONE_ACTS.match(clause)
        lemma = verb_lemma(match.group("verb")) if match else None
        if match is None or lemma is None or lemma in AUXILIARIES:
            return [clause]
        who = match.group("who")
        if who.startswith("the ") and (not match["thing"] or match["thing"] in TIME_WORDS):
            # "once the recipient picks a date we record ...": the one told of, no act's record;
            # "when the supplier delivers a product we note ...": the delivery
            return [clause]
        made = _MADE_WITH.match(match["list"]) if match["thing"] else None
        if made and not can_be_noun(made["record"].split()[-1]):
            made = None
        if re.match(r"(?:a|an)\s", match["list"]) and (made is None or who in _ANYONE):
            # "when a boiler breaks we log a fault: ...": named; "when someone borrows a tool
            # we record a loan with ...": named, and *someone* names no record of its own
            return [clause]
        if who in _ANYONE:
            # "when someone borrows a book": the one who borrows, a borrower
            doer = f"{lemma}er" if lemma and can_be_noun(f"{lemma}er") else None
            if doer is None:
                return [clause]
        elif match["ours"]:
            doer = singular(match["ours"])  # "one of our engineers"
        elif who.startswith("one"):
            if opened is None or clause == parts[0]:
                return [clause]
            doer = singular(opened.group("people"))
        else:
            doer = who.split()[-1]
        people = who.startswith("one")
        thing, listed = match["thing"], _WHO_DID_IT.sub("", match["list"])
        act = act_noun(lemma) if thing and lemma not in DEALING_VERBS | _LIGHT_VERBS else None
        phrasal = f"{lemma}-{match['particle']}" if match["particle"] else None
        if phrasal and thing and can_be_noun(phrasal):
            act = phrasal  # "whenever an instructor signs off an exercise ...": a sign-off
        named = IRREGULAR_ACTS.get(lemma) or act_noun(lemma)
        if made is not None:
            # "when one of our mechanics fixes a van we record a repair with the date, ...":
            # the record named, the mechanic's and the van's
            act, listed = made["record"], made["list"]
        elif thing and act is None and match["one"]:
            # "when a coach earns one we log the date awarded, ...", one of the kinds told
            # before: the record of both, unless a dealing names it (a loan, a booking)
            act = act_or_irregular_noun(lemma) if lemma in DEALING_VERBS else f"{doer} {thing}"
        elif thing and act is None and named and _SPEAKS_OF_THE_DOER & set(words(listed)):
            # "when a student enters a grading we note their score ...": the entry's list
            act = named
        if thing and named and named in words(listed):
            act = named  # "when someone borrows a book we record the loan date ...": a loan
        if thing and made is None and lemma in _HOLDING_VERBS and doer not in _WHOEVER_HAS_IT:
            # "when an engineer holds a qualification we record ...": the engineer's
            # qualification, a record of both named by both, not a *holding*
            act = f"{doer} {thing}"
        if thing and act and can_be_noun(thing) and thing not in listed.split():
            # "when one of our engineers inspects a property we record ...": the inspection,
            # done by the engineer, of the property
            whom = match["whom"]
            # "... signs off an exercise for a student ...": the one it is done for, too
            for_whom = (
                [f"each {act} belongs to one {whom}"]
                if whom and whom not in (doer, thing) and can_be_noun(whom)
                else []
            )
            return [
                # "when someone holds a qualification": the holder is one of the people told
                # of, no record of holders
                *([f"each {act} belongs to one {doer}"] if doer not in _WHOEVER_HAS_IT else []),
                f"each {act} is for one {thing}",
                *for_whom,
                f"each {act} has {listed}",
            ]
        place = match["place"]
        record = thing or _act_record(lemma, listed, people=people)
        if record is None and place and not thing:
            # "whenever a dog runs the course at a session we write down its time": a run
            record = act_or_irregular_noun(lemma)
        if record is None or record == doer or not can_be_noun(doer):
            return [clause]
        told = [f"each {record} belongs to one {doer}", f"each {record} has {listed}"]
        told = told[1:] if doer in _WHOEVER_HAS_IT else told
        if place and place not in (record, doer) and can_be_noun(place):
            told.insert(1, f"each {record} belongs to one {place}")
        return told

    return per_clause(sentence, plain)


DEALING_VERBS = (
    ZERO_ACTS
    | frozenset(IRREGULAR_ACTS)
    | word_set("book reserve enrol enroll register rent apply donate pay subscribe")
)
"""Acts that are a dealing with the business, each time a record of its own (*when a member
books ...*); *when an item arrives we note the date and its condition* is the item's."""


def _act_record(lemma: str, listed: str, *, people: bool) -> str | None:
    """The record of an act: the verb itself where the list names it so (*orders ... the
    order date*), else the act's noun (*books* → booking, *sells* → sale) when the act is a
    dealing or people do it."""
    if lemma in listed.split() and can_be_noun(lemma):
        return lemma
    if lemma in ZERO_ACTS:
        return lemma
    return act_or_irregular_noun(lemma) if people or lemma in DEALING_VERBS else None


_BOOKED_THEN_ON_THE_DAY = re.compile(
    r"^(?P<first>.*?\b(?:books?|orders?|arranges?|requests?|schedules?)\s+(?:a|an)\s+"
    r"(?P<thing>[a-z][\w\-]*)\b[^;]*?),\s+and\s+(?:on|at|during)\s+the\s+"
    r"(?:visit|day|appointment|call)\s*,?\s+(?:we|i)\s+"
    r"(?:(?:write|jot|note|take)\s+down|write|note|record|log|take)\s+(?P<list>(?:the|a|an)\s.+)$"
)


def on_the_day(sentence: str) -> str:
    """``a customer books a survey of a property, and on the visit we write down the
    address, ...``: *...; each survey has the address, ...*, what is written on the day the
    booked thing happens."""
    match = _BOOKED_THEN_ON_THE_DAY.match(sentence)
    if match is None or not can_be_noun(match.group("thing")) or match.group("thing") == "visit":
        return sentence
    return f"{match.group('first')}; each {match.group('thing')} has {match.group('list')}"
