"""Relative clauses, unfolded into a clause of their own or cut down to the noun they name.

``each animal lives in an enclosure that has a name and a zone``: *... lives in an
enclosure; an enclosure has a name and a zone*; ``every instrument we own has a serial
number``: *every instrument has a serial number* (how it came to be kept is no kind of it).
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.types import UNIT_TYPES
from appwright.design.offline.word_classes import PREPOSITIONS, QUANTIFIERS
from appwright.design.offline.word_forms import (
    is_past_participle,
    is_plural,
    singular_phrase,
    verb_lemma,
)

_RELATIVE_HAVE = re.compile(
    r"^(?P<head>.+?\s)(?P<np>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:that|which)\s+"
    r"(?:has|have|carries|holds)\s+(?P<list>(?:a|an|the|its)\s.+)$"
)


_RELATIVE_HAVE_EACH = re.compile(
    r"^(?P<head>.+?\s)(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:,\s+(?:who|which)\s+(?:each\s+|all\s+)?|\s+(?:who|which|that)\s+each\s+)"
    r"(?:have|carry|hold|earn|get|receive|charge|are\s+paid)\s+(?P<list>(?:a|an|the|their)\s.+)$"
)
"""``it is assigned to one of our joiners, who each have a name and a day rate``; ``drawn by
one of our artists, who each earn a royalty percentage``: what each is paid is theirs too."""


_AND_THE_SUBJECT_DOES = re.compile(
    r",\s+and\s+(?P<verb>has|carries|holds|records|notes|needs|gets|comes\s+with)\s+(?=(?:a|an|the|its)\s)"
)
"""After a plural's relative clause, a verb agreeing with the singular subject before it."""
_SUBJECT_TOLD = re.compile(
    r"^(?P<subject>(?:each|every|a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:is|was|gets|belongs|goes|comes)\b"
)


def relative_have(sentence: str) -> str:
    """``each animal lives in an enclosure that has a name and a zone``: *... lives in an
    enclosure; an enclosure has a name and a zone*, the object's own fields. So with a plural
    (*one of our joiners, who each have a name*): *each joiner has a name*."""

    def unfolded(part: str) -> list[str]:
        relative = _RELATIVE_HAVE.match(part)
        if relative is not None and relative.group("head").strip():
            np = relative.group("np")
            return [f"{relative.group('head')}{np}", f"{np} has {relative.group('list')}"]
        plural = _RELATIVE_HAVE_EACH.match(part)
        if plural is None or not is_plural(plural.group("np").split()[-1]):
            return [part]
        np = plural.group("np")
        # "in several issues, which each have ...": each issue, not *each several issue*
        # "is broken into runs that each have ...": each run, not *each into run*
        named = [w for w in strip_determiners(np).split() if w not in QUANTIFIERS | PREPOSITIONS]
        head_noun = singular_phrase(" ".join(named))
        listed = re.sub(r"^their\s", "a ", plural.group("list"))
        said = [f"{plural.group('head')}{np}", f"each {head_noun} has {listed}"]
        theirs = _AND_THE_SUBJECT_DOES.search(listed)
        subject = _SUBJECT_TOLD.match(plural.group("head"))
        if theirs is None or subject is None:
            return said
        # "each parcel is packed by one of our packers, who have a name, and carries a
        # weight": *carries* is said of the one parcel, not of the packers
        return [
            said[0],
            f"each {head_noun} has {listed[: theirs.start()]}",
            f"{subject['subject']} {listed[theirs.start('verb') :]}",
        ]

    return per_clause(sentence, unfolded)


_REDUCED_RELATIVE = re.compile(
    r"(?P<lead>^|,\s+and\s+)(?P<np>(?:a|an|the|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"|(?<![\w\s])[a-z][\w\-]*s)\s+"
    r"(?:we|i|you|they)\s+(?:[a-z]+\s+)?(?:[a-z]+)\s+"
    r"(?=(?:(?:each|all|both)\s+)?(?:has|have|is|are|needs|gets|carries|records|notes|holds|lists|"
    r"logs|stores)\s)"
)


_RELATIVE_ENDING_IN_PLACE = re.compile(
    r"(?P<np>\band\s+the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:they|he|she|we|i)\s+"
    r"(?:will\s+|would\s+|can\s+|usually\s+)?[a-z]+\s+(?:at|from|on|in|to|with)(?=\s*(?:;|\.|$))"
)
"""``..., how many seats they want and the pick-up point they will join at``: *and the pick-up
point*, the last thing listed, whose relative only says where they come in."""


