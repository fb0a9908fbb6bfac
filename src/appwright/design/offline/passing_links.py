"""The one a record belongs to or has, named in passing, written as *each X belongs to one Y* or
*each X has several Y*: *each repair job on a bike*, *we also record who sold it to us*, *which
site it came out of*, *one startup might have a few of them*.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import doer_noun
from appwright.design.offline.clause_rewrites import per_clause, reordered
from appwright.design.offline.word_classes import FUNCTION_WORDS, words
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_past_participle,
    is_plural,
    singular,
    singular_phrase,
    verb_lemma,
)

_KNOW_WHICH_IT_CAME_FROM = re.compile(
    r"(?:,\s+(?:and|so|but)\s+|,\s+|\s+and\s+)(?:i|we)\s+(?:(?:also|always)\s+)?"
    r"(?:like|want|need|have|would\s+like|'d\s+like)\s+to\s+know\s+which\s+"
    r"(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<it>it|they|each\s+one)\s+"
    r"(?:came|come|comes|was\s+taken|were\s+taken|belongs|belong)\s+(?:out\s+of|from|off|to)\b"
)


def know_which_it_came_from(sentence: str) -> str:
    """``every piece is logged with a description ..., and we like to know which site it came
    out of``: *...; it comes from one site*; the place it came from is a record it belongs to."""
    return _KNOW_WHICH_IT_CAME_FROM.sub(
        lambda m: (
            f"; {'they come' if m['it'] == 'they' else 'it comes'} from one "
            f"{singular_phrase(m['what'])}"
        ),
        sentence,
    )


_ONE_ON_ANOTHER = re.compile(
    r"^(?:(?:each|every)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)|the\s+(?P<records>[a-z][\w\-]*s))"
    r"\s+(?:on|against)\s+(?:a|an|the)\s+(?P<other>[a-z][\w\-]*)"
    r"(?P<aside>\s+\([^()]+\))?\s+"
    r"(?=(?P<can>can|may)\b|(?:is|are|gets|has|have|needs|goes)\b)"
)


def one_on_another(sentence: str) -> str:
    """``each repair job on a bike is logged ...``: *each repair job belongs to one bike; each
    repair job is logged ...*; the record it is done on is the one it belongs to. So do the
    ones on a record who can do something (``the passengers on a tour (a name is plenty) can
    sign up for many excursions``: *each passenger belongs to one tour; the passengers (...)
    can sign up ...*), not the record they are on."""

    def reorder(match: re.Match[str], rest: str) -> str | None:
        records = match["records"]
        if (records is None) != (match["can"] is None) or (records is None and match["aside"]):
            return None  # "each job on a bike is ...", "the passengers on a tour can ..."
        if records is not None:
            record = singular(records)
            if not is_plural(records) or record in FUNCTION_WORDS or match["other"] in TIME_WORDS:
                return None
            said = f"the {records}{match['aside'] or ''}"
            return f"each {record} belongs to one {match['other']}; {said} {rest}"
        if match["other"] in TIME_WORDS or match["record"].split()[-1] in FUNCTION_WORDS:
            return None
        record = match["record"]
        return f"each {record} belongs to one {match['other']}; each {record} {rest}"

    return reordered(sentence, _ONE_ON_ANOTHER, reorder)


_LOGGED_BY_ONE_WITH = re.compile(
    r"^(?P<record>(?:each|every|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|gets)\s+"
    r"(?:logged|recorded|entered|done|carried\s+out|written\s+up|signed\s+off)\s+by\s+"
    r"(?:one\s+of\s+(?:our|the|my)\s+|a\s+|an\s+|one\s+)(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s*\((?:we|i)\s+(?:only\s+|just\s+)?(?:need|keep|want|take|hold)\s+(?:their|his|her)\s+"
    r"(?P<kept>[^()]+)\))?,?\s+with\s+(?P<listed>.+)$"
)


def logged_by_one_with(sentence: str) -> str:
    """``each repair job is logged by one of our volunteers (we only need their name) with the
    work done and the hours spent``: *each repair job belongs to one volunteer; each volunteer
    has name; each repair job has the work done ...*; the list is the record's, not theirs."""

    def plain(clause: str) -> list[str]:
        match = _LOGGED_BY_ONE_WITH.match(clause)
        if match is None:
            return [clause]
        who = singular_phrase(match["who"])
        kept = [f"each {who} has {match['kept']}"] if match["kept"] else []
        return [
            f"{match['record']} belongs to one {who}",
            *kept,
            f"{match['record']} has {match['listed']}",
        ]

    return per_clause(sentence, plain)


