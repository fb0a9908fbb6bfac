"""Links between records in an owner's words: *a fixture is played by one of our teams*, *a test
booking ties a vehicle to one of our testers*, *every new citizen is booked onto one ceremony*,
*the same skill is shared by many performers*.

Each is rewritten into *belongs to*, *has several* or *many ... many* clauses.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause, per_match
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.one_of_each import belongs_to_clauses
from appwright.design.offline.phrase_patterns import NOUN_PATTERN, WE_KEEP_VERBS
from appwright.design.offline.word_forms import can_be_verb, is_plural, plural, singular

_FOR_A_TIME_IN = re.compile(
    r"^(?:each|every|a|an|the)\s+(?P<thing>[a-z][\w\-]*)\s+is\s+for\s+"
    r"(?P<when>(?:a|an|one)\s+(?:[a-z]+\s+)?(?:time|date|day|slot))\s+(?:in|at|on|with)\s+"
    r"(?:a\s+specific\s+|a\s+particular\s+|one\s+of\s+our\s+|a\s+|an\s+|one\s+)(?P<place>[a-z][\w\-]*)$"
)


def for_a_time_in(sentence: str) -> str:
    """``the booking is for a start time in a specific bay``: *each booking has a start time;
    each booking belongs to a bay*, when it is and the one place it is in."""

    def plain(clause: str) -> list[str]:
        match = _FOR_A_TIME_IN.match(clause)
        if match is None:
            return [clause]
        thing, place = match.group("thing"), singular(match.group("place"))
        return [f"each {thing} has {match.group('when')}", f"each {thing} belongs to a {place}"]

    return per_clause(sentence, plain)


_DONE_BY_WITH_PLACES = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+"
    r"(?:(?P<first>(?:is|are)\s+for\s+(?:a|an|one)\s+[a-z][\w\-]*)\s+and\s+)?"
    r"(?P<done>(?:is|are)\s+[a-z]+\s+by\s+"
    r"(?:one\s+of\s+(?:our|the|their)\s+[a-z][\w\-]*s|(?:a|an|one)\s+[a-z][\w\-]*))"
    r"(?P<phrases>(?:\s+(?:against|on|at|in|for|with|from)\s+(?:a|an)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?){2,})"
    r"(?:,\s+either\s+(?P<one>[a-z][\w\-]*)\s+or\s+(?P<other>[a-z][\w\-]*))?"
    r"(?:,\s+and\s+(?P<rest>(?:we|i)\s+.+))?$"
)


_PLACE_PHRASE = re.compile(
    r"\s+(?:against|on|at|in|for|with|from)\s+(?P<what>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?=\s+(?:against|on|at|in|for|with|from)\s|$)"
)


def done_by_with_places(sentence: str) -> str:
    """``a fixture is played by one of our teams against an opponent on a date, either home
    or away``: *a fixture is played by one of our teams; a fixture has an opponent, a date and
    a home-or-away (home or away)*; the phrases after who does it say what the record holds.
    So ``every visit is for one patient and is done by one of our chiropodists on a visit date
    for a fee``, after whom the visit is for."""

    def plain(match: re.Match[str]) -> list[str] | None:
        held = [m["what"] for m in _PLACE_PHRASE.finditer(match["phrases"])]
        if len(held) < 2:
            return None
        if match["one"]:
            one, other = match["one"], match["other"]
            held.append(f"a {one}-or-{other} ({one} or {other})")
        rest = [match["rest"]] if match["rest"] else []
        listed = f"{', '.join(held[:-1])} and {held[-1]}"
        subject = match["subject"]
        # "every visit is for one patient and is done by ...": whom it is for comes first
        first = [f"{subject} {match['first']}"] if match["first"] else []
        return [*first, f"{subject} {match['done']}", f"{subject} has {listed}", *rest]

    return per_match(sentence, _DONE_BY_WITH_PLACES, plain)


_BELONGS_TO_ONE_WITH = re.compile(
    r"^(?P<link>(?:(?:and|so)\s+)?(?:each|every|a|an)\s+[a-z][\w\-]*\s+"
    # a first predicate before it (*has a registration, and belongs to ...*), as the parse sees
    r"(?P<first>[^;]*?,?\s+and\s+)?(?:belongs\s+to|is\s+in|is\s+part\s+of)"
    # two words for the whole (*an owning company*, *a parent club*), *with* never one of them
    r"\s+(?:a|an|one)\s+(?P<whole>[a-z][\w\-]*(?:\s+(?!with\b)[a-z][\w\-]*)?))\s+with\s+"
    r"(?P<list>(?:a|an|its|their)\s+[^;]+)$"
)


_ITS_NAME = re.compile(
    r"(?:^|,\s*|\band\s+)(?:(?:a|an|the|their|its)\s+)?(?:full\s+|company\s+|business\s+|trading\s+)?"
    r"(?:name|title)\b"
)
"""*a name*, *a company name*, *the title*: what the one belonged to is called (not *a field
name*, which names where the record is)."""


def belongs_to_one_with(sentence: str) -> str:
    """``every player belongs to a team with a name and a coach``: *...; each team has a name
    and a coach*; a list naming what it is called describes the one it belongs to (``every
    vessel belongs to an owning company with a name and a billing email`` alike)."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if not _ITS_NAME.search(match["list"]):
            return None  # "a field name, a length ...": what names a part of the one, its own
        if match["list"].startswith("its ") and match["first"] is None:
            # "each pet belongs to an owner with its name, species ...": the pet's own
            subject = re.sub(r"\s+(?:belongs\s+to|is\s+in|is\s+part\s+of)\s.*$", "", match["link"])
            return [match["link"], f"{subject} has {match['list']}"]
        if match["list"].startswith("its "):
            return None
        return [match["link"], f"each {match['whole']} has {match['list']}"]

    return per_match(sentence, _BELONGS_TO_ONE_WITH, plain)


