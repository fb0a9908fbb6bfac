"""Records someone raises, sends or marks: *when a customer rings with a problem we raise a
callout*, *i send one of my shoppers to a store on a visit*, *a coordinator ticks it as
approved*, *work is raised as a job against a boat*.

Each is rewritten into the record raised, what it belongs to and its fields.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.clause_rewrites import per_clause, per_statement
from appwright.design.offline.owner_people import ANTECEDENT, VALUE_NOUNS
from appwright.design.offline.word_classes import PREPOSITIONS, words
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    can_name_records,
    is_adverb,
    is_plural,
    singular,
    verb_lemma,
)

_ASK_WITH_ONE_THAT = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)\s+(?P<act>[a-z]+\s(?:[^;,]*?\s)?)with\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:that|which)\s+(?P<verb>[a-z]+s)\s+"
    r"(?P<rest>[^;]+)$"
)


def ask_with_one_that(sentence: str) -> str:
    """``clients ask for boxes back with a retrieval request that covers one or more boxes,
    has a requested date ...``: *clients ask for boxes back; each retrieval request belongs to
    one client; each retrieval request covers ...*, a record the people make, told in a
    relative clause of its own."""

    def plain(clause: str) -> list[str]:
        match = _ASK_WITH_ONE_THAT.match(clause)
        if match is None:
            return [clause]
        who, record, verb = match.group("who"), match.group("record"), match.group("verb")
        if not (is_plural(who) and can_be_noun(record.split()[-1])) or verb_lemma(verb) in (
            None,
            verb,
        ):
            return [clause]
        return [
            f"{who} {match.group('act').strip()}",
            f"each {record} belongs to one {singular(who)}",
            f"each {record} {verb} {match.group('rest')}",
        ]

    return per_clause(sentence, plain)


_WHEN_ACTING_CHOOSE = re.compile(
    r"^when\s+(?P<act>[a-z]+ing)\s+(?:they|customers|people|clients|guests|you)\s+"
    r"(?:choose|pick|select)\s+(?:one\s+of\s+our\s+|one\s+of\s+the\s+|a\s+|an\s+|one\s+)"
    r"(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:,\s+each\s+with\s+(?P<list>.+))?$"
)


def when_acting_choose(sentence: str) -> str:
    """``when booking they choose one of our wash packages, each with a name``: *each wash
    package has a name; each booking has one wash package*."""

    def plain(clause: str) -> list[str]:
        match = _WHEN_ACTING_CHOOSE.match(clause)
        act = act_or_irregular_noun(verb_lemma(match.group("act")) or "") if match else None
        if match is None or not act:
            return [clause]
        *before, last = match.group("things").split()
        thing = " ".join([*before, singular(last)])
        # the chosen things first: then "one wash package" names them, not a role of packages
        made = [f"each {thing} has {match.group('list')}"] if match.group("list") else []
        return [*made, f"each {act} has one {thing}"]

    return per_clause(sentence, plain)


_MARKS_IT_AS = re.compile(
    r"(?:,\s+(?:and\s+)?|;\s+|\s+and\s+|^)(?:(?:a|an|the|our|one)\s+)?(?P<who>[a-z][\w\-]*|i|we)\s+"
    r"(?:then\s+)?(?:ticks|tick|marks|mark|flags|flag|signs|sign)\s+it\s+(?:off\s+)?(?:as\s+)?"
    r"(?P<state>[a-z]+ed|paid|done|seen|ok)(?:\s+(?:when|once|after)\s+[^,;]+)?\s*$"
)


def marks_it_as(sentence: str) -> str:
    """``the pharmacist sends a timesheet with hours, and a coordinator ticks it as approved``:
    *...; the timesheet has approved (yes/no)*; what one ticks a record as is a yes/no of the
    record named before, not a tie to whoever ticks."""
    match = _MARKS_IT_AS.search(sentence)
    if match is None or match.start() == 0:
        return sentence
    before = sentence[: match.start()]
    named = [
        m.group("noun")
        for m in ANTECEDENT.finditer(before)
        if m.group("noun") not in VALUE_NOUNS
        and can_be_noun(m.group("noun"))
        # "a due date": *due* only modifies the value after it
        and words(before[m.end() :])[:1] not in [[value] for value in VALUE_NOUNS]
    ]
    if not named:
        return sentence
    return f"{before}; the {named[-1]} has {match['state']} (yes/no)"


_WHEN_THEN_WE = re.compile(
    r"^(?P<when>(?:when|whenever|once(?!\s+(?:a|an|per|each|every)\s+[a-z]+\s+(?:we|i)\s)|if|each time"
    # ("when a customer rings to say we did not empty their bin": what they say, no act of ours)
    r"|every time)\s+(?!i\b|we\b)[^,;]+?)(?<!\bsay)(?<!\bsaying)(?<!\bthat)\s+(?P<we>we|i)\s+(?P<verb>[a-z]+)\b"
)
"""*when a customer rings with a problem we raise ...*: the condition, then the act (*once a
month we test each pager* says how often, no condition)."""


_ONE_ACT_OR_ANOTHER = re.compile(
    r"^(?:when|whenever|each time|every time)\s+(?:a|an|any|each|every|one)\s+[a-z][\w\-]*\s+"
    r"(?P<first>[a-z]+s)\s+or\s+(?P<second>[a-z]+s)\b"
)
"""*every time a horse arrives or leaves*: a record acting one way or the other."""


_WHEN_THEN_HEADER = re.compile(
    r"^(?:when|whenever|each time|every time|once)\s+[^:;]+?,?\s+"
    # "..., whoever picks it up logs a complaint: ...": whoever it is, one of us
    r"(?:(?:someone|somebody|whoever\s+[a-z]+(?:\s+(?:it|them))?(?:\s+up)?)\s+(?=[a-z]+s\s)"
    r"|(?=(?:we|i)\s))"
    r"(?P<header>(?:(?:we|i)\s+)?(?:log|record|note|keep|write\s+down|fill\s+in|open|make|create|add)s?\s+"
    r"(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*:.*)$"
)


def when_then_we(sentence: str) -> str:
    """``when a customer rings with a problem we raise a callout ...``: the comma an owner
    leaves out, so the clause that makes the record is read as a clause of its own and the
    condition's *with* is not taken for its field list. ``whenever someone helps someone else
    we log an exchange: the date, ...``: the header alone; the record's list says who. So is
    each statement after a semicolon (*...; if the customer caused it we tick it ...*)."""
    return per_statement(sentence, _when_then_we)


def _when_then_we(sentence: str) -> str:
    header = _WHEN_THEN_HEADER.match(sentence)
    if header:
        told = header.group("header")
        # "logs a complaint: ...": said as ours, as the record readers know it
        return (
            told if re.match(r"(?:we|i)\s", told) else "we " + re.sub(r"^([a-z]+?)s\b", r"\1", told)
        )
    either = _ONE_ACT_OR_ANOTHER.match(sentence)
    if either and can_be_verb(either["first"]) and can_be_verb(either["second"]):
        # "every time a horse arrives or leaves we log a movement": either act, one record
        sentence = f"{sentence[: either.end('first')]}{sentence[either.end() :]}"
    match = _WHEN_THEN_WE.match(sentence)
    if match is None or not can_be_verb(match.group("verb")):
        return sentence
    return f"{match.group('when')}, {sentence[match.start('we') :]}"


_SOMEONE_COMES_TO_ACT_ON_ONE = re.compile(
    r"^when\s+(?:someone|somebody|anyone|a\s+person)\s+(?:comes|turns\s+up|calls\s+in|rings\s+up)\s+to\s+"
    r"[a-z]+\s+(?:a|an|their|the)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,?\s+(?:we|i)\s+"
    r"(?:log|record|note|enter|take|open)\s+(?:the|a|an)\s+(?P<record>[a-z][\w\-]*)\s+with\s+(?P<listed>[^;]+)$"
)


def someone_comes_to_act_on_one(sentence: str) -> str:
    """``when someone comes to claim an item we log the claim with their name, ...``: *each
    claim is for one item, with their name, ...*; who comes is told by the list, the record
    is the act on the one they come for."""

    def for_one(part: str) -> str:
        match = _SOMEONE_COMES_TO_ACT_ON_ONE.match(part)
        if match is None or not can_name_records(match["record"], match["one"].split()[-1]):
            return part
        return f"each {match['record']} is for one {match['one']}, with {match['listed']}"

    return per_statement(sentence, for_one)


_SENT_ON = re.compile(
    r"^(?:then\s+|so\s+|and\s+)?(?:i|we)\s+(?:send|assign|dispatch|allocate|put)\s+"
    r"(?:one\s+of\s+(?:my|our|the)\s+|a\s+|an\s+|one\s+)(?P<who>[a-z][\w\-]*)\s+"
    r"(?:to|at|into)\s+(?:a|an|one|the|each|every)\s+(?P<where>[a-z][\w\-]*)\s+(?:on|for)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*)(?:\s*,?\s+using\s+(?:one\s+of\s+)?(?:(?:that|the|their|our|its)\s+"
    r"(?:[a-z][\w\-]*'s\s+)?|a\s+|an\s+)(?P<used>[a-z][\w\-]*))?$"
)


_SENT_ON_FOR = re.compile(
    r"^(?:when\s+[^,;]+,\s+)?(?:i|we)\s+send\s+(?:out\s+)?(?:one\s+of\s+(?:my|our|the)\s+|a\s+|an\s+)"
    r"(?P<who>[a-z][\w\-]*)\s+(?:out\s+)?on\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+(?:for|to)\s+"
    r"(?:that|the|a|an|each|every|one)\s+(?P<where>[a-z][\w\-]*)(?:\s*,?\s+with\s+(?P<list>.+))?$"
)
"""The errand first: *when an alarm goes off we send one of our officers on a callout for that
site, with ...*."""


def sent_on_record(sentence: str) -> str:
    """``then i send one of my shoppers to a store on a visit using one of that client's
    questionnaires``: *each visit belongs to one shopper; ... to one store; each visit uses one
    questionnaire*, the record the sending makes and what it is for; ``we send one of our
    officers on a callout for that site, with the outcome`` also keeps the errand's list. Last
    of the rewrites, so *, recording ...* has become *with ...*."""

    def plain(clause: str) -> list[str]:
        match = _SENT_ON.match(clause) or _SENT_ON_FOR.match(clause)
        record = match.group("record") if match else ""
        if (
            match is None
            or not can_be_noun(record)
            or record in TIME_WORDS
            or record.endswith("day")
        ):
            return [clause]  # "we send a letter to a customer on a monday": when, no record
        found = [
            f"each {record} belongs to one {singular(match.group('who'))}",
            f"each {record} belongs to one {singular(match.group('where'))}",
        ]
        groups = match.groupdict()
        if groups.get("used"):
            found.append(f"each {record} uses one {singular(groups['used'])}")
        if groups.get("list"):
            found.append(f"each {record} has {groups['list']}")
        return found

    return per_clause(sentence, plain)


_RAISED_AS = re.compile(
    r"^(?:all\s+)?(?:work|everything|each\s+request|each\s+order|an\s+order|a\s+request|it)\s+"
    r"(?:is|gets)\s+(?:raised|logged|recorded|booked|opened|entered|taken)\s+as\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+(?:against|for|on)\s+(?:a|an|one|the)\s+(?P<owner>[a-z][\w\-]*)"
    r"\s*(?::|,\s*with)\s*(?P<list>.+)$"
)


def raised_as(sentence: str) -> str:
    """``work is raised as a job against a boat: a job type, a quoted price, ...``: *each job
    belongs to one boat; each job has a job type, ...*."""
    match = _RAISED_AS.match(sentence)
    if match is None or not can_be_noun(match.group("record")):
        return sentence
    record = match.group("record")
    return (
        f"each {record} belongs to one {match.group('owner')}; "
        f"each {record} has {match.group('list')}"
    )


_ONE = r"(?:one|a|an|the)\s+[a-z][\w\-]*"
_LOGGED_AS_ONE_FOR = re.compile(
    r"^(?:each|every|a|an)\s+(?P<thing>[a-z][\w\-]*)\s+(?:is|gets)\s+"
    r"(?:logged|recorded|booked|entered|kept)\s+as\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+"
    rf"(?:for|against)\s+(?P<one>{_ONE})(?:\s+and\s+(?P<other>{_ONE}))?\s*(?::|,\s*with)\s*"
    r"(?P<list>.+)$"
)


def logged_as_one_for(sentence: str) -> str:
    """``every drop gets logged as a delivery for one area and one driver, with the order
    number, ...``: *each delivery belongs to one area; each delivery belongs to one driver;
    each delivery has the order number, ...*; what it is logged as is the record."""
    match = _LOGGED_AS_ONE_FOR.match(sentence)
    if match is None or not can_be_noun(record := match["record"]) or record == match["thing"]:
        return sentence
    owners = [o.split()[-1] for o in (match["one"], match["other"]) if o]
    if not all(can_be_noun(o) for o in owners):
        return sentence
    said = [f"each {record} belongs to one {owner}" for owner in owners]
    return "; ".join([*said, f"each {record} has {match['list']}"])


_EACH_ACTS_THEN_LIST = re.compile(
    r"^(?:(?:then|and|so|now)\s+)?(?P<each>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>[a-z]+s)\s+(?P<how>[a-z]+)\b[^:;,]*:\s*(?P<list>[^:;]+)$"
)


def each_acts_then_list(sentence: str) -> str:
    """``then every job goes in on its own: the client, the event date``: *every job has the
    client, the event date*, the list after a header that says how each record is kept."""
    match = _EACH_ACTS_THEN_LIST.match(sentence)
    if match is None or verb_lemma(match.group("verb")) in (None, match.group("verb")):
        return sentence
    if match.group("verb") in ("has", "is", "does") or "," not in match.group("list"):
        return sentence
    how = match.group("how")
    if how not in PREPOSITIONS and how not in ("in", "down", "up", "out") and not is_adverb(how):
        return sentence  # "each quote lists window items: room, width": the items' list
    return f"{match.group('each')} has {match.group('list')}"


_THROUGH_RECORDS = re.compile(
    r"^(?:we|i)\s+(?:[a-z]+\s+)?(?P<verb>[a-z]+)\s+(?P<x>[a-z][\w\-]*s)\s+"
    r"(?:(?:forward|up|out|in|on|off)\s+)?(?:for|to|into|onto|on|with|against)\s+"
    r"(?P<y>[a-z][\w\-]*s)\s+(?:through|via|by way of|using|by means of)\s+(?P<z>[a-z][\w\-]*s)\b"
    r"(?:\s*,?\s*(?:which|that)\s+(?P<rest>.+))?$"
)


def through_records(sentence: str) -> str:
    """``we put performers forward for parts through submissions, which go from submitted to
    ...``: *each submission is for one performer and one part; submissions go from ...*, the
    records the act is done through, each tying one of either side."""

    def plain(clause: str) -> list[str]:
        match = _THROUGH_RECORDS.match(clause)
        if match is None or not can_be_verb(match.group("verb")):
            return [clause]
        x, y, z = (match.group(g) for g in ("x", "y", "z"))
        if not all(is_plural(w) for w in (x, y, z)):
            return [clause]
        tied = f"each {singular(z)} is for one {singular(x)} and one {singular(y)}"
        rest = match.group("rest")
        return [tied, f"{z} {rest}"] if rest else [tied]

    return per_clause(sentence, plain)
