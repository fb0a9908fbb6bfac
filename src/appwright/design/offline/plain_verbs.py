"""Verb phrases written plainly: *fills in a card* is *fills a card*, *is looked after by* is *is
looked by*, *gets logged against* is *is logged against*, *referred to us by* is *referred by*,
*listing the stamps, giving the country* is *the stamps with the country*.

The readers of acts and passives then take one form of each.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause, per_statement, reordered
from appwright.design.offline.phrase_patterns import SAME_FORM_DONE
from appwright.design.offline.word_classes import word_set
from appwright.design.offline.word_forms import is_past_participle, verb_lemma

_GET_DONE = re.compile(r"\b(?P<get>gets|get|got)\s+(?P<done>[a-z]+)\b")


_SOLD_AT_A_PRICE = re.compile(
    r"\b(?P<be>is|are)\s+(?:sold|priced|charged|offered|rented|rented\s+out|hired|hired\s+out|let|"
    r"billed)\s+(?:at|for)\s+(?P<what>(?:a|an)\s+(?:[a-z]+\s+)?(?:price|rate|fee|cost|charge))\b"
)


_RECORD_GIVES = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*"
    r"(?:\s+(?!gives\b|states\b|sets\b|spells\b|for\b)[a-z][\w\-]*)?"
    r"(?:\s+for\s+(?:a|an|one|each)\s+[a-z][\w\-]*)?)\s+"
    r"(?:gives|states|sets\s+out|spells\s+out)\s+(?=(?:the|a|an|its)\s[^;]*(?:,|\sand\s))"
)


_AND_GIVES = re.compile(
    r"^(?P<before>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:is|are)\s+[^;,]*?\s+and\s+)"
    r"(?:gives|states|sets\s+out|spells\s+out)\s+(?=(?:the|a|an|its)\s[^;]*(?:,|\sand\s))"
)
"""*a contract is with one merchant and states the harvest year, ...*: the second predicate of
the record, its list."""

_RECORD_CARRIES = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+(?!carry\b|carries\b)[a-z][\w\-]*)?|[a-z][\w\-]*s)\s+"
    r"(?P<carry>carries|carry)\s+"
    r"(?=(?:a|an|the|its|their)\s[^;]*(?:,|\sand\s))"
)
"""*drivers carry a name and a racing number*: what a record carries is what it has."""


def _carries_as_has(match: re.Match[str]) -> str:
    return f"{match['subject']} {'has' if match['carry'] == 'carries' else 'have'} "


def record_gives(sentence: str) -> str:
    """``a quote for a customer gives the surface, the area and the price``: *has the surface,
    ...*; what a written record gives is what it holds, said second too (``a contract is with
    one merchant for one variety and states the harvest year, ...``)."""
    return per_clause(
        sentence,
        lambda clause: [
            _AND_GIVES.sub(r"\g<before>has ", _RECORD_GIVES.sub(r"\g<subject> has ", clause))
        ],
    )


def record_carries(sentence: str) -> str:
    """``drivers carry a name and a racing number``: *drivers have a name and a racing number*;
    what a record carries is what it has. The rest of the statement stays as it is, for the
    readers that split it."""
    return per_statement(sentence, lambda part: _RECORD_CARRIES.sub(_carries_as_has, part, count=1))


def sold_at_a_price(sentence: str) -> str:
    """``products are sold at a fixed price and have a name``: *products have a fixed price
    and have a name*; what a thing is sold at is its price."""
    return _SOLD_AT_A_PRICE.sub(
        lambda m: f"{'has' if m['be'] == 'is' else 'have'} {m['what']}", sentence
    )


_GETS_ONE = re.compile(
    r"^(?P<subject>(?:each|every|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+gets\s+(?=(?:a|an|one)\s)"
)


def gets_one(sentence: str) -> str:
    """``every client gets a case with the date it was opened``: *has a case*; what a record
    gets is what it has."""
    return reordered(
        sentence, _GETS_ONE, lambda match, rest: f"{match.group('subject')} has {rest}"
    )


_USES_MANY_WITH = re.compile(
    r"\b(?:uses|use|needs|need|requires|require|consumes|consume)\s+"
    r"(?=(?:several|many|multiple|one or more)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+with\s)"
)


def uses_many_with(sentence: str) -> str:
    """``a display uses many products with a quantity``: *contains*; the quantity is each
    pairing's, as with any record that contains many others with a list."""
    return _USES_MANY_WITH.sub("contains ", sentence)


_TAKES_PLACE = re.compile(r"\b(?:takes|take|took)\s+place\s+(?=(?:in|at|on)\s)")


def happens_for_takes_place(sentence: str) -> str:
    """``each exam takes place in one room``: *happens in one room*; no *take* is kept."""
    return _TAKES_PLACE.sub("happens ", sentence)


