"""Pieces of pattern the phrase rewrites share: a noun, the articles, the verbs of keeping, the
acts whose record has the same form, and the clauses a trailing list makes (*, with a name and a
phone*, *, just their name*).
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import word_set

SAME_FORM_DONE = word_set("put set cut shut spread cast")
"""Participles spelt as their verbs, which the dictionary test cannot tell: *gets put into*."""


NOUN_PATTERN = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"


LISTED_WITH_AN_ARTICLE = r"(?P<listed>(?:a|an|the|its|their)\s.+)"
"""The list that ends a statement, opening with an article (*a date, the hours and ...*)."""


_REST_FIELDS = re.compile(
    r"^\s*,\s*(?:and\s+)?(?:just\s+|only\s+)?"
    # "..., stamped with the time it was ordered": a list, said as what the record bears
    r"(?P<how>with|their|its|(?:stamped|marked|labelled|tagged|dated)\s+with)\s+(?P<list>.+)$"
)


_REST_WE_KEEP = re.compile(
    r"^\s*,?\s*(?:and|so)\s+(?:then\s+)?(?:we|i)\s+(?:also\s+)?(?:put|record|log|note|keep|take|"
    r"write|jot|enter|store)(?:\s+down)?\s+(?P<list>(?:the|a|an|its|their)\s.+)$"
)
"""``..., and we put down the weight, the date and ...``: what we keep for the record met."""


_LIST_END = re.compile(
    r",\s+(?:and|but|so)\s+(?=(?:at|in|on|for|i|we|then|every|each|once)\b|its\s+status\s)"
)
"""Where a list ends and a clause of its own begins (*..., and at the end of the month i ...*,
*..., and its status runs ...*: the record's, said of it)."""


_AND_ITS_PREDICATE = re.compile(
    r"^\s*,\s+and\s+(?=(?:records|has|holds|keeps|notes|lists|carries|stores|logs|gets|is)\s)"
    r"|^\s*,\s+(?=names\s+(?:the|a|an|its)\s[^,;]*\s+and\s+(?:holds|records|has|keeps)\s)"
)
"""*..., and records the match date*; *..., names the helm (...) and holds the elapsed time*."""


_DONE_BY_THEN_WITH = re.compile(
    r"^\s*,\s*(?P<done>[a-z]+(?:\s+(?:forward|in|up|out|on|off|over))?)\s+by\s+"
    r"(?:their|its|his|her|a|an|one|the)\s+(?P<by>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+"
    r"with\s+(?P<list>.+)$"
)


def done_by_then_with(subject: str, rest: str) -> list[str] | None:
    """``, put forward by their teacher, with the instrument, ...`` after a record's clause:
    *each entry is put forward by one teacher*, *each entry has the instrument, ...*; None when
    ``rest`` is no act done by someone with a list after it."""
    from appwright.design.offline.word_forms import is_past_participle

    match = _DONE_BY_THEN_WITH.match(rest)
    if match is None:
        return None
    done = match["done"].split()[0]
    if done not in SAME_FORM_DONE and not is_past_participle(done):
        return None
    return [f"{subject} is {match['done']} by one {match['by']}", f"{subject} has {match['list']}"]


_AND_IT_HAS = re.compile(
    r"^\s*,?\s*(?:and\s+)?(?:it|they)\s+(?=(?:has|have|holds|records|carries)\s)"
)


_THEN_ITS_VERB = re.compile(r"^\s*,\s*(?:has|carries|holds|records|keeps|needs)\s")


def trailing_list_clauses(subject: str, rest: str, *, owner: str | None = None) -> list[str]:
    """The clause a trailing ``, with ...`` (the subject's) or ``, just their ...`` (``owner``'s)
    list makes; the rest of the clause as it was when it is no list."""
    if not rest.strip(" ,"):
        return []
    if rest.lstrip().startswith("and "):
        # "... and one crew and has the date": the subject's second predicate
        return [f"{subject} {rest.lstrip().removeprefix('and ')}"]
    if _THEN_ITS_VERB.match(rest):
        # "a check belongs to one machine and one driver, has a check date, ...": its own
        return [f"{subject} {rest.lstrip(' ,')}"]
    done_by = done_by_then_with(subject, rest)
    if done_by is not None:
        return done_by
    it_has = _AND_IT_HAS.match(rest)
    if it_has is not None:
        # "a sponsorship ties a sponsor to an animal, and it has a level, ...": the subject's
        return [f"{subject} {rest[it_has.end() :]}"]
    second = _AND_ITS_PREDICATE.match(rest)
    if second is not None:
        # "..., and to an opposing club, and records the match date, ...": so after a comma
        return [f"{subject} {rest[second.end() :]}"]
    listed = _REST_FIELDS.match(rest)
    if listed is None:
        kept = _REST_WE_KEEP.match(rest)
        return [f"{subject} has {kept.group('list')}" if kept else rest.strip(" ,")]
    holder = owner if owner and listed.group("how") == "their" else subject
    items, *after = _LIST_END.split(listed.group("list"), maxsplit=1)
    return [f"{holder} has {items}", *(_said_of(subject, clause) for clause in after)]


def _said_of(subject: str, clause: str) -> str:
    """``its status runs ...`` after the list of ``each order``: *each order's status runs
    ...*, so the status is the subject's, not the last record named."""
    return f"{subject}'s {clause[4:]}" if clause.startswith("its ") else clause


ARTICLES = word_set("a an the each every one")


WE_KEEP_VERBS = "need|keep|record|take|want|note|store|log|track"
"""The verbs an owner says what is kept with (*for an exhibitor i need ...*), for the rewrites
that find a field list after them."""
