"""Ways owners name a record without saying *each X has*, written as records before the readers see them.

*for every season we set a cull target per species on each estate* is a cull target of the
estate's with a season, a species and a target; *a fault can be logged, and the fault has ...*
and *when a fault comes in we log it against the boat with ...* are the fault's fields and its
boat; *defects are raised against a building by one of our surveyors, with ...* points at both;
*the wines themselves are just ...*, *a case is one particular wine and vintage, with ...*,
*a blank from our shelves (mugs, plates, each with a name and a price)*, *a shift is one actor in
one room*, *every member gives each wine a score*, *enter a team with their name ...*, *run by one
of our age managers (we keep their name ...)* and *someone books a court for a date* each name a
record and what it keeps; so do *fault report per headset: ...*, *a show, which is a film title
and a date*, *the field is split into numbered bays*, *a family has ..., a volunteer a name ...*,
*families book a place at a session, leave a donation ...*, *one of our fitters signs off each
loan*, *on the day we inspect cars: ...*, *a family borrows a toy through a loan with ...*,
*pickers, and we only need their name, bring in batches*, *the stuff itself, ... and so on, we
keep as products*, *restaurants place orders for a product with ...*, *the models each member
owns: ...* and *a flight log, where a member signs in one of their models with ...*; and *a
course runs on a set day of the week from a start date, at a venue, for a price*, *guests book
onto a retreat for a number of places*, *makes a hire with ..., listing how many of each item*,
*a changeover is one cottage on one date, done by one of the housekeepers*, *on each changeover
every checklist item gets ticked done yes/no*, *a greeter is put on each arrival*, *the engineer
who comes out records a service visit against the fault*, *each sunday is a sale day with ...*
and *i mark which ones get played at which sessions*; and *i put a signaller in a box for a
shift*, *every booking is for a table number in one carriage on one service*, *within a project
we break the work down into jobs* and *each overhaul is a project with ...*, the rest of the
description speaking of projects. `simplify` runs them in its order, among the other
rewrites (`named_as_said_after` reads the whole description, before them).
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import IRREGULAR_ACTS, act_noun
from appwright.design.offline.clause_rewrites import per_match, per_statement
from appwright.design.offline.passing_records import WEEKDAYS
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_noun,
    done_form,
    is_plural,
    listed_as_noun,
    plural,
    singular,
    singular_phrase,
    verb_lemma,
    with_article,
)


def _name_records(*said: str) -> bool:
    """Whether each word can name a record: a noun, not a word like *one* or *it* (where a
    record is named, a word the word list knows only as a verb, *retreat*, is the noun)."""
    return all(
        word not in FUNCTION_WORDS and (can_be_noun(word) or listed_as_noun(word)) for word in said
    )


_SET_FIGURES = "target|budget|quota|allowance|limit"
_WE_SET_A_FIGURE = re.compile(
    r"(?P<lead>^|[,;]\s+(?:and\s+|so\s+)?|\b(?:and|so)\s+)"
    r"(?:(?:for\s+)?(?:each|every)\s+(?P<period>[a-z]+)\s*,?\s+)?we\s+(?:set|agree|fix)\s+"
    rf"(?:a|an)\s+(?P<figure>(?:[a-z][\w\-]*\s+)?(?P<head>{_SET_FIGURES}))"
    r"(?P<pers>(?:\s+per\s+[a-z][\w\-]*)*)\s+(?:(?:on|for|per)\s+(?:each|every)|per)\s+"
    r"(?P<owner>[a-z][\w\-]*)"
    r"(?:\s+(?:each|every)\s+(?P<then>[a-z]+))?\s*$"
)


def we_set_a_target(sentence: str) -> str:
    """``for every season we set a cull target per species on each estate``: *each cull target
    belongs to one estate; each cull target has a season, a species and a target*; a figure set for each record,
    once a period and per kind, is a record of its own with those as fields."""
    match = _WE_SET_A_FIGURE.search(sentence)
    if match is None:
        return sentence
    period = match["period"] or match["then"]
    kinds = re.findall(r"per\s+([a-z][\w\-]*)", match["pers"])
    words = [period, *kinds, match["owner"], match["figure"]]
    if any(w is not None and w in FUNCTION_WORDS for w in words) or (period and is_plural(period)):
        return sentence
    fields = [f"a {w}" for w in ([period] if period else []) + kinds + [match["head"]]]
    listed = fields[0] if len(fields) == 1 else ", ".join(fields[:-1]) + " and " + fields[-1]
    lead = "; " if match["lead"] else ""
    figure, owner = match["figure"], match["owner"]
    rewritten = f"{lead}each {figure} belongs to one {owner}; each {figure} has {listed}"
    return sentence[: match.start()] + rewritten


_CAN_BE_DONE_AND_THE_ACT_HAS = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:the\s+|our\s+|each\s+|every\s+|a\s+|an\s+)?(?P<who>[a-z][\w\-]*)\s+"
    r"can\s+(?:also\s+)?(?:sometimes\s+)?(?:be|get)\s+(?P<done>[a-z]+)\b[^;,]*?"
    r"(?P<sep>,\s+and\s+|;\s+)(?P<det>a|an|each|every|the)\s+(?P<act>[a-z][\w\-]*)\s+"
    r"(?=(?:has|have|gets|records|notes)\b)"
)


def can_be_done_and_the_act_has(sentence: str) -> str:
    """``drivers can also be fined, and a fine has an amount and a reason``: *each fine
    belongs to one driver; a fine has ...*; the record of what is done to someone is theirs."""
    match = _CAN_BE_DONE_AND_THE_ACT_HAS.search(sentence)
    if match is None or match["who"] in FUNCTION_WORDS:
        return sentence
    lemma, act = verb_lemma(match["done"]), match["act"]
    if lemma is None or lemma == match["done"] or not can_be_noun(match["who"]):
        return sentence  # not a participle: "members can be either ..."
    # "suspend" → "suspension": a noun the dictionary does not give, made from the verb
    made_from = (
        len(lemma) >= 5 and act.startswith(lemma[:5]) and act.endswith(("ion", "ment", "al"))
    )
    names_the_act = act in (lemma, act_noun(lemma)) or made_from
    if not names_the_act:
        return sentence
    lead = "; " if match["lead"] else ""
    who = singular(match["who"])
    return (
        f"{sentence[: match.start()]}{lead}each {act} belongs to one {who}; "
        f"{match['det']} {act} {sentence[match.end() :]}"
    )


_WHEN_ONE_COMES_IN_WE_LOG_IT = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:when|whenever|each\s+time|every\s+time|if|once)\s+(?:a|an)\s+"
    r"(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:comes\s+in|is\s+reported|gets\s+reported|arrives|"
    r"is\s+raised|turns\s+up|is\s+found|happens|is\s+made|is\s+spotted|is\s+logged)\s*,?\s+"
    r"(?:then\s+)?(?:we|i)\s+(?:log|record|note|enter|write\s+down|book|register)\s+it\s+"
    r"(?:(?:against|on|for|under|to)\s+(?:the|a|an|its|that)\s+(?P<owner>[a-z][\w\-]*)\s+)?"
    r"with\s+(?P<list>.+)$"
)


def when_one_comes_in_we_log_it(sentence: str) -> str:
    """``when a fault comes in we log it against the boat with the date reported, ...``:
    *each fault belongs to one boat; each fault has the date reported, ...*; the thing that
    came in is what is logged, with its list."""
    match = _WHEN_ONE_COMES_IN_WE_LOG_IT.search(sentence)
    if match is None or any(w in FUNCTION_WORDS for w in match["thing"].split()):
        return sentence
    thing, owner = match["thing"], match["owner"]
    lead = "; " if match["lead"] else ""
    kept = f"each {thing} has {match['list']}"
    if owner is not None and owner not in FUNCTION_WORDS and owner != thing.split()[-1]:
        kept = f"each {thing} belongs to one {owner}; {kept}"
    return sentence[: match.start()] + lead + kept


_DONE_AGAINST_ONE_BY_ANOTHER = re.compile(
    r"^(?:(?P<things>[a-z][\w\-]*s)\s+(?:are|get)|(?:a|an|each|every)\s+(?P<thing>[a-z][\w\-]*)\s+"
    r"(?:is|gets))\s+(?P<done>[a-z]+(?:ed|en|ne|wn))\s+"
    r"(?:against|on|for|to|about)\s+(?:a|an|one|the)\s+(?P<one>[a-z][\w\-]*)"
    r"(?:\s*\((?P<one_kept>[^()]+)\))?\s+by\s+"
    r"(?:one\s+of\s+(?:our|the|their)\s+(?P<many>[a-z][\w\-]*s)|(?:a|an|one|the)\s+(?P<other>[a-z][\w\-]*))"
    r"(?:\s+(?:who|that)\s+[a-z]+(?:\s+(?:it|them))?)?(?:\s*\((?P<other_kept>[^()]+)\))?"
    r",?\s+with\s+(?P<list>.+)$"
)
_KEPT_LIST = re.compile(r"^[a-z][\w\- ]*(?:(?:,|\s+and)\s+[a-z][\w\- ]*)+$")
"""What a bracket after a record lists of it: *(registration, make, model)*, *(name and phone)*."""


def done_against_one_by_another(sentence: str) -> str:
    """``defects are raised against a building by one of our surveyors, with where on the
    roof it is, ...``: *each defect belongs to one building; each defect is raised by one
    surveyor; each defect has where on the roof it is, ...*; the list is the record's, not the
    surveyor's, and the record points at both."""
    match = _DONE_AGAINST_ONE_BY_ANOTHER.match(sentence)
    if match is None or is_plural(match["thing"] or match["things"]) != bool(match["things"]):
        return sentence
    thing = singular(match["things"]) if match["things"] else match["thing"]
    one = match["one"]
    other = singular(match["many"]) if match["many"] else match["other"]
    if any(w in FUNCTION_WORDS for w in (thing, one, other)):
        return sentence
    # "a defect is logged against a coach (registration, make, model) by the driver who found
    # it (name and phone)": each bracket lists what the record before it keeps
    said = [f"each {thing} belongs to one {one}"]
    if match["one_kept"] and _KEPT_LIST.match(match["one_kept"]):
        said.append(f"each {one} has {match['one_kept']}")
    said.append(f"each {thing} is {match['done']} by one {other}")
    if match["other_kept"] and _KEPT_LIST.match(match["other_kept"]):
        said.append(f"each {other} has {match['other_kept']}")
    return "; ".join([*said, f"each {thing} has {match['list']}"])


