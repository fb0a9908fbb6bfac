"""Records an owner names in passing, written as the plain clauses the readers know.

People tell a record's fields and links in asides and in the order they work: *plus which of
our crew did the clearing (for the crew a name is plenty)*, *we visit it for shoots, each on a
date and covered by one of our photographers, whose name and phone number we hold*, *parents
order against a pupil, giving their email ...*, *when I go back to check a job I log the visit
date ...*, *pairing a grower with a garden owner creates a match with ...*. Each rewrite here
turns one such shape into *each X belongs to one Y* and *each X has ...*, whatever the domain;
`simplify` runs them in its order.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import act_noun, act_or_irregular_noun, names_a_doer
from appwright.design.offline.clause_rewrites import per_clause, reordered
from appwright.design.offline.word_classes import FUNCTION_WORDS, words
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_past_participle,
    is_plural,
    parts_of_speech,
    singular,
    singular_phrase,
    verb_lemma,
)

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


WEEKDAYS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekday")
)


_ON_ONE_WE_NOTE = re.compile(
    r"^(?:and\s+)?on\s+(?:a|an|each|every)\s+(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?=(?:we|i)\s+(?:also\s+)?(?:note|record|keep|log|take|write\s+down|store|track)\s)"
)


def on_one_we_note(sentence: str) -> str:
    """``on a reservation we note the deposit they paid``: *for each reservation we note
    ...*; what is noted on a record is its own (unless the record is a day: *on a monday*)."""

    def reorder(match: re.Match[str], rest: str) -> str | None:
        if match["what"].split()[-1] in TIME_WORDS or match["what"].split()[0] in WEEKDAYS:
            return None
        return f"for each {match['what']} {rest}"

    return reordered(sentence, _ON_ONE_WE_NOTE, reorder)


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


_MEET_EACH_AND_RECORD = re.compile(
    r"\b(?P<we>we|i)\s+(?:sit\s+down|meet(?:\s+up)?|catch\s+up|speak|talk|check\s+in)\s+with\s+"
    r"(?P<who>(?:each|every|a|an|the)\s+[a-z][\w\-]*)\s+and\s+(?P<verb>record|log|note|write\s+up|"
    r"fill\s+in|take|make)\s+(?P<what>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+with\s+"
)


def meet_each_and_record(sentence: str) -> str:
    """``once a month we sit down with each startup and record a check-in with the date
    ...``: *we record a check-in for each startup with ...*; what is written up at a meeting
    with someone is kept for them."""
    return _MEET_EACH_AND_RECORD.sub(
        lambda m: f"{m['we']} {m['verb']} {m['what']} for {m['who']} with ", sentence
    )


_VISIT_IT_FOR = re.compile(
    r"^(?P<head>(?:a|an|each|every)\s+(?P<place>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:has|have|is|are)\s+.+?),\s+and\s+(?:we|i)\s+"
    r"(?:visit|see|call\s+on|go\s+to|serve|work\s+for)\s+(?:it|them)\s+for\s+(?P<things>[a-z][\w\-]*s)"
    r"(?:,\s+each\s+(?:(?P<on>on\s+(?:a|an|the)\s+(?:date|day))(?:\s+and\s+|$))?(?P<each>.*))?$"
)


def visit_it_for(sentence: str) -> str:
    """``a school has a name, and we visit it for shoots, each on a date and covered by one
    of our photographers``: *...; each shoot belongs to one school; each shoot has a date;
    each shoot is covered by ...*; what we go there for is the place's."""

    def plain(clause: str) -> list[str]:
        match = _VISIT_IT_FOR.match(clause)
        if match is None or not can_be_noun(singular(match["things"])):
            return [clause]
        thing = singular(match["things"])
        made = [match["head"], f"each {thing} belongs to one {match['place']}"]
        if match["on"]:
            made.append(f"each {thing} has a date")
        if match["each"]:
            made.append(f"each {thing} is {match['each']}")
        return made

    return per_clause(sentence, plain)


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


