"""Records made or noted by an act told in passing, written as the plain clauses the readers know.

People tell a record in the order they work: *we visit it for shoots, each on a date*, *parents
order against a pupil, giving their email ...*, *when I go back to check a job I log the visit
date ...*, *pairing a grower with a garden owner creates a match with ...*, *at each rehearsal
the tutors mark every player present*. Each rewrite here turns one such shape into *each X
belongs to one Y* and *each X has ...*, whatever the domain; `simplify` runs them in its order.
`passing_links` reads the one a record belongs to, named in passing (*each repair job on a
bike*), and `passing_lists` what is kept about someone, said aside (*for the crew a name is
plenty*).
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import act_noun, act_or_irregular_noun
from appwright.design.offline.clause_rewrites import per_clause, reordered
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_past_participle,
    is_plural,
    singular,
    verb_lemma,
)

WEEKDAYS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekday")
)


_ON_ONE_WE_NOTE = re.compile(
    r"^(?:and\s+)?on\s+(?:a|an|each|every)\s+(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?=(?:we|i)\s+(?:also\s+)?(?:note|record|keep|log|take|write\s+down|store|track)\s)"
)


def on_one_we_note(sentence: str) -> str:
    """``on a reservation we note the deposit they paid``: *for each reservation we note
    ...*; what is noted on a record is its own (unless the record is a day: *on a monday*)."""

    def reorder(match: re.Match[str], rest: str) -> str | None:
        if match["what"].split()[-1] in TIME_WORDS or match["what"].split()[0] in WEEKDAYS:
            return None
        return f"for each {match['what']} {rest}"

    return reordered(sentence, _ON_ONE_WE_NOTE, reorder)


_MEET_EACH_AND_RECORD = re.compile(
    r"\b(?P<we>we|i)\s+(?:sit\s+down|meet(?:\s+up)?|catch\s+up|speak|talk|check\s+in)\s+with\s+"
    r"(?P<who>(?:each|every|a|an|the)\s+[a-z][\w\-]*)\s+and\s+(?P<verb>record|log|note|write\s+up|"
    r"fill\s+in|take|make)\s+(?P<what>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+with\s+"
)


def meet_each_and_record(sentence: str) -> str:
    """``once a month we sit down with each startup and record a check-in with the date
    ...``: *we record a check-in for each startup with ...*; what is written up at a meeting
    with someone is kept for them."""
    return _MEET_EACH_AND_RECORD.sub(
        lambda m: f"{m['we']} {m['verb']} {m['what']} for {m['who']} with ", sentence
    )


_VISIT_IT_FOR = re.compile(
    r"^(?P<head>(?:a|an|each|every)\s+(?P<place>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:has|have|is|are)\s+.+?),\s+and\s+(?:we|i)\s+"
    r"(?:visit|see|call\s+on|go\s+to|serve|work\s+for)\s+(?:it|them)\s+for\s+(?P<things>[a-z][\w\-]*s)"
    r"(?:,\s+each\s+(?:(?P<on>on\s+(?:a|an|the)\s+(?:date|day))(?:\s+and\s+|$))?(?P<each>.*))?$"
)


def visit_it_for(sentence: str) -> str:
    """``a school has a name, and we visit it for shoots, each on a date and covered by one
    of our photographers``: *...; each shoot belongs to one school; each shoot has a date;
    each shoot is covered by ...*; what we go there for is the place's."""

    def plain(clause: str) -> list[str]:
        match = _VISIT_IT_FOR.match(clause)
        if match is None or not can_be_noun(singular(match["things"])):
            return [clause]
        thing = singular(match["things"])
        made = [match["head"], f"each {thing} belongs to one {match['place']}"]
        if match["on"]:
            made.append(f"each {thing} has a date")
        if match["each"]:
            made.append(f"each {thing} is {match['each']}")
        return made

    return per_clause(sentence, plain)


_ACT_AGAINST_ONE_WITH = re.compile(
    r"^(?P<who>(?:the\s+)?[a-z][\w\-]*s)\s+(?P<verb>[a-z]+)(?:\s+(?P<what>[a-z][\w\-]*s))?\s+"
    r"against\s+(?:a|an|one)\s+(?P<target>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*"
    r"(?:\s+with\s+(?P<listed>.+)|\((?P<bracketed>[^()]+)\))$"
)


