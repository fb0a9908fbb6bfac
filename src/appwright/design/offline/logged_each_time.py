"""Records of an act done again and again, one logged each time it is done:

- *every time a batch gets turned we log the date and ...*: a turning of the batch;
- *each time the lights go on we log a floodlight session against the court and the member who
  switched them on, noting ...*: the session is the court's and the member's;
- *whenever a coach gives a private lesson they log it: which court, the date, ...*: the
  coach's lesson, its list after the colon;
- *members can sign up for as many sessions as they like, and when they do we note ...*: a
  signup of a member for a session.

`for_every_reader` runs them, so the parse's readers see them said plainly too.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.clause_rewrites import said_from_match, said_in_place
from appwright.design.offline.logged_as_it_happens import belongs_and_has
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import can_name_records, is_plural, singular, verb_lemma

_EVERY_TIME_ONE_IS_DONE = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:when|whenever|each\s+time|every\s+time)\s+(?:a|an|the)\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?:is|gets)\s+(?P<done>[a-z]+ed)\s*,?\s+(?:we|i)\s+(?:log|record|note|write\s+down)\s+"
    r"(?P<listed>(?:a|an|the|its|their|how|whether|when|which|who)\s.+(?:,|\band\b).+)$"
)


def every_time_one_is_done(sentence: str) -> str:
    """``every time a batch gets turned we log the date and the initials of whoever turned
    it``: *each turning belongs to one batch; each turning has the date and ...*; the act, done
    again and again, is the record (a verb with no noun for its act stays as it is)."""
    match = _EVERY_TIME_ONE_IS_DONE.search(sentence)
    lemma = verb_lemma(match["done"]) if match else None
    act = act_or_irregular_noun(lemma) if lemma else None
    if match is None or act is None or act == match["one"]:
        return sentence
    if not can_name_records(match["one"]):
        return sentence
    return said_in_place(sentence, match, belongs_and_has(act, (match["one"],), match["listed"]))


_WE_LOG_ONE_AGAINST = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+|(?:when|whenever|each\s+time|every\s+time)\s+the\s+[^,;]+?,?\s+)(?:we|i)\s+"
    rf"(?:log|record|book|enter)\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN})\s+against\s+(?:the|a|an|its)\s+"
    r"(?P<one>[a-z][\w\-]*)(?:\s+and\s+(?:the|a|an)\s+(?P<other>[a-z][\w\-]*)(?:\s+(?:who|that)\s+[^,;]+)?)?,?\s+"
    r"(?:noting|giving|recording|with)\s+(?P<listed>(?:a|an|the|its|their|how|whether|when|which|who)\s.+)$"
)


def we_log_one_against(sentence: str) -> str:
    """``each time the lights go on we log a floodlight session against the court and the
    member who switched them on, noting the start time, ...``: *each floodlight session belongs
    to one court; each floodlight session belongs to one member; each floodlight session has
    the start time, ...*. The clause before opens with *the* (*each time the lights go on*), so
    one that names a doer (*when one of our drivers tips a load, we log a drop ...*) keeps it."""
    match = _WE_LOG_ONE_AGAINST.search(sentence)
    if match is None:
        return sentence
    record = match["record"]
    ones = tuple(one for one in (match["one"], match["other"]) if one)
    if record.split()[-1] in ones or len(set(ones)) < len(ones) or not can_name_records(*ones):
        return sentence
    return said_from_match(sentence, match, belongs_and_has(record, ones, match["listed"]))


_WHEN_ONE_ACTS_THEY_LOG_IT = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:then\s+)?(?:when|whenever|each\s+time|every\s+time)\s+(?:a|an)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+"
    rf"(?P<verb>[a-z]+s)\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}),?\s+(?:they|we|i|he|she)\s+"
    r"(?:log|record|note|enter|write\s+down)\s+(?:it|them)\s*:\s+"
    r"(?P<listed>(?:a|an|the|its|their|how|whether|when|which|who)\s.+)$"
)


def when_one_acts_they_log_it(sentence: str) -> str:
    """``then whenever a coach gives a private lesson they log it: which court, the date,
    ...``: *each private lesson belongs to one coach; each private lesson has which court, the
    date, ...*; what the one does is the record, the list after the colon its own."""
    match = _WHEN_ONE_ACTS_THEY_LOG_IT.search(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if record.split()[-1] == one or not can_name_records(one, record.split()[-1]):
        return sentence
    return said_in_place(sentence, match, belongs_and_has(record, (one,), match["listed"]))


_SIGN_UP_AND_WHEN_THEY_DO = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)\s+(?:can|may|will)\s+(?P<act>sign\s+up\s+for|book|enter|register\s+for|enrol\s+on)\s+"
    r"(?:(?:as\s+)?many\s+|any\s+|several\s+|lots\s+of\s+|one\s+or\s+more\s+)?(?P<ones>[a-z][\w\-]*s)\b[^,;]*"
    r"(?:,?\s+and|;)\s+when\s+they\s+do\s+(?:so\s+)?(?:we|i)\s+(?:note|record|log|keep|store)\s+"
    r"(?P<listed>(?:a|an|the|its|their|how|whether|when|which|who)\s.+)$"
)


_RECORD_OF_SIGNING_UP = {
    "sign up for": "signup",
    "book": "booking",
    "enter": "entry",
    "register for": "registration",
    "enrol on": "enrolment",
}


def sign_up_and_when_they_do(sentence: str) -> str:
    """``members can sign up for as many sessions as they like, and when they do we note the
    time they signed up and ...``: *each signup belongs to one member; each signup belongs to
    one session; each signup has the time they signed up and ...*; each time they do is a
    record of the two it joins."""
    match = _SIGN_UP_AND_WHEN_THEY_DO.match(sentence)
    if match is None or not (is_plural(match["who"]) and is_plural(match["ones"])):
        return sentence
    ones = (singular(match["who"]), singular(match["ones"]))
    record = _RECORD_OF_SIGNING_UP[re.sub(r"\s+", " ", match["act"])]
    if record in ones or ones[0] == ones[1] or not can_name_records(*ones):
        return sentence
    return belongs_and_has(record, ones, match["listed"])


_THE_ONE_WHO_DID_IT_RECORDS = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time|once)\s+[^,;]+?,\s+the\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"who\s+did\s+(?:it|that|the\s+work)\s+(?:records|logs|adds|fills\s+in|enters)\s+(?:a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN})\s+with\s+(?P<listed>(?:a|an|the|its|their|any)\s[^;]+?)"
    r"(?P<rest>,\s+and\s+(?:we|i|they)\s.+)?$"
)


def the_one_who_did_it_records(sentence: str) -> str:
    """``whenever a stage is done, the foundry worker who did it records a sign-off with the
    stage, the date and any notes, and ...``: *each sign-off belongs to one foundry worker;
    each sign-off has the stage, the date and any notes; ...*; the one who did it is the
    record's."""
    match = _THE_ONE_WHO_DID_IT_RECORDS.match(sentence)
    if match is None:
        return sentence
    record, who = match["record"], match["who"]
    if record.split()[-1] == who.split()[-1] or not can_name_records(who.split()[-1]):
        return sentence
    said = belongs_and_has(record, (who,), match["listed"])
    return f"{said}; {match['rest'].removeprefix(', and ')}" if match["rest"] else said