_THEMSELVES_ARE_JUST = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:the\s+|our\s+)?(?P<things>[a-z][\w\-]*)\s+(?:themselves\s+)?are\s+"
    r"(?:just|simply|basically)\s+(?=(?:a|an|the|their)\s)"
)


def themselves_are_just(sentence: str) -> str:
    """``the wines themselves are just a producer, a name, a region and a colour``: *wines
    have a producer, ...*; what a record is said to be, plainly, is what it has."""

    def plain(match: re.Match[str]) -> str:
        things = match["things"]
        if not is_plural(things) or not can_be_noun(things) or things in FUNCTION_WORDS:
            return match[0]
        return f"{match['lead']}{things} have "

    return _THEMSELVES_ARE_JUST.sub(plain, sentence)


_IS_ONE_AND_WITH = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+is\s+one\s+"
    r"(?P<one>[a-z][\w\-]*)\s+and\s+(?P<field>[a-z][\w\-]*),\s+with\s+(?P<list>[^;]+)"
)


def is_one_and_with(sentence: str) -> str:
    """``a case is one particular wine and vintage, with how many bottles are in it``: *each
    case is for one wine; each case has a vintage, how many bottles ...*; the record named
    first is another record, the second word one of its own."""

    def plain(match: re.Match[str]) -> str:
        record, one, field = match.group("record", "one", "field")
        if not _name_records(record, one, field):
            return match[0]
        return (
            f"{match['lead']}each {record} is for one {one}; each {record} has "
            f"{with_article(field)}, {match['list']}"
        )

    return _IS_ONE_AND_WITH.sub(plain, sentence)


_KINDS_EACH_WITH_IN_BRACKETS = re.compile(
    r"\b(?P<det>a|an|one)\s+(?P<thing>[a-z][\w\-]*)(?:\s+(?:from|off|on)\s+(?:our|the|my)\s+[a-z][\w\-]*)?"
    r"\s*\((?P<kinds>[^()]*?),\s+each\s+(?:one\s+)?with\s+(?P<list>[^()]+)\)"
)


def kinds_each_with_in_brackets(sentence: str) -> str:
    """``each painter chooses a blank from our shelves (mugs, plates and so on, each with a
    name and a price), and ...``: *each painter chooses a blank, and ...; each blank has a name
    and a price*; the examples name no field, and what each has is the thing's list."""
    match = _KINDS_EACH_WITH_IN_BRACKETS.search(sentence)
    if match is None or match["thing"] in FUNCTION_WORDS or not can_be_noun(match["thing"]):
        return sentence
    said = f"{sentence[: match.start()]}{match['det']} {match['thing']}{sentence[match.end() :]}"
    return f"{said}; each {match['thing']} has {match['list'].strip()}"


_WHERE_ONE_IS_ONE_IN_ONE = re.compile(
    r",\s+where\s+(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+is\s+one\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?:in|at|on|for|with)\s+one\s+(?P<other>[a-z][\w\-]*)(?:\s+(?:on|at|for)\s+(?:a|an|one|the)\s+"
    r"(?:given\s+|particular\s+)?[a-z][\w\-]*)?,?\s+with\s+(?P<list>[^;]+)$"
)


def where_one_is_one_in_one(sentence: str) -> str:
    """``our actors sign up for shifts, where a shift is one actor in one room on a given
    night, with the date, ...``: *...; each shift belongs to one actor; each shift is in one
    room; each shift has the date, ...*; the record said to be one of each is theirs."""
    match = _WHERE_ONE_IS_ONE_IN_ONE.search(sentence)
    if match is None:
        return sentence
    record, one, other = match.group("record", "one", "other")
    if not _name_records(record, one, other):
        return sentence
    return (
        f"{sentence[: match.start()]}; each {record} belongs to one {one}; each {record} belongs "
        f"to one {other}; each {record} has {match['list']}"
    )


_GIVES_EACH_ONE_A = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:(?:afterwards|then|after\s+that|later),?\s+)?(?:every|each)\s+"
    r"(?P<who>[a-z][\w\-]*)\s+(?:gives|awards|assigns)\s+(?:every|each)\s+(?P<what>[a-z][\w\-]*)\s+"
    r"(?:a|an)\s+(?P<record>[a-z][\w\-]*)\b(?P<rest>[^;]*)"
)


def gives_each_one_a(sentence: str) -> str:
    """``afterwards every member gives each wine a score out of 20``: *each score is given by
    one member; each score is for one wine; each score has points out of 20*; a record of each
    pair, not a link from the member to the wine."""

    def plain(match: re.Match[str]) -> str:
        who, what, record = match.group("who", "what", "record")
        if not _name_records(who, what, record):
            return match[0]
        return (
            f"{match['lead']}each {record} belongs to one {who}; each {record} belongs to one "
            f"{what}; each {record} has a {record}{match['rest']}"
        )

    return _GIVES_EACH_ONE_A.sub(plain, sentence)


_ENTER_ONE_WITH_THEIR_NAME = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?P<things>[a-z][\w\-]*s)\s+(?:enter|join|sign\s+up\s+for|"
    r"register\s+for|enrol\s+in|"
    r"enroll\s+in|apply\s+for)\s+(?:a|an|the)\s+(?P<one>[a-z][\w\-]*)\s+with\s+(?:a|an|their)\s+"
    r"(?P<own>[a-z][\w\-]*)\s+name\b"
)


def enter_one_with_their_name(sentence: str) -> str:
    """``teams enter a season with a team name, a captain's email and the division they play
    in``: *each team belongs to one season; each team has a name, a captain's email and ...*;
    a list that opens with the subject's own name is the subject's."""
    match = _ENTER_ONE_WITH_THEIR_NAME.search(sentence)
    if match is None or singular(match["things"]) != match["own"]:
        return sentence
    own, one = match["own"], match["one"]
    if one in FUNCTION_WORDS:
        return sentence
    lead = "; " if match["lead"] else ""
    return (
        f"{sentence[: match.start()]}{lead}each {own} belongs to one {one}; each {own} has a "
        f"name{sentence[match.end() :]}"
    )


_RUN_BY_ONE_OF_OURS_WE_KEEP = re.compile(
    r",\s+(?P<done>run|led|taken|hosted|coached|supervised|organised|organized|checked)\s+by\s+"
    r"one\s+of\s+(?:our|the)\s+(?P<people>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*s)\s*"
    r"\((?:we\s+(?:keep|note|need|record|have)\s+)?(?P<list>(?:their|his|her)\s[^()]+)\)"
)
_RECORD_WITH = re.compile(r"\b(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+with\b")


def run_by_one_of_ours_we_keep(sentence: str) -> str:
    """``there's a session with a date and a note, run by one of our volunteer age managers
    (we keep their name and when their bronze medallion expires)``: *...; each session is run
    by one age manager; each age manager has their name and ...*; the people named in passing
    are a record of their own, with the list in brackets."""
    match = _RUN_BY_ONE_OF_OURS_WE_KEEP.search(sentence)
    records = list(_RECORD_WITH.finditer(sentence, 0, match.start())) if match else []
    if match is None or not records:
        return sentence
    record = records[-1]["record"]
    person = singular_phrase(match["people"])
    if person.split()[-1] == "volunteer" or record in FUNCTION_WORDS:
        return sentence
    person = " ".join(w for w in person.split() if w != "volunteer")  # a volunteer age manager
    return (
        f"{sentence[: match.start()]}; each {record} is {match['done']} by one {person}; "
        f"each {person} has {match['list']}{sentence[match.end() :]}"
    )


_SOMEONE_DOES_ONE_WITH = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:someone|somebody|anyone|anybody)\s+(?P<verb>[a-z]+s)\s+"
    r"(?:a|an|one)\s+(?P<thing>[a-z][\w\-]*)\s+(?:for|with)\s+(?P<list>(?:a|an|the|their|its)\s[^;]+)"
)


