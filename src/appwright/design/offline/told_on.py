"""Sentences that go on about the one the sentence before was about, read as one sentence.

Owners join two clauses with a semicolon or say them as two sentences, meaning the same: *a
request carries the song title; it starts as received ...* and *a request carries the song
title. It starts as received ...*. The readers take a back-reference (*it*, *their*, *one*)
from the clauses of its own sentence, so a sentence that opens with one is joined to the
sentence before, as the semicolon would have it.
"""

from __future__ import annotations

import re

_TOLD_ON = re.compile(
    # *it starts as received*, *it is offered first*: the record just named (not *it would be
    # handy*, *it should let ...*, which is the app)
    r"it\s+(?!(?:would|should|will|must|needs?|also|could|might|can't|cannot)\b)[a-z]"
    # *we hold their name, email and ...*: the people just named
    r"|we\s+(?:hold|take|keep|note|record|need|store|log|want)\s+their\s"
    # *when one orders we record ...*: one of those just named (not *when one of ...*)
    r"|when\s+one\s+(?!of\b)[a-z]"
)


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