def act_against_one_with(sentence: str) -> str:
    """``parents order against a pupil with their email, a package and the total paid``:
    *each order belongs to one pupil; each order has parent email, a package and ...*; the
    act is the record, and what the people give about themselves is kept on it. What they act
    on names it, and it is theirs too: ``guides claim expenses against a tour (amount, date);
    a claim is ...``: *each expense claim belongs to one tour; each expense claim belongs to
    one guide; each expense claim has amount, date*. An act with no noun but its *-ing*
    (``attendants report faults against a machine with ...``) leaves the faults the record."""

    def plain(clause: str) -> list[str]:
        match = _ACT_AGAINST_ONE_WITH.match(clause)
        lemma = verb_lemma(match["verb"]) if match else None
        if match is None or lemma is None or not is_plural(match["who"].split()[-1]):
            return [clause]
        if match["what"] is None and match["listed"] is None:
            return [clause]  # a bracketed list only after what is acted on
        who = singular(match["who"].split()[-1])
        if match["what"] is None:
            act = act_or_irregular_noun(lemma)
            if act is None:
                return [clause]
            listed = re.sub(r"\btheir\s+", f"{who} ", match["listed"])
            return [f"each {act} belongs to one {match['target']}", f"each {act} has {listed}"]
        # the act's own noun where the sentence names it (*a claim is submitted*)
        named = re.search(rf"\b(?:a|an|the|each|every)\s+{lemma}\b", sentence)
        act = lemma if named else act_or_irregular_noun(lemma)
        what = singular(match["what"])
        if act is None or not can_be_noun(what) or what == who:
            return [clause]
        # "report faults against a machine": the faults are the record, as *fault reporting*
        # names no thing kept
        act = what if act.endswith("ing") else f"{what} {act}"
        return [
            f"each {act} belongs to one {match['target']}",
            f"each {act} belongs to one {who}",
            f"each {act} has {match['bracketed'] or match['listed']}",
        ]

    return per_clause(sentence, plain)


_DONE_AND_WE_NOTE = re.compile(
    r"^(?P<opening>(?P<det>every|each|a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:gets|is)\s+(?P<done>[a-z]+)(?:\s+(?:in|out|up))?"
    r"(?P<by>\s+(?:by|for|on|with|at)\s+[^;]*?)?),?\s+and\s+(?:we|i)\s+(?:also\s+|then\s+)?"
    r"(?:write\s+down|note|record|log|take|jot\s+down|keep)\s+(?P<listed>.+)$"
)


def done_and_we_note(sentence: str) -> str:
    """``every drop-off gets weighed, and we write down the date, the household and the
    weight``: *for each drop-off we note ...*; what is noted when a record is handled is its.
    ``a piercing is done by one of our piercers on one client, and we note the placement``:
    by whom and on what stays, and the list is still the piercing's, not the client's."""

    def reorder(match: re.Match[str], rest: str) -> str | None:
        if not is_past_participle(match["done"]):
            return None
        if match["by"] is None and match["det"] in ("a", "an"):
            return None  # "a tent is pitched, and we note ...": left to its reader, as before
        if any(word in FUNCTION_WORDS for word in match["record"].split()):
            return None
        noted = f"for each {match['record']} we note {match['listed']}"
        return f"{match['opening']}; {noted}" if match["by"] else noted

    return reordered(sentence, _DONE_AND_WE_NOTE, reorder)


_THEIRS_ENTERED_AS = re.compile(
    r"(?P<lead>^|,\s+and\s+|,\s+)(?:each|every)\s+(?P<who>[a-z][\w\-]*)'s\s+"
    r"(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:for|in|at|on)\s+(?:that|the|each|this|every)\s+"
    r"(?P<on>[a-z][\w\-]*)\s+(?:are|is|get|gets)\s+(?:entered|recorded|logged|kept|stored|saved|put\s+in)\s+"
    r"as\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)(?:\s+(?:against|on|for)\s+(?:it|them|that\s+[a-z]+))?"
    r"(?=\s*(?:[;.]|$))"
)


def theirs_entered_as(sentence: str) -> str:
    """``..., and each player's pins for that match are entered as a score against it``:
    *...; each score belongs to one player; each score belongs to one match; each score has
    pins*; what is entered for someone at an event is a record of both."""

    def plain(match: re.Match[str]) -> str:
        record, lead = match["record"], "; " if match["lead"] else ""
        return (
            f"{lead}each {record} belongs to one {match['who']}; each {record} belongs to one "
            f"{match['on']}; each {record} has {match['what']}"
        )

    return _THEIRS_ENTERED_AS.sub(plain, sentence)


_WHEN_WE_GO_BACK = re.compile(
    r"^(?:and\s+)?(?:when|whenever|each\s+time|every\s+time)\s+(?:i|we)\s+(?:go|come|call|pop)\s+"
    r"(?:back|out|round|over)\s+to\s+(?P<verb>[a-z]+)\s+(?:a|an|the|each|every)\s+(?P<thing>[a-z][\w\-]*),?\s+"
    r"(?:i|we)\s+(?:log|record|note|write\s+down|jot\s+down|take)\s+(?P<listed>.+)$"
)


