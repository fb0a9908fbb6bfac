"""Values and steps told in a phrase: *a priority of red, amber or green*, *a lesson uses either a
manual or automatic transmission*, *a setup, which is standing, seated or racing rig*, *a status
going placed, packed, delivered*.

Each is rewritten into a field with its values in brackets, or the flow the flow readers take.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause, per_match
from appwright.design.offline.noun_phrases import leading_noun_phrase, strip_determiners
from appwright.design.offline.options_said import CHOICE_HEADS, VALUE_OF_HEADS
from appwright.design.offline.phrase_patterns import ARTICLES, NOUN_PATTERN
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import can_be_noun, is_plural, singular, singular_phrase

_ON_A_VALUED = re.compile(
    r"\b(?:is|are)\s+on\s+(?P<what>(?:a|an|one)\s+[a-z][\w\-]*)\s+(?P<values>\([^()]*\bor\b[^()]*\))"
    r"(?P<with>\s+with\s+)?"
)


_EITHER_KIND = re.compile(
    r"\b(?P<verb>uses|use|takes|take|comes\s+with|come\s+with|has|have)\s+either\s+(?:a|an)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+or\s+(?:(?:a|an)\s+)?(?P<other>[a-z][\w\-]*)\s+(?P<noun>[a-z][\w\-]*)"
    r"(?=\s*(?:[,;.]|$|\s+and\s))"
)


_LASTS_A_NUMBER_OF = re.compile(
    r"\b(?P<verb>lasts|last|runs\s+for|run\s+for|takes|take)\s+(?:a\s+(?:set\s+|given\s+)?number\s+of|"
    r"so\s+many|several)\s+(?P<unit>minutes|hours|days|weeks)\b"
)


_USES_A_VALUED = re.compile(
    r"\b(?P<verb>uses|use|follows|follow|comes\s+in|come\s+in)\s+"
    r"(?=(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*(?::\s*[^;]*\bor\b|\([^()]*\bor\b[^()]*\)))"
)


def either_kind(sentence: str) -> str:
    """``a lesson uses either a manual or automatic transmission``: *has a transmission
    (manual or automatic)*; ``uses a format: british parliamentary or oxford``: *has a format:
    ...*; ``lasts a number of minutes``: *has a duration in minutes*."""
    sentence = _USES_A_VALUED.sub(
        lambda m: "has " if m["verb"].split()[0].endswith("s") else "have ", sentence
    )
    sentence = _EITHER_KIND.sub(
        lambda m: (
            f"{'has' if m['verb'].endswith('s') else 'have'} a {m['noun']} ({m['one']} or"
            f" {m['other']})"
        ),
        sentence,
    )
    return _LASTS_A_NUMBER_OF.sub(
        lambda m: (
            f"{'has' if m['verb'].split()[0].endswith('s') else 'have'} a duration in {m['unit']}"
        ),
        sentence,
    )


_AND_ITS_STAGE = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<pred>(?:is|are|gets|get)\s+[a-z]+\s+(?:to|into|in|at|on|with|for)\s+[^;]+?),?\s+and\s+"
    r"its\s+(?P<field>status|stage|state)\s+(?P<rest>(?:goes|moves|runs|passes|changes|starts)\s[^;]+)$"
)


def and_its_stage(sentence: str) -> str:
    """``a batch is stocked into a tank with a date, and its stage goes from eggs to fry``:
    *...; the batch's stage goes from eggs to fry*; *its* is the subject's, not the tank's."""

    def plain(match: re.Match[str]) -> list[str]:
        subject = match["subject"]
        record = subject.split(maxsplit=1)[1]
        return [f"{subject} {match['pred']}", f"the {record}'s {match['field']} {match['rest']}"]

    return per_match(sentence, _AND_ITS_STAGE, plain)


def on_a_valued(sentence: str) -> str:
    """``every website is on a plan (starter, business or pro) with a domain, ...``: *has a
    plan (starter, business or pro), a domain, ...*; a thing it is on, told by its values, is
    one of its fields."""
    return _ON_A_VALUED.sub(
        lambda m: f"has {m.group('what')} {m.group('values')}{', ' if m.group('with') else ''}",
        sentence,
    )


_IS_FOR_KINDS = re.compile(
    rf"^(?P<subject>(?:each|every|a|an|the)\s+{NOUN_PATTERN})\s+(?:is|are)\s+(?:always\s+)?for\s+"
    rf"(?:a|an)\s+(?P<kinds>{NOUN_PATTERN}(?:,\s+(?:(?:a|an)\s+)?{NOUN_PATTERN})+,?\s+or\s+(?:(?:a|an)\s+)?{NOUN_PATTERN})"
    r"(?:,\s+with\s+(?P<rest>.+))?$"
)


