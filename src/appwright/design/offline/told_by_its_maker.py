"""Records told by who makes, takes or passes them on, and lists told in an aside:

- *each booking is made by one teacher for one show (for the show we just keep the title ...),
  and the teacher tells us how many pupils are coming, ...* is the show's list, then the
  booking's;
- *a member has a name ..., and each year they take out a membership with ...* is the member's
  membership;
- *the breakdown is passed to a recovery company (name, ...)* is a link to the company, told;
- *pupils buy packs, and each pack purchase stores ...* is a purchase of the pupil's.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_name_records, singular, verb_form, verb_lemma

_FOR_THE_ONE_IN_BRACKETS = re.compile(
    r"\s*\(for\s+(?:the|each|every|a|an)\s+(?P<one>[a-z][\w\-]*)\s+(?:we|i)\s+(?:just\s+|only\s+)?"
    r"(?:keep|record|note|need|store|log)\s+(?P<listed>(?:the|a|an|its|their)\s[^()]+)\)(?:,\s+and\s+|,\s+)?"
)
_THE_MAKER_TELLS_US = re.compile(
    r"^(?P<head>(?:each|every|a|an)\s+(?P<record>[a-z][\w\-]*)\s+is\s+[a-z]+\s+by\s+(?:one|a|an)\s+"
    r"(?P<who>[a-z][\w\-]*)\b[^;]*;(?:[^;]*;)*?)\s+(?:the|that)\s+(?P=who)\s+(?:tells|gives|sends)\s+us\s+"
    r"(?=(?:how|what|which|when|whether|the|a|an|their)\b)"
)


def told_by_its_maker(sentence: str) -> str:
    """``each booking is made by one teacher for one show (for the show we just keep the title
    and its length), and the teacher tells us how many pupils are coming, ...``: *each booking
    is made by one teacher for one show; for each show we keep the title and its length; each
    booking has how many pupils are coming, ...*."""

    def its_own(match: re.Match[str]) -> str:
        if not can_name_records(match["one"]):
            return match[0]
        return f"; for each {match['one']} we keep {match['listed']}; "

    sentence = _FOR_THE_ONE_IN_BRACKETS.sub(its_own, sentence)
    match = _THE_MAKER_TELLS_US.search(sentence)
    if match is None or not can_name_records(match["record"], match["who"]):
        return sentence
    return f"{match['head']} each {match['record']} has {sentence[match.end() :]}"


_AND_THEY_ACT = re.compile(
    r"^(?P<one>(?:a|an|each|every)\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))\s+has\s+(?P<listed>[^;]+?),\s+and\s+"
    r"(?P<when>(?:each|every)\s+(?:year|month|week|season|term|visit|time)\s+)?they\s+(?P<verb>[a-z]+)"
    r"(?P<particle>\s+(?:out|up|in|on))?\s+(?=(?:a|an)\s+[a-z])"
)


def and_they_act(sentence: str) -> str:
    """``a member has a first name, ..., and each year they take out a membership with ...``:
    *a member has a first name, ...; each year a member takes out a membership with ...*; *they*
    is the one the list was said of."""
    match = _AND_THEY_ACT.search(sentence)
    if match is None or verb_lemma(match["verb"]) != match["verb"]:
        return sentence
    if not can_name_records(*match["who"].split()):
        return sentence
    acts = verb_form(match["verb"], "VBZ") + (match["particle"] or "")
    when = match["when"] or ""
    said = f"{match['one']} has {match['listed']}; {when}a {match['who']} {acts} "
    return said + sentence[match.end() :]


_THE_ONE_PASSED_TO_ONE = re.compile(
    r"(?:^|(?<=;\s))the\s+(?P<record>[a-z][\w\-]*)\s+(?P<done>is\s+(?:passed|sent|given|handed|assigned|"
    r"allocated|referred))\s+to\s+(?:a|an)\s+(?=[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+\([^()]+\))"
)


def passed_to_one_told(sentence: str) -> str:
    """``each breakdown is for one hire ...; the breakdown is passed to a recovery company (name,
    phone, ...)``: *each breakdown is passed to one recovery company (name, ...)*; each is passed
    to one of them, told with its list."""
    return _THE_ONE_PASSED_TO_ONE.sub(r"each \g<record> \g<done> to one ", sentence)


_THEY_BUY_THEN_EACH = re.compile(
    r"^(?P<buyers>[a-z][\w\-]*s)(?P<aside>\s+\([^()]*\))?\s+(?:buy|book|order|rent|hire|take\s+out)\s+"
    r"(?P<things>[a-z][\w\-]*s),\s+and\s+(?P<each>each|every)\s+(?P<record>(?P<thing>[a-z][\w\-]*)\s+"
    r"(?:purchase|booking|order|rental|hire|sale))\s+(?=(?:stores|records|has|holds|notes|keeps)\b)"
)


def they_buy_then_each(sentence: str) -> str:
    """``pupils (name, email, phone) buy packs, and each pack purchase stores the purchase date,
    ...``: *...; each pack purchase belongs to one pupil; each pack purchase stores ...*; the
    purchase is the buyer's."""
    match = _THEY_BUY_THEN_EACH.search(sentence)
    if match is None or singular(match["things"]) != match["thing"]:
        return sentence
    buyer = singular(match["buyers"])
    if not can_name_records(buyer, match["thing"]):
        return sentence
    record = match["record"]
    said = (
        f"{match[0][: match.end('things') - match.start()]}; each {record} belongs to one {buyer}"
    )
    return f"{said}; each {record} {sentence[match.end() :]}"