def when_we_go_back(sentence: str) -> str:
    """``when i go back to check a job i log the visit date, the number of moles caught ...``:
    *each visit belongs to one job; each visit has ...*; each time we go back is a record of
    its own, named by the list (*the visit date*) or by the act (*a check*)."""

    def plain(clause: str) -> list[str]:
        match = _WHEN_WE_GO_BACK.match(clause)
        if match is None:
            return [clause]
        dated = re.match(r"(?:the|a)\s+(?P<act>[a-z]+)\s+(?:date|day|time)\b", match["listed"])
        lemma = verb_lemma(match["verb"]) or match["verb"]
        record = dated["act"] if dated and can_be_noun(dated["act"]) else act_noun(lemma)
        if record is None or record == match["thing"]:
            return [clause]
        return [
            f"each {record} belongs to one {match['thing']}",
            f"each {record} has {match['listed']}",
        ]

    return per_clause(sentence, plain)


_PAIRING_MAKES = re.compile(
    r"^(?:pairing|matching|linking|putting|assigning|booking)\s+(?:a|an|one)\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:with|to|into|on)\s+(?:a|an|one)\s+"
    r"(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:creates|makes|gives|opens|starts)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*)(?:\s+with\s+(?P<listed>.+))?$"
)


def pairing_makes(sentence: str) -> str:
    """``pairing a grower with a garden owner creates a match with a start date``: *each match
    belongs to one grower; each match belongs to one garden owner; each match has ...*."""

    def plain(clause: str) -> list[str]:
        match = _PAIRING_MAKES.match(clause)
        if match is None:
            return [clause]
        record = match["record"]
        made = [
            f"each {record} belongs to one {match['one']}",
            f"each {record} belongs to one {match['other']}",
        ]
        return [*made, f"each {record} has {match['listed']}"] if match["listed"] else made

    return per_clause(sentence, plain)


_BECOMES_A_RECORD = re.compile(
    r"^(?:(?:if|once|when)\s+[^,;]+,\s+)?(?P<was>it|(?:a|an|the|each|every)\s+[a-z][\w\-]*)\s+"
    r"(?:becomes|turns\s+into|is\s+turned\s+into)\s+(?:a|an)\s+(?P<made>[a-z][\w\-]*)\s+"
    r"(?P<done>(?:booked|scheduled|planned|set|put|assigned|given)\b.+)$"
)


def becomes_a_record(sentence: str) -> str:
    """``if they accept, it becomes a job booked on a date with one crew``: *each job is
    booked on a date with one crew*; (*a quote becomes a job ...*: and each job comes from one
    quote); the new record, told with what it is given."""

    def plain(clause: str) -> list[str]:
        match = _BECOMES_A_RECORD.match(clause)
        if match is None or not can_be_noun(match["made"]) or match["made"] in FUNCTION_WORDS:
            return [clause]
        said = [f"each {match['made']} is {match['done']}"]
        if match["was"] != "it":
            said.append(f"each {match['made']} comes from one {match['was'].split()[-1]}")
        return said

    return per_clause(sentence, plain)


_TAKES_A_TURN_GIVING = re.compile(
    r"^(?P<who>[a-z][\w\-]*s|people|folk)\s+(?P<verb>book|reserve|hire|rent|order)\s+"
    r"(?P<what>[^,;]+?),?\s+"
    r"(?P<giving>giving|leaving|with)\s+(?:us\s+)?their\s+(?P<list>[^;]+)$"
)
_ANYONE = ("people", "folk")
_ONE_NAMED_LAST = re.compile(r"\b(?:a|an|one|the)\s+(?P<one>[a-z][\w\-]*)$")


def takes_a_turn_giving(sentence: str) -> str:
    """``guests book seats for an event, giving their name, email and the number of seats``:
    *each booking is for one event; each booking belongs to one guest; each booking has a
    name, ...*; what people give when they book is kept on the booking, not on the event they
    book, which others book too."""

    def plain(clause: str) -> list[str]:
        match = _TAKES_A_TURN_GIVING.match(clause)
        if match is None or not can_be_noun(match["who"]) or match["what"].startswith("against"):
            return [clause]  # "order against a graduate, giving ...": the reader of acts against
        if match["who"] in _ANYONE and match["giving"] == "with":
            return [clause]  # "people book a seat with their name": the readers of bookings
        act = act_or_irregular_noun(match["verb"])
        booked = _ONE_NAMED_LAST.search(match["what"].strip())
        if act is None or booked is None or not can_be_noun(booked["one"]):
            return [clause]
        said = [f"each {act} is for one {booked['one']}", f"each {act} has a {match['list']}"]
        if match["who"] not in _ANYONE:
            # "people book onto a course, giving ...": anyone books, no record of who
            said.insert(1, f"each {act} belongs to one {singular(match['who'])}")
        return said

    return per_clause(sentence, plain)


