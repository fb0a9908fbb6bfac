"""What a clause packs after the thing it is about, written as clauses of their own, so the
list readers see each record's list where they expect it.

- A record's list told after what it acts on: *an alarm hire puts one unit at a client's site,
  with the site address, ...* (`acts_on_one_with`; only for a record named as an act),
  *describes a framed piece with a quantity, ...* (`describes_one_with`), *puts a film on for a
  week: it has ...* (`acts_then_it_has`).
- An act before the list we keep: *we stick a red dot on it and log the sale: ...*, *someone
  walks in ... and we take the order: ...* (`and_log_the_one`).
- A second act or predicate with its own one: *is raised for one aid and sent to a maker
  (...)* (`done_and_done_to_one`), *has a name ..., and books sessions, each ...*
  (`has_then_acts`), *is carried out on a date by one of our audiologists*
  (`done_on_a_date_by`), *a driver gets a dated run sheet for one lorry* (`gets_one_for_one`).
- Records named in passing: *the tiers kept as their own records, each with ...*
  (`kept_as_records_each_with`), *a preview night, which is just a film title and ...*
  (`which_is_just`), *the run sheet is just a list of drops: ...* (`is_a_list_of`), *several
  suppliers ... and for those we need ...* (`and_for_those_we_need`).
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import IRREGULAR_ACTS, ZERO_ACTS, names_an_act
from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_past_participle,
    singular,
    verb_lemma,
)

_ACTS_ON_ONE_WITH = re.compile(
    r"^(?P<said>(?:a|an|each|every)\s+(?P<words>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){1,2})\s+"
    r"[^;,()]*?\b(?:one|a|an|the)\s+[^;,()]+?),\s+with\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s+[^;]+?(?:,|\s+and\s)[^;]+)$"
)
_LINKING_VERBS = frozenset({"be", "have", "need", "get", "keep", "hold", "record", "note", "log"})
"""Verbs whose *with* says what the record holds already (*a booking is for one room, with ...*,
*each order has one customer, with ...*): the readers of those know their list."""


def _subject_and_verb(said: str) -> tuple[str, str] | None:
    """``alarm hire puts one unit ...`` → (*alarm hire*, *put*): the record (one or two words)
    and the verb of the present after it."""
    tokens = said.split()
    for size in (2, 1):
        if len(tokens) <= size:
            continue
        one, verb = tokens[:size], tokens[size]
        lemma = verb_lemma(verb)
        if (
            lemma
            and verb.endswith("s")
            and verb != lemma
            and all(can_be_noun(word) and word not in FUNCTION_WORDS for word in one)
            # "delivery comes from ...": *comes* is the verb, not a word of the record
            and not (one[-1].endswith("s") and verb_lemma(one[-1]) not in (None, one[-1]))
        ):
            return " ".join(one), lemma
    return None


def acts_on_one_with(sentence: str) -> str:
    """``an alarm hire puts one unit at a client's site, with the site address, the install
    date, ...``: *...; each alarm hire has the site address, ...*; the *with* after what an act
    (a record named as one: a hire, a booking) is done to lists the act's own fields, not the
    site's."""

    def plain(statement: str) -> str:
        match = _ACTS_ON_ONE_WITH.match(statement)
        told = _subject_and_verb(match["words"]) if match else None
        if match is None or told is None or told[1] in _LINKING_VERBS:
            return statement
        head = told[0].split()[-1]
        if not (head in ZERO_ACTS or names_an_act(head) or head in IRREGULAR_ACTS.values()):
            # "a patient signs up to a plan for one lens, with a monthly payment, ...": one who
            # acts, whose *with* lists what the act makes (the plan's), read as it is
            return statement
        return f"{match['said']}; each {told[0]} has {match['listed']}"

    return per_statement(sentence, plain)


_AND_LOG_THE_ONE = re.compile(
    r"^(?P<we>(?:when\s+[^;,]+?\s+)?(?:we|i)\s+)(?P<did>(?!(?:log|record|note|enter|keep)\b)"
    r"[a-z]+\s[^;:,]+?)\s+and\s+(?:then\s+)?(?P<verb>log|record|note|enter|keep)\s+"
    r"(?P<one>(?:the|a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?:\s+[^;]+)$"
)
_WALKS_IN_AND_WE_TAKE = re.compile(
    r"^(?:someone|somebody|a\s+customer|customers|people)\s+(?:walks?|comes?|pops?)\s+in\b[^;:]*?"
    r"\s+and\s+(?P<we>(?:we|i)\s+(?:take|log|record|note|open|write)\s+(?:the|a|an)\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?:\s+[^;]+)$"
)
"""*someone walks in with a print and we take the order: ...*: the order, told as it is taken;
who walked in is no record."""


def and_log_the_one(sentence: str) -> str:
    """``when a piece sells we stick a red dot on it and log the sale: which artwork, ...``:
    *...; we log the sale: which artwork, ...*; the act before is no part of what is logged."""

    def plain(statement: str) -> str:
        walked_in = _WALKS_IN_AND_WE_TAKE.match(statement)
        if walked_in is not None:
            return walked_in["we"]
        match = _AND_LOG_THE_ONE.match(statement)
        if match is None or verb_lemma(match["did"].split()[0]) is None:
            return statement
        return f"{match['we']}{match['did']}; we {match['verb']} {match['one']}"

    return per_statement(sentence, plain)


