"""Words that name nothing a record keeps, written plainly before the readers see them.

*from a start time to an end time* is two fields, *two or three mentors* is several, *can end
up helping* is *can help*, *one particular lens* is *one lens*, *a list of customers, a name,
...* lists theirs, *a type like suit, dress or shirt* has those values, *for alterations the tailor notes ...*
is what we note, *rehearsals happen on a date at a venue* have both, *a quote covers one property* is
for it, *a customer gets one quote with ...* is each customer's, *per school I need ...* groups what follows, *one rig and one crew per job* is each job's, *the name and phone of the finder who brought it* are the finder's, *a job where I write down the title* has it, *roughly what year* is the year, *each bay is numbered* has a
number, *our community garden's bays* are ours, *a status, which usually goes ...* is a flow of
its own, *or, if bugs turn up again, to retreat* and *the depositor who gave it to us* lose
their asides, *a match can be ended at any stage* is one more end, and the round that read
batches 50 to 52 added the rest of this module (a batch made of a blend, *it's got* after a
comma, *assigned to a barber* after a list, *for every sale day there's a gate count*, *within
a show there are classes*, *whether it's set, sprung or lifted*, ...), and the round that read
batches 53 and 55 more (*a width and height in millimetres*, *on our fruit farm, crops ...*,
*which we set every morning*, *water temp log every morning:*, ...; the rewrites that name a
record from the way it is said are in `record_wording`, the steps of a flow told as acts in
`flow_wording`), and the round that read batch 60 more (*locomotives just need ...*, *a turn is a
day's duty on ...*, *carried out by inspectors (name, ...)*, *a set of duty posts*, *a target
date for getting back into traffic*, *most jobs have a few people on them*, *staff coming
along*, *sites are easy, just a name*, ...), each with its example. `simplify` runs them in its
order.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import names_a_doer
from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.draft import RECORD_HEADS
from appwright.design.offline.types import MEASURE_WORDS, UNIT_TYPES
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_past_participle,
    is_plural,
    plural,
    singular,
    singular_phrase,
    verb_lemma,
    with_article,
)

_FROM_ONE_TIME_TO_ANOTHER = re.compile(
    r",\s+from\s+(?:a|an|the|its|their)\s+(?P<start>[a-z]+\s+(?:time|date))\s+(?:to|until|till)\s+"
    r"(?:a|an|the|its|their)\s+(?P<end>[a-z]+\s+(?:time|date))\b"
)


def from_one_time_to_another(sentence: str) -> str:
    """``a member reserves one for a date, from a start time to an end time``: *..., with the
    start time and the end time*; the two ends of a span, said after the act, are two fields
    (*a shift puts a guard at a venue from a start time to an end time* is read as written)."""
    return _FROM_ONE_TIME_TO_ANOTHER.sub(r", with the \g<start> and the \g<end>", sentence)


_A_FEW_COUNTED = re.compile(
    r"\b(?:(?:one|two|three|four|five)\s+or\s+(?:two|three|four|five|six)|a\s+couple\s+of|"
    r"a\s+handful\s+of)\s+(?P<things>[a-z][\w\-]*)\b"
)


def a_few_as_several(sentence: str) -> str:
    """``a startup usually has two or three mentors``: *several mentors*; a rough count of
    records is many of them (not a field named *two*)."""

    def plain(match: re.Match[str]) -> str:
        things = match["things"]
        if not is_plural(things) or not can_be_noun(things) or things in FUNCTION_WORDS:
            return match[0]
        return f"several {things}"

    return _A_FEW_COUNTED.sub(plain, sentence)


_ONE_PARTICULAR = re.compile(r"\b(?P<det>one|a|an)\s+(?:particular|specific|certain)\s+(?=[a-z])")


def one_particular(sentence: str) -> str:
    """``a plan for one particular lens``: *a plan for one lens*; the word stresses that it is
    one, and names no kind of lens."""
    return _ONE_PARTICULAR.sub(r"\g<det> ", sentence)


_LIST_OF_THEM_COMMA = re.compile(
    r"\b(?P<list>a\s+list\s+of\s+(?:our\s+|the\s+|all\s+)?(?P<things>[a-z][\w\-]*)),\s+"
    r"(?:just\s+|only\s+)?(?=(?:a|an|their)\s+[^;]*\s+and\s)"
)


def list_of_them_then_details(sentence: str) -> str:
    """``i need a list of customers, just a name, their handle and an email``: *a list of
    customers: a name, ...*; what each one has, said after a comma."""
    return _LIST_OF_THEM_COMMA.sub(
        lambda m: f"{m['list']}: " if is_plural(m["things"]) else m[0], sentence
    )


_OPTION = r"(?!(?:the|a|an|our|their)\b)[a-z][\w\-]*(?:\s+(?!or\b)[a-z][\w\-]*)?"
_A_VALUE_LIKE = re.compile(
    r"\b(?P<np>(?:a|an|the|its|their)\s+[a-z][\w\-]*)\s+(?:like|such\s+as|e\.g\.|for\s+example)\s+"
    rf"(?P<options>(?:{_OPTION},\s+)+{_OPTION},?\s+or\s+{_OPTION})(?=\s*(?:,|;|$|\s+and\s))"
)


def value_like_these(sentence: str) -> str:
    """``every garment has a type like suit, dress or shirt, a colour ...``: *a type (suit,
    dress or shirt)*; the values one field takes, said as examples."""

    def plain(match: re.Match[str]) -> str:
        if is_plural(match["np"].split()[-1]):
            return match[0]  # "the tools like drills, saws or sanders": records
        return f"{match['np']} ({match['options']})"

    return _A_VALUE_LIKE.sub(plain, sentence)


_FOR_ONE_SOMEONE_NOTES = re.compile(
    r"^(?P<for>for\s+(?:each\s+|every\s+|an?\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),?\s+"
    r"(?:the|our|a|an)\s+(?P<who>[a-z][\w\-]*)\s+(?:also\s+)?"
    r"(?P<verb>notes|records|logs|writes\s+down|takes\s+down|enters|keeps)\s+(?=(?:the|a|an|their|its)\s)"
)


def for_one_someone_notes(sentence: str) -> str:
    """``for alterations the tailor notes the measurements and the price agreed``: *for
    alterations we note ...*; who writes it down keeps none of it."""
    match = _FOR_ONE_SOMEONE_NOTES.match(sentence)
    if match is None or not names_a_doer(match["who"]):
        return sentence
    verb = verb_lemma(match["verb"].split()[0]) or "note"
    rest = " ".join(match["verb"].split()[1:])
    return f"{match['for']} we {verb}{' ' + rest if rest else ''} {sentence[match.end() :]}"


_HAPPENS_ON_A_WHEN = re.compile(
    r"^(?:(?P<det>each|every|a|an)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:is|are|happens|happen|takes\s+place|take\s+place|(?:is|are)\s+(?:held|run))\s+"
    r"(?P<said>(?:on|at|in)\s+(?:a|an)\s+[a-z][\w\-]*(?:(?:\s*,\s*|\s+and\s+|\s+)(?:on|at|in)\s+"
    r"(?:a|an)\s+[a-z][\w\-]*)*)"
    r"(?P<with>\s+with\s+(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)?(?=,\s+and\s|$)"
)


def happens_on_a_when(sentence: str) -> str:
    """``rehearsals happen on a date at a venue``: *each rehearsal has a date and a venue*;
    where and when something happens, said with *a*, is written on it, and so is what it
    happens with (*... at a venue with a start time*)."""

    def plain(clause: str) -> list[str]:
        match = _HAPPENS_ON_A_WHEN.match(clause)
        if match is None:
            return [clause]
        head = match["np"].split()[-1]
        if match["det"] is None and not is_plural(head):
            return [clause]
        if match["np"].split()[0] in FUNCTION_WORDS:
            return [clause]
        said = re.findall(r"(?:a|an)\s+[a-z][\w\-]*", match["said"])
        if match["with"]:
            said.append(match["with"].strip().removeprefix("with "))  # "... with a start time"
        items = ", ".join(said[:-1]) + f" and {said[-1]}" if len(said) > 1 else said[0]
        record = singular_phrase(match["np"]) if is_plural(head) else match["np"]
        return [f"each {record} has {items}{clause[match.end() :]}"]

    return per_clause(sentence, plain)


_COVERS_ONE = re.compile(
    r"^(?P<record>(?:each|every|a|an)\s+[a-z][\w\-]*)\s+(?:covers|concerns)\s+"
    r"(?=one\s+[a-z][\w\-]*(?:\s+(?!and\b)[a-z][\w\-]*)?(?:\s+and\s|,|;|$))"
)


def covers_one(sentence: str) -> str:
    """``a quote covers one property and lists ...``: *a quote is for one property and ...*;
    the one record it is about, not a field named *one property*."""
    return _COVERS_ONE.sub(r"\g<record> is for ", sentence)


_A_ONE_GETS_ONE_WITH = re.compile(
    r"^(?:a|an)\s+(?P<rest>[a-z][\w\-]*\s+(?:gets|has|receives)\s+one\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"with\s)"
)


def a_one_gets_one_with(sentence: str) -> str:
    """``a customer gets one quote with a total``: *each customer ...*; any one of them does."""
    return _A_ONE_GETS_ONE_WITH.sub(r"each \g<rest>", sentence)


_END_UP_DOING = re.compile(r"\b(?:end|ends)\s+up\s+(?P<doing>[a-z]+ing)\b")


def end_up_doing(sentence: str) -> str:
    """``any mentor can end up helping several startups``: *can help several startups*."""

    def plain(match: re.Match[str]) -> str:
        lemma = verb_lemma(match["doing"])
        return match[0] if lemma is None or lemma == match["doing"] else lemma

    return _END_UP_DOING.sub(plain, sentence)


PER_ONE_FIRST = re.compile(
    r"^(?:and\s+|also\s+|so\s+|then\s+)?per\s+(?P<group>[a-z][\w\-]*),?\s+(?=(?:i|we)\s)"
)
"""``per school i need ...``: what each figure after it is grouped by (the reports read it too)."""
_ASKED = re.compile(r"(?:i|we)\s+(?:need|want|would\s+like|'d\s+like|like\s+to\s+see)\s")


def per_one_first(sentence: str) -> str:
    """``per school i need the total order value and how many orders came in``: *i need ...
    per school*; the figures asked for, which no record holds, with what they are grouped by
    where the readers of asked figures look for it."""
    opening = PER_ONE_FIRST.match(sentence)
    if opening is None or _ASKED.match(sentence, opening.end()) is None:
        return sentence
    return f"{sentence[opening.end() :]} per {opening['group']}"


_ONES_PER_EACH = re.compile(
    r"(?:^|(?<=;\s))one\s+(?P<ones>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?:,?\s+(?:and\s+)?one\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)*)"
    r"\s+per\s+(?P<each>[a-z][\w\-]*)(?=\s*(?:;|$))"
)


def ones_per_each(sentence: str) -> str:
    """``jobs: site address, price; one rig and one crew per job``: *each job has one rig and
    one crew*, a clause of its own after the list, as a note-taker writes it."""

    def each_has(match: re.Match[str]) -> str:
        ones = re.split(r",?\s+(?:and\s+)?one\s+", match["ones"])
        if not all(can_be_noun(one.split()[-1]) for one in ones):
            return match[0]
        if match.start() == 0 and len(ones) == 1:
            return match[0]  # "one advocate per referral." alone: its own reader makes both
        return f"each {match['each']} has one {match['ones']}"

    return _ONES_PER_EACH.sub(each_has, sentence)


_DETAILS_OF_THE_ONE_WHO = re.compile(
    r"\bthe\s+(?P<details>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:(?:,\s+|\s+and\s+)(?:the\s+|their\s+)?"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)+)\s+of\s+the\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?P<clause>(?:who|that)\s+[a-z][\w\-]*(?:\s+(?:in|it|them|us|off|back|over))+)(?=\s*(?:[,.;]|$))"
)


def details_of_the_one_who(sentence: str) -> str:
    """``we keep the name and phone number of the finder who brought it``: *the finder who
    brought it, and finders have name and phone number*; someone the record came by, kept
    as a record of their own with those details."""

    def their_record(match: re.Match[str]) -> str:
        who = match["who"]
        if not can_be_noun(who) or who in FUNCTION_WORDS:
            return match[0]
        return f"the {who} {match['clause']}, and {plural(who)} have {match['details']}"

    return _DETAILS_OF_THE_ONE_WHO.sub(their_record, sentence)


_WHERE_WE_WRITE = re.compile(
    r"\b(?P<record>(?:a|an|the|one)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:where|on\s+which|in\s+which)\s+"
    r"(?:i|we)\s+(?:also\s+|then\s+|just\s+)?(?:write|note|record|log|take|jot|enter|track|fill\s+in)"
    r"(?:\s+down)?\s+(?=(?:the|a|an|its|their|what|when|how|whether)\b)"
)


def where_we_write(sentence: str) -> str:
    """``each book becomes a repair job where i write down the title, ...``: *a repair job
    with the title, ...*; the record the list is written on."""
    return _WHERE_WE_WRITE.sub(r"\g<record> with ", sentence)


_WHEN_WE_MAKE_ONE_OF = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time)\s+(?:i|we)\s+(?P<verb>[a-z]+)(?:\s+(?:up|out|off))?\s+"
    r"(?:a|an)\s+(?P<made>[a-z][\w\-]*)\s+of\s+(?:a|an|the|one\s+of\s+(?:my|our)|my|our)\s+"
    r"(?P<of>[a-z][\w\-]*)\s*,?\s+(?:i|we)\s+(?:also\s+)?"
    r"(?:record|note|log|keep|enter|jot|write|take)(?:\s+down)?\s+"
    r"(?P<list>(?:the|a|an|its|how|what|when)\s[^;]*(?:,|\band\b)[^;]*)$"
)


def when_we_make_one_of(sentence: str) -> str:
    """``whenever i make up a batch of a blend i jot down the date, the grams made ...``: *each
    batch belongs to one blend; each batch has the date, ...*, the made thing's own record."""

    def its_record(clause: str) -> list[str]:
        match = _WHEN_WE_MAKE_ONE_OF.match(clause)
        if match is None or verb_lemma(match["verb"]) is None:
            return [clause]
        made, of = match["made"], singular_phrase(match["of"])
        if made in FUNCTION_WORDS or not can_be_noun(made) or not can_be_noun(of):
            return [clause]
        return [f"each {made} belongs to one {of}", f"each {made} has {match['list']}"]

    return per_clause(sentence, its_record)


