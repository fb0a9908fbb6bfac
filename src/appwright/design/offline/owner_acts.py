"""Records an owner tells by what someone does: *for each bird that takes part we write its
arrival time*, *staff take attendance every day a member comes in*, *we keep track of when each
plot was last inspected*, *our technicians visit pools and fill in the date*.

Each is rewritten into a record with its fields, named after the act.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import act_noun
from appwright.design.offline.clause_rewrites import per_clause, per_match
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.record_words import PIECES
from appwright.design.offline.values_told import record_before
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_plural,
    parts_of_speech,
    plural,
    singular,
    verb_lemma,
)

_FOR_EACH_THEY_DO = re.compile(
    r"(?P<lead>^|;\s+)for\s+(?P<q>each|every)\s+(?P<thing>[a-z][\w\-]*)\s+(?:that\s+|which\s+)?"
    r"(?P<who>they|we|you)\s+(?P<verb>[a-z]+)(?:\s+(?P<particle>in|up|out|along|back|over|round))?"
    r"(?:\s+to\s+us)?,?\s+(?=(?:i|we)\s+[a-z])"
)


def for_each_they_do(sentence: str) -> str:
    """``customers have a name; for every clock they bring in i note the maker``: *customers
    bring in several clocks; for every clock i note the maker*, the clocks theirs."""

    def plain(match: re.Match[str]) -> str:
        lead, thing = match.group("lead"), match.group("thing")
        head = f"{lead}for {match.group('q')} {thing} "
        people = record_before(sentence, match.start()) if match.group("who") == "they" else None
        verb = match.group("verb")
        if people is None or not is_plural(people.split()[-1]) or not can_be_verb(verb):
            return head
        particle = f" {match.group('particle')}" if match.group("particle") else ""
        return f"{lead}{people} {verb}{particle} several {plural(thing)}; {head[len(lead) :]}"

    return _FOR_EACH_THEY_DO.sub(plain, sentence)


_ON_EACH_THEY = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s*)(?:on|at|after|during|with|in)\s+(?P<det>each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s*,?\s+(?:they|we|i)\s+(?:also\s+)?(?=[a-z]+\s+(?:the|a|an|their|its|several|any|each|every)\s)"
)


def on_each_we(sentence: str) -> str:
    """``on every visit they also log the chemicals ...``: *for every visit we log the
    chemicals ...*, what is kept for each record, whoever keeps it."""
    sentence = _ON_THE_ONE_THEY_DO_SEVERAL.sub(r"\g<lead>for each \g<np> we ", sentence)
    return _ON_EACH_THEY.sub(r"\g<lead>for \g<det> \g<np> we ", sentence)


_ON_THE_ONE_THEY_DO_SEVERAL = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s*)(?:on|at|during|in)\s+the\s+(?!(?:end|start|day|time|moment|"
    r"way|side|whole|same|first|last)\b)(?P<np>[a-z][\w\-]*)\s*,?\s+(?:they|we|i)\s+"
    r"(?:usually\s+|also\s+|often\s+)?(?=[a-z]+\s+(?:several|many|multiple|a\s+few)\s)"
)
"""*on the visit they do several jobs*: the visit told of before, each one's jobs."""


_RECORD_PER = re.compile(
    r"\b(?P<record>(?:a|an)\s+[a-z][\w\-]*(?:\s+(?:record|entry|row|line|note|log|sheet))?)\s+per\s+"
    r"(?P<each>[a-z][\w\-]*)\s+(?:saying|showing|noting|stating|recording|with)\s+(?=whether|if|a|an|the)"
)


_SERIES_OF = re.compile(
    r"\b(?:meets|runs|happens|takes place|is run|is held|is taught)\s+(?:as|in|over)\s+(?:a\s+)?"
    r"(?:series|set|block|run|string)\s+of\s+(?P<things>[a-z][\w\-]*s)\b"
)


