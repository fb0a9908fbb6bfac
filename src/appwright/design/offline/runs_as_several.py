"""A record told as run in, or split into, several of another: *a course ... runs as several
intakes, each with a start date* is a course that has several intakes, each with its own list,
and *the prize fund then gets split into prize places* is split into them.
"""

from __future__ import annotations

import re

_RUNS_AS_SEVERAL = re.compile(
    r"\b(?:runs|is\s+run|is\s+offered|is\s+held|comes)\s+as\s+"
    r"(?=(?:several|many|a\s+few|multiple|a\s+series\s+of)\s+[a-z][\w\-]*s(?:,\s+each)?\s+with\b)"
)


def runs_as_several(sentence: str) -> str:
    """``..., and it runs as several intakes, each with a start date ...``: *..., and it has
    several intakes, each with ...*; the intakes are the course's, their list their own."""
    return _RUNS_AS_SEVERAL.sub("has ", sentence)


_GETS_SPLIT_INTO = re.compile(
    r"\b(?P<get>gets|get)\s+(?P<split>split|divided|broken\s+up|broken\s+down)\s+into\b"
)


def split_into_several(sentence: str) -> str:
    """``the prize fund then gets split into prize places``: *... is split into prize places*,
    the passive the readers of *split into* know; *gets* names no one who gets a thing."""
    return _GETS_SPLIT_INTO.sub(
        lambda m: f"{'is' if m['get'] == 'gets' else 'are'} {m['split']} into", sentence
    )