_DONE_AND_DONE = re.compile(
    r"^(?P<one>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<be>is|are)\s+"
    r"(?P<first>[a-z]+\s+(?:to|by|at|from|with|in|on|for|against)\s+[^;,()]+?)\s+and\s+(?:then\s+)?"
    r"(?P<done>[a-z]+)\s+(?P<second>(?:to|by|at|from|with|against)\s+(?:a|an|one|the)\s+[^;]+)$"
)


def done_and_done_to_one(sentence: str) -> str:
    """``a repair is raised for one hearing aid and sent to a manufacturer (name, returns
    address, phone)``: *a repair is raised for one hearing aid; a repair is sent to a
    manufacturer (...)*; the second act's one is the record's too, and so is its list."""

    def plain(statement: str) -> str:
        match = _DONE_AND_DONE.match(statement)
        if (
            match is None
            or not is_past_participle(match["first"].split()[0])
            or not is_past_participle(match["done"])
        ):
            return statement
        one, be = match["one"], match["be"]
        return f"{one} {be} {match['first']}; {one} {be} {match['done']} {match['second']}"

    return per_statement(sentence, plain)


_HAS_THEN_ACTS = re.compile(
    r"^(?P<one>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:has|keeps|holds)\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s+[^;]+?),\s+and\s+(?P<verb>[a-z]+s)\s+"
    r"(?P<rest>(?:(?:several|many|some|its|their)\s+)?(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s\b[^;]*)$"
)
NOT_ACTS = frozenset({"has", "is", "does", "needs", "gets", "keeps", "holds", "goes", "comes"})


def has_then_acts(sentence: str) -> str:
    """``an employer has a name, a contact email and an address, and books screening sessions
    at its site, each on a date ...``: *an employer has a name, ...; an employer books screening
    sessions at its site, ...*; what it does after its list is a clause of its own, not the
    list's last item."""

    def plain(statement: str) -> str:
        match = _HAS_THEN_ACTS.match(statement)
        if match is None or match["verb"] in NOT_ACTS:
            return statement
        lemma = verb_lemma(match["verb"])
        if lemma is None or lemma == match["verb"]:
            return statement
        one = match["one"]
        # "each school books ...": with *a*, "a school books" reads as a noun phrase
        each = f"each {one.split(maxsplit=1)[1]}"
        return f"{one} has {match['listed']}; {each} {match['verb']} {match['rest']}"

    return per_statement(sentence, plain)


_ACTS_THEN_IT_HAS = re.compile(
    r"^(?P<said>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+[a-z]+s\s+"
    r"[^;:]+?):\s+it\s+(?:has|records|holds|keeps|notes|gets|carries)\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s+[^;]+)$"
)


def acts_then_it_has(sentence: str) -> str:
    """``a booking puts a film on for a play week: it has the week's start date, ...``: *...;
    each booking has the week's start date, ...*; *it* after the colon is the record that
    acts, not the one it acts on."""

    def plain(statement: str) -> str:
        match = _ACTS_THEN_IT_HAS.match(statement)
        told = _subject_and_verb(" ".join(match["said"].split()[1:4])) if match else None
        if match is None or told is None:
            return statement
        return f"{match['said']}; each {told[0]} has {match['listed']}"

    return per_statement(sentence, plain)


_DONE_ON_A_DATE_BY = re.compile(
    r"\bis\s+(?P<done>[a-z]+(?:\s+(?:out|up))?)\s+on\s+(?:a|one)\s+(?:date|day)\s+by\s+(?=(?:a|an|one|the)\s)"
)


def done_on_a_date_by(sentence: str) -> str:
    """``each hearing test belongs to a patient, is carried out on a date by one of our
    audiologists, ...``: *..., has a date and is carried out by one of our audiologists, ...*;
    the date is the record's, and who did it one of its links."""

    def plain(match: re.Match[str]) -> str:
        if not is_past_participle(match["done"].split()[0]):
            return match[0]
        return f"has a date and is {match['done']} by "

    return _DONE_ON_A_DATE_BY.sub(plain, sentence)


_DESCRIBES_ONE_WITH = re.compile(
    r"^(?P<each>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+describes\s+"
    r"(?:a|an|the|one)\s+[^;,()]+?\s+with\s+(?P<listed>(?:a|an|the|its|their)\s+[^;]+)$"
)


def describes_one_with(sentence: str) -> str:
    """``each invoice line describes a framed piece with a quantity, a unit price and ...``:
    *each invoice line has a description, a quantity, ...*; what it describes is its
    description, and the list is its own."""

    def plain(statement: str) -> str:
        match = _DESCRIBES_ONE_WITH.match(statement)
        if match is None:
            return statement
        return f"{match['each']} has a description, {match['listed']}"

    return per_statement(sentence, plain)


