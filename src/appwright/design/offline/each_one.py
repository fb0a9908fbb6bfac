"""*For each one*, named: the records a sentence counts out one by one, written again as the noun.

Owners say what they keep about a kind of record after naming it, without naming it twice: *we've
got about a dozen tubs and for each one I need its name ...*, *our volunteers run stalls at the
fair. For every one of them we note the pitch*. The readers of *for each X we record ...* know the
record when it is named; this pass names it. The one counted is the nearest plural noun before,
in the same sentence or else the one before it: the thing a verb has, is or is about (*tubs* in
*we've got tubs*) before one a preposition brings in (*for weekends*). One of a record's
several (*a job can use several parts, and for each one ...*) is left to
``told_records.for_each_counted`` and the pairing readers, which read it as each pairing's.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.parse import NOUN_TAGS, Parse, Token, parse
from appwright.design.offline.remarks_dropped import could_be_whatever
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_adjective,
    can_name_records,
    is_past_participle,
    is_plural,
    plural,
    singular,
    verb_lemma,
)

_FOR_EACH_ONE = re.compile(
    r"\bfor\s+(?:each|every)\s+(?:one(?:\s+of\s+them)?|of\s+them)\b(?!\s+of\b)"
    # "the safety officer adds follow-up actions to each one with ...": for each of them
    r"|\b(?:to|against)\s+(?:each|every)\s+one(?=\s+with\s)"
)
_PLURAL_SUBJECT = re.compile(r"^(?:the\s+|our\s+|all\s+)?(?P<many>[a-z][\w\-]*s)\s+(?!of\b)")
"""*incidents start as reported, ...*: the records a sentence is about, named first."""
_EACH_ONE_ACTS = re.compile(
    r"(?:^|[,;:]\s*(?:and\s+|so\s+)?|\band\s+)(?P<each>each|every)\s+(?:one(?:\s+of\s+them)?|of\s+them)"
    r"\s+(?=(?:has|have|had|is|was|gets?|needs?|comes?|belongs?|carries|holds?|goes|moves|"
    r"can|must|should|will|also|then|lists?|records?|keeps?|shows?|takes?|runs?)\b)"
)
"""*We stage productions, and each one has a title*: the one who then has or does something."""
_EACH_ONE_DONE = re.compile(
    r"(?:[,;:]\s*(?:and\s+)?)(?P<each>each|every)(?:\s+one|\s+of\s+them)?\s+(?P<done>[a-z]+)"
    r"(?=\s+(?:(?:by|to)\s+(?:one|a|an)|(?:for|in|at|on|from)\s+one)\b)"
)
"""*We run workshops, each one led by one of our florists*: each one, what is done to it."""
_EACH_ONES = re.compile(r"\b(?P<each>each|every)\s+one's\s")
"""*The guides are self-employed, and we keep each one's name*: what each one of them has."""
_ONE_ACTED_ON = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time|once)\s+(?:a|an|each|every|any)\s+"
    r"(?P<doer>[a-z][\w\-]*)\s+[a-z][\w\-]*s\s+(?P<one>one)(?=,?\s+(?:we|i)\s)"
)
"""*Qualifications each have a name. When a coach earns one we log ...*: one of them, acted on."""
_ONE_WHO_ACTS_ON = re.compile(r"\b(?:who|that)\s+[a-z]+s\s+(?P<one>one)\b(?!\s+of\b)")
"""*Defects go open, then fixed. The engineer who fixes one enters ...*: one of them."""
_ONE_OF_THOSE_ACTED_ON = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time|once)\s+(?:a|an|each|every|any)\s+"
    r"[a-z][\w\-]*\s+[a-z][\w\-]*s\s+(?P<article>a|an)\s+(?P<thing>[a-z][\w\-]*)"
    r"(?=,?\s+(?:we|i)\s)"
)
"""*Clients have a name ... Each time a stylist sees a client we log the date*: a client."""
_WE_ACT_ON_SOMEONE = re.compile(
    r"\b(?:when|whenever|each\s+time|every\s+time)\s+(?:we|i)\s+[a-z]+\s+"
    r"(?P<someone>someone|somebody)(?=,?\s+(?:we|i)\s)"
)
"""*I keep the clients (...), and every time we see someone we write up a check*: a client."""
_SUBJECTS = frozenset(["nsubj", "nsubjpass"])
_ARGUMENTS = frozenset(["dobj", "nsubj", "nsubjpass", "attr", "appos"])
_NOT_COUNTED = TIME_WORDS | frozenset(["one", "weekend", "thing", "people", "lot", "kind", "sort"])
"""Plurals that are never the records counted out (*ones*, *weekends*, *things*, *lots*)."""
_SEVERAL = frozenset(["several", "many", "multiple", "some"])
"""*Several parts, and for each one the quantity used*: one of a record's several, which the
readers of pairings and lines read as such."""