def someone_does_one_with(sentence: str) -> str:
    """``someone books a court for a date and a start time``: *each booking is for one court;
    each booking has a date and a start time*; the act of someone unnamed is the record, and
    *books* names no record of books."""
    match = _SOMEONE_DOES_ONE_WITH.search(sentence)
    lemma = verb_lemma(match["verb"]) if match else None
    if match is None or lemma is None or lemma == match["verb"]:
        return sentence
    act = IRREGULAR_ACTS.get(lemma) or act_noun(lemma)
    if act is None or act == match["thing"] or not _name_records(match["thing"]):
        return sentence
    lead = "; " if match["lead"] else ""
    kept = f"each {act} is for one {match['thing']}; each {act} has {match['list']}"
    return f"{sentence[: match.start()]}{lead}{kept}{sentence[match.end() :]}"


_HEADER_FOR_EACH_ONE = re.compile(
    r"^(?P<record>(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)\s+"
    r"(?:per|for\s+(?:each|every|a|an)|against\s+(?:a|an|the|each)|on\s+(?:a|an|each))\s+"
    r"(?P<owner>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s*:\s*(?P<rest>\S.*)$"
)
_FIGURE_WORDS = frozenset(["total", "totals", "count", "number", "sum", "average", "figures"])


def header_for_each_one(sentence: str) -> str:
    """``fault report per headset: date found, fault, notes``: *fault report: date found, fault,
    notes; each fault report belongs to one headset*; a note's header that names what each
    record is kept for lists that record's fields, and the record belongs to it."""
    match = _HEADER_FOR_EACH_ONE.match(sentence)
    if match is None:
        return sentence
    record, owner = match["record"], match["owner"]
    said = [*record.split(), *owner.split()]
    if any(word in _FIGURE_WORDS for word in said) or not _name_records(*said):
        return sentence  # "totals per month: ..." asks for figures
    return f"{record}: {match['rest']}; each {record} belongs to one {owner}"


_ONE_WHICH_IS_A_LIST = re.compile(
    r"\b(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*),\s+which\s+(?:is|are)\s+"
    r"(?:just\s+|basically\s+|really\s+|simply\s+|only\s+)?"
    r"(?P<list>(?:a|an|the|its|their)\s+[^;]*?\band\s+(?:a|an|the|its|their)\s+[^;]+)"
)


def one_which_is_a_list(sentence: str) -> str:
    """``every night we put on a show, which is a film title and a date and the time we open
    the gates``: *every night we put on a show; each show has a film title, ...*; what a record
    *is*, said as a list of things it has, is its fields."""
    match = _ONE_WHICH_IS_A_LIST.search(sentence)
    if match is None or match["record"] in FUNCTION_WORDS:
        return sentence  # after *a*, any word names the record (*a sit*)
    record = match["record"]
    kept = f"{sentence[: match.start('record')]}{record}; each {record} has {match['list']}"
    return kept + sentence[match.end() :]


_SPLIT_INTO_ONES = re.compile(
    r"\b(?:the|our|my)\s+(?:[a-z][\w\-]*\s+){1,2}?is\s+(?:split|divided|broken|laid\s+out|marked\s+out)\s+"
    r"(?:up\s+)?into\s+(?P<numbered>numbered\s+)?(?P<things>[a-z][\w\-]*s)\b(?P<rest>[^;]*)"
)
_SOME_MARKED_AS = re.compile(
    r"^,?\s+(?:and\s+)?some\s+(?:of\s+them\s+)?(?:are\s+|being\s+|get\s+)?"
    r"(?:marked|flagged|set\s+aside|kept|labelled)\s+(?:as|for)\s+"
    r"(?P<kind>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<things>[a-z][\w\-]*s)\b"
)


def split_into_ones(sentence: str) -> str:
    """``the field is split into numbered bays, some of them marked as tall-vehicle bays so the
    vans go at the back``: *each bay has a number and a tall-vehicle yes/no*; the parts a place
    is split into are the records, *numbered* gives each a number, and *some of them marked as
    ...* is a yes/no each one has."""
    match = _SPLIT_INTO_ONES.search(sentence)
    if match is None:
        return sentence
    things = match["things"]
    thing = singular(things)
    marked = _SOME_MARKED_AS.match(match["rest"])
    if not _name_records(thing) or (marked and singular(marked["things"]) != thing):
        return sentence
    said = (["a number"] if match["numbered"] else []) + (
        [f"a {marked['kind']} yes/no"] if marked else []
    )
    if not said:
        return sentence
    rest = "" if marked else match["rest"]
    kept = f"each {thing} has {' and '.join(said)}{rest}"
    return sentence[: match.start()] + kept + sentence[match.end() :]


_GAPPED_HAS = re.compile(
    r"(?P<first>(?:\b(?:a|an|each|every)\s+[a-z][\w\-]*\s+(?:has|have|gets|needs)|"
    r"(?:^|(?<=;\s)|(?<=,\sand\s))[a-z][\w\-]*(?:s|en)\s+(?:(?:just|only|simply)\s+)?"
    r"(?:have|get|need))"
    r"\s+[^;]+?),\s+"
    r"(?:and\s+)?(?:(?P<det>a|an|each|every|the)\s+)?(?P<second>[a-z][\w\-]*)\s+"
    r"(?:(?:just|only|simply)\s+)?(?P<list>(?:a|an|the|their|its|his|her)\s+[^;]+)(?=;|$)"
)


def gapped_has(sentence: str) -> str:
    """``a family has a parent name and how many children they bring, a volunteer a name, phone
    and DBS check date``: *...; a volunteer has a name, ...*; the verb said once serves the
    second record's list too, in the plural as well (``tenants have a name and email,
    properties an address``: *...; properties have an address*; ``..., drivers just a name``),
    and of the one record of each named with *the* (``boats just need a name, and the owner a
    name and a mobile``: *...; each boat has one owner; each owner has a name and a mobile*)."""
    match = _GAPPED_HAS.search(sentence)
    if match is None or not _name_records(match["second"]):
        return sentence
    if match["det"] in (None, "the"):
        # "tenants have a name and email, properties an address": plurals, both of them;
        # "boats just need a name, and the owner a name and a mobile": the one of each, whose
        # list it is
        if not is_plural(match["first"].split()[0]):
            return sentence
        if match["det"] == "the" and not is_plural(match["second"]):
            # the one of each of the first: "boats ..., and the owner ...", the boat's owner
            first = singular(match["first"].split()[0])
            one = match["second"]
            second = f"each {first} has one {one}; each {one} has {match['list']}"
        elif is_plural(match["second"]):
            second = f"{match['second']} have {match['list']}"
        else:
            return sentence
        return f"{sentence[: match.start()]}{match['first']}; {second}{sentence[match.end() :]}"
    has = re.search(r"\s(has|have|gets|needs)\s", match["first"])
    verb = has[1] if has else "has"
    second = f"{match['det']} {match['second']} {verb} {match['list']}"
    return f"{sentence[: match.start()]}{match['first']}; {second}{sentence[match.end() :]}"


_BOOK_A_PLACE = re.compile(
    r"^(?P<who>(?:(?:a|an|each|every)\s+)?[a-z][\w\-]*)\s+(?:book|books|reserve|reserves)\s+"
    r"(?:a\s+)?(?:place|places|spot|spots|seat|seats|space|spaces)\s+(?:at|on|for|in)\s+"
    r"(?:a|an|one)\s+(?P<thing>[a-z][\w\-]*)(?P<count>)(?P<rest>(?:,|\s+and\s).*)?$"
)
_BOOK_ONTO = re.compile(
    r"^(?P<who>(?:(?:a|an|each|every)\s+)?[a-z][\w\-]*)\s+(?:book|books)\s+(?:onto|on\s+to|into)\s+"
    r"(?:a|an|one)\s+(?P<thing>[a-z][\w\-]*)"
    r"(?:\s+for\s+(?P<count>a\s+number\s+of\s+[a-z][\w\-]*s))?(?P<rest>(?:,|\s+and\s).*)?$"
)
_GIVEN_WITH_IT = re.compile(
    r"^(?:and\s+)?(?:they\s+|he\s+|she\s+)?(?:leave|leaves|pay|pays|give|gives|make|makes|"
    r"bring|brings|tell\s+us|tells\s+us)\s+(?P<what>(?:a|an|the|their|some|any)\s+.+)$"
)
_WE_NOTE_OF_IT = re.compile(
    r"^(?:and\s+)?(?:we|i)\s+(?:tick|note|record|mark|log|keep)\s+(?P<what>.+)$"
)


def book_a_place_at(sentence: str) -> str:
    """``families book a place at a session, leave a suggested donation and we tick whether
    they actually came``: *each booking is for one session; each booking belongs to one
    family; each booking has a suggested donation and whether they came*; the place booked is
    a booking, holding what is given and noted with it."""
    return per_statement(sentence, lambda statement: _booked(_BOOK_A_PLACE, statement))


def book_onto_one(sentence: str) -> str:
    """``guests book onto a retreat for a number of places and tell us any dietary needs``:
    *each booking is for one retreat; each booking belongs to one guest; each booking has a
    number of places and any dietary needs*, as for a place booked. It runs once a clause
    *then* opened is a statement of its own (*..., then book onto a retreat ...*)."""
    return per_statement(sentence, lambda statement: _booked(_BOOK_ONTO, statement))


