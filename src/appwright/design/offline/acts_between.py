"""Records an act makes between things already named, told as the act: *alarms get checked
whenever we visit: a check has ...* (each check is of one alarm), *ringers sign up for an
outing and we have to know whether they have paid ...* (each sign-up is of one ringer for one
outing, and holds what is known of it), *at the end of every run the tally for each shearer is
written down: ...* (each tally is of one shearer, in one run), *we record a sign-off linking the
crew member, the competency and the assessor, with ...* (each sign-off is of all three), *where
a slot is one crew member doing one duty on a given date* (each slot is of one member, for
one duty, and has its date), *when one of our engineers carries out a planned service on a
truck, we record ...* (each planned service is of one truck, done by one engineer); and what
is entered once a record has been through one (*once it's played we enter the home score and
...*), the record's own; *a fixture sets a home team against an away team on a date* (a
fixture has both, and its date); *a member can belong to several teams, and each membership
notes ...* (each membership is of one member, in one team).
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.logged_acts import act_done
from appwright.design.offline.word_forms import (
    can_name_records,
    is_past_participle,
    is_plural,
    singular,
    with_article,
)

_DONE_THEN_TOLD = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+(?:are|get)\s+(?P<done>[a-z]+ed)\b[^;]*;\s+"
    r"(?:a|an|each|every)\s+(?P<act>[a-z][\w\-]*)\s+has\s"
)


def done_then_told(sentence: str) -> str:
    """``alarms are checked whenever we visit; a check has a date, a result ...``: *...; each
    check belongs to one alarm*; the act the things undergo, said as a record, is of one of
    them."""
    match = _DONE_THEN_TOLD.match(sentence)
    if match is None or not is_plural(match["things"]) or act_done(match["done"]) != match["act"]:
        return sentence
    return f"{sentence}; each {match['act']} belongs to one {singular(match['things'])}"


_SIGN_UP_AND_KNOW = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)\s+(?:can\s+)?sign\s+up\s+(?:for|to)\s+(?:a|an|one|the)\s+"
    r"(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+and\s+(?:we|i)\s+(?:have\s+to\s+|need\s+to\s+|want\s+to\s+)?"
    r"(?:know|note|record|track|log|keep)\s+(?P<kept>whether\s.+)$"
)


def sign_up_and_know(sentence: str) -> str:
    """``ringers sign up for an outing and we know whether they have paid and whether they
    want the pub lunch``: *each signup belongs to one ringer; each signup belongs to one
    outing; each signup has whether ...*; what is known of one sign-up is neither the ringer's
    nor the outing's."""

    def plain(clause: str) -> list[str]:
        match = _SIGN_UP_AND_KNOW.match(clause)
        if match is None or not is_plural(match["who"]):
            return [clause]
        return [
            f"each signup belongs to one {singular(match['who'])}",
            f"each signup belongs to one {match['what']}",
            f"each signup has {match['kept']}",
        ]

    return per_clause(sentence, plain)


_THE_ONE_FOR_EACH_WRITTEN = re.compile(
    r"^(?:(?:after|at\s+the\s+end\s+of|at\s+the\s+start\s+of|during|following)\s+(?:each|every|a|an|the)\s+"
    r"(?P<when>[a-z][\w\-]*)\s*,?\s+)?the\s+(?P<record>[a-z][\w\-]*)\s+for\s+(?:each|every)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+(?:is|gets)\s+(?:written\s+down|recorded|noted|logged|entered|taken\s+down)"
    r"\s*:\s*(?P<list>\S.*)$"
)


def one_for_each_written(sentence: str) -> str:
    """``at the end of every run the tally for each shearer is written down: the number of
    sheep, ...``: *each tally belongs to one shearer; each tally belongs to one run; each tally
    has ...*; what is written down for each one, at each time it is, is a record of both."""
    match = _THE_ONE_FOR_EACH_WRITTEN.match(sentence)
    if match is None or not can_name_records(match["record"], match["one"]):
        return sentence
    record, when = match["record"], match["when"]
    told = [f"each {record} belongs to one {match['one']}"]
    if when and when not in TIME_WORDS and can_name_records(when):
        told.append(f"each {record} belongs to one {when}")
    return "; ".join([*told, f"each {record} has {match['list']}"])


