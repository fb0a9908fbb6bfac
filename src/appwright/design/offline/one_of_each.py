"""Links told in a phrase: *each appointment is one dog with one groomer*, *an order ties a customer
to one skip*, *a booking is for one room, on a date*, *a sheet is for one attendant, one section and one
date*, *each job happens in one yard area*, *a shift puts one guard at one venue from a
start time to an end time*, *that should hang off the booking*.

Each is rewritten into *belongs to* clauses and the fields the link carries.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import names_a_doer
from appwright.design.offline.clause_rewrites import per_clause, per_match, per_statement
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.phrase_patterns import NOUN_PATTERN, trailing_list_clauses
from appwright.design.offline.types import UNIT_TYPES
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, done_form, singular, verb_lemma

_ONE_WHERE_WE_KEEP = re.compile(
    r"(?P<before>\b(?:one|a|an)\s+(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)),\s+(?:where|for\s+which|"
    r"of\s+which|and\s+for\s+each)\s+(?:we|i)\s+(?:(?:also|only|just)\s+)?"
    r"(?:keep|record|hold|store|note|track|log|list)\s+(?P<list>(?:the|a|an|its|their)\s+[^;]+)$"
)


def one_where_we_keep(sentence: str) -> str:
    """``every part is sprayed with one powder, where we keep the colour code and the kilos
    left``: *...; each powder has the colour code and the kilos left*."""

    def plain(clause: str) -> list[str]:
        match = _ONE_WHERE_WE_KEEP.search(clause)
        if match is None or match["thing"].split()[-1] in FUNCTION_WORDS:
            return [clause]
        head = clause[: match.end("before")]
        return [head, f"each {match['thing']} has {match['list']}"]

    return per_clause(sentence, plain)


def belongs_to_clauses(record: str, *others: str) -> list[str]:
    """*each appointment belongs to one dog*, one clause for each record it holds one of."""
    return [f"each {record} belongs to one {other}" for other in others]


ONE_JOINED = r"(?:\s*,\s*(?:and\s+)?|\s+(?:with|and|by|for|in|on|at)\s+)one\s+"
"""Between the ones a record pairs: *one driver with one gritter*, *one driver in one gritter on
one route*, *one driver, one gritter and one route*."""


_IS_ONE_WITH_ONE = re.compile(
    rf"^(?:(?:then|and|so|also)\s+)?(?P<det>each|every|an?|the)\s+(?P<record>{NOUN_PATTERN})\s+is\s+(?:for\s+)?one\s+(?P<one>{NOUN_PATTERN}?)"
    rf"{ONE_JOINED}(?P<other>{NOUN_PATTERN}?)(?:{ONE_JOINED}(?P<third>{NOUN_PATTERN}?))?"
    r"(?=\s+(?:on|at|in|with|for)\b|\s*,|\s*$)"
    r"(?P<rest>.*)$"
)


def _when(name: str) -> bool:
    """*date*, *given night*: a time, no record; *pony day* names one (the days it runs)."""
    *head, last = name.split()
    return last in TIME_WORDS and all(word in _WHICH_TIME for word in head)


_WHICH_TIME = frozenset(["given", "particular", "set", "single", "same", "specific", "agreed"])


def _acting(name: str) -> bool:
    """*seller bringing*: a noun and the act it does, no record's name."""
    *head, last = name.split()
    return bool(head) and last.endswith("ing") and verb_lemma(last) not in (None, last)


