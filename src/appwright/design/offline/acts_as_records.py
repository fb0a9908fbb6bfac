"""Records told by the act that makes them, written as records: *someone books a court for a
date* is a booking for one court with a date, *every member gives each wine a score* a score
of each pair, *drivers can also be fined, and a fine has an amount* each driver's fines.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import IRREGULAR_ACTS, act_noun
from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_name_records,
    is_plural,
    singular,
    verb_lemma,
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
        if not can_name_records(who, what, record):
            return match[0]
        return (
            f"{match['lead']}each {record} belongs to one {who}; each {record} belongs to one "
            f"{what}; each {record} has a {record}{match['rest']}"
        )

    return _GIVES_EACH_ONE_A.sub(plain, sentence)


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
    if act is None or act == match["thing"] or not can_name_records(match["thing"]):
        return sentence
    lead = "; " if match["lead"] else ""
    kept = f"each {act} is for one {match['thing']}; each {act} has {match['list']}"
    return f"{sentence[: match.start()]}{lead}{kept}{sentence[match.end() :]}"


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
    if not can_name_records(who, match["thing"]):
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
    if not can_name_records(record, who, match["thing"]) or record in (who, match["thing"]):
        return sentence
    kept = [f"each {record} belongs to one {who}", f"each {record} is for one {match['thing']}"]
    if match["list"]:
        kept.append(f"each {record} has {match['list']}")
    if match["done"]:
        kept.append(f"each {record} is {match['done']}")
    return "; ".join(kept)


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
    if not can_name_records(made, match["thing"], singular(match["who"])):
        return sentence
    return (
        f"{match['head']}; each {made} is for one {match['thing']}; each {made} has {match['list']}"
    )


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
    if not can_name_records(match["who"], thing):
        return sentence  # the record itself may be named by any word (*a flight log*)
    return (
        f"each {record} belongs to one {match['who']}; each {record} is for one {thing}; "
        f"each {record} has {match['list']}"
    )


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
    if match is None or not can_name_records(match["record"], match["thing"]):
        return sentence
    line = f"{match['record']} line"
    return (
        f"{match['head']}; each {line} belongs to one {match['record']}; each {line} is for one "
        f"{match['thing']}; each {line} has a quantity{match['rest']}"
    )


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
    if match is None or not can_name_records(match["who"], match["thing"].split()[-1]):
        return sentence
    thing = match["thing"]
    rest = re.sub(r"^(\s*;\s+)it\s", rf"\1the {thing} ", match["rest"])
    return f"each {thing} is for one {match['who']}{rest}"


_DOES_ONE_OF_ONE = re.compile(
    r"^(?P<who>(?:one\s+of\s+(?:our|the|my)\s+[a-z][\w\-]*s|(?:a|an|each|every|the)\s+[a-z][\w\-]*))"
    r"(?:\s+\((?P<kept>[^()]+)\))?\s+(?:carries\s+out|does|performs|conducts|completes|undertakes)\s+"
    r"(?:a|an)\s+(?P<act>[a-z][\w\-]*)\s+(?:of|on)\s+(?:a|an|the|each|every|one)\s+(?P<on>[a-z][\w\-]*)"
    r"(?P<when>\s+on\s+(?:a|an|one)\s+(?:given\s+|set\s+|particular\s+)?(?:date|day))?"
    r"(?P<rest>(?:,?\s+and\s+(?:it|this|that)\s+has\s+[^;]+)?)$"
)
_DONE_THEN_HAS = re.compile(r"^,?\s+and\s+(?:it|this|that)\s+has\s+")


def does_one_of_one(sentence: str) -> str:
    """``one of our inspectors (name and email) carries out an inspection of a vessel on a
    date, and it has a result``: *each inspection belongs to one vessel; each inspection is done
    by one inspector; each inspector has name and email; each inspection has a date and a
    result*; the act done to a record is a record of its own."""
    return per_statement(sentence, _does_one_of_one)


def _does_one_of_one(sentence: str) -> str:
    match = _DOES_ONE_OF_ONE.match(sentence)
    if match is None:
        return sentence
    who = singular(match["who"].split()[-1])
    act, on = match["act"], singular(match["on"])
    if act in FUNCTION_WORDS or not can_name_records(who, act, on) or len({who, act, on}) < 3:
        return sentence
    said = [f"each {act} belongs to one {on}", f"each {act} is done by one {who}"]
    if match["kept"]:
        said.append(f"each {who} has {match['kept']}")
    listed = [f"a {'date' if match['when'] else ''}".strip()] if match["when"] else []
    if match["rest"]:
        listed.append(_DONE_THEN_HAS.sub("", match["rest"]))
    if listed:
        said.append(f"each {act} has {' and '.join(listed)}")
    return "; ".join(said)


_ARRIVE_WITH_ONE_FROM_ONE = re.compile(
    r"^(?:(?:[a-z]+ed|new|most|some|all)\s+)?(?P<who>[a-z][\w\-]*s)\s+(?:arrive|come|turn\s+up|come\s+in)\s+"
    r"with\s+(?:a|an)\s+(?P<one>[a-z][\w\-]*)\s+from\s+(?:a|an|their|one)\s+(?P<from>[a-z][\w\-]*)$"
)


def arrive_with_one_from_one(sentence: str) -> str:
    """``referred patients arrive with a referral from a referrer``: *each referral belongs to
    one patient; each referral is from one referrer*; what they bring is a record of theirs."""

    def plain(statement: str) -> str:
        match = _ARRIVE_WITH_ONE_FROM_ONE.match(statement)
        if match is None or not can_name_records(match["who"], match["one"], match["from"]):
            return statement
        one, who = match["one"], singular(match["who"])
        return f"each {one} belongs to one {who}; each {one} is from one {match['from']}"

    return per_statement(sentence, plain)
