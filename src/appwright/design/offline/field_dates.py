"""A field named by when something happens: *on what date*, *the date I go out to survey* (the
survey date), *when I started*, *the year it entered service*, *when the warranty ends*.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_noun
from appwright.design.offline.clause_or_phrase import DATED_ACT
from appwright.design.offline.draft import FieldDraft
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import gerund, is_plural, verb_form, verb_lemma

_DATE_TO_ACT = re.compile(
    r"^(?P<noun>date|day|time)\s+(?:i|we|they|he|she|you|it)(?:\s+(?:am|are|is|were|was|have|has))?"
    r"\s+(?:go|goes|going|come|comes|coming|booked|due|scheduled|planned|set|supposed|meant|"
    r"arranged|plan|plans|planning|want|wants)(?:\s+(?:out|round|over|back|in|up))?\s+to\s+"
    r"(?P<verb>[a-z]+)$"
)
"""*the date I go out to survey*, *the date we're booked to fit*: the survey date, the fitting
date, the day an act is planned for."""


_WHEN = re.compile(r"^when (?:i|we|they|it|he|she|you|someone) (?:\w+ )?(?P<verb>[a-z]+ed)\b")


_WHEN_WENT = re.compile(
    r"^when (?:it|they|he|she|someone) (?P<verb>went|came|got|left|ran|gave|took|brought|sent)"
    r" (?P<particle>out|back|in|off|away|home|up)$"
)
"""``when it went out``, ``when it came back``: the day of an irregular act, with its particle."""


_WHICH_DAY = re.compile(r"^(?:(?:on|at|by) )?(?:what|which) (?P<noun>date|day|time)$")
"""``on what date``: the date, asked as a question."""


_WHEN_IT_ENDS = re.compile(
    r"^when\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?!(?:it|they|this|that|we|i)\s)"
    r"(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>ends|expires|runs out|starts|begins|renews|is due)$"
)


_TAKES_EFFECT = re.compile(
    r"^(?:the\s+)?(?:date|day)\s+(?:it|they|the\s+[a-z]+|this\s+[a-z]+)\s+(?:takes|take|took|comes?\s+into)\s+"
    r"(?:effect|force)$"
)
"""*the date it takes effect*, *the date the rate takes effect*: the effective date."""


_DATE_IT_ENDS = re.compile(
    r"^(?:the\s+)?(?:date|day)\s+(?:the|its|their|his|her)\s+"
    r"(?P<thing>[a-z][\w\-']*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>ends|expires|runs out|starts|begins|renews)$"
)
"""*the date their skipper's certificate runs out*: the date named by what happens to a
thing of the record's, as *when the warranty ends* is (*the date the quote is due* is its due
date)."""


_YEAR_IT_DID_A_THING = re.compile(
    r"^(?:the\s+)?(?P<noun>year|date)\s+(?:it|they)\s+(?P<verb>[a-z]+ed)\s+"
    r"(?:(?P<thing>(?!(?:us|me|them|it|him|her|you)$)[a-z][\w\-]*)|to\s+[a-z]+)$"
)
"""*the year it entered service*: the year named by the act and what it did; *the year they
learned to ring*: the year they learned."""


_WHEN_ITS_OWN_ENDS = re.compile(
    r"^when\s+(?:it|they)\s+(?P<verb>ends|expires|runs out|starts|begins|renews|is due)$"
)
"""*when it expires*: the day the record itself ends, starts or falls due."""


_WHEN_WORDS = {
    "ends": "end",
    "expires": "expiry",
    "runs out": "expiry",
    "starts": "start",
    "begins": "start",
    "renews": "renewal",
    "is due": "due",
}
"""``when the warranty ends``: the date named by what happens on it."""


_DATED_ACT_NOUNS = {"expire": "expiry"}
"""``the date its certificate expires``: the *expiry* date, as registers and forms say (not
the dictionary's *expiration*)."""


def dated_act(verb: str) -> str:
    """The form of a verb that names the day of its act: *sails* → sailing (the sailing date),
    *began* → start, *poured* → poured."""
    lemma = verb_lemma(verb)
    if lemma in ("begin", "commence"):
        return "start"  # "the date we began": the start date
    if lemma is None or lemma == verb:
        return verb
    if verb.endswith("s") and verb_form(lemma, "VBZ") == verb:
        return gerund(lemma)
    return verb  # "poured", "lit": the act as it was said


def date_field(plain: str, draft: FieldDraft) -> tuple[list[str], list[str]] | None:
    """Fields named by when something happens: *on what date*, *the date I go out to survey*,
    *when I started*, *the year it entered service*, *when the warranty ends*."""
    which_day = _WHICH_DAY.match(plain)
    if which_day:
        noun = which_day.group("noun")
        draft.type = "datetime" if noun == "time" else "date"
        return [noun], [noun]
    planned = _DATE_TO_ACT.match(plain)
    if planned and verb_lemma(planned["verb"]) == planned["verb"]:
        draft.type = "datetime" if planned["noun"] == "time" else "date"
        named = [
            _act_name(planned["verb"]),
            "date" if planned["noun"] == "day" else planned["noun"],
        ]
        return named, named[-1:]
    went = _WHEN_WENT.match(plain)
    if went:
        named = [went.group("verb"), went.group("particle"), "date"]
        return named, ["date", "on"]
    when = _WHEN.match(plain)
    if when:
        draft.type = "date"
        return [dated_act(when.group("verb")), "date"], [when.group("verb"), "on"]
    did = _YEAR_IT_DID_A_THING.match(plain)
    if did:
        # "the year it entered service": the year of that act, a number like any year
        draft.type = "integer" if did["noun"] == "year" else "date"
        return [did["noun"], did["verb"], *([did["thing"]] if did["thing"] else [])], [did["noun"]]
    its_own = _WHEN_ITS_OWN_ENDS.match(plain)
    if its_own:
        # "when it expires": the record's own expiry date
        draft.type = "date"
        return [_WHEN_WORDS[its_own.group("verb")], "date"], ["date"]
    if _TAKES_EFFECT.match(plain):
        draft.type = "date"
        return ["effective", "date"], ["date"]  # "the date it takes effect"
    date_ends = _DATE_IT_ENDS.match(plain)
    if date_ends:
        # "the date their skipper's certificate runs out": the certificate's expiry date
        draft.type = "date"
        owned = words(date_ends["thing"].replace("'s", ""))[-1:]
        return [*owned, _WHEN_WORDS[date_ends["verb"]], "date"], ["date"]
    ends = _WHEN_IT_ENDS.match(plain)
    if ends:
        # "when the warranty ends": the warranty's end date
        named = [*words(ends.group("thing")), _WHEN_WORDS[ends.group("verb")], "date"]
        return named, ["date"]
    dated = DATED_ACT.match(plain)
    if dated:
        verb, thing = dated.group("verb"), dated.group("thing")
        lemma = verb_lemma(verb)
        # "its contract renews", "its pads expire": the verb agrees with the thing
        agrees = lemma != verb if verb.endswith("s") else is_plural(thing) and lemma == verb
        act = (_DATED_ACT_NOUNS.get(lemma) or act_noun(lemma)) if lemma and agrees else None
        if act is not None:
            draft.type = "date"
            return [dated.group("thing"), act, "date"], ["date"]
    return None


def _act_name(verb: str) -> str:
    """The noun for an act in a field's name: *fitting*, *delivery*, *inspection*; the verb
    itself where its noun is a different word (*visit*, not *visitation*; *install*, not
    *installment*)."""
    act = act_noun(verb)
    if act and act.endswith(("ing", "ion", "ery", "al", "ure")) and not act.endswith("ation"):
        return act
    return verb
