"""Records told by what someone does, the record named after it:

- *when a groomer sells a retail item like a bow, we record a sale with ...*: the groomer's sale;
- *operators book a machine against a job, giving a start time, ...*: a booking of each;
- *a member of staff counts a vessel, and the count is saved with ...*: the vessel's count;
- *they tick that schedule line off with a feeding log entry giving ...*: the line's log;
- *the vet prescribes a treatment for that animal with ...*: the animal's treatment;
- *whenever one is fitted to a press we log the fitting date, ...*: a fitting of each;
- *metal workers, who each have ..., book time against a casting with ...*: a time entry of each;
- *keep the quotes a contractor sends for a job, with ...*: the contractor's quote for the job.

`for_every_reader` runs them, so the parse's readers see them said plainly too.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement, said_from_match, said_in_place
from appwright.design.offline.logged_as_it_happens import LISTED, RECORD_OF_THE_ACT, belongs_and_has
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_classes import word_set
from appwright.design.offline.word_forms import (
    can_name_records,
    is_past_participle,
    is_plural,
    singular,
    singular_phrase,
    verb_form,
    verb_lemma,
)

_WHEN_ONE_ACTS_WE_RECORD_A = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:when|whenever|each\s+time|every\s+time)\s+(?:a|an|one\s+of\s+our)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+"
    r"(?P<verb>[a-z]+s)\s+(?:a|an|one|some)\s+(?P<object>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)??)(?P<more>\s+[^,;]+?)?,?\s+"
    r"(?:we|i)\s+(?:record|log|note|take|keep)\s+"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN})\s+with\s+{LISTED}$"
)


_ONE_TAKEN_ON = word_set(
    "passes completes attends takes joins finishes enters visits borrows uses sits"
)
"""Acts on a record of the app's own (*passes a course*), not on a thing told once (*sells a bow*)."""


def when_one_acts_we_record_a(sentence: str) -> str:
    """``when a groomer sells a retail item like a bow, we record a sale with the date, ...``:
    *each sale belongs to one groomer; each sale has the date, ...*; the one who acts is the
    record's."""
    match = _WHEN_ONE_ACTS_WE_RECORD_A.search(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if record.split()[-1] == one or not can_name_records(one, record.split()[-1]):
        return sentence
    # "sells a retail item like a bow": what is sold, told by examples, names no record; "when a
    # volunteer passes a course we record a certificate": the course's too; "when one of our
    # mechanics fixes a van ...": left to the readers that link both already
    thing = match["object"]
    if match["more"]:
        ones: tuple[str, ...] = (one,)
    elif match["verb"] in _ONE_TAKEN_ON and thing.split()[-1] not in (one, record.split()[-1]):
        ones = (one, thing)
    else:
        return sentence
    return said_in_place(sentence, match, belongs_and_has(record, ones, match["listed"]))


_THEY_BOOK_ONE_AGAINST_ONE = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)\s+(?P<verb>book|hire|rent|reserve)\s+(?:a|an|one)\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?:against|for)\s+(?:a|an|one)\s+(?P<other>[a-z][\w\-]*),?\s+(?:giving|with|noting|stating)\s+"
    rf"{LISTED}$"
)


def they_book_one_against_one(sentence: str) -> str:
    """``operators book a machine against a job, giving a start time, ...``: *each booking
    belongs to one machine; each booking belongs to one job; each booking belongs to one
    operator; each booking has a start time, ...*; the act names the record."""
    match = _THEY_BOOK_ONE_AGAINST_ONE.match(sentence)
    if match is None or not is_plural(match["who"]):
        return sentence
    record = RECORD_OF_THE_ACT[f"{match['verb']}s"]
    ones = (match["one"], match["other"], singular(match["who"]))
    if record in ones or len(set(ones)) < 3 or not can_name_records(*ones):
        return sentence
    return belongs_and_has(record, ones, match["listed"])


