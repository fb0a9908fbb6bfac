"""A record's list said with a verb other than *has*, or where the words name another:

- *a member is a person with a first name, ...*: the member has them (the person is no record);
- *shifts are given a date, a start time, ...*: the shifts have them;
- *..., and the bookings on a sailing have the lead passenger's name, ...*: each booking is on
  one sailing, with that list;
- *the deposit is its own record against the booking, with the amount, ...*: each deposit
  belongs to one booking, with that list;
- *quarantine tanks have a number, and suppliers a name, ...*: the verb said once for both;
- *each tank has its own feeding schedule lines: a feed time, ...*: the lines' list;
- *vaccination records, and each record says ...*: the short head is the record just named;
- *on the dog's card go its name, breed, ...*: the dog's list, no card;
- *..., and once somebody has missed a booking I tick a yes/no on them saying a deposit is
  required*: one more yes/no of theirs;
- *a pour day needs its date, ...*, *the moulds themselves just need ...*, *a record of each
  intake: ...*, *during the visit the engineer notes ...*, *members, listed by name and email,
  ...*: the record's list, said with another verb.

`for_every_reader` runs them, so the parse's readers see them said plainly too.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement, said_in_place
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    can_be_verb,
    can_name_records,
    is_plural,
    singular,
    singular_phrase,
)

_LISTED = r"(?:a|an|the|their|its|his|her)\s.+"

_IS_ONE_WITH = re.compile(
    rf"^(?P<a>a|an|each|every)\s+(?P<record>{NOUN_PATTERN})\s+is\s+(?:just\s+|simply\s+)?"
    r"(?:a|an)\s+(?:person|someone|somebody|individual)\s+(?:with|who\s+has)\s+"
    rf"(?P<listed>{_LISTED})$"
)


def is_one_with(sentence: str) -> str:
    """``a member is a person with a first name, last name, email, ...``: *each member has a
    first name, ...*; *person* says what a member is, not a record of its own."""
    match = _IS_ONE_WITH.match(sentence)
    if match is None or not can_name_records(match["record"].split()[-1]):
        return sentence
    return f"each {match['record']} has {match['listed']}"


_ARE_GIVEN = re.compile(
    rf"^(?P<records>{NOUN_PATTERN})\s+are\s+(?:each\s+|all\s+|also\s+)?given\s+(?P<listed>{_LISTED})$"
)


def are_given(sentence: str) -> str:
    """``shifts are given a date, a start time, an end time and a type of ...``: *shifts have
    a date, ...*; ``are given to one keeper`` stays (that is who gets them)."""
    return per_statement(sentence, _said_had)


def _said_had(statement: str) -> str:
    match = _ARE_GIVEN.match(statement)
    if match is None or not is_plural(match["records"].split()[-1]):
        return statement
    if not can_name_records(match["records"].split()[-1]):
        return statement
    return f"{match['records']} have {match['listed']}"


_ONES_ON_ONE_HAVE = re.compile(
    rf"(?P<lead>^|,\s+and\s+|;\s+)the\s+(?P<records>{NOUN_PATTERN})\s+(?:on|for|in|under)\s+"
    rf"(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:have|carry|hold|record|need)\s+"
    r"(?P<listed>(?:a|an|the|their|its)\s[^;]+)$"
)


def ones_on_one_have(sentence: str) -> str:
    """``sailings are just a departure time and a route, and the bookings on a sailing have the
    lead passenger's name, ...``: *...; each booking belongs to one sailing; each booking has
    the lead passenger's name, ...*."""
    match = _ONES_ON_ONE_HAVE.search(sentence)
    if match is None:
        return sentence
    records, one = match["records"], match["one"]
    if not is_plural(records.split()[-1]) or not can_name_records(records.split()[-1], one):
        return sentence
    record = singular_phrase(records)
    if record == one:
        return sentence
    said = f"each {record} belongs to one {one}; each {record} has {match['listed']}"
    return said_in_place(sentence, match, said)