_ACT_AGAINST_ONE_WITH = re.compile(
    r"^(?P<who>(?:the\s+)?[a-z][\w\-]*s)\s+(?P<verb>[a-z]+)(?:\s+(?P<what>[a-z][\w\-]*s))?\s+"
    r"against\s+(?:a|an|one)\s+(?P<target>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*"
    r"(?:\s+with\s+(?P<listed>.+)|\((?P<bracketed>[^()]+)\))$"
)


def act_against_one_with(sentence: str) -> str:
    """``parents order against a pupil with their email, a package and the total paid``:
    *each order belongs to one pupil; each order has parent email, a package and ...*; the
    act is the record, and what the people give about themselves is kept on it. What they act
    on names it, and it is theirs too: ``guides claim expenses against a tour (amount, date);
    a claim is ...``: *each expense claim belongs to one tour; each expense claim belongs to
    one guide; each expense claim has amount, date*."""

    def plain(clause: str) -> list[str]:
        match = _ACT_AGAINST_ONE_WITH.match(clause)
        lemma = verb_lemma(match["verb"]) if match else None
        if match is None or lemma is None or not is_plural(match["who"].split()[-1]):
            return [clause]
        if match["what"] is None and match["listed"] is None:
            return [clause]  # a bracketed list only after what is acted on
        who = singular(match["who"].split()[-1])
        if match["what"] is None:
            act = act_or_irregular_noun(lemma)
            if act is None:
                return [clause]
            listed = re.sub(r"\btheir\s+", f"{who} ", match["listed"])
            return [f"each {act} belongs to one {match['target']}", f"each {act} has {listed}"]
        # the act's own noun where the sentence names it (*a claim is submitted*)
        named = re.search(rf"\b(?:a|an|the|each|every)\s+{lemma}\b", sentence)
        act = lemma if named else act_or_irregular_noun(lemma)
        what = singular(match["what"])
        if act is None or not can_be_noun(what) or what == who:
            return [clause]
        act = f"{what} {act}"
        return [
            f"each {act} belongs to one {match['target']}",
            f"each {act} belongs to one {who}",
            f"each {act} has {match['bracketed'] or match['listed']}",
        ]

    return per_clause(sentence, plain)


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


_DONE_AND_WE_NOTE = re.compile(
    r"^(?P<opening>(?P<det>every|each|a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:gets|is)\s+(?P<done>[a-z]+)(?:\s+(?:in|out|up))?"
    r"(?P<by>\s+(?:by|for|on|with|at)\s+[^;]*?)?),?\s+and\s+(?:we|i)\s+(?:also\s+|then\s+)?"
    r"(?:write\s+down|note|record|log|take|jot\s+down|keep)\s+(?P<listed>.+)$"
)


def done_and_we_note(sentence: str) -> str:
    """``every drop-off gets weighed, and we write down the date, the household and the
    weight``: *for each drop-off we note ...*; what is noted when a record is handled is its.
    ``a piercing is done by one of our piercers on one client, and we note the placement``:
    by whom and on what stays, and the list is still the piercing's, not the client's."""

    def reorder(match: re.Match[str], rest: str) -> str | None:
        if not is_past_participle(match["done"]):
            return None
        if match["by"] is None and match["det"] in ("a", "an"):
            return None  # "a tent is pitched, and we note ...": left to its reader, as before
        if any(word in FUNCTION_WORDS for word in match["record"].split()):
            return None
        noted = f"for each {match['record']} we note {match['listed']}"
        return f"{match['opening']}; {noted}" if match["by"] else noted

    return reordered(sentence, _DONE_AND_WE_NOTE, reorder)


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