_COMMA_THEN_IT_HAS = re.compile(
    r"(?<=[a-z]),\s+(?P<who>it|they)(?:\s+has|\s+have|'s\s+got|'ve\s+got|\s+has\s+got|\s+have\s+got)\s+"
    r"(?=(?:a|an|the|its|their)\s)"
)


def comma_then_it_has(sentence: str) -> str:
    """``a blend is my own recipe, it's got a name, a tasting note ...``: *...; it has a name*,
    a clause of its own after a comma, as people type it."""
    return _COMMA_THEN_IT_HAS.sub(
        lambda m: "; it has " if m["who"] == "it" else "; they have ", sentence
    )


_LISTED_THEN_GIVEN_TO_ONE = re.compile(
    r"\b(?P<det>a|an|the|each|every)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<list>with\s+[^;]*?),\s+(?:and\s+)?(?:then\s+)?"
    r"(?P<verb>assigned|allocated|linked|tied|attached|given)\s+to\s+(?=(?:a|an|one)\s+[a-z])"
)


def listed_then_given_to_one(sentence: str) -> str:
    """``a queue ticket with the time they joined, assigned to a barber when ...``: *...; each
    queue ticket is assigned to a barber*, the record's link, not a yes/no item of its list."""

    def its_link(match: re.Match[str]) -> str:
        record = match["record"]
        if any(word in FUNCTION_WORDS for word in record.split()):
            return match[0]
        return f"{match['det']} {record} {match['list']}; each {record} is {match['verb']} to "

    return _LISTED_THEN_GIVEN_TO_ONE.sub(its_link, sentence)


_VISITS_ON_ONE_WHERE_WE_LOG = re.compile(
    r"\b(?P<made>[a-z][\w\-]*s)\s+(?P<prep>on|of|for|to)\s+(?:a|an|one|their|the)\s+"
    r"(?P<of>[a-z][\w\-]*)\s+(?:where|at\s+which|in\s+which)\s+(?:i|we)\s+(?:also\s+)?"
    r"(?:log|note|record|take|keep|write\s+down|jot\s+down)\s+"
    r"(?P<list>(?:the|a|an|its|their|how|what|when|whether)\s[^;]*)$"
)


def visits_on_one_where_we_log(sentence: str) -> str:
    """``clients come back for check-ups on a piercing where we log the date and the
    healing``: *...; each check-up is for one piercing; each check-up has the date and the
    healing*, the visits a record of their own, about the one they are on."""

    def their_record(match: re.Match[str]) -> str:
        made, of = match["made"], match["of"]
        if made in FUNCTION_WORDS or of in FUNCTION_WORDS or not can_be_noun(of):
            return match[0]
        one = singular_phrase(made)
        return (
            f"{made} {match['prep']} a {of}; each {one} is for one {of}; "
            f"each {one} has {match['list']}"
        )

    return _VISITS_ON_ONE_WHERE_WE_LOG.sub(their_record, sentence)


_MOST_OF_THEM = re.compile(
    r"(?:(?<=^)|(?<=,\sand\s)|(?<=;\s)|(?<=,\s))"
    r"(?:most|many|some|a\s+few|nearly\s+all|almost\s+all)(?:\s+of\s+(?:them|these|those))?\s+"
    r"(?=(?:also\s+)?(?:belong|are|have|come|live|work|bring|own|use|join)\b)"
)


def most_of_them_as_they(sentence: str) -> str:
    """``flyers register with ..., and most belong to a kite club``: *they belong to a kite
    club*; how many of them do is no part of the design, who they are is."""
    return _MOST_OF_THEM.sub("they ", sentence)


_IN_ADVANCE = re.compile(
    r"\s+(?:well\s+)?(?:ahead\s+of\s+time|in\s+advance|beforehand|ahead\s+of\s+the\s+day)\b"
    r"|(?<=ed|en)\s+the\s+(?:day|night|week|morning|evening)\s+before\b"
)


def without_in_advance(sentence: str) -> str:
    """``sellers book pitches ahead of time (...)``: *sellers book pitches (...)*; when the
    booking is made names no record; nor does ``it gets confirmed the day before``."""
    return _IN_ADVANCE.sub("", sentence)


_WE_NEED_IN_BRACKETS = re.compile(
    r"\s*\((?P<clause>(?:we|i)\s+(?:also\s+)?(?:need|keep|take|record|note|want|get|ask\s+for)\s+"
    r"the\s+[a-z][\w\-]*'s\s+[^()]+)\)(?:,?\s+(?:and|but)\b)?"
)


def we_need_in_brackets(sentence: str) -> str:
    """``sellers book pitches (we need the seller's name, phone ...), and each ...``: *sellers
    book pitches; we need the seller's name, ...; each ...*; a clause of its own about the one
    it names, not the fields of the word before the bracket (*(we keep their name ...)* is)."""
    return _WE_NEED_IN_BRACKETS.sub(lambda m: f"; {m['clause']};", sentence).rstrip("; ")


