"""A description cut into sentences and a sentence into clauses: each bullet line is a
sentence, and *ships have a name, and each sailing uses one ship* is two clauses; a dash after
a leading noun opens its list as a colon would (*translators - name, email, rate*).
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.is_what import is_what_it_does
from appwright.design.offline.normalize import normalize_text
from appwright.design.offline.note_headers import per_one_on_each
from appwright.design.offline.terse_notes import (
    articled_items,
    do_one_against_one_dash,
    does_one_on_one_colon,
    done_by_one,
    go_in_one_dash,
    heading_of_one_then_list,
    heading_one_can_have_several,
    heading_to_one,
    one_per_other_dash,
    per_one_first,
    status_header,
)
from appwright.design.offline.told_on import told_apart, told_on
from appwright.design.offline.word_classes import DETERMINERS, FUNCTION_WORDS, words
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_plural,
    plural,
    singular_phrase,
    verb_lemma,
)

_DASH_CLAUSE = re.compile(r"\s+[\u2014\u2013]\s+|\s+--\s+|\s+-\s+(?=[a-z])")
_BULLET = re.compile(r"^\s*(?:[-*•·+]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[^\W_]|[)\]\"'%])[.!?]+(?=\s|$)")
"""A full stop after any letter ends a sentence: *my board game café.* too."""


def sentences(text: str) -> list[str]:
    """Sentences and bullet lines of a description, each stripped and without its full stop.

    A line that ends with a colon and is followed by bullets stays attached to nothing: the
    bullets are separate sentences (the header is its own sentence, ``"products:"``). A bullet
    carried on to an indented line is one item with it.
    """
    normalized = normalize_text(text)
    found: list[str] = []
    paragraph: list[str] = []
    bullet: list[str] = []

    def flush(*kept: list[str]) -> None:
        for lines in kept or (bullet, paragraph):
            if lines:
                found.extend(_split_sentences(" ".join(lines)))
                lines.clear()

    for raw_line in normalized.splitlines():
        line = raw_line.strip()
        if not line:
            flush()
            continue
        if _BULLET.match(line):
            flush()
            bullet.append(_BULLET.sub("", line))
            continue
        if bullet and raw_line[:1].isspace():
            # "- stock found on a check: name, quantity\n  and what we did with it": one item
            bullet.append(line)
            continue
        flush(bullet)
        paragraph.append(line)
    flush()
    plain = [
        is_what_it_does(
            articled_items(
                per_one_first(
                    per_one_on_each(
                        done_by_one(_noted_records(status_header(_without_opening_then(s))))
                    )
                )
            )
        )
        for s in found
        if s
    ]
    return _named_ones(told_on(told_apart(plain)))


def _noted_records(sentence: str) -> str:
    """A note's record told by who does it, where it goes, whom it is to, or one per record
    (``terse_notes``)."""
    noted = heading_to_one(heading_one_can_have_several(heading_of_one_then_list(sentence)))
    noted = one_per_other_dash(does_one_on_one_colon(noted))
    return do_one_against_one_dash(go_in_one_dash(noted))


_OPENING_THEN = re.compile(
    r"^(?:and\s+then|then|and|so),?\s+"
    r"(?=(?:a|an|for\s+each|for\s+every|when|whenever|each\s+time|every\s+time)\s)"
)


def _without_opening_then(sentence: str) -> str:
    """``then a booking puts a member in a room ...``, ``then when a delivery turns up we log
    ...``: what opens a new record's sentence to join it to the one before says nothing of the
    record, and hid it from the readers."""
    return _OPENING_THEN.sub("", sentence)


_THE_SOME_ONES = re.compile(r"^(?P<lead>(?:all\s+)?the\s+(?P<which>[a-z][\w\-]*)\s+)ones\b")
_SENTENCE_SUBJECT = re.compile(r"^(?:each|every|an?|the|our|my)\s+(?P<head>[a-z][\w\-]*)\b")


def _named_ones(found: list[str]) -> list[str]:
    """``each puzzle ... ends up accepted or rejected. the accepted ones get put into an
    issue``: *the accepted puzzles*, the things a sentence before said could be so."""
    named: list[str] = []
    for sentence in found:
        ones = _THE_SOME_ONES.match(sentence)
        said = next(
            (s for s in reversed(named[-2:]) if ones and ones.group("which") in words(s)), None
        )
        subject = _SENTENCE_SUBJECT.match(said) if said else None
        if ones and subject and can_be_noun(subject.group("head")):
            sentence = (
                f"{ones.group('lead')}{plural(subject.group('head'))}{sentence[ones.end() :]}"
            )
        named.append(sentence)
    return named


def _split_sentences(text: str) -> list[str]:
    text = re.sub(r"\.\.\.+", " etc", text)
    # "a name and a mobile, really.": the comma an afterthought left still ends at the stop
    text = re.sub(r"\s*,\s*(?=[.!?]+(?:\s|$))", "", text)
    parts = _SENTENCE_END.split(text)
    return [re.sub(r"\s+", " ", p).strip(" ,") for p in parts if p.strip(" ,")]


def clauses(sentence: str) -> list[str]:
    """A sentence cut at semicolons and dashes used as punctuation; a dash after a leading
    noun (``translators - name, email, rate``) introduces a list, as a colon would."""
    parts: list[str] = []
    for piece in _split_new_subjects(sentence):
        pieces = _DASH_CLAUSE.split(piece)
        ours = _KEEP_OURS.search(pieces[0]) if len(pieces) == 2 else None
        if ours is not None and "," in pieces[1]:
            # "i need somewhere to keep my clients - name, phone": the clients' list
            pieces = [f"{ours.group('things')}: {pieces[1].strip()}"]
        elif (
            len(pieces) == 2
            and (_is_list_head(pieces[0]) or _WE_KEEP_ONE.search(pieces[0]) is not None)
            and "," in pieces[1]
            # "bookings - pitches: number, type": a header follows; "..., status: a > b" is
            # one item's values
            and ":" not in pieces[1].partition(",")[0]
        ):
            kept = None if _is_list_head(pieces[0]) else _WE_KEEP_ONE.search(pieces[0])
            head = pieces[0][kept.start() :] if kept else pieces[0]  # as a colon's header reads
            pieces = [f"{head.strip()}: {pieces[1].strip()}"]
        elif (
            len(pieces) == 2
            and "," in pieces[1]
            and _THINGS_ACT_ON_ONE.match(pieces[0]) is not None
            and ":" not in pieces[1]
        ):
            # "ropes hang off a longline - rope number, date seeded": a note-taker's header
            pieces = [f"{pieces[0].strip()}: {pieces[1].strip()}"]
        elif (
            len(pieces) == 2
            and "," in pieces[1]
            and _ONE_THEN_ITS_LIST.match(pieces[0].strip()) is not None
        ):
            # "each blank from one supplier - name, account no., website": the supplier's
            pieces = [f"{pieces[0].strip()} ({pieces[1].strip()})"]
        elif len(pieces) == 2 and "," in pieces[1]:
            pieces = _act_then_its_list(pieces[0], pieces[1]) or pieces
        parts.extend(pieces)
    return [p.strip(" ,") for p in parts if p.strip(" ,")]


_ONE_THEN_ITS_LIST = re.compile(
    r"^(?:each|every|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:[a-z]+\s+)?"
    r"(?:from|to|with|by|for|of|in|at|on|under)\s+one\s+[a-z][\w\-]*$"
)
"""*each blank from one supplier*, *a cut is done by one cutter*: the one named last, whose list
a dash after it opens."""


_EACH_CLAUSE = re.compile(
    r";|,\s+(?:and|but|while|whereas)\s+(?=(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"\s+(?:can\s+|may\s+|must\s+)?[a-z]+s\b)"
    r"|,\s+(?:and|but|so|plus)\s+(?=(?:for|on)\s+(?:the|each|every|that|this|a|an)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?\s+(?:i|we)\s+[a-z]+\s)"
    r"|,\s+(?:and|but|so|plus)\s+(?=for\s+(?:our\s+)?[a-z][\w\-]*s\s+(?:i|we)\s+(?:just\s+|only\s+)?"
    r"(?:need|keep|record|note|take|want|hold)\s)"
    r"|,\s+(?:and|but|so|plus)\s+(?=for\s+(?:our\s+|the\s+)?[a-z][\w\-]*s,?\s+[^;]*?\s(?:is|are)\s+"
    r"(?:plenty|enough|fine)\b)"
    r"|,\s+(?:and|but|while|whereas)\s+(?=(?:the\s+|our\s+)?[a-z][\w\-]*s\s+(?:are|get)\s+"
    r"(?:[a-z]+ed|kept|held)\s+with\s+(?:a|an|the|their|just)\s)"
    r"|,\s+(?:and|but|while)\s+(?=(?:their|its|his|her)\s+[a-z][\w\-]*\s+(?:is|are)\s+"
    r"(?:either|always|one\s+of)\s)"
)
"""Where a sentence's clauses meet: a semicolon, *, and each X verbs* (*ships have a name,
and each sailing uses one ship*), whose subject is new, *, so for a X we keep ...* and *, and
for residents we need ...*, whose list is the X's (so *, and for drivers a name is plenty*),
*, and donors are stored with a name*, the donors' own, or *, and their
subscription is either active or paused*, their status."""

_AND_THEY_ACT = re.compile(
    r",\s+(?:and|but|while|whereas|so)\s+(?=(?:(?:the|our|all)\s+)?(?P<subj>[a-z]+)\s+"
    r"(?:\([^()]*\)\s+)?(?:(?:can|may|must|will|also|then|usually|often|each|all)\s+)?"
    r"(?P<verb>[a-z]+)\s+"
    r"(?:(?:in|up|on|for|to|at)\s+)?(?:a|an|the|each|every|one|their|its|several|many)\b)"
)
"""*, and people book a spot*, *, and they review each project*: a plural subject or
*they* and its act, a clause of its own (in a list, *, and rooms with a view* is not one)."""


_AND_IT_ACTS = re.compile(
    r",\s+(?:and|but|so)\s+(?=it\s+(?:then\s+|usually\s+)?(?:goes|moves|passes)\s+)"
    r"|,\s+(?=it\s+(?:is|belongs|gets|goes|moves|has)\s+(?:assigned|allocated|given|linked|tied|"
    r"to|from|through)\b)"
)
"""*, and it goes open, then done*, *..., an opened date, it is assigned to one investigator*:
the record just named, in a clause of its own; a list before it ends there."""


_WE_ACT_ON = re.compile(
    r"\b(?:i|we)\s+(?:then\s+|also\s+)?(?P<verb>[a-z]+)\s+(?:the|a|an|each|every|our|their)\s+"
    r"(?P<whom>[a-z][\w\-]*(?:\s+(?!for\b|with\b|to\b|on\b|at\b|in\b)[a-z][\w\-]*)?)\b[^,;]*$"
)


def _act_then_its_list(act: str, listed: str) -> list[str] | None:
    """``then i invoice the client for my fee - invoice number, amount``: *invoices: invoice
    number, amount; each invoice is for one client*, the record the act makes, named again in
    its list, and whom it is for."""
    match = _WE_ACT_ON.search(act)
    if match is None:
        return None
    verb = match.group("verb")
    noun = verb if can_be_noun(verb) else act_or_irregular_noun(verb_lemma(verb) or verb)
    if not noun or not re.search(rf"\b{re.escape(noun)}\b", listed):
        return None
    return [
        act.strip(),
        f"{plural(noun)}: {listed.strip()}",
        f"each {noun} is for one {singular_phrase(match.group('whom'))}",
    ]


_THINGS_ACT_ON_ONE = re.compile(
    r"^(?:the\s+|our\s+)?(?P<things>[a-z][\w\-]*s)\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:off|on|in|to|from|at|into|onto|under|for|with))?\s+(?:a|an|one)\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?$"
)
"""``ropes hang off a longline - rope number, date seeded``: a subject, its act on one record,
then the subject's list, as after a colon."""
_KEEP_OURS = re.compile(
    r"\b(?:keep|track|store|log|record|list)\s+(?:all\s+)?(?:my|our)\s+"
    r"(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)$"
)
"""``i need somewhere to keep my clients - name, phone``: the things we keep, then their list."""
_WE_KEEP_ONE = re.compile(
    r"\b(?:i|we)\s+(?:[a-z]+\s+)?(?:log|record|note|keep|take|enter|open|file|capture|store|add)"
    r"\s+(?:down\s+)?(?:a|an|one)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?$"
)
"""``every time they come in we log a session - the date, the fee``: the record just named,
then its list, as after a colon."""