def _booked(pattern: re.Pattern[str], sentence: str) -> str:
    match = pattern.match(sentence)
    if match is None:
        return sentence
    who = singular(match["who"].split()[-1])
    if not _name_records(who, match["thing"]):
        return sentence
    kept: list[str] = [match["count"]] if match["count"] else []
    for part in re.split(r",\s+|\s+and\s+(?=(?:we|i|they)\s)", (match["rest"] or "").strip(" ,")):
        if not part:
            continue
        said = _GIVEN_WITH_IT.match(part) or _WE_NOTE_OF_IT.match(part)
        if said is None:
            return sentence  # "..., and then they pay the bill": not a list of the booking's
        kept.append(said["what"])
    booking = f"each booking is for one {match['thing']}; each booking belongs to one {who}"
    if not kept:
        return booking
    listed = kept[0] if len(kept) == 1 else f"{', '.join(kept[:-1])} and {kept[-1]}"
    return f"{booking}; each booking has {listed}"


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
    if match is None or done is None or not _name_records(match["record"]):
        return sentence
    particle = match["particle"] or ""
    kept = f"each {match['record']} is {done}{particle} by one of our {match['many']}"
    return f"{match['lead']}{kept}{sentence[match.end() :]}"


_WE_ACT_ON_THINGS_COLON = re.compile(
    r"^(?P<lead>(?:(?:on|at|during)\s+the\s+[a-z][\w\-]*\s+|then\s+)?)(?:we|i)\s+"
    r"(?P<verb>[a-z]+)\s+(?P<things>[a-z][\w\-]*s)\s*:\s*(?P<list>\S.*)$"
)


_ON_ONE_WE_ACT_ON_THINGS_COLON = re.compile(
    r"^(?:on|at|for)\s+(?:a|an|each|every)\s+(?P<owner>[a-z][\w\-]*)\s+(?:we|i)\s+"
    r"(?P<verb>[a-z]+)\s+(?P<things>[a-z][\w\-]*s)\s*:\s*(?P<list>\S.*)$"
)


def _act_on_things(match: re.Match[str]) -> str | None:
    """The noun of the act ``match`` names (*inspection* for *we inspect cars*), or None."""
    lemma = verb_lemma(match["verb"])
    if lemma is None or lemma != match["verb"] or lemma in IRREGULAR_ACTS:
        return None
    act = act_noun(lemma)
    if act is None or act == lemma or not _name_records(act, singular(match["things"])):
        return None
    return act


def we_act_on_things_colon(sentence: str) -> str:
    """``on the day we inspect cars: registration, seat brand, a result``: *each inspection
    has registration, seat brand, a result*; what is listed after the act is what each act
    keeps, the act named by its noun."""
    match = _WE_ACT_ON_THINGS_COLON.match(sentence)
    act = _act_on_things(match) if match else None
    if match is None or act is None:
        return sentence
    return f"each {act} has {match['list']}"


def on_one_we_act_on_things_colon(sentence: str) -> str:
    """``..., and on a departure we allocate seats: the seat number, ...``: *each allocation
    belongs to one departure; each allocation has the seat number, ...*; an act done on a
    record, with what it keeps after the colon, is a record of that one."""

    def on_one(found: re.Match[str]) -> list[str] | None:
        act = _act_on_things(found)
        owner = found["owner"]
        if act is None or owner in TIME_WORDS | WEEKDAYS or not _name_records(owner):
            return None
        return [f"each {act} belongs to one {owner}", f"each {act} has {found['list']}"]

    return per_match(sentence, _ON_ONE_WE_ACT_ON_THINGS_COLON, on_one)


_THROUGH_A_RECORD = re.compile(
    r"^(?P<who>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+(?P<verb>[a-z]+s)\s+(?:a|an|one)\s+"
    r"(?P<thing>[a-z][\w\-]*)\s+(?:through|via|by\s+way\s+of|on)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*)(?:\s+with\s+(?P<list>[^;]+?))?"
    r"(?:,\s+(?P<done>[a-z]+(?:ed|en|ne)\s+(?:out\s+|in\s+|off\s+|over\s+)?by\s+[^;,]+))?$"
)


def through_a_record(sentence: str) -> str:
    """``a family borrows a toy through a loan with a due date, handed out by one of our
    volunteers``: *each loan belongs to one family; each loan is for one toy; each loan has a
    due date; each loan is handed out by one of our volunteers*; the record the act is made
    through holds the act's list and who did it."""
    return per_statement(sentence, _through_a_record)


def _through_a_record(sentence: str) -> str:
    match = _THROUGH_A_RECORD.match(sentence)
    if match is None or verb_lemma(match["verb"]) is None:
        return sentence
    record, who = match["record"], match["who"].split()[-1]
    if not _name_records(record, who, match["thing"]) or record in (who, match["thing"]):
        return sentence
    kept = [f"each {record} belongs to one {who}", f"each {record} is for one {match['thing']}"]
    if match["list"]:
        kept.append(f"each {record} has {match['list']}")
    if match["done"]:
        kept.append(f"each {record} is {match['done']}")
    return "; ".join(kept)


_ASIDE_LIST_OF_THE_SUBJECT = (
    re.compile(
        r"^(?P<lead>(?:on\s+the\s+other\s+side,?\s+|then\s+|and\s+)?)(?P<who>[a-z][\w\-]*s)\s+-\s+"
        r"(?:and\s+)?(?:we|i)\s+(?:only\s+|just\s+)?(?:need|keep|have|take|store|record)\s+"
        r"(?P<list>[^\-;]+?)\s+-\s+(?P<rest>[a-z]+\s.*)$"
    ),
    re.compile(
        r"^(?P<lead>(?:on\s+the\s+other\s+side,?\s+|then\s+|and\s+)?)(?P<who>[a-z][\w\-]*s),\s+"
        r"(?:and\s+)?(?:we|i)\s+(?:only\s+|just\s+)?(?:need|keep|have|take|store|record)\s+"
        r"(?P<list>[^,;]+?),\s+(?P<rest>[a-z]+\s.*)$"
    ),
)


def aside_list_of_the_subject(sentence: str) -> str:
    """``pickers, and we only need their name and phone number, bring in batches`` and
    ``restaurants - we keep the restaurant name, the chef's name and an email - place orders``:
    *each picker has their name and phone number; pickers bring in batches*; what we keep of
    the subject, said between commas or dashes before its verb, is its list."""
    for shape in _ASIDE_LIST_OF_THE_SUBJECT:
        match = shape.match(sentence)
        if match is None:
            continue
        who, rest = match["who"], match["rest"]
        lemma = verb_lemma(rest.split()[0])
        if not _name_records(singular(who)) or lemma is None or lemma == rest.split()[0] + "s":
            return sentence
        return f"each {singular(who)} has {match['list']}; {who} {rest}"
    return sentence


_STUFF_WE_KEEP_AS = re.compile(
    r"^(?:the|our)\s+(?:stuff|things|goods|items|produce)(?:\s+itself|\s+themselves)?,\s+"
    r"[^;]*?(?:and\s+so\s+on|etc|and\s+the\s+like|and\s+suchlike),\s+(?:we|i)\s+"
    r"(?:keep|list|store|record|sell|call)\s+(?:them\s+)?as\s+(?P<things>[a-z][\w\-]*s)\b"
)


def stuff_we_keep_as(sentence: str) -> str:
    """``the stuff itself, wild garlic, samphire and so on, we keep as products, each with a
    name``: *we keep products, each with a name*; the examples before name no record."""
    match = _STUFF_WE_KEEP_AS.match(sentence)
    if match is None or not _name_records(singular(match["things"])):
        return sentence
    return f"we keep {match['things']}{sentence[match.end() :]}"


_MADE_FOR_ONE_WITH = re.compile(
    r"^(?P<head>(?P<who>[a-z][\w\-]*s)\s+(?P<verb>place|make|raise|submit|send|put\s+in)\s+"
    r"(?P<things>[a-z][\w\-]*s))\s+for\s+(?:a|an|one)\s+(?P<thing>[a-z][\w\-]*)\s+with\s+"
    r"(?P<list>(?:a|an|the|their)\s+[^;]+)$"
)


def made_for_one_with(sentence: str) -> str:
    """``restaurants place orders for a product with a quantity in kilos and a delivery date``:
    *restaurants place orders; each order is for one product; each order has a quantity in
    kilos and a delivery date*; the list after the one thing is what each record made has."""
    return per_statement(sentence, _made_for_one_with)


def _made_for_one_with(sentence: str) -> str:
    match = _MADE_FOR_ONE_WITH.match(sentence)
    if match is None:
        return sentence
    made = singular(match["things"])
    if not _name_records(made, match["thing"], singular(match["who"])):
        return sentence
    return (
        f"{match['head']}; each {made} is for one {match['thing']}; each {made} has {match['list']}"
    )


_THINGS_EACH_ONE_OWNS = re.compile(
    r"^(?:the\s+)?(?P<things>[a-z][\w\-]*s)\s+(?:each|every)\s+(?P<owner>[a-z][\w\-]*)\s+"
    r"(?:owns|has|keeps|brings|runs|looks\s+after)\s*:\s*(?P<list>\S.*)$"
)