_FOR_EACH_THERE_IS_ONE = re.compile(
    r"(?P<lead>^|[,;]\s+(?:and\s+|so\s+)?|\b(?:and|so)\s+)for\s+(?:each|every)\s+"
    r"(?P<each>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:\s+and\s+(?:each\s+|every\s+)?"
    r"(?P<other>[a-z][\w\-]*))?\s*,?\s+there\s+is\s+(?:a|an|one)\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+with\s+(?P<list>[^;]+)$"
)


def for_each_there_is_one(sentence: str) -> str:
    """``so for every sale day there's a gate count with the number of early birds, ...``:
    *each gate count belongs to one sale day; each gate count has ...*; the record made for
    each of the others, with its own list. ``for each volunteer and task there is a sign-off
    with ...`` is made for one of each."""

    def its_record(match: re.Match[str]) -> str:
        each, one = match["each"], match["one"]
        if any(w in FUNCTION_WORDS for w in [*each.split(), *one.split()]):
            return match[0]
        lead = "; " if match["lead"] else ""
        other = f"each {one} belongs to one {match['other']}; " if match["other"] else ""
        return f"{lead}each {one} belongs to one {each}; {other}each {one} has {match['list']}"

    return _FOR_EACH_THERE_IS_ONE.sub(its_record, sentence)


_PEOPLE_ACT = re.compile(r"^(?P<people>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+(?P<verb>[a-z]+)\s")
_AND_ACT_ON_THINGS_WITH = re.compile(
    r"\s+and\s+(?:then\s+)?(?P<verb>[a-z]+)\s+(?P<things>[a-z][\w\-]*s)\s+with\s+"
)


def and_they_act_with(sentence: str) -> str:
    """``owners register their dogs (...) and book stays with a check-in date``: *...; owners
    book stays with ...*; the second act shares the people, so *book* names no record."""
    opening = _PEOPLE_ACT.match(sentence)
    if opening is None or verb_lemma(opening["verb"]) != opening["verb"]:
        return sentence
    for match in _AND_ACT_ON_THINGS_WITH.finditer(sentence, opening.end()):
        before = sentence[: match.start()]
        verb = match["verb"]
        bare = re.sub(r"\([^()]*\)", "", before)
        if any(mark in bare for mark in ("(", ")", ",", ";", " with ")):
            # inside brackets, after a list of acts, or in a list after *with* (*orders with
            # a date and order lines with ...*): not one act and the next
            continue
        if verb_lemma(verb) != verb or verb in FUNCTION_WORDS or not can_be_noun(match["things"]):
            continue
        people = opening["people"]
        return f"{before}; {people} {verb} {match['things']} with {sentence[match.end() :]}"
    return sentence


_WITHIN_ONE_THERE_ARE = re.compile(
    r"\b(?:within|in|inside|under)\s+(?:a|an|each|every|one)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r",?\s+there\s+(?:are|is)\s+(?:several\s+|many\s+|some\s+|a\s+few\s+|lots\s+of\s+)?"
    r"(?P<many>[a-z][\w\-]*s)\b"
)


def within_one_there_are(sentence: str) -> str:
    """``within a show there are classes (...), each with ...``: *each show has several
    classes (...)*; what is in each record, each of them its own record."""

    def has_several(match: re.Match[str]) -> str:
        one, many = match["one"], match["many"]
        if any(w in FUNCTION_WORDS or w in TIME_WORDS for w in one.split()) or not can_be_noun(
            many
        ):
            return match[0]
        return f"each {one} has several {many}"

    return _WITHIN_ONE_THERE_ARE.sub(has_several, sentence)


_AND_EACH_ONE_IS = re.compile(
    r"(?<=[a-z])\s+and\s+(?=each\s+(?:one|of\s+them|[a-z][\w\-]*)\s+"
    r"(?:is|gets|belongs|goes|comes|can|needs|has(?!\s+(?:plenty|several|many|lots|a\s+few|"
    r"a\s+number|multiple|any\s+number|more\s+than\s+one)\b))\b)"
)


def and_each_one_is(sentence: str) -> str:
    """``sessions are held on a date at a venue and each one is taken by one of our
    coaches``: *...; each one is taken by ...*, a clause of its own about each of them (not
    *a pharmacist covers several counties and each county has plenty of pharmacists*, one
    many-to-many told from both ends)."""
    return _AND_EACH_ONE_IS.sub("; ", sentence)


_FOR_EACH_EACH_ONES = re.compile(
    r"^(?:for\s+(?:each|every)|per)\s+(?P<each>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),?\s+"
    r"(?:(?:we|i)\s+(?:record|note|log|keep|take|enter)\s+)?(?:each|every)\s+(?P<whose>[a-z][\w\-]*)'s\s+"
    r"(?P<kept>[a-z][\w\-]*)\s*(?::|\s-)\s*(?P<list>\S.*)$"
)


def for_each_each_ones(sentence: str) -> str:
    """``for every race we record each boat's finish: elapsed time, ...`` (or a note-taker's
    ``per fixture, each player's result - maximums, ...``): *each finish belongs to one race;
    each finish belongs to one boat; each finish has elapsed time, ...*; the record kept for
    each pair."""
    match = _FOR_EACH_EACH_ONES.match(sentence)
    if match is None:
        return sentence
    each, whose, kept = match["each"], match["whose"], match["kept"]
    if any(w in FUNCTION_WORDS for w in [*each.split(), whose, kept]) or not can_be_noun(kept):
        return sentence
    return (
        f"each {kept} belongs to one {each}; each {kept} belongs to one {whose}; "
        f"each {kept} has {match['list']}"
    )


_STATUS_WHICH_MOVES = re.compile(
    r"\b(?P<field>status|stage|state|phase),\s+which\s+(?=(?:starts|begins|goes|moves|runs)\b)"
)


def status_which_moves(sentence: str) -> str:
    """``a status, which starts as scheduled and ends up either played or a walkover``: *a
    status that starts as ...*, the field's flow told after it."""
    return _STATUS_WHICH_MOVES.sub(r"\g<field> that ", sentence)


_A_RECORD_FOR_EACH = re.compile(
    r"\b(?P<made>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+for\s+(?:each|every)\s+"
    r"(?P<each>[a-z][\w\-]*)(?:\s+(?P<done>[a-z]+(?:ed|en)))?\s+(?=with\s)"
)


def a_record_for_each(sentence: str) -> str:
    """``stalkers enter a cull record for each deer taken with the date, ...``: *stalkers
    enter a cull record with the date, ...*; the record is what is kept, one per deer, and the
    list is its (the deer are no record of their own)."""

    def kept(match: re.Match[str]) -> str:
        made = match["made"].split()[-1]
        if made not in RECORD_HEADS or match["each"] in FUNCTION_WORDS:
            return match[0]
        return f"{match['made']} "

    return _A_RECORD_FOR_EACH.sub(kept, sentence)


_AND_SAY_WHICH = re.compile(
    r",?\s+and\s+(?:say|note|tell\s+us|give|record|mark)\s+which\s+"
    r"(?P<which>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<rest>(?:it|they)\s+(?:went|goes|came|comes|"
    r"was|were|is|are)\b[^,;]*)"
)


def and_say_which(sentence: str) -> str:
    """``... carcass weight and the estate, and say which game dealer it went to``: *... and
    which game dealer it went to*, one more item of the list, naming the record it points at."""
    return _AND_SAY_WHICH.sub(r" and which \g<which> \g<rest>", sentence)


_WHETHER_ONE_OF = re.compile(
    r"\bwhether\s+(?:it|they)(?:'s|'re|\s+is|\s+are)\s+(?:currently\s+|now\s+|still\s+)?"
    r"(?P<values>[a-z][\w\-]*(?:,\s+[a-z][\w\-]*)*,?\s+or\s+[a-z][\w\-]*)\b"
)


def whether_one_of(sentence: str) -> str:
    """``a grid reference and whether it's currently set, sprung or lifted``: *a status (set,
    sprung or lifted)*; one of several states, not a yes/no for each (*whether it's paid or
    not* is a yes/no, *whether it's freshwater or marine* a kind)."""

    def status(match: re.Match[str]) -> str:
        values = re.split(r",\s+|,?\s+or\s+", match["values"])
        if "not" in values or any(v in FUNCTION_WORDS for v in values):
            return match[0]
        if not any(is_past_participle(v) for v in values):
            return match[0]  # "whether it's freshwater or marine": a kind, left to its reader
        return f"a status ({match['values']})"

    return _WHETHER_ONE_OF.sub(status, sentence)


_EACH_TIME_WE_GO = re.compile(
    r"^(?:then\s+|and\s+)?(?:(?:each|every)\s+time|when)\s+(?:we|i)\s+(?:go|come|walk|drive|do\s+the)\s+"
    r"(?:round|around|out|in|back|over)\b(?:\s+(?:the|our|my)\s+[a-z]+)?,?\s+(?=(?:we|i)\s)"
)


def without_each_time_we_go(sentence: str) -> str:
    """``then each time we go round we log a check on the trap: ...``: *we log a check on the
    trap: ...*; when the rounds happen names no record, what is logged does."""
    return _EACH_TIME_WE_GO.sub("", sentence)


_SO_EACH_ONE = re.compile(
    r",\s+so\s+(?=(?:every|each)\s+[a-z][\w\-]*\s+(?:(?:a|an|the)\s+[a-z][\w\-]*|we|i|they)\s+"
    r"[a-z]+s?\s+(?:gets?|is|are|has|have)\b)"
)