_PUTS_ONE_IN_A = re.compile(
    r"^(?P<act>(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+"
    # the act is one predicate: *..., is scheduled for ... and ends with a result (...)* is
    # another one's (the record's own ending, read by *ends with a choice*)
    r"(?:puts|places|assigns|sends|pairs|matches|links|seats|books)\s+(?:one|a|an)\s+[^,;]+?)"
    r"\s+(?:in|at|as|with|on)\s+(?P<field>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*"
    r"\([^()]*\bor\b[^()]*\))$"
)


def puts_one_in_a(sentence: str) -> str:
    """``an assignment puts one umpire on one game in a position (plate or base)``: *...; an
    assignment has a position (plate or base)*; the record pairing two others holds the
    valued way it pairs them."""
    return per_match(
        sentence, _PUTS_ONE_IN_A, lambda m: [m["act"], f"{m['subject']} has {m['field']}"]
    )


_TIES_ONE_TO_ANOTHER = re.compile(
    # "parents rank schools, so every preference joins ...": the tie is a clause of its own
    r"^(?:(?P<lead>[^;,]+?),\s+so\s+)?"
    rf"(?P<subject>(?:a|an|each|every|the)\s+(?:[a-z][\w\-]*\s+)?{NOUN_PATTERN})\s+"
    r"(?:ties|links|joins|connects|matches|pairs|puts|places)\s+"
    rf"(?:a|an|one|the)\s+(?P<one>{NOUN_PATTERN})\s+(?:to|with|in|into|at)\s+"
    rf"(?:one\s+of\s+(?:our|the|its|their)\s+|a\s+|an\s+|one\s+)(?P<other>{NOUN_PATTERN})"
    r"(?:,?\s+(?:with|and\s+(?:holds|has|records|keeps|carries|stores|notes))\s+"
    r"(?P<list>(?:a|an|the|its|their)\s.+))?$"
)
"""*The rental ties an aircraft to a bay, with a deposit*: the tie's list may follow a comma, or
its verb (*each entry ties a child to a school and holds their position ...*)."""