_IS_FOR_ONE_KIND = re.compile(
    r"\b(?:is|are)\s+(?:always\s+)?for\s+one\s+"
    r"(?P<kind>[a-z][\w\-]*\s+(?:type|kind|category|class|level|grade|size))\s+"
    r"(?P<values>\([^()]*\bor\b[^()]*\))"
)
"""*a course is for one truck type (counterbalance, reach or pallet stacker)*: its truck type,
one of those values (a kind named with its values, no record of kinds)."""


def is_for_kinds(sentence: str) -> str:
    """``a commission is for a belt, wallet, bag or dog collar, with a colour``: *has a type
    (belt, wallet, bag or dog collar), a colour*; three or more kinds of one thing, each a
    single noun, are the values of its type; so *is for one truck type (counterbalance, reach
    or pallet stacker)*: *has a truck type (...)*."""

    def typed(clause: str) -> list[str]:
        match = _IS_FOR_KINDS.match(clause)
        if match is None:
            return [clause]
        kinds = [strip_determiners(kind) for kind in re.split(r",\s+|,?\s+or\s+", match["kinds"])]
        if any(is_plural(kind.split()[-1]) or not can_be_noun(kind.split()[-1]) for kind in kinds):
            return [clause]
        values = f"{', '.join(kinds[:-1])} or {kinds[-1]}"
        rest = f", {match['rest']}" if match["rest"] else ""
        return [f"{match['subject']} has a type ({values}){rest}"]

    sentence = _IS_FOR_ONE_KIND.sub(r"has a \g<kind> \g<values>", sentence)
    return per_clause(sentence, typed)


_ONE_OF_NAMED = re.compile(
    r"\bone\s+of\s+(?:the|our)\s+(?P<things>[a-z][\w\-]*s)\s*,\s+"
    r"(?P<named>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)*,?\s+or\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*(?=,|;|$)"
)


def one_of_named(sentence: str) -> str:
    """``a booking is for one of the rooms, main hall, small hall or kitchen, on a date``:
    *a booking is for one room, on a date*; the rooms named are records of their own, not
    the booking's values."""
    return _ONE_OF_NAMED.sub(lambda m: f"one {singular(m['things'])}", sentence)


_WHICH_IS_ONE_OF = re.compile(
    # "a setup, which is ...", and a bare item of a list: "..., email and position, which is ..."
    r"\b(?P<field>(?:(?:a|an|the|its|their)\s+)?(?!(?:and|or|with)\b)[a-z][\w\-]*"
    r"(?:\s+(?!(?:and|or)\b)[a-z][\w\-]*)?),\s+(?:which\s+(?:is|can\s+be)\s+"
    r"(?:either\s+|one\s+of\s+)?|either\s+)(?P<values>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}"
    r"(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})*,?\s+or\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)"
    r"(?=,\s+(?:and|but|while|because|since|as|so)\s|;|$)"
)


def which_is_one_of(sentence: str) -> str:
    """``each bay has a number and a setup, which is standing, seated or racing rig``: *a
    setup (standing, seated or racing rig)*; the values a field is said to take, also told
    after a comma alone (*a status, either on or called off*)."""
    return _WHICH_IS_ONE_OF.sub(lambda m: f"{m['field']} ({m['values']})", sentence)


_VALUES_OF = re.compile(
    r"\b(?P<det>a|an|the)\s+(?P<field>(?:[a-z]+\s+)?[a-z]+)\s+of\s+"
    r"(?P<values>[a-z][\w\-]*(?:\s*,\s*[a-z][\w\-]*)+,?\s+or\s+[a-z][\w\-]*)\b"
    r"(?P<more>\s+with\s+[a-z][\w\-]*\b)?"
)


_TWO_VALUES_OF = re.compile(
    r"\b(?P<det>a|an)\s+(?P<field>(?:[a-z]+\s+)?(?P<head>[a-z]+))\s+of\s+"
    r"(?P<values>[a-z][\w\-]*\s+or\s+[a-z][\w\-]*)(?=\s*(?:,|;|$)|\s+and\s)"
)


_TWO_PHRASES_OF = re.compile(
    r"\b(?P<det>a|an)\s+(?P<field>(?:[a-z]+\s+)?(?P<head>[a-z]+))\s+of\s+"
    r"(?P<values>(?!(?:a|an|the|their|its|our|my)\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?"
    r"\s+or\s+(?!(?:a|an|the|their|its|our|my)\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?)"
    r"(?=\s*(?:[,;.]|$))"
)
"""``a delivery method of collect at the gym or post``: two values, one of several words,
after a word for a choice, up to the end of the list item."""


def _bracketed_values(match: re.Match[str]) -> str:
    """*a result of pass, fail or pass with advisories*: a value said again with more to it is
    a value of its own, *with* and all; otherwise what follows *with* is the record's."""
    values, more = match["values"], match["more"] or ""
    said = re.split(r"\s*,\s*|,?\s+or\s+", values)
    if more and said[-1] in said[:-1]:
        return f"{match['det']} {match['field']} ({values}{more})"
    return f"{match['det']} {match['field']} ({values}){more}"


