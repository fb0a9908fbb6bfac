"""Words an owner adds that name nothing kept: joining words, opening adverbs, times and places,
remarks, conditions, purposes (*so regulars do not have to type it again*), the business they run,
and words that stand for a record's own name (*the person who has died* is *the deceased*).

Each rewrite drops them, keeping what is kept.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.phrase_patterns import ARTICLES, NOUN_PATTERN, SAME_FORM_DONE
from appwright.design.offline.word_classes import FUNCTION_WORDS, word_set, words
from appwright.design.offline.word_forms import is_past_participle, verb_lemma

_ADJECTIVE_PERSON = re.compile(r"\b(?P<kind>[a-z][\w\-]*)\s+(?:person|people|persons|individual)\b")


def adjective_as_noun(said: list[str]) -> list[str]:
    """``for every deceased person we keep ...`` with ``an arrangement is made for one
    deceased`` elsewhere: *every deceased*; the word the owner uses alone names the record."""
    text = " ".join(said)
    kinds = {
        kind
        for kind in (m["kind"] for m in _ADJECTIVE_PERSON.finditer(text))
        if kind not in FUNCTION_WORDS
        and re.search(
            rf"\b(?:one|a|an|the|each|every)\s+{re.escape(kind)}\b(?!\s+(?:person|people|persons|individual)\b)",
            text,
        )
    }
    if not kinds:
        return said
    named = re.compile(
        rf"\b(?P<kind>{'|'.join(map(re.escape, sorted(kinds)))})\s+(?:person|people|persons|individual)\b"
    )
    return [named.sub(r"\g<kind>", sentence) for sentence in said]


_JOINED_FOR = re.compile(r"^(?:and|but|so|also|plus)\s+(?=for\s+(?:the|each|every|a|an|our)\s)")


def without_joining_word(sentence: str) -> str:
    """``...; and for the hirer we only need name and phone``: *for the hirer we only need
    ...*; a clause cut from the one before keeps no joining word."""
    return per_clause(sentence, lambda clause: [_JOINED_FOR.sub("", clause)])


_WHO_DIED = re.compile(
    r"\b(?:the|a)\s+(?:person|pet|animal|man|woman|child|baby|one)\s+(?:who|that)\s+"
    r"(?:has\s+|had\s+)?(?:died|passed\s+away|passed\s+on)\b"
)


def the_deceased(sentence: str) -> str:
    """``the name of the person who has died``: *the name of the deceased*; the relative
    clause names the person, and its *has* is no record having something."""
    return _WHO_DIED.sub("the deceased", sentence)


_RIGHT_TO = re.compile(
    r"^(?:the\s+)?(?:right|rights|lease|licence|license|ownership|use)\s+(?:to|of|on)\s+"
    rf"(?=(?:a|an|each|every|one)\s+{NOUN_PATTERN}\s+(?:is|are|can\s+be|gets|get)\s+[a-z]+\s+by\b)"
)


def without_right_to(sentence: str) -> str:
    """``the right to a plot is bought by a grant holder (name, email)``: *a plot is bought by
    a grant holder ...*; the right held is the record's tie to its holder, not a record."""
    return per_clause(sentence, lambda clause: [_RIGHT_TO.sub("", clause)])


_OPENING_ADVERB = re.compile(
    r"^(?:separately|additionally|also|besides|then|next|finally|on\s+top\s+of\s+that|"
    r"apart\s+from\s+that|as\s+well\s+as\s+that|alongside\s+that|in\s+addition|on\s+the\s+side)"
    r",?\s+(?=(?:i|we)\s+[a-z])"
    r"|^then,?\s+(?=(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:gets|is\s+given)\s)"
    # "several times a day a staff member logs a check on a sheet: ...": how often, no record
    r"|^(?:several|a\s+few|a\s+couple\s+of|two|three|four|\d+)\s+times\s+(?:a|an|per|each|every)\s+"
    r"(?:day|week|month|shift|session|night)\s*,?\s+(?=(?:a|an|one\s+of\s+(?:our|the))\s+[a-z])"
)