_THEIRS_ENTERED_AS = re.compile(
    r"(?P<lead>^|,\s+and\s+|,\s+)(?:each|every)\s+(?P<who>[a-z][\w\-]*)'s\s+"
    r"(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:for|in|at|on)\s+(?:that|the|each|this|every)\s+"
    r"(?P<on>[a-z][\w\-]*)\s+(?:are|is|get|gets)\s+(?:entered|recorded|logged|kept|stored|saved|put\s+in)\s+"
    r"as\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)(?:\s+(?:against|on|for)\s+(?:it|them|that\s+[a-z]+))?"
    r"(?=\s*(?:[;.]|$))"
)


def theirs_entered_as(sentence: str) -> str:
    """``..., and each player's pins for that match are entered as a score against it``:
    *...; each score belongs to one player; each score belongs to one match; each score has
    pins*; what is entered for someone at an event is a record of both."""

    def plain(match: re.Match[str]) -> str:
        record, lead = match["record"], "; " if match["lead"] else ""
        return (
            f"{lead}each {record} belongs to one {match['who']}; each {record} belongs to one "
            f"{match['on']}; each {record} has {match['what']}"
        )

    return _THEIRS_ENTERED_AS.sub(plain, sentence)


_WHEN_WE_GO_BACK = re.compile(
    r"^(?:and\s+)?(?:when|whenever|each\s+time|every\s+time)\s+(?:i|we)\s+(?:go|come|call|pop)\s+"
    r"(?:back|out|round|over)\s+to\s+(?P<verb>[a-z]+)\s+(?:a|an|the|each|every)\s+(?P<thing>[a-z][\w\-]*),?\s+"
    r"(?:i|we)\s+(?:log|record|note|write\s+down|jot\s+down|take)\s+(?P<listed>.+)$"
)


def when_we_go_back(sentence: str) -> str:
    """``when i go back to check a job i log the visit date, the number of moles caught ...``:
    *each visit belongs to one job; each visit has ...*; each time we go back is a record of
    its own, named by the list (*the visit date*) or by the act (*a check*)."""

    def plain(clause: str) -> list[str]:
        match = _WHEN_WE_GO_BACK.match(clause)
        if match is None:
            return [clause]
        dated = re.match(r"(?:the|a)\s+(?P<act>[a-z]+)\s+(?:date|day|time)\b", match["listed"])
        lemma = verb_lemma(match["verb"]) or match["verb"]
        record = dated["act"] if dated and can_be_noun(dated["act"]) else act_noun(lemma)
        if record is None or record == match["thing"]:
            return [clause]
        return [
            f"each {record} belongs to one {match['thing']}",
            f"each {record} has {match['listed']}",
        ]

    return per_clause(sentence, plain)


_PAIRING_MAKES = re.compile(
    r"^(?:pairing|matching|linking|putting|assigning|booking)\s+(?:a|an|one)\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:with|to|into|on)\s+(?:a|an|one)\s+"
    r"(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:creates|makes|gives|opens|starts)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*)(?:\s+with\s+(?P<listed>.+))?$"
)


def pairing_makes(sentence: str) -> str:
    """``pairing a grower with a garden owner creates a match with a start date``: *each match
    belongs to one grower; each match belongs to one garden owner; each match has ...*."""

    def plain(clause: str) -> list[str]:
        match = _PAIRING_MAKES.match(clause)
        if match is None:
            return [clause]
        record = match["record"]
        made = [
            f"each {record} belongs to one {match['one']}",
            f"each {record} belongs to one {match['other']}",
        ]
        return [*made, f"each {record} has {match['listed']}"] if match["listed"] else made

    return per_clause(sentence, plain)


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


def doer_noun(lemma: str) -> str | None:
    """*sell* → seller, *donate* → donor is not guessed: the doer the dictionary knows."""
    for noun in (f"{lemma}er", f"{lemma}r", f"{lemma}{lemma[-1:]}er"):
        if "NOUN" in parts_of_speech(noun) and names_a_doer(noun):
            return noun
    return None


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


