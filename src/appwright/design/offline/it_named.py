"""*It*, named: a record said once, then spoken of as *it*, written again as the noun.

Owners name a record, say what it holds, and go on about it as *it*: *a retreat has a title and a
price, and it can be led by several facilitators*, *each course has a start date. It is held at a
venue*. The readers of links know *the retreat is led by ...*; this pass names the record *it*
stands for. Only an *it* that is then done to (*it is held at*, *it can be led by*) or acts (*it
belongs to*, *it sits in*) is named, and only when the subject it stands for is one singular
record named with an article (*a retreat*, *each course*), the subject of the sentence *it*
continues or of the sentence before. *It has ...* is read as the record's list already.

Two more are named the same way: after a colon, *it* is the record the clause before counted
out (*the mentor reviews each entry: it goes from submitted to approved* is the entry's flow);
and *each pack they buy belongs to them*, after *a client is kept ...*, belongs to one client.
And after a clause in which someone makes one record (*the chargehand puts in a claim ...; it
sits as submitted until ...*), *it* is that record (`it_is_the_one_made`).
"""

from __future__ import annotations

import re

from appwright.design.offline.parse import NOUN_TAGS, SUBJECT_RELATIONS, Parse, Token, parse
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import is_past_participle, is_plural, verb_lemma

_IT = re.compile(r"(?:^|;\s+|,\s+(?:and|but|so|then)\s+)(?P<it>it)\s+(?P<rest>.*)$")
_ONCE_IT_IS_DONE = re.compile(
    r"^(?:once|after)\s+(?P<it>it)\s+(?P<rest>(?:is|has\s+been|gets)\s+[a-z]+,?\s+(?:we|i)\s+.*)$"
)
"""*once it is played we enter the home score ...*: the record of the sentence before, done to."""
_LEADING = frozenset(
    ["can", "may", "must", "will", "should", "also", "usually", "always", "then", "often",
     "normally", "only", "just", "typically", "generally"]
)  # fmt: skip
"""Modals and adverbs between *it* and what is done (*it can usually be booked*)."""
_BEING = frozenset(["be", "is", "gets", "get", "was"])
_NOT_ACTS = frozenset(
    ["have", "be", "do", "need", "want", "take", "make", "cost", "mean", "go", "move", "pass",
     "start", "end", "become", "stay", "turn", "change", "begin", "finish", "close", "open"]
)  # fmt: skip
"""Verbs whose *it* is not the record doing something to another (*it has*, *it costs*), or
whose *it* moves through states, which the state readers read as written (*it goes from*)."""
_LINKING_PREPOSITIONS = frozenset(
    ["by", "at", "in", "on", "to", "from", "for", "with", "into", "onto", "against", "under"]
)
_ARTICLES = frozenset(["a", "an", "each", "every", "the"])


def name_it(said: list[str]) -> list[str]:
    """``said`` with each *it* that is done to or acts named as the record it stands for."""
    named: list[str] = []
    for index, sentence in enumerate(said):
        sentence = _belongs_to_them(_it_after_a_colon(it_is_the_one_made(sentence)))
        sentence = _written_up_with(sentence, said[index - 1] if index else "")
        match = _IT.search(sentence) or _ONCE_IT_IS_DONE.match(sentence)
        if match is not None and _done_to_or_acting(match.group("rest")):
            source = (
                sentence[: match.start()] if match.start() else (said[index - 1] if index else "")
            )
            record = _opening_holder(source) or (
                _singular_subject(parse(source)) if source else None
            )
            if record:
                sentence = f"{sentence[: match.start('it')]}the {record} {match.group('rest')}"
        named.append(sentence)
    return named


def _done_to_or_acting(rest: str) -> bool:
    """Whether what follows *it* is done to it (*is held at*, *can be led by*) or an act of
    its own (*belongs to*, *sits in*), not its list (*has*) or a remark (*is important*)."""
    tokens = words(rest)
    while tokens and tokens[0] in _LEADING:
        tokens = tokens[1:]
    if not tokens:
        return False
    if tokens[0] in _BEING:
        # "it is held at a venue": done to it by or at another record; "it can be cancelled"
        # is a state the state readers read
        return (
            len(tokens) > 2
            and is_past_participle(tokens[1])
            and (tokens[2] in _LINKING_PREPOSITIONS or tokens[2] in ("we", "i"))
        )
    lemma = verb_lemma(tokens[0])
    if lemma in _HANDED_ON and _handed_to_one(tokens[1:]):
        return True
    return lemma is not None and lemma != tokens[0] and lemma not in _NOT_ACTS


_HANDED_ON = frozenset(["go", "pass"])
"""Verbs of moving that say whose the record becomes when they go *to one of* someone."""
_ON_ITS_WAY = frozenset(["out", "off", "over", "across", "on", "then", "straight"])
_ONE_RECORD = frozenset(["a", "an", "one", "each", "the"])


def _handed_to_one(tokens: list[str]) -> bool:
    """``(it goes) to one of our contractors``, ``(it passes) over to a caseworker``: handed
    on to one record, not a step of its flow (*it goes to approved*, *it goes from new to
    ...*), which has no article."""
    while tokens and tokens[0] in _ON_ITS_WAY:
        tokens = tokens[1:]
    return len(tokens) > 2 and tokens[0] == "to" and tokens[1] in _ONE_RECORD


_OPENING_HOLDER = re.compile(
    r"^(?:a|an|each|every)\s+(?P<record>[a-z][\w]*-[a-z][\w\-]*)\s+(?:has|holds|gets|carries)\s"
)
"""*each rip-out has a date, ...*: a hyphened record opening its own list, which the parser
reads as two words (and takes an item of the list for the subject)."""