def without_opening_adverb(sentence: str) -> str:
    """``separately i record every silver purchase: ...``: *i record every silver purchase:
    ...*; the adverb ties the sentence to the last, and says nothing of the records."""
    return _OPENING_ADVERB.sub("", sentence, count=1)


_YES_OR_NO_REMARK = re.compile(
    r",?\s+(?:(?:which|that)\s+is\s+)?(?:just\s+|only\s+|simply\s+)?a\s+yes\s+or\s+(?:a\s+)?no"
    r"(?:\s+(?:thing|answer|field|box|question))?(?:\s+really)?\b"
    # "whether they use a long cane (just yes or no)": the same, in brackets
    r"|\s*\((?:just\s+|only\s+|simply\s+)(?:a\s+)?yes\s+or\s+(?:a\s+)?no\)"
)


_BEING_DONE = re.compile(
    r"\b(?P<noun>[a-z][\w\-]*)\s+being\s+(?P<done>[a-z]+(?:ed|en)|made|done|built|sold|sent|held|run)\b"
)
"""``the item being made``: the item made."""


_BRACKET_REMARK = re.compile(
    r",\s+(?:we|i|they)\s+[a-z]+\s+(?:them|it|those|these)(?:\s+[a-z]+)?(?=\))"
    r"|,\s+(?:that|which)\s+is\s+(?:the|our)\s+(?:scale|list|range|set)(?:\s+we\s+use)?(?=\))"
    # "the next examination date (normally six or twelve months on)": when it usually falls
    # (*normally* is gone by now, as a hedge)
    r"|(?<=date)\s*\([a-z]+\s+or\s+[a-z]+\s+(?:days|weeks|months|years)\s+(?:on|later|after)\)"
)


def without_remarks(sentence: str) -> str:
    """``whether they've paid, just a yes or no really`` (or ``..., which is just a yes or
    no``), ``the item being made`` and
    ``(paperweight, bauble or drinking glass, we rotate them)`` or ``(low, high or severe, that
    is the scale)``: the yes/no said as a yes/no,
    the item made, and the aside in the brackets gone; none is a value or a field."""
    sentence = _YES_OR_NO_REMARK.sub(" (yes/no)", sentence)
    sentence = _BEING_DONE.sub(r"\g<noun> \g<done>", sentence)
    return _BRACKET_REMARK.sub("", sentence)


_A_SINGLE = re.compile(r"\ba\s+single\s+(?!(?:room|bed|bedroom|ticket|parent|malt)\b)(?=[a-z])")
"""(*a single room* is a kind of room.)"""


def one_for_a_single(sentence: str) -> str:
    """``is assigned a single lead firer``: *one lead firer*; *single* counts, it does not
    name the record."""
    return _A_SINGLE.sub("one ", sentence)


_TIME_POSSESSIVE = re.compile(
    r"\b(?P<det>each|every)\s+(?:day|week|night|month|year|morning|evening|shift)'s\s+(?=[a-z])"
)


def without_time_possessive(sentence: str) -> str:
    """``each day's pick is recorded``: one pick each day, a pick record."""
    return _TIME_POSSESSIVE.sub(r"\g<det> ", sentence)


COLLECTIVE_NOUNS = word_set(
    "batch batches lot lots flock flocks herd herds litter litters brood broods clutch "
    "clutches swarm swarms colony colonies consignment consignments shipment shipments"
)
"""Nouns that are the record of a group (*a batch of fish* is a batch), unlike containers
(*a list of companies* is about companies)."""


_COLLECTED = re.compile(
    r"\b(?P<head>[a-z]+)\s+of\s+(?!(?:a|an|the|each|every|our|their|its|one)\b)[a-z]+\b"
)
"""*a batch of fish*; not *a batch of a beer*, which names the beer it is a batch of."""