def ties_one_to_another(sentence: str) -> str:
    """``a test booking ties a vehicle to one of our testers``: *each test booking belongs to
    one vehicle; each test booking belongs to one tester*; what ties two records holds one of
    each, and *... to one seat with a start date and the deposit paid* is the tie's list."""

    def tied(match: re.Match[str]) -> list[str]:
        subject = strip_determiners(match["subject"])
        other = match["other"]
        other = singular(other) if is_plural(other.split()[-1]) else other
        listed = [f"each {subject} has {match['list']}"] if match["list"] else []
        lead = [match["lead"]] if match["lead"] else []
        return [*lead, *belongs_to_clauses(subject, match["one"], other), *listed]

    return per_match(sentence, _TIES_ONE_TO_ANOTHER, tied)


_BOOKED_ONTO_ONE = re.compile(
    r"\b(?:is|are|gets|get)\s+(?:booked|assigned|allocated|put|placed|enrolled|registered)\s+"
    r"(?:on|onto|into|in|for|to)\s+(?=(?:one|exactly\s+one)\s+(?!of\b)[a-z])"
)


_EACH_NEW = re.compile(r"\b(?P<each>each|every)\s+new\s+(?=[a-z][\w\-]*\b)")


_EACH_HELD = re.compile(
    r",\s*each\s+(?:held|run|taking\s+place|happening)\s+(?:on|at|in)\s+(?P<a>(?:a|an|the)\s+[a-z]+)"
    r"\s+(?:at|in|on)\s+(?P<b>(?:a|an|the)\s+[a-z]+)(?:\s+with\s+(?P<rest>[^;]+))?"
)


def booked_onto_one(sentence: str) -> str:
    """``every new citizen is booked onto one ceremony``: *every citizen belongs to one
    ceremony*; ``ceremonies, each held on a date at a venue with a maximum``: *ceremonies, each
    with a date, a venue and a maximum*."""
    sentence = _EACH_NEW.sub(r"\g<each> ", sentence)
    sentence = _BOOKED_ONTO_ONE.sub("belongs to ", sentence)

    def held(match: re.Match[str]) -> str:
        rest = match.group("rest")
        said = f"{match.group('a')}, {match.group('b')}" if rest else match.group("a")
        last = f" and {rest}" if rest else f" and {match.group('b')}"
        return f", each with {said}{last}"

    return _EACH_HELD.sub(held, sentence)


_THEN_THEIRS = re.compile(
    r"^(?P<first>(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:belongs|is|has|gets|goes)\b[^;]+);\s*"
    rf"(?:we|i)\s+(?:only\s+|just\s+|also\s+)?(?:{WE_KEEP_VERBS})\s+(?:their|its|his|her)\s+(?P<list>.+)$"
)


_THE_BODY_RUNS = re.compile(
    r"^the\s+(?:[a-z][\w\-]*\s+)?(?:office|council|club|society|trust|charity|service|team|"
    r"department|library|museum|hospital|school)\s+(?:runs|holds|organises|organizes|hosts|puts on)\s+"
)


def then_theirs(sentence: str) -> str:
    """``every citizen belongs to one ceremony; we take their full name, ...``: *...; each
    citizen has full name, ...*, *their* the subject said just before, not its ceremony; and
    ``the register office runs ceremonies``: *we run ceremonies*, the writer's own body."""
    sentence = _THE_BODY_RUNS.sub("we run ", sentence)
    match = _THEN_THEIRS.match(sentence)
    if match is None or is_plural(match.group("one")):
        return sentence
    return f"{match.group('first')}; each {match.group('one')} has {match.group('list')}"


_EACH_WE_VERB = re.compile(
    r"\b(?P<head>(?:each|every)\s+[a-z][\w\-]*)\s+(?:we|i|they)\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:after|in|on|for|up|out|over|with))?\s+(?=(?:belongs|has|is|comes|gets|goes)\b)"
)


_PRODUCES_A = re.compile(
    r"\b(?:the|each|every)\s+(?:finished|completed|closed|done)\s+(?P<job>[a-z][\w\-]*)\s+"
    r"(?:produces|generates|results in|ends with|gives)\s+(?:a|an|one)\s+(?P<made>[a-z][\w\-]*)\s+with\s+"
)


