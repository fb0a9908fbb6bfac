"""Where one sentence ends and the next begins, whether the owner wrote a full stop or a semicolon.

Owners join two clauses with a semicolon or say them as two sentences, meaning the same: *a
request carries the song title; it starts as received ...* and *a request carries the song
title. It starts as received ...*. The readers take a back-reference (*it*, *their*, *one*)
from the clauses of its own sentence, so a sentence that opens with one is joined to the
sentence before, as the semicolon would have it (`told_on`); and many readers look for how a
sentence opens (*for every field we keep ...*, *when a customer rings ...*), so a clause after
a semicolon that opens so, leaning on nothing before it, is a sentence of its own
(`told_apart`).
"""

from __future__ import annotations

import re

_TOLD_ON = re.compile(
    # *it starts as received*, *it is offered first*: the record just named (not *it would be
    # handy*, *it should let ...*, which is the app)
    r"it\s+(?!(?:would|should|will|must|needs?|also|could|might|can't|cannot)\b)[a-z]"
    # *we hold their name, email and ...*, *we also record who sold it to us*: the people or
    # the record just named
    r"|we\s+(?:also\s+)?(?:hold|take|keep|note|record|need|store|log|want)\s+"
    r"(?:their\s|who\s+[a-z]+\s+(?:it|them)\b)"
    # *when one orders we record ...*: one of those just named (not *when one of ...*)
    r"|when\s+one\s+(?!of\b)[a-z]"
    # *every line on it names an item*: the parts of the record just named
    r"|(?:each|every)\s+[a-z]+\s+(?:on|in)\s+it\b"
)


_OWN_OPENING = re.compile(
    # *...; for every field we keep a name*, *...; when a customer rings up I take ...*, *...; a
    # tenancy has ...*, *...; then there are the rooms*: a clause that names what it is about,
    # as a sentence opens
    r"(?:then\s+)?(?:when|whenever|for\s+(?:each|every)|each|every|an?|the|we|our|there\s+(?:is|are))"
    r"\s+(?!(?:one|ones|of|other|same|rest|latter|former|two|both)\b)[a-z]"
    # not one that leans on the clause before in its first words (*every line on it*, *we keep
    # their name*, *we also note which of them ...*)
    r"(?!(?:\S+\s+){0,5}(?:it|its|they|them|their|those|these)\b)"
)


_DETERMINERS = r"(?:a|an|the|each|every|any|one|our|their|its|his|her|my|this|that)"
_ARTICLE_THEN_WORD = re.compile(r"(?:then\s+)?(?:an?|the)\s+(?P<word>[a-z]+)")


def names_it_again(sentence: str, clause_at: int, before: str) -> bool:
    """*technicians report faults against a machine; a report is closed once fixed*: a clause
    whose article opens on what the clause before told as an act (*report faults*) is about
    that act's record, so it leans on the clause before; one named there as a thing (*at the
    end of each tenancy ...; a tenancy has ...*) is told anew."""
    opening = _ARTICLE_THEN_WORD.match(sentence, clause_at)
    if opening is None:
        return False
    word = opening["word"]
    stem = word[:-1] if word.endswith("s") and len(word) > 3 else word
    return any(
        not re.search(rf"\b{_DETERMINERS}\s+$", before[: said.start()])
        # the act itself (*report*, *reported*), not things (*contractors send quotes*)
        for said in re.finditer(rf"\b{re.escape(stem)}(?:ed|ing)?\b", before)
    )


def told_apart(found: list[str]) -> list[str]:
    """*['we let fields; for every field we keep a name']* → *['we let fields', 'for every field
    we keep a name']*: a clause after a semicolon that opens on what it is about is a sentence
    of its own, as the owner who ends the sentence there says (never inside a bracket)."""
    apart: list[str] = []
    for sentence in found:
        start = 0
        for match in re.finditer(r";\s+", sentence):
            before = sentence[: match.start()]
            if (
                before.count("(") == before.count(")")
                and _OWN_OPENING.match(sentence, match.end())
                and not names_it_again(sentence, match.end(), sentence[start : match.start()])
            ):
                apart.append(sentence[start : match.start()])
                start = match.end()
        apart.append(sentence[start:])
    return apart


def told_on(found: list[str]) -> list[str]:
    """*['a request carries a title', 'it starts as received']* → *['a request carries a title;
    it starts as received']*: a sentence that opens on the one the sentence before named is
    joined to it by a semicolon (never to a header that ends with a colon)."""
    joined: list[str] = []
    for sentence in found:
        if joined and not joined[-1].endswith(":") and _TOLD_ON.match(sentence):
            joined[-1] = f"{joined[-1]}; {sentence}"
        else:
            joined.append(sentence)
    return joined
