"""Whom a record is linked to, told in words the link readers do not know, said as they read
it.

Each rewrite reads one way owners tell it, in any domain:

- *props, each with a name and a type and sitting in a particular room*: the room it is in,
  an item of the list (a link, not a text);
- *raises a request against one of their containers with ...*: against a container;
- *each game is one team playing one of our rooms on a given date*: one team and one room;
- *a shift puts one game master in charge of one room on a date*: the shift is for one game
  master in one room;
- *each pick comes from one block and one grape variety*: it belongs to one of each;
- *audits, each for one farm and carried out by one of our vets, with ...*: by one vet, the
  list the audit's;
- *when one of our vets checks a ram we write down ...*: *when a vet checks a ram*, the act
  whose list it is;
- *a scheduled course is one run of a course type with a start date ...*: each scheduled
  course is for one course type, with its own list;
- *a customer's cylinder belongs to that customer (name, email)*: each cylinder belongs to a
  customer; *each customer's order has a date*: each order is one customer's;
- *..., and at every stop the driver records ...*: the stop's list, in a sentence of its own;
- *a jarring session takes one batch and one label design and records ...* and *a trip takes
  one boat to one dive site on a given date and departure time*: for one of each (with a date
  and a departure time);
- *each queen we raise comes out of a graft batch and goes into a mating nuc*: it belongs to
  one of each;
- *design requests, each from one client (...) and handed to one of our artists (...)*: each
  request is one client's, assigned to one artist;
- *it belongs to the diver who made it (name, email) and to a dive site (name and country)*:
  one of each, with each one's list.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import names_a_doer
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import is_plural, singular, with_article

_SITTING_IN_ONE = re.compile(
    r"(?<=[a-z]) and\s+(?:sitting|kept|stored|located|living|standing|based|hanging)\s+in\s+"
    r"(?:a|an|one)\s+(?:particular\s+|given\s+|specific\s+|set\s+)?(?P<place>[a-z][\w\-]*)"
    r"(?=\s*[,;.]|$)"
)
"""*each with a name and a type and sitting in a particular room*: *and the room it is in*,
the item that links each to one room."""


_WHEN_ONE_OF_OURS_DOES = re.compile(
    r"\b(?P<when>when|whenever|each\s+time|every\s+time|once)\s+one\s+of\s+(?:our|the|my|their)\s+"
    r"(?P<people>[a-z][\w\-]*s)\s+(?=[a-z]+s\s+(?:a|an|the|one|their|its)\s[^,;.]*?,?\s+(?:we|i)\s+"
    r"(?:write\s+down|record|note|log|take|jot\s+down)\s+(?:the|their|its|how|what|whether)\s)"
)
"""*when one of our vets checks a ram we write down the date, ...*: *when a vet checks a ram*,
the check's list (not *..., we log a drop against the request*, a record of its own)."""


def _when_one_of_ours_does(match: re.Match[str]) -> str:
    if not is_plural(match["people"]):
        return match[0]
    return f"{match['when']} {with_article(singular(match['people']))} "


_AGAINST_ONE_OF_THEIRS = re.compile(
    r"\b(?P<against>against|for|on)\s+one\s+of\s+(?:their|our|its|his|her)\s+"
    r"(?P<things>[a-z][\w\-]*s)(?=\s+with\s)"
)
"""*raises a retrieval request against one of their containers with ...*: *against a
container with ...*, the request's list."""


_ONE_DOING_ONE_OF_OURS = re.compile(
    r"\b(?P<lead>(?:is|are)\s+one\s+[a-z][\w\-]*\s+[a-z]+ing\s+)one\s+of\s+(?:our|the|their|its)\s+"
    r"(?P<things>[a-z][\w\-]*s)\b"
)
"""*each game is one team playing one of our rooms on a given date*: *one team playing one
room*, the game's two links."""


_PUTS_ONE_IN_CHARGE_OF_ONE = re.compile(
    r"\b(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+puts\s+(?:one|a|an)\s+"
    r"(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:in\s+charge\s+of|on|in|"
    r"at(?=\s+(?:one|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+on\s))\s+(?:one|a|an)\s+"
    r"(?=[a-z])"
)
"""*a shift puts one game master in charge of one room on a date*: *each shift is for one game
master in one room on a date*, and so is *at one lock on a date* (*puts one guard at one venue
from a start time* is read as it is)."""