_RUNS_IN = re.compile(
    r"^(?P<whole>(?:the|our|this|each|every|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:meets|runs|happens|takes place|is run|is held|is played|is split|is divided)\s+"
    r"(?:in|into|over)\s+(?P<things>[a-z][\w\-]*s),\s+each\s+with\s+"
)
"""``every class meets in lessons, each with a date``: several lessons; ``the contest runs in
rounds, each with a number``: the one contest is the business itself, so the rounds are
records with no owner."""


_ORDER_OF = re.compile(
    r"\b(?P<has>has|have)\s+(?:a|an|its|their)\s+(?:running\s+order|line-up|lineup|sequence|string|"
    r"programme|program|rota)\s+of\s+(?P<things>[a-z][\w\-]*s)\b"
)


_LIST_OF_EACH = re.compile(
    r"\b(?P<has>has|have)\s+(?:a|an|its|their)\s+(?:own\s+)?(?:list|set|collection|bank|pool|register)\s+"
    r"of\s+(?P<things>[a-z][\w\-]*s),\s+each\s+(?:(?:stored|kept|recorded|listed|logged|noted|saved|"
    r"entered|written\s+down)\s+)?with\s+"
)
"""``every round has its own list of words, each stored with the word``: several words."""


_HAS_THINGS_EACH = re.compile(
    r"\b(?P<has>has|have|contains?|includes?|holds?)\s+"
    rf"(?=(?:(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s|{PIECES}\s+of\s+[a-z][\w\-]*),"
    r"\s+each\s+with\s)"
    r"(?!(?:a|an|the|several|many|multiple|some|its|their)\s)"
)
"""``each order has lines, each with a quantity``, ``a case can have inquest hearings, each
with ...``, ``a playground contains swings, each with a type``: several lines, several hearings,
several swings, each a record."""


_COVERS_MANY_EACH = re.compile(
    r"\b(?P<verb>covers|cover|includes|include|contains|contain|spans|span)\s+"
    r"(?:one\s+or\s+more|several|many|multiple|a\s+number\s+of)\s+"
    r"(?=[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:,?\s+each)?\s+with\s)"
)
"""``a contract covers one or more properties, each with an address``: the properties are
the contract's own, described where they are named."""


_IS_ONE_DOING = re.compile(
    r"(?:^|(?<=[;,]\s)|(?<=\s-\s))(?:a|an|each|every)\s+(?P<thing>[a-z][\w\-]*)\s+is\s+(?:one|a|an)\s+"
    r"(?P<who>[a-z][\w\-]*)\s+(?P<doing>[a-z]+ing)\b(?!\s+(?:(?:in|back|over|along|round|up)\s+)?one\s)"
    r"(?:\s+(?:a|an|the|their|his|her)\s+[a-z][\w\-]*)?"
)
"""``a slot is one comedian doing a set``; one doing to *one* thing meets two records
(``one seller bringing in one grade``, read by ``belongs_to_both``)."""


_LISTS_THE_THINGS = re.compile(
    r"(?:^|(?<=,\s)|(?<=\band\s))(?P<who>(?:each|every|a|an)\s+[a-z][\w\-]*)\s+(?:lists|names|picks|chooses|ticks|selects|gives)\s+"
    r"(?:the|all\s+the|which)\s+(?P<things>[a-z][\w\-]*s)\s+(?:they|he|she|it)\s+"
    r"(?:can|could|would|will|are\s+able\s+to|is\s+able\s+to)\s+(?P<act>[a-z]+)\b"
)


_EACH_ON_A_DATE = re.compile(
    r"(?P<things>\b[a-z][\w\-]*s),\s+each\s+(?:on|at)\s+(?P<when>(?:a|an)\s+(?:[a-z]+\s+)?(?:date|time|day))\b"
)