_ONE_ACTS_AND_IT_IS_SAVED = re.compile(
    r"^(?:(?:every|each|once\s+a)\s+(?:few\s+)?[a-z]+\s+)?(?:a|an|one\s+of\s+our)\s+"
    r"(?P<who>member\s+of\s+staff|staff\s+member|[a-z][\w\-]*)\s+(?P<verb>[a-z]+s)\s+(?:a|an|the|each)\s+(?P<one>[a-z][\w\-]*),?\s+"
    r"and\s+the\s+(?P<record>[a-z][\w\-]*)\s+is\s+(?:saved|logged|recorded|kept|stored|entered|written\s+down)\s+"
    rf"with\s+{LISTED}$"
)


def one_acts_and_it_is_saved(sentence: str) -> str:
    """``every few days a member of staff counts a vessel, and the count is saved with the
    date, ...``: *each count belongs to one vessel; each count belongs to one staff; each count
    has the date, ...*."""

    def plain(statement: str) -> str:
        match = _ONE_ACTS_AND_IT_IS_SAVED.match(statement)
        if match is None:
            return statement
        who = "staff" if match["who"] in ("member of staff", "staff member") else match["who"]
        record, ones = match["record"], (match["one"], who)
        if record in ones or len(set(ones)) < 2 or not can_name_records(record, *ones):
            return statement
        return belongs_and_has(record, ones, match["listed"])

    return per_statement(sentence, plain)


_TICK_IT_OFF_WITH_A = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:(?:when|whenever|once|after)\s+[^,;]+?,?\s+)?(?:they|we|i|someone|staff)\s+"
    r"(?:tick|sign|mark|check)\s+(?:that|the|each)\s+(?P<one>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+off\s+with\s+"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)(?:\s+entry)?\s+(?:giving|with|noting|recording)\s+{LISTED}$"
)


def tick_it_off_with_a(sentence: str) -> str:
    """``when someone does the feed they tick that schedule line off with a feeding log entry
    giving the date, ...``: *each feeding log belongs to one schedule line; each feeding log
    has the date, ...*."""
    match = _TICK_IT_OFF_WITH_A.search(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if record.split()[-1] == one.split()[-1] or not can_name_records(
        record.split()[-1], one.split()[-1]
    ):
        return sentence
    return said_in_place(sentence, match, belongs_and_has(record, (one,), match["listed"]))


_THE_ONE_ACTS_FOR_THAT_ONE = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:(?:when|whenever|if)\s+[^,;]+?,?\s+)?the\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:prescribes|raises|opens|issues|writes|sets\s+up|books)\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+"
    rf"for\s+(?:that|the|this|each)\s+(?P<one>[a-z][\w\-]*)\s+with\s+{LISTED}$"
)


def the_one_acts_for_that_one(sentence: str) -> str:
    """``..., and when something is wrong the vet prescribes a treatment for that animal with
    the medicine, dose, ...``: *...; each treatment belongs to one animal; each treatment
    belongs to one vet; each treatment has the medicine, ...*."""
    match = _THE_ONE_ACTS_FOR_THAT_ONE.search(sentence)
    if match is None:
        return sentence
    record, ones = match["record"], (match["one"], match["who"])
    if record in ones or len(set(ones)) < 2 or not can_name_records(record, *ones):
        return sentence
    return said_in_place(sentence, match, belongs_and_has(record, ones, match["listed"]))


_WHEN_ONE_IS_DONE_TO_ONE = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:when|whenever|each\s+time|every\s+time)\s+(?:a\s+|an\s+)?(?P<one>[a-z][\w\-]*)\s+"
    r"is\s+(?P<done>[a-z]+)\s+(?:to|on|onto|into|in)\s+(?:a|an|the)\s+(?P<other>[a-z][\w\-]*),?\s+"
    rf"(?:we|i)\s+(?:log|record|note|take)\s+{LISTED}$"
)


