"""The shapes every sentence rewrite takes: a rewrite of each clause on its own, a rewrite of
the clauses a pattern matches whole, a rewrite of the clauses an opening pattern matches, and a
rewrite of each part between semicolons (the rewrites are in ``simplify``, the ``told_*``
modules and the modules ``simplify`` imports)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from appwright.design.offline.sentences import clauses
from appwright.design.offline.word_forms import phrase_can_name_records, singular_phrase


def per_clause(sentence: str, rewrite: Callable[[str], list[str]]) -> str:
    """``sentence`` with each of its clauses replaced by the clauses ``rewrite`` makes of it;
    unchanged, separators and all, where no clause changed."""
    parts = clauses(sentence)
    rewritten = [piece for part in parts for piece in rewrite(part)]
    return "; ".join(rewritten) if rewritten != parts else sentence


def reordered(
    sentence: str, opening: re.Pattern[str], reorder: Callable[[re.Match[str], str], str | None]
) -> str:
    """``sentence`` with each clause that ``opening`` matches written as ``reorder`` says,
    given the match and the rest of the clause; None leaves the clause as it is."""

    def plain(clause: str) -> list[str]:
        match = opening.match(clause)
        made = reorder(match, clause[match.end() :]) if match else None
        return [clause if made is None else made]

    return per_clause(sentence, plain)


def per_match(
    sentence: str,
    pattern: re.Pattern[str],
    rewrite: Callable[[re.Match[str]], list[str] | None],
) -> str:
    """``sentence`` with each clause ``pattern`` matches (from its start) replaced by the
    clauses ``rewrite`` makes of the match; None from ``rewrite`` leaves the clause as it is."""

    def plain(clause: str) -> list[str]:
        match = pattern.match(clause)
        made = rewrite(match) if match else None
        return [clause] if made is None else made

    return per_clause(sentence, plain)


def per_statement(sentence: str, rewrite: Callable[[str], str]) -> str:
    """``sentence`` with each part between semicolons rewritten on its own; unlike
    ``per_clause``, a list after a comma stays in the part the rewrite reads whole."""
    if ";" not in sentence:
        return rewrite(sentence)
    return "; ".join(rewrite(part.strip()) for part in sentence.split(";"))


def statement_by_statement(rewrite: Callable[[str], str]) -> Callable[[str], str]:
    """``rewrite`` made to read each part between semicolons on its own (``per_statement``), for
    a rewrite whose pattern matches one whole statement."""

    @functools.wraps(rewrite)
    def each(sentence: str) -> str:
        return per_statement(sentence, rewrite)

    return each


def said_in_place(sentence: str, match: re.Match[str], said: str) -> str:
    """``sentence`` up to the clause ``match`` read, then ``said`` in its place: after a
    semicolon when the clause followed another (its ``lead`` group matched words)."""
    lead = "; " if match["lead"] else ""
    return f"{sentence[: match.start()]}{lead}{said}"


def said_from_match(sentence: str, match: re.Match[str], said: str) -> str:
    """``sentence`` up to where ``match`` starts, then ``said`` in its place (the match's
    opening words, *when the lights go on*, dropped): after a semicolon unless the match
    starts the sentence."""
    lead = "; " if match.start() else ""
    return f"{sentence[: match.start()]}{lead}{said}"


def owned_and_listed(record: str, owners: tuple[str, ...], listed: str) -> str:
    """*each sale belongs to one bike; each sale belongs to one customer; each sale has ...*:
    a record told with the ones it belongs to, its own list said last so that an *it* after it
    is still the record."""
    said = [f"each {record} belongs to one {owner}" for owner in owners]
    return "; ".join([*said, f"each {record} has {listed}"])


def owned_as_matched(
    match: re.Match[str] | None, sentence: str, owners: tuple[str, ...] = ("one",)
) -> str:
    """``sentence`` told as the record its pattern matched (group ``record``), belonging to the
    ones its ``owners`` groups name, with its list (group ``listed``); ``sentence`` as it is
    when nothing matched or a phrase names no record."""
    if match is None:
        return sentence
    ones = tuple(match[group] for group in owners)
    return owned_if_named(match["record"], ones, match["listed"], sentence)


def owned_if_named(record: str, owners: tuple[str, ...], listed: str, otherwise: str) -> str:
    """``record`` told with its ``owners`` and ``listed`` (``owned_and_listed``); ``otherwise``
    when a phrase names no record."""
    if not all(phrase_can_name_records(phrase) for phrase in (record, *owners)):
        return otherwise
    return owned_and_listed(record, owners, listed)


def each_of_them_has(many: str, listed: str, otherwise: str) -> str:
    """*each download has ...* for the plural ``many`` (*downloads*) and its ``listed``;
    ``otherwise`` when ``many`` is no plural or names no record."""
    one = singular_phrase(many)
    if one == many or not phrase_can_name_records(one):
        return otherwise
    return f"each {one} has {listed}"