_LINKED_ONE = (
    r"(?:the|a|an|one|that|this)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    # "the breed they will judge": which breed, told by a clause that names no field
    r"(?:\s+(?:they|we|he|she)\s+(?:will\s+|would\s+|are\s+)?[a-z]+(?=,|\s+(?:and|with)\b|$))?"
)
_LINKED = (
    rf"(?P<linked>{_LINKED_ONE}(?:(?:,\s+(?:and\s+)?|\s+(?:and|to|with)\s+){_LINKED_ONE})+?)"
    r"(?:,?\s+(?:with|giving|noting|and\s+(?:records|notes|holds|gives))\s+(?P<listed>\S.*))?$"
)
_LINKING = r"(?:that\s+)?(?:linking|connecting|joining|tying|links|connects|joins|ties)\s+"
_RECORD_LINKING = re.compile(
    r"^(?P<lead>.*?\b(?:we|i|they)\s+(?:record|log|keep|enter|add|make|create|raise|open)\s+)"
    rf"(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+{_LINKING}{_LINKED}"
)
_ONE_LINKING = re.compile(
    rf"^(?P<lead>.*?,\s+and\s+)?(?:each|every|a|an|the)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,2}}?)\s+"
    rf"(?:links|connects|ties)\s+{_LINKED}"
)


def record_linking(sentence: str) -> str:
    """``when an assessor passes someone out, we record a sign-off linking the crew member, the
    competency and the assessor, with the date signed and ...``: *each sign-off belongs to one
    crew member; ... to one competency; ... to one assessor; each sign-off has ...*; so *we
    add a placing that ties the dog to the class and gives the place: ...* and *..., and each
    entry links that staff member to the branch with ...*."""
    told = _linked_by(_RECORD_LINKING.match(sentence))
    if told is not None:
        return told
    match = _ONE_LINKING.match(sentence)
    told = _linked_by(match)
    if match is None or told is None:
        return sentence
    lead = (match["lead"] or "").removesuffix(" and ").rstrip(", ")
    return f"{lead}; {told}" if lead else told


def _linked_by(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    record = match["record"]
    # "we add a placing that ties ...": after its article, an -ing word is the record
    if not (can_name_records(*record.split()) or (" " not in record and record.endswith("ing"))):
        return None
    linked = re.split(r",\s+(?:and\s+)?|\s+(?:and|to|with)\s+", match["linked"])
    ones = [
        re.sub(
            r"\s+(?:they|we|he|she)\s+.*$", "", re.sub(r"^(?:the|a|an|one|that|this)\s+", "", one)
        )
        for one in linked
    ]
    if not all(can_name_records(*one.split()) for one in ones):
        return None
    told = [f"each {record} belongs to one {one}" for one in ones]
    if match["listed"]:
        # "gives the place: first, second or third": the place, and its values
        listed = re.sub(
            r"^((?:the|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?):\s+(.+)$",
            r"\1 (\2)",
            match["listed"],
        )
        told.append(f"each {record} has {listed}")
    return "; ".join(told)


_IS_ONE_DOING_ONE = re.compile(
    r"(?P<lead>^|,\s+|;\s+)(?:where|in\s+which)?\s*(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+is\s+"
    r"one\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+(?:doing|covering|working|on|taking)\s+"
    r"one\s+(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?P<when>\s+(?:on|for)\s+(?:a|an|one)\s+(?:given\s+|set\s+|particular\s+)?(?:date|day))?"
    r"(?=\s*(?:[,;]|$))"
)


_WHERE_ONE_IS_ONE_AND_A_VALUE = re.compile(
    r",\s+where\s+(?:a|an|each)\s+(?P<record>[a-z][\w\-]*)\s+is\s+(?:a|an|one)\s+(?P<one>[a-z][\w\-]*)\s+"
    r"and\s+(?:a|an|the|its)\s+(?P<value>[a-z][\w\-]*)(?=\s*(?:[.;]|$))"
)
"""*..., the lines sold, where a line is a product and a quantity*: each line is of one product,
and holds its quantity."""


def is_one_doing_one(sentence: str) -> str:
    """``every week i fill in rota slots, where a slot is one shore crew member doing one duty on
    a given date``: *...; each slot belongs to one shore crew member; each slot is for one
    duty; each slot has a date*; what one record is, said as who does what, and when (and
    *..., where a line is a product and a quantity*: a line of one product, with a quantity)."""

    def told(match: re.Match[str]) -> str:
        record, who, what = match["record"], match["who"], match["what"]
        if not can_name_records(record, *who.split(), *what.split()):
            return match[0]
        said = [f"each {record} belongs to one {who}", f"each {record} is for one {what}"]
        if match["when"]:
            said.append(f"each {record} has a date")
        return f"{'; ' if match['lead'] else ''}{'; '.join(said)}"

    def one_and_its_value(match: re.Match[str]) -> str:
        record, one = match["record"], match["one"]
        if not can_name_records(record, one) or record == one:
            return match[0]
        return f"; each {record} belongs to one {one}; each {record} has a {match['value']}"

    sentence = _WHERE_ONE_IS_ONE_AND_A_VALUE.sub(one_and_its_value, sentence)
    return _IS_ONE_DOING_ONE.sub(told, sentence)


_CARRIES_OUT_ONE_ON_ONE = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time)\s+(?:one\s+of\s+(?:our|the|my)\s+(?P<whos>[a-z][\w\-]*s)"
    r"|(?:a|an|the|one)\s+(?P<who>[a-z][\w\-]*))(?:\s*\((?P<aside>[^()]+)\))?\s+"
    r"(?:carries\s+out|does|performs|completes)\s+(?:a|an)\s+(?P<act>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:on|for|at|to)\s+(?:a|an|the|one)\s+(?P<thing>[a-z][\w\-]*),?\s+(?:we|i|they)\s+"
    r"(?:record|log|note|write\s+down|enter|keep)\s+(?P<listed>(?:the|a|an|its|their|how|what|when)\s.+)$"
)