def when_one_is_done_to_one(sentence: str) -> str:
    """``each consumable has a part code, ...; whenever one is fitted to a press we log the
    fitting date, the click count, ...``: *...; each fitting belongs to one consumable; each
    fitting belongs to one press; each fitting has the date, the click count, ...*; the act
    names the record when the list names it too."""
    match = _WHEN_ONE_IS_DONE_TO_ONE.search(sentence)
    if match is None or not is_past_participle(match["done"]):
        return sentence
    lemma = verb_lemma(match["done"])
    act = verb_form(lemma, "VBG") if lemma else None
    listed = match["listed"]
    if not act or not re.match(rf"the\s+{act}\s+(?:date|time|day)\b", listed):
        return sentence
    one = match["one"]
    if one == "one":
        named = re.findall(r"\b(?:each|every)\s+([a-z][\w\-]*)", sentence[: match.start()])
        if not named:
            return sentence
        one = named[-1]
    ones = (one, match["other"])
    if act in ones or one == match["other"] or not can_name_records(*ones):
        return sentence
    listed = re.sub(rf"^the\s+{act}\s+", "the ", listed)
    return said_in_place(sentence, match, belongs_and_has(act, ones, listed))


_OPENS_ONE_THAT_MOVES_IT = re.compile(
    r"^(?:then\s+)?for\s+(?:every|each)\s+(?:[a-z][\w\-]*\s+)?(?P<one>[a-z][\w\-]*)\s+"
    r"(?:the\s+[a-z][\w\-]*|we|i|they|staff)\s+(?:opens?|raises?|creates?|makes?|starts?)\s+(?:a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN})\s+(?:that|which)\s+(?:moves|puts|transfers|switches)\s+it\s+(?:onto|to|into|on)\s+"
    r"(?:a|an)\s+(?:new\s+|different\s+|later\s+|another\s+)?(?P<other>[a-z][\w\-]*),\s+(?:noting|recording|with)\s+"
    r"(?P<listed>.+?)(?:,\s+and\s+(?P<rest>the\s+(?P=record)\s.+))?$"
)


def opens_one_that_moves_it(sentence: str) -> str:
    """``for every affected booking the office opens a rebooking that moves it onto a new
    sailing, noting whether a refund was given and the refund amount, and the rebooking goes
    pending, ...``: *each rebooking belongs to one booking; each rebooking belongs to one
    sailing; each rebooking has whether a refund was given and ...; the rebooking goes ...*."""
    match = _OPENS_ONE_THAT_MOVES_IT.match(sentence)
    if match is None:
        return sentence
    record, ones = match["record"], (match["one"], match["other"])
    if record.split()[-1] in ones or ones[0] == ones[1] or not can_name_records(*ones):
        return sentence
    said = belongs_and_has(record, ones, match["listed"])
    return f"{said}; {match['rest']}" if match["rest"] else said


_THEY_DO_ONE_AND_FOR_THAT = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+|\bthen\s+(?:separately\s+)?)(?:the\s+|our\s+)?[a-z][\w\-]*s\s+(?:do|carry\s+out|make)\s+"
    r"(?:a|an)\s+(?P<record>(?:(?:daily|weekly|monthly|yearly|annual|quick|regular)\s+)?[a-z][\w\-]*)\s*"
    r"(?:\([^()]*\))?,?\s+and\s+for\s+(?:that|those|each\s+one|it)\s+(?:we|i)\s+(?:just\s+|only\s+)?"
    r"(?:need|keep|record|note|log|want)\s+(?P<listed>(?:the|a|an)\s.+)$"
)


def they_do_one_and_for_that(sentence: str) -> str:
    """``then separately the drivers do a weekly check (tyres, lights, fuel) and for that we
    just need the date, the mileage, ...``: *each weekly check has the date, the mileage,
    ...*; what the check looks at, in brackets, is no item of its list."""
    match = _THEY_DO_ONE_AND_FOR_THAT.search(sentence)
    if match is None or not can_name_records(match["record"].split()[-1]):
        return sentence
    return said_from_match(sentence, match, f"each {match['record']} has {match['listed']}")


