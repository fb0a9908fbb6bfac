"""Words that change nothing a design records, dropped before any reader: hedges (*usually*,
*fifty but not always*, *so, we ...*), afterthoughts (*a postcode really*, *as well*) and
fillers (*you know*, *this year*, *enter online*).
"""

from __future__ import annotations

import re

_FREQUENCY = re.compile(
    r"\b(?<!\bhow\s)(?:usually|normally|typically|generally|often|mostly|really|honestly|actually|basically|"
    r"already)"
    r"\s+(?=[a-z])"
)
"""Adverbs of frequency and emphasis (*a piece usually goes through several firings*, *donors
are already on file*): they change nothing a design records, and they stand where a verb is
expected. *how often it is given* asks for a frequency, and keeps its word."""


_BUT_NOT_ALWAYS = re.compile(
    r",\s+(?:usually\s+|normally\s+|typically\s+|mostly\s+|often\s+)?(?:[a-z0-9][\w\-]*\s+){1,3}"
    r"but\s+not\s+always\b"
)
"""*how many minutes it runs, usually fifty but not always*: the usual value, no field."""
_AND_ONCE_ASIDE = re.compile(
    r"\b(?P<joint>and|then|but|or),\s+(?:once|when|after|as\s+soon\s+as)\s+[^,;:()]+,\s+(?=[a-z])"
)
"""*starts out as booked and, once the class has run, ends up attended*: when the next step
comes, said between commas, is no part of the step."""
_OPENING_SO = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\n[-*•]\s))so,?\s+(?=(?:we|i|our|my)\b)")
"""*So we're a small charity lending toys ...*: how a speaker starts, no part of what follows."""

_SO_NOTHING_SLIPS = re.compile(
    r",?\s+so\s+(?:that\s+)?nothing\s+(?:slips|falls|gets|is)\s+(?:through|missed|lost|forgotten)"
    r"(?:\s+the\s+(?:cracks|net))?(?=\s*(?:[,;.!]|$))"
    # "a shout is just the shout number, the date and the location, nothing fancy": a remark
    r"|,\s+nothing\s+(?:fancy|more|else|special|complicated)(?:\s+than\s+that)?(?=\s*(?:[;.!]|$))"
)
"""*..., a due date and whether it's been done, so nothing slips through*: why, no field; *...,
nothing fancy*: a remark on the list, no item of it."""
_UP_FRONT = re.compile(r"(?<=[a-z])\s+up\s*-?\s*front\b(?!\s+(?:fee|payment|cost|charge)s?\b)")
"""*we take a deposit up front*: when it is taken, no record (*an up-front fee* is left)."""
_IT_DEPENDS_ASIDE = re.compile(
    r"\s+[-\u2013\u2014]\s+[^-\u2013\u2014.;:()]*?\bit\s+depends\s+on\b[^-\u2013\u2014.;:()]*?\s+"
    r"[-\u2013\u2014](?=\s)"
)
"""*a deposit - usually fifty quid, but it depends on the size of the piece - and ...*: a
typical value between dashes, no field."""
_FOR_A_PURPOSE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))for\s+(?:traceability|safety|insurance|compliance|audit|tax|"
    r"hygiene|our\s+records|legal\s+reasons)(?:\s+(?:reasons|purposes))?\s*,?\s+"
    r"(?=(?:we|i)\s)",
    re.MULTILINE,
)
"""*For traceability we record every dough mix: ...*: why, said before what is kept."""
_BEAR_WITH_ME = re.compile(r",?\s*(?:so\s+|and\s+)?(?:please\s+)?bear\s+with\s+(?:me|us)\b")
"""*..., so bear with me*: the speaker asking for patience, no part of the app."""