_MARKED_PRESENT = re.compile(
    r"(?:^|(?<=,\sand\s)|(?<=;\s))(?:(?:at|for|in)\s+(?:each|every)\s+(?P<event>[a-z][\w\-]*)\s*,?\s+)?"
    r"(?:we|i|the\s+[a-z][\w\-]*|[a-z][\w\-]*s)\s+(?:mark|marks|record|records|log|logs|take|takes)\s+"
    r"(?:each|every)\s+(?P<who>[a-z][\w\-]*)\s+(?:as\s+)?(?P<marks>[a-z][\w\- ]*(?:,\s*[a-z][\w\- ]*)*,?\s+or\s+[a-z][\w\-]*)"
    r"(?:\s+(?:at|for|in)\s+(?:each|every|the)\s+(?P<event_after>[a-z][\w\-]*))?"
    # "..., on the register, with an optional note": where it is marked says nothing more
    r"(?:\s+(?:on|in)\s+the\s+(?:register|sheet|list|app|system))?(?:,?\s+with\s+(?P<listed>[^;]+))?$"
)
_ATTENDANCE_MARKS = frozenset(["present", "absent", "late", "excused", "attended", "missed"])


def marked_present(sentence: str) -> str:
    """``at each rehearsal the tutors mark every player present, absent or late``: *each
    attendance is for one rehearsal; each attendance is of one player; each attendance has a
    status (present, absent or late)*: a mark for each one at each meeting is a record, with
    what is noted with it (*..., on the register, with an optional note*)."""

    match = _MARKED_PRESENT.search(sentence)
    event = match and (match["event"] or match["event_after"])
    if match is None or not event:
        return sentence
    marks = [m.strip() for m in re.split(r",|\bor\b", match["marks"]) if m.strip()]
    if not set(marks) & _ATTENDANCE_MARKS:
        return sentence
    listed = ", ".join(marks[:-1]) + f" or {marks[-1]}"
    before = re.sub(r",?\s*(?:and\s*)?;?\s*$", "", sentence[: match.start()])
    said = [
        f"each attendance is for one {event}",
        f"each attendance is of one {match['who']}",
        f"each attendance has a status ({listed})",
        *([f"each attendance has {match['listed']}"] if match["listed"] else []),
    ]
    return "; ".join([before, *said] if before else said)


_COMES_OUT_OF_ONE_WITH = re.compile(
    r"^(?:a|an|each|every)\s+(?P<made>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:comes|follows|results|arises|is\s+made|is\s+raised|is\s+created)\s+"
    r"(?P<whence>out\s+of|from|after)\s+(?:a|an|the|one)\s+(?P<source>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"with\s+(?P<list>(?:a|an|the|its|their)\s.+)$"
)


_BY_NAME = re.compile(r"^(?:a|the|their|its)\s+(?:company\s+)?name\b")


def comes_out_of_one_with(sentence: str) -> str:
    """``an installation comes out of a survey with a price, an install date and a
    certificate number``: *each installation is from one survey; each installation has a
    price, ...*; the list is the new record's, not the one it came from, unless that one is
    told by name (*every oil comes from a supplier with a name, an email and a website*)."""

    def plain(clause: str) -> list[str]:
        match = _COMES_OUT_OF_ONE_WITH.match(clause)
        if match is None or not can_be_noun(match["source"].split()[-1]):
            return [clause]
        made, source = match["made"], match["source"]
        # "every oil comes from a supplier with a name, an email and ...": who it comes from is
        # told by name, the supplier's list
        whose = source if match["whence"] == "from" and _BY_NAME.match(match["list"]) else made
        return [f"each {made} is from one {source}", f"each {whose} has {match['list']}"]

    return per_clause(sentence, plain)


_MAKES_ONE_WHERE_WE_PUT = re.compile(
    r"^(?P<opening>(?:each|every|a|an)\s+(?P<who>[a-z][\w\-]*)\s+.*?),?\s+and\s+(?:then\s+)?"
    r"(?:makes|places|raises|opens|submits|creates)\s+(?:a|an)\s+(?P<made>[a-z][\w\-]*)\s+"
    r"(?:where|in\s+which|on\s+which)\s+(?:we|i|they)\s+(?:put|record|note|log|keep|take|have|write)"
    r"\s+(?P<list>.+)$"
)


def makes_one_where_we_put(sentence: str) -> str:
    """``each student has a name ..., and then makes a booking where we put how many boxes
    they want and the collection date``: *...; each booking belongs to one student; each
    booking has ...*; the record someone makes, with what is put on it."""
    match = _MAKES_ONE_WHERE_WE_PUT.match(sentence)
    if match is None or not can_be_noun(match["made"]) or not can_be_noun(match["who"]):
        return sentence
    made, who = match["made"], match["who"]
    return f"{match['opening']}; each {made} belongs to one {who}; each {made} has {match['list']}"
