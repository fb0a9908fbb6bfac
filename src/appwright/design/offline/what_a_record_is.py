"""A record said as what it is or is made of, written as its links and fields: *a shift is one
actor in one room* points at both, *a changeover is one cottage on one date* has the date,
*the wines themselves are just a producer and a name* has both, *the field is split into
numbered bays* has the bays; *each overhaul is a project with ...* names the record as the
description goes on to call it.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_name_records,
    is_plural,
    plural,
    singular,
    verb_lemma,
    with_article,
)

_THEMSELVES_ARE_JUST = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:the\s+|our\s+)?(?P<things>[a-z][\w\-]*)\s+(?:themselves\s+)?are\s+"
    r"(?:just|simply|basically)\s+(?:the\s+(?:things|items|ones)\s+(?:we|i)\s+[a-z]+,\s+with\s+)?"
    r"(?=(?:a|an|the|their)\s)"
)


def themselves_are_just(sentence: str) -> str:
    """``the wines themselves are just a producer, a name, a region and a colour``: *wines
    have a producer, ...*; what a record is said to be, plainly, is what it has (and *products
    are just the things we sell, with a name ...*: *products have a name ...*)."""

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
        if not can_name_records(record, one, field):
            return match[0]
        return (
            f"{match['lead']}each {record} is for one {one}; each {record} has "
            f"{with_article(field)}, {match['list']}"
        )

    return _IS_ONE_AND_WITH.sub(plain, sentence)


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
    if not can_name_records(record, one, other):
        return sentence
    return (
        f"{sentence[: match.start()]}; each {record} belongs to one {one}; each {record} belongs "
        f"to one {other}; each {record} has {match['list']}"
    )


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
    if not can_name_records(thing) or (marked and singular(marked["things"]) != thing):
        return sentence
    said = (["a number"] if match["numbered"] else []) + (
        [f"a {marked['kind']} yes/no"] if marked else []
    )
    if not said:
        return sentence
    rest = "" if marked else match["rest"]
    kept = f"each {thing} has {' and '.join(said)}{rest}"
    return sentence[: match.start()] + kept + sentence[match.end() :]


_WHEN_AND_WHERE = r"(?:on|from|at|in|for)\s+(?:a|an)\s+(?:set\s+|given\s+|fixed\s+)?"
_PHRASE_NOUN = (
    r"[a-z][\w\-]*(?:\s+(?!(?:on|from|at|in|for|and|with|but)\b)[a-z][\w\-]*){0,4}"
    r"(?:\s+in\s+(?:days|weeks|months|years|hours|minutes))?"  # "for a term in months"
    r"(?:\s+\([^()]+\))?"  # "at a farm (name and owner)": the place's own list
)
_RUNS_ON_AT_FOR = re.compile(
    r"^(?P<lead>.*?,\s+(?:and|but|so)\s+)?(?P<det>a|an|each|every)\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+(?!(?:runs|is|takes|happens)\b)[a-z][\w\-]*)?)\s+"
    r"(?:runs|is\s+held|is\s+run|takes\s+place|happens|is\s+on)\s+"
    rf"(?P<phrases>{_WHEN_AND_WHERE}{_PHRASE_NOUN}(?:,?\s+{_WHEN_AND_WHERE}{_PHRASE_NOUN})+)"
    r"(?P<after>(?:,\s+|\s+(?=with\s)).*)?$"
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
    if match is None or not can_name_records(*match["record"].split()):
        return sentence
    said = [m["noun"] for m in _ONE_PHRASE.finditer(match["phrases"])]
    nouns = [re.sub(r"\s+\(.*\)$", "", noun) for noun in said]
    if any(not can_be_noun(noun.split()[0]) for noun in nouns):
        return sentence
    items = [with_article(noun) for noun in nouns]
    # "at a farm (name and owner)": the farm's list, a record of its own the record links to
    # (said first, so an *it* after the record's list is still the record)
    theirs = [
        f"each {noun} has {with_brackets[len(noun) :].strip()[1:-1]}; "
        for noun, with_brackets in zip(nouns, said, strict=True)
        if with_brackets != noun
    ]
    after = match["after"] or ""
    with_list = re.match(r",?\s+with\s+(?P<list>.+)$", after)
    if with_list:
        listed = f"{', '.join(items)}, {with_list['list']}"
        after = ""
    else:
        listed = f"{', '.join(items[:-1])} and {items[-1]}"
    lead = match["lead"] or ""
    return f"{lead}{''.join(theirs)}{match['det']} {match['record']} has {listed}{after}"


_EACH_TIME_IS_ONE_WITH = re.compile(
    r"^(?:each|every)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|"
    r"month|morning|afternoon|evening|night)\s+is\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+with\s+(?=\S)"
)


def each_time_is_one_with(sentence: str) -> str:
    """``each sunday is a sale day with its date and a status``: *each sale day has its date
    and a status*; the day says when, the record is what it is."""
    match = _EACH_TIME_IS_ONE_WITH.match(sentence)
    if match is None or not can_name_records(*match["record"].split()):
        return sentence
    return f"each {match['record']} has {sentence[match.end() :]}"


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
    if not can_name_records(record, one, *([doer] if doer else [])) or record == one:
        return sentence
    when = "date" if match["when"] == "day" else match["when"]
    said = [f"each {record} belongs to one {one}", f"each {record} has a {when}"]
    if doer:
        said.append(f"each {record} is done by one {doer}")
    if match["list"]:
        said.append(f"each {record} has {match['list']}")
    return "; ".join(said)


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
    if match is None or not can_name_records(
        match["first"].split()[-1], match["second"].split()[-1]
    ):
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
        or not can_name_records(match["one"], match["many"])
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
        if match is not None and can_name_records(match["said"].lower(), match["kind"].lower()):
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


_ONE_DOING_ONE_ON_A_DATE = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+is\s+(?:a|an|one)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?P<doing>[a-z]+ing(?:\s+(?:in|out|up|back|off|over|along))?)\s+(?:a|an|one)\s+"
    r"(?P<what>[a-z][\w\-]*)\s+(?:on|for)\s+(?:a|an)\s+(?:given\s+|particular\s+|set\s+)?(?P<when>date|day)"
    r"(?P<span>\s+(?:between|from)\s+(?:a|an|the)\s+start\s+(?:time\s+)?(?:and|to|till|until)\s+"
    r"(?:an?\s+|the\s+)?end\s+time)?(?P<rest>\s*(?:,|;|$).*)$"
)


def one_doing_one_on_a_date(sentence: str) -> str:
    """``a letting is a hirer using a space on a date between a start and end time, and ...``:
    *a letting is one hirer using one space, with a date, a start time and an end time, and
    ...*; the record is the one doing it with the other, and when is its own (*a landing is
    one vessel bringing in one species on a given date* too)."""
    match = _ONE_DOING_ONE_ON_A_DATE.match(sentence)
    if match is None or not can_name_records(match["who"], match["what"]):
        return sentence
    span = ", a start time and an end time" if match["span"] else ""
    rest = re.sub(r"^\s*,\s+with\s+", ", ", match["rest"])  # "..., with the weight": one list
    return (
        f"{match['record']} is one {match['who']} {match['doing']} one {match['what']}, "
        f"with a {match['when']}{span}{rest}"
    )


_ONE_IN_ONE_DOING_ONE = re.compile(
    r"(?P<head>\bis\s+one\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:in|on|at|with|from)\s+one\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<doing>[a-z]+ing)(?=\s+one\s)"
)


def one_in_one_doing_one(sentence: str) -> str:
    """``a pickup is one driver in one vehicle collecting one cast member, with ...``: *a
    pickup is one driver in one vehicle for one cast member, with ...*; the third one the
    record ties in, told by what is done to it, is one of its own like the other two."""

    def plain(match: re.Match[str]) -> str:
        if verb_lemma(match["doing"]) is None:
            return match[0]
        return f"{match['head']} for"

    return _ONE_IN_ONE_DOING_ONE.sub(plain, sentence)


_GETS_A_RECORD_WITH = re.compile(
    r"\b(?:(?:gets|get|is\s+given|are\s+given)\s+(?:a|an|its\s+own|their\s+own)"
    # "so each casualty is its own record with an approximate age, ...": the same, told as is
    r"|(?:is|are)\s+(?:its|their)\s+own)\s+"
    r"(?:record|file|entry)\s+(?:with|showing|holding|listing|that\s+(?:has|holds|shows))\s+"
    r"(?=(?:a|an|the|its|their)\s)"
)


_ONE_IN_ONE_HAS = re.compile(
    r"^(?:each|every)\s+(?P<thing>[a-z][\w\-]*\s+[a-z][\w\-]*)\s+in\s+(?:a|an|each|the)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+has\s+(?=(?:a|an|the|its|their)\s)"
)


def gets_a_record_with(sentence: str) -> str:
    """``every turnaround we work gets a record with the flight number, the stand, ...``:
    *every turnaround we work has the flight number, ...*; the record a thing gets is where its
    own details are kept, no record of another kind. ``every used book in an offer gets its own
    record with the title, ...``: *each used book belongs to one offer; each used book has ...*
    (a one-word thing in one is read so already)."""
    sentence = _GETS_A_RECORD_WITH.sub("has ", sentence)
    return _ONE_IN_ONE_HAS.sub(
        lambda m: f"each {m['thing']} belongs to one {m['one']}; each {m['thing']} has ", sentence
    )
