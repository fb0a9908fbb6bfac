"""What each record has, told around its list, put plainly.

*extraction systems; we give each a name (...), note the duct length ...* and *..., so it needs
a stop number, ...* are what each has; *on each order line we put a product, the kilos ...* is
kept for each; *a batch is spread over several trays* and *a collection can arrive in several
accessions* have several; *every broodfish has a sex ..., and each one lives in one of our
ponds* is each broodfish again; *every feed we give goes on a feeding log: ...* is the log's
list.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import singular

_WE_GIVE_EACH = re.compile(
    r"\b(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)(?P<between>[;.]\s+|,\s+and\s+)(?:we|i)\s+give\s+"
    r"(?:each(?:\s+one)?|them\s+each|every\s+one)\s+(?P<first>an?\s[^;.]*?),\s+(?:and\s+)?"
    r"(?:we\s+)?(?:note|record|keep|log)\s+(?=the\s)"
)
"""*extraction systems; we give each a name (...), note the duct length ...*: what each has."""
_SO_IT_NEEDS = re.compile(r",\s+(?:so|and)\s+it\s+needs\s+(?=(?:a|an|the)\s)")
"""*..., so it needs a stop number, ...*: what it has (*it needs* after a clause went unread)."""
_ON_EACH_WE_PUT = re.compile(
    r"\b(?:on|for)\s+each\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:we|i)\s+put(?:\s+down)?\s+"
    r"(?=(?:a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,)"
)
"""*on each order line we put a product, the kilos and the price*: what we keep for each."""
_SPREAD_OVER = re.compile(
    r"\b(?:(?:is|are|gets|get)\s+spread\s+(?:out\s+)?(?:over|across)"
    r"|(?:can|may|will|often)\s+(?:arrive|come)\s+in)\s+"
    r"(?=(?:several|many|multiple|a\s+few|a\s+number\s+of)\s)"
)
"""*a batch is spread over several trays*, *a collection can arrive in several accessions*: the
batch has several trays."""
_AND_EACH_ONE = re.compile(
    # not *each with a title, ...*: no record counted
    r"\b(?P<each>each|every)\s+(?P<one>(?!(?:with|of|for|in|on|at|to|from|by|a|an|the)\b)[a-z][\w\-]*)\s+"
    r"(?P<rest>(?:(?!\b(?:several|many|multiple|some|few|more|lots)\b)[^.;])*?),\s+and\s+each\s+one\s+"
)
"""*every broodfish has a sex ..., and each one lives in one of our ponds*: each broodfish, when
nothing else was told of which there are several."""
_GOES_ON_A_LOG = re.compile(
    r"\b(?:each|every|any)\s+[a-z][\w\-]*\s+(?:we|i|they)\s+(?:give|do|make|take|carry\s+out|run)\s+"
    r"(?:goes|is\s+put|gets\s+put|is\s+written)\s+(?:on|in|into|down\s+in)\s+(?:a|an|the|our)\s+"
    r"(?P<log>[a-z][\w\-]*\s+(?:log|sheet|book|register|diary)):\s+(?=[a-z])"
)
"""*every feed we give goes on a feeding log: the pond, the date, ...*: the log's list."""


def list_asides(lowered: str) -> str:
    """``lowered`` with each way above of telling a record's list said plainly."""
    lowered = _GOES_ON_A_LOG.sub(r"\g<log>: ", _SO_IT_NEEDS.sub(", and it has ", lowered))
    lowered = _SPREAD_OVER.sub("has ", lowered)
    lowered = _AND_EACH_ONE.sub(r"\g<each> \g<one> \g<rest>; each \g<one> ", lowered)
    lowered = _ON_EACH_WE_PUT.sub(r"for each \g<one> we record ", lowered)
    return _WE_GIVE_EACH.sub(
        lambda m: f"{m['things']}{m['between']}each {singular(m['things'])} has {m['first']}, ",
        lowered,
    )