_TAKES_PART = re.compile(
    r"(?P<lead>^|;\s+)for\s+(?:each|every)\s+(?P<who>[a-z][\w\-]*)\s+(?:that|who|which)\s+"
    r"(?:takes|took|take)\s+part(?:\s+in\s+(?:it|(?:a|an|the|each|every)\s+(?P<event>[a-z][\w\-]*)))?,?\s+"
    r"(?:we|i)\s+(?:write|record|note|log|keep|take|enter)(?:\s+down)?\s+(?P<list>[^;]+?)"
    r"(?:,\s+which\s+[^;]*)?(?=;|$)"
)


def takes_part(sentence: str) -> str:
    """``a race has a date; for each bird that takes part we write its arrival time``: *each
    race entry has one race, one bird, its arrival time*, a record of one taking part; so is
    ``we enter competitions ..., and every time a team competes we record its score``."""

    sentence = _entries(sentence, _TAKES_PART, ours=False)
    return _entries(sentence, _EVERY_TIME_ONE, ours=True)


def _entries(sentence: str, pattern: re.Pattern[str], *, ours: bool) -> str:
    """Each clause ``pattern`` matches as *each <event> entry has one <event>, one <who>,
    <list>*; the event is named in it or is the record the clause before is about."""

    def entry(match: re.Match[str]) -> str:
        event = match.group("event") or record_before(sentence, match.start(), ours=ours)
        if event is None or " " in event:
            return match.group(0)
        return (
            f"{match.group('lead')}each {event} entry has one {event}, one {match.group('who')},"
            f" {match.group('list')}"
        )

    return pattern.sub(entry, sentence)


_EVERY_TIME_ONE = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:(?:every|each)\s+time|when)\s+(?:a|an|one)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:competes|takes\s+part|enters|races|plays|performs|exhibits|flies|swims|rides)\b"
    r"(?:\s+(?:in|at)\s+(?:a|an|one)\s+(?P<event>[a-z][\w\-]*))?,?\s+(?:we|i)\s+"
    r"(?:record|note|log|write(?:\s+down)?|keep|enter|take)\s+(?P<list>[^;]+?)(?=;|$)"
)


def _runs_in(match: re.Match[str]) -> str:
    whole, things = match.group("whole"), match.group("things")
    if whole.startswith(("the ", "our ", "this ")):
        return f"each {singular(things)} has "
    return f"{whole} has several {things}, each with "


_TAKES_THINGS_DURING = re.compile(
    r"^(?:during|at|on|in)\s+(?:the|each|every|a)\s+(?P<whole>[a-z][\w\-]*),?\s+(?:the|a|an|our|we|i)\s*"
    r"(?:[a-z][\w\-]*\s+)?(?:takes|take|collects|collect|draws|draw|gathers|gather)\s+"
    r"(?P<things>[a-z][\w\-]*s),?\s+(?:noting|recording|logging|with|giving)\s+(?P<list>.+)$"
)


def takes_things_during(sentence: str) -> str:
    """``during the survey the surveyor takes samples, noting where each was taken, ...``:
    *each survey has several samples with where each was taken, ...*."""
    match = _TAKES_THINGS_DURING.match(sentence)
    if match is None:
        return sentence
    return (
        f"each {match.group('whole')} has several {match.group('things')} with"
        f" {match.group('list')}"
    )