_LOGGED_IN = re.compile(
    r"^(?P<det>every|each)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:in|on|from|under|during)\s+"
    r"(?:a|an|the|each)\s+"
    r"(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<rest>(?:is|gets)\s+(?:logged|recorded|noted|entered|listed|written\s+down)\s+with\s.*)$"
)


def logged_in(sentence: str) -> str:
    """``every blade in a drop-off gets logged with its kind``, ``each spraying visit under a
    plan is logged with the date``: each blade is logged, and is the drop-off's."""

    def plain(clause: str) -> list[str]:
        match = _LOGGED_IN.match(clause)
        if match is None:
            return [clause]
        x = match.group("x")
        return [
            f"{match.group('det')} {x} {match.group('rest')}",
            f"each {x} belongs to a {match.group('y')}",
        ]

    return per_clause(sentence, plain)


def plain_passive(sentence: str) -> str:
    """``every treatment gets logged against a block``: the passive with *is*, as the readers
    of passives expect it."""

    def plain(match: re.Match[str]) -> str:
        if (
            not is_past_participle(match.group("done"))
            and match.group("done") not in SAME_FORM_DONE
        ):
            return match.group(0)
        return f"{'are' if match.group('get') == 'get' else 'is'} {match.group('done')}"

    return _GET_DONE.sub(plain, sentence)


_TO_US = re.compile(r"\b(?P<done>[a-z]+)\s+(?:to|for)\s+us\s+(?=(?:by|from|through|via)\s)")


def without_to_us(sentence: str) -> str:
    """``households are referred to us by an agency``: *referred by an agency*; ``a customer
    brings us their van``: *brings in their van*; who the business is goes without saying."""

    def plain(match: re.Match[str]) -> str:
        done = match.group("done")
        return f"{done} " if is_past_participle(done) else match.group(0)

    sentence = _TO_US.sub(plain, sentence)
    return _BRINGS_US.sub(r"\g<verb> in ", sentence)


_BRINGS_US = re.compile(r"\b(?P<verb>brings?|bring)\s+us\s+(?=(?:their|his|her|its|a|an)\s)")


PARTICLE_VERBS = word_set("fill write hand send type key turn put jot note sign")
"""Verbs whose particle adds nothing a record needs (*fill in a form*, *write up a report*)."""


_PARTICLE = re.compile(
    # "every key in the hierarchy": a noun after its article, no verb
    r"(?<!\beach\s)(?<!\bevery\s)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bone\s)"
    r"\b(?P<verb>[a-z]+)\s+(?P<particle>in|out|up|down)\s+(?=(?:a|an|the|each|every|their|its|his|her)\s)"
)


def without_particle(sentence: str) -> str:
    """``a member fills in a score card with ...``: *fills a score card with ...*; a plural act
    with *their* list keeps its particle, which the readers of people's acts know; *pair them
    up with mentors* is *pair them with mentors*."""

    def plain(match: re.Match[str]) -> str:
        verb = match.group("verb")
        if (verb_lemma(verb) or verb) not in PARTICLE_VERBS:
            return match.group(0)
        if verb == verb_lemma(verb) and " with their " in sentence[match.end() :]:
            return match.group(0)  # "adopters fill in a form with their name": the readers of
            # people's acts know whose the list is
        if verb in ("write", "jot") and match.group("particle") == "down":
            return "note "  # "we write down the miles driven": what we note, as the readers say it
        return f"{verb} "

    return _PRONOUN_PARTICLE.sub(r" \g<pronoun> ", _PARTICLE.sub(plain, sentence))


_PRONOUN_PARTICLE = re.compile(
    r"(?<=[a-z])\s+(?P<pronoun>them|it|him|her|us)\s+(?:up|in|out|off|over|back|down)\s+"
    r"(?=(?:with|to|for|against|into|onto|from)\s)"
)
"""*pair them up with mentors*: the particle after a pronoun is no record (*up*)."""


_PASSIVE_PARTICLE = re.compile(
    r"\b(?P<be>is|are|was|were|gets|get|and)\s+(?P<done>[a-z]+)\s+(?:after|over|up|out|off|on)"
    r"\s+by\b"
)


def without_passive_particle(sentence: str) -> str:
    """``every enclosure is looked after by one keeper``: *is looked by one keeper*, the
    passive every reader of who-does-what takes; so is a second passive (*is logged at an
    event and taken on by one fixer*)."""

    def plain(match: re.Match[str]) -> str:
        be = match.group("be")
        if be == "and":
            if not is_past_participle(match.group("done")):
                return match.group(0)
            # "and is taken by": the second predicate, as the clause splitter knows it
            many = re.search(r"\b(?:are|were)\b", sentence[: match.start()])
            be = "and are" if many else "and is"
        return f"{be} {match.group('done')} by"

    return _PASSIVE_PARTICLE.sub(plain, sentence)


