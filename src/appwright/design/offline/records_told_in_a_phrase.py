"""Records told in one phrase, as a list of points does: what links them, who buys them, the
values they are marked with.

- *bookings linking a member to a class, marked booked, attended or no-show*: a booking of the
  member's and the class's, with a status; so *a booking links a stallholder to a pitch at a
  bazaar and notes whether the fee has been paid*, the booking of all three, and *a booking ties
  a hirer to a space on an event date*, with its date, and *a trainee belongs to one employer,
  and a funding agreement ties a trainee to the paying employer with ...*, after what is told
  first;
- *class passes a member buys, either five-class or ten-class, with purchase date, ...*: a
  class pass of the member's with its type and its list;
- *a trade-in can include several clubs, and for each one we note the brand, ...*: the clubs'
  list, each club the trade-in's;
- *once a club is on the rack it gets a resale price and is ticked off as sold when it goes*:
  the club's price and whether it is sold;
- *a claim is made against one of our invoices, and we note the claim date, ...*: the invoice's
  claim with its list;
- *..., and each top-up against a card records which pack was bought, the date, ...*: a top-up
  of the card's with that list;
- *we need the customer's name, ..., and for the fitter just a name*: the fitter's list;
- *..., and for each stop on a route the site and its position in the order*: the stop's;
- *the areas of learning are a list we manage ourselves, each with a name, ...*: theirs;
- *the parent or guardian fills it in at the front, we take their name, ...; they can put
  several children on the same account, each with ...*: the guardian's list, and children of
  theirs with their own;
- *any parts they fit go against the defect with the part name, ...*, *as they leave, the tree
  they felled is logged against the booking with ...*: a part (a tree) of the defect's (the
  booking's) with that list;
- *if the losses are bad we raise a claim on the delivery for a credit amount, which starts as
  drafted, ...*: the delivery's claim, its amount and its steps;
- *whatever is swimming in a tank is recorded as a batch: ...*: a batch of the tank's.

`SAID_IN_PASSING` runs them (the last three in `TOLD_WITH_WHAT_WE_DO`).
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import (
    owned_and_listed,
    owned_as_matched,
    owned_if_named,
    said_in_place,
    statement_by_statement,
)
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import is_plural, phrase_can_name_records, singular_phrase

_LINKING_ONE_TO_ANOTHER = re.compile(
    r"^(?P<told>(?:a|an|each|every)\s+[a-z][\w\-]*\s+(?:belongs|is)\s+[^;,]+,\s+and\s+)?"
    rf"(?:(?:a|an|each|every)\s+(?P<thing>{NOUN_PATTERN}?)\s+(?:links|ties)|"
    rf"(?P<things>{NOUN_PATTERN}s)\s+"
    r"(?:linking|that\s+link|which\s+link|link))\s+"
    rf"(?:a|an|one|the)\s+(?P<one>{NOUN_PATTERN}?)\s+(?:to|with)\s+(?:a|an|one|the)\s+"
    rf"(?:[a-z]+ing\s+)?(?P<two>{NOUN_PATTERN}?)"
    r"(?:(?:\s+(?:at|for|on|in)\s+(?:a|an|one|the)|\s+and\s+(?:one\s+of\s+"
    rf"(?:our|the)|a|an|one|the))\s+(?P<three>{NOUN_PATTERN}?))?"
    r"(?:\s+on\s+(?P<when>(?:a|an)\s+(?:[a-z]+\s+)?date))?"
    r"(?:,?\s+(?:and\s+(?:are\s+|is\s+)?)?marked\s+(?P<marked>[^;]+?\s+or\s+[^;,]+?))?"
    r"(?:,?\s+(?:and\s+)?(?:with|notes|records|has)\s+"
    r"(?P<listed>(?:a|an|the|its|their|whether|how|which)\s[^;]+))?$"
)


@statement_by_statement
def linking_one_to_another(sentence: str) -> str:
    """``bookings linking a member to a class, marked booked, attended or no-show``: *each
    booking belongs to one member; each booking belongs to one class; each booking has a
    status (booked, attended or no-show)*; so is *a trainee belongs to one employer, and a
    funding agreement ties a trainee to the paying employer with ...*, after what is told
    first."""
    match = _LINKING_ONE_TO_ANOTHER.match(sentence)
    if match is None or not (match["marked"] or match["listed"] or match["when"]):
        return sentence
    record = match["thing"] or singular_phrase(match["things"])
    owners = tuple(singular_phrase(match[g]) for g in ("one", "two", "three") if match[g])
    if not all(phrase_can_name_records(phrase) for phrase in (record, *owners)):
        return sentence
    listed = [match["when"]] if match["when"] else []
    if match["marked"]:
        listed.append(f"a status ({match['marked']})")
    if match["listed"]:
        listed.append(match["listed"])
    told = match["told"].removesuffix(" ").removesuffix(", and") + "; " if match["told"] else ""
    return told + owned_and_listed(record, owners, " and ".join(listed))


_ONES_SOMEONE_BUYS = re.compile(
    rf"^(?P<things>{NOUN_PATTERN}s)\s+(?:a|an|the|each)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:buys|books|orders|takes\s+out|hires|rents|holds|gets)"
    r"(?:,\s+either\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+or\s+"
    r"(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))?,?\s+with\s+(?P<listed>[^;]+)$"
)


@statement_by_statement
def ones_someone_buys(sentence: str) -> str:
    """``class passes a member buys, either five-class or ten-class, with purchase date, ...``:
    *each class pass belongs to one member; each class pass has a type (five-class or
    ten-class), purchase date, ...*."""
    match = _ONES_SOMEONE_BUYS.match(sentence)
    if match is None or not is_plural(match["things"].split()[-1]):
        return sentence
    if not all(phrase_can_name_records(phrase) for phrase in (match["things"], match["who"])):
        return sentence
    listed = match["listed"]
    if match["one"]:
        listed = f"a type ({match['one']} or {match['other']}), {listed}"
    return owned_and_listed(singular_phrase(match["things"]), (match["who"],), listed)


_ONE_FILLS_IT_IN_WE_TAKE = re.compile(
    r"^(?:the|a|an)\s+(?:[a-z]+\s+or\s+)?(?P<who>[a-z][\w\-]*)\s+[a-z]+s\s+(?:it|one|them)\b"
    r"[^,;]*,\s+(?:and\s+)?(?:we|i)\s+(?:take|record|keep|note|get|ask\s+for)\s+(?:their|his|"
    r"her)\s+"
    r"(?P<listed>[^;]+?)(?:(?:;|,\s+and)\s+(?:they|he|she)\s+can\s+(?:put|add|register|list|"
    r"have)\s+"
    rf"(?:several|many|more\s+than\s+one|a\s+few)\s+(?P<ones>{NOUN_PATTERN}?)\s+on\s+"
    r"(?:the\s+same|their|one|an?)\s+[a-z]+,\s+each\s+with\s+(?P<theirs>[^;]+))?$"
)


def one_fills_it_in_we_take_theirs(sentence: str) -> str:
    """``the parent or guardian fills it in at the front, we take their name, ...; they can put
    several children on the same account, each with a first name, ...``: *each guardian has
    name, ...; each child belongs to one guardian; each child has a first name, ...*."""
    match = _ONE_FILLS_IT_IN_WE_TAKE.match(sentence)
    if match is None or not phrase_can_name_records(match["who"]):
        return sentence
    said = f"each {match['who']} has {match['listed']}"
    if match["ones"] is None or not phrase_can_name_records(match["ones"]):
        return said if match["ones"] is None else sentence
    ones = owned_and_listed(singular_phrase(match["ones"]), (match["who"],), match["theirs"])
    return f"{said}; {ones}"


_INCLUDES_SEVERAL_FOR_EACH_ONE = re.compile(
    rf"^(?:(?:a|an|each|every)\s+(?P<record>{NOUN_PATTERN}?)\s+(?:can\s+)?(?:include|includes|"
    rf"have|has|"
    r"contain|contains|hold|holds|cover|covers)\s+(?:several|many|one\s+or\s+more|a\s+number\s+of|"
    rf"multiple|any\s+number\s+of)\s+(?P<things>{NOUN_PATTERN}?s)|(?P<ones>[a-z][\w\-]*s)\s+"
    r"(?:also\s+)?(?:work\s+through|go\s+through|complete|take|sit|attend)\s+(?:the\s+)?"
    r"(?:[a-z][\w\-]*\s+){0,3}?(?P<done>[a-z][\w\-]*s))(?:,\s+and|;)\s+for\s+each\s+"
    r"(?:one|of\s+them)\s+(?:we|i)\s+(?:note|record|keep|log|take|want|store)\s+(?P<listed>[^;]+)$"
)


@statement_by_statement
def includes_several_and_for_each_one(sentence: str) -> str:
    """``a trade-in can include several clubs, and for each one we note the brand, ...``: *each
    club belongs to one trade-in; each club has the brand, ...*; so *volunteers also work through
    the getting started modules, and for each one we store ...*, each module a volunteer's."""
    match = _INCLUDES_SEVERAL_FOR_EACH_ONE.match(sentence)
    if match is None:
        return sentence
    things, record = match["things"] or match["done"], match["record"] or match["ones"]
    if not all(phrase_can_name_records(phrase) for phrase in (things, record)):
        return sentence
    owner = record if match["record"] else singular_phrase(record)
    return owned_and_listed(singular_phrase(things), (owner,), match["listed"])


