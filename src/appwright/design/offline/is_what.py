"""What a record *is what* it does, said as what it does.

*the rental is what ties an aircraft to a bay* says no more than *the rental ties an aircraft
to a bay*, which the readers of ties know; the cleft only puts the rental first. `sentences`
says it plain before any reader sees the sentence.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

_IS_WHAT = re.compile(
    r"(?P<subject>(?:^|[,;]\s*(?:and\s+)?)(?:a|an|each|every|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+is\s+what\s+(?P<verb>[a-z]+s)\b"
)


def is_what_it_does(sentence: str) -> str:
    """``the rental is what ties an aircraft to a bay``: *the rental ties an aircraft to a
    bay*; only before a verb (*the rental is what we charge* is left as it is)."""

    def plain(match: re.Match[str]) -> str:
        verb = match["verb"]
        if verb in getAllLemmas(verb).get("VERB", (verb,)):
            return match[0]  # a word that is no verb's *-s* form: no act to say plain
        return f"{match['subject']} {verb}"

    return _IS_WHAT.sub(plain, sentence)