_WHAT_I_AM_AFTER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:so\s+)?(?:what\s+(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?:after|looking\s+for|"
    r"want|need|would\s+like)\s+is(?:\s+this)?|here\s+is\s+what\s+(?:i|we)\s+(?:want|need)|"
    r"(?:the\s+)?(?:idea|plan)\s+is(?:\s+this)?)"
    r"(?:\s*:\s+(?=[a-z])|\s+that\s+(?=(?:a|an|the|each|every|when|whenever|we|our)\s))"
)
"""*What I'm after is this: whenever a boat fills up, ...* and *what I'm after is that a reader
books ...*: how a speaker leads in, no part of what follows."""
_WHERE_IT_APPLIES = re.compile(
    r",?\s+(?:where|when|if)\s+(?:it|they|one|this|that)\s+(?:applies|apply|is\s+relevant|"
    r"are\s+relevant|is\s+needed|exists|matters)\s*,(?=\s)"
)
"""*a unit price and, where it applies, the vessel it is for*: when an item is filled in, no
part of the item."""
_JUST_A_THING_WITH = re.compile(
    r"(?P<which>,\s+which\s+is\s+)(?:really\s+|simply\s+|basically\s+)?just\s+(?:a|an)\s+"
    r"[a-z][\w\-]*\s+with\s+(?=(?:a|an|the|its|their)\s)"
)
"""*a sit, which is really just a listing with the town and ...*: what the sit has, the other
word for it naming no record of its own."""


_HOW_THEY_REACH_US = re.compile(
    r"\b(?P<verb>enter|enters|register|registers|sign\s+up|signs\s+up|book|books|apply|applies|"
    r"order|orders|pay|pays|enrol|enrols|enroll|enrolls)\s+(?:online|by\s+phone|in\s+person|over\s+the\s+phone|"
    r"by\s+email|on\s+the\s+website|through\s+the\s+website|on\s+our\s+website)\b"
)
"""*runners enter online with their name*: how they reach us, no record."""
_THIS_SEASON = re.compile(
    r"(?<=[a-z]s)(?:\s+[a-z]+ing)?\s+(?:this|next|last)\s+(?:year|season|month|week|term|spring|summer|"
    r"autumn|winter)(?=\s+with\b)"
)
"""*the pumpkin varieties growing this year with the name*: when, not what each holds."""
_YOU_KNOW = re.compile(r"(?<=\()\s*you\s+know,?\s+|,?\s+you\s+know,(?=\s)")
"""*any delivery instructions (you know, "leave it behind the gate")*: a filler, no value."""
_ONE_MIGHT_HAVE_MANY = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)(?P<between>(?:\s+(?:they|we)\s+[a-z]+)?),\s+(?:because|since|as)\s+"
    r"(?:one|a|each|any)\s+(?P<one>[a-z][\w\-]*)\s+(?:might|could|can|may|will|often)\s+(?:easily\s+)?"
    r"(?:have|own|hold|run|let)\s+(?:a\s+dozen|dozens|several|lots|loads|many|a\s+few|a\s+lot|"
    r"more\s+than\s+one|two\s+or\s+three)\b[^:;.,()]*(?=\s*[:;.,]|$)"
)
"""*the flats they let, because one landlord might have a dozen: ...*: one landlord has several
flats, said in brackets the way the link readers know it (no record of dozens)."""


def _one_has_several(match: re.Match[str], lowered: str) -> str:
    """*(one landlord can have several flats)* when landlords were named before; otherwise (*one
    farmer*, where the owner said *landowners*) the aside goes, as it names no record kept."""
    things = f"{match['things']}{match['between']}"
    if not re.search(rf"\b{re.escape(match['one'])}s?\b", lowered[: match.start()]):
        return things
    return f"{things} (one {match['one']} can have several {match['things']})"