_ONCE_THERE_IT_GETS = re.compile(
    rf"^once\s+(?:a|an|the)\s+(?P<record>{NOUN_PATTERN}?)\s+is\s+[^,;]+?,?\s+it\s+gets\s+"
    r"(?P<listed>(?:a|an)\s[^;]+?)(?:\s+and\s+is\s+(?:ticked|marked)\s+(?:off\s+)?as\s+"
    r"(?P<mark>[a-z][\w\-]*)(?:\s+when\s+[^;]+)?)?$"
)


@statement_by_statement
def once_there_it_gets(sentence: str) -> str:
    """``once a club is on the rack it gets a resale price and is ticked off as sold when it
    goes``: *each club has a resale price and a sold (yes/no)*."""
    match = _ONCE_THERE_IT_GETS.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    listed = match["listed"]
    if match["mark"]:
        listed = f"{listed} and a {match['mark']} (yes/no)"
    return f"each {match['record']} has {listed}"


_EACH_AGAINST_ONE_RECORDS = re.compile(
    rf"(?P<lead>^|,\s+and\s+|;\s+)(?:each|every)\s+(?P<record>{NOUN_PATTERN}?)\s+(?:against|on)\s+"
    rf"(?:a|an|the|one|its|their)\s+(?P<one>{NOUN_PATTERN}?)\s+(?:records|notes|logs|shows)\s+"
    r"(?P<listed>(?:a|an|the|its|which|how|whether|what|when)\s[^;]+)$"
)