_PARTICIPLE_RELATIVE = re.compile(
    r"(?P<lead>^|,\s+and\s+)(?P<np>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+(?P<done>[a-z]+)"
    r"(?:\s+(?:out|up|in|off|aside|back))?"
    r"(?:\s+(?:for|to|by|from|at|into|on)\s+(?!(?:a|an|the|one|each|every|our|their|its)\b)"
    r"[a-z][\w\-]*)?\s+(?=(?:has|have|gets|needs|carries)\s)"
)
"""``each item picked out for online has a stock code``: how an item came to be kept is no kind
of it, nor a record (a record named after the participle, *sold to a buyer*, stays)."""


_PARTICIPLE_BEFORE_PASSIVE = re.compile(
    r"(?P<lead>^|,\s+and\s+)(?P<np>(?:a|an|each)\s+[a-z][\w\-]*)\s+(?P<done>[a-z]+)"
    r"(?P<where>\s+(?:into|in|at|to|from|by|for|on|onto|through|under)\s+"
    r"(?:a|an|the|one|each|our|their|its|any)\s+[a-z][\w\-]*(?:\s+(?!is\b|gets\b)[a-z][\w\-]*)?)"
    r"\s+(?P<verb>(?:is|gets)\s+(?P<kept>[a-z]+))\b"
)
"""``each donation dropped into a fridge is logged with its food type``: *each donation is
dropped into a fridge and is logged with ...*, two predicates of the donation, so the fridge
is where it goes and the list is the donation's."""


def _participle_before_passive(match: re.Match[str]) -> str:
    if not (is_past_participle(match["done"]) and is_past_participle(match["kept"])):
        return match[0]
    return f"{match['lead']}{match['np']} is {match['done']}{match['where']} and {match['verb']}"


_ARRIVING_RELATIVE = re.compile(
    # "the way it works is that every donor who signs up gets ...": the lead-in says nothing
    r"(?P<lead>^|,\s+and\s+|\bis\s+that\s+)(?P<np>(?:each|every|any)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:that|which|who)\s+(?:comes|arrives|turns|is\s+sent|gets\s+sent|is\s+submitted|"
    r"gets\s+submitted|is\s+received|is\s+handed|signs|joins|registers|enrols|enrolls)"
    r"(?:\s+(?:in|up|through|back|to\s+(?:us|me)))?\s+"
    r"(?=(?:has|have|gets|needs|carries)\s)"
)
"""``each puzzle that comes in has a title``: every puzzle has one; arriving is how there
come to be puzzles, not a kind of them. So is joining: ``every donor who signs up gets a
donor number``."""


_RELATIVE_BEFORE_WITH = re.compile(
    r"\b(?P<np>(?:each|every|any)\s+[a-z][\w\-]*|the\s+[a-z][\w\-]*s)\s+(?:we|i|they|you)"
    r"(?:\s+(?:are|were|am|have|had))?"
    r"\s+[a-z]+(?:\s+to\s+[a-z]+)?(?:\s+(?:on|at|in|from|for|to|up|out|off))?"
    r"(?:\s+(?:with|for)\s+us\b\s*|,?\s+(?=with\s))"
)
"""``every shore we are licensed to cut on with its name``: the shore, with its name;
``every website they host with us is ...``: the website; ``the competitions we travel to,
with a name``: the competitions."""


_ONCE_IN_A_LIST = re.compile(
    r"\band,\s+(?:once|when|after|if)\s+[^,;]+,\s+(?=(?:the|a|an|their|its)\s)"
)
"""``the entry fee we paid and, once we are back, the placing``: when is no item."""


_ALLOWED_PER = re.compile(
    r"\b(?P<np>the\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+(?:we|i|they|you)\s+"
    r"(?:(?:may|can|could|will|are allowed to|are able to)\s+[a-z]+\s+(?:per|a|each)\s+"
    r"(?P<period>year|month|week|day|hour|night|visit)|(?:charge|charges|pay|pays|earn|earns|ask|asks)"
    r"\s+per\s+(?P<unit>[a-z][\w\-]*))(?=\s*(?:[,;()]|$|\s(?:and|or)\s))"
)
"""``the maximum tonnes we may take per year``: the maximum tonnes per year; ``the fee they
charge per puzzle``: the fee per puzzle."""