_ACTS_ON_ONE_JUST_NAMED = re.compile(
    r"^(?P<head>(?:each|every|a|an)\s+(?P<thing>[a-z][\w\-]*)\s+[^;]*?,\s+(?:and|while|so|then)\s+"
    r"(?:a|an|each|every|the)\s+[a-z][\w\-]*\s+(?:(?:can|may|then)\s+)?(?P<verb>[a-z]+)\s+)one"
    r"(?=\s+(?:for|on|at|from)\s)"
)


def acts_on_one_just_named(sentence: str) -> str:
    """``each enlarger is listed with a name ..., and a member reserves one for a date``:
    *... reserves an enlarger for a date*; the one acted on is the record the sentence opened
    with."""

    def named(match: re.Match[str]) -> str:
        thing = match["thing"]
        if thing in FUNCTION_WORDS or not can_be_verb(match["verb"]):
            return match[0]
        return f"{match['head']}{'an' if thing[0] in 'aeiou' else 'a'} {thing}"

    return _ACTS_ON_ONE_JUST_NAMED.sub(named, sentence)


_ONE_HAS_SEVERAL_OF_THEM = re.compile(
    r",\s+(?:and|while|but)\s+(?:one|a|an|each|every|any)\s+(?P<owner>[a-z][\w\-]*)\s+"
    r"(?:(?:might|may|can|could|will|often|usually|sometimes)\s+)?(?:have|has)\s+"
    r"(?:several|many|a\s+few|more\s+than\s+one)\s+of\s+them\b"
)


def one_has_several_of_them(sentence: str) -> str:
    """``startups get desks in our building, each desk with a number, and one startup might
    have a few of them``: *...; each startup has several desks*; *them* are the last things
    named that are not the owner."""
    match = _ONE_HAS_SEVERAL_OF_THEM.search(sentence)
    if match is None:
        return sentence
    owner = match["owner"]
    named = [
        w
        for w in words(sentence[: match.start()])
        if is_plural(w) and can_be_noun(w) and w not in FUNCTION_WORDS and singular(w) != owner
    ]
    if not named:
        return sentence
    return f"{sentence[: match.start()]}; each {owner} has several {named[-1]}{sentence[match.end() :]}"


_KEPT_AGAINST_ONE_WITH = re.compile(
    r"\b(?P<head>(?:we|i)\s+(?:record|log|note|enter|raise|take)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+with\s+[^;]+?),\s+against\s+(?:a|an|one)\s+"
    r"(?P<owner>[a-z][\w\-]*)\s+with\s+(?P<listed>[^;]+)$"
)


def kept_against_one_with(sentence: str) -> str:
    """``we record an order with the sale price and the date paid, against a buyer with a name
    and email``: *...; each order belongs to one buyer; each buyer has a name and email*; the
    one a record is kept against, named in passing with what it has."""
    match = _KEPT_AGAINST_ONE_WITH.search(sentence)
    if match is None or not can_be_noun(match["owner"]) or match["owner"] == match["record"]:
        return sentence
    record, owner = match["record"], match["owner"]
    said = f"each {record} belongs to one {owner}; each {owner} has {match['listed']}"
    return f"{sentence[: match.end('head')]}; {said}"


_AS_WELL_AS_SEVERAL = re.compile(
    r"^(?P<owner>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<have>(?:(?:can|may|will)\s+)?(?:have|has))\s+(?P<first>.+?),?\s+as\s+well\s+as\s+"
    r"(?P<second>(?:several|many|multiple|some|any\s+number\s+of|one\s+or\s+more)\s+.+)$"
)


_MADE_UP_OF = re.compile(
    r"\s+(?:made\s+up\s+of|consisting\s+of|comprising)\s+(?=(?:a|an|the|its)\s)"
)


def as_well_as_several(sentence: str) -> str:
    """``a company can have several contacts with a name, as well as several forwarding
    addresses made up of a label, street and city``: *a company can have several contacts
    with a name; a company can have several forwarding addresses with a label, ...*."""

    def plain(clause: str) -> list[str]:
        match = _AS_WELL_AS_SEVERAL.match(clause)
        if match is None:
            return [clause]
        owner, have = match["owner"], match["have"]
        second = _MADE_UP_OF.sub(" with ", match["second"])
        return [f"{owner} {have} {match['first']}", f"{owner} {have} {second}"]

    return per_clause(sentence, plain)


_THE_TWO_OF_THEM = re.compile(
    r"(?P<lead>\b(?:note|record|log|keep|take|store|track|and|,)\s+)the\s+two\s+(?P<things>[a-z][\w\-]*s)\b"
)


