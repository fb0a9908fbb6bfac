"""What the app is asked to hold, said of the app: *the app should hold our kayaks, each with
...* is *we need to track our kayaks, each with ...*; the app (or the system, the database)
is where things are kept, never a record of its own. `normalize.normalize_text` writes it the way
owners most often say it, which every reader of the things an owner tracks takes."""

from __future__ import annotations

import re

_THE_APP_SHOULD_HOLD = re.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=\n)|(?<=\sand\s))(?:the|this|our|my)\s+(?:new\s+)?"
    r"(?:app|system|database|software|program)\s+(?:should|must|needs\s+to|has\s+to|will|would)"
    r"\s+(?:hold|keep|store|track|record)\s+(?:(?:all|each|every)\s+)?"
    # what it holds, named: *the app should hold:* opens a list, and is read as such
    r"(?=(?:our|my|the)\s+[a-z]|[a-z][\w\-]*s\b)"
)


def we_track(text: str) -> str:
    """``the app should hold our kayaks, each with a hull number``: *we need to track our
    kayaks, each with a hull number*."""
    return _THE_APP_SHOULD_HOLD.sub("we need to track ", text)