_THE_NIGHT_BEFORE = re.compile(
    r",\s+the\s+(?:night|day|evening|morning|week)\s+before(?:\s+and\s+(?:then\s+)?(?:again\s+)?"
    r"(?:at\s+first\s+light|on\s+the\s+day|in\s+the\s+morning|first\s+thing(?:\s+in\s+the\s+morning)?))?"
    r"(?=,)"
)
"""*makes a weather call on each slot, usually the night before and then again at first light,
noting ...*: when it is done, said between commas; no record (*again*) and no field."""
_WOULD_SAVE_US = re.compile(
    r"\s+(?:would|will|could|should)\s+(?:really\s+)?save\s+(?:me|us)\s+(?:a\s+lot\s+of\s+|so\s+many\s+|many\s+|"
    r"loads\s+of\s+|lots\s+of\s+|a\s+load\s+of\s+|so\s+much\s+)?(?:headaches?|hassle|trouble|grief|time|work)"
    r"(?=\s*(?:[.;!]|$))"
)
"""*a total of fees outstanding per term would save me a lot of headaches*: why it is wanted;
the report is what was said before it (no record of headaches)."""
_BY_IT_WE_MEAN = re.compile(
    r",\s+and\s+by\s+(?P<said>[a-z][\w\-]*)\s+(?:we|i)\s+mean\s+(?:the|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?:\s+"
    r"(?:it|they)\s+(?:has|have)\s+"
)
"""*each beat is covered by one sweeper, and by sweeper I mean the machine: it has a fleet
number, ...*: what the sweeper has; the gloss names no record."""
_BY_THE_WAY = re.compile(
    r",\s+(?:by\s+the\s+way|incidentally),(?=\s)|(?:^|(?<=[.!?]\s)|(?<=\n))(?:oh,?\s+)?"
    r"(?:by\s+the\s+way|incidentally),?\s+(?=[a-z])|,?\s+(?:by\s+the\s+way|incidentally)(?=\s*[.;!?]|$)"
)
"""*customers, by the way, only need a name, ...*: an aside, which a reader would take for a
record (*way*)."""


_SET_NOW_AND_THEN = re.compile(
    r",?\s+which\s+(?:we|i|they|staff)\s+(?:set|update|change|check|review|reset|adjust|refresh)"
    r"\s+(?:every|each|once\s+a|first\s+thing\s+each)\s+(?:morning|day|evening|night|week|month|"
    r"hour|shift|season)\b"
)
"""*a picking status of open, closed or picked out, which we set every morning*: when it is
changed, not a field of its own."""
_REALLY_AFTER = re.compile(
    r"\s+(?:really|right\s+now|at\s+the\s+moment|currently|as\s+well|in\s+here|on\s+here|"
    r"for\s+a\s+while)(?=\s*(?:[,.;:!?)]|$|\s+and\s))"
)
"""*a name and a postcode really*, *where the boat is moored right now*, *their renewal date as
well*, *only need a name in here*, *appeals run for a while*: emphasis, time or place after
what was said, no part of it."""


_ON_OUR_SIDE = re.compile(
    r"\s+(?:on\s+our\s+(?:side|end)|at\s+our\s+end|for\s+us)(?=\s+(?:is|are)\s)"
)
"""*a booking on our side is just a date, ...*, *a pay run, which for us is a date and a
total*: whose view it is, no part of what is kept."""
_SAY_AN_EXAMPLE = re.compile(r",\s+say\s+(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3},(?=\s)")
"""*they book a class, say a long wheelbase van, and ...*: an example, no record."""
_LOST_TRACK_OF_WHO = re.compile(
    r",?\s+(?:and\s+)?(?:honestly\s+|frankly\s+)?(?:i|we)(?:'ve|\s+have)?\s+(?:completely\s+)?"
    r"lost\s+track\s+of\s+(?=(?:who|what|which|where|how|when)\b)[^.;:]*"
)
"""*..., and honestly I've lost track of who went where and how we did*: the trouble told,
nothing kept (*I've lost track of my stock* names the stock, and is left)."""


_HOW_OFTEN_FIRST = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n)|(?<=\n[-*•]\s))(?:each|every)\s+(?:day|week|month|year|morning|night)\s+"
    r"(?=(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:is|gets)\s+"
    r"(?:recorded|logged|entered|kept|taken|made)\s+against\s)"
)
"""*every month a collection is recorded against the plan with ...*: how often, said first,
where a reader expects the record (*every month* is no record)."""