_COMES_FROM_ONE_AND_ONE = re.compile(
    r"\b(?P<verb>comes|come)\s+from\s+(?=one\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+and\s+one\s)"
)
"""*each pick comes from one block and one grape variety*: it belongs to one of each."""


_BY_ONE_OF_OURS = re.compile(
    r"\b(?P<by>by)\s+one\s+of\s+(?:our|the|their|its)\s+(?P<things>[a-z][\w\-]*s)(?=,\s+with\s)"
)
"""*audits, each for one farm and carried out by one of our vets, with the audit date*: by one
vet, and the list after it the audit's."""


_IS_ONE_RUN_OF = re.compile(
    r"(?P<lead>^|(?<=[.!?]\s)|(?<=\n)|;\s+)(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+"
    r"(?:just\s+)?(?:one|a|an|a\s+single)\s+(?:run|running|instance|occurrence|sitting|edition|"
    r"showing|intake|offering|outing)\s+of\s+(?:a|an|one|the)\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+(?!with\b)[a-z][\w\-]*)?)(?P<rest>\s*,?\s+with\s+[^;.!?\n]+)?(?=[;.!?\n]|$)",
    re.MULTILINE,
)


def is_one_run_of(lowered: str) -> str:
    """``a scheduled course is one run of a course type with a start date and a lead
    instructor``: *each scheduled course is for one course type; each scheduled course has a
    start date and ...*; the run is a record of its own, of the one it is a run of."""

    def plain(match: re.Match[str]) -> str:
        record, one = match["record"], match["one"]
        if record == one or any(w in FUNCTION_WORDS for w in f"{record} {one}".split()):
            return match[0]
        told = f"{match['lead']}each {record} is for one {one}"
        if match["rest"]:
            listed = re.sub(r"^\s*,?\s+with\s+", "", match["rest"])
            told += f"; each {record} has {listed}"
        return told

    return _IS_ONE_RUN_OF.sub(plain, lowered)


_ONES_THING_BELONGS_TO_THEM = re.compile(
    r"\b(?:a|an)\s+(?P<one>[a-z][\w\-]*)'s\s+(?P<thing>[a-z][\w\-]*)\s+(?P<verb>belongs\s+to|is\s+owned\s+by)"
    r"\s+(?:that|the|this)\s+(?P=one)\b"
)
"""*a customer's cylinder belongs to that customer (name, email)*: said of each cylinder."""


_AND_AT_EACH_ONE_RECORDS = re.compile(
    r",\s+and\s+(?=at\s+(?:each|every)\s+[a-z][\w\-]*\s+(?:the|a|an|our)\s+[a-z][\w\-]*\s+"
    r"(?:records|notes|logs|writes\s+down|jots\s+down|takes\s+down|fills\s+in)\s)"
)
"""*a round is split into stops, ..., and at every stop the driver records ...*: a sentence of
its own, so the list is each stop's, not the driver's."""


_TAKES_ONE_AND_ONE = re.compile(
    r"\b(?:takes|uses|needs|combines)\s+(?=one\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+and\s+one\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+and\s+(?:records|notes|logs|has)\s)"
)
"""*a jarring session takes one batch and one label design and records ...*: it is for one of
each, with its own list."""


_TAKES_ONE_TO_ONE = re.compile(
    r"\btakes\s+(?P<one>one\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+to\s+"
    r"(?P<other>one\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?=\s+on\s+(?:a|the)\s|\s*[,.;])"
)
"""*a trip takes one boat to one dive site on a given date*: it is for one of each."""
_ON_A_GIVEN_DATE_AND_TIME = re.compile(
    r"\bon\s+a\s+(?:given|set|particular|specific|certain)\s+date\s+and\s+"
    r"(?P<time>(?:start|departure|arrival|meeting|pick-up|kick-off)\s+)?time\b"
)
"""*... on a given date and departure time*: a date and a departure time, each its own field."""