def collective_head(sentence: str) -> str:
    """``a batch of fish is stocked into a tank``: *a batch is stocked ...*; the batch is the
    record, its fish are what it counts."""

    def head(match: re.Match[str]) -> str:
        if match.group("head") not in COLLECTIVE_NOUNS or match.start() == 0:
            return match.group(0)
        before = words(sentence[: match.start()])
        return match.group("head") if before[-1:] and before[-1] in ARTICLES else match.group(0)

    return _COLLECTED.sub(head, sentence)


_CONDITION = re.compile(
    r"(?<=[a-z])\s+(?:if|when|once|unless)\s+(?:they|she|he|it|we|you|the|there|any|one|someone)\b"
    r"[^,;:()]*?(?=\s*(?:[,;:)]|$|\s(?:and|plus)\s+(?:a|an|the|their|its|how|whether|what)\s))"
)


_JOINING = word_set("and or but also plus")


_IF_THERE_IS_ONE = re.compile(
    r"(?<=[a-z])\s+if\s+(?:there\s+(?:is|are)\s+(?:one|any)|(?:it|they)\s+(?:has|have)\s+(?:one|any)|"
    r"(?:known|any|applicable|available))(?=\s*(?:[,;:)]|$|\s(?:and|plus)\s))"
)


def without_if_there_is_one(sentence: str) -> str:
    """``the maker's part number if there is one, a grade ...``: *the maker's part number, a
    grade ...*; a field kept only when it exists is kept all the same, and the hedge, left in,
    ends the list for the readers that take it whole."""
    return _IF_THERE_IS_ONE.sub("", sentence)


_LISTED_BEFORE = re.compile(
    r"\b(?:has|have|with|plus|and|keep|record|need|note|log)\s+(?:a|an|the|their|its)\s+[a-z]"
)
"""A condition only counts inside a list of what is kept, after the things it is about."""


def without_condition(sentence: str) -> str:
    """``a name if the kids have given her one, and a date of birth``: *a name, and a date of
    birth*; the field is kept whatever the condition, and the condition names no field."""

    def dropped(match: re.Match[str]) -> str:
        before = sentence[: match.start()]
        if words(before)[-1:] and words(before)[-1] in _JOINING:
            return match.group(0)  # "a number, the zone and if it has a monitor": a field
        return "" if _LISTED_BEFORE.search(before.rsplit(";", 1)[-1]) else match.group(0)

    return _CONDITION.sub(dropped, sentence)


_ADVERB_AFTER_US = re.compile(
    r"\b(?P<us>i|we)\s+(?:just|also|usually|always|simply|basically|normally|then|often)\s+"
    r"(?=[a-z])"
)


_THEN_AFTER_PEOPLE = re.compile(
    r"(?P<people>(?:^|[;,]\s*|\band\s+)(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+then\s+(?=[a-z]+\s)"
)


def without_our_adverb(sentence: str) -> str:
    """``for each sharpening i just jot the name``: *i jot the name*; ``wardens then record
    sandbag drops``: *wardens record ...*; the adverb says when or how often, never what is
    kept."""
    sentence = _ADVERB_AFTER_US.sub(r"\g<us> ", sentence)
    return _THEN_AFTER_PEOPLE.sub(r"\g<people> ", sentence)


_OUR_BUSINESS = re.compile(
    r"^(?:(?:every|each)\s+[a-z]+,?\s+)?(?P<us>i|we)\s+(?:run|own|operate|manage|are|am|open)\s+"
    r"(?:a|an)\s+[a-z][\w\- ]*?\s+with\s+"
    r"(?P<many>(?:(?:a\s+few|a\s+couple\s+of|some|several|many|lots\s+of|\d+|two|three|four|five|"
    r"six|ten|twelve)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)\b(?!\s*,\s*each\b)"
)


_OPENS_A_CLAUSE = word_set("what it this that the main biggest")