def _split_new_subjects(sentence: str) -> list[str]:
    pieces: list[str] = []
    for piece in (p for part in _EACH_CLAUSE.split(sentence) for p in _AND_IT_ACTS.split(part)):
        start = 0
        for match in _AND_THEY_ACT.finditer(piece):
            subject, verb = match.group("subj"), match.group("verb")
            plural_subject = subject in ("they", "people") or (
                is_plural(subject) and can_be_noun(subject) and subject not in FUNCTION_WORDS
            )
            if (
                plural_subject
                and verb not in FUNCTION_WORDS
                and can_be_verb(verb)
                and verb_lemma(verb) == verb
            ):
                pieces.append(piece[start : match.start()])
                start = match.end()
        pieces.append(piece[start:])
    return pieces


MAX_LIST_HEAD_WORDS = 3


def _is_list_head(text: str) -> bool:
    """A few nouns and nothing else (``translators``, ``meeting rooms``), or a short act that
    makes them (``farmers deliver loads``), as before a list."""
    found = words(text)
    if ":" in text or not found:
        return False
    if len(found) <= MAX_LIST_HEAD_WORDS and all(
        w not in FUNCTION_WORDS and can_be_noun(w) for w in found
    ):
        return True
    if "per" in found[1:-1]:
        # "work order per customer - part number, qty": a record of each of another (a
        # *per* at either end divides nothing: "per round" alone is no list head)
        at = found.index("per", 1)
        return _is_list_head(" ".join(found[:at])) and _is_list_head(" ".join(found[at + 1 :]))
    # "farmers deliver loads - date, crop": people, their act and what it makes, as a header
    return (
        len(found) <= MAX_LIST_HEAD_WORDS + 2
        and is_plural(found[-1])
        and can_be_noun(found[-1])
        and all(w not in FUNCTION_WORDS or w in DETERMINERS for w in found)
        and any(can_be_verb(w) and not can_be_noun(w) for w in found[1:-1])
    )
