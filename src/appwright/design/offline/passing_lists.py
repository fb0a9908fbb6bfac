"""What is kept about someone or something, said in passing, written as *each X has ...*: *(for the
crew a name is plenty)*, *whose name and phone number we hold*, *each student signs up with
their name and email*, *the vinyl colours should be their own list with a name*.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, is_plural, singular, singular_phrase

_ENOUGH_FOR_THEM = re.compile(
    r"\s*\(\s*for\s+(?:the|a|an|each|every|our)\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:(?:just|only)\s+)?(?P<listed>(?:a|an|the|their)\s+[^()]+?)\s+(?:is|are|will\s+do|would\s+do)\s+"
    r"(?:(?:plenty|enough|fine|all\s+we\s+need)(?:\s+really)?)\s*\)"
)


def enough_for_them(sentence: str) -> str:
    """``... which of our crew did the clearing (for the crew a name is plenty)``: *...; each
    crew has a name*; what is enough for them, said aside, is what they keep."""

    def plain(clause: str) -> list[str]:
        match = _ENOUGH_FOR_THEM.search(clause)
        if match is None:
            return [clause]
        kept = f"each {singular_phrase(match['who'])} has {match['listed']}"
        return [f"{clause[: match.start()]}{clause[match.end() :]}", kept]

    return per_clause(sentence, plain)


_ENOUGH_FOR_THEM_SAID = re.compile(
    r"^(?:and\s+)?for\s+(?:(?:the|a|an|each|every|our)\s+)?(?P<who>[a-z][\w\-]*(?:\s+(?!(?:a|an|the|their|just|only)\b)[a-z][\w\-]*)?),?\s+"
    r"(?:(?:just|only)\s+)?(?P<listed>(?:(?:a|an|the|their)\s+)?[^;]+?)\s+(?:is|are|will\s+do|would\s+do)\s+"
    r"(?:plenty|enough|fine|all\s+we\s+need)(?:\s+really)?$"
)


def enough_for_them_said(sentence: str) -> str:
    """``for vessels a name and port number are enough``: *each vessel has a name and port
    number*; what is enough for them, said as a clause, is what they keep."""

    def plain(clause: str) -> list[str]:
        match = _ENOUGH_FOR_THEM_SAID.match(clause)
        if match is None or match["who"].split()[-1] in FUNCTION_WORDS:
            return [clause]
        if not can_be_noun(match["who"].split()[-1]):
            return [clause]
        return [f"each {singular_phrase(match['who'])} has {match['listed']}"]

    return per_clause(sentence, plain)


_THEY_ARE_WE_KEEP_FOR_THEM = re.compile(
    r"^(?P<things>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+(?P<are>are\s+[^,;]+),\s+(?:and\s+|so\s+)?"
    r"(?:we|i)\s+(?:keep|note|record|hold|store|take|need)\s+(?P<listed>[^;]+?)\s+for\s+them\b"
)


def they_are_we_keep_for_them(sentence: str) -> str:
    """``the mentors are mostly local business people, we keep a name and an area of
    expertise for them``: *...; the mentors have a name and ...*; what is kept for them is
    theirs."""

    def plain(match: re.Match[str]) -> str:
        if not is_plural(match["things"].split()[-1]):
            return match[0]
        return f"{match['things']} {match['are']}; {match['things']} have {match['listed']}"

    return _THEY_ARE_WE_KEEP_FOR_THEM.sub(plain, sentence)


_WHOSE_WE_HOLD = re.compile(
    r"\b(?P<who>[a-z][\w\-]*)(?:,\s+|\s+(?=whose\s+[^;]+?(?:,|\sand)\s[^;]+\s(?:we|i)\s+[a-z]+$))whose\s+"
    r"(?P<listed>[^;,]+?(?:,\s+[^;,]+?)*)\s+(?:we|i)\s+(?:hold|keep|have|store|record|note|take)"
    r"(?=$|,\s+and\s+(?:has|is|gets|goes|belongs)\s)"
)
"""``..., whose name and phone number we hold``; without the comma (*placed by a buyer whose
name, email and address we keep*) when a list says it is theirs; before the subject's next
predicate (*..., whose name we keep, and has a date*)."""


def whose_we_hold(sentence: str) -> str:
    """``covered by one of our photographers, whose name and phone number we hold``: *covered
    by one photographer; each photographer has name and phone number*."""

    def plain(clause: str) -> list[str]:
        match = _WHOSE_WE_HOLD.search(clause)
        if match is None or not can_be_noun(singular(match["who"])):
            return [clause]
        kept = f"each {singular(match['who'])} has {match['listed']}"
        return [clause[: match.end("who")] + clause[match.end() :], kept]

    return per_clause(sentence, plain)


_WHEN_IN_TAKE_THEIRS = re.compile(
    r"^when\s+(?:a|an)\s+(?P<thing>[a-z][\w\-]*)\s+(?:comes|is\s+brought|gets\s+brought|arrives)"
    r"(?:\s+in)?,?\s+(?:i|we)\s+(?:take|note|record|get|jot|write|ask\s+for|log)\s+(?:down\s+)?"
    r"the\s+(?P<who>[a-z][\w\-]*)'s\s+(?P<listed>.+)$"
)


def when_in_take_theirs(sentence: str) -> str:
    """``when an instrument comes in i take the owner's name, phone and e-mail``: *each
    instrument belongs to one owner; each owner has name, phone and e-mail*."""

    def plain(clause: str) -> list[str]:
        match = _WHEN_IN_TAKE_THEIRS.match(clause)
        if match is None or not can_be_noun(match["who"]) or match["who"] in FUNCTION_WORDS:
            return [clause]
        thing, who = match["thing"], match["who"]
        return [f"each {thing} belongs to one {who}", f"each {who} has {match['listed']}"]

    return per_clause(sentence, plain)


_THE_ONES_WE_KEEP_EACH_HAVE = re.compile(
    r"^(?:the\s+|our\s+)?(?P<things>[a-z][\w\-]*s)\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:keep|hold|stock|carry|"
    r"sell|use|buy|hire\s+out|lend\s+out)(?:\s+in\s+stock|\s+on\s+hand)?"
    r"(?:\s*,\s*[^;]*?(?:and\s+so\s+on|etc\.?|and\s+the\s+like|that\s+sort\s+of\s+thing)\s*,)?\s+"
    r"(?:each\s+|all\s+)?(?:have|has)\s+(?=(?:a|an|the|their|its)\s)"
)


def the_ones_we_keep_each_have(sentence: str) -> str:
    """``the parts i keep in stock, strings, tuners and so on, each have a name and a price``:
    *each part has a name and a price*; the examples and who keeps them say nothing more."""

    def plain(match: re.Match[str]) -> str:
        if not can_be_noun(singular(match["things"])) or match["things"] in FUNCTION_WORDS:
            return match[0]
        return f"each {singular(match['things'])} has "

    return _THE_ONES_WE_KEEP_EACH_HAVE.sub(plain, sentence)


_SIGNS_UP_WITH = re.compile(
    r"\b(?P<each>each|every)\s+(?P<who>[a-z][\w\-]*)\s+(?:first\s+)?(?:signs\s+up|registers|enrols|"
    r"enrolls|joins|checks\s+in)\s+(?:with|giving)\s+(?:us\s+)?(?:their|his|her)\s+"
)


def signs_up_with(sentence: str) -> str:
    """``each student signs up with their name, email and address``: *each student has a
    name, ...*; what people sign up with is what is kept about them."""
    return _SIGNS_UP_WITH.sub(r"\g<each> \g<who> has a ", sentence)


_SOMEONE_GETS_IN_TOUCH = re.compile(
    r"^(?:someone|somebody|people|(?:a|an)\s+(?P<who>[a-z][\w\-]*)|(?P<many>[a-z][\w\-]*s))\s+"
    r"(?:rings?\s+up|calls?|phones?(?:\s+up)?|gets?\s+in\s+touch|comes?\s+in|walks?\s+in|emails?(?:\s+us)?)"
    r",?\s+(?:and\s+)?(?:we|i)\s+(?:take|get|note|write\s+down|record|log)\s+their\s+(?P<list>[^;]+?)"
    r",?\s+and\s+(?:then\s+)?(?:we|i)\s+(?:raise|open|create|start|make|write\s+up|set\s+up)\s+"
    r"(?:a|an)\s+(?P<made>[a-z][\w\-]*)\s+for\s+(?:them|him|her)\b(?P<rest>.*)$"
)


def someone_gets_in_touch(sentence: str) -> str:
    """``someone rings up, we take their name and phone, and we raise an order for them``:
    *each customer has a name and phone; each order belongs to one customer*; whoever gets in
    touch is a customer on file (or the client, the owner, named so), and the record raised for
    them is theirs."""
    match = _SOMEONE_GETS_IN_TOUCH.match(sentence)
    if match is None or not can_be_noun(match["made"]):
        return sentence
    made = match["made"]
    who = match["who"] or (singular(match["many"]) if match["many"] else "customer")
    if not can_be_noun(who) or who in FUNCTION_WORDS:
        return sentence
    said = f"each {who} has a {match['list']}; each {made} belongs to one {who}"
    return f"{said}{match['rest']}"


_THEIR_OWN_LIST = re.compile(
    r"^(?:(?:oh|and|also|plus|then)\b[,\s]+)*(?:the\s+)?(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:should\s+be|are|need\s+to\s+be|"
    r"want\s+to\s+be)\s+(?:kept\s+(?:as|in)\s+)?(?:their\s+own|a\s+separate)\s+(?:list|table|records?)"
    r"\s+with\s+(?P<list>.+)$"
)


def their_own_list(sentence: str) -> str:
    """``the vinyl colours should be their own list with a name and whether it's in stock``:
    *each vinyl colour has a name and ...*; a list of their own is records of their own."""

    def plain(clause: str) -> list[str]:
        match = _THEIR_OWN_LIST.match(clause)
        if match is None or not is_plural(match["things"].split()[-1]):
            return [clause]
        listed = re.sub(r",\s+(?:because|as|since|so)\s.*$", "", match["list"])
        return [f"each {singular_phrase(match['things'])} has {listed}"]

    return per_clause(sentence, plain)