def things_each_one_owns(sentence: str) -> str:
    """``the models each member owns: a name, a type and the weight in grams``: *each model
    has a name, ...; each model belongs to one member*; a header naming the owner's things."""
    match = _THINGS_EACH_ONE_OWNS.match(sentence)
    thing = singular(match["things"]) if match else ""
    if match is None or not _name_records(thing, match["owner"]) or thing == match["owner"]:
        return sentence
    return f"each {thing} has {match['list']}; each {thing} belongs to one {match['owner']}"


_WHERE_ONE_SIGNS_IN = re.compile(
    r"^(?:a|an|the)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+where\s+(?:a|an|each|every|the)\s+"
    r"(?P<who>[a-z][\w\-]*)\s+(?P<verb>[a-z]+s)(?:\s+(?:in|up|out|off|down))?\s+"
    r"(?:one\s+of\s+(?:their|our|the|his|her)\s+(?P<things>[a-z][\w\-]*s)|(?:a|an)\s+"
    r"(?P<thing>[a-z][\w\-]*))\s+with\s+(?P<list>(?:a|an|the|their)\s+.+)$"
)


def where_one_signs_in(sentence: str) -> str:
    """``a flight log, where a member signs in one of their models with the date and the
    number of flights``: *each flight log belongs to one member; each flight log is for one
    model; each flight log has the date, ...*; the record, then what one person does in it."""
    match = _WHERE_ONE_SIGNS_IN.match(sentence)
    if match is None or verb_lemma(match["verb"]) is None:
        return sentence
    thing = singular(match["things"]) if match["things"] else match["thing"]
    record = match["record"]
    if not _name_records(match["who"], thing):
        return sentence  # the record itself may be named by any word (*a flight log*)
    return (
        f"each {record} belongs to one {match['who']}; each {record} is for one {thing}; "
        f"each {record} has {match['list']}"
    )


_WHEN_AND_WHERE = r"(?:on|from|at|in|for)\s+(?:a|an)\s+(?:set\s+|given\s+|fixed\s+)?"
_PHRASE_NOUN = r"[a-z][\w\-]*(?:\s+(?!(?:on|from|at|in|for|and|with|but)\b)[a-z][\w\-]*){0,4}"
_RUNS_ON_AT_FOR = re.compile(
    r"^(?P<lead>.*?,\s+(?:and|but|so)\s+)?(?P<det>a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+"
    r"(?:runs|is\s+held|is\s+run|takes\s+place|happens|is\s+on)\s+"
    rf"(?P<phrases>{_WHEN_AND_WHERE}{_PHRASE_NOUN}(?:,?\s+{_WHEN_AND_WHERE}{_PHRASE_NOUN})+)"
    r"(?P<after>,\s+.*)?$"
)
_ONE_PHRASE = re.compile(rf"{_WHEN_AND_WHERE}(?P<noun>{_PHRASE_NOUN})")


def runs_on_at_for(sentence: str) -> str:
    """``a course runs on a set day of the week from a start date, at a venue, for a price``:
    *a course has a day of the week, a start date, a venue and a price*; when, where and for
    how much a record happens, each said in a phrase of its own, are what it keeps (a venue
    kept as records is then the course's link to one). A list *with* after them joins them."""
    return per_statement(sentence, _runs_on_at_for)


def _runs_on_at_for(sentence: str) -> str:
    match = _RUNS_ON_AT_FOR.match(sentence)
    if match is None or not _name_records(match["record"]):
        return sentence
    nouns = [m["noun"] for m in _ONE_PHRASE.finditer(match["phrases"])]
    if any(not can_be_noun(noun.split()[0]) for noun in nouns):
        return sentence
    items = [with_article(noun) for noun in nouns]
    after = match["after"] or ""
    with_list = re.match(r",\s+with\s+(?P<list>.+)$", after)
    if with_list:
        listed = f"{', '.join(items)}, {with_list['list']}"
        after = ""
    else:
        listed = f"{', '.join(items[:-1])} and {items[-1]}"
    lead = match["lead"] or ""
    return f"{lead}{match['det']} {match['record']} has {listed}{after}"


_LISTING_HOW_MANY_OF_EACH = re.compile(
    r"^(?P<head>.*?\b(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+with\s+[^;]+?),?\s+"
    r"(?:listing|saying|noting|giving|and\s+lists|and\s+says)\s+how\s+many\s+of\s+(?:each|every)\s+"
    r"(?P<thing>[a-z][\w\-]*)(?:\s+(?:they|we|he|she|it)\s+(?:are|is|want|wants|need|needs|"
    r"take|takes)(?:\s+[a-z]+ing)?)?(?P<rest>\s*(?:[,;].*)?)$"
)


def listing_how_many_of_each(sentence: str) -> str:
    """``a teacher makes a hire with a start date and a return date, listing how many of each
    item they are taking``: *...; each hire line belongs to one hire; each hire line is for one
    item; each hire line has a quantity*; the counts listed are the record's lines."""
    match = _LISTING_HOW_MANY_OF_EACH.match(sentence)
    if match is None or not _name_records(match["record"], match["thing"]):
        return sentence
    line = f"{match['record']} line"
    return (
        f"{match['head']}; each {line} belongs to one {match['record']}; each {line} is for one "
        f"{match['thing']}; each {line} has a quantity{match['rest']}"
    )


_ONE_RECORDS_A_THING_AGAINST = re.compile(
    r"^(?:the|a|an|each|every)\s+(?P<who>[a-z][\w\-]*)"
    r"(?:\s+who\s+[a-z]+(?:\s+(?:out|in|round|over|by))?)?\s+"
    r"(?P<verb>records|logs|files|raises|writes\s+up|enters)\s+(?:a|an)\s+"
    r"(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:against|for|on)\s+(?:the|a|an|that)\s+"
    r"(?P<target>[a-z][\w\-]*)(?:,?\s+with\s+(?P<list>.+))?$"
)


def one_records_a_thing_against(sentence: str) -> str:
    """``the engineer who comes out records a service visit against the fault with the visit
    date, the parts replaced and the cost``: *each service visit is recorded by one engineer;
    each service visit is for one fault; each service visit has the visit date, ...*; one
    person's record, made against another record (a plural subject is read as people acting)."""
    return per_statement(sentence, _one_records_a_thing_against)


def _one_records_a_thing_against(sentence: str) -> str:
    match = _ONE_RECORDS_A_THING_AGAINST.match(sentence)
    if match is None:
        return sentence
    thing, who, target = match["thing"], match["who"], match["target"]
    if not _name_records(who, target, *thing.split()) or is_plural(who) or who == target:
        return sentence
    said = f"each {thing} is recorded by one {who}; each {thing} is for one {target}"
    return f"{said}; each {thing} has {match['list']}" if match["list"] else said


_EACH_TIME_IS_ONE_WITH = re.compile(
    r"^(?:each|every)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|"
    r"month|morning|afternoon|evening|night)\s+is\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+with\s+(?=\S)"
)


def each_time_is_one_with(sentence: str) -> str:
    """``each sunday is a sale day with its date and a status``: *each sale day has its date
    and a status*; the day says when, the record is what it is."""
    match = _EACH_TIME_IS_ONE_WITH.match(sentence)
    if match is None or not _name_records(*match["record"].split()):
        return sentence
    return f"each {match['record']} has {sentence[match.end() :]}"


_WHICH_ONES_AT_WHICH = re.compile(
    r"(?P<lead>^|,\s+(?:and|so)\s+|;\s+)(?:i|we)\s+(?:also\s+)?(?:mark|note|record|log|track|tick|"
    r"keep\s+track\s+of)\s+which\s+(?P<things>ones|[a-z][\w\-]*s)\s+(?:are|get|were|got)\s+"
    r"[a-z]+\s+(?:at|in|on|for|with|during)\s+which\s+(?P<wholes>[a-z][\w\-]*s)\b(?P<rest>[^;]*)"
)
_PLURAL_WORD = re.compile(r"\b[a-z][\w\-]*s\b")


def which_ones_at_which(sentence: str) -> str:
    """``my instruments each have a name, and i mark which ones get played at which
    sessions``: *...; each session uses several instruments*; which of one kind go with which
    of another is a many-to-many (*ones* are the plural said before)."""
    match = _WHICH_ONES_AT_WHICH.search(sentence)
    if match is None:
        return sentence
    things = match["things"]
    if things == "ones":
        before = [w for w in _PLURAL_WORD.findall(sentence[: match.start()]) if is_plural(w)]
        if not before:
            return sentence
        things = before[-1]
    whole = singular(match["wholes"])
    if not _name_records(singular(things), whole):
        return sentence
    lead = "; " if match["lead"] else ""
    said = f"{lead}each {whole} uses several {things}"
    return f"{sentence[: match.start()]}{said}{sentence[match.end() :]}"