def name_each_one(said: list[str]) -> list[str]:
    """``said`` with every *for each one* naming the records it counts (*for each tub*), and
    every *each one* that then has or does something naming its record (*each production
    has*)."""
    named: list[str] = []
    for index, sentence in enumerate(said):
        # "a group could be a school, a scout troop, whatever, so for each one ...": a group
        sentence = could_be_whatever(sentence)
        sentence = _each_one_acting(sentence, said[index - 1] if index else None)
        sentence = _each_one_counted_earlier(sentence, said[:index])
        sentence = _each_ones(sentence)
        sentence = _one_acted_on(sentence, said[index - 1] if index else None)
        sentence = _one_done_to(sentence, said[index - 1] if index else None)
        sentence = _each_after_its_list(sentence, said[index - 1] if index else None)
        sentence = _one_someone_acts_on(sentence, said[index - 1] if index else None)
        sentence = _one_of_those_acted_on(sentence, said)
        sentence = _someone_acted_on(sentence, said[index - 1] if index else None)
        match = _FOR_EACH_ONE.search(sentence)
        if match is None:
            named.append(sentence)
            continue
        if not match[0].startswith("for"):
            # "incidents ..., and the officer adds actions to each one with ...": the incidents
            # the sentence is about, not the actions added
            subject = _PLURAL_SUBJECT.match(sentence)
            if subject is not None and is_plural(subject["many"]):
                sentence = f"{sentence[: match.start()]}to each {singular(subject['many'])}{sentence[match.end() :]}"
            named.append(sentence)
            continue
        before = _counted_noun(parse(sentence), match.start())
        if before is None and index:
            before = _counted_noun(parse(said[index - 1]), len(said[index - 1]))
        if before is None and index:
            before = _each_one_named(said[index - 1])
        if not before:
            named.append(sentence)
            continue
        named.append(f"{sentence[: match.start()]}for each {before}{sentence[match.end() :]}")
    return named


_EACH_NAMED = re.compile(r"\b(?:each|every)\s+(?P<one>[a-z][\w\-]*)\b")


def _each_one_named(before: str) -> str | None:
    """*we keep a register of every canoe the club owns. For each one ...*: the one the
    sentence before counts with *each*, when it names no plural."""
    named = [m["one"] for m in _EACH_NAMED.finditer(before)]
    if not named or named[-1] in _NOT_COUNTED or named[-1] == "one":
        return None
    return named[-1]


def _each_one_acting(sentence: str, before: str | None) -> str:
    """*We stage productions, and each one has a title* as *... and each production has a
    title*: the record counted out is the nearest plural before, as for *for each one*, or in
    the sentence before when this one opens with it. One of a record's several (*a job uses
    several parts, and each one has a price*) is named too: the parts are records all the
    same."""
    match = _EACH_ONE_ACTS.search(sentence)
    if match is None:
        return _each_one_done(sentence)
    noun = _counted_noun(parse(sentence), match.start(), several=True) if match.start() else None
    if noun is None and before is not None and match.start() == 0:
        noun = _counted_noun(parse(before), len(before), several=True)
        if noun is None:
            noun = _one_introduced(parse(before))
    if not noun:
        return sentence
    start, end = match.start("each"), match.end()
    return f"{sentence[:start]}{match.group('each')} {noun} {sentence[end:]}"


_EACH_NAMED_IN_FULL = re.compile(
    r"\b(?:each|every)\s+(?P<first>[a-z][\w\-]*)(?:\s+(?P<second>[a-z][\w\-]*))?\b"
)


def _each_one_counted_earlier(sentence: str, earlier: list[str]) -> str:
    """*We log each additional inscription: ... So we'd want a yes/no on each one ... Each one
    goes quoted, then accepted*: an *each one* that opens a sentence, with no plural before it
    in this sentence or the one before, is the nearest record an earlier sentence counted out
    with *each*."""
    match = _EACH_ONE_ACTS.match(sentence)
    if match is None or match.start() != 0 or not earlier:
        return sentence
    for before in reversed(earlier):
        for named in reversed(list(_EACH_NAMED_IN_FULL.finditer(before))):
            first, second = named["first"], named["second"]
            if first in FUNCTION_WORDS:
                continue  # "..., each with a title, ...": no record counted
            if second and not is_past_participle(second) and can_name_records(second):
                noun = f"{first} {second}" if can_be_adjective(first) else second
            else:
                noun = first
            if noun in _NOT_COUNTED or noun.split()[-1] in _NOT_COUNTED:
                continue
            if not can_name_records(noun.split()[-1]):
                continue
            return f"{match.group('each')} {noun} {sentence[match.end() :]}"
    return sentence