def each_against_one_records(sentence: str) -> str:
    """``..., and each top-up against a card records which pack was bought, the date, ...``:
    *...; each top-up belongs to one card; each top-up has which pack was bought, ...*."""
    match = _EACH_AGAINST_ONE_RECORDS.search(sentence)
    if match is None or match["record"] == match["one"]:
        return sentence
    said = owned_as_matched(match, sentence)
    return sentence if said == sentence else said_in_place(sentence, match, said)


_MADE_AGAINST_ONE_WE_NOTE = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<record>{NOUN_PATTERN}?)\s+is\s+(?:made|raised|logged|filed|"
    rf"opened|"
    r"written\s+up)\s+(?:against|for|on)\s+(?:one\s+of\s+(?:our|the)\s+|a\s+|an\s+|the\s+|one\s+)"
    rf"(?P<one>{NOUN_PATTERN}?),?\s+and\s+(?:we|i)\s+(?:note|record|log|take|keep)\s+"
    r"(?P<listed>(?:a|an|the|its|their|what|how|which|when|whether)\s[^;]+)$"
)


@statement_by_statement
def made_against_one_we_note(sentence: str) -> str:
    """``a claim is made against one of our invoices, and we note the claim date, ...``: *each
    claim belongs to one invoice; each claim has the claim date, ...*."""
    match = _MADE_AGAINST_ONE_WE_NOTE.match(sentence)
    if match is None:
        return sentence
    return owned_and_listed(match["record"], (singular_phrase(match["one"]),), match["listed"])


_AND_FOR_THE_ONE_JUST = re.compile(
    rf",\s+and\s+for\s+the\s+(?P<one>{NOUN_PATTERN}?)\s+(?:just|only)\s+"
    r"(?P<listed>(?:a|an|their|the)\s[^;,]+)$"
)


def and_for_the_one_just(sentence: str) -> str:
    """``we need the customer's name, email and handicap, and for the fitter just a name``:
    *...; each fitter has a name*."""
    return _AND_FOR_THE_ONE_JUST.sub(r"; each \g<one> has \g<listed>", sentence)