_COMES_OUT_OF_ONE_AND_GOES_INTO_ONE = re.compile(
    r"\b(?:each|every)\s+(?P<one>[a-z][\w\-]*)(?:\s+(?:we|i|they)\s+[a-z]+)?\s+comes\s+(?:out\s+of|from)\s+"
    r"(?:a|an|one)\s+(?P<source>[a-z][\w\-]*(?:\s+(?!and\b)[a-z][\w\-]*)?)\s+and\s+(?:then\s+)?goes\s+"
    r"(?:into|to|onto|in)\s+(?:a|an|one)\s+(?=[a-z])"
)
"""*each queen we raise comes out of a graft batch and goes into a mating nuc*: it belongs to
one of each."""


_THINGS_EACH_FROM_ONE = re.compile(
    r"\b(?P<mod>[a-z][\w\-]*\s+)?(?P<things>[a-z][\w\-]*s)(?:\s+(?:through|via|on)\s+(?:the|our)\s+"
    r"(?:website|app|web\s+form)|\s+online)?,\s+each\s+from\s+(?:one|a|an)\s+(?P<one>[a-z][\w\-]*)"
    r"(?P<its>\s*\([^()]*\))?(?:\s+and\s+(?:is\s+)?(?:handed|assigned|given|passed|allocated)\s+to\s+"
    r"(?:one\s+of\s+(?:our|the)\s+(?P<others>[a-z][\w\-]*s)|(?:a|an|one)\s+(?P<other>[a-z][\w\-]*))"
    r"(?P<theirs>\s*\([^()]*\))?)?"
)
"""*clients send us design requests through the website, each from one client (name and
email) and handed to one of our artists (name)*: each request is one client's, and one
artist's to work on."""


def _things_each_from_one(match: re.Match[str]) -> str:
    things, mod = match["things"], (match["mod"] or "").strip()
    if not is_plural(things) or mod in FUNCTION_WORDS or mod in ("us", "them", "me"):
        mod = ""
    record = f"{mod} {singular(things)}".strip()
    told = f"{match[0].split(',')[0]}; each {record} belongs to one {match['one']}"
    told += match["its"] or ""
    other = match["other"] or (singular(match["others"]) if match["others"] else None)
    if other:
        told += f"; each {record} is assigned to one {other}{match['theirs'] or ''}"
    return told


_BELONGS_TO_ONE_AND_TO_ANOTHER = re.compile(
    r"\b(?P<verb>belongs|belong)\s+to\s+(?:a|an|one|the)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+(?:who|that)\s+[a-z]+\s+(?:it|them))?\s*\((?P<its>[^()]+)\)\s+and\s+to\s+(?:a|an|one|the)\s+"
    r"(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*\((?P<theirs>[^()]+)\)"
)
"""*it belongs to the diver who made it (name, email) and to a dive site (name and country)*:
one of each, and each one's list."""


def _belongs_to_one_and_to_another(match: re.Match[str]) -> str:
    one, other = match["one"], match["other"]
    if {*one.split(), *other.split()} & FUNCTION_WORDS:
        return match[0]
    return (
        f"{match['verb']} to one {one}; it {match['verb']} to one {other}; each {one} has {match['its']}; "
        f"each {other} has {match['theirs']}"
    )


_ONES_THING_HAS = re.compile(
    r"(?P<lead>(?:^|(?<=[.;!?]\s)|(?<=\n))(?:the|a|an|each|every|our)\s+)(?P<one>[a-z][\w\-]*)'s\s+"
    r"(?P<thing>[a-z][\w\-]*)\s+(?=(?:has|records|holds|carries|needs|lists)\s)",
    re.MULTILINE,
)
"""*each customer's order has a date*, *the studio's registration has a certificate number*:
the order (one customer's) has them."""
_SEASONS = frozenset(["season", "term", "today"])
"""*each season's ticket has ...*: a time too, as the days and months of ``TIME_WORDS``."""


def _ones_thing_has(match: re.Match[str]) -> str:
    one, thing = match["one"], match["thing"]
    if (
        one in TIME_WORDS | _SEASONS
        or {one, thing} & FUNCTION_WORDS
        or is_plural(thing)
        or one == thing
    ):
        return match[0]
    return f"each {thing} belongs to one {one}; each {thing} "


