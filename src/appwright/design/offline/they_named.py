"""*They*, *their*, *them* and *it*, written as the people or the record they stand for.

``judges are listed ..., and they review each project``: *judges review each project*;
``we hold their name`` after a clause about volunteers is the volunteers' list; ``we open a
job for them`` is for the client the sentence opened with; ``a flight has a date, and it
starts out scheduled``: *a flight starts out scheduled*.
"""

from __future__ import annotations

import re
from itertools import pairwise

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.finite_verbs import finite_verb
from appwright.design.offline.noun_phrases import leading_noun_phrase
from appwright.design.offline.phrase_patterns import ARTICLES
from appwright.design.offline.sentences import clauses
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import is_plural

_WE_KEEP_THEIR = re.compile(
    r"^(?:i|we)\s+(?:(?:also|only|just|then)\s+)?(?:keep|hold|store|record|need|take|note|log|track"
    r"|want|have)\s+their\s+(?P<list>.+)$"
)


def their_after_people(sentence: str) -> str:
    """``several volunteers go on each survey; we hold their name, email and licence number``:
    *...; volunteers have a name, email and licence number*; *their* is the people the clause
    before opened with."""
    parts = clauses(sentence)
    made = list(parts)
    for index in range(1, len(parts)):
        kept = _WE_KEEP_THEIR.match(parts[index])
        people = leading_noun_phrase(words(parts[index - 1]))
        if kept is None or not people or not is_plural(people.split()[-1]):
            continue
        made[index] = f"{people} have a {kept['list']}"
    return "; ".join(made) if made != parts else sentence


_STATE_TAIL = re.compile(
    r"^it\s+(?:(?:can|may|might|could|will)\s+(?:also\s+)?be|is|gets)\s+(?:then\s+)?[a-z]+ed\b"
    r"(?!\s+(?:to|at|in|with|from|for|on|by)\s+(?:a|an|one|the)\s)"
)
"""``..., then confirmed, and it can be cancelled``: the last step of the flow before it; not
``it is assigned to a joiner``, which says which record it goes to."""


_RAISES_ONE = re.compile(
    r"^(?:(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:who\s+[^;]*?\s+)?"
    # "when someone can't make it they raise a swap request naming ...": the same, told by
    # what brings it
    r"|(?:when|if)\s+[^;]*?\s(?:they|we|i)\s+)"
    r"(?:raises|raise|opens|open|submits|submit|lodges|lodge|files|file|puts\s+in|put\s+in|"
    r"sends\s+in|send\s+in|fills\s+in|fill\s+in)\s+"
    r"(?P<one>(?:a|an)\s+[a-z][\w\-]*(?:\s+(?!with\b|for\b|about\b|naming\b)[a-z][\w\-]*)?)"
    r"(?:\s+(?:with|for|about|to|naming|saying)\s.*)?$"
)
_STAYS_OR_MOVES = re.compile(
    r"^it\s+(?:stays|starts|sits|goes|moves|waits|remains|is\s+(?:then\s+)?(?:approved|refused|"
    r"rejected|accepted|declined|reviewed|signed\s+off))\b"
)
"""*someone raises a request ...; it stays pending until ...*: what is raised goes through the
steps, not who raised it."""


def it_written_out(before: str, piece: str, *, joining: bool = False) -> str:
    """``a flight has a date, and it starts out scheduled``: *a flight starts out scheduled*,
    or "" where *it* has no singular subject before it to stand for; after *someone raises a
    request*, the request. ``joining``: *it* came after *, and*, where *it can be cancelled* is
    still the flow before it."""
    tokens = words(outside_brackets(before))
    raised = _RAISES_ONE.match(outside_brackets(before))
    if raised is not None and _STAYS_OR_MOVES.match(piece):
        # "an engineer ... raises a swap request with a reason; it stays pending": the request
        return f"{raised['one']} {piece.removeprefix('it ')}"
    if not tokens or tokens[0] not in ARTICLES:
        return ""
    subject = leading_noun_phrase(tokens)
    if not subject or is_plural(subject.split()[-1]):
        return ""
    if joining and _STATE_TAIL.match(piece):
        return ""
    if not finite_verb(words(piece)[1:], with_object=False):
        return ""
    return f"{tokens[0]} {subject} {piece.removeprefix('it ')}"


_FOR_THEM = re.compile(
    r"\b(?:we|i)\s+(?:then\s+|also\s+)?(?:open|create|start|make|book|raise|set up|log|add|"
    r"register|write up)s?\s+(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+for\s+"
    r"(?P<them>them|him|her)\b"
)


_ONE_OR_MANY = re.compile(r"^(?:(?P<one>a|an|each|every|any)\s+)?[a-z][\w\-]*(?P<next>\s+[a-z]+)?")