_OPEN_RECORDING = re.compile(
    r"\b(?P<open>(?:we|i)\s+(?:open|start|create|raise|log)\s+(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+(?:recording|noting|listing|showing|holding)\s+"
)


def each_we_look_after(sentence: str) -> str:
    """``each instrument we look after belongs to a customer``: *each instrument belongs to a
    customer*; ``we open a calibration job recording the date received``: *... with the date
    received*; ``the finished job produces a certificate with ...``: *each certificate belongs
    to one job and has ...*."""

    def plain(match: re.Match[str]) -> str:
        verb = match.group("verb")
        return f"{match.group('head')} " if can_be_verb(verb) else match.group(0)

    sentence = _EACH_WE_VERB.sub(plain, sentence)
    sentence = _OPEN_RECORDING.sub(lambda m: f"{m.group('open')} with ", sentence)
    return _PRODUCES_A.sub(
        lambda m: f"each {m.group('made')} belongs to one {m.group('job')} and has ", sentence
    )


_SHARED_BY_MANY = re.compile(
    r"(?:^|,\s*(?:and\s+)?|\band\s+)the\s+same\s+(?P<one>[a-z][\w\-]*)\s+(?:is|can be|may be|gets|is often)\s+"
    r"(?:shared\s+(?:by|between|among)|held\s+by|had\s+by)\s+(?:many|several|lots of|multiple|different)\s+"
    r"(?P<many>[a-z][\w\-]*s)\s*$"
)


def shared_by_many(sentence: str) -> str:
    """``performers have skills, and the same skill is shared by many performers``: *each skill
    has many performers and each performer has many skills*, both sides said the way the
    many-to-many readers know."""
    match = _SHARED_BY_MANY.search(sentence)
    if match is None or not is_plural(match.group("many")):
        return sentence
    one, many = match.group("one"), match.group("many")
    both = f"each {one} has many {many} and each {singular(many)} has many {plural(one)}"
    before = sentence[: match.start()].rstrip(" ,")
    return f"{before}; {both}" if before else both


_NOT_TIED = re.compile(
    r"^[a-z][\w\- ]*?\s+(?:are|is)\s+not\s+(?:tied|linked|attached|limited|restricted|fixed|bound)\s+"
    r"to\s+(?:one|a|an|a\s+single|just\s+one)\s+[a-z][\w\-]*(?:\s+\([^()]*\))?\s*,?\s*(?:so\s+|and\s+)?"
)


def without_denied_tie(sentence: str) -> str:
    """``members are not tied to one team, so any member can be in several teams``: *any
    member can be in several teams*; what a record is not tied to links nothing."""
    return _NOT_TIED.sub("", sentence, count=1)


_MANY_OF_THE_OTHER = re.compile(
    r"\b(?P<a>(?:a|an|each|every|one)\s+(?P<one>[a-z][\w\-]*))\s+(?:has|have|gets|can\s+have)\s+"
    r"(?P<much>many|several|lots\s+of|multiple)\s+(?P<role>[a-z][\w\-]*s)\s*,?\s+and\s+"
    r"(?P<b>(?:each|every|a|an|one)\s+(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))\s+"
    r"(?P<act>[a-z]+s\s+(?:(?:to|in|at|on|into|for)\s+)?(?:many|several|lots\s+of|multiple)\s+)"
    r"(?P<ones>[a-z][\w\-]*s)\b"
)


def many_of_the_other(sentence: str) -> str:
    """``a session has many attendees and each young person comes to many sessions``: the
    attendees are the young people, named by the part they play (*a session has many young
    people*), so both sides speak of the same two records."""

    def plain(match: re.Match[str]) -> str:
        one, other = match.group("one"), match.group("other").split()
        if singular(match.group("ones")) != one or singular(match.group("role")) == other[-1]:
            return match.group(0)
        others = " ".join([*other[:-1], "people" if other[-1] == "person" else plural(other[-1])])
        return (
            f"{match.group('a')} has {match.group('much')} {others} and {match.group('b')}"
            f" {match.group('act')}{match.group('ones')}"
        )

    return _MANY_OF_THE_OTHER.sub(plain, sentence)