_IS_ONE_ON_ONE_DATE = re.compile(
    r"^(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+is\s+(?:one|a)\s+(?P<one>[a-z][\w\-]*)\s+"
    r"on\s+(?:one|a)\s+(?:given\s+|particular\s+)?(?P<when>date|day|night|morning|evening)"
    r"(?:,?\s+done\s+by\s+one\s+of\s+(?:the|our|my)\s+(?P<doers>[a-z][\w\-]*s))?"
    r"(?:,?\s+with\s+(?P<list>.+))?$"
)


def is_one_on_one_date(sentence: str) -> str:
    """``a changeover is one cottage on one date, done by one of the housekeepers``: *each
    changeover belongs to one cottage; each changeover has a date; each changeover is done by
    one housekeeper*; the record said to be one thing on one day is that thing's, on its date."""
    return per_statement(sentence, _is_one_on_one_date)


def _is_one_on_one_date(sentence: str) -> str:
    match = _IS_ONE_ON_ONE_DATE.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    doer = singular(match["doers"]) if match["doers"] else None
    if not _name_records(record, one, *([doer] if doer else [])) or record == one:
        return sentence
    when = "date" if match["when"] == "day" else match["when"]
    said = [f"each {record} belongs to one {one}", f"each {record} has a {when}"]
    if doer:
        said.append(f"each {record} is done by one {doer}")
    if match["list"]:
        said.append(f"each {record} has {match['list']}")
    return "; ".join(said)


_ON_EACH_EVERY_ONE_IS_TICKED = re.compile(
    r"^(?:on|for|at|in|during)\s+(?:each|every)\s+(?P<whole>[a-z][\w\-]*)\s*,?\s+(?:each|every)\s+"
    r"(?P<part>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:gets|is)\s+(?:ticked|marked|checked|"
    r"signed\s+off)\s+(?P<value>[a-z]+)\s+(?:yes/no|y/n)(?:,?\s+with\s+(?P<list>.+))?$"
)


def on_each_every_one_is_ticked(sentence: str) -> str:
    """``on each changeover every checklist item gets ticked done yes/no, with an optional
    comment``: *each item check belongs to one changeover; each item check is for one
    checklist item; each item check has done yes/no and an optional comment*; what is ticked
    for each pairing is a record of the pairing."""
    return per_statement(sentence, _on_each_every_one_is_ticked)


def _on_each_every_one_is_ticked(sentence: str) -> str:
    match = _ON_EACH_EVERY_ONE_IS_TICKED.match(sentence)
    if match is None:
        return sentence
    whole, part = match["whole"], match["part"]
    if not _name_records(whole, *part.split()):
        return sentence
    check = f"{part.split()[-1]} check"
    listed = f"{match['value']} yes/no" + (f" and {match['list']}" if match["list"] else "")
    return (
        f"each {check} belongs to one {whole}; each {check} is for one {part}; "
        f"each {check} has {listed}"
    )


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
    if match is None or not _name_records(match["who"], match["record"]):
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
        or not _name_records(match["who"], match["where"], match["record"])
        or match["record"] in TIME_WORDS  # "for an hour": how long, no record
    ):
        return sentence
    return (
        f"a {match['record']} puts {with_article(match['who'])} {match['prep']} "
        f"{with_article(match['where'])}{match['rest']}"
    )


_FOR_A_PLACE_IN_ONE_ON_ONE = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+is\s+for\s+"
    r"(?P<place>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:in|at|on)\s+"
    r"(?P<first>one\s+[a-z][\w\-]*)\s+(?:on|at|in|for)\s+(?P<second>one\s+[a-z][\w\-]*)"
    r"(?:,\s+with\s+(?P<listed>.+))?$"
)


def for_a_place_in_one_on_one(sentence: str) -> str:
    """``every booking is for a table number in one carriage on one service, with the guest's
    name``: *every booking is for one carriage and one service, with a table number, the
    guest's name*; the place is the booking's field, the two it is in are its links."""
    return per_statement(sentence, _for_a_place_in_one_on_one)


def _for_a_place_in_one_on_one(sentence: str) -> str:
    match = _FOR_A_PLACE_IN_ONE_ON_ONE.match(sentence)
    if match is None or not _name_records(match["first"].split()[-1], match["second"].split()[-1]):
        return sentence
    listed = f", {match['listed']}" if match["listed"] else ""
    return (
        f"{match['record']} is for {match['first']} and {match['second']}, "
        f"with {match['place']}{listed}"
    )


_BROKEN_DOWN_INTO = re.compile(
    r"^(?:within|in|for|on)\s+(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*),?\s+(?:we|i)\s+"
    r"(?:break|split|divide)\s+(?:the\s+work|it|things|everything)\s+(?:down\s+|up\s+)?into\s+"
    r"(?P<many>[a-z][\w\-]*s)(?:\s+-\s+.+?\s+-|\s+\([^()]*\))?,?"
    r"(?:\s+each\s+with\s+(?P<listed>.+)|(?P<end>\s*[.!]?))$"
)


def broken_down_into(sentence: str) -> str:
    """``within a project we break the work down into jobs - re-panelling, seats, bogies, that
    kind of thing - each with a description, ...``: *each job belongs to one project; each job
    has a description, ...*; the parts the work is broken into are records of the whole."""
    match = _BROKEN_DOWN_INTO.match(sentence)
    if (
        match is None
        or not _name_records(match["one"], match["many"])
        or {match["one"], singular(match["many"])} & TIME_WORDS  # "within a week ... into days"
    ):
        return sentence
    part = singular(match["many"])
    belongs = f"each {part} belongs to one {match['one']}"
    return f"{belongs}; each {part} has {match['listed']}" if match["listed"] else belongs


_EACH_IS_A_KIND_WITH = re.compile(
    r"\b(?P<det>each|every|an?)\s+(?P<said>[a-z][\w\-]*)\s+is\s+(?:a|an)\s+(?P<kind>[a-z][\w\-]*)"
    r"\s+with\b",
    re.IGNORECASE,
)


def named_as_said_after(said: list[str]) -> list[str]:
    """``Each overhaul is a project with a title, ...``, the rest of the description speaking
    of projects only (*which project they belong to*, *per project*): *Each project has a
    title, ...*; the record is named as the owner goes on to call it."""
    named: list[str] = []
    for index, sentence in enumerate(said):
        match = _EACH_IS_A_KIND_WITH.search(sentence)
        if match is not None and _name_records(match["said"].lower(), match["kind"].lower()):
            others = " ".join([*said[:index], sentence[match.end() :], *said[index + 1 :]])
            if _mentions(others, match["kind"]) >= 2 and not _mentions(others, match["said"]):
                sentence = (
                    f"{sentence[: match.start()]}{match['det']} {match['kind']} has"
                    + (sentence[match.end() :])
                )
        named.append(sentence)
    return named


def _mentions(text: str, noun: str) -> int:
    word = singular(noun.lower())
    return len(re.findall(rf"\b(?:{re.escape(word)}|{re.escape(plural(word))})\b", text.lower()))


_WHEN_ONE_IS_WE_SEND = re.compile(
    r"^when\s+(?:a|an)\s+(?P<who>[a-z][\w\-]*)\s+is\s+(?P<done>[a-z]+ed),?\s+(?:we|i)\s+"
    r"(?:send|give|hand|post|email)\s+(?:(?:them|home|out)\s+)?(?:a|an)\s+"
    r"(?P<thing>[a-z][\w\-]*(?:\s+(?!home\b|out\b)[a-z][\w\-]*)?)(?:\s+(?:home|out))?"
    r"(?P<rest>\s*(?:;|$).*)$"
)


def when_one_is_we_send(sentence: str) -> str:
    """``when a pupil is invited we send home a consent form; it sits as pending ...``: *each
    consent form is for one pupil; the consent form sits as pending ...*; what is sent out for
    each one is a record of theirs, and the *it* after it is that record."""
    match = _WHEN_ONE_IS_WE_SEND.match(sentence)
    if match is None or not _name_records(match["who"], match["thing"].split()[-1]):
        return sentence
    thing = match["thing"]
    rest = re.sub(r"^(\s*;\s+)it\s", rf"\1the {thing} ", match["rest"])
    return f"each {thing} is for one {match['who']}{rest}"


_EACH_RECORDED_AGAINST = re.compile(
    r"^(?P<lead>(?:[a-z][\w\-]*\s+){1,4}?(?:in\s+)?(?:several|many|multiple|a\s+few)\s+)"
    r"(?P<many>[a-z][\w\-]*s),\s+each\s+(?:recorded|logged|kept|entered|noted)\s+against\s+"
    r"(?:the|a|an|one)\s+(?P<one>[a-z][\w\-]*)(?:\s+and\s+(?:the|a|an|one)\s+(?P<other>[a-z][\w\-]*))?"
    r"(?:,?\s+with\s+(?P<listed>.+))?$"
)


def each_recorded_against(sentence: str) -> str:
    """``parents may pay in several instalments, each recorded against the pupil and the trip
    with the amount, ...``: *each payment belongs to one pupil; each payment belongs to one
    trip; each payment has the amount, ...*; what is recorded against both is a record of
    each, named by the act where it is paying (an instalment is a payment)."""
    match = _EACH_RECORDED_AGAINST.match(sentence)
    if match is None or not _name_records(match["many"], match["one"], match["other"] or "one"):
        return sentence
    paid = re.search(r"\bpay\s+in\s", match["lead"]) is not None
    record = "payment" if paid else singular(match["many"])
    said = [f"each {record} belongs to one {match['one']}"]
    if match["other"]:
        said.append(f"each {record} belongs to one {match['other']}")
    if match["listed"]:
        said.append(f"each {record} has {match['listed']}")
    return "; ".join(said)