_HOUSES_SEVERAL = re.compile(
    r"\b(?P<can>can\s+|may\s+|might\s+)?(?P<verb>house|houses|host|hosts)\s+"
    r"(?P<many>several|many|a\s+few|lots\s+of|one\s+or\s+more|multiple)\b"
)
"""*a site can house several pianos, each with ...*: what it has (*a site has several*)."""


_EACH_OF_THEM_COMES_FROM = re.compile(
    r"(?P<before>\b(?:each|every)\s+(?P<one>[a-z][\w\-]*(?:\s+(?!we\b|they\b)[a-z][\w\-]*)?)\s"
    r"[^.]*\.\s+)each\s+of\s+them\s+(?:comes|came|is\s+brought|arrives)\s+(?:down\s+|up\s+|in\s+)?"
    r"from\s+(?=(?:a|an|one)\s)"
)
"""*every deceased patient we receive gets ... . Each of them comes down from a ward (...)*: each
belongs to the one it comes from."""


def _has_several(match: re.Match[str]) -> str:
    verb = "have" if match["can"] or match["verb"] in ("house", "host") else "has"
    return f"{match['can'] or ''}{verb} {match['many']}"


def links_told_otherwise(lowered: str) -> str:
    """Each rewrite above, on the whole lowered text."""
    lowered = is_one_run_of(_AND_AT_EACH_ONE_RECORDS.sub(". ", lowered))
    lowered = _TAKES_ONE_AND_ONE.sub("is for ", lowered)
    lowered = _THINGS_EACH_FROM_ONE.sub(_things_each_from_one, lowered)
    lowered = _BELONGS_TO_ONE_AND_TO_ANOTHER.sub(_belongs_to_one_and_to_another, lowered)
    lowered = _COMES_OUT_OF_ONE_AND_GOES_INTO_ONE.sub(
        r"each \g<one> belongs to one \g<source>; each \g<one> belongs to one ", lowered
    )
    lowered = _TAKES_ONE_TO_ONE.sub(r"is for \g<one> and \g<other>", lowered)
    lowered = _ON_A_GIVEN_DATE_AND_TIME.sub(
        lambda m: f"with a date and a {m['time'] or ''}time", lowered
    )
    lowered = _ONES_THING_BELONGS_TO_THEM.sub(
        lambda m: f"each {m['thing']} {m['verb']} {with_article(m['one'])}", lowered
    )
    lowered = _ONES_THING_HAS.sub(_ones_thing_has, lowered)
    lowered = _SITTING_IN_ONE.sub(r" and the \g<place> it is in", lowered)
    lowered = _ONE_DOING_ONE_OF_OURS.sub(
        lambda m: f"{m['lead']}one {singular(m['things'])}" if is_plural(m["things"]) else m[0],
        lowered,
    )
    lowered = _PUTS_ONE_IN_CHARGE_OF_ONE.sub(
        # "a manager puts a fitter on a job": someone's act, no record of it
        lambda m: (
            m[0]
            if names_a_doer(m["record"])
            else f"each {m['record']} is for one {m['who']} in one "
        ),
        lowered,
    )
    lowered = _COMES_FROM_ONE_AND_ONE.sub(
        lambda m: "belongs to " if m["verb"] == "comes" else "belong to ", lowered
    )
    lowered = _BY_ONE_OF_OURS.sub(
        lambda m: f"{m['by']} one {singular(m['things'])}" if is_plural(m["things"]) else m[0],
        lowered,
    )
    lowered = _AGAINST_ONE_OF_THEIRS.sub(
        lambda m: f"{m['against']} {with_article(singular(m['things']))}", lowered
    )
    lowered = _HOUSES_SEVERAL.sub(_has_several, lowered)
    lowered = _EACH_OF_THEM_COMES_FROM.sub(r"\g<before>each \g<one> belongs to ", lowered)
    return _WHEN_ONE_OF_OURS_DOES.sub(_when_one_of_ours_does, lowered)
