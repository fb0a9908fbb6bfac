"""A field named by a noun and what happened to it, or what someone does with it: *the date it was
poured*, *the date it came back* (its return date), *a placing the judge gives it*.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import IRREGULAR_ACTS
from appwright.design.offline.draft import FieldDraft
from appwright.design.offline.field_dates import dated_act
from appwright.design.offline.word_classes import DETERMINERS, FUNCTION_WORDS, words
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_past_participle,
    is_plural,
    singular,
    verb_form,
    verb_lemma,
)

_SMALL_CLAUSE = re.compile(
    r"^(?P<noun>[a-z][\w\-]*(?: [a-z][\w\-]*)?(?: per [a-z][\w\-]*)?) "
    r"(?:it|they|he|she|you|i|we|(?:the|our|their|his|her|each|every) (?P<who>[a-z][\w\-]*))"
    r"(?:'s| is| was| were| are| got(?! (?:it|them)\b)| gets(?! (?:it|them)\b))?"
    r"(?: (?P<when>last|first|next|most recently))?"
    r" (?P<verb>[a-z]+(?:-[a-z]+)?)(?P<object> it| them| us| him| her| you| (?:the|our|each|every|a|an|their) [a-z][\w\-]*)?"
    r"(?: (?P<particle>in|on|at|by|to|for|back|up to|up until|up|out|off|over|down|away))?"
    r"(?: home)?"  # "the time the dog was dropped back home"
    r"(?: with (?:us|me|them))?"
    r"(?: (?:in|on|for|at) (?:it|them))?"  # "the date they were last assessed in it"
    r"(?: (?:once|when|after|before|until) (?:it |they )?(?:is |are )?[a-z]+)?$"
)
"""*the date it was poured*, *the date it is ready once cured*, *a placing the judge gives it*:
a noun and what happened, or what someone does with it (*the date they first sat with us*)."""


_DONE_TO_A_THING = re.compile(r"^ (?:the|our|each|every|a|an) (?P<thing>[a-z][\w\-]*)$")
"""What the act in *the time we open the gates* is done to."""


_TAKES_PLACE = frozenset(("runs", "happens", "occurs"))
"""What a record does on its own date (*the date it runs*): the date is the record's, no act's."""


_PHRASAL_DATES = {
    ("run", "out"): ["expiry", "date"],
    ("go", "out"): ["sent", "date"],
    ("come", "in"): ["received", "date"],
    ("get", ""): ["received", "date"],
}
"""Dates of acts told with a particle, named as forms name them: *the date it runs out* is the
expiry date, *the date it went out* the sent date, *the date it came in* (or *the date we got
it*) the received date. A date is named with *date*, as forms name it (*poured date*, not
*poured on*)."""


_WHERE_IT_CAME_FROM = re.compile(
    r"^(?P<what>email|address|phone|number|website|url)\s+(?:it|they)\s+(?:came|come|was\s+sent)(?:\s+from)?$"
)
"""*the email it came from*: where it was sent from, a field of its own (*the supplier it came
from* is the one it came from, a link the list readers make)."""


_TRADED = frozenset(["buy", "sell"])
"""Acts whose day is named by the act's own noun (*purchase date*, *sale date*)."""


