"""The shapes of a sentence rewrite: each clause on its own, a whole-clause match, an opening."""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause, per_match, reordered

_HAS = re.compile(r"^(?P<who>a [a-z]+) owns (?P<what>a [a-z]+)$")


def _owned(match: re.Match[str]) -> list[str] | None:
    if match["who"] == match["what"]:
        return None  # refused: the clause stays as it was
    return [f"{match['what']} belongs to {match['who']}"]


def test_per_match_rewrites_each_matching_clause_and_keeps_the_rest() -> None:
    said = "a member owns a boat; the club meets on fridays; a member owns a member"
    assert per_match(said, _HAS, _owned) == (
        "a boat belongs to a member; the club meets on fridays; a member owns a member"
    )


def test_per_match_leaves_a_sentence_with_no_match_untouched() -> None:
    said = "the club meets on fridays, and the bar opens at six"
    assert per_match(said, _HAS, _owned) == said


def test_per_clause_may_make_several_clauses_of_one() -> None:
    split = per_clause("a boat has a name and a length", lambda c: c.split(" and "))
    assert split == "a boat has a name; a length"


def test_reordered_rewrites_from_the_opening_on() -> None:
    opening = re.compile(r"^every (?P<who>[a-z]+) gets ")
    made = reordered(
        "every client gets a case", opening, lambda m, rest: f"each {m['who']} has {rest}"
    )
    assert made == "each client has a case"