def so_each_one(sentence: str) -> str:
    """``nobody pays in one go, so every payment a tourist makes gets logged with ...``: *...;
    every payment ...*, the record told in a clause of its own after the reason for it (a
    relative clause names who makes it; *so each bundle gets assigned* is left alone)."""
    return _SO_EACH_ONE.sub("; ", sentence)


_ROUGHLY_WHAT = re.compile(
    r"(?<=, )(?:roughly|approximately|about|exactly|more or less)\s+(?=(?:what|when|how|which)\s)"
)


def without_roughly(sentence: str) -> str:
    """``the title, roughly what year it's from, ...``: *what year it's from*, an item of the
    list all the same."""
    return _ROUGHLY_WHAT.sub("", sentence)


_IS_NUMBERED = re.compile(r"\b(?P<be>is|are)\s+numbered\b(?!\s+(?:by|with|from|in|on|after)\b)")


def is_numbered(sentence: str) -> str:
    """``each bay is numbered``: *each bay has a number*."""
    return _IS_NUMBERED.sub(
        lambda m: "has a number" if m["be"] == "is" else "have a number", sentence
    )


_OUR_PLACES = re.compile(r"\b(?:our|my)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*'s\s+(?=[a-z])")


def our_places(sentence: str) -> str:
    """``neighbours bring scraps to our community garden's compost bays``: *to our compost
    bays*; the owner's own business is no record."""
    return _OUR_PLACES.sub("our ", sentence)


_LISTED_STATUS_WHICH_GOES = re.compile(
    r"^(?P<head>(?:each|every|a|an|the)\s+(?P<subject>[a-z][\w\-]*)(?:\s+[a-z][\w\-]*)?\s+"
    r"(?:(?:has|have)\s+|(?:is|are|gets)\s+[a-z]+ed\b.+?\s+with\s+)(?:.+?,?\s+and\s+)?(?:a|an|the)\s+"
    r"(?P<field>status|stage|state|phase))"
    r"(?:\s*,\s+which|\s+that)\s+(?:usually\s+|normally\s+)?"
    r"(?P<verb>goes|runs|moves|passes)\s+(?P<flow>.+)$"
)


def listed_status_which_goes(sentence: str) -> str:
    """``each repair ticket has an estimate and a status, which usually goes checked in,
    quoted, ... and then collected`` (or *a treatment is booked ..., with a price and a status
    that moves from ...*): *...; its status goes checked in, ...*; the states are no more of
    the list."""

    def plain(clause: str) -> list[str]:
        match = _LISTED_STATUS_WHICH_GOES.match(clause)
        if match is None or match["subject"] in TIME_WORDS:
            return [clause]  # "every year each client gets ...": when, not whose
        return [match["head"], f"its {match['field']} {match['verb']} {match['flow']}"]

    return per_clause(sentence, plain)


_IF_ASIDE_IN_FLOW = re.compile(
    r"\b(?P<or>or|and),\s+(?:if|when|unless|once)\s+[^,;()]+,\s+(?=(?:to|then)\s)"
)


def without_if_aside_in_flow(sentence: str) -> str:
    """``..., and then either to cleared or, if bugs turn up again, to retreat``: *... or to
    retreat*; why it goes there is no state."""
    return _IF_ASIDE_IN_FLOW.sub(r"\g<or> ", sentence)


_WHO_GAVE_IT_TO_US = re.compile(
    r"(?<=[a-z])\s+who\s+(?:gave|sent|brought|lent|donated|sold|referred|left|handed)\s+(?:it|them)\s+"
    r"(?:to\s+us|in|over)(?=\s*(?:[,;.]|$|\s+and\s))"
)


def without_who_gave_it(sentence: str) -> str:
    """``a collection with a name and the depositor who gave it to us``: *the depositor*; who
    they are is said by the noun."""
    return _WHO_GAVE_IT_TO_US.sub("", sentence)


_ENDED_AT_ANY_STAGE = re.compile(
    r",?\s+and\s+(?:a|an|the|each|every|any)\s+[a-z][\w\-]*\s+can\s+(?:also\s+)?be\s+"
    r"(?P<state>[a-z]+ed)\s+at\s+any\s+(?:stage|point|time|step)\b"
)


def ended_at_any_stage(sentence: str) -> str:
    """``a status that moves from proposed to agreed, and a match can be ended at any stage``:
    *..., or ended at any point*; an end every open state can reach."""
    return _ENDED_AT_ANY_STAGE.sub(r", or \g<state> at any point", sentence)


_EACH_ONE_HAVING = re.compile(
    r",\s+(?:with\s+)?(?P<each>each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+having\s+"
    r"(?=(?:a|an|the|its|their|one|several|many|some|no)\s)"
)


def each_one_having(sentence: str) -> str:
    """``members audition for characters, each audition having a date and an outcome``:
    *...; each audition has a date and an outcome*, the record and its fields said as a clause
    of their own."""
    return _EACH_ONE_HAVING.sub(r"; \g<each> \g<np> has ", sentence)


_SEVERAL_LEFT_UNSAID = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?P<prep>(?:on|in|at|for|to|with|across|into)\s+)?"
    r"(?P<many>several|many|lots|loads|plenty|multiple|various|a few|more than one)"
    r"(?:\s+of\s+them)?(?=\s*(?:[,;.]|$|\s+too\b|\s+as well\b))"
)
_ONE_BEFORE = re.compile(r"\b(?:one|a|an|each|every|the same)\s+(?P<noun>[a-z][\w\-]*)\b")


def several_left_unsaid(sentence: str) -> str:
    """``several artists can work on one artwork and an artist can work on several``: *... on
    several artworks*; the things of which one was counted just before, now counted many."""
    match = _SEVERAL_LEFT_UNSAID.search(sentence)
    if match is None or match["verb"] in FUNCTION_WORDS or verb_lemma(match["verb"]) is None:
        return sentence
    before = sentence[: match.start()]
    ones = [m["noun"] for m in _ONE_BEFORE.finditer(before)]
    nouns = [n for n in ones if can_be_noun(n) and not is_plural(n) and n not in FUNCTION_WORDS]
    subject = before.rsplit(",", 1)[-1].rsplit(" and ", 1)[-1].split()
    if not nouns or nouns[-1] in subject:
        # "an artist can work on several" said right after "one artwork", not after itself
        nouns = [n for n in nouns if n not in subject]
    if not nouns:
        return sentence
    things = plural(nouns[-1])
    return f"{sentence[: match.end()]} {things}{sentence[match.end() :]}"


_EACH_ONE_THEY_ACT_ON = re.compile(
    r"\b(?P<each>each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:that\s+|which\s+)?"
    r"(?:he|she|they|we|i|you)\s+(?P<verb>[a-z]+)(?:\s+(?:away|in|out|back|off|up|on|over))?"
    r"(?:\s+(?:with|to|at|for|from|into)\s+(?:us|me|them|her|him))?\s+"
    r"(?=(?:gets|has|have|needs|must|should|is|goes|comes)\s)"
)


def each_one_they_act_on(sentence: str) -> str:
    """``each gown she leaves with us gets the designer, fabric and colour``: *each gown has
    ...*, and ``every waste bag we take away has to be logged``: *every waste bag has to be
    logged*; who brought or handles it, said between the record and what it has or must have,
    names nothing kept, and a list it gets is a list it has."""

    def plain(match: re.Match[str]) -> str:
        if verb_lemma(match["verb"]) is None or not can_be_noun(match["np"].split()[-1]):
            return match[0]
        return f"{match['each']} {match['np']} "

    return _EACH_ONE_GETS.sub(r"\g<each> has ", _EACH_ONE_THEY_ACT_ON.sub(plain, sentence))


_EACH_ONE_GETS = re.compile(
    r"(?P<each>\b(?:each|every)\s+[a-z][\w\-]*)\s+gets\s+(?=(?:the|a|an|its|their)\s+[a-z]+\s*,)"
)
"""*each gown gets the designer, fabric, ...*: a list it gets is a list it has."""


_WITH_ONE_OF_THEM = re.compile(
    r"^(?P<record>(?:each|every|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<said>(?:is|are)\s+.+?)"
    r",?\s+with\s+(?:one|a\s+single)\s+(?P<who>[a-z][\w\-]*)$"
)


def with_one_of_them(sentence: str) -> str:
    """``every fitting appointment is for one quote, on a date, with one fitter``: *...; every
    fitting appointment is assigned to one fitter*; the one person it is with is a record it
    points at, not a field named *one fitter*."""

    def plain(clause: str) -> list[str]:
        match = _WITH_ONE_OF_THEM.match(clause)
        if match is None or not can_be_noun(match["who"]) or match["who"] in FUNCTION_WORDS:
            return [clause]
        said = match["said"].rstrip(", ")
        return [f"{match['record']} {said}", f"{match['record']} is assigned to one {match['who']}"]

    return per_clause(sentence, plain)


_ACTS_ON_A_DATE = re.compile(
    r"^(?P<who>we|i|[a-z][\w\-]*s)\s+(?P<verb>[a-z]+(?:\s+(?:out|up|in|on))?)\s+(?:a|an|one)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+on\s+(?:a|an|one)\s+(?:given\s+|set\s+|particular\s+|fixed\s+|"
    r"chosen\s+)?(?P<when>date|day)\b(?P<rest>.*)$"
)


