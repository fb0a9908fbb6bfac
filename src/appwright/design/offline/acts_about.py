"""An act someone may do about a record, told by its verb alone: *residents can complain about
a beat with their email, the date and a comment* says what *residents can make a complaint
about a beat with ...* says; the list is the act's record, named by the verb's noun."""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.word_forms import can_be_noun, is_plural, verb_lemma

_MAY_ACT_ABOUT_ONE_WITH = re.compile(
    r"^(?P<who>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+(?P<may>can|may)\s+(?P<verb>[a-z]+)\s+"
    r"(?P<about>about|on|against)\s+(?P<one>(?:a|an|the|one\s+of\s+(?:our|the))\s+[a-z][\w\-]*)"
    r"(?:,\s*|\s+)(?:with|giving)\s+(?P<listed>(?:their|the|a|an|its|his|her)\s[^;]*"
    r"(?:,|\band\b)[^;]*)$"
)


def may_act_about_one(sentence: str) -> str:
    """``residents can complain about a beat with their email, the date and a comment``:
    *residents can make a complaint about a beat with ...*, the act's own record (*guests can
    comment on a room, giving a rating and a note*: a comment), so its list is not theirs."""

    def plain(clause: str) -> str:
        match = _MAY_ACT_ABOUT_ONE_WITH.match(clause)
        if match is None or not is_plural(match["who"].split()[-1]):
            return clause
        verb = match["verb"]
        if verb_lemma(verb) != verb:
            return clause
        # the act's noun (*complain* → complaint), else the verb's own noun (*comment*, *vote*)
        noun = act_or_irregular_noun(verb) or (verb if can_be_noun(verb) else None)
        if noun is None or not can_be_noun(noun):
            return clause
        return (
            f"{match['who']} {match['may']} make a {noun} {match['about']} {match['one']} "
            f"with {match['listed']}"
        )

    return "; ".join(plain(part.strip()) for part in sentence.split(";"))