_REFLEXIVE = re.compile(r"\s+(?:themselves|itself)\b")


_OBJECT_RELATIVE = re.compile(
    r"\b(?P<np>(?:the|all the|its|their)\s+(?!(?:date|day|time|year|month|week|number)\b)[a-z][\w\-]*"
    r"(?:\s+(?!it\b|they\b|date\b|day\b|time\b|where\b|of\b|and\b|or\b|whether\b|if\b|how\b|when\b|"
    r"which\b|who\b|what\b|the\b|a\b|an\b|per\b|for\b|in\b|on\b|at\b|to\b|by\b|with\b|from\b)"
    r"[a-z][\w\-]*){0,2}"
    r"(?:\s+of\s+(?!(?:the|a|an|it|them|their|its|our)\b)[a-z][\w\-]*"
    r"(?:\s+(?!(?:it|they|we|you|i|he|she|where)\b)[a-z][\w\-]*)?)?)\s+(?:where\s+)?"
    r"(?:they|we|you|it|i|he|she)(?:'s|'re|\s+(?:was|were|is|are|has been|have been|had been|"
    r"has|have|had|will|would))?\s+[a-z]+(?:\s+(?:them|him|her|us))?"
    # "the beer it was filled with": what it was done with (not "the vet they're registered
    # with" nor "the permission it came from", which say which one)
    r"(?:(?<=ed)\s+with)?(?=\s*(?:[,;()]|$|\s(?:and|or|plus)\s))"
)
"""``tagged with the allergens they use (nuts, ...)``, ``the price we charged``, ``the theme
they have described``, ``the stop where they are waiting``, ``the proof of ownership we were
shown``, ``the beer it was filled with``: the allergens, the price, the theme, the stop, the
proof of ownership, the beer. Not a date
(*the date they joined* is when they joined) nor a place (*the water it came from* says which
water)."""


_OBJECT_RELATIVE_PLACED = re.compile(
    r"\b(?P<np>(?:the|its|their)\s+(?!(?:date|day|time|year|month|week)\b)[a-z][\w\-]*"
    r"(?:\s+(?!it\b|they\b|date\b|day\b|time\b)[a-z][\w\-]*)?)\s+"
    r"(?:they|we|you|i)\s+(?P<verb>[a-z]+)"
    r"(?P<phrases>(?:\s+(?:at|on|in|from|for|by|with)\s+(?:(?:the|a|an)\s+)?[a-z]+"
    r"(?:\s+per\s+[a-z]+)?)+)(?=\s*(?:[,;()]|$|\s(?:and|or|plus)\s))"
)
"""``the depth we drilled in metres``, ``the flow rate we got at the end in litres per
minute``: the depth in metres, the flow rate in litres per minute (the unit says the type)."""


_UNIT_PHRASE = re.compile(rf"\s+in\s+(?:{'|'.join(UNIT_TYPES)})(?:\s+per\s+[a-z]+)?$")


def _placed_object(match: re.Match[str]) -> str:
    if verb_lemma(match.group("verb")) in (None, match.group("verb")):
        return match.group(0)  # "the rooms we book at ..." is a present act, not a value
    phrases = re.split(r"(?=\s+(?:at|on|in|from|for|by|with)\s)", match.group("phrases"))
    units = [phrase for phrase in phrases if _UNIT_PHRASE.fullmatch(phrase)]
    return match.group("np") + "".join(units)


_WHO_DID_IT = re.compile(
    r"\b(?:the\s+name\s+of\s+)?the\s+(?P<who>[a-z][\w\-]*)\s+(?:who|that)\s+"
    r"(?:did|does|carried\s+out|carries\s+out|took|takes|ran|runs|led|leads|handled|wears|wore"
    r"|owns|owned|uses|used|bought|brought)\s+(?:it|them)\b"
)
"""``the name of the audiologist who did it``: the audiologist, in a list of what is kept;
``logged against the patient who wears it``: against the patient."""