def _each_one_done(sentence: str) -> str:
    """*We run workshops, each one led by one of our florists* as *we run workshops; each
    workshop is led by one of our florists*: what is done to each of the plural before."""
    match = _EACH_ONE_DONE.search(sentence)
    if match is None or not is_past_participle(match["done"]):
        return sentence
    noun = _counted_noun(parse(sentence), match.start())
    if not noun:
        return sentence
    return (
        f"{sentence[: match.start()]}; {match['each']} {noun} is {sentence[match.start('done') :]}"
    )


def _one_acted_on(sentence: str, before: str | None) -> str:
    """*Qualifications each have a name ... When a coach earns one we log the date awarded*
    as *... when a coach earns one qualification we log ...*: the one acted on is the nearest
    plural before, in this sentence or the one before, never the one who acts; *one* stays,
    so the readers know it is one of a kind told before."""
    match = _ONE_ACTED_ON.match(sentence)
    if match is None:
        return sentence
    noun = _counted_noun(parse(sentence), match.start("one"))
    if noun is None and before is not None:
        noun = _counted_noun(parse(before), len(before))
    if not noun or singular(noun.split()[-1]) == match["doer"]:
        return sentence
    return f"{sentence[: match.end()]} {noun}{sentence[match.end() :]}"


_EACH_ACTS_ON_ONE = re.compile(
    r"^(?P<each>each|every)\s+(?P<verb>[a-z]+s)\s+(?:in|on|at|under|inside|with|to)\s+(?:a|an|one)\s"
)
"""*Memorials: grave number, row; each sits in a section*: each of the records just listed."""
_LISTED_HEAD = re.compile(r"^(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s):\s*[^:;]+,[^:;]+$")


_ONE_DONE_TO = re.compile(
    r"(?:^|;\s+)(?:when|whenever|each\s+time|every\s+time|once)\s+(?P<one>one)\s+is\s+(?P<done>[a-z]+)\s+"
    r"(?:to|on|in|into|onto|at)\s+(?:a|an|the)\s"
)


def _one_done_to(sentence: str, before: str | None) -> str:
    """*Each consumable has a part code, ... Whenever one is fitted to a press we log ...* as
    *whenever a consumable is fitted ...*: the one done to is the record the sentence before
    counts with *each*."""
    match = _ONE_DONE_TO.search(sentence)
    if match is None or not is_past_participle(match["done"]):
        return sentence
    said_before = sentence[: match.start()] if match.start() else before
    noun = _each_one_named(said_before) if said_before else None
    if not noun:
        return sentence
    return f"{sentence[: match.start('one')]}a {noun}{sentence[match.end('one') :]}"


def _each_after_its_list(sentence: str, before: str | None) -> str:
    """*Memorials: grave number, row, surname on stone; each sits in a section* as *... each
    memorial sits in a section*: a bare *each* after a terse list is one of its records."""
    match = _EACH_ACTS_ON_ONE.match(sentence)
    head = _LISTED_HEAD.match(before) if before is not None else None
    if match is None or head is None or verb_lemma(match["verb"]) in (None, match["verb"]):
        return sentence
    things = head["things"]
    return f"{match['each']} {singular(things)} {sentence[match.start('verb') :]}"


def _one_someone_acts_on(sentence: str, before: str | None) -> str:
    """*Defects go open, then fixed and closed. The engineer who fixes one enters the fix
    date* as *... the engineer who fixes one defect enters ...*: the one acted on is the
    nearest plural before, in this sentence or the one before, as for *when a coach earns
    one*."""
    match = _ONE_WHO_ACTS_ON.search(sentence)
    if match is None:
        return sentence
    noun = _counted_noun(parse(sentence), match.start("one"))
    if noun is None and before is not None:
        noun = _counted_noun(parse(before), len(before))
    if not noun:
        return sentence
    return f"{sentence[: match.end()]} {noun}{sentence[match.end() :]}"