def for_them(sentence: str) -> str:
    """``a client rings up, ..., and then we open a job for them``: *for the client*, the
    record the sentence opened with."""
    match = _FOR_THEM.search(sentence)
    opener = _ONE_OR_MANY.match(sentence)
    if match is None or opener is None:
        return sentence
    people = leading_noun_phrase(words(outside_brackets(sentence[: match.start()])))
    head = people.split()[-1] if people else ""
    if not head or (opener.group("one") is None and (" " in people or not is_plural(head))):
        return sentence  # "our plumber rings up": no record is named plainly enough
    named = f"the {people}"
    return f"{sentence[: match.start('them')]}{named}{sentence[match.end('them') :]}"


def name_they(sentence: str) -> str:
    """``judges are listed ..., and they review each project``: *they* is the people the
    clause before opened with, written out so every reader sees who acts; *it* after a
    semicolon is the one record the clause before opened with (``a submission has a title;
    it is submitted, ...``)."""
    parts = clauses(sentence)
    if len(parts) < 2 or not any(p.startswith(("they ", "it ")) for p in parts[1:]):
        return sentence
    named = [parts[0]]
    for before, part in pairwise(parts):
        people = leading_noun_phrase(words(outside_brackets(before)))
        if part.startswith("they ") and people and is_plural(people.split()[-1]):
            part = f"{people} {part.removeprefix('they ')}"
        elif part.startswith("it "):
            part = it_written_out(before, part) or part
        named.append(part)
    return "; ".join(named)


_ONE_OF_THEM = re.compile(r"\b(?P<one>one|each|any)\s+of\s+them\b")
_MANY_OPENING = re.compile(
    r"^(?:(?:the|our|all\s+the|all\s+our)\s+)?(?P<many>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s"
)


def one_of_them_named(sentence: str) -> str:
    """``the technicians each have a name and a phone, and every work order is assigned to one
    of them``: *one of the technicians*, the many the sentence opened with, written out so the
    link readers see whom."""
    match = _ONE_OF_THEM.search(sentence)
    opening = _MANY_OPENING.match(sentence)
    if match is None or opening is None or "," not in sentence[: match.start()]:
        return sentence
    many = opening["many"].split()
    # "the technicians each have": the many is the noun before the verb, one or two words
    while many and not is_plural(many[-1]):
        many.pop()
    if not many or many[-1] in ("we", "they", "ones", "these", "those"):
        return sentence
    named = f"{match['one']} of the {' '.join(many)}"
    return f"{sentence[: match.start()]}{named}{sentence[match.end() :]}"


_DOING_THE_WORK = re.compile(
    r"^(?P<many>(?:the|our|all\s+the|all\s+our)\s+[a-z][\w\-]*s)\s+[a-z]+ing\s+"
    r"(?:the|our|all\s+the)\s+[a-z][\w\-]*\s+(?=(?:each\s+|all\s+|also\s+)?(?:have|has)\s)"
)


def without_what_they_do(sentence: str) -> str:
    """``the technicians doing the work each have a name, ...``: *the technicians each have
    ...*; what they do says who they are, and their list is theirs, not the work's."""
    return _DOING_THE_WORK.sub(r"\g<many> ", sentence)


_SO_WE_KEEP_THOSE = re.compile(
    r"^(?P<lead>[^;]+?,\s+(?:but|and|while|whereas)\s+)?"
    r"(?P<many>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+(?!have\b|are\b)[a-z]+\b[^,;]*,\s+so\s+(?:we|i)\s+"
    r"(?:keep|hold|store|record|list|track)\s+(?:those|them|these)"
    r"(?:\s+(?:separately|apart|too|as\s+well|on\s+their\s+own))?\s+with\s+(?P<listed>[^;]+?)"
    r"(?P<rest>(?:,\s+and\s+(?=(?:a|an|each|every|the)\s)|;).*)?$"
)


def those_we_keep(sentence: str) -> str:
    """``outside groups pay, so we keep those separately with a group name, a contact email and
    an hourly rate``: *outside groups have a group name, ...*; *those* are the many the
    sentence opened with, and what is kept with them is their list."""
    match = _SO_WE_KEEP_THOSE.match(sentence)
    if match is None or not is_plural(match["many"].split()[-1]):
        return sentence
    rest = re.sub(r"^,\s+and\s+", "; ", match["rest"] or "")
    # "members only need a name, but outside groups pay, so ...": the clause before stays
    lead = re.sub(r",\s+\w+\s+$", "; ", match["lead"] or "")
    return f"{lead}{match['many']} have {match['listed']}{rest}"
