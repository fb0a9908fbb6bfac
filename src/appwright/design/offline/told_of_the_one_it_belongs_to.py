"""A record's list told with the record it belongs to, or the ones it joins:

- *maintenance jobs are raised against a piece of equipment with ..., assigned to one of our
  technicians, and move from ...*; *each defect is raised against a vessel (by name) and
  assigned to an engineer, with ...*;
- *a ticket records ..., and it is valid for one sailing*; *..., and serves one tank*;
- *contacts belong to a company and place reorders for a product with ...*;
- *customer companies have a name, and each keeps a library of its products with ...*;
- *..., and it has lines, each line being one stock with ...*;
- *each delivery that turns up should be booked in against its order with ...*;
- *each salon appointment covers one dog, one service and the groomer doing it, and stores ...*;
- *for every service we set a price per size: small, medium, large or giant*;
- *each mould belongs to an artist (name and email) and we note ...*: the bracket the artist's;
- *one of our vans goes out on each job, logged by ...*: the job's van;
- *a claim is against one manufacturer and relates to one customer, whom we know by ...*.

`for_every_reader` runs them, so the parse's readers see them said plainly too.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement, said_in_place
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    can_name_records,
    is_plural,
    singular,
    singular_phrase,
)

_RAISED_AGAINST_ONE_WITH = re.compile(
    rf"^(?P<records>{NOUN_PATTERN})\s+are\s+(?:raised|opened|logged|booked|made|created|recorded)\s+"
    r"against\s+(?:a|an|the|one)\s+(?:piece\s+of\s+|item\s+of\s+)?(?P<one>[a-z][\w\-]*)\s+with\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s.+?)"
    r"(?:,\s+(?:and\s+)?(?:assigned|given|allocated)\s+to\s+one\s+(?:of\s+our\s+)?(?P<who>[a-z][\w\-]*?)s?)?"
    r"(?:,\s+and\s+(?P<moves>(?:move|go|run)\s+from\s.+))?$"
)


_SAID_OF_ONE = {"move": "moves", "go": "goes", "run": "runs"}


def are_raised_against_one(sentence: str) -> str:
    """``maintenance jobs are raised against a piece of equipment with a description, ...,
    assigned to one of our technicians, and move from open to ...``: *each maintenance job
    belongs to one equipment; each maintenance job has a description, ...; each maintenance
    job is assigned to one technician; each maintenance job moves from open to ...*."""
    match = _RAISED_AGAINST_ONE_WITH.match(sentence)
    if match is None or not is_plural(match["records"].split()[-1]):
        return sentence
    if re.search(r",\s+and\s+(?:each|it|they|one)\b", match["listed"]):
        return sentence  # "..., and each one is given to a greenkeeper (...)": read as said
    record, one, who = singular_phrase(match["records"]), match["one"], match["who"]
    ones = [one, who] if who else [one]
    if record.split()[-1] in ones or not can_name_records(record.split()[-1], *ones):
        return sentence
    said = [f"each {record} belongs to one {one}", f"each {record} has {match['listed']}"]
    if who:
        said.append(f"each {record} is assigned to one {who}")
    if match["moves"]:
        verb, rest = match["moves"].split(maxsplit=1)
        said.append(f"each {record} {_SAID_OF_ONE[verb]} {rest}")
    return "; ".join(said)


_AND_IS_FOR_ONE = re.compile(
    rf"^(?P<said>(?P<a>a|an|each|every)\s+(?:piece\s+of\s+)?(?P<record>{NOUN_PATTERN})\s+(?:has|records|carries|holds|keeps|"
    r"stores|gets|needs)\s+(?:a|an|the|its|their)\s[^;]+?),\s+and\s+"
    r"(?:(?:it|each\s+one)\s+(?:is|gets)\s+(?:only\s+|always\s+)?(?:(?:valid|good|booked|used|meant|issued|sold|made)\s+"
    r"(?:for|on|at|in|against)|for|against)|serves|covers)\s+one\s+(?P<one>[a-z][\w\-]*)(?:,\s+which\s+[^;,]+)?$"
)


def and_is_for_one(sentence: str) -> str:
    """``a ticket records the fare type, ..., and it is valid for one sailing`` and ``each
    piece of equipment carries an asset tag, ..., and serves one tank, which we know by name``:
    *...; each ticket belongs to one sailing*."""

    def plain(statement: str) -> str:
        match = _AND_IS_FOR_ONE.match(statement)
        if match is None:
            return statement
        record, one = match["record"], match["one"]
        if record.split()[-1] == one or not can_name_records(record.split()[-1], one):
            return statement
        return f"{match['said']}; each {record} belongs to one {one}"

    return per_statement(sentence, plain)


_AND_PLACE_ONES_FOR_ONE = re.compile(
    r"(?P<head>^(?P<who>[a-z][\w\-]*s)\b.*?)(?:,?\s+and\s+|^(?=[a-z][\w\-]*s\s+(?:place|make|submit|put)\s))"
    r"(?:[a-z][\w\-]*s\s+)?(?:place|make|submit|put\s+in)\s+(?P<records>[a-z][\w\-]*s)\s+for\s+(?:a|an|one)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+with\s+(?P<listed>(?:a|an|the|its|their)\s[^;]+)$"
)


def place_ones_for_one(sentence: str) -> str:
    """``contacts (name, email) belong to a customer company and place reorders for a product
    with a quantity, ...``: *contacts ... belong to a customer company; each reorder belongs to
    one contact; each reorder belongs to one product; each reorder has a quantity, ...*."""

    def plain(statement: str) -> str:
        match = _AND_PLACE_ONES_FOR_ONE.match(statement)
        if match is None or not is_plural(match["who"]) or not is_plural(match["records"]):
            return statement
        record, who, one = singular_phrase(match["records"]), singular(match["who"]), match["one"]
        if len({record, who, one}) < 3 or not can_name_records(record, who, one):
            return statement
        said = [f"each {record} belongs to one {who}", f"each {record} belongs to one {one}"]
        head = match["head"].strip()
        head = [head] if head != match["who"] else []
        return "; ".join([*head, *said, f"each {record} has {match['listed']}"])

    return per_statement(sentence, plain)


_KEEPS_A_LIBRARY_OF_ITS_ONES = re.compile(
    rf"^(?P<said>(?P<records>{NOUN_PATTERN})\s+(?:have|has)\s+[^;]+?),?\s+and\s+each\s+(?:one\s+)?(?:keeps|has|holds)\s+"
    r"(?:a|an)\s+(?:library|list|catalogue|register|range)\s+of\s+(?:its|their)\s+(?:own\s+)?"
    r"(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+with\s+(?P<listed>(?:a|an|the)\s[^;]+)$"
)


def keeps_a_library_of_its_ones(sentence: str) -> str:
    """``customer companies have a name, and each keeps a library of its products with a
    product name, ...``: *customer companies have a name; each product belongs to one customer
    company; each product has a product name, ...*."""

    def plain(statement: str) -> str:
        match = _KEEPS_A_LIBRARY_OF_ITS_ONES.match(statement)
        if match is None or not is_plural(match["records"].split()[-1]):
            return statement
        owner, thing = singular_phrase(match["records"]), singular_phrase(match["things"])
        if owner.split()[-1] == thing.split()[-1] or not can_name_records(
            owner.split()[-1], thing.split()[-1]
        ):
            return statement
        return f"{match['said']}; each {thing} belongs to one {owner}; each {thing} has {match['listed']}"

    return per_statement(sentence, plain)


_EACH_ONE_BEING_ONE = re.compile(
    r"(?P<said>^.*?),?\s+and\s+(?:it|they)\s+(?:has|have)\s+(?P<things>[a-z][\w\-]*s),\s+each\s+(?P<thing>[a-z][\w\-]*)\s+"
    r"being\s+(?:one|a|an)\s+(?P<one>[a-z][\w\-]*)\s+with\s+(?P<listed>(?:a|an|the|its|their)\s[^;]+)$"
)


_FIRST_RECORD = re.compile(
    rf"\b(?:a|an|each|every)\s+(?P<owner>{NOUN_PATTERN})\s+(?:goes|has|is|gets|belongs)\b"
)


def each_one_being_one(sentence: str) -> str:
    """``a purchase order goes to one merchant with an order date, and it has lines, each line
    being one stock with a number of packs and ...``: *...; each line belongs to one purchase
    order; each line belongs to one stock; each line has a number of packs, ...*."""

    def plain(statement: str) -> str:
        match = _EACH_ONE_BEING_ONE.match(statement)
        if match is None or singular(match["things"]) != match["thing"]:
            return statement
        owner = _FIRST_RECORD.search(match["said"])
        thing, one = match["thing"], match["one"]
        if owner is None or len({thing, one, owner["owner"].split()[-1]}) < 3:
            return statement
        if not can_name_records(thing, one, owner["owner"].split()[-1]):
            return statement
        said = [
            f"each {thing} belongs to one {owner['owner']}",
            f"each {thing} belongs to one {one}",
        ]
        return "; ".join([match["said"], *said, f"each {thing} has {match['listed']}"])

    return per_statement(sentence, plain)


_EACH_THAT_COMES_IS_BOOKED = re.compile(
    rf"(?P<lead>^|,\s+so\s+|,\s+and\s+)each\s+(?P<record>{NOUN_PATTERN})\s+(?:that|which)\s+[a-z]+(?:\s+[a-z]+)?\s+"
    r"(?:should\s+be|is|gets|must\s+be)\s+(?:booked|logged|recorded|entered|checked)\s+(?:in\s+)?against\s+"
    r"(?:its|the|their|a|an)\s+(?P<one>[a-z][\w\-]*)\s+with\s+(?P<listed>(?:a|an|the|its|their)\s[^;]+)$"
)


def each_that_comes_is_booked(sentence: str) -> str:
    """``..., so each delivery that turns up should be booked in against its order with the
    date received and ...``: *...; each delivery belongs to one order; each delivery has the
    date received, ...*."""
    match = _EACH_THAT_COMES_IS_BOOKED.search(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if record.split()[-1] == one or not can_name_records(record.split()[-1], one):
        return sentence
    said = f"each {record} belongs to one {one}; each {record} has {match['listed']}"
    return said_in_place(sentence, match, said)


_ONE = r"(?:one|a|an)\s+(?P<{}>[a-z][\w\-]*)"


_COVERS_ONE_OF_EACH = re.compile(
    rf"^(?P<a>each|every|a|an)\s+(?P<record>{NOUN_PATTERN})\s+(?:covers|is\s+for|involves)\s+"
    rf"{_ONE.format('first')},\s+{_ONE.format('second')},?\s+and\s+(?:one|the)\s+(?P<third>[a-z][\w\-]*)"
    r"(?:\s+(?:doing|running|taking)\s+it|\s+who\s+does\s+it)?,?\s+and\s+(?:stores|records|has|holds|keeps|notes)\s+"
    r"(?P<listed>(?:a|an|the|its|any)\s.+)$"
)


def covers_one_of_each(sentence: str) -> str:
    """``each salon appointment covers one dog, one service and the groomer doing it, and
    stores a drop-off time, ...``: *each salon appointment belongs to one dog; ... one service;
    ... one groomer; each salon appointment has a drop-off time, ...*."""
    match = _COVERS_ONE_OF_EACH.match(sentence)
    if match is None:
        return sentence
    record, ones = match["record"], (match["first"], match["second"], match["third"])
    if record.split()[-1] in ones or len(set(ones)) < 3 or not can_name_records(*ones):
        return sentence
    said = [f"each {record} belongs to one {one}" for one in ones]
    return "; ".join([*said, f"each {record} has {match['listed']}"])


_EACH_RAISED_AGAINST_ONE = re.compile(
    rf"^(?:each|every|a|an)\s+(?P<record>{NOUN_PATTERN})\s+is\s+(?:raised|opened|logged)\s+"
    r"against\s+(?:a|an|the|one)\s+(?P<one>[a-z][\w\-]*)(?:\s+\(by\s+name\))?\s+and\s+(?:assigned|given|allocated)\s+"
    r"to\s+(?:a|an|one|one\s+of\s+our)\s+(?P<who>[a-z][\w\-]*?)s?,?\s+with\s+(?P<listed>(?:a|an|the|its|their)\s.+)$"
)


def each_raised_against_one(sentence: str) -> str:
    """``each defect is raised against a vessel (by name) and assigned to an engineer, with a
    title, ...``: *each defect belongs to one vessel; each defect is assigned to one engineer;
    each defect has a title, ...*."""
    match = _EACH_RAISED_AGAINST_ONE.match(sentence)
    if match is None:
        return sentence
    record, one, who = match["record"], match["one"], match["who"]
    if record.split()[-1] in (one, who) or one == who or not can_name_records(one, who):
        return sentence
    said = [f"each {record} belongs to one {one}", f"each {record} is assigned to one {who}"]
    by_name = [f"each {one} has a name"] if "(by name)" in sentence else []
    return "; ".join([*said, f"each {record} has {match['listed']}", *by_name])


_A_PRICE_PER_KIND = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)for\s+(?:every|each)\s+(?P<one>[a-z][\w\-]*)\s+(?:we|i)\s+(?:set|charge|keep|have|record)\s+"
    r"(?:a|an)\s+(?P<what>price|rate|fee|cost|charge)\s+(?:per|for\s+each)\s+(?P<by>[a-z][\w\-]*)\s*:\s+"
    r"(?P<values>[a-z][\w\- ]*(?:,\s+[a-z][\w\- ]*)*,?\s+(?:or|and)\s+[a-z][\w\- ]*)$"
)


def a_price_per_kind(sentence: str) -> str:
    """``..., and for every service we set a price per size: small, medium, large or giant``:
    *...; each service price belongs to one service; each service price has a size (small,
    medium, large or giant) and a price*; one price for each kind, a record of its own."""
    match = _A_PRICE_PER_KIND.search(sentence)
    if match is None or not can_name_records(match["one"]):
        return sentence
    one, what = match["one"], match["what"]
    said = (
        f"each {one} {what} belongs to one {one}; "
        f"each {one} {what} has a {match['by']} ({match['values']}) and a {what}"
    )
    return said_in_place(sentence, match, said)


_BELONGS_TO_ONE_WITH_ITS_OWN = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<one>{NOUN_PATTERN})\s+belongs\s+to\s+(?:a|an|one)\s+(?P<other>[a-z][\w\-]*)\s+"
    r"\((?P<its>[a-z][^()]*(?:,|\band\b)[^()]*)\)\s+and\s+(?:we|i)\s+(?:note|record|keep|log|store|track)\s+"
    r"(?P<listed>(?:a|an|the|its|their|how|whether|which|what)\s.+)$"
)


def belongs_to_one_with_its_own(sentence: str) -> str:
    """``each mould belongs to an artist (name and email) and we note the piece it was taken
    from, ...``: *each mould belongs to one artist; each artist has name and email; each mould
    has the piece it was taken from, ...*; what is noted is the record's, the bracket the
    other's."""
    match = _BELONGS_TO_ONE_WITH_ITS_OWN.match(sentence)
    if match is None:
        return sentence
    one, other = match["one"], match["other"]
    if one.split()[-1] == other or not can_name_records(one.split()[-1], other):
        return sentence
    return (
        f"each {one} belongs to one {other}; each {other} has {match['its']}; "
        f"each {one} has {match['listed']}"
    )