_ITS_OWN_RECORD = re.compile(
    rf"^(?P<a>the|a|an|each|every)\s+(?P<record>{NOUN_PATTERN})\s+is\s+(?:its|their)\s+own\s+"
    r"(?:record|entry|thing)\s+(?:against|for|on|under)\s+(?:the|a|an|its|their)\s+"
    r"(?P<one>[a-z][\w\-]*),?\s+with\s+(?P<listed>.+)$"
)


def its_own_record_against(sentence: str) -> str:
    """``the deposit is its own record against the booking, with the amount, ...``: *each
    deposit belongs to one booking; each deposit has the amount, ...*."""
    match = _ITS_OWN_RECORD.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if record == one or not can_name_records(record.split()[-1], one):
        return sentence
    return f"each {record} belongs to one {one}; each {record} has {match['listed']}"


_HAS_ONES_COLON = re.compile(
    r"\b(?P<has>has|have)\s+(?:its|their)\s+own\s+(?P<records>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*s)\s*:\s+"
    r"(?=(?:a|an|the|which|what|how|whether)\s)"
)


def has_own_ones_colon(sentence: str) -> str:
    """``each tank has its own feeding schedule lines: a feed time, which food item, ...``:
    *each tank has feeding schedule lines with a feed time, ...*; the list is each line's, not
    the tank's choices (``has sizes: small, medium or large`` stays values)."""
    return _HAS_ONES_COLON.sub(r"\g<has> \g<records> with ", sentence)


_AND_OTHERS_THEIRS = re.compile(
    r"^(?P<first>(?:(?:each|every|all|our|the)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?P<has>have|has|carry|need)\s+"
    r"(?:a|an|the|their|its)\s[^;]+?),\s+and\s+(?P<others>[a-z][\w\-]*s)\s+(?=(?:a|an|the|their)\s)"
)
_NOT_RECORDS = frozenset(
    {"sometimes", "times", "always", "perhaps", "others", "as", "this", "thus", "is", "was"}
)


def and_others_theirs(sentence: str) -> str:
    """``quarantine tanks have a number and a capacity, and suppliers a name, an email and a
    website``: *...; suppliers have a name, ...*; the verb said once for both."""

    def plain(statement: str) -> str:
        match = _AND_OTHERS_THEIRS.match(statement)
        if match is None:
            return statement
        others = match["others"]
        if others in _NOT_RECORDS or not is_plural(others) or not can_name_records(others):
            return statement
        if can_be_verb(singular(others)):
            return statement  # "..., and signs a storage agreement with ...": what it does
        rest = statement[match.end() :]
        return f"{match['first']}; {others} have {rest}"

    return per_statement(sentence, plain)


_EACH_SHORT_HEAD = re.compile(
    r"\beach\s+(?P<head>record|entry|line|log|check|note|visit|test|sheet|form|card)\s+"
    r"(?=(?:says|has|records|holds|carries|notes|gives|shows|lists|is\s+for|belongs)\s)"
)


def each_one_of_those_named(sentence: str) -> str:
    """``for every dog to have vaccination records, and each record says which vaccine it was,
    ...``: *each vaccination record says ...*; the short head is the record just named."""

    def named(match: re.Match[str]) -> str:
        head = match["head"]
        said = re.findall(
            rf"\b(?P<kind>(?!(?:a|an|the|their|its|our|of|each|every|to|have|has|with)\b)[a-z][\w\-]*)"
            rf"\s+{head}s\b",
            sentence[: match.start()],
        )
        if not said or not can_name_records(said[-1]):
            return match.group(0)
        return f"each {said[-1]} {head} "

    return _EACH_SHORT_HEAD.sub(named, sentence)


_AND_THEN_OUR_ONES_EACH_WITH = re.compile(
    r",\s+and\s+then\s+(?:our|the|a\s+list\s+of)\s+(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s),\s+each\s+with\s+"
)


def and_then_ours_each_with(sentence: str) -> str:
    """``first a list of merchants with their name, ..., and then our paper stocks, each with a
    description, ...``: *...; paper stocks, each with a description, ...*; a second list."""
    return _AND_THEN_OUR_ONES_EACH_WITH.sub(r"; \g<things>, each with ", sentence)