_BOOK_TIME_AGAINST = re.compile(
    rf"^(?:our\s+|the\s+)?(?P<who>{NOUN_PATTERN}s)(?:,\s+who\s+(?:each\s+|all\s+)?have\s+(?P<own>[^;]+?),)?\s+"
    r"(?:book|record|put)\s+(?:their\s+)?(?:time|hours)\s+(?:against|to|on)\s+(?:a|an|the|each)\s+"
    r"(?P<one>[a-z][\w\-]*),?\s+(?:with|giving|noting)\s+"
    r"(?P<listed>(?:a|an|the|its|their|how|whether|which)\s.+)$"
)


def book_time_against(sentence: str) -> str:
    """``metal workers book time against a casting with the date, the task, ...``: *each time
    entry belongs to one casting; each time entry belongs to one metal worker; each time entry
    has the date, ...*; time booked is a record of its own, one for each booking."""

    def plain(statement: str) -> str:
        match = _BOOK_TIME_AGAINST.match(statement)
        if match is None:
            return statement
        who = singular_phrase(match["who"])
        if who == match["one"] or not can_name_records(who.split()[-1], match["one"]):
            return statement
        said = belongs_and_has("time entry", (match["one"], who), match["listed"])
        return f"each {who} has {match['own']}; {said}" if match["own"] else said

    return per_statement(sentence, plain)


_KEEP_THE_ONES_ONE_SENDS = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:[^,;]*?\b(?:help|like|want|need)\s+to\s+)?(?:keep|record|log|store|track)\s+"
    r"the\s+(?P<records>[a-z][\w\-]*s)\s+(?:that\s+)?(?:a|an|the|each)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:sends|gives|makes|submits|raises|puts\s+in)\s+(?:us\s+)?(?:for|on|against)\s+(?:a|an|the|each)\s+"
    r"(?P<one>[a-z][\w\-]*),?\s+with\s+(?P<listed>(?:a|an|the|its|their|how|whether|which)\s.+)$"
)


def keep_the_ones_one_sends(sentence: str) -> str:
    """``it would also help to keep the quotes a contractor sends for a job, with the amount
    and whether the committee accepted it``: *each quote belongs to one contractor; each quote
    belongs to one job; each quote has the amount and ...*."""
    match = _KEEP_THE_ONES_ONE_SENDS.search(sentence)
    if match is None or not is_plural(match["records"]):
        return sentence
    record, ones = singular(match["records"]), (match["who"], match["one"])
    if record in ones or ones[0] == ones[1] or not can_name_records(record, *ones):
        return sentence
    return said_in_place(sentence, match, belongs_and_has(record, ones, match["listed"]))


_WE_HOLD_ONE_LOGGED_WITH = re.compile(
    r"\b(?:we|i)\s+(?:hold|run|give|do|carry\s+out|have)\s+(?:a|an)\s+(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?P<where>(?:\s+(?:on|at|in)\s+(?:site|the\s+[a-z][\w\-]*))?)\s*,\s+"
    r"(?:(?:which|it)\s+is\s+)?(?:logged|recorded|noted|written\s+up|kept)\s+with\s+"
    r"(?P<listed>(?:a|an|the|its|any)\s.+)$"
)


def we_hold_one_logged_with(sentence: str) -> str:
    """``we hold a briefing on site, logged with a date, a topic and any notes``: *we hold a
    briefing on site; each briefing has a date, ...*; what we hold is what is logged."""
    match = _WE_HOLD_ONE_LOGGED_WITH.search(sentence)
    if match is None or not can_name_records(match["thing"].split()[-1]):
        return sentence
    return f"{sentence[: match.end('where')]}; each {match['thing']} has {match['listed']}"