_ONE_OF_OURS_GOES_ON_EACH = re.compile(
    r"^one\s+of\s+(?:our|the)\s+(?P<ones>[a-z][\w\-]*s)\s+(?:goes|is\s+sent|is\s+used)\s+(?:out\s+)?(?:on|to|with|for)\s+"
    rf"(?:each|every)\s+(?P<one>{NOUN_PATTERN})(?:,\s+(?:logged|recorded|listed|known|kept)\s+by\s+"
    r"(?:its\s+|their\s+)?(?P<listed>[a-z][^,;]*\band\b[^,;]*))?$"
)


def one_of_ours_goes_on_each(sentence: str) -> str:
    """``one of our vans goes out on each job, logged by registration and make``: *each job
    has one van; each van has registration and make*; the one that goes is the job's."""
    match = _ONE_OF_OURS_GOES_ON_EACH.match(sentence)
    if match is None or not is_plural(match["ones"]):
        return sentence
    ours, one = singular(match["ones"]), match["one"]
    if ours == one.split()[-1] or not can_name_records(ours, one.split()[-1]):
        return sentence
    said = f"each {one} has one {ours}"
    return f"{said}; each {ours} has {match['listed']}" if match["listed"] else said


_WHOM_WE_KNOW_BY = re.compile(
    r"(?P<said>\b(?:one|a|an)\s+(?P<one>[a-z][\w\-]*)),\s+(?:whom|who|which)\s+we\s+(?:know|list|keep|record|identify)\s+"
    r"(?:by|with)\s+(?:their\s+|its\s+)?(?P<listed>[a-z][^,;()]*\band\b[^,;()]*|"
    # "which we know by its trench number": one item, a name it goes by
    r"(?:[a-z][\w\-]*\s+){0,2}(?:number|code|name|reference|initials))$"
)