def acts_on_a_date(sentence: str) -> str:
    """``we carry out a survey on a given date, recording the height ...``: *we carry out a
    survey, recording the height ...; each survey has a date*; the day something is done on is
    the record's, and *with one engineer* after it is the one it is assigned to."""

    def plain(clause: str) -> list[str]:
        match = _ACTS_ON_A_DATE.match(clause)
        if (
            match is None
            or verb_lemma(match["verb"].split()[0]) is None
            or not (can_be_noun(match["record"]) or match["record"].endswith("ing"))
            or match["record"] in FUNCTION_WORDS
        ):
            return [clause]
        record, rest = match["record"], match["rest"]
        said = [f"each {record} has a {match['when']}"]
        with_one = re.match(r"^,?\s+with\s+(?:one|a\s+single)\s+(?P<who>[a-z][\w\-]*)", rest)
        if with_one and can_be_noun(with_one["who"]):
            said.append(f"each {record} is assigned to one {with_one['who']}")
            rest = rest[with_one.end() :]
        return [f"{match['who']} {match['verb']} a {record}{rest}", *said]

    return per_clause(sentence, plain)


_MEASURES_IN_ONE_UNIT = re.compile(
    r"\b(?P<measures>(?:(?:a|an|the|its)\s+)?[a-z]+(?:(?:,\s+|\s+and\s+)(?:(?:a|an|the|its)\s+)?"
    r"[a-z]+)+)\s+in\s+(?P<unit>[a-z]+)\b"
)
_MEASURE_PARTS = re.compile(r"(?:,\s+|\s+and\s+)")


def each_in_the_unit(sentence: str) -> str:
    """``a width and height in millimetres``: *a width in millimetres and a height in
    millimetres*; one unit said after a list of measures is the unit of each of them."""

    def each_one(match: re.Match[str]) -> str:
        if match["unit"] not in UNIT_TYPES:
            return match[0]
        parts = _MEASURE_PARTS.split(match["measures"])
        joiners = _MEASURE_PARTS.findall(match["measures"])
        first = len(parts)
        while first > 0 and parts[first - 1].split()[-1] in MEASURE_WORDS:
            first -= 1
        if len(parts) - first < 2:
            return match[0]  # "a label and a weight in grams": the unit is the weight's
        # "a label and a length, width and height in cm": the measures end the list
        said = "".join(part + joiner for part, joiner in zip(parts[:first], joiners, strict=False))
        parts, joiners = parts[first:], joiners[first:]
        unit = f" in {match['unit']}"
        article = parts[0].split()[0] if len(parts[0].split()) > 1 else None
        said += parts[0] + unit
        for joiner, part in zip(joiners, parts[1:], strict=True):
            if article is not None and len(part.split()) == 1:
                # "a width and height": each its own, with the article the first was given
                part = with_article(part) if article in ("a", "an") else f"{article} {part}"
            said += joiner + part + unit
        return said

    return _MEASURES_IN_ONE_UNIT.sub(each_one, sentence)


_WHERE_WE_ARE = re.compile(
    r"^(?:at|in|on|across|around|for)\s+(?:our|the|my)\s+(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*,\s+"
    r"(?=(?:the\s+|our\s+|all\s+)?(?P<things>[a-z][\w\-]*)(?:\s*\([^()]*\))?\s+"
    r"(?:each\s+|all\s+)?(?:have|are|get|need|come)\b)"
)


def without_where_we_are(sentence: str) -> str:
    """``on our pick-your-own fruit farm, crops (...) each have a name``: *crops (...) each
    have a name*; the place the owner speaks from is the business, not a kind of crop."""
    match = _WHERE_WE_ARE.match(sentence)
    if match is None or not is_plural(match["things"]) or match["things"] in FUNCTION_WORDS:
        return sentence
    return sentence[match.end() :]


_IT_HAS_IN_BRACKETS = re.compile(
    r"\b(?:every|each|a|an|the|one)\s+(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*"
    r"\(\s*(?:it|they|which|each\s+one)\s+(?:has|have|gets?)\s+(?P<list>(?:a|an|the|its|their)\s[^()]+)\)"
)


def it_has_in_brackets(sentence: str) -> str:
    """``for every event day (it has a name and a date) i set up the posts``: *each event
    day has a name and a date; for every event day i set up the posts*; the aside is the
    record's own list, said before the sentence goes on about it."""
    match = _IT_HAS_IN_BRACKETS.search(sentence)
    if match is None or any(w in FUNCTION_WORDS for w in match["thing"].split()):
        return sentence
    thing = match["thing"]
    rest = sentence[: match.start("thing")] + thing + sentence[match.end() :]
    return f"each {thing} has {match['list'].strip()}; {rest}"


_SEVERAL_THEN_WE_NOTE_WHETHER_IT = re.compile(
    r"^(?P<head>.*?\b(?:several|many|multiple)\s+(?P<things>[a-z][\w\-]*)(?:,\s+each)?\s+with\s+)"
    r"(?P<list>[^;]+?),\s+and\s+(?:we|i)\s+(?:note|record|log|keep|track|write\s+down|jot\s+down)\s+"
    r"(?P<rest>(?:whether|if)\s+it\s[^;]*)$"
)


def several_then_we_note_whether_it(sentence: str) -> str:
    """``each service needs several arrangements, each with a place, done by one volunteer,
    and we note whether it was given in memory of someone``: *several arrangements with a
    place, done by one volunteer, whether it was given in memory of someone*; *it* is
    one of the many just listed, and what we note of it goes on their list."""
    match = _SEVERAL_THEN_WE_NOTE_WHETHER_IT.match(sentence)
    if match is None or not is_plural(match["things"]):
        return sentence
    return f"{match['head']}{match['list']}, {match['rest']}"


_OUT_OF_HAND = re.compile(
    r"(?:^|,\s+(?:and|but|so)\s+)(?:the|our|my)\s+(?:old\s+)?(?:spreadsheet|spreadsheets|system|"
    r"paperwork|notebook|diary|whiteboard|files|filing)\s+(?:has\s+got|has\s+gotten|has\s+become|"
    r"is|are|got|have\s+got|have\s+become)\s+(?:completely\s+|totally\s+|a\s+bit\s+|rather\s+|"
    r"really\s+)?(?:out\s+of\s+hand|a\s+mess|unmanageable|chaos|a\s+nightmare|impossible)\b"
)


def without_out_of_hand(sentence: str) -> str:
    """``..., and the spreadsheet has got completely out of hand``: a complaint about how it
    is kept now, no record of the app."""
    return _OUT_OF_HAND.sub("", sentence).strip(" ,") or sentence


_AND_THAT_GOES = re.compile(
    r"^(?P<head>.*\b(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+with\s+[^;]+?),\s+and\s+(?:that|it|this)\s+"
    r"(?:goes|moves|runs)\s+(?P<flow>[a-z][\w\- ]*?(?:,\s+(?:and\s+)?then\s+[a-z][\w\- ]*?)+)$"
)


def and_that_goes(sentence: str) -> str:
    """``we raise a withdrawal with the date ..., and that goes pending, then picked, then
    dispatched``: *...; each withdrawal goes from pending to picked to dispatched*; *that* is
    the record just raised, and its steps are its flow (not yes/noes of the list)."""
    match = _AND_THAT_GOES.match(sentence)
    if match is None or match["record"] in FUNCTION_WORDS:
        return sentence
    steps = re.split(r",\s+(?:and\s+)?then\s+", match["flow"])
    return f"{match['head']}; each {match['record']} goes from {' to '.join(steps)}"


_STARTS_AS = re.compile(
    r"\b(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+starts\s+(?:off\s+|out\s+)?as\s+"
    r"(?P<first>[a-z][\w\-]*)(?P<steps>(?:,?\s+(?:and\s+)?(?:then\s+)?"
    r"(?!or\b)[a-z]+(?:\s+(?:back|out|off|in|up))?(?:\s+as)?\s+[a-z][\w\-]*)+)"
    r"(?:,?\s+or\s+(?:is\s+|gets\s+)?(?:written\s+off|marked|set|put\s+down|logged|"
    r"recorded)\s+as\s+(?P<other>[a-z][\w\-]*))?(?=\s*(?:[,;.]|$))"
)
_STEP = re.compile(
    r"^(?:and\s+)?(?:then\s+)?(?:goes|moves|comes|is|gets|becomes|turns)"
    r"(?:\s+(?:back|off|up))?(?:\s+(?:as|to|into))?\s+(?P<state>[a-z][\w\-]*)$"
)


def starts_as_then(sentence: str) -> str:
    """``a loan starts as reserved, goes out, and comes back as returned, or is written off as
    lost``: *each loan goes from reserved to out to returned, or it ends up lost*; the steps
    told as what the record does, each one's state the word it ends on."""
    match = _STARTS_AS.search(sentence)
    if match is None:
        return sentence
    states = [match["first"]]
    for step in re.split(r",\s+|\s+(?=and\s)", match["steps"].strip(" ,")):
        said = _STEP.match(step.strip())
        if said is None:
            return sentence
        states.append(said["state"])
    record = match["record"].split()[-1]
    flow = f"each {record} goes from {' to '.join(states)}"
    if match["other"]:
        flow += f", or it ends up {match['other']}"
    return sentence[: match.start()] + flow + sentence[match.end() :]


_JUST_NEED = re.compile(
    r"^(?P<things>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+(?:just|only|simply|really|basically)\s+"
    r"(?=need\s+(?:a|an|the|their)\s)"
)


def just_need(sentence: str) -> str:
    """``locomotives just need a number and a name``: *locomotives need a number and a name*;
    the *just* says how little is kept, not who may keep it."""
    return _JUST_NEED.sub(r"\g<things> ", sentence)


_SOMEONES_ONE_ON = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+is\s+(?:a|one)\s+[a-z][\w\-]*'s\s+"
    r"[a-z][\w\-]*\s+(?=(?:on|at|in|for|with)\s+(?:a|an|one)\s)"
)