_CARD = r"(?:card|record|file|sheet|profile|page|form)"
_CARD_FOR_EACH = re.compile(
    # "we open a file for each member with ...": a file may be a record of its own; a card is not
    r"^(?:we|i)\s+(?:keep|have|hold|make|open)\s+(?:a|an)\s+(?:card|profile)\s+(?:for|on)\s+(?:every|each)\s+"
    r"(?P<one>[a-z][\w\-]*)(?:\s+(?:that|who|which)\s+[^,;]+)?(?:,?\s+with\s+(?P<listed>(?:a|an|the|its|their)\s[^;]+))?$"
)
_ON_ITS_CARD_GO = re.compile(
    rf"^on\s+(?:the|each|every|a|an)\s+(?P<one>[a-z][\w\-]*)'s\s+{_CARD}\s+(?:go|goes|are|is|sit|sits|"
    r"(?:we|i)\s+(?:put|keep|record|write|note|have))\s+(?:its|their|his|her)\s+(?P<listed>.+)$"
)

_INTO_EACH_ONE_GO = re.compile(
    r"^(?:into|onto|on)\s+(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:go|goes)\s+"
    r"(?:the\s+[a-z]+(?:\s+for\s+(?:that|the|each)\s+[a-z]+)?\s*:\s+|(?:its|their)\s+)"
    r"(?P<listed>[^;]+(?:,|\band\b)[^;]+)$"
)


def on_its_card(sentence: str) -> str:
    """``we keep a card for every dog that comes into the salon`` and ``on the dog's card go its
    name, breed, ...``: *we keep dogs* and *each dog has name, breed, ...*; the card is the
    dog's record, no record of its own; ``into each return go the figures for that period:
    meals served, ...`` is the return's list."""
    match = _CARD_FOR_EACH.match(sentence)
    if match is not None and can_name_records(match["one"]):
        if match["listed"]:
            return f"each {match['one']} has {match['listed']}"
        return f"we keep {match['one']}s"
    match = _ON_ITS_CARD_GO.match(sentence) or _INTO_EACH_ONE_GO.match(sentence)
    if match is None or not can_name_records(match["one"]):
        return sentence
    return f"each {match['one']} has {match['listed']}"


_TICKED_ON_THEM_SAYING = re.compile(
    rf"^(?P<said>(?P<records>{NOUN_PATTERN})\s+(?:have|has)\s+[^;]+?),?\s+and\s+(?:once|if|when|whenever)\s+"
    r"[^,;]+?,?\s+(?:we|i)\s+tick\s+(?:a\s+)?yes/no\s+(?:on|against|for)\s+(?:them|it|him|her)\s+"
    r"(?:saying|to\s+say|that\s+says)\s+(?:(?:a|an|the)\s+)?(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:is|are)\s+(?P<state>required|needed|due|owed|allowed|banned|paid)(?:\s+from\s+then\s+on)?$"
)


def ticked_on_them_saying(sentence: str) -> str:
    """``owners have a name and a phone, and once somebody has missed a booking I tick a
    yes/no on them saying a deposit is required from then on``: *owners have a name and a
    phone, and a deposit required (yes/no)*; when it is ticked is no record."""

    def plain(statement: str) -> str:
        match = _TICKED_ON_THEM_SAYING.match(statement)
        if match is None:
            return statement
        return f"{match['said']}, and a {match['what']} {match['state']} (yes/no)"

    return per_statement(sentence, plain)


_NEEDS_ITS = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<record>{NOUN_PATTERN})\s+(?:just\s+|only\s+)?needs\s+"
    # "an invoice needs an invoice number, the amount and ...": a list, with a comma
    r"(?P<listed>(?:its|their)\s.+(?:,|\band\b).+|(?:a|an|the)\s[^,;]+,[^;]+\band\b.+)$"
)
_THE_ONES_JUST_NEED = re.compile(
    rf"^the\s+(?P<records>{NOUN_PATTERN})\s+(?:themselves\s+)?(?:just|only)\s+need\s+"
    r"(?P<listed>(?:a|an|the|their)\s.+(?:,|\band\b).+)$"
)