def is_one_with_one(sentence: str) -> str:
    """``each appointment is one dog with one groomer on a date, with the price``: *each
    appointment belongs to one dog; ... to one groomer; each appointment has a date, the
    price*; a record that pairs one of each, and what it holds. So are *each run is one driver
    in one gritter on one route* and *... is one driver, one gritter and one route*."""

    def paired(match: re.Match[str]) -> list[str] | None:
        record = match["record"]
        ones = [one for one in (match["one"], match["other"], match["third"]) if one]
        if any(_when(one) for one in ones):
            return None  # *one cottage on one date*: when, no record the changeover holds
        if any(_acting(one) for one in ones):
            return None  # *one seller bringing in one grade*: an act, read by its own reader
        said = belongs_to_clauses(record, *ones)
        rest = match["rest"]
        held = re.match(r"^\s*,?\s*(?:on|at|in|for|with)\s+", rest)
        if not held:
            # "..., has a scheduled start and goes from ...": its own predicates follow
            told = rest.strip(" ,")
            return [*said, f"each {record} {told}"] if told else said
        rest = re.sub(r",\s*(?:and\s+)?with\s+", ", ", rest[held.end() :]).strip(" ,")
        return [*said, f"each {record} has {rest}"]

    dashed = _ONE_WITH_ONE_DASH_LIST.match(sentence)
    if dashed is not None:
        # "each kdm is for one film on one screen - valid from, valid until, ...": its list
        sentence = f"{dashed['head']}, with {dashed['listed']}"
    return per_match(sentence, _IS_ONE_WITH_ONE, paired)


_ONE_WITH_ONE_DASH_LIST = re.compile(
    r"^(?P<head>(?:each|every|an?)\s+[^;:\-]+?\s+is\s+(?:for\s+)?one\s+[^;:]+?)\s+-\s+"
    r"(?P<listed>[^;]+,[^;]+)$"
)


_ONE_OF_OURS_DOES_IT = re.compile(
    r"^(?P<who>one\s+of\s+(?:our|the)\s+[a-z][\w\-]*s)\s+(?P<acts>[a-z]+s)\s+it$"
)
"""``one of our hairdressers runs it``: who does the record just told."""


_LAST_ITEM = re.compile(r"^(?:the|a|an|any|whether|how|what|when|its|their)\s(?!.*\s(?:is|are)\s)")
"""*the deposit amount*, *whether they paid*: an item of a list, not a clause of its own."""


_FOR_ONE_ON_A_DAY = re.compile(
    # "we keep each club's name, town and email, and a booking is for one club on a date
    # with ...": what comes before is a clause of its own too
    rf"^(?:(?P<lead>[^:;]+)(?::|,\s+and)\s+)?(?P<subject>(?:each|every|a|an|the)\s+{NOUN_PATTERN})\s+"
    r"(?:is|happens|takes\s+place|is\s+held)\s+"
    rf"(?P<link>for|from|at|in)\s+one\s+(?P<one>{NOUN_PATTERN}),?\s+(?:on|at)\s+(?:a|an)\s+"
    r"(?:(?:set|given|fixed|agreed)\s+)?(?P<when>date|day|time|date\s+and\s+time)"
    r"(?:\s+with\s+(?P<rest>.+?))?(?P<after>,\s+and\s+.+|\s+and\s+(?=one\s+of\s).+)?$"
)


def for_one_on_a_day(sentence: str) -> str:
    """``a booking is for one room, on a date with a start and an end time``: *a booking is
    for one room; a booking has a date, a start and an end time*; when it is, its own (so is
    *a collection is from one henhouse on a date*, and *a hair day happens at one care home on
    a set date and one of our hairdressers runs it*, whose last clause is who runs the day)."""

    def dated(match: re.Match[str]) -> list[str]:
        subject = match["subject"]
        when = f"a {match['when']}"
        held = f"{when}, {match['rest']}" if match["rest"] else when
        after = (match["after"] or "").removeprefix(",").strip()
        after = re.sub(r"^and\s+", "", after)
        if re.match(r"(?:records|notes|logs|keeps|holds|lists|says|shows)\s", after):
            after = f"{subject} {after}"  # "..., and records how many eggs": the subject's
        does_it = _ONE_OF_OURS_DOES_IT.match(after)
        done = done_form(does_it["acts"]) if does_it else None
        if match["rest"] and not does_it and _LAST_ITEM.match(after):
            # "... with the number of players, and the deposit amount": the list's last item
            held, after = f"{held} and {after}", ""
        if does_it and done:
            after = f"{subject} is {done} by {does_it['who']}"
        return [
            c
            for c in (
                match["lead"] or "",  # "we run hair days: a hair day ...": a clause of its own
                f"{subject} is {match['link']} one {match['one']}",
                f"{subject} has {held}",
                after,
            )
            if c
        ]

    return per_match(sentence, _FOR_ONE_ON_A_DAY, dated)