_PHRASE_VALUES_OF = re.compile(
    r"\b(?P<det>a|an|the)\s+(?P<field>(?:[a-z]+\s+)?(?P<head>[a-z]+))\s+of\s+"
    r"(?P<values>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}(?:\s*,\s*[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})+"
    r",?\s+or\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)(?=\s*(?:[,;.]|$)|\s+and\s+(?:a|an|the|its)\s)"
)
"""``a cover level of accident only, time limited or lifetime``: values of several words, after
a word for a choice."""


_VALUED_HEADS = CHOICE_HEADS | VALUE_OF_HEADS
"""A word for a choice or for a quality: after either, *of* gives its values (*an urgency of
advice only, see at surgery or home visit*)."""


def values_of(sentence: str) -> str:
    """``a priority of red, amber or green`` and ``a payment method of cash or card``: the
    field and its values, in brackets; two values only after a word for a choice, since
    *a list of members or guests* names no values."""
    sentence = _PHRASE_VALUES_OF.sub(
        lambda m: (
            f"{m['det']} {m['field']} ({m['values']})" if m["head"] in _VALUED_HEADS else m[0]
        ),
        sentence,
    )
    sentence = _VALUES_OF.sub(_bracketed_values, sentence)
    sentence = _TWO_PHRASES_OF.sub(
        lambda m: (
            f"{m['det']} {m['field']} ({m['values']})"
            if m["head"] in _VALUED_HEADS and " and " not in m["values"]
            else m[0]
        ),
        sentence,
    )
    return _TWO_VALUES_OF.sub(
        lambda m: (
            f"{m['det']} {m['field']} ({m['values']})" if m["head"] in _VALUED_HEADS else m[0]
        ),
        sentence,
    )


_VALUE = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"


_VALUES_TOLD = re.compile(
    r"\b(?P<field>[a-z][\w\-]*)\s+(?:that|which)(?:'s|\s+is|\s+can\s+be)\s+"
    rf"(?:(?:either|one\s+of)\s+(?P<either>{_VALUE}(?:\s*,\s*{_VALUE})*,?\s+or\s+{_VALUE})"
    rf"|(?P<listed>{_VALUE}(?:\s*,\s*{_VALUE})+,?\s+or\s+{_VALUE}))"
    r"(?=\s*(?:[,;:.]|\s(?:and|but|so)\s|$))"
)
"""*a time slot that's either sunrise or evening*, *a size that can be small, medium or
large*: two values need *either*, three make a list by themselves."""


def told_values(sentence: str) -> str:
    """``a time slot that's either sunrise or evening``: *a time slot (sunrise or evening)*, the
    bracketed values every field reader takes."""

    def bracketed(match: re.Match[str]) -> str:
        return f"{match.group('field')} ({match.group('either') or match.group('listed')})"

    return _VALUES_TOLD.sub(bracketed, sentence)


_PICKED_FROM = re.compile(
    r"\b(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:picked|chosen|selected|taken|drawn)\s+from\s+"
    r"(?:our|the|their|your|a)\s+(?P<source>[a-z][\w\-]*)(?:\s+(?:list|register|roster|pool|table))?"
    r"\b"
)


def picked_from(sentence: str) -> str:
    """``a job has a start date and a crew leader picked from our staff list``: *a job has a
    start date and a staff; a job belongs to a staff*, the record the field points at."""

    def linked(part: str) -> list[str]:
        match = _PICKED_FROM.search(part)
        tokens = words(part)
        subject = leading_noun_phrase(tokens) if tokens[:1] and tokens[0] in ARTICLES else ""
        if not match or not subject:
            return [part]
        source = singular(match.group("source"))
        return [
            f"{part[: match.start()]}a {source}{part[match.end() :]}",
            f"{tokens[0]} {subject} belongs to a {source}",
        ]

    return per_clause(sentence, linked)


_STATUS_GOING = re.compile(
    r"\b(?P<noun>status|stage|state)\s+(?:going|moving|running|passing|progressing)\s+"
    r"(?=(?:from|through)?\s*[a-z])"
)


_RATE_ONE = re.compile(
    r"\b(?P<who>[a-z][\w\-]*s)\s+(?P<modal>(?:can|may|will|also)\s+)?rate\s+"
    r"(?P<thing>(?:a|an|each|every|the|their)\s+[a-z][\w\-]*(?:\s+(?!from\b|between\b|out\b)"
    r"[a-z][\w\-]*)?)\s+(?P<scale>(?:from\s+|between\s+)?\d+\s*(?:to|-|and)\s*\d+|out\s+of\s+\d+)"
    r"(?:\s*,?\s+(?:with|and\s+(?:leave|add|write))\s+(?P<rest>[^;,]+))?"
)