_TELLING = (
    r"(?:giving|recording|noting|stating|including|listing|showing|logging|saying|"
    r"specifying|ticking|marking|choosing|picking)"
)


_PARTICIPLE_LIST = re.compile(
    rf",\s+{_TELLING}\s+(?=(?:the|a|an|their|its|how|whether|what|when)\s)"
)


_UNMARKED_PARTICIPLE_LIST = re.compile(
    r"(?<=[a-z])\s+(?:giving|recording|noting|listing|stating|logging)\s+"
    r"(?=(?:the|a|an|their|its|how|whether|what|when)\s)"
)
"""*Every judge fills in a scorecard giving the round number*: no comma, and only the verbs
that never do more than open a list."""


_AND_TELLING = re.compile(rf",?\s+and\s+{_TELLING}\s+(?=(?:the|a|an|their|its|how|whether)\s)")


def participle_list(sentence: str) -> str:
    """``members list the stamps, giving the country, year of issue and a value``: *members
    list the stamps with the country, ...*; the participle introduces the stamps' fields, and
    a second one (*..., and ticking whether ...*) goes on with the same list."""
    return _participle_as_with(sentence, _PARTICIPLE_LIST)


def unmarked_participle_list(sentence: str) -> str:
    """``after each round every judge fills in a scorecard giving the round number, ...``:
    *... a scorecard with the round number, ...*, as :func:`participle_list` reads it after a
    comma; it runs after the readers of what people give when they book (*people book onto a
    course giving their name*), which keep their own reading."""
    return _participle_as_with(sentence, _UNMARKED_PARTICIPLE_LIST)


_ONE_FROM_ONE = re.compile(
    r"(?:^|[,;]\s+(?:and\s+)?)(?:each|every|a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:comes|is|belongs)\s+(?:from|for|to)\s+one\s+(?:of\s+(?:the|our|their)\s+)?"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?$"
)
"""*every graft batch comes from one of the breeder queens, recording ...*: the list is the
batch's, not the queen's."""


def _participle_as_with(sentence: str, participle: re.Pattern[str]) -> str:
    listed = participle.search(sentence)
    if listed is None:
        return sentence
    rest = _AND_TELLING.sub(" and ", sentence[listed.end() :])
    one_from_one = _ONE_FROM_ONE.search(sentence[: listed.start()])
    if one_from_one is not None:
        return f"{sentence[: listed.start()]}; each {one_from_one['record']} has {rest}"
    return f"{sentence[: listed.start()]} with {rest}"


_PLACED_SUBJECT = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+(?P<place>(?:on|against|for|about)\s+(?:a|an|the|each|every)\s+"
    r"[a-z][\w\-]*)\s+(?P<done>(?:get|are|were|got)\s+[a-z]+ed)\b"
)


def placed_after_passive(sentence: str) -> str:
    """``faults on a unit get raised with a description``: *faults get raised on a unit with a
    description*, the record first, then where it is raised, as the passive readers expect."""

    def reorder(match: re.Match[str], rest: str) -> str | None:
        if not is_past_participle(match.group("done").split()[-1]):
            return None
        return f"{match.group('things')} {match.group('done')} {match.group('place')}{rest}"

    return reordered(sentence, _PLACED_SUBJECT, reorder)


_GET_GIVEN = re.compile(
    r"^(?:the\s+|our\s+)?(?P<people>[a-z][\w\-]*s)\s+(?:\([^()]*\)\s+)?(?:each\s+|all\s+)?get\s+"
    r"(?:given|sent|assigned|allocated)\s+(?P<things>[a-z][\w\-]*s)\b"
)


def get_given(sentence: str) -> str:
    """``the drivers each get given orders to deliver``: *orders are given to drivers to
    deliver*, the things handed out first, as the readers of handing out expect."""
    return reordered(
        sentence,
        _GET_GIVEN,
        lambda match, rest: f"{match.group('things')} are given to {match.group('people')}{rest}",
    )


_TURNS_OUT_TO_BE = re.compile(r"\b(?:turns|turn)\s+out\s+to\s+be\b")


def turns_out_to_be(sentence: str) -> str:
    """``or to refused if the ground turns out to be unsuitable``: *if the ground is
    unsuitable*, a condition the flow readers leave, not a step after *be*."""
    return _TURNS_OUT_TO_BE.sub("is", sentence)


_COUNTED_THAT_DID = re.compile(
    r"(?<=,\s)(?P<things>[a-z][\w\-]*s)\s+that\s+(?P<done>[a-z]+ed)(?=,|\s+and\s|\s*$)"
)


def counted_that_did(sentence: str) -> str:
    """``the test date, seeds tested, seeds that germinated and a result``: *seeds
    germinated*, an item of the list (a count), not a clause that ends it."""
    return _COUNTED_THAT_DID.sub(r"\g<things> \g<done>", sentence)
