"""Acts logged against a record: *every time something's lent out to a climber we log when it
went out*, *while a batch ages in the cave we log every turning*, *investigators log their time
against a case*, *when somebody rings up to complain i log it against the house*.

Each is rewritten into a record of the act belonging to the record it is logged against.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.clause_rewrites import per_clause, per_match
from appwright.design.offline.types import UNIT_TYPES
from appwright.design.offline.word_classes import AUXILIARIES, FUNCTION_WORDS, words
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_past_participle,
    is_plural,
    singular,
    singular_phrase,
    verb_lemma,
)

_THAT_HANGS_OFF = re.compile(
    r"^(?P<head>.*\b(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+with\s+.+?),?\s+and\s+(?:that|it|this)\s+"
    r"(?:should|must|needs\s+to|has\s+to|will|can)\s+(?:hang\s+off|belong\s+to|be\s+linked\s+to|"
    r"be\s+attached\s+to|attach\s+to|sit\s+under|go\s+against|be\s+tied\s+to|be\s+kept\s+against)\s+"
    r"(?:the|a|an|its|their)\s+(?P<target>[a-z][\w\-]*)$"
)


def that_hangs_off(sentence: str) -> str:
    """``write up an inspection with the date ..., and that should hang off the booking``:
    *...; each inspection belongs to one booking*; where the owner wants the record kept."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if match["record"] == match["target"]:
            return None
        return [match["head"], f"each {match['record']} belongs to one {match['target']}"]

    return per_match(sentence, _THAT_HANGS_OFF, plain)


_FOUND_ON_ONE_LOGGED_AS = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+(?:found|spotted|noticed|raised|seen)\s+(?:on|during|in|at)\s+"
    r"(?:a|an|the|each)\s+(?P<one>[a-z][\w\-]*)\s+(?:get|are)\s+(?:logged|recorded|written\s+up|entered)\s+"
    r"as\s+(?P<records>[a-z][\w\-]*s)\s+against\s+(?:that|the|this|its)\s+(?P=one)\b"
)


def found_on_one_logged_as(sentence: str) -> str:
    """``problems found on a check get logged as defects against that check: ...``: *defects
    are logged against a check: ...*; what they are logged as is the record, not *problems*."""
    return _FOUND_ON_ONE_LOGGED_AS.sub(r"\g<records> are logged against a \g<one>", sentence)


_WHO_RECORDS_AGAINST_IT = re.compile(
    r"^(?P<head>(?:each|every|a|an)\s+(?P<subject>[a-z][\w\-]*)\s+(?:is|gets)\s+[a-z]+\s+to\s+"
    r"(?:a|an|one)\s+[a-z][\w\-]*),\s+who\s+(?:then\s+)?(?:records|logs|adds|notes|enters|writes\s+up)\s+"
    r"(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:against|on|for)\s+(?:it|them)\s+with\s+"
    r"(?P<list>.+)$"
)