_ONE_DOING_ONE_ON_A_DATE = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+is\s+(?:a|an|one)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?P<doing>[a-z]+ing)\s+(?:a|an|one)\s+(?P<what>[a-z][\w\-]*)\s+(?:on|for)\s+"
    r"(?P<when>(?:a|an)\s+(?:date|day))"
    r"(?P<span>\s+(?:between|from)\s+(?:a|an|the)\s+start\s+(?:time\s+)?(?:and|to|till|until)\s+"
    r"(?:an?\s+|the\s+)?end\s+time)?(?P<rest>\s*(?:,|;|$).*)$"
)


def one_doing_one_on_a_date(sentence: str) -> str:
    """``a letting is a hirer using a space on a date between a start and end time, and ...``:
    *a letting is one hirer using one space, with a date, a start time and an end time, and
    ...*; the record is the one doing it with the other, and when is its own."""
    match = _ONE_DOING_ONE_ON_A_DATE.match(sentence)
    if match is None or not _name_records(match["who"], match["what"]):
        return sentence
    span = ", a start time and an end time" if match["span"] else ""
    return (
        f"{match['record']} is one {match['who']} {match['doing']} one {match['what']}, "
        f"with {match['when']}{span}{match['rest']}"
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
            not _name_records(match["record"], match["who"])
            or verb_lemma(match["act"]) != match["act"]
        ):
            return match[0]
        return f"{match['lead']}each {match['record']} is assigned {with_article(match['who'])}"

    return _GETS_ONE_TO_DO.sub(assigned, sentence)


_WHICH_OF_THEM_DID_IT = re.compile(
    r"^when\s+(?:a|an|the)\s+(?P<who>[a-z][\w\-]*)\s+(?:goes\s+home|leaves|goes|is\s+collected)"
    r",?\s+(?:we|i)\s+(?:write\s+down|note(?:\s+down)?|record|log|jot\s+down|keep|take\s+down)\s+"
    r"which\s+(?:of\s+(?:those|these|the|our|their)\s+|one\s+of\s+(?:those|the|our|their)\s+)?"
    r"(?P<doers>[a-z][\w\-]*s)\s+(?P<verb>[a-z]+)\s+(?:them|him|her|it)\s+(?P<particle>up|off|in|out)"
    r"(?:\s+and\s+(?P<listed>(?:the|a|an)\s+[^,;]+))?(?P<after>.*)$"
)
_THERE_IS_A_FEE = re.compile(r"\bthere\s+is\s+(?P<fee>(?:a|an)\s+(?:[a-z]+\s+)?(?:fee|charge))\b")


def which_of_them_did_it(sentence: str) -> str:
    """``when a child goes home we write down which of those adults picked them up and the
    time, and if it is after six there is a late fee``: *each pickup belongs to one child; each
    pickup belongs to one adult; each pickup has the time; each pickup has a late fee*; the
    act written down each time is a record of it, named by the verb and its particle."""
    match = _WHICH_OF_THEM_DID_IT.match(sentence)
    lemma = verb_lemma(match["verb"]) if match else None
    if match is None or lemma is None or lemma == match["verb"]:
        return sentence
    if not _name_records(match["who"], match["doers"]):
        return sentence
    act = f"{lemma}{match['particle']}"  # "picked them up": a pickup
    said = [
        f"each {act} belongs to one {match['who']}",
        f"each {act} belongs to one {singular(match['doers'])}",
    ]
    if match["listed"]:
        said.append(f"each {act} has {match['listed']}")
    fee = _THERE_IS_A_FEE.search(match["after"])
    if fee is not None:
        said.append(f"each {act} has {fee['fee']}")  # "if it is after six there is a late fee"
    return "; ".join(said)


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
    if match is None or not _name_records(match["record"].split()[-1], match["who"]):
        return sentence
    record = match["record"].split()[-1]
    listed = f", {match['listed']}" if match["listed"] else ""
    when = with_article(match["when"])
    return f"each {record} is for one {match['who']}; each {record} has {when}{listed}"


_THERE_ARE_THE_ONES = re.compile(
    r"^(?:(?:then|and|also|next)\s+)?there\s+(?:are|is)\s+(?:the|our|all\s+the)\s+"
    r"(?P<things>[a-z][\w\-]*s)\b[^,;:]*,\s+(?:just\s+|only\s+)?(?:their|its)\s+(?P<listed>.+)$"
)


_THERE_ARE_THE_ONES_ON = re.compile(
    r"^(?:(?:then|and|also|next)\s+)?there\s+are\s+(?:the|our|all\s+the)\s+"
    r"(?P<things>[a-z][\w\-]*s)\b[^,;:]*?\s+(?:on|for|in)\s+(?:that|this|the|each|every)\s+"
    r"(?P<owner>[a-z][\w\-]*),\s+(?P<each>each\s.+)$"
)


def there_are_the_ones(sentence: str) -> str:
    """``then there are the laundries we send it all to, just their name, a contact email and
    their price per kilo``: *laundries have their name, ...*; the records said to be there, with
    what is kept of them. Said to be on one record (``then there are the rooms we have asked
    for on that tour, each with ...``), they are that one's: *each tour has several rooms, each
    with ...*."""
    on = _THERE_ARE_THE_ONES_ON.match(sentence)
    if (
        on is not None
        and _name_records(singular(on["things"]), on["owner"])
        and on["owner"] not in TIME_WORDS | WEEKDAYS
    ):
        return f"each {on['owner']} has several {on['things']}, {on['each']}"
    match = _THERE_ARE_THE_ONES.match(sentence)
    if match is None or not _name_records(singular(match["things"])):
        return sentence
    return f"{match['things']} have their {match['listed']}"


_EVERY_TIME_ONE_GOES = re.compile(
    r"^(?:(?:every|each)\s+time|when)\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+"
    r"(?:goes\s+out|comes\s+in|is\s+sent(?:\s+out)?|arrives|leaves),?\s+(?:i|we)\s+"
    r"(?:want\s+to\s+|need\s+to\s+|have\s+to\s+)?(?:log|record|note|write\s+down|keep)\s+"
    r"which\s+(?P<one>[a-z][\w\-]*),\s+(?P<listed>.+)$"
)


def every_time_one_goes(sentence: str) -> str:
    """``every time a batch goes out i want to log which laundry, the date sent and ...``:
    *each batch belongs to one laundry; each batch has the date sent and ...*; which one it goes
    to is its link, the rest its fields."""
    match = _EVERY_TIME_ONE_GOES.match(sentence)
    if match is None or not _name_records(match["record"], match["one"]):
        return sentence
    record = match["record"]
    return f"each {record} belongs to one {match['one']}; each {record} has {match['listed']}"


_AND_FOR_EACH_OF_THEIRS = re.compile(
    r"^(?P<before>for\s+(?:each|every)\s+(?P<owner>[a-z][\w\-]*)\s+.+?),\s+and\s+for\s+each\s+of\s+"
    r"(?:their|its|his|her)\s+(?P<things>[a-z][\w\-]*s)\s+(?:(?:we|i)\s+(?:note|keep|record|log|"
    r"take)\s+)?(?P<listed>(?:the|a|an)\s+.+)$"
)


def and_for_each_of_theirs(sentence: str) -> str:
    """``for each owner we note a name and phone, and for each of their cats the name, age and
    ...``: *...; each cat belongs to one owner; each cat has the name, age and ...*; what they
    own, each with its own list."""
    match = _AND_FOR_EACH_OF_THEIRS.match(sentence)
    if match is None or not _name_records(match["owner"], singular(match["things"])):
        return sentence
    thing = singular(match["things"])
    return (
        f"{match['before']}; each {thing} belongs to one {match['owner']}; "
        f"each {thing} has {match['listed']}"
    )


_DONE_AND_JOTTED_DOWN = re.compile(
    r"^(?:(?:every|each)\s+(?:day|time|morning|evening|week|night),?\s+)?(?:a|an)\s+(?P<a>[a-z][\w\-]*)\s+"
    r"(?P<verb>[a-z]+s)\s+(?:a|an)\s+(?P<b>[a-z][\w\-]*)(?:\s+(?:out|in|off|up|round))?"
    r"(?:\s+(?:on|to|at|for|into|onto)\s+(?:a|an)\s+(?P<c>[a-z][\w\-]*))?,?\s+and\s+(?:i|we)\s+"
    r"(?:jot|write|note|log|put|mark)\s+(?:that|this|the)\s+(?P<record>[a-z][\w\-]*)\s+down\s+"
    r"with\s+(?P<listed>.+)$"
)