_AND_FOR_EACH_ON_ONE_THE = re.compile(
    rf"(?P<lead>^|,\s+and\s+|;\s+)for\s+(?:each|every)\s+(?P<record>{NOUN_PATTERN}?)\s+(?:on|in)\s+"
    r"(?:a|an|the)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+(?P<listed>the\s[^;]+)$"
)


def and_for_each_on_one_the(sentence: str) -> str:
    """``..., and for each stop on a route the site and its position in the order``: *...; each
    stop belongs to one route; each stop has the site and its position in the order*."""
    match = _AND_FOR_EACH_ON_ONE_THE.search(sentence)
    said = owned_as_matched(match, sentence)
    return sentence if match is None or said == sentence else said_in_place(sentence, match, said)


_ARE_A_LIST_WE_KEEP = re.compile(
    rf"^(?:the\s+)?(?P<things>{NOUN_PATTERN}?s(?:\s+of\s+[a-z][\w\-]*)?)\s+are\s+(?:a|an)\s+"
    r"(?:fixed\s+|short\s+)?list\s+(?:(?:that\s+)?(?:we|i)\s+(?:manage|keep|maintain|edit|set\s+up)"
    r"(?:\s+(?:ourselves|myself))?)?,\s+each\s+with\s+"
)


def are_a_list_we_keep(sentence: str) -> str:
    """``the areas of learning are a list we manage ourselves, each with a name and ...``:
    *areas of learning have a name and ...*."""
    return _ARE_A_LIST_WE_KEEP.sub(r"\g<things> have ", sentence)


_GO_AGAINST_ONE_WITH = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:(?:as|when|once|after)\s+[^,;]+,\s+)?"
    r"(?:any|the|all\s+the|each|every)\s+(?P<things>[a-z][\w\-]*)\s+"
    r"(?:they|we|i|he|she)\s+[a-z]+\s+(?:go|goes|are\s+put|is\s+put|are\s+logged|is\s+logged|"
    rf"are\s+recorded|is\s+recorded)\s+against\s+(?:the|that|its|their)\s+(?P<one>{NOUN_PATTERN}?)"
    r"\s+with\s+(?P<listed>(?:a|an|the|its|their)\s[^;]+)$"
)


def go_against_one_with(sentence: str) -> str:
    """``any parts they fit go against the defect with the part name, quantity and cost``, *the
    tree they felled is logged against the booking with its height, ...*: *each part belongs to
    one defect; each part has the part name, ...*."""

    def against(match: re.Match[str]) -> str:
        record = singular_phrase(match["things"])
        said = owned_if_named(record, (match["one"],), match["listed"], "")
        return f"{match['lead']}{said}" if said else match[0]

    return _GO_AGAINST_ONE_WITH.sub(against, sentence)


_RAISE_ONE_ON_IT_FOR = re.compile(
    r"^(?:(?:if|when|where)\s+[^,;]+?,?\s+)?(?:we|i)\s+(?:raise|open|put\s+in|make|file)\s+"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+(?:on|against|for)\s+(?:the|that|its|a|an)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+for\s+(?P<listed>(?:a|an|the)\s[^,;]+?),\s+which\s+"
    r"(?P<moves>(?:starts|goes|moves|runs)\s[^;]+)$"
)


@statement_by_statement
def raise_one_on_it_for(sentence: str) -> str:
    """``if the losses are bad we raise a claim on the delivery for a credit amount, which starts
    as drafted, ...``: *each claim belongs to one delivery; each claim has a credit amount; each
    claim starts as drafted, ...*."""
    match = _RAISE_ONE_ON_IT_FOR.match(sentence)
    if match is None:
        return sentence
    said = owned_if_named(match["record"], (match["one"],), match["listed"], "")
    return f"{said}; each {match['record']} {match['moves']}" if said else sentence


_WHATEVER_IS_IN_ONE_IS_RECORDED_AS = re.compile(
    r"^(?:whatever|anything|everything)\s+(?:is\s+)?[a-z]+\s+(?:in|on|at)\s+(?:a|an|the|each)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+is\s+(?:recorded|logged|kept|entered)\s+as\s+(?:a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN}?):\s+(?P<listed>[^;]+)$"
)


@statement_by_statement
def whatever_is_in_one_is_recorded_as(sentence: str) -> str:
    """``whatever is swimming in a tank is recorded as a batch: the species, how many ...``:
    *each batch belongs to one tank; each batch has the species, how many ...*."""
    return owned_as_matched(_WHATEVER_IS_IN_ONE_IS_RECORDED_AS.match(sentence), sentence)
