"""Colons the readers of a list after a colon would misread.

*then the captain picks the side from whoever's free: a selection puts a player on a fixture
and goes from picked to confirmed* is what someone does, then the record it makes told in full,
no list (the readers would give the first clause's record the second's steps); *then for the
job: which string ...* is the job's list, told next, and *after every game we enter the match
result: ...* the result's, whenever it is entered.
"""

from __future__ import annotations

import re

_ACT_THEN_A_RECORD_TOLD = re.compile(
    r"^(?P<head>(?:then\s+|so\s+|and\s+)?(?:the|our|a|an|each|every)\s+[a-z][\w\-]*\s+"
    r"[a-z]+s\b[^:;,]*):\s+"
    r"(?=(?:a|an|each|every)\s+[a-z][\w\-]*\s+(?:puts|links|ties|pairs|connects|belongs|goes|"
    r"covers|is\s+for)\s)"
)


def act_then_a_record_told(sentence: str) -> str:
    """``then the captain picks the side from whoever's free: a selection puts a player on a
    fixture and goes from picked to confirmed ...``: *...; a selection puts ...*."""
    return _ACT_THEN_A_RECORD_TOLD.sub(r"\g<head>; ", sentence)


_THEN_FOR_THE_ONE = re.compile(
    r"^(?:and\s+)?(?:then|next|after\s+that),?\s+for\s+(?=(?:the|each|every)\s+[a-z][\w\-]*:\s)"
)


def then_for_the_one_colon(sentence: str) -> str:
    """``then for the job: which string they have picked, ...``: *for the job: ...*; what
    comes next in the telling is no part of the job's list."""
    return _THEN_FOR_THE_ONE.sub("for ", sentence)


_AFTER_EACH_ONE_WE_ENTER = re.compile(
    r"^(?:after|before|at\s+the\s+end\s+of|following)\s+(?:every|each|a|the)\s+[a-z][\w\-]*,?\s+"
    r"(?=(?:we|i|they)\s+(?:enter|record|log|note|fill\s+in|write\s+down|keep|add)\s+"
    # "the match result": what the game itself came to, not a record of its own
    r"(?:the|a|an)\s+(?:[a-z][\w\-]*\s+)?(?:result|results|score|scores|figures):\s)"
)


def after_each_one_we_enter_colon(sentence: str) -> str:
    """``after every game we enter the match result: which of our teams played, ...``: *we
    enter the match result: ...*; when it is entered names no record of its own."""
    return _AFTER_EACH_ONE_WE_ENTER.sub("", sentence)