def who_records_against_it(sentence: str) -> str:
    """``each complaint is assigned to an officer, who records site visits against it with a
    date and notes``: *...; each site visit belongs to one complaint; each site visit has a
    date and notes*; what is logged against the record is the record's."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if not is_plural(match["things"].split()[-1]):
            return None
        thing = singular(match["things"])
        return [
            match["head"],
            f"each {thing} belongs to one {match['subject']}",
            f"each {thing} has {match['list']}",
        ]

    return per_match(sentence, _WHO_RECORDS_AGAINST_IT, plain)


_BOUGHT_FROM_OURS = re.compile(
    r"^(?P<lead>(?:i|we)\s+(?:(?:also|then|just|usually)\s+)?)(?P<verb>order|buy|get|source|hire|rent|purchase)\s+"
    r"(?P<things>[a-z][\w\-]*s)\s+from\s+(?:my|our|the|one\s+of\s+(?:my|our)|several|various)\s+"
    r"(?P<sources>[a-z][\w\-]*s)\s+(?P<rest>(?:against|for|on)\s+.+)$"
)


def bought_from_ours(sentence: str) -> str:
    """``i order materials from my suppliers against each job, noting ...``: *i order
    materials against each job ...; each material belongs to one supplier*."""

    def plain(match: re.Match[str]) -> list[str]:
        thing, source = singular(match["things"]), singular(match["sources"])
        return [
            f"{match['lead']}{match['verb']} {match['things']} {match['rest']}",
            f"each {thing} belongs to one {source}",
        ]

    return per_match(sentence, _BOUGHT_FROM_OURS, plain)


_LENT_TO = re.compile(
    r"^(?:every\s+time|each\s+time|whenever|when)\s+(?:something|anything|an?\s+[a-z][\w\-]*|one)"
    r"(?:'s|\s+is|\s+gets)\s+(?P<done>[a-z]+)(?:\s+out)?\s+to\s+(?:a|an)\s+(?P<who>[a-z][\w\-]*)"
    r",?\s+(?:we|i)\s+(?:log|record|note|write\s+down|keep|take)\s+(?P<listed>.+)$"
)


def lent_to_someone(sentence: str) -> str:
    """``every time something's lent out to a climber we log when it went out and when it
    came back``: *each loan is for one climber; each loan has ...*; the act is the record."""
    match = _LENT_TO.match(sentence)
    act = act_done(match["done"]) if match else None
    if match is None or act is None:
        return sentence
    return f"each {act} is for one {match['who']}; each {act} has {match['listed']}"


_WE_DO_IT_TO_ONE = re.compile(
    r"^(?:every\s+time|each\s+time|whenever|when)\s+(?:we|i)\s+(?P<done>[a-z]+)\s+"
    r"(?:to|for|at)\s+(?:a|an)\s+(?P<one>[a-z][\w\-]*),?\s+(?:we|i)\s+"
    r"(?:log|record|note|write\s+down|take\s+down|keep)\s+(?P<listed>(?:the|a|an)\s.+)$"
)


def we_do_it_to_one(sentence: str) -> str:
    """``whenever we dispense to a farm we log the date, the medicine, ...``: *each
    dispensation is for one farm; each dispensation has ...*; the act, told with no object, is
    the record."""
    match = _WE_DO_IT_TO_ONE.match(sentence)
    lemma = verb_lemma(match["done"]) if match else None
    act = act_or_irregular_noun(lemma) if match and lemma and lemma != "go" else None
    if match is None or act is None:
        return sentence
    return f"each {act} is for one {match['one']}; each {act} has {match['listed']}"


_WHILE_IT_LASTS = re.compile(
    r"^(?:while|whilst|during the time)\s+(?P<det>a|an|each|every|the)\s+(?P<x>[a-z][\w\-]*)\s+"
    r"(?P<act>(?!is\b|are\b)[a-z]+(?:\s+(?!i\b|we\b)[a-z]+){0,4}?),?\s+(?P<we>i|we)\s+"
    r"(?P<verb>log|record|note|keep|track|write down|jot down)\s+(?P<each>every|each|a|an)\s+"
    r"(?P<y>[a-z][\w\-]*)(?P<rest>\s+with\s.*)$"
)


def while_it_lasts(sentence: str) -> str:
    """``while a batch ages in the cave we log every turning with the date``: each turning is
    the batch's, logged while it lasts."""
    match = _WHILE_IT_LASTS.match(sentence)
    if match is None or verb_lemma(match.group("act").split()[0]) is None:
        return sentence
    y = match.group("y")
    return (
        f"{match.group('we')} {match.group('verb')} every {y}{match.group('rest')}; "
        f"each {y} belongs to a {match.group('x')}"
    )


_WHEN_SOMEONE_ACTS = re.compile(
    r"(?:^|,\s*|\band\s+)(?:when|whenever|if)\s+(?:someone|somebody|anyone|anybody|a customer|customers|people)\s+"
    r"(?:(?:rings?|calls?|phones?|comes?|writes?|emails?)(?:\s+(?:up|in))?\s+to\s+)?"
    r"(?P<verb>[a-z]+)\b[^,;]*?,?\s+(?:i|we)\s+(?:(?:would like|want|need|have|like)\s+to\s+|will\s+)?"
    r"(?P<keep>log|record|note|keep|enter|file)\s+it\s+(?P<rest>(?:against|on|for|under)\s+.+)$"
)


_LOG_THEIR = re.compile(
    r"(?:(?P<lead>^|,\s+and\s+|;\s+)(?:our\s+|the\s+)?(?P<people>[a-z][\w\-]*s)\s+(?:also\s+)?|\b)"
    r"(?P<verb>log|logs|record|records|book|books|enter|enters|submit|submits)\s+"
    r"(?:(?:their|his|her)\s+(?P<what>[a-z][\w\-]*)|(?P<hours>hours))\s+"
    r"(?=(?:against|on|to)\s+(?:a|an|each|every|the)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?\s+with\s+(?P<list>[^;]*))"
)


_HOURS_SAID = re.compile(r"\b(?:hours|minutes|mins|duration)\b")