def clause_field(plain: str, draft: FieldDraft) -> tuple[list[str], list[str]] | None:
    """A noun and what happened to it, or what someone does with it: *the date it was
    poured*, *the date it came back*, *a placing the judge gives it*."""
    if plain.startswith("how many "):
        return None  # "how many we need": a count, which the count readers name
    came_from = _WHERE_IT_CAME_FROM.match(plain)
    if came_from:
        return [came_from["what"]], [came_from["what"]]  # "the email it came from": its email
    clause = _SMALL_CLAUSE.match(plain)
    # "the date the plot was let", "the time the crew were paged": what was done to the
    # record's own thing, on that day or at that time
    done_to = (
        bool(clause)
        and re.match(r"^(?:date|day|time)\s", plain) is not None
        and bool(
            clause
            and re.search(
                rf"\b(?:was|were|is|are|got|gets)\s+{clause['verb']}"
                r"(?:\s+(?:back|out|off|over|down|away|in|up))?(?:\s+home)?$",
                plain,
            )
        )
    )
    if clause and (clause.group("who") is None or _names_an_act(clause) or done_to):
        noun = [w for w in words(clause.group("noun")) if w not in DETERMINERS]
        verb = clause.group("verb")
        last = clause.group("when").split()[-1:] if clause.group("when") else []
        if noun in (["date"], ["day"]):
            draft.type = "date"
            if (clause.group("particle") or "").startswith("up "):
                # "the date they're paid up to": paid up to, the day it runs until
                return [verb, "up", "to"], [verb, "up", "to"]
            if clause.group("particle") == "back" and verb_lemma(verb) in ("come", "get"):
                return ["return", "date"], ["date"]  # "the date it came back": its return
            plainer = _PHRASAL_DATES.get((verb_lemma(verb) or verb, clause.group("particle") or ""))
            if plainer is not None:
                return plainer, plainer[-1:]  # "the date it runs out": its expiry date
            if clause.group("particle") in ("over", "down", "away", "out", "off"):
                # "the date it was handed over": handed over on, the particle is the act's
                return [verb, clause.group("particle"), "date"], [verb, "on"]
            if verb == "due" and not last:
                # "the date our report is due": its due date, as *when it's due* is named
                particle = [clause.group("particle")] if clause.group("particle") else []
                return ["due", *particle, "date"], ["date"]
            if not last and not clause.group("particle") and verb in _TAKES_PLACE:
                return ["date"], ["date"]  # "the date it runs": the record's own date
            if not last and verb_lemma(verb) in _TRADED:
                # "the date we bought it": its purchase date, as a buyer's books say
                return [IRREGULAR_ACTS[verb_lemma(verb) or verb], "date"], ["date"]
            # "the date it was last serviced": the last serviced date
            return [*last, dated_act(verb), "date"], [verb, "on"]
        if noun == ["time"]:
            draft.type = "datetime"
            thing = _DONE_TO_A_THING.match(clause.group("object") or "")
            lemma = verb_lemma(verb) if thing else None
            acting = verb_form(lemma, "VBG") if thing and lemma and lemma == verb else None
            if thing and acting and can_be_noun(thing["thing"]):
                # "the time we open the gates": the gate opening time
                return [singular(thing["thing"]), acting, "time"], ["time"]
            moved = (verb_lemma(verb), clause.group("particle"))
            if moved in (("come", "back"), ("get", "back"), ("bring", "back")):
                return ["returned", "at"], ["returned", "at"]  # "the time it came back"
            if moved == ("go", "out"):
                return ["out", "at"], ["out", "at"]  # "the time it went out"
            if moved[0] in ("happen", "occur") and not moved[1]:
                return ["occurred", "at"], ["occurred", "at"]  # "the time it happened"
            return [verb, "at"], [verb, "at"]
        particle = [clause.group("particle")] if clause.group("particle") else []
        if verb_lemma(verb) is None:
            return None
        # "the rate per vine they charge us": *per vine* is the noun's own
        plain_noun = noun and all(w not in FUNCTION_WORDS or w == "per" for w in noun)
        past = is_past_participle(verb) or (
            verb_lemma(verb) not in (None, verb) and not verb.endswith("s")  # "flew"
        )
        if plain_noun and (not past or clause.group("object") in (" it", " them")):
            # "the fee we pay the shopper", "a placing the judge gives it", "the rating i gave
            # it": the fee, the placing, the rating; the noun is what the act gives or makes
            return noun, noun
        return [*noun, verb, *particle], noun
    return None


def _names_an_act(clause: re.Match[str]) -> bool:
    """Whether ``the judge gives`` is someone and their act (not *a link to the scan files*)."""
    who, verb = clause.group("who"), clause.group("verb")
    noun = words(clause.group("noun"))
    lemma = verb_lemma(verb)
    return (
        all(w not in FUNCTION_WORDS for w in noun)
        and can_be_noun(who)
        and not (verb.endswith("s") and is_plural(who))  # "the show classes": nouns both
        and lemma is not None
        and lemma != verb
        and can_be_verb(lemma)
    )
