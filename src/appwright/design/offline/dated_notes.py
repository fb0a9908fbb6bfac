"""*the warden adds dated follow-up notes to a fault*: what is added, each with the date it was
written, is a record of its own under the one it is added to: *the warden adds follow-up notes
to a fault, each with a date and a note*. A *dated* note read as a word of its name would be a
record with no date, or no record at all."""

from __future__ import annotations

import re

_ADDS_DATED = re.compile(
    r"\b(?P<verb>adds|add|writes|write|leaves|leave|puts|put|attaches|attach|logs|log)\s+"
    r"dated\s+(?P<what>(?:[a-z][\w\-]*\s+)?(?P<head>[a-z][\w\-]*s))\s+"
    r"(?P<onto>(?:to|on|against|onto)\s+(?:a|an|the|each|every)\s+[a-z][\w\-]*)"
    r"(?=\s*(?:[.;!?\n]|$))"
)


def _each_with_a_date(match: re.Match[str]) -> str:
    # a dated note holds its date and the note; anything else dated, its date and its text
    text = "a note" if match["head"] == "notes" else "the text"
    return f"{match['verb']} {match['what']} {match['onto']}, each with a date and {text}"


def dated_notes(text: str) -> str:
    """``the warden adds dated follow-up notes to a fault``: *the warden adds follow-up notes to
    a fault, each with a date and a note*; ``text`` is lower case."""
    return _ADDS_DATED.sub(_each_with_a_date, text)