def log_their_time(sentence: str) -> str:
    """``investigators log their time against a case with a date, hours ...``: *log a time
    log against a case with ...*, a record of each time they do it; ``engineers log their
    hours on a work order with the date``: a time log, whose list keeps the hours."""
    hours = _LOG_THEIR.search(sentence)
    if hours and "hours" in hours.group("what", "hours") and not _HOURS_SAID.search(hours["list"]):
        at = hours.start("list")
        sentence = f"{sentence[:at]}the hours, {sentence[at:]}"

    def plain(match: re.Match[str]) -> str:
        verb, people = match.group("verb", "people")
        what = "time" if match["hours"] else match["what"]
        what = "time" if what == "hours" else what  # the hours logged are time spent
        if is_plural(what) and what not in TIME_WORDS and singular(what) not in UNIT_TYPES:
            record = singular(what)  # "log their expenses against a job"
        else:
            record = f"{what} {'log' if verb.startswith('log') else 'entry'}"
        if people is None or people in FUNCTION_WORDS:
            return f"{verb} a {record} "
        # the people who log it are whose each one is
        lead = "; " if match["lead"] else ""
        return f"{lead}each {record} is made by one {singular(people)}; {people} {verb} a {record} "

    return _LOG_THEIR.sub(plain, sentence)


_EACH_TIME_LOG = re.compile(r"\b(?P<each>each|every|a)\s+time\s+(?P<kept>log|entry)\b")


def time_log_named(sentence: str) -> str:
    """``each time log is made by one engineer``: *each time-log ...*, the record written as
    one word, since *each time* opens an act (*each time we log ...*) for every reader."""
    return _EACH_TIME_LOG.sub(r"\g<each> time-\g<kept>", sentence)


_LOGGED_THEN_ASKED = re.compile(
    r"\b(?P<logged>(?:log|logs|record|records|note|notes|enter|enters)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"(?:against|for|on|under)\s+(?:a|an|each|every|the)\s+[a-z][\w\-]*),\s+"
    r"(?=(?:how\s+(?:many|much|long)|what|which|when|who)\s)"
)


def logged_then_asked(sentence: str) -> str:
    """``i log ticket sales against a show, how many were sold and on what date``: *... with
    how many were sold ...*; the questions after the act are what each record holds."""
    return _LOGGED_THEN_ASKED.sub(r"\g<logged> with ", sentence)


def logged_act(sentence: str) -> str:
    """``when somebody rings up to complain about their paper i log it against the house with
    the date``: *we log a complaint against the house with the date*, the act's own record."""
    match = _WHEN_SOMEONE_ACTS.search(sentence)
    said = match.group("verb") if match else None
    lemma = verb_lemma(said) if said and said not in AUXILIARIES else None
    act = act_or_irregular_noun(lemma) if lemma else None
    if match is None or act is None:
        return sentence
    before = sentence[: match.start()].rstrip(" ,")
    logged = f"we {match.group('keep')} a {act} {match.group('rest')}"
    said_before = [w for w in words(before) if w not in FUNCTION_WORDS]
    # "oh, and when somebody rings up ...": an interjection before it is no clause to keep
    return f"{before}; {logged}" if any(can_be_verb(w) for w in said_before) else logged


_DONE_AT_ONE_NOTED = re.compile(
    r"^(?:(?:each|every|any|all|the)\s+)?(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<done>[a-z]+ed)\s+"
    r"(?:at|on|in|during|for|from|with)\s+(?:a|an|the|each|every|one)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:are|is|get|gets)\s+(?:noted|recorded|logged|kept|entered|written\s+down|listed)\s+"
    r"with\s+(?P<list>(?:a|an|the|its|their|how|what|which|whether)\s.+)$"
)


def done_at_one_noted(sentence: str) -> str:
    """``medicines prescribed at a visit are noted with the product, the dose``: *each
    medicine belongs to one visit; each medicine has the product, the dose*, what is done at
    one record kept with its own list."""

    def plain(clause: str) -> list[str]:
        match = _DONE_AT_ONE_NOTED.match(clause)
        if match is None or not is_past_participle(match["done"]):
            return [clause]
        things = match["things"]
        if not can_be_noun(things.split()[-1]) or things.split()[-1] in FUNCTION_WORDS:
            return [clause]
        each = singular_phrase(things)
        return [f"each {each} belongs to one {match['one']}", f"each {each} has {match['list']}"]

    return per_clause(sentence, plain)


def act_done(done: str) -> str | None:
    """The record of the act a participle tells (*buried* → burial, *lent* → loan)."""
    lemma = verb_lemma(done)
    return act_or_irregular_noun(lemma) if lemma else None