def carries_out_one_on_one(sentence: str) -> str:
    """``when one of our engineers (name) carries out a planned service on a truck, we record
    the date, ...``: *each engineer has name; each planned service is done by one engineer;
    each planned service belongs to one truck; each planned service has the date, ...*."""
    match = _CARRIES_OUT_ONE_ON_ONE.match(sentence)
    if match is None:
        return sentence
    who = singular(match["whos"]) if match["whos"] else match["who"]
    act, thing = match["act"], match["thing"]
    if not can_name_records(who, thing, act.split()[-1]):
        return sentence
    told = [f"each {who} has {match['aside'].strip()}"] if match["aside"] else []
    listed = match["listed"]
    lines = _AND_THE_LINES.search(listed)
    told += [
        f"each {act} is done by one {who}",
        f"each {act} belongs to one {thing}",
        f"each {act} has {listed[: lines.start()] if lines else listed}",
    ]
    if lines:
        # "..., plus the parts used, each part line with a part number, ...": its lines
        told += [
            f"each {lines['line']} belongs to one {act}",
            f"each {lines['line']} has {lines['list']}",
        ]
    return "; ".join(told)


_AND_THE_LINES = re.compile(
    r",?\s+(?:and|plus)\s+the\s+[a-z][\w\-]*s\s+(?:used|fitted|sold|needed),\s+each\s+"
    r"(?P<line>[a-z][\w\-]*\s+line)\s+with\s+(?P<list>(?:a|an|the)\s.+)$"
)


_ONCE_DONE_WE_ENTER = re.compile(
    r"^once\s+(?:the|a|an)\s+(?P<one>[a-z][\w\-]*)\s+(?:is|has\s+been|gets)\s+(?P<done>[a-z]+)\s*,?\s+"
    r"(?:we|i|they)\s+(?:enter|add|fill\s+in|put\s+in|type\s+in)\s+"
    r"(?P<listed>(?:the|a|an|its|their)\s.+)$"
)


def once_done_we_enter(sentence: str) -> str:
    """``once the fixture is played we enter the home score and the away score`` (*it*, named by
    ``name_it``): *each fixture has the home score and the away score*; what is entered once a
    record has been through a step is its own, no record of the act."""
    match = _ONCE_DONE_WE_ENTER.match(sentence)
    if match is None or not is_past_participle(match["done"]) or not can_name_records(match["one"]):
        return sentence
    return f"each {match['one']} has {match['listed']}"


_SETS_ONE_AGAINST_ANOTHER = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+(?:sets|puts|pits|matches)\s+"
    r"(?:a|an|one|the)\s+(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:against|versus|with)\s+"
    r"(?:a|an|one|the)\s+(?P<second>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+(?:on|at|in|for)\s+(?P<more>(?:a|an|the)\s[^;]+))?$"
)