def without_hedges(lowered: str) -> str:
    """Hedges dropped: *usually fifty but not always*, *and, once the class has run, ...*,
    *usually*, *so, we ...*, *what I'm after is this:*, *where it applies*, *which is really just a listing
    with*, *every month* before a record logged against another."""
    lowered = _BUT_NOT_ALWAYS.sub("", lowered)
    lowered = _AND_ONCE_ASIDE.sub(r"\g<joint> ", lowered)
    lowered = _FREQUENCY.sub("", lowered)
    lowered = _OPENING_SO.sub("", _BEAR_WITH_ME.sub("", lowered))
    lowered = _FOR_A_PURPOSE.sub("", _SO_NOTHING_SLIPS.sub("", _UP_FRONT.sub("", lowered)))
    lowered = _IT_DEPENDS_ASIDE.sub("", _HOW_OFTEN_FIRST.sub("", lowered))
    lowered = _WHAT_I_AM_AFTER.sub("", _ON_OUR_SIDE.sub("", lowered))
    lowered = _WHERE_IT_APPLIES.sub("", _LOST_TRACK_OF_WHO.sub("", lowered))
    return _JUST_A_THING_WITH.sub(r"\g<which>", lowered)


_THERE_AND_BACK = re.compile(
    r"\b(?P<done>driven|travelled|traveled|walked|cycled|flown|covered)\s+there\s+and\s+back\b"
)
"""*the miles driven there and back*: the miles driven, no item *back*."""
_FILLED_IN_LATER = re.compile(
    r"\s+(?:filled|written|entered|added|put)\s+in\s+(?:at\s+the\s+end\s+of\s+the\s+(?:day|shift|session|night)|"
    r"later|afterwards|at\s+closing(?:\s+time)?|after\s+(?:service|closing))(?=\s*[,;.]|$)"
)
"""*with the portions sold and portions wasted filled in at the end of the day*: when the last
items are written, no item of their own."""


def without_afterthoughts(lowered: str) -> str:
    """Afterthoughts dropped: *a postcode really*, *moored right now*, *as well*, *which we
    set every morning*, *filled in at the end of the day*, *(driven) there and back*."""
    lowered = _FILLED_IN_LATER.sub(
        "", _REALLY_AFTER.sub("", _THERE_AND_BACK.sub(r"\g<done>", lowered))
    )
    return _SET_NOW_AND_THEN.sub("", lowered)


_A_REASON_BETWEEN_DASHES = re.compile(
    r"\s+[\u2014\u2013-]\s+(?:(?:we|i)\s+(?:can't|cannot|can\s+not|don't|do\s+not|won't|never|must)|because|since)\b"
    r"[^\u2014\u2013;:]*?\s+[\u2014\u2013-]\s+(?=(?:the|a|an|their|its|his|her|our|how|when|whether|which)\b)"
)
"""*their full name, date of birth — we can't insure anyone under 25, so that one really matters
— their licence number, ...*: why an item matters, between dashes in a list; no item."""


def without_fillers(lowered: str) -> str:
    """Fillers dropped: *(you know, ...)*, *by the way*, *and by sweeper I mean the machine: it
    has* (*. each sweeper has*), *because one farmer might have a dozen*, *the night before and
    then again at first light*, *— we can't insure anyone under 25, so that one matters —*,
    *growing this year with*, *enter online*."""
    lowered = _BY_THE_WAY.sub("", _YOU_KNOW.sub("", lowered))
    lowered = _BY_IT_WE_MEAN.sub(r". each \g<said> has ", lowered)
    lowered = _ONE_MIGHT_HAVE_MANY.sub(lambda m: _one_has_several(m, lowered), lowered)
    lowered = _THE_NIGHT_BEFORE.sub("", _A_REASON_BETWEEN_DASHES.sub(", ", lowered))
    lowered = _WOULD_SAVE_US.sub("", lowered)
    lowered = _SAY_AN_EXAMPLE.sub(",", _THIS_SEASON.sub("", lowered))
    return _HOW_THEY_REACH_US.sub(r"\g<verb>", lowered)