def record_per_each(sentence: str) -> str:
    """``at each lesson we keep an attendance record per student saying whether they came``:
    *an attendance record for each student with whether they came*; ``every class meets as a
    series of lessons, each on a date``: *every class has several lessons, each with a date*;
    ``each show has a running order of slots - a slot is one comedian doing a set``: *each
    show has several slots - each slot has one comedian*; ``each member lists the skills they
    can offer``: *each member has several skills*; ``each order has lines, each with a
    quantity``: *has several lines, each with ...*."""
    sentence = _RECORD_PER.sub(r"\g<record> for each \g<each> with ", sentence)
    sentence = _SERIES_OF.sub(r"has several \g<things>", sentence)
    sentence = _RUNS_IN.sub(_runs_in, sentence)
    sentence = _ORDER_OF.sub(r"\g<has> several \g<things>", sentence)
    sentence = _HAS_THINGS_EACH.sub(r"\g<has> several ", sentence)
    # "can cover several items": can have them, the verb in the form it was said in
    sentence = _COVERS_MANY_EACH.sub(
        lambda m: "has several " if m["verb"].endswith("s") else "have several ", sentence
    )
    sentence = _LIST_OF_EACH.sub(r"\g<has> several \g<things>, each with ", sentence)
    sentence = _IS_ONE_DOING.sub(r"each \g<thing> has one \g<who>", sentence)
    lists = _LISTS_THE_THINGS.search(sentence)
    if lists and can_be_verb(lists.group("act")):
        several = f"{lists.group('who')} has several {lists.group('things')}"
        sentence = f"{sentence[: lists.start()]}{several}{sentence[lists.end() :]}"
    return _EACH_ON_A_DATE.sub(r"\g<things>, each with \g<when>", sentence)


_TRACK_WHEN_DONE = re.compile(
    r"^(?:we|i)\s+(?:also\s+)?(?:keep\s+track\s+of|track|record|note|log|keep\s+a\s+note\s+of)\s+"
    rf"when\s+(?:each|every|the|a|an)\s+(?P<record>{NOUN_PATTERN})\s+(?:was|is|were|are|gets|got)\s+"
    r"(?P<last>(?:last|first|next)\s+)?(?P<done>[a-z]+ed)$"
)


def track_when_done(sentence: str) -> str:
    """``we keep track of when each plot was last inspected``: *each plot has the date it
    was last inspected*; when something was done to a record is one of its dates."""

    return per_match(
        sentence,
        _TRACK_WHEN_DONE,
        lambda m: [f"each {m['record']} has the date it was {m['last'] or ''}{m['done']}"],
    )


_GETS_A_RECORD = re.compile(
    r"^(?:(?P<lead>.+?),\s+and\s+)?(?:every|each)\s+(?P<who>[a-z][\w\-]*)\s+(?:who|that)\s+"
    r"(?:[a-z]+\s+){1,3}?gets\s+(?:a|an|one)\s+(?P<record>[a-z][\w\-]*)\s+(?:for|in|on|from)\s+"
    r"(?:that|the|each|every|their|this)\s+(?P<what>[a-z][\w\-]*)\s+"
    r"(?:showing|with|recording|listing|giving)\s+(?P<list>.+)$"
)


_GETS_ITS_RECORD = re.compile(
    r"^(?:a|an|each|every)\s+(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:gets|is\s+given)\s+"
    r"(?:a|an|its\s+own)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+for\s+(?:one|a|an)\s+(?P<kind>[a-z][\w\-]*)\s*(?P<values>\([^()]*\))|"
    # "every shareholder gets a payment against that dividend with ...": the one it is against
    r"\s+(?:against|for|from|towards?)\s+(?:that|this|the|each)\s+(?P<what>[a-z][\w\-]*))?\s+with\s+"
    r"(?P<list>(?:a|an|the|its|what|how|when|whether|my|our)\s+[^;]+?)"
    r"(?:,\s+and\s+(?P<rest>(?:the|it|then)\s+.*))?$"
)


def _gets_its_record(match: re.Match[str]) -> list[str]:
    """``a site gets a treatment plan for one species (knotweed, bamboo) with a start date
    and a price, and the plan moves ...``: *each treatment plan belongs to one site; each
    treatment plan has a species (knotweed, bamboo), a start date and a price; ...*; *every
    shareholder gets a payment against that dividend with ...*: the payment's dividend too."""
    record = match.group("record")
    kind = f"a {match.group('kind')} {match.group('values')}, " if match.group("kind") else ""
    rest = [match.group("rest")] if match.group("rest") else []
    against = [f"each {record} belongs to one {match['what']}"] if match["what"] else []
    owner = match.group("owner")
    # "each night gets a closing record": a record kept each night, and a night no record
    owned = [] if owner in TIME_WORDS else [f"each {record} belongs to one {owner}"]
    return [
        *owned,
        *against,
        f"each {record} has {kind}{match.group('list')}",
        *rest,
    ]