def someones_one_on(sentence: str) -> str:
    """``a turn is a day's duty on a locomotive with a date``: *a turn is on a locomotive with
    a date*; what the record is, said in passing, names no record of its own."""
    return _SOMEONES_ONE_ON.sub(r"\g<record> is ", sentence)


_DONE_BY_ONES_LISTED = re.compile(
    r"\b(?P<done>(?:are|is|get|gets)\s+(?P<verb>[a-z]+)\s+(?:out\s+)?by\s+"
    r"(?:(?:our|the|a|an)\s+)?)(?!one\s+of\b)"
    r"(?P<people>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+\((?P<listed>[^()]*,[^()]*)\)"
)


def done_by_ones_listed(sentence: str) -> str:
    """``inspections are carried out by boiler inspectors (name, email, certificate number);
    ...``: *boiler inspectors have name, email, certificate number; inspections are carried out
    by boiler inspectors; ...*; the bracket lists the doers' own fields, not the records'."""
    match = _DONE_BY_ONES_LISTED.search(sentence)
    if match is None or not is_past_participle(match["verb"]) or match["people"] in FUNCTION_WORDS:
        return sentence
    people = match["people"] if is_plural(match["people"]) else plural(match["people"])
    told = sentence[: match.start()] + match["done"] + match["people"] + sentence[match.end() :]
    return f"{people} have {match['listed']}; {told}"


_A_SET_OF = re.compile(
    r"\b(?:a|one)\s+(?:set|range|series|collection|variety)\s+of\s+"
    r"(?=(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s\b)"
)


def a_set_of_as_several(sentence: str) -> str:
    """``each station has a name and a set of duty posts``: *... and several duty posts*; the
    set is the records themselves, not a record that holds them."""
    return _A_SET_OF.sub("several ", sentence)


_PUTS_ONE_ON_ONE_FOR_A = re.compile(
    r"^(?P<head>(?:a|an|each|every)\s+[a-z][\w\-]*\s+(?:puts|places|assigns|books)\s+"
    r"one\s+[a-z][\w\-]*\s+(?:on|in|at|to)\s+one\s+[a-z][\w\-]*)\s+for\s+"
    r"(?P<when>(?:a|an)\s+(?:date|day|time|shift|session))(?P<rest>\s*(?::|;|,|$).*)$"
)


def puts_one_on_one_for_a(sentence: str) -> str:
    """``a duty puts one volunteer on one post for a date: ...``: *a duty puts one volunteer
    on one post; a duty has a date; ...*; when it is for is the record's, not the post's."""
    match = _PUTS_ONE_ON_ONE_FOR_A.match(sentence)
    if match is None:
        return sentence
    record = " ".join(match["head"].split()[:2])
    rest = re.sub(r"^\s*[:;,]\s*", "; ", match["rest"])
    return f"{match['head']}; {record} has {match['when']}{rest}"


_DATE_FOR_DOING = re.compile(
    r"\b(?P<date>date|deadline)\s+for\s+[a-z]+ing\b(?:(?!\s+and\s+(?:a|an|the|its|their)\s)[^,;:()])*"
)


def date_without_purpose(sentence: str) -> str:
    """``a budget and a target date for getting back into traffic``: *... and a target date*;
    what the date is for names no more of it."""
    return _DATE_FOR_DOING.sub(r"\g<date>", sentence)


_PEOPLE_ON_THEM = re.compile(
    r"(?:^|(?<=;\s)|(?<=,\s))(?:and\s+)?(?:most|many|some|all|the)?\s*[a-z][\w\-]*s\s+have\s+"
    r"(?:several|a\s+few|many|a\s+couple\s+of|two\s+or\s+three)\s+(?:people|folk|of\s+us)\s+"
    r"(?:on|working\s+on|in)\s+them(?=\s*(?:[.;]|$))"
)


def without_people_on_them(sentence: str) -> str:
    """``volunteers can sign up to many jobs, and most jobs have a few people on them``: the
    people are the volunteers just named; how many share a job is no record of its own."""
    return re.sub(r"\s*[,;]\s*(?=[.!]?$)", "", _PEOPLE_ON_THEM.sub("", sentence).rstrip())


_ONE_ON_ONE_ON_A_DATE = re.compile(
    r"\b(?P<head>is\s+one\s+[a-z][\w\-]*\s+(?:in|on|at|for|with)\s+one\s+[a-z][\w\-]*)\s+"
    r"(?:on|for)\s+(?P<when>(?:a|an|one)\s+(?:date|day))(?:\s+with\s+(?=(?:a|an|the|its)\s))?"
)


def one_on_one_on_a_date(sentence: str) -> str:
    """``a booking is one club on one pitch on a date with a start time, ...``: *a booking is
    one club on one pitch, with a date, a start time, ...*; the date is the record's field
    like the rest of its list."""

    def dated(match: re.Match[str]) -> str:
        listed = ", " if match[0].endswith("with ") else ""
        return f"{match['head']}, with {match['when']}{listed}"

    return _ONE_ON_ONE_ON_A_DATE.sub(dated, sentence)


_THE_ONES_MOSTLY = re.compile(
    r"^(?P<things>(?:the|our|my)\s+[a-z][\w\-]*s),\s+(?:(?:mostly|mainly|largely|usually|often|"
    r"including|like|such\s+as)\s+[^,;:()]+,\s+(?=(?:each\s+|all\s+|both\s+)?(?:have|has|are|need|get)\b)"
    # "mostly" is gone by now ("the clubs, junior football and a cricket team, each have")
    r"|[^,;:()]+,\s+(?=each\s+(?:have|has|need|get)\b))"
)


def without_what_they_mostly_are(sentence: str) -> str:
    """``the clubs, mostly junior football plus a sunday cricket team, each have a club name,
    ...``: *the clubs each have a club name, ...*; what most of them are names no field."""
    return _THE_ONES_MOSTLY.sub(r"\g<things> ", sentence)


_OWN_LIST_OF = re.compile(
    r"\b(?P<have>has|have)\s+(?:their|its|his|her)\s+own\s+(?:list|set|group)\s+of\s+"
    r"(?=(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s\b)"
)


def own_list_as_several(sentence: str) -> str:
    """``each child has their own list of adults who are allowed to collect them``: *each child
    has several adults ...*; a list of one record's own is its records, each one theirs."""
    return _OWN_LIST_OF.sub(r"\g<have> several ", sentence)


_ATTENDS_ONE = re.compile(
    r"\b(?P<each>(?:each|every)\s+[a-z][\w\-]*\s+|[a-z][\w\-]*s\s+(?:each\s+|all\s+)?)"
    r"(?P<verb>attends|attend|joins|join)\s+(?=(?:just\s+|only\s+)?one\s+[a-z])"
)


def attends_one(sentence: str) -> str:
    """``pupils each attend one school and have a name``: *pupils each belong to one school
    and have a name*; one group attended is the one each belongs to (*members join circles*,
    many of them, is read where groups are)."""

    def belongs(match: re.Match[str]) -> str:
        verb = "belongs" if match["verb"].endswith("s") else "belong"
        return f"{match['each']}{verb} to "

    return _ATTENDS_ONE.sub(belongs, sentence)


_AT_THE_END_OF = re.compile(
    r"^(?:(?:and|then|so)\s+)?(?:at|by)\s+the\s+end\s+of\s+(?:the\s+|each\s+|every\s+)?"
    r"(?:term|month|week|year|season|day|quarter|course|stay)\s*,?\s+"
    r"(?=(?:each|every)\s+[a-z][\w\-]*\s+(?:gets|receives|is\s+sent|is\s+given)\s)"
)


def without_when_each_gets(sentence: str) -> str:
    """``at the end of term every pupil gets an invoice with the term, ...``: *every pupil gets
    an invoice with ...*; when each one gets it is no part of what they get."""
    return _AT_THE_END_OF.sub("", sentence)


_FOR_WHAT_USE = re.compile(
    r"\s+for\s+(?:billing|invoicing|invoices|contact|contacting\s+them|emergencies|reminders|"
    r"marketing|receipts)(?=\s*(?:[,;.]|$|and\s))"
)


def without_what_it_is_for(sentence: str) -> str:
    """``a parent's name and email for billing``: *a parent's name and email*; what a detail
    is used for names no more of it."""
    return _FOR_WHAT_USE.sub("", sentence)


_ANY_THEY_NOTICED = re.compile(
    r"\b(?P<any>any\s+[a-z][\w\-]*s)\s+(?:they|we|he|she)\s+"
    r"(?:picked\s+up(?:\s+on)?|noticed|spotted|saw|raised|came\s+across|ran\s+into)"
    r"(?=\s*(?:[,;.)]|\s+and\s|$))"
)


def without_who_noticed_them(sentence: str) -> str:
    """``the outcome and any concerns they picked up on``: *the outcome and any concerns*; who
    noticed them names no more of the field."""
    return _ANY_THEY_NOTICED.sub(r"\g<any>", sentence)


_A_TICK_FOR = re.compile(
    r"\b(?:a|an)\s+(?:tick|tickbox|tick\s+box|checkbox|check\s+box|box|flag)\s+"
    r"(?:for\s+(?=whether\s)|(?:(?:the|a|an|our)\s+[a-z][\w\-]*\s+(?:ticks|checks|sets)\s+)?"
    r"(?P<when>if|once|when)\s+(?=(?:they|it|he|she|the|we)\s))"
)

_A_FLAG_FOR_ONE_WORD = re.compile(
    r"\b(?:a|an)\s+(?:(?:yes/no|yes\s+or\s+no|y/n|true/false)\s+)?(?:tick|flag|checkbox|check\s+box)\s+"
    r"for\s+(?P<what>[a-z][\w\-]*)(?=\s*(?:[,;.)]|\s+and\s|$))"
)
"""``a yes/no flag for diabetic``: *diabetic (yes/no)*; one word after the flag is its name."""

