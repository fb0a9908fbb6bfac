"""Words an owner puts between a record and the list it keeps, said plainly before the readers.

Each is rewritten to the form the list readers know:
- a clause saying which records: *for each boiler we install note the model, ...* is *for each
  boiler we note ...*; *for each of their boilers we know when ...* is *... we note when ...*;
  *tenants are listed against the property they live in, with ...* is *against the property,
  with ...*;
- a word tying the list on: *..., where each one has ...* (*, and each one has*), *a warranty
  registration holding the reference number, ...* and *an invoice to the family showing the
  month, ...* (*with*), *against a ceremony we keep the registrar booking: ...* (a colon);
- the record named elsewhere in the sentence: *against the boiler goes a ...*; *enquiries come
  in ..., and we log every one with ...*; *the customer fills in a form with their name, ...*
  and *each device in a parcel gets its own line with ...* (the form or the line it is
  written on); *..., plus the overnight guests belonging to that event with their name, ...*;
  *every reminder we send about a boiler should get logged with ...* (the clause ends on the
  boiler).

`simplify` runs them in its order; `for_every_reader` runs the last, so no reader gives the
reminder's list to the boiler.
"""

from __future__ import annotations

import re

from appwright.design.offline.keeping_verbs import KEEP_VERBS
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_plural,
    singular,
    with_article,
)

_FOR_EACH_WE_KNOW = re.compile(
    r"\b(?P<each>for\s+(?:each|every)\s+(?:of\s+(?:their|its|our)\s+)?[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?)\s+(?:we|i)\s+(?:(?:want|need)\s+to\s+)?know\s+(?=when|the|its|their|how|what|whether)"
)

_FOR_EACH_WE_DO_THEN_NOTE = re.compile(
    r"\b(?P<each>for\s+(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:we|i)\s+"
    r"(?P<act>[a-z]+)\s+(?P<verb>note|record|keep|log|take|track|store|hold)\s+(?=the\s|its\s|their\s)"
)


def for_each_we_do_then_note(sentence: str) -> str:
    """``for each boiler we install note the model, serial number, ...``: *for each boiler we
    note the model, ...*; *we install* says which boilers, not what is kept of them. ``for each
    of their boilers we know when it was last serviced``: *... we note when ...*; what we
    know of each is what we keep."""
    sentence = _FOR_EACH_WE_KNOW.sub(lambda match: f"{match['each']} we note ", sentence)

    def plain(match: re.Match[str]) -> str:
        if match["act"] in KEEP_VERBS or not can_be_verb(match["act"]):
            return match[0]
        return f"{match['each']} we {match['verb']} "

    return _FOR_EACH_WE_DO_THEN_NOTE.sub(plain, sentence)


_WHERE_EACH_ONE_HAS = re.compile(r",\s+where\s+(?=each(?:\s+one)?\s+has\s)")


def where_each_one_has(sentence: str) -> str:
    """``the boilers come off our price list, where each one has a make, a model, ...``:
    *..., and each one has a make, ...*; the *where* ties on the list of the boilers."""
    return _WHERE_EACH_ONE_HAS.sub(", and ", sentence)


_ONE_HOLDING_THE = re.compile(
    r"\b(?P<one>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+holding\s+(?=(?:the|a|an|its)\s[^,]+,)"
)


def one_holding_the(sentence: str) -> str:
    """``against the boiler goes a warranty registration holding the reference number, the
    length of cover, ...``: *a warranty registration with the reference number, ...*."""
    return _ONE_HOLDING_THE.sub(lambda match: f"{match['one']} with ", sentence)


_THE_ONE_THEY_ARE_IN = re.compile(
    r"\b(?P<the>(?:against|to|under|on)\s+the\s+[a-z][\w\-]*)\s+(?:they|he|she|it)\s+"
    r"(?:live|lives|work|works|sit|sits|stay|stays|belong|belongs)\s+(?:in|at|on|to)(?=,\s+with\s)"
)


def the_one_they_are_in(sentence: str) -> str:
    """``tenants are listed against the property they live in, with their name``: *against
    the property, with their name*; the clause names the property, not a record."""
    return _THE_ONE_THEY_ARE_IN.sub(lambda match: match["the"], sentence)


_GOES_AGAINST_THE = re.compile(
    r"\bagainst\s+(?:the|each|every)\s+(?P<owner>[a-z][\w\-]*)\s+goes\s+(?P<one>(?:a|an)\s)"
)


def goes_against_the_one(sentence: str) -> str:
    """``against the boiler goes a warranty registration with ...``: *against each boiler we
    keep a warranty registration with ...*; the boiler is what it is kept against, no one who
    goes anywhere."""
    return _GOES_AGAINST_THE.sub(
        lambda match: f"against each {match['owner']} we keep {match['one']}", sentence
    )


_AGAINST_ONE_WE_KEEP_COLON = re.compile(
    r"\bagainst\s+(?:a|an|each|every|the)\s+(?P<owner>[a-z][\w\-]*)\s+(?:we|i)\s+"
    r"(?P<verb>keep|record|log|hold|note|store)\s+(?:the|a|an)\s+"
    r"(?P<one>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*):\s+"
)


def against_one_we_keep_colon(sentence: str) -> str:
    """``against a ceremony we keep the registrar booking: the register office, ...``:
    *against each ceremony we keep a registrar booking with the register office, ...*; the
    colon opens the booking's own list."""
    return _AGAINST_ONE_WE_KEEP_COLON.sub(
        lambda match: f"against each {match['owner']} we {match['verb']} a {match['one']} with ",
        sentence,
    )