def gets_a_record(sentence: str) -> str:
    """``every driver who takes part gets a result for that session showing their best lap
    and their finishing position``: *each result belongs to one driver; ... to one session;
    each result has their best lap and ...*, the record each one gets and what it shows."""

    def plain(clause: str) -> list[str]:
        its_own = _GETS_ITS_RECORD.match(clause)
        if its_own is not None and can_be_noun(its_own.group("record").split()[-1]):
            return _gets_its_record(its_own)
        match = _GETS_A_RECORD.match(clause)
        if match is None or not can_be_noun(match.group("record")):
            return [clause]
        record, who, what = match.group("record"), match.group("who"), match.group("what")
        found = [
            f"each {record} belongs to one {who}",
            f"each {record} belongs to one {what}",
            f"each {record} has {match.group('list')}",
        ]
        return ([match.group("lead")] if match.group("lead") else []) + found

    return per_clause(sentence, plain)


_ACT_AND_FILL_IN = re.compile(
    r"^(?:our\s+|the\s+)?(?P<people>[a-z][\w\-]*s)\s+(?P<verb>[a-z]+)\s+(?P<things>[a-z][\w\-]*s)\s+"
    r"and\s+(?:fill\s+in|fill\s+out|record|note|log|write\s+down|jot\s+down)\s+(?P<list>[^;]+)$"
)


def act_and_fill_in(sentence: str) -> str:
    """``our technicians visit pools and fill in the date, the chlorine reading, ...``: *each
    visit belongs to one technician; ... to one pool; each visit has the date, ...*, the act
    named as the record its list describes."""

    def plain(clause: str) -> list[str]:
        match = _ACT_AND_FILL_IN.match(clause)
        if match is None:
            return [clause]
        people, verb, things = match.group("people"), match.group("verb"), match.group("things")
        if verb_lemma(verb) != verb or not can_be_verb(verb):
            return [clause]
        # "visit" is its own act's noun; "borrow" is a borrowing
        act = verb if "NOUN" in parts_of_speech(verb) else act_noun(verb)
        listed = match.group("list")
        if act is None or not (is_plural(people) and is_plural(things)) or "," not in listed:
            return [clause]
        return [
            f"each {act} belongs to one {singular(people)}",
            f"each {act} belongs to one {singular(things)}",
            f"each {act} has {match.group('list')}",
        ]

    return per_clause(sentence, plain)


_KEPT_EACH_TIME = re.compile(
    r"^(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<verb>takes?|records?|logs?|keeps?|opens?|makes?)\s+"
    r"(?:an?\s+)?(?P<record>[a-z][\w\-]*)\s+(?:(?:every|each)\s+(?:day|time)|whenever)\s+"
    r"(?:a|an|the)\s+(?P<whose>[a-z][\w\-]*)\s+(?P<act>[a-z]+s)(?:\s+(?:in|back|round|over|by))?"
    r"\s*,\s*(?P<rest>.+)$"
)


def kept_each_time(sentence: str) -> str:
    """``staff take attendance every day a member comes in, noting the date``: *staff take an
    attendance, noting the date; each attendance is for one member*, one record each time
    someone acts, and whose it is."""

    def plain(clause: str) -> list[str]:
        match = _KEPT_EACH_TIME.match(clause)
        if match is None or not can_be_noun(match.group("record")):
            return [clause]
        record, whose = match.group("record"), match.group("whose")
        if verb_lemma(match.group("act")) in (None, match.group("act")) or not can_be_noun(whose):
            return [clause]
        article = "an" if record[0] in "aeiou" else "a"
        return [
            f"{match.group('who')} {match.group('verb')} {article} {record}, {match.group('rest')}",
            f"each {record} is for one {whose}",
        ]

    return per_clause(sentence, plain)