def without_our_business(sentence: str) -> str:
    """``i run a car wash with a few bays and want ...``: *we have a few bays; i want ...*;
    the business is the app, not one of its records. Left alone when more things follow
    (*with two cabins and a plunge pool*)."""
    business = _OUR_BUSINESS.match(sentence)
    if business is None:
        return sentence
    owned = f"we have {business.group('many')}"
    rest = sentence[business.end() :].strip(" ,")
    tokens = words(rest)
    if not tokens:
        return owned  # "... with additional needs." ends the sentence
    if tokens[0] in ("in", "at", "across", "around") and "," not in rest.partition(" and ")[2]:
        return owned  # "with clothing banks in car parks, schools and churches": where they are
    placed = is_past_participle(tokens[0]) or tokens[0] in SAME_FORM_DONE
    if placed and tokens[0] not in FUNCTION_WORDS:
        return owned  # "with scare actors spread across themed rooms": where they are
    if tokens[0] == "and" and len(tokens) > 2 and tokens[1] in _OPENS_A_CLAUSE:
        # "with twenty narrowboats, and what keeps biting us is faults": a clause of its own
        return f"{owned}; {rest.removeprefix('and ')}"
    if tokens[0] != "and" or len(tokens) < 2 or verb_lemma(tokens[1]) != tokens[1]:
        return sentence  # "with two cabins and a plunge pool": the list goes on
    return f"{owned}; {business.group('us')} {rest.removeprefix('and ')}"


_PURPOSE = re.compile(
    r"(?<![,;])\s+(?:so(?:\s+that)?|because|in case)\s+(?:we|i|you|they|he|she|it|(?:the\s+)?[a-z]+s)\s+"
    r"(?:can|could|will|would|do not|does not|don't|doesn't|have to|has to|need to|must|know|knows)\b"
    r"[^,;:()]*"
    r"|(?<![,;])\s+because\s+(?:those|these|they|that|it)\s+(?:always|often|usually|sometimes)\s+"
    r"[a-z][^,;:()]*$"
    r"|(?<![,;])\s+because\s+(?:(?:many|most|some|all|several|lots)\s+(?:of\s+)?)?"
    r"(?:them|they|those|these)\s+(?:are|were|get|have)\s[^,;:()]*"
)
"""A purpose after a list of what is kept (*... and phone so we can call them back*), or why
it is kept (*... and the meter readings because those always cause arguments*, *... and an
email for a parent because lots of them are juniors*)."""


_REASON = re.compile(
    r",\s+(?:because|since)\s+(?:we|i|you|they|he|she|it)\s+(?:can(?:'t|not)?|could(?:n't)?|"
    r"won't|will|would|do not|does not|don't|doesn't|have to|has to|need to|must)\b[^;:()]*$"
    r"|,\s+because\s+(?!of\b)(?![^;:()]*\b(?:same|lots|many|several|each|every)\b)"
    r"(?:(?!,\s+(?:so|and)\s|\s-\s)[^;:()\u2013\u2014])*(?=,\s+(?:so|and)\s|$)"
)
"""A reason at the end of a list of what is kept (*..., because they can't have lenses if ...*,
*..., light, medium or heavy, because some clients need the gentler ones*); after a comma only
*because* and *since* run on, to the end or to a new clause (*, so ...*). A reason that says
how records share (*because the same item goes out in lots of batches*), or that what follows
a dash speaks of (*because then we need a council permit - that's its own record*), is kept."""


def without_purpose(sentence: str) -> str:
    """``we keep their name, email and phone so regulars do not have to type it again``: *we
    keep their name, email and phone*; why a field is kept names no field. ``a weekly count
    per client would help with invoicing``: *a weekly count per client*."""

    def dropped(match: re.Match[str]) -> str:
        before = sentence[: match.start()]
        return "" if _LISTED_BEFORE.search(before.rsplit(";", 1)[-1]) else match.group(0)

    sentence = _REASON.sub(dropped, _PURPOSE.sub(dropped, sentence))
    return _WOULD_HELP.sub("", sentence)