def whom_we_know_by(sentence: str) -> str:
    """``... and relates to one customer, whom we know by name and postcode``: *... and relates
    to one customer; each customer has name and postcode*; the aside is the customer's list,
    and ``..., which we know by its trench number`` names one item."""
    match = _WHOM_WE_KNOW_BY.search(sentence)
    if match is None or not can_name_records(match["one"]):
        return sentence
    return f"{sentence[: match.end('said')]}; each {match['one']} has {match['listed']}"


_IS_AGAINST_ONE_AND_RELATES_TO_ONE = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<record>{NOUN_PATTERN})\s+is\s+(?:always\s+)?against\s+one\s+(?P<one>[a-z][\w\-]*)"
    r"(?:\s+\((?P<its>[a-z][^()]*)\))?\s+and\s+(?:relates|belongs|is\s+linked)\s+to\s+one\s+(?P<other>[a-z][\w\-]*)(?P<rest>,\s.+)?$"
)


def is_against_one_and_relates_to_one(sentence: str) -> str:
    """``a claim is against one manufacturer (name, ...) and relates to one customer``: *each
    claim belongs to one manufacturer; each manufacturer has name, ...; each claim belongs to
    one customer*; the record is against the one and relates to the other."""
    match = _IS_AGAINST_ONE_AND_RELATES_TO_ONE.match(sentence)
    if match is None:
        return sentence
    record, one, other = match["record"], match["one"], match["other"]
    if record.split()[-1] in (one, other) or one == other:
        return sentence
    if not can_name_records(record.split()[-1], one, other):
        return sentence
    its = f"each {one} has {match['its']}; " if match["its"] else ""
    said = f"each {record} belongs to one {one}; {its}each {record} belongs to one {other}"
    return f"{said}{match['rest'] or ''}"