_FOR_ONE_WHERE_WE_KEEP = re.compile(
    r"\b(?P<it>it|they)\s*(?:'s|'re|\s+is|\s+are)\s+for\s+(?:a|an|one)\s+(?P<who>[a-z][\w\-]*)"
    r"(?:,\s+[^,;]+,)?\s+(?:where|for\s+whom|of\s+whom|about\s+whom)\s+(?:i|we)\s+"
    r"(?:keep|note|record|take|hold|store|have)\s+(?P<listed>[^;]+)$"
)


def for_one_where_we_keep(sentence: str) -> str:
    """``..., and it's for a client, usually the couple, where i keep a contact name and an
    email``: *it is for one client; each client has a contact name and an email*; what is
    kept is the one it is for's."""
    return _FOR_ONE_WHERE_WE_KEEP.sub(
        lambda m: f"{m['it']} is for one {m['who']}; each {m['who']} has {m['listed']}", sentence
    )


_IS_FOR_ONE_LIST = re.compile(
    rf"^(?P<subject>(?:each|every|a|an|the)\s+{NOUN_PATTERN})\s+(?:is|are)\s+for\s+(?:one|a|an)\s+"
    rf"(?P<other>{NOUN_PATTERN})\s*:\s*(?P<items>.+,.+)$"
)


def is_for_one_list(sentence: str) -> str:
    """``a booking is for one service: the venue, the date of the service and the fee``: the
    list tells what the booking keeps when it speaks of *the service* it is; otherwise
    (``an order is for one customer: name, email``) what that other record keeps."""

    def listed(match: re.Match[str]) -> list[str]:
        other = strip_determiners(match["other"])
        if re.search(rf"\b(?:of|for)\s+the\s+{re.escape(other)}\b", match["items"]):
            return [f"{match['subject']} has {match['items']}"]
        return [
            f"{match['subject']} is for one {other}",
            f"each {other} has {match['items']}",
        ]

    return per_match(sentence, _IS_FOR_ONE_LIST, listed)


_NP = r"[a-z][\w\-]*(?:\s+(?!and\b|to\b|with\b)[a-z][\w\-]*)?"


_RECORD_SUBJECT = rf"(?P<subject>(?:each|every|a|an)\s+{_NP})"


_TIES = re.compile(
    rf"(?:^|(?<=, )(?:so |and |then )?){_RECORD_SUBJECT}\s+(?:ties|links|connects|pairs|matches|joins)\s+"
    rf"(?P<first>(?:a|an|one|the)\s+{_NP})\s+(?:to|with)\s+(?P<second>(?:a|an|one|the)\s+{_NP}"
    rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:a|an|one|the)\s+{_NP})*)"
    r"(?P<rest>\s*(?:,|$|and\s+(?:has|is|gets)\s).*)$"
)
"""*an order ties a customer to one skip, with a price*; *..., so a loan ties an item to a
member and a trip and has a returned tick box*: the record belongs to each of them."""


_IS_FOR_BOTH = re.compile(
    rf"^{_RECORD_SUBJECT}\s+(?:is\s+(?:always\s+)?for|belongs\s+to)\s+"
    rf"(?P<first>(?:a|an|one|the)\s+{_NP})\s+and\s+(?:to\s+|for\s+)?"
    rf"(?P<second>(?:a|an|one|the|one\s+of\s+(?:our|the|my))\s+{_NP})"
    r"(?P<rest>\s*(?:,|$|and\s+(?:has|is)\s).*)$"
)