_BECOMES_A_RECORD = re.compile(
    r"^(?:(?:if|once|when)\s+[^,;]+,\s+)?(?P<was>it|(?:a|an|the|each|every)\s+[a-z][\w\-]*)\s+"
    r"(?:becomes|turns\s+into|is\s+turned\s+into)\s+(?:a|an)\s+(?P<made>[a-z][\w\-]*)\s+"
    r"(?P<done>(?:booked|scheduled|planned|set|put|assigned|given)\b.+)$"
)


def becomes_a_record(sentence: str) -> str:
    """``if they accept, it becomes a job booked on a date with one crew``: *each job is
    booked on a date with one crew*; (*a quote becomes a job ...*: and each job comes from one
    quote); the new record, told with what it is given."""

    def plain(clause: str) -> list[str]:
        match = _BECOMES_A_RECORD.match(clause)
        if match is None or not can_be_noun(match["made"]) or match["made"] in FUNCTION_WORDS:
            return [clause]
        said = [f"each {match['made']} is {match['done']}"]
        if match["was"] != "it":
            said.append(f"each {match['made']} comes from one {match['was'].split()[-1]}")
        return said

    return per_clause(sentence, plain)


_TAKES_A_TURN_GIVING = re.compile(
    r"^(?P<who>[a-z][\w\-]*s|people|folk)\s+(?P<verb>book|reserve|hire|rent|order)\s+"
    r"(?P<what>[^,;]+?),?\s+"
    r"(?P<giving>giving|leaving|with)\s+(?:us\s+)?their\s+(?P<list>[^;]+)$"
)
_ANYONE = ("people", "folk")
_ONE_NAMED_LAST = re.compile(r"\b(?:a|an|one|the)\s+(?P<one>[a-z][\w\-]*)$")


def takes_a_turn_giving(sentence: str) -> str:
    """``guests book seats for an event, giving their name, email and the number of seats``:
    *each booking is for one event; each booking belongs to one guest; each booking has a
    name, ...*; what people give when they book is kept on the booking, not on the event they
    book, which others book too."""

    def plain(clause: str) -> list[str]:
        match = _TAKES_A_TURN_GIVING.match(clause)
        if match is None or not can_be_noun(match["who"]) or match["what"].startswith("against"):
            return [clause]  # "order against a graduate, giving ...": the reader of acts against
        if match["who"] in _ANYONE and match["giving"] == "with":
            return [clause]  # "people book a seat with their name": the readers of bookings
        act = act_or_irregular_noun(match["verb"])
        booked = _ONE_NAMED_LAST.search(match["what"].strip())
        if act is None or booked is None or not can_be_noun(booked["one"]):
            return [clause]
        said = [f"each {act} is for one {booked['one']}", f"each {act} has a {match['list']}"]
        if match["who"] not in _ANYONE:
            # "people book onto a course, giving ...": anyone books, no record of who
            said.insert(1, f"each {act} belongs to one {singular(match['who'])}")
        return said

    return per_clause(sentence, plain)


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


_MARKED_PRESENT = re.compile(
    r"(?:^|(?<=,\sand\s)|(?<=;\s))(?:(?:at|for|in)\s+(?:each|every)\s+(?P<event>[a-z][\w\-]*)\s*,?\s+)?"
    r"(?:we|i|the\s+[a-z][\w\-]*s|[a-z][\w\-]*s)\s+(?:mark|marks|record|records|log|logs|take|takes)\s+"
    r"(?:each|every)\s+(?P<who>[a-z][\w\-]*)\s+(?:as\s+)?(?P<marks>[a-z][\w\- ]*(?:,\s*[a-z][\w\- ]*)*,?\s+or\s+[a-z][\w\-]*)"
    r"(?:\s+(?:at|for|in)\s+(?:each|every|the)\s+(?P<event_after>[a-z][\w\-]*))?$"
)
_ATTENDANCE_MARKS = frozenset(["present", "absent", "late", "excused", "attended", "missed"])