def done_and_jotted_down(sentence: str) -> str:
    """``every day a driver takes a van out on a round and i jot that shift down with the date
    and the takings``: *each shift belongs to one driver; ... one van; ... one round; each shift
    has the date and the takings*; what is jotted down is the record of the act told."""
    match = _DONE_AND_JOTTED_DOWN.match(sentence)
    if match is None or verb_lemma(match["verb"]) in (None, match["verb"]):
        return sentence
    ends = [end for end in (match["a"], match["b"], match["c"]) if end]
    if not _name_records(match["record"], *ends) or match["record"] in ends:
        return sentence
    record = match["record"]
    said = [f"each {record} belongs to one {end}" for end in ends]
    return "; ".join([*said, f"each {record} has {match['listed']}"])


_THEY_ACT_AND_RECORD = re.compile(
    r"^(?P<who>(?:the\s+|our\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)(?P<bracket>\s+\([^()]*\))?\s+"
    r"(?P<verb>[a-z]+)\s+(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+and\s+"
    r"(?:record|note|log|write\s+down|jot\s+down)\s+(?P<listed>(?:the|a|an)\s+.+)$"
)


def they_act_and_record(sentence: str) -> str:
    """``staff members (just a name) inspect items and record the date, the outcome and any
    comments``: *staff members have a name; each inspection belongs to one item; each
    inspection belongs to one staff member; each inspection has the date, ...*; what is
    recorded each time they act is the record of the act."""
    match = _THEY_ACT_AND_RECORD.match(sentence)
    lemma = verb_lemma(match["verb"]) if match else None
    act = act_noun(lemma) if match and lemma and lemma == match["verb"] else None
    if match is None or act is None or act == match["verb"]:
        return sentence
    who, thing = singular_phrase(match["who"]), singular_phrase(match["things"])
    if not _name_records(who.split()[-1], thing.split()[-1], act):
        return sentence
    kept = re.sub(r"^\s*\((?:just|only)\s+|\)$", "", match["bracket"] or "")
    return "; ".join(
        [
            f"{match['who']} have {kept}" if kept else match["who"],
            f"each {act} belongs to one {thing}",
            f"each {act} belongs to one {who}",
            f"each {act} has {match['listed']}",
        ]
    )


_WE_ADD_THE_ONES_TO = re.compile(
    r"^(?:as\s+we\s+[a-z]+,?\s+|then\s+|and\s+)?(?:we|i)\s+(?:add|attach|link)\s+the\s+"
    r"(?P<things>[a-z][\w\-]*s)\s+(?:we|i)\s+(?:find|trace|identify|meet)\s+to\s+the\s+"
    r"(?P<owner>[a-z][\w\-]*)\s*:\s+(?P<listed>.+)$"
)


def we_add_the_ones_to(sentence: str) -> str:
    """``as we dig, we add the heirs we find to the case: name, an email, ...``: *each heir
    belongs to one case; each heir has name, an email, ...*; what is added to a record is its."""
    match = _WE_ADD_THE_ONES_TO.match(sentence)
    if match is None or not _name_records(singular(match["things"]), match["owner"]):
        return sentence
    thing = singular(match["things"])
    return f"each {thing} belongs to one {match['owner']}; each {thing} has {match['listed']}"


_HANGS_OFF = re.compile(
    r"\b(?P<one>(?:each|every|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:hangs\s+off|sits\s+under|lives\s+under|is\s+attached\s+to|hangs\s+from)\s+"
    r"(?:a|an|one|the)\s+(?P<owner>[a-z][\w\-]*)\s+with\s+(?P<listed>.+)$"
)


def hangs_off_one(sentence: str) -> str:
    """``so each certificate order hangs off a case with its type, the cost and ...``: *each
    certificate order belongs to one case; each certificate order has its type, ...*."""
    match = _HANGS_OFF.search(sentence)
    if match is None or not _name_records(match["one"].split()[-1], match["owner"]):
        return sentence
    one = f"each {match['one'].split(maxsplit=1)[1]}"
    return (
        f"{sentence[: match.start()]}{one} belongs to one {match['owner']}; "
        f"{one} has {match['listed']}"
    )


_THEY_LOG_THEM_AGAINST = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:(?:and\s+)?(?:on|at)\s+the\s+(?:night|day)\s+)?"
    r"(?:they|we|i|members|staff)\s+"
    r"(?:log|record|enter|add)\s+(?P<things>[a-z][\w\-]*s)\s+against\s+the\s+(?P<owner>[a-z][\w\-]*)"
    r"\s*:\s+(?:which\s+(?P<which>[a-z][\w\-]*)\s+(?:they|we|i)\s+[a-z]+(?:\s+at|\s+on|\s+for)?,\s+)?"
    r"(?P<listed>.+?)(?:,\s+where\s+(?P<others>[a-z][\w\-]*s)\s+come\s+from\s+(?:our|the|a)\s+list\s+"
    r"with\s+(?P<kept>.+))?$"
)


def they_log_them_against(sentence: str) -> str:
    """``on the night they log observations against the session: which target they looked at,
    the seeing and a link to a photo, where targets come from our list with a name and a
    type``: *each observation belongs to one session; each observation belongs to one target;
    each observation has the seeing and a link to a photo; targets have a name and a type*."""
    match = _THEY_LOG_THEM_AGAINST.search(sentence)
    if match is None or not _name_records(singular(match["things"]), match["owner"]):
        return sentence
    thing = singular(match["things"])
    said = [f"each {thing} belongs to one {match['owner']}"]
    if match["which"]:
        said.append(f"each {thing} belongs to one {match['which']}")
    said.append(f"each {thing} has {match['listed']}")
    if match["others"]:
        said.append(f"{match['others']} have {match['kept']}")
    before = sentence[: match.start()]
    return "; ".join([before, *said] if before else said)


_TICKED_AS_DONE = re.compile(
    r"^(?:when|once|after)\s+(?:a|an|the|each|every)\s+(?P<one>[a-z][\w\-]*)(?:'s|\s+is|\s+has\s+been|\s+gets)"
    r"\s+(?:[a-z]+\s+)?[a-z]+,?\s+(?:someone|somebody|we|i|they|staff|(?:the|a|an)\s+[a-z][\w\-]*)\s+"
    r"(?:ticks?|marks?|flags?)\s+(?:it|them)\s+(?:off\s+)?as\s+(?P<state>[a-z][\w\-]*)"
    r"(?:\s+and\s+(?:can\s+|may\s+)?(?:leaves?|adds?|writes?|puts?)\s+(?P<more>an?\s+[a-z][\w\-]*)\b.*)?$"
)


def ticked_as_done(sentence: str) -> str:
    """``when a shift's finished someone ticks it as completed and can leave a note about
    anything odd``: *for each shift we record whether it is completed and a note*; what it
    is ticked as is a yes/no of the record's, and what is left on it a field."""

    def recorded(match: re.Match[str]) -> str:
        more = f" and {match['more']}" if match["more"] else ""
        return f"for each {match['one']} we record whether it is {match['state']}{more}"

    return _TICKED_AS_DONE.sub(recorded, sentence)


_AND_CAN_NAME = re.compile(
    r",?\s+and\s+(?:it\s+)?(?:can|may)\s+(?:also\s+)?(?:name|record|note|give|say|list)\s+"
    r"(?=the\s+[a-z][\w\-]*\s+(?:who|that|which)\s)"
)


def and_can_name_the_one(sentence: str) -> str:
    """``a treatment records the animal, the date ..., and can name the vet who prescribed
    it``: *..., and the vet who prescribed it*; the one it may name is on its list."""
    return _AND_CAN_NAME.sub(", and ", sentence)


_BY_THEM_THEN_THEIRS = re.compile(
    r"(?P<done>\b(?:is|are)\s+(?:[a-z]+\s+)?(?:done|carried\s+out|made|handled|issued|signed|"
    r"inspected|tested|fitted|checked)\s+by\s+(?P<people>[a-z][\w\-]*s)),?\s+and\s+"
    r"(?P<we>i|we)\s+(?P<verb>keep|record|note|store|hold|need|log|take)\s+their\s+"
)


def by_them_then_theirs(sentence: str) -> str:
    """``the certificates are done by engineers, and I keep their name, company and phone``:
    *...; for each engineer i keep their name, ...*; *their* is the people just named, not
    the certificates."""
    return _BY_THEM_THEN_THEIRS.sub(
        lambda m: f"{m['done']}; for each {singular(m['people'])} {m['we']} {m['verb']} their ",
        sentence,
    )


_AND_ITS_PART_HAS = re.compile(
    r"^(?P<subject>(?:a|an|each|every|the)\s+(?P<one>[a-z][\w\-]*))\s+(?:has|have)\s+(?P<listed>.+?),?"
    r"\s+and\s+its\s+(?P<part>[a-z][\w\-]*)\s+(?:records|has|holds|keeps|shows|notes)\s+"
    r"(?P<rest>(?:the|a|an)\s.+)$"
)


def and_its_part_has(sentence: str) -> str:
    """``a tenancy has the property address and an end date, and its deposit records the amount
    held and the scheme``: *...; each deposit belongs to one tenancy; each deposit has the
    amount held and the scheme*; the part named with *its* is a record of its own."""
    match = _AND_ITS_PART_HAS.match(sentence)
    if match is None or is_plural(match["part"]):
        return sentence
    part, one = match["part"], match["one"]
    return (
        f"{match['subject']} has {match['listed']}; each {part} belongs to one {one}; "
        f"each {part} has {match['rest']}"
    )