def the_two_of_them(sentence: str) -> str:
    """``for every match we note the date and the two teams``: *... and the team*; the pair is
    one more record each match points at (the readers of lists take a plural for a field)."""

    def plain(match: re.Match[str]) -> str:
        things = match["things"]
        if not is_plural(things) or not can_be_noun(singular(things)):
            return match[0]
        return f"{match['lead']}the {singular(things)}"

    return _THE_TWO_OF_THEM.sub(plain, sentence)


_MATCH_ONE_TO_IT = re.compile(
    r"\b(?:we|i)\s+(?:(?:try|aim|have)\s+to\s+|then\s+)?(?:match|assign|allocate|pair|attach)\s+"
    r"(?:a|an|one)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:to|with)\s+(?:it|each\s+one)"
    r"(?=\s*(?:[,;.]|$))"
)


def match_one_to_it(sentence: str) -> str:
    """``each lesson needs a teacher, and we try to match a teacher to it``: *it has one
    teacher*; the record it was said of gets one of them, not the other way round."""
    return _MATCH_ONE_TO_IT.sub(lambda m: f"it has one {m['one']}", sentence)


_WHICH_WENT_INTO_EACH = re.compile(
    r"\b(?:i|we)\s+(?:(?:want|need|would\s+like|'d\s+like|have)\s+to\s+)?(?:log|record|note|track|"
    r"keep\s+track\s+of|know)\s+which\s+(?P<things>[a-z][\w\-]*s)\s+(?:went|go|goes|were\s+used|"
    r"are\s+used|got\s+used)\s+(?:into|in|on|for)\s+(?:each|every)\s+(?P<whole>[a-z][\w\-]*)\s+"
    r"and\s+how\s+many\b"
)


def which_went_into_each(sentence: str) -> str:
    """``i want to log which parts went into each repair and how many``: *each repair uses
    several parts, with how many of each*; the pairing keeps the number."""
    return _WHICH_WENT_INTO_EACH.sub(
        lambda m: f"each {m['whole']} uses several {m['things']}, with how many of each", sentence
    )


_WE_RECORD_WHO_DID_IT = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:we|i)\s+(?:also\s+)?(?:record|note|keep|log|take\s+down|"
    r"write\s+down)\s+who\s+(?P<verb>[a-z]+)\s+(?:it|them)(?:\s+to\s+us|\s+in)?,?\s+with\s+"
    r"(?:their\s+)?(?P<list>[^;]+)"
)


_EACH_THING = re.compile(r"^(?:each|every)\s+(?P<thing>[a-z][\w\-]*)\b")


_WE_RECORD_WHICH_DID_IT = re.compile(
    r"(?P<lead>,\s+and\s+|;\s+)(?:we|i)\s+(?:also\s+)?(?:record|note|keep|log|take\s+down|"
    r"write\s+down)\s+which\s+(?:of\s+(?:our|the)\s+)?(?P<doer>[a-z][\w\-]*)\s+[a-z]+\s+it,?\s+"
    r"(?:by\s+(?P<by>name)|with\s+(?:their\s+)?(?P<list>[^;]+))$"
)


_A_THING_HAS = re.compile(r"^(?:a|an|each|every)\s+(?P<thing>[a-z][\w\-]*)\s+(?:has|is|gets)\b")


def we_record_who_did_it(sentence: str) -> str:
    """``every phone we take in gets a make ...; we also record who sold it to us, with their
    name and phone number``: *...; each phone belongs to one seller; each seller has name and
    phone number*; who did it is a record of people, each with their list."""
    match = _WE_RECORD_WHO_DID_IT.search(sentence)
    thing = _EACH_THING.match(sentence)
    if match is None or thing is None or match.start() == 0:
        return sentence
    lemma = verb_lemma(match["verb"])
    doer = doer_noun(lemma) if lemma and lemma != match["verb"] else None
    if doer is None:
        return sentence
    said = f"; each {thing['thing']} belongs to one {doer}; each {doer} has {match['list']}"
    return f"{sentence[: match.start()]}{said}{sentence[match.end() :]}"


_WE_NOTE_WHO_DID_IT_TO_EACH = re.compile(
    r"^(?P<lead>(?:also\s+)?)(?:we|i)\s+(?:also\s+)?(?:record|note|keep|log|take(?:\s+down)?|"
    r"write\s+down)\s+who\s+(?P<verb>[a-z]+)\s+(?:each|every|the|a|an)\s+(?P<thing>[a-z][\w\-]*)"
    r"(?:\s+in)?\s*(?:\((?:their\s+|just\s+)?(?P<bracketed>[^()]+)\)|,?\s+with\s+(?:their\s+)?"
    r"(?P<listed>[^;()]+?))(?P<rest>(?:,?\s+and,?\s+for\s+(?:the|each|every)\s+[a-z][\w\-]*"
    r"(?:\s+itself)?,?\s+.+)?)$"
)
_FOR_IT_ITSELF = re.compile(
    r"^,?\s+and,?\s+for\s+(?:the|each|every)\s+(?P<thing>[a-z][\w\-]*)(?:\s+itself)?,?\s+(?P<list>.+)$"
)


