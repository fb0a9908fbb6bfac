"""A report asked for by someone other than the owner: *coaches would like the pass rate per
skill* asks for a report as *we would like ...* does; who wants it names no record (the
readers would take *coaches* for people who act on a *pass*)."""

from __future__ import annotations

import re

_OTHERS_WOULD_LIKE = re.compile(
    r"^(?:the\s+|our\s+)?(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s\s+"
    r"(?:would\s+(?:like|love)|like|love|want|need|ask\s+for)\s+(?=(?:the|a)\s+[^;,]*\bper\s)"
)


def report_asked_by_others(sentence: str) -> str:
    """``coaches would like the pass rate per skill``: *we would like the pass rate per
    skill*."""
    return _OTHERS_WOULD_LIKE.sub("we would like ", sentence)