_SENDS_ONE_TO_ONE = re.compile(
    rf"^{_RECORD_SUBJECT}\s+(?:sends|takes|brings|delivers|carries|ships)\s+(?P<first>one\s+{_NP})\s+"
    rf"to\s+(?P<second>one\s+{_NP})(?P<rest>\s*(?:,|$|and\s+(?:has|is|gets)\s).*)$"
)
"""*a shipment sends one box to one subscriber, with a tracking number*: the record that
moves one of a thing to one of another (not a doer's act: *a driver takes ...*)."""


_SIGNS_ONE_UP_TO_ONE = re.compile(
    rf"^{_RECORD_SUBJECT}\s+(?:signs|enrols|enrolls|enters|registers|books)\s+"
    r"(?P<first>one\s+[a-z][\w\-]*(?:\s+(?!(?:and|to|with|up|on|in|onto|into|for)\b)[a-z][\w\-]*)?)"
    rf"\s+(?:up\s+|in\s+)?(?:to|on|onto|into|for)\s+(?P<second>one\s+{_NP})"
    r"(?P<rest>\s*(?:,|$|and\s+(?:has|is|gets)\s).*)$"
)
"""*a membership signs one pet up to one plan, with a start date*, *an entry enters one dog into
one show*: the record that enrols one of a thing in one of another (not a doer's act: *a
receptionist signs one pet up ...*)."""


_ONE_IN_ONE = re.compile(
    rf"^(?:(?:then|and|so|now)\s+)?{_RECORD_SUBJECT}\s+is\s+(?P<first>one\s+[a-z][\w\-]*(?:\s+(?![a-z]+ing\b)(?!and\b|to\b|with\b)[a-z][\w\-]*)?)\s+"
    r"(?:[a-z]+ing\s+(?:(?:in|back|over|along|round|up)\s+)?|(?:in|at|on|for|with|to)\s+)"
    rf"(?P<second>one\s+{_NP})(?P<rest>\s*(?:,|$|and\s+(?:has|is)\s).*)$"
)
"""*each entry is one exhibitor in one class*: the record is the meeting of the two."""


_ONE_OF_OURS = re.compile(
    rf"^{_RECORD_SUBJECT}\s+(?:gets|has|is given)\s+one\s+of\s+(?:our|the|my)\s+(?P<many>[a-z][\w\-]*s)"
    r"(?P<rest>\s*(?:,|$).*)$"
)


_LISTED_ENDS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:a|an|one|the)\s)")


def belongs_to_both(sentence: str) -> str:
    """``an order ties a customer to one skip, with a price``, ``a membership signs one pet up
    to one plan, with a start date`` and ``a booking is for one hut and one hirer``: the record
    belongs to both; ``every order gets one of our drivers, just
    their name and licence number``: it belongs to one of them, and the list is theirs."""

    def plain(clause: str) -> list[str]:
        header, colon, body = clause.rpartition(": ")
        if colon and len(header.split()) <= MAX_HEADER_WORDS + 1:
            # "oh, and drivers: every order gets one of our drivers, ...": the header goes
            rewritten = plain(body)
            return [clause] if rewritten == [body] else rewritten
        pair = (
            _TIES.search(clause)
            or _IS_FOR_BOTH.match(clause)
            or _one_in_one(clause)
            or _sends_one_to_one(clause)
            or _signs_one_up_to_one(clause)
        )
        if pair is not None:
            before = clause[: pair.start()].rstrip(" ,")
            subject = pair.group("subject")
            ends = [pair.group("first"), *_LISTED_ENDS.split(pair.group("second"))]
            owned = [f"{subject} belongs to {_one_of_ours(end)}" for end in ends]
            return [
                *([before] if before else []),
                *owned,
                *trailing_list_clauses(subject, pair.group("rest")),
            ]
        one = _ONE_OF_OURS.match(clause)
        if one is None:
            return [clause]
        picked = singular(one.group("many"))
        subject = one.group("subject")
        listed = trailing_list_clauses(subject, one.group("rest"), owner=f"each {picked}")
        return [f"{subject} belongs to one {picked}", *listed]

    return per_clause(sentence, plain)