_ONE_TO_THEM_SHOWING = re.compile(
    r"\b(?P<one>(?:a|an)\s+(?P<name>[a-z][\w\-]*))\s+"
    r"(?P<to>(?:to|for)\s+(?:the|a|an|each)\s+[a-z][\w\-]*)\s+showing\s+(?=(?:the|a|an)\s[^,]+,)"
)
_SHOWN_BY_REPORTS = frozenset(
    ("report", "summary", "chart", "dashboard", "graph", "screen", "page")
)


def one_to_them_showing(sentence: str) -> str:
    """``we raise an invoice to the family showing the month, days booked, ...``: *an invoice
    to the family, with the month, ...*; what a record sent to someone shows is what it keeps
    (a report showing totals is left to the report readers)."""

    def said(match: re.Match[str]) -> str:
        if match["name"] in _SHOWN_BY_REPORTS:
            return match[0]
        return f"{match['one']} {match['to']}, with "

    return _ONE_TO_THEM_SHOWING.sub(said, sentence)


_LOG_EVERY_ONE = re.compile(
    r"^(?:(?:the|our|all)\s+)?(?:[a-z][\w\-]*\s+)?(?P<things>[a-z][\w\-]*s)\s+"
    r"(?P<mid>[^.;:]*?,?\s+and\s+we\s+(?:log|record|keep|note|enter|take\s+down)\s+)"
    r"(?:each|every)\s+one\s+(?=with\s)"
)


def log_every_one_with(sentence: str) -> str:
    """``wedding enquiries come in from the website, ..., and we log every one with the
    couple's names, ...``: *..., and we log each enquiry with ...*; *every one* is one of the
    records the sentence opened on."""

    def said(match: re.Match[str]) -> str:
        things = match["things"]
        if not is_plural(things) or not can_be_noun(singular(things)):
            return match[0]
        start = match.start("things")
        return f"{match[0][: start - match.start()]}{things} {match['mid']}each {singular(things)} "

    return _LOG_EVERY_ONE.sub(said, sentence, count=1)


_FILLS_IN_A_FORM = re.compile(
    r"^(?:the|each|every|a|an)\s+(?P<who>[a-z][\w\-]*)\s+(?:fills\s+in|fills\s+out|completes|fills)\s+"
    r"(?:a|an|our|the)\s+(?:[a-z][\w\-]*\s+)?(?:form|sheet|questionnaire|card)\s+with\s+"
    r"(?=(?:their|his|her)\s)"
)


def fills_in_a_form_with(sentence: str) -> str:
    """``the customer fills in a form with their name, email and postal address``: *each
    customer has their name, ...*; the form is how the details come, not a record of its own."""
    return _FILLS_IN_A_FORM.sub(lambda match: f"each {match['who']} has ", sentence)


_GETS_ITS_OWN_LINE = re.compile(
    r"\b(?P<each>(?:each|every)\s+[a-z][\w\-]*)\s+(?P<where>(?:in|on)\s+(?:a|an|the)\s+"
    r"[a-z][\w\-]*)\s+gets\s+its\s+own\s+(?:line|row|entry)\s+with\s+"
)


def gets_its_own_line_with(sentence: str) -> str:
    """``each device in a parcel gets its own line with the make, model and the fault``: *each
    device is in a parcel, with the make, ...*; its own line is the device's record."""
    return _GETS_ITS_OWN_LINE.sub(
        lambda match: f"{match['each']} is {match['where']}, with ", sentence
    )


_ONE_WE_SEND_ABOUT_ONE = re.compile(
    r"^(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:we|i|they)\s+"
    r"(?:send|raise|make|issue|write|give|do)\s+"
    r"(?P<about>(?:about|for|to|on|against)\s+(?:a|an|the|each)\s+[a-z][\w\-]*)\s+"
    r"(?:should\s+(?:get|be)|gets|is|must\s+be)\s+(?P<done>logged|recorded|kept|noted|entered)\s+"
    r"with\s+"
)


def one_we_send_about_one(sentence: str) -> str:
    """``every reminder we send about a boiler should get logged with the date it went out,
    ...``: *each reminder is about a boiler and is logged with ...*; the list is the
    reminder's, not the boiler's that the clause ends on. Every reader takes it so."""
    return _ONE_WE_SEND_ABOUT_ONE.sub(
        lambda match: f"each {match['one']} is {match['about']} and is {match['done']} with ",
        sentence,
    )


_PLUS_THE_ONES_BELONGING = re.compile(
    r",?\s+(?:plus|and)\s+the\s+(?P<kind>(?:[a-z][\w\-]*\s+)?)(?P<many>[a-z][\w\-]*s)\s+"
    r"belonging\s+to\s+(?:that|the|this|each)\s+(?P<owner>[a-z][\w\-]*)\s+with\s+(?=(?:their|its)\s)"
)


def plus_the_ones_belonging(sentence: str) -> str:
    """``for each event we note the couple's names and the date, plus the overnight guests
    belonging to that event with their name, email, ...``: *...; each overnight guest belongs
    to an event and has their name, ...*; the list after *with their* is the guests'."""

    def said(match: re.Match[str]) -> str:
        many = match["many"]
        if not is_plural(many) or not can_be_noun(singular(many)):
            return match[0]
        one = f"{match['kind']}{singular(many)}"
        return f"; each {one} belongs to {with_article(match['owner'])} and has "

    return _PLUS_THE_ONES_BELONGING.sub(said, sentence)