def needs_its(sentence: str) -> str:
    """``a pour day needs its date, who led the pour and the weather``: *each pour day has its
    date, ...*; ``the invested moulds just need a mould number and the title of the piece``:
    *each invested mould has ...*; a list, said of what the record needs (*a job needs a van*
    stays: one thing it needs is no list), so ``an invoice needs an invoice number, the
    amount and ...``."""

    def plain(statement: str) -> str:
        its = _NEEDS_ITS.match(statement)
        if its is not None and can_name_records(its["record"].split()[-1]):
            return f"each {its['record']} has {its['listed']}"
        theirs = _THE_ONES_JUST_NEED.match(statement)
        if theirs is None or not is_plural(theirs["records"].split()[-1]):
            return statement
        if not can_name_records(theirs["records"].split()[-1]):
            return statement
        return f"each {singular_phrase(theirs['records'])} has {theirs['listed']}"

    return per_statement(sentence, plain)


_A_RECORD_OF_EACH_COLON = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:what\s+(?:we|i)\s+need\s+is\s+|(?:we|i)\s+(?:need|want|would\s+like)\s+)"
    r"(?:(?:a\s+record|a\s+log|an\s+entry)\s+(?:of|for)|(?:somewhere|a\s+place|a\s+way)\s+to\s+"
    r"(?:log|record|keep|track|note))\s+"
    rf"(?:each|every)\s+(?P<record>{NOUN_PATTERN})\s*:\s+"
    r"(?P<listed>(?:the|a|an|its|their|which|how|whether)\s.+)$"
)


def a_record_of_each_colon(sentence: str) -> str:
    """``what I need is a record of each milk intake: the date and time it came in, ...``:
    *each milk intake has the date and time it came in, ...*; ``..., and I need somewhere to
    log every enquiry: the householder's name, ...``: *...; each enquiry has ...*."""
    match = _A_RECORD_OF_EACH_COLON.search(sentence)
    if match is None or not can_name_records(match["record"].split()[-1]):
        return sentence
    return said_in_place(sentence, match, f"each {match['record']} has {match['listed']}")


_DURING_THE_ONE_NOTES = re.compile(
    r"^(?:during|on|at)\s+(?:the|each|every)\s+(?P<one>[a-z][\w\-]*),?\s+(?:the|our|a|an)\s+[a-z][\w\-]*\s+"
    r"(?:notes|records|logs|writes\s+down|fills\s+in)\s+(?P<listed>(?:a|an|the|its|their|whether|how|any)\s.+)$"
)


def during_the_one_notes(sentence: str) -> str:
    """``during the visit the engineer notes whether the filter was cleaned, ...``: *each visit
    has whether the filter was cleaned, ...*; what is noted is the visit's, not the one who
    notes it."""
    match = _DURING_THE_ONE_NOTES.match(sentence)
    if match is None or not can_name_records(match["one"]):
        return sentence
    return f"each {match['one']} has {match['listed']}"


_LISTED_BY_IN_COMMAS = re.compile(
    r"^(?P<ones>[a-z][\w\-]*s),\s+(?:listed|kept|stored|recorded|known)\s+(?:by|with)\s+"
    r"(?P<listed>[a-z][^,;()]*\band\b[^,;()]*),\s+(?P<rest>[a-z].+)$"
)


def listed_by_in_commas(sentence: str) -> str:
    """``members, listed by name and email, buy tickets for ...``: *each member has name and
    email; members buy tickets for ...*; the aside is their list."""
    match = _LISTED_BY_IN_COMMAS.match(sentence)
    if match is None or not is_plural(match["ones"]) or not can_name_records(match["ones"]):
        return sentence
    ones = match["ones"]
    return f"each {singular(ones)} has {match['listed']}; {ones} {match['rest']}"