def _one_of_ours(phrase: str) -> str:
    """*one of our decorators* → *one decorator*."""
    many = re.match(r"^one\s+of\s+(?:our|the|my)\s+(?P<many>[a-z][\w\-]*)$", phrase)
    return f"one {singular(many.group('many'))}" if many else phrase


_WITH_A_LIST = re.compile(r",?\s+with\s+(?=(?:a|an|the|its)\s)")


def _sends_one_to_one(clause: str) -> re.Match[str] | None:
    # "... to one subscriber with a tracking number": the list, as after a comma
    listed = _WITH_A_LIST.sub(", with ", clause, count=1)
    match = _SENDS_ONE_TO_ONE.match(listed)
    if match is None or names_a_doer(match.group("subject").split()[-1]):
        return None
    return match


def _signs_one_up_to_one(clause: str) -> re.Match[str] | None:
    listed = _WITH_A_LIST.sub(", with ", clause, count=1)
    match = _SIGNS_ONE_UP_TO_ONE.match(listed)
    if match is None or names_a_doer(match.group("subject").split()[-1]):
        return None
    return match


def _one_in_one(clause: str) -> re.Match[str] | None:
    match = _ONE_IN_ONE.match(clause)
    if match is None:
        return None
    heads = (match.group(n).split()[-1] for n in ("first", "second"))
    # "each booking is one night at one site": a time or a measure is no record
    return None if any(h in TIME_WORDS or h in UNIT_TYPES for h in heads) else match


MAX_HEADER_WORDS = 3
"""A colon after at most this many words ends a header (*pledges:*), not a clause."""


_IN_ONE_PLACE = re.compile(
    r"^(?P<record>(?:each|every|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:happens|takes\s+place|is\s+done|is\s+carried\s+out|is\s+kept|is\s+held|is|sits|lives)\s+"
    r"(?:in|at|on|inside)\s+one\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\b(?P<rest>\s*(?:\(|$).*)$"
)


def in_one_place(sentence: str) -> str:
    """``each job happens in one yard area (name)``: *each job belongs to one yard area
    (name)*; where each one is, said with *one*, is the record it points at."""

    def plain(clause: str) -> list[str]:
        match = _IN_ONE_PLACE.match(clause)
        if match is None or not can_be_noun(match["one"].split()[-1]):
            return [clause]
        return [f"{match['record']} belongs to one {match['one']}{match['rest']}"]

    return per_clause(sentence, plain)


_ONE = r"one\s+[a-z][\w\-]*(?:\s+(?!and\b|plus\b|with\b)[a-z][\w\-]*)?"
_FOR_ONE_OF_EACH = re.compile(
    rf"^(?P<record>(?:a|an|each|every)\s+(?P<head>[a-z][\w\-]*))\s+is\s+for\s+"
    rf"(?P<ones>{_ONE}(?:,\s+{_ONE})*,?\s+and\s+{_ONE})(?P<rest>(?:,|\s+plus\s|\s+with\s|$).*)$"
)
_WHEN_NOUNS = frozenset(["date", "day", "week", "month", "shift", "time", "night", "session"])


def for_one_of_each(sentence: str) -> str:
    """``a sheet is for one attendant, one section and one date, plus whether ...``: *each sheet
    is for one attendant; each sheet is for one section; each sheet has a date, plus whether
    ...*; each *one* is a record it points at, or the day it is for."""
    return per_statement(sentence, _for_one_of_each)


def _for_one_of_each(sentence: str) -> str:
    match = _FOR_ONE_OF_EACH.match(sentence)
    if match is None:
        return sentence
    ones = [
        re.sub(r"^one\s+", "", one) for one in re.split(r",\s+(?:and\s+)?|\s+and\s+", match["ones"])
    ]
    if not all(can_be_noun(one.split()[-1]) for one in ones):
        return sentence
    head = match["head"]
    clauses = [
        f"each {head} has a {one}" if one in _WHEN_NOUNS else f"each {head} is for one {one}"
        for one in ones
    ]
    return "; ".join(clauses) + match["rest"]