def _one_of_those_acted_on(sentence: str, said: list[str]) -> str:
    """*Clients have a name and an email. ... Each time a stylist sees a client we log the
    date, ...* as *... sees one client ...*: the one acted on is one of a kind the description
    keeps a list of in a sentence of its own, so what is logged is the act's, not the
    client's (a thing told of nowhere else, *when a customer orders a cake we note the
    flavour*, is left: the list is the cake's)."""
    match = _ONE_OF_THOSE_ACTED_ON.match(sentence)
    if match is None:
        return sentence
    thing = match["thing"]
    told = re.compile(
        rf"(?:^|[;,]\s*(?:and\s+)?)(?:(?:a|an|each|every)\s+{re.escape(thing)}\s+has|"
        rf"{re.escape(plural(thing))}\s+(?:each\s+|all\s+)?have)\s"
    )
    if not any(told.search(other) for other in said if other != sentence):
        return sentence
    return f"{sentence[: match.start('article')]}one{sentence[match.end('article') :]}"


def name_someone_acted_on(said: list[str]) -> list[str]:
    """``said`` with every *someone* we act on named (:func:`_someone_acted_on`), for the
    readers of the sentences as written, which name no *each one*."""
    return [
        _someone_acted_on(sentence, said[index - 1] if index else None)
        for index, sentence in enumerate(said)
    ]


def _someone_acted_on(sentence: str, before: str | None) -> str:
    """*I need somewhere to keep the clients (...), and then every time we see someone we
    write up a foot check with ...* as *... every time we see a client ...*: the one we act
    on is one of those the owner keeps, the nearest plural before, in this sentence or the
    one before, so what is written up is theirs."""
    match = _WE_ACT_ON_SOMEONE.search(sentence)
    if match is None:
        return sentence
    noun = _counted_noun(parse(sentence), match.start("someone"))
    if noun is None and before is not None:
        noun = _counted_noun(parse(before), len(before))
    if not noun:
        return sentence
    article = "an" if noun[0] in "aeiou" else "a"
    return f"{sentence[: match.start('someone')]}{article} {noun}{sentence[match.end() :]}"


def _each_ones(sentence: str) -> str:
    """*The guides who escort our tours are self-employed, and we keep each one's name* as
    *... we keep each guide's name*: the one whose things are kept is what the sentence is
    about, its plural subject before the one a relative clause acts on (*tours*)."""
    match = _EACH_ONES.search(sentence)
    if match is None:
        return sentence
    tree = parse(sentence)
    subjects = [
        token
        for token in tree.tokens
        if token.idx < match.start()
        and token.dep in _SUBJECTS
        and token.pos in NOUN_TAGS
        and is_plural(token.lower)
        and singular(token.lower) not in _NOT_COUNTED
    ]
    if not subjects:
        return sentence
    noun = _singular_phrase(tree, subjects[0])
    return f"{sentence[: match.start()]}{match['each']} {noun}'s {sentence[match.end() :]}"


def _counted_noun(tree: Parse, end: int, *, several: bool = False) -> str | None:
    """The plural noun phrase nearest before character ``end``, an argument of a verb first;
    None when there is none, and empty when it is one of a record's several."""
    plurals = [
        token
        for token in tree.tokens
        if token.idx < end
        and token.pos in NOUN_TAGS
        and token.dep != "compound"
        and is_plural(token.lower)
        and singular(token.lower) not in _NOT_COUNTED
        # "a maximum number of places, and each one is led by ...": a count, no records
        and [t.lower for t in tree.tokens[max(token.i - 2, 0) : token.i]] != ["number", "of"]
    ]
    if not plurals:
        return None
    arguments = [token for token in plurals if _argument(tree, token)]
    chosen = (arguments or plurals)[-1]
    if not several and any(c.lower in _SEVERAL for c in tree.children(chosen)):
        return ""  # "a job can use several parts, and for each one ...": each pairing's
    return _singular_phrase(tree, chosen)


def _one_introduced(tree: Parse) -> str | None:
    """The one thing a sentence with no plural brings in as what its verb acts on: *the packer
    logs a discrepancy. Each one is tied to a tray*: each discrepancy."""
    objects = [
        token
        for token in tree.tokens
        if token.dep in ("dobj", "obj")
        and token.pos in NOUN_TAGS
        and any(child.lower in ("a", "an") for child in tree.children(token))
        and singular(token.lower) not in _NOT_COUNTED
    ]
    return _singular_phrase(tree, objects[-1]) if len(objects) == 1 else None


def _argument(tree: Parse, token: Token) -> bool:
    """A subject, object or complement of a verb, or joined by *and* to one (not to *weekends*
    in *tubs for weekends and parties*)."""
    while token.dep == "conj" and token.head != token.i:
        token = tree.head(token)
    return token.dep in _ARGUMENTS


def _singular_phrase(tree: Parse, token: Token) -> str:
    words = tree.phrase(token).split()
    if any(is_plural(word) for word in words[:-1]):
        words = words[-1:]  # "customers book sessions" misread as one noun: the sessions
    return " ".join([*words[:-1], singular(words[-1])])