_WOULD_HELP = re.compile(
    r"\s+would\s+(?:really\s+)?(?:help|be\s+(?:a\s+)?(?:great|useful|handy|nice|good|ideal|brilliant|"
    r"lovely|helpful|a\s+help|a\s+godsend))\b(?:\s+(?:with|for|when)\s+[^;]*)?(?=;|$)"
)
"""``a weekly count of meals per client would help with invoicing``: what a report is for."""


_MANY_TO_DO = re.compile(
    r"\b(?P<np>(?:several|many|some|a few|multiple|a number of|lots of)\s+[a-z][\w\-]*s)\s+"
    r"to\s+(?:be\s+)?[a-z]+(?:\s+(?:out|up|in|off))?(?=\s*(?:,|;|$))"
)


def without_infinitive_purpose(sentence: str) -> str:
    """``every production has several parts to cast, each with a description``: *several
    parts, each with ...*; what the things are for names none of them."""
    return _MANY_TO_DO.sub(lambda match: match.group("np"), sentence)


_OPENING_TIME = re.compile(
    r"^(?:after|before|at the end of|at the start of|during|following)\s+"
    r"(?:each|every|a|an|the)\s+(?P<when>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,?\s+"
    r"(?=(?:a|an|the|each|every)\s+[a-z])"
)


_WRITES_ONE = re.compile(
    r"^(?:the|a|an|each|every)\s+[a-z][\w\-]*\s+(?:writes|fills\s+in|completes|files)\s+"
    r"(?:a|an)\s+(?P<made>[a-z][\w\-]*(?:\s+(?!for\b|with\b|on\b|about\b)[a-z][\w\-]*)?)\b"
)


def without_opening_time(sentence: str) -> str:
    """``after each round a member fills a card``: *a member fills a card*; the time says when,
    the clause says what is kept. (``after each trip we log ...`` keeps its trip: the clause
    after it has no subject of its own.) ``after a session the therapist writes a progress
    note``: the note written after it is the session's too."""
    opening = _OPENING_TIME.match(sentence)
    if opening is None:
        return sentence
    rest = sentence[opening.end() :]
    written = _WRITES_ONE.match(rest)
    if written is None or words(opening["when"])[-1] in TIME_WORDS:
        return rest
    said, stop = rest.rstrip(".!?"), rest[len(rest.rstrip(".!?")) :]
    return f"{said}; each {written['made']} is for one {opening['when']}{stop}"


_OPENING_PLACE = re.compile(
    r"^(?:(?:out|back|down|up)\s+)?(?:in|at|on)\s+the\s+(?!end\b|start\b|same\b)[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?\s*,?\s+(?=(?:we|i)\s+(?:also\s+)?(?:record|log|keep|note|track|jot"
    r"|write|store|list)\b)"
)


def without_opening_place(sentence: str) -> str:
    """``in the kitchen we record production batches: ...``: *we record production batches:
    ...*; where the owner writes things down is not what is written."""
    return per_clause(sentence, lambda clause: [_OPENING_PLACE.sub("", clause, count=1)])


# "..., in which case it's marked quoted" names a step, kept
_IN_WHICH_CASE = re.compile(
    r",\s+in\s+which\s+case\s+(?:we|i|they|you)\s+(?!(?:mark|set|move)\b)[^;]*"
)


def without_in_which_case(sentence: str) -> str:
    """``..., or ask for amendments, in which case we send a new version``: what happens next,
    no record or step of its own."""
    return _IN_WHICH_CASE.sub("", sentence)


_THE_ONES_WE_SELL = re.compile(
    r"\b(?P<head>(?:we|i)\s+(?:sell|offer|run)\s+(?:several|a\s+few|some|two|three|four|five)\s+"
    r"[a-z][\w\-]*s)\s*\([^()]*\)(?=\s+and\s+each\s)"
)


def without_the_ones_we_sell(sentence: str) -> str:
    """``we sell a few plans (single, family and patron at the moment) and each plan has ...``:
    *we sell several plans and each plan has ...*; the plans named in brackets are plans of
    their own, not values of a field."""
    return _THE_ONES_WE_SELL.sub(r"\g<head>", sentence)