def marked_present(sentence: str) -> str:
    """``at each rehearsal the tutors mark every player present, absent or late``: *each
    attendance is for one rehearsal; each attendance is of one player; each attendance has a
    status (present, absent or late)*: a mark for each one at each meeting is a record."""

    match = _MARKED_PRESENT.search(sentence)
    event = match and (match["event"] or match["event_after"])
    if match is None or not event:
        return sentence
    marks = [m.strip() for m in re.split(r",|\bor\b", match["marks"]) if m.strip()]
    if not set(marks) & _ATTENDANCE_MARKS:
        return sentence
    listed = ", ".join(marks[:-1]) + f" or {marks[-1]}"
    before = re.sub(r",?\s*(?:and\s*)?;?\s*$", "", sentence[: match.start()])
    said = [
        f"each attendance is for one {event}",
        f"each attendance is of one {match['who']}",
        f"each attendance has a status ({listed})",
    ]
    return "; ".join([before, *said] if before else said)


_SIGNS_UP_WITH = re.compile(
    r"\b(?P<each>each|every)\s+(?P<who>[a-z][\w\-]*)\s+(?:first\s+)?(?:signs\s+up|registers|enrols|"
    r"enrolls|joins|checks\s+in)\s+(?:with|giving)\s+(?:us\s+)?(?:their|his|her)\s+"
)


def signs_up_with(sentence: str) -> str:
    """``each student signs up with their name, email and address``: *each student has a
    name, ...*; what people sign up with is what is kept about them."""
    return _SIGNS_UP_WITH.sub(r"\g<each> \g<who> has a ", sentence)


_COMES_OUT_OF_ONE_WITH = re.compile(
    r"^(?:a|an|each|every)\s+(?P<made>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:comes|follows|results|arises|is\s+made|is\s+raised|is\s+created)\s+"
    r"(?:out\s+of|from|after)\s+(?:a|an|the|one)\s+(?P<source>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"with\s+(?P<list>(?:a|an|the|its|their)\s.+)$"
)


def comes_out_of_one_with(sentence: str) -> str:
    """``an installation comes out of a survey with a price, an install date and a
    certificate number``: *each installation is from one survey; each installation has a
    price, ...*; the list is the new record's, not the one it came from."""

    def plain(clause: str) -> list[str]:
        match = _COMES_OUT_OF_ONE_WITH.match(clause)
        if match is None or not can_be_noun(match["source"].split()[-1]):
            return [clause]
        made = match["made"]
        return [f"each {made} is from one {match['source']}", f"each {made} has {match['list']}"]

    return per_clause(sentence, plain)


_MAKES_ONE_WHERE_WE_PUT = re.compile(
    r"^(?P<opening>(?:each|every|a|an)\s+(?P<who>[a-z][\w\-]*)\s+.*?),?\s+and\s+(?:then\s+)?"
    r"(?:makes|places|raises|opens|submits|creates)\s+(?:a|an)\s+(?P<made>[a-z][\w\-]*)\s+"
    r"(?:where|in\s+which|on\s+which)\s+(?:we|i|they)\s+(?:put|record|note|log|keep|take|have|write)"
    r"\s+(?P<list>.+)$"
)


def makes_one_where_we_put(sentence: str) -> str:
    """``each student has a name ..., and then makes a booking where we put how many boxes
    they want and the collection date``: *...; each booking belongs to one student; each
    booking has ...*; the record someone makes, with what is put on it."""
    match = _MAKES_ONE_WHERE_WE_PUT.match(sentence)
    if match is None or not can_be_noun(match["made"]) or not can_be_noun(match["who"]):
        return sentence
    made, who = match["made"], match["who"]
    return f"{match['opening']}; each {made} belongs to one {who}; each {made} has {match['list']}"


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