_WHY_AFTER_WHETHER = re.compile(r"(?P<whether>\bwhether\s[^,;:()]*?)\s+because\s+of\s+[^,;:()]*")


def a_tick_for_whether(sentence: str) -> str:
    """``the fee charged and a tick for whether they actually came``: *... and whether they
    came*; the tick is how a yes/no is kept, the yes/no is the field. So is a tick told by
    when it is ticked: ``a box the driver ticks once they are on board``, ``a tick if they need
    a lift``: *whether they are on board*, *whether they need a lift*; why they must (``because
    of their legs``) names no more of it. ``a yes/no flag for diabetic`` is *diabetic (yes/no)*."""
    sentence = _A_FLAG_FOR_ONE_WORD.sub(r"\g<what> (yes/no)", sentence)
    sentence = _A_TICK_FOR.sub(lambda m: "whether " if m["when"] else "", sentence)
    return _WHY_AFTER_WHETHER.sub(r"\g<whether>", sentence)


_ONES_COMING = re.compile(
    r"^(?P<people>(?:(?:each|every|the|our|any)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:coming|going)(?:\s+along|\s+with\s+us|\s+on\s+the\s+(?:trip|tour|visit))?\s+"
    r"(?=(?:have|has|need|needs|get|gets)\s)"
)


def ones_coming_along(sentence: str) -> str:
    """``staff coming along have a name and a mobile number``: *staff have a name and ...*;
    who comes along is who the record is of."""
    return _ONES_COMING.sub(r"\g<people> ", sentence)


_EXAMPLES_BETWEEN_COMMAS = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s),\s+(?P<examples>(?:a|an|the|some)\s+[^;:()]+?,\s+[^;:()]+?\s+"
    r"(?:and\s+so\s+on|etc|and\s+the\s+like|that\s+kind\s+of\s+thing|that\s+sort\s+of\s+thing)),\s+"
    r"(?=each\s)"
)


def examples_between_commas(sentence: str) -> str:
    """``we've got item types, a king duvet cover, a bath towel and so on, each with a name``:
    *we've got item types (a king duvet cover, a bath towel and so on), each with a name*; the
    examples are what the records are, not records or fields of their own."""
    return _EXAMPLES_BETWEEN_COMMAS.sub(r"\g<things> (\g<examples>), ", sentence)


_APP_FOR_OURS = re.compile(
    r"^(?:a\s+|an\s+|the\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"(?:app|system|tool|tracker|database|board|dashboard|register|diary|rota|planner|portal)"
    r"\s+for\s+(?:our|my|the)\s+[^,;:.!?]+?[.!]?$"
)


def without_app_for_ours(sentence: str) -> str:
    """``cat-sitting app for our drop-in visits.``: a title for the app, no record in it; so is a
    board or a register the app is to be (*a ward board for the hospital kennels*)."""
    return "" if _APP_FOR_OURS.match(sentence) else sentence


_PER_HEADER_DASH = re.compile(
    r"^(?P<head>[a-z][\w\-]*s\s+per\s+[a-z][\w\-]*(?:\s+(?:each|every|per|a)\s+[a-z]+)?)\s+[-\u2013]\s+"
    r"(?=[^,;]+,)"
)
_WHO_HEADER = re.compile(
    r"^(?P<head>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)\s+(?:who|that|which|we)\s+[^:;,]+:\s+(?=[^,;]+,)"
)


def header_of_notes(sentence: str) -> str:
    """``cuts per bed each winter - date, bundles, grade``: *cuts per bed each winter: date,
    ...*, a header as a colon's; ``thatchers who buy from us: name, phone``: *thatchers: name,
    phone*; who they are names no more of the record."""
    return _WHO_HEADER.sub(r"\g<head>: ", _PER_HEADER_DASH.sub(r"\g<head>: ", sentence))


_FOR_THEM_WE_NEED = re.compile(
    r"^(?P<who>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+(?:are|is)\s+[^,;:]+,\s+(?:so\s+|and\s+)?"
    r"for\s+(?:them|each\s+of\s+them|each\s+one|every\s+one(?:\s+of\s+them)?)\s+(?:i|we)\s+(?:just\s+|only\s+)?"
    r"(?:need|keep|note|take|record)\s+(?P<listed>.+)$"
)


def for_them_we_need(sentence: str) -> str:
    """``the drivers are mostly students over the summer, so for them i just need a name and a
    phone number``: *the drivers have a name and a phone number*; *them* is who the clause
    before described."""
    return _FOR_THEM_WE_NEED.sub(r"\g<who> have \g<listed>", sentence)


_YES_OR_NO_AFTER_WHETHER = re.compile(
    r"(?P<whether>\bwhether\b[^,;:()]*?),?\s+(?:(?:just|only|simply)\s+)?(?:yes\s+or\s+no|yes/no|y/n)"
    r"(?=\s*(?:[,;.]|$))"
)


def whether_without_yes_or_no(sentence: str) -> str:
    """``whether they've got their food hygiene certificate, yes or no``: *whether they've got
    their food hygiene certificate*, and so ``whether we've heard back, just yes or no``; the answers
    say again that it is a yes/no."""
    return _YES_OR_NO_AFTER_WHETHER.sub(r"\g<whether>", sentence)


_MADE_UP_OF = re.compile(
    r"^(?P<lead>[^:;]*:\s+)?(?P<before>(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+.+?)"
    r"(?:,\s+and\s+|;\s+)"
    r"(?:it|they)\s+(?:is|are|'s)\s+(?:made\s+up\s+of|split\s+into|divided\s+into)\s+"
    r"(?:several\s+|many\s+)?(?P<things>[a-z][\w\-]*s),\s+each\s+with\s+(?P<listed>.+)$"
)


def made_up_of_each_with(sentence: str) -> str:
    """``a round has a name, and it's made up of stops, each with a street name and a time``:
    *a round has a name; each stop belongs to one round; each stop has a street name and a
    time*; what a record is made up of are records of it."""
    match = _MADE_UP_OF.match(sentence)
    if match is None or not can_be_noun(match["things"]):
        return sentence
    part = singular(match["things"])
    return (
        f"{match['lead'] or ''}{match['before']}; each {part} belongs to one {match['record']}; "
        f"each {part} has {match['listed']}"
    )


_IS_ONE_OF_KINDS = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+(?:a|an|either\s+a|either\s+an)\s+"
    r"(?P<kinds>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)+,?\s+or\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+and\s+(?P<verb>has|have)\s+"
)


def is_one_of_kinds(sentence: str) -> str:
    """``each kit item is a harness, belay device, rope or auto-belay and has a serial number``:
    *each kit item has a type (harness, belay device, rope or auto-belay), a serial number*;
    the kinds it can be are the values of its type."""
    return _IS_ONE_OF_KINDS.sub(r"\g<record> has a type (\g<kinds>), ", sentence)


_EACH_ONE_OF_KINDS = re.compile(
    r",\s+each\s+(?:one\s+)?(?:is\s+)?(?:either\s+)?"
    r"(?P<kinds>[a-z][\w\-]*(?:,\s+[a-z][\w\-]*)+,?\s+or\s+[a-z][\w\-]*)"
    r"(?:(?P<with>,\s+with\s+(?=(?:a|an|the|its|their)\s))|(?=\s*(?:;|$)))"
)


def each_one_of_kinds(sentence: str) -> str:
    """``the rooms we have asked for, each one single, twin, double or triple, with a notes
    box``: *the rooms ..., each with a type (single, twin, double or triple) and a notes box*;
    the words each one is are the values of its type."""

    def typed(match: re.Match[str]) -> str:
        kinds = match["kinds"]
        if any(kind in FUNCTION_WORDS for kind in re.split(r",\s+|\s+or\s+", kinds)):
            return match[0]  # "each one, or all of them": no values
        return f", each with a type ({kinds})" + (" and " if match["with"] else "")

    return _EACH_ONE_OF_KINDS.sub(typed, sentence)


_GETS_A_LIST_OF = re.compile(
    r"\b(?:(?:gets|has|keeps|holds)\s+(?:a\s+list|a\s+record)|"
    r"[a-z]+s\s+(?:at|on|in|into|through|past|by|to|from)\s+a\s+(?:list|series|string|sequence))"
    r"\s+of\s+(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s),\s+(?=each\s+with\s)"
)


def a_list_of_each_with(sentence: str) -> str:
    """``a commission also gets a list of past occupants, each with a name``: *a commission also
    has several past occupants, each with a name*; the list is of records of its own, and so
    is a list the record goes through (``the run calls at a list of stops, each with a stop
    number``: *the run has several stops, ...*)."""
    return _GETS_A_LIST_OF.sub(r"has several \g<things>, ", sentence)


_ONE_TURNS_UP_IN_SEVERAL = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:and\s+)?(?:one|a|the\s+same)\s+(?P<one>[a-z][\w\-]*)\s+(?:often\s+|can\s+|may\s+|sometimes\s+)?"
    r"(?:turns?|shows?|comes?)\s+up\s+in\s+(?:several|many|lots\s+of|a\s+few|multiple)\s+"
    r"(?P<many>[a-z][\w\-]*s)(?P<end>\s*[.!]?)$"
)


def one_turns_up_in_several(sentence: str) -> str:
    """``one source often turns up in several commissions``: *a source can be used in many
    commissions*; the same record shared by many of another."""
    match = _ONE_TURNS_UP_IN_SEVERAL.search(sentence)
    if match is None or not can_be_noun(match["one"]):
        return sentence
    shared = f"a {match['one']} can be used in many {match['many']}{match['end']}"
    return f"{sentence[: match.start()]}{'; ' if match.start() else ''}{shared}"