def sets_one_against_another(sentence: str) -> str:
    """``a fixture sets a home team against an away team on a date and a sheet number``: *a
    fixture has a home team, an away team, a date and a sheet number*; the two sides of a
    match are the match's, and so is when and where it is played."""

    def plain(clause: str) -> list[str]:
        match = _SETS_ONE_AGAINST_ANOTHER.match(clause)
        sides = [match["first"], match["second"]] if match else []
        if match is None or not can_name_records(*(side.split()[-1] for side in sides)):
            return [clause]
        more = re.split(r",\s+(?:and\s+)?|\s+and\s+", match["more"]) if match["more"] else []
        items = [*(with_article(side) for side in sides), *more]
        return [f"{match['subject']} has {', '.join(items[:-1])} and {items[-1]}"]

    return per_clause(sentence, plain)


_SEVERAL_AND_EACH_PAIRING = re.compile(
    r"^(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*)\s+can\s+(?:belong\s+to|join|be\s+in|be\s+on|play\s+(?:in|for))\s+"
    r"(?:several|many|multiple|more\s+than\s+one)\s+(?P<many>[a-z][\w\-]*s),\s+and\s+(?:each|every)\s+"
    r"(?P<pair>[a-z][\w\-]*)\s+(?:notes|records|has|holds|keeps|says|gives)\s+(?P<listed>\S.*)$"
)


def several_and_each_pairing(sentence: str) -> str:
    """``a member can belong to several teams, and each membership notes the position they
    play: ...``: *each membership belongs to one member; each membership belongs to one team;
    each membership has ...*; the record said after the many is the pairing of the two."""
    match = _SEVERAL_AND_EACH_PAIRING.match(sentence)
    if match is None or not is_plural(match["many"]):
        return sentence
    one, many, pair = match["one"], singular(match["many"]), match["pair"]
    if pair in (one, many) or not can_name_records(one, many, pair):
        return sentence
    return (
        f"each {pair} belongs to one {one}; each {pair} belongs to one {many}; "
        f"each {pair} has {match['listed']}"
    )


_MAKES_ONE_AND_WE_NOTE = re.compile(
    r"^(?:(?:then|so|and)\s+)?(?:(?:each|every)\s+(?:season|year|month|week|day|time)\s+)?"
    r"(?:(?:if|when|whenever)\s+[^,;]+?,?\s+(?=they\s+(?:makes?|places?|books?|submits?|raises?|files?)\s))?"
    r"(?:(?:a|an|each|every)\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)|they)\s+"
    r"(?:makes?|places?|books?|submits?|raises?|files?)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+and\s+(?:we|i)\s+(?:would\s+|will\s+)?"
    r"(?:note|record|log|keep|enter|take)\s+(?P<listed>(?:the|a|an|their|its)\s[^;]*)(?P<after>;.*)?$"
)


def makes_one_and_we_note(sentence: str) -> str:
    """``each season a member makes a subscription payment, and we would note the season, the
    amount, ...``: *each subscription payment belongs to one member; each subscription payment
    has the season, ...*; what someone makes is a record of theirs, holding what we note (and
    *..., they make a claim, and we note ...*, the claim's list)."""
    match = _MAKES_ONE_AND_WE_NOTE.match(sentence)
    who = match["who"] if match else None
    if match is None or not can_name_records(*(who or "").split(), *match["record"].split()):
        return sentence
    record = match["record"]
    has = f"each {record} has {match['listed']}"
    # "if they come back with a damaged tyre they make a claim, and we note ...": the claim's
    return (f"each {record} belongs to one {who}; {has}" if who else has) + (match["after"] or "")


_ONE_PER_ONE = re.compile(
    r"^(?:[a-z ]*?\s)?(?:we|i)\s+(?:enter|log|record|keep|add|create)\s+one\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+per\s+(?P<one>[a-z][\w\-]*)"
    r"(?:\s+per\s+(?P<other>[a-z][\w\-]*))?,\s+(?:recording|noting|with|holding|showing)\s+"
    r"(?P<listed>\S.*)$"
)


def one_per_one(sentence: str) -> str:
    """``from the scorebook we enter one batting innings per player per match, recording runs,
    ...``: *each batting innings belongs to one player; ... to one match; each batting innings
    has runs, ...*."""
    match = _ONE_PER_ONE.match(sentence)
    ones = [one for one in (match["one"], match["other"]) if one] if match else []
    if match is None or not can_name_records(*match["record"].split(), *ones):
        return sentence
    record = match["record"]
    told = [f"each {record} belongs to one {one}" for one in ones]
    return "; ".join([*told, f"each {record} has {match['listed']}"])