_HELD_IN_STOCK = re.compile(
    r"\bthe\s+(?P<what>[a-z][\w\-]*)\s+(?:we|i|they)\s+(?:have|hold|keep|carry|'ve\s+got)\s+in\s+stock\b"
)
"""*the metres we have in stock*: the metres in stock, a figure, not a record of stock."""
_PICKED_FROM_OURS = re.compile(
    r"\bthe\s+(?P<what>[a-z][\w\-]*)\s+(?:they|we|you|the\s+customer)\s+(?:picked|chose|selected)\s+"
    r"(?:from|off|out\s+of)\s+(?:our|the|a|their)\s+[a-z][\w\-]*(?:\s+(?!and\b|or\b)[a-z][\w\-]*)?"
)
"""*the moulding they picked from our sample corner*: the moulding, one of ours."""


def _object_of_relative(match: re.Match[str]) -> str:
    # "the beer it was filled with" is the beer; "the vet they are registered with" says
    # which vet, a record the readers link
    if match[0].endswith(" with") and not re.search(r"\bit\s", match[0]):
        return match[0]
    return match["np"]


_RELATIVE_ENDING_UP_TO = re.compile(
    r"\b(?P<np>the\s+(?!(?:date|day|time)\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:the\s+[a-z][\w\-]*|they|we|i)\s+(?:signed\s+up\s+to|agreed\s+to|add\s+on\s+top|"
    r"put\s+on\s+top|added\s+on\s+top)(?=\s*(?:[,;()]|$|\s(?:and|or|plus)\s))"
)
"""``the excess the customer signed up to``, ``the admin fee we add on top``: the excess, the
admin fee; what is said of them names no other record."""


def without_reduced_relative(sentence: str) -> str:
    """``every instrument we own has a serial number``: *every instrument has ...*; and
    ``the spirits themselves`` are the spirits; ``the name of the audiologist who did it``:
    *the audiologist*; ``... and the pick-up point they will join at``: *the pick-up point*."""
    sentence = _HELD_IN_STOCK.sub(
        r"the \g<what> in stock", _PICKED_FROM_OURS.sub(r"the \g<what>", sentence)
    )
    sentence = _WHO_DID_IT.sub(r"the \g<who>", sentence)
    sentence = _OBJECT_RELATIVE.sub(_object_of_relative, _REFLEXIVE.sub("", sentence))
    sentence = _OBJECT_RELATIVE_PLACED.sub(_placed_object, sentence)
    sentence = _RELATIVE_ENDING_UP_TO.sub(r"\g<np>", sentence)
    sentence = _RELATIVE_BEFORE_WITH.sub(r"\g<np> ", sentence)
    sentence = _ONCE_IN_A_LIST.sub("and ", sentence)
    sentence = _ARRIVING_RELATIVE.sub(r"\g<lead>\g<np> ", sentence)
    sentence = _RELATIVE_ENDING_IN_PLACE.sub(r"\g<np>", sentence)
    sentence = _PARTICIPLE_RELATIVE.sub(
        lambda m: f"{m['lead']}{m['np']} " if is_past_participle(m["done"]) else m[0], sentence
    )
    sentence = _PARTICIPLE_BEFORE_PASSIVE.sub(_participle_before_passive, sentence)
    sentence = _ALLOWED_PER.sub(
        lambda m: f"{m.group('np')} per {m.group('period') or m.group('unit')}", sentence
    )
    parts = [part.strip() for part in sentence.split(";")]
    plain = [_REDUCED_RELATIVE.sub(r"\g<lead>\g<np> ", part, count=1) for part in parts]
    return "; ".join(plain) if plain != parts else sentence


_RAISES_ONE_WHICH_HAS = re.compile(
    r"\b(?P<act>(?:raises|raise|opens|open|logs|log|files|file|adds|add|creates|create)\s+"
    r"(?P<one>(?:a|an)\s+[a-z][\w\-]*)\s+(?:on|against|for|about|to)\s+"
    r"(?:it|them|(?:a|an|the|that|this|each)\s+[a-z][\w\-]*)),\s+which\s+(?:has|holds|records|carries)\s+"
)


def raised_one_which_has(sentence: str) -> str:
    """``she raises a concern on it, which has a description, a level ...``: *...; a concern
    has a description, ...*; what is raised on a record is what the relative clause tells of,
    not the record it is raised on."""
    return _RAISES_ONE_WHICH_HAS.sub(r"\g<act>; \g<one> has ", sentence)