def _opening_holder(source: str) -> str | None:
    match = _OPENING_HOLDER.match(source)
    return match["record"] if match else None


def _singular_subject(tree: Parse) -> str | None:
    """The subject of the sentence's main verb when it is one record named with an article
    (*a retreat*, *each yoga class*), as its noun phrase."""
    root = next((t for t in tree.tokens if t.dep == "ROOT"), None)
    if root is None:
        return None
    subject = _holder_of_the_list(tree) or tree.subject(root)
    if subject is None or subject.pos not in NOUN_TAGS or is_plural(subject.lower):
        return None
    if not any(c.dep == "det" and c.lower in _ARTICLES for c in tree.children(subject)):
        return None
    return tree.phrase(subject)


def _holder_of_the_list(tree: Parse) -> Token | None:
    """*A ticket has who opened it, the product, a priority (...), and the date opened*, *each
    delivery comes from one manufacturer, with a date, ...*: the record the sentence opens
    with, whose list follows. A long list can fool the parser into a root inside it (*the date
    opened*, subject *the product*), but what *it* goes on to stand for is the record holding
    the list, never an item of it."""
    if not tree.tokens or tree.tokens[0].lower not in _ARTICLES:
        return None
    verb = next((t for t in tree.tokens if t.pos in ("VERB", "AUX")), None)
    if verb is None or verb.i < 2:
        return None
    # the parser may hang the subject on a verb inside the list (*has who opened it* read as
    # *has opened*; *..., an invoice number and the invoice total* read as *total*), so the
    # noun just before the first verb is taken when it is a subject at all
    subject = tree.tokens[verb.i - 1]
    return subject if subject.dep in SUBJECT_RELATIONS else None


_DONE_TO_IT_WITH = re.compile(
    r"\b(?P<verb>[a-z]+)\s+it(?:\s+(?:up|down|out|in|over|off))?\s+with\s+"
    r"(?P<list>(?:a|an|the|its)\s+[^;]+(?:,|\sand\s)[^;]+)$"
)


_ONE_NAMED = re.compile(r"\b(?:a|an|each|every)\s+[a-z]")


def _written_up_with(sentence: str, before: str) -> str:
    """``one of our surveyors visits and writes it up with the visit date, a description
    ...``, after *every quote is for a client*: *...; the quote has the visit date, ...*; what
    is done to *it* with a list gives the list to the record *it* stands for, the one the
    sentence before opened with."""
    match = _DONE_TO_IT_WITH.search(sentence)
    if match is None or not before:
        return sentence
    if _ONE_NAMED.search(sentence[: match.start()]):
        return sentence  # "whenever a call happens, the caller logs it with ...": the call
    lemma = verb_lemma(match["verb"])
    if lemma is None or lemma == match["verb"] or lemma in _NOT_ACTS:
        return sentence
    record = _singular_subject(parse(before))
    if not record:
        return sentence
    return f"{sentence[: match.end('verb')]} it; the {record} has {match['list']}"


_EACH_THEN_IT = re.compile(
    r"\b(?:each|every)\s+(?P<record>[a-z][\w\-]*)\s*:\s+(?P<it>it)\s+(?=[a-z])"
)


def _it_after_a_colon(sentence: str) -> str:
    """``the mentor reviews each entry: it goes from submitted to approved``: *... each entry:
    the entry goes ...*; what follows the colon is about the record counted out before it."""
    match = _EACH_THEN_IT.search(sentence)
    if match is None or is_plural(match["record"]):
        return sentence
    return f"{sentence[: match.start('it')]}the {match['record']} {sentence[match.end() :]}"


_BELONGS_TO_THEM = re.compile(
    r"^(?:a|an|each|every)\s+(?P<owner>[a-z][\w\-]*)\s+(?P<between>.*?,\s+and\s+(?:each|every)\s+"
    r"[a-z][\w\-]*(?:\s+(?:they|he|she)\s+[a-z]+)?\s+belongs?\s+to\s+)(?:them|him|her)\b"
)


def _belongs_to_them(sentence: str) -> str:
    """``a client is kept on file with ..., and each pack they buy belongs to them``: *...
    belongs to one client*; the one the sentence opened with."""
    match = _BELONGS_TO_THEM.match(sentence)
    if match is None or is_plural(match["owner"]):
        return sentence
    owner = match["owner"]
    return f"{sentence[: match.end('between')]}one {owner}{sentence[match.end() :]}"


_IT_AFTER_ONE_MADE = re.compile(
    r"(?P<before>\b(?:puts?|raises?|submits?|lodges?|files?|opens?|fills?|sends?|hands?)\s+"
    r"(?:in\s+)?(?:a|an)\s+(?P<one>[a-z][\w\-]*(?:\s+(?!(?:with|against|for|to|on|in|at|from|by|"
    r"about|into|and|or|as|which|that)\b)[a-z][\w\-]*)?)\b[^;]*;\s+)it\s+"
    r"(?=(?:sits|stays|starts|goes|moves|waits|is|gets|remains|then)\s)"
)


def it_is_the_one_made(sentence: str) -> str:
    """``when a gang finishes a section the chargehand puts in a claim against the job ...; it
    sits as submitted until ...``: *...; the claim sits as submitted ...*; *it* is the record
    the clause before had someone make, not the one who made it."""
    return _IT_AFTER_ONE_MADE.sub(r"\g<before>the \g<one> ", sentence)