_CANDOUR = re.compile(
    r"(?:,\s*|\s+)(?:to\s+be\s+honest|if\s+i\s+am\s+honest|if\s+i'm\s+honest|to\s+be\s+fair|"
    r"in\s+fairness|truth\s+be\s+told),?(?=\s)"
)
_THE_LOT = re.compile(
    r"\b(?P<verb>see|sees|view|views|access|manage|manages|edit|edits)\s+"
    r"(?:the\s+(?:whole\s+)?lot|it\s+all|all\s+of\s+it)\b"
)
_THE_FEW = re.compile(r"\bthe\s+(?:two|three|four|five|six|seven|eight)\s+(?=[a-z][\w\-]*s\b)")


def plain_about_who_sees(sentence: str) -> str:
    """``and to be honest researchers should only be able to open the cases they've been given,
    while the two partners see the lot``: *and researchers should ..., while the partners see
    everything*; how it is said and how many there are name nobody's rights."""
    sentence = _CANDOUR.sub("", sentence)
    if _THE_LOT.search(sentence) is None:
        return sentence
    return _THE_FEW.sub("the ", _THE_LOT.sub(r"\g<verb> everything", sentence))


_IF_WE_CAN_GET_ONE = re.compile(
    r",?\s+if\s+(?:we|they|you|i)\s+(?:(?:can|could)\s+(?:get|find)|took|take|have|got)\s+"
    r"(?:one|it|them|any|hold\s+of\s+(?:one|it))\b"
)


def without_if_we_can_get_one(sentence: str) -> str:
    """``an email if we can get one``, ``a link to a photo if they took one``: *an email*, *a
    link to a photo*; whether there is one is no part of it."""
    return _IF_WE_CAN_GET_ONE.sub("", sentence)


_ARE_EASY_JUST = re.compile(
    r"^(?:(?P<things>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+are"
    r"|(?:the|our)\s+(?P<one>[a-z][\w\-]*)\s+(?:side|end|part)\s+is)"
    r"\s+(?:easy|simple|straightforward|basic)(?:\s+enough)?,\s+"
    r"(?:(?P<just>just|only)\s+)?(?P<listed>[a-z][^;]*?)"
    r"(?P<rest>,\s+and\s+(?:at|in|on|then|i|we|also)\s[^;]*)?$"
)
_LISTED_WITH_ARTICLE = re.compile(r"^(?:a|an|the|their)\s")


def are_easy_just(sentence: str) -> str:
    """``sites are easy, just a name, a grid reference and whether there's parking``: *sites
    have a name, ...*; how little they need is what they have. ``the customer side is simple,
    just name and phone``: *customers have name and phone*; the side of the business they
    make up is the customers."""

    def plain(match: re.Match[str]) -> str:
        if not (_LISTED_WITH_ARTICLE.match(match["listed"]) or match["just"]):
            return match[0]
        things = match["things"] or plural(match["one"])
        rest = f"; {match['rest'].split(' and ', 1)[1]}" if match["rest"] else ""
        return f"{things} have {match['listed']}{rest}"

    return _ARE_EASY_JUST.sub(plain, sentence)


_HOW_MANY_ASIDE = re.compile(
    r"\s*\((?:plenty|lots|loads|many|several|a\s+few)\s+(?:of\s+)?[a-z][\w\-]*\s+(?:at|in|on|per)\s+"
    r"(?:each|every)\s+one\b[^()]*\)"
)


def without_how_many_aside(sentence: str) -> str:
    """``members sign up for sessions (plenty of members at each one, and people come to
    lots)``: *members sign up for sessions*; the bracket says how many, no fields."""
    return _HOW_MANY_ASIDE.sub("", sentence)


_APPOSITION_WITH_BRACKET = re.compile(
    # "is for a client, the building owner (...)", not a list's "a title, the material (...)"
    r"(?:(?<=\bfor\s)|(?<=\bto\s))(?P<one>(?:a|an|one)\s+[a-z][\w\-]*),\s+the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"(?P<bracket>\([^()]+\))"
)
_NEXT_DOOR = re.compile(r"(?<=[a-z]s)\s+next\s+door\b")


def named_once_with_bracket(sentence: str) -> str:
    """``each job is for a client, the building owner (name and phone), and involves adjoining
    owners next door``: *... for a client (name and phone), and involves adjoining owners*; the
    second name for the same person, and where they live, name no more records."""
    return _NEXT_DOOR.sub("", _APPOSITION_WITH_BRACKET.sub(r"\g<one> \g<bracket>", sentence))


_HOW_MANY_EACH_COME = re.compile(
    r"\bhow\s+many\s+(?P<first>[a-z][\w\-]*s)\s+and\s+(?P<second>[a-z][\w\-]*(?:s|ren|people))"
    r"(?=\s+(?:are|were|will|come|came|go|went|turn|attend|join|take|took)\b)"
)


def how_many_of_each_come(sentence: str) -> str:
    """``how many adults and children are coming``: *how many adults and how many children
    are coming*; both are counted, not the adults alone with a clause about children."""
    return _HOW_MANY_EACH_COME.sub(r"how many \g<first> and how many \g<second>", sentence)


_NAMES_DOWN = re.compile(
    r"\b(?:put|puts|putting)\s+(?:their|his|her|your|our|my)\s+names?\s+down\b"
)


def put_their_names_down(sentence: str) -> str:
    """``volunteers put their names down for shifts``: *volunteers sign up for shifts*; the
    name written is the person signing up, no name field of the shift's."""
    return _NAMES_DOWN.sub("sign up", sentence)


_IN_ONE_OR_OTHER = re.compile(
    r",\s+(?:in|on|during)\s+(?:either\s+)?the\s+(?P<first>[a-z][\w\-]*)\s+or\s+(?:the\s+)?"
    r"(?P<second>[a-z][\w\-]*)\s+(?P<what>round|shift|session|slot|sitting|run|service)\b"
)


def in_one_or_the_other(sentence: str) -> str:
    """``a collection is from one henhouse on a date, in either the morning or the afternoon
    round``: *... on a date with a round (morning or afternoon)*; which of the two it was is a
    value."""
    return _IN_ONE_OR_OTHER.sub(
        lambda m: f" with a {m['what']} ({m['first']} or {m['second']})", sentence
    )


_FROM_ONE = (
    r"(?:comes?|is\s+(?:bought|sourced|supplied|ordered)|are\s+(?:bought|sourced|supplied|ordered))"
    r"\s+from\s+(?:a|an|one|one\s+of\s+our|the)\s+"
)
_AND_COMES_FROM = re.compile(
    r"^(?P<subject>(?:(?:each|every|a|an|the)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<held>(?:has|have|carry|carries|hold|holds|record|records)\s+[^;]+?),?\s+and\s+"
    rf"(?P<from>{_FROM_ONE}.+)$"
)
_COMES_FROM_ONE = re.compile(
    r"^(?:(?:each|every|a|an|the)\s+)?(?!(?:they|it|we|i|you|he|she)\b)"
    r"(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    rf"{_FROM_ONE}(?P<one>[a-z][\w\-]*(?:\s+(?!with\b)[a-z][\w\-]*)?)"
    r"(?:\s+with\s+(?P<listed>[^;]+))?$"
)


def comes_from_one(sentence: str) -> str:
    """``medicines carry a product name and an expiry date and come from a supplier with a name
    and a phone number``: *...; each medicine belongs to one supplier; each supplier has a name
    and a phone number*; where a thing comes from is one record, with its own list."""
    joined = _AND_COMES_FROM.match(sentence)
    parts = (
        [f"{joined['subject']} {joined['held']}", f"{joined['subject']} {joined['from']}"]
        if joined
        else [sentence]
    )
    told = []
    for part in parts:
        match = _COMES_FROM_ONE.match(part)
        if match is None:
            told.append(part)
            continue
        things = singular_phrase(match["things"])
        told.append(f"each {things} belongs to one {match['one']}")
        if match["listed"]:
            told.append(f"each {match['one']} has {match['listed']}")
    return "; ".join(told) if len(told) > 1 or told[0] != sentence else sentence


_EACH_WHO_CAME = re.compile(
    r"\b(?P<each>(?:each|every)\s+[a-z][\w\-]*)\s+(?:who|that)\s+(?:came|attended|turned\s+up|"
    r"showed\s+up|was\s+there|were\s+there|took\s+part)\b"
)


def each_who_came(sentence: str) -> str:
    """``the therapist writes a progress note for each client who came, with a wellbeing
    score``: *... for each client, with a wellbeing score*; who came says which ones, no field
    or record of its own."""
    return _EACH_WHO_CAME.sub(r"\g<each>", sentence)


_COULD_BE_WHATEVER = re.compile(
    r",?\s+and\s+(?:a|an|the)\s+(?P<one>[a-z][\w\-]*)\s+(?:could|can|might|may)\s+be\s+"
    r"(?:a|an)\s+[^;:()]*?,?\s+(?:whatever|anything\s+really|etc\.?|and\s+so\s+on)"
    r"(?P<each>[,;]\s+(?:so\s+)?for\s+(?:each|every)\s+one\b)?"
)


def could_be_whatever(sentence: str) -> str:
    """``a group books a visit, and a group could be a school, a scout troop, whatever, so for
    each one we keep the name``: *a group books a visit; for each group we keep the name*; the
    examples say what it may be, and *each one* is one of them."""
    return _COULD_BE_WHATEVER.sub(lambda m: f"; for each {m['one']}" if m["each"] else "", sentence)