_KEPT_AS_RECORDS_EACH_WITH = re.compile(
    r"\b(?:the\s+)?(?P<many>[a-z][\w\-]*s)\s+kept\s+as\s+(?:their\s+own\s+records|records\s+of\s+their\s+own"
    r"|separate\s+records|records)\s*,\s+each\s+with\s+"
)


def kept_as_records_each_with(sentence: str) -> str:
    """``we would like the tiers kept as their own records, each with a name, an annual fee
    ...``: *...; each tier has a name, an annual fee ...*; the records are the tiers."""

    def plain(match: re.Match[str]) -> str:
        many = match["many"]
        if verb_lemma(many) not in (None, many) and not can_be_noun(many):
            return match[0]
        return f"{many}; each {singular(many)} has "

    return _KEPT_AS_RECORDS_EACH_WITH.sub(plain, sentence)


_WHICH_IS_JUST = re.compile(
    r"\b(?P<one>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+which\s+(?:for\s+our\s+purposes\s+|"
    r"really\s+|as\s+far\s+as\s+we\s+are\s+concerned\s+)?is\s+(?:just|only|simply|really\s+just)\s+"
    r"(?P<listed>(?:a|an|the)\s+[^;]+?)(?=,\s+and\s|;|$)"
)


def which_is_just(sentence: str) -> str:
    """``we put on a preview night, which for our purposes is just a film title and a date and
    time, and ...``: *we put on a preview night; each preview night has a film title and a date
    and time; ...*; what it is, for the app, is its list."""

    def plain(match: re.Match[str]) -> str:
        one = match["one"].split(maxsplit=1)[1]
        return f"{match['one']}; each {one} has {match['listed']};"

    return _WHICH_IS_JUST.sub(plain, sentence).replace(";, and ", "; ")


_IS_A_LIST_OF = re.compile(
    r"\bthe\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+(?:really\s+)?(?:just\s+|only\s+|simply\s+)?"
    r"a\s+list\s+of\s+(?P<many>[a-z][\w\-]*s)\s*:\s+(?=(?:each|every)\s+(?P=many)?)"
)


def is_a_list_of(sentence: str) -> str:
    """``the run sheet is just a list of drops: each drop goes to a job site, ...``: *each drop
    belongs to one run sheet; each drop goes to ...*; what the list holds is the list's."""

    def plain(match: re.Match[str]) -> str:
        one, many = match["one"], singular(match["many"])
        if any(word in FUNCTION_WORDS for word in one.split()):
            return match[0]
        return f"each {many} belongs to one {one}; "

    return _IS_A_LIST_OF.sub(plain, sentence)


_GETS_ONE_FOR_ONE = re.compile(
    r"^(?P<lead>(?:each|every)\s+(?:day|week|morning|night|shift)\s+)?(?:a|an|each)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"gets\s+(?:a|an)\s+(?P<dated>dated\s+)?(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+for\s+(?:one|a|an)\s+"
    r"(?P<for>[a-z][\w\-]*)(?P<rest>(?:,\s+and\s+|;\s+)[^;]+)?$"
)


def gets_one_for_one(sentence: str) -> str:
    """``each day a driver gets a dated run sheet for one lorry, and ...``: *each run sheet
    belongs to one driver; each run sheet has a date; each run sheet is for one lorry; ...*;
    what someone is given for one thing is a record of both (dated: with its date)."""

    def plain(statement: str) -> str:
        match = _GETS_ONE_FOR_ONE.match(statement)
        if match is None or any(w in FUNCTION_WORDS for w in (match["who"], match["for"])):
            return statement
        one = match["one"]
        told = [f"each {one} belongs to one {match['who']}"]
        if match["dated"]:
            told.append(f"each {one} has a date")
        told.append(f"each {one} is for one {match['for']}")
        if match["rest"]:
            told.append(re.sub(r"^(?:,\s+and\s+|;\s+)", "", match["rest"]))
        return "; ".join(told)

    return per_statement(sentence, plain)


_AND_FOR_THOSE_WE_NEED = re.compile(
    r"\b(?P<many>several|many|some|a\s+few|lots\s+of)\s+(?P<things>[a-z][\w\-]*s)\b(?P<mid>[^;]*?),?\s+"
    r"and\s+for\s+(?:those|them)\s*,?\s+(?:we|i)\s+(?:just\s+)?(?:need|keep|want|hold)\s+"
    r"(?P<listed>(?:a|an|the|their|its)\s+[^;]+)$"
)


def and_for_those_we_need(sentence: str) -> str:
    """``we buy from several suppliers - cash-and-carry mostly - and for those we need a name,
    a phone number and their website``: *...; suppliers have a name, ...*; *those* are the
    records just named (*for each one we note the quantity used*, after *a job can use several
    parts*, is each part used: no list of the parts)."""

    def plain(match: re.Match[str]) -> str:
        things = match["things"]
        return f"{match['many']} {things}{match['mid']}; {things} have {match['listed']}"

    return _AND_FOR_THOSE_WE_NEED.sub(plain, sentence)