def we_note_who_did_it_to_each(sentence: str) -> str:
    """``we note who found each swan (their name, phone number and address) and, for the swan
    itself, a ring number, ...``: *each swan belongs to one finder; each finder has name, ...;
    each swan has a ring number, ...*; the one who did it is a record of people."""
    match = _WE_NOTE_WHO_DID_IT_TO_EACH.match(sentence)
    lemma = verb_lemma(match["verb"]) if match else None
    doer = doer_noun(lemma) if match and lemma and lemma != match["verb"] else None
    if match is None or doer is None or doer == match["thing"]:
        return sentence
    thing = singular(match["thing"])
    said = [
        f"each {thing} belongs to one {doer}",
        f"each {doer} has {match['bracketed'] or match['listed']}",
    ]
    itself = _FOR_IT_ITSELF.match(match["rest"])
    if itself is not None and singular(itself["thing"]) == thing:
        said.append(f"each {thing} has {itself['list']}")
    elif match["rest"]:
        return sentence
    return "; ".join(said)


def we_record_which_did_it(sentence: str) -> str:
    """``a bout has a bout number, ..., and we also record which referee took it, by name``:
    *...; each bout belongs to one referee; each referee has a name*; the one who did it to the
    record the sentence opened with is a record of its own, with what we keep of them."""
    match = _WE_RECORD_WHICH_DID_IT.search(sentence)
    thing = _A_THING_HAS.match(sentence)
    doer = singular(match["doer"]) if match else None
    if match is None or thing is None or doer is None or not can_be_noun(doer):
        return sentence
    if doer == thing["thing"] or doer in FUNCTION_WORDS:
        return sentence
    kept = "a name" if match["by"] else match["list"]
    said = f"; each {thing['thing']} belongs to one {doer}; each {doer} has {kept}"
    return f"{sentence[: match.start()]}{said}"


_ONE_OF_THEM_DONE = re.compile(
    r"^(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+(?:one|a|an)\s+"
    r"(?P<kind>[a-z][\w\-]*)\s+(?P<done>[a-z]+ed)\s+(?P<rest>(?:at|in|on|for|by|with|to)\s.+)$"
)


def one_of_them_done(sentence: str) -> str:
    """``an event is one script performed at one venue on a given date``: *each event is of one
    script; each event is at one venue on a given date*; the record is one doing of another,
    and what follows the participle is said of the record, not of what it does."""

    def plain(clause: str) -> list[str]:
        match = _ONE_OF_THEM_DONE.match(clause)
        if (
            match is None
            or not is_past_participle(match["done"])
            or not can_be_noun(match["kind"])
            or match["kind"] in FUNCTION_WORDS
        ):
            return [clause]
        record = match["record"]
        rest = match["rest"]
        if not rest.startswith(("at ", "in ", "on ")):
            rest = f"done {rest}"
        return [f"each {record} is of one {match['kind']}", f"each {record} is {rest}"]

    return per_clause(sentence, plain)


_SAYS_WHICH_ONE = re.compile(
    r"^(?P<each>(?:each|every|a|an)\s+(?P<x>[a-z][\w\-]*))\s+(?:says|records|notes|names|shows|states)\s+"
    r"which\s+(?P<y>[a-z][\w\-]*(?:\s+(?!(?:the|it|they|he|she|a|an|was|is)\b)[a-z][\w\-]*)?)"
    r"(?:\s+(?:the|it|they|he|she|a|an|was|is)\b[^:;,]*)?"
    r"(?::\s*[^;]*?,\s+each\s+with\s+(?P<listed>[^;]+))?$"
)


def says_which_one(sentence: str) -> str:
    """``each request says which drop-off point the animal went to: our centre or one of the
    partner vets, each with a name, address and phone``: *each request belongs to one drop-off
    point; each drop-off point has a name, address and phone*; which one it names is its
    link, and the list after the examples is that record's."""

    def plain(clause: str) -> list[str]:
        match = _SAYS_WHICH_ONE.match(clause)
        if match is None or match["y"].split()[-1] in FUNCTION_WORDS:
            return [clause]
        x, y = match["x"], match["y"]
        if not can_be_noun(y.split()[-1]) or singular(y) == x:
            return [clause]
        said = [f"each {x} belongs to one {y}"]
        if match["listed"]:
            said.append(f"each {y} has {match['listed']}")
        return said

    return per_clause(sentence, plain)