def rate_one(sentence: str) -> str:
    """``subscribers can rate a box from 1 to 5 with a comment``: *subscribers can review a
    box with a rating from 1 to 5 and a comment*, a review of the thing by the people, its
    rating on the scale told."""

    def plain(match: re.Match[str]) -> str:
        said = f"{match['who']} {match['modal'] or ''}review {match['thing']} with a rating"
        rest = f" and {match['rest']}" if match["rest"] else ""
        return f"{said} {match['scale']}{rest}"

    return _RATE_ONE.sub(plain, sentence)


_FLOW_TOLD = re.compile(r"\b(?:goes|go|moves|move|passes|runs|progresses)\s+(?:through|from)\s")


_WHILE_IN_FLOW = re.compile(
    r"\s+(?:while|whilst)\s+(?:the|a|an|they|we|i|he|she|it|our|my|their)\s+[^,;]*"
)


_BEGUN_AS = re.compile(r"\b(?:starts?|begins?)\s+(?:(?:out|off)\s+)?as\s")


_ENDS_UP = re.compile(
    r",?\s+and\s+(?:then\s+)?(?:ends|finishes|winds)(?:\s+up)?\s+(?:either\s+|as\s+)?(?=[a-z])"
)


def flow_ends_up(sentence: str) -> str:
    """``the case goes through diagnosis, then awaiting approval while the customer thinks
    about my quote, then recovery, and ends up either recovered or unrecoverable``: *... goes
    through diagnosis, then awaiting approval, then recovery, then recovered or
    unrecoverable*; what happens meanwhile is no state, and where it ends is its last."""
    told = _FLOW_TOLD.search(sentence)
    if told is None:
        # "it starts off as a draft while I write it up, then it's submitted, ...": the same
        # meanwhile, in a flow told from its first step
        begun = _BEGUN_AS.search(sentence)
        if begun is None:
            return sentence
        return f"{sentence[: begun.end()]}{_WHILE_IN_FLOW.sub('', sentence[begun.end() :])}"
    flow = _WHILE_IN_FLOW.sub("", sentence[told.end() :])
    return f"{sentence[: told.end()]}{_ENDS_UP.sub(', then ', flow)}"


_COMMA_MOVING = re.compile(
    r",\s+(?:then\s+)?(?:moving|going|progressing|passing)\s+(?=(?:from|through)\s+[a-z])"
)
"""*..., with a tracking number, moving from packed to ...*: the record moving, told after its
list."""


def status_going(sentence: str) -> str:
    """``a status going placed, packed, delivered``: *a status that goes ...*, the shape the
    flow readers take; ``..., with a tracking number, moving from packed to shipped, or
    returned``: *...; each shipment moves from ...*, a clause of its own, so its last value is
    a state and not one more item of the list."""
    moving = _COMMA_MOVING.search(sentence)
    # "a helpdesk: tickets with ..., moving from ...": the records after a header
    before = sentence[: moving.start()].rsplit(":", 1)[-1].strip() if moving else ""
    record = record_before(before, len(before)) if moving else None
    if moving and record and can_be_noun(record.split()[-1]):
        said = f"each {singular_phrase(strip_determiners(record))} moves "
        sentence = f"{sentence[: moving.start()]}; {said}{sentence[moving.end() :]}"
    return _STATUS_GOING.sub(r"\g<noun> that goes ", sentence)


_FOR_EACH_HEAD = re.compile(r"^for\s+(?:each|every)\s+(?P<one>[a-z][\w\-]*)\b")


def record_before(sentence: str, at: int, *, ours: bool = False) -> str | None:
    """The record the clause before ``at`` opens with (*a race* in ``a race has a date; for
    each bird ...``, *customer* in ``for each customer we keep a name``), None when it opens
    with a person (*we*, *i*); with ``ours``, what we do (*competitions* in ``we enter
    competitions with a date, and every time ...``)."""
    before = re.split(r";\s+|,\s+and\s+|,\s+so\s+", sentence[:at])[-1]
    before = re.sub(r"^(?:so|and|then)\s+", "", before)
    done = _WE_DO_THINGS.match(before) if ours else None
    if done is not None:
        return singular(done.group("things"))
    head = _FOR_EACH_HEAD.match(before)
    if head is not None:
        return head.group("one")  # "for each customer we keep a name": the customer
    subject = leading_noun_phrase(words(before))
    if not subject or subject in ("we", "i", "you", "they", "it"):
        return None
    return subject


_WE_DO_THINGS = re.compile(
    r"^(?:we|i)\s+(?:also\s+)?[a-z]+\s+(?:in\s+|for\s+|at\s+)?(?P<things>[a-z][\w\-]*s)\b"
)
