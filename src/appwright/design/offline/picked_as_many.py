"""Things kept once on a list, which a record takes as many of as it likes: *then there are
extras they can add, like party bags, a cake or the glow-bowling upgrade, each with its own
price, and a party can have as many of those as they like* is extras, each with a price, many
on each party and each on many parties. The examples (*like party bags, ...*) are values of no
field but say each extra has a name; *as many of those as they like* is several on both sides,
and so is *can add extras to the booking such as ..., each extra with its own price*.

`list_wording.items_said_plainly` runs these on the lowered text, before the readers split it.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import plural, singular

_EXAMPLES_BEFORE_EACH_WITH = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)(?:\s+(?:they|you|we|customers|people)\s+can\s+"
    r"(?:add|have|choose|pick|order|buy))?,\s+(?:like|such\s+as|for\s+example)\s+[^;.:()]*?,\s+"
    r"(?=each\s+with\s)"
)
"""*extras they can add, like party bags, a cake or the upgrade, each with its own price*:
extras, each with its own price."""
_AS_MANY_AS_THEY_LIKE = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)(?P<listed>,\s+each\s+with\s+[^;.]*?),?\s+and\s+"
    r"(?P<one>(?:a|an|each)\s+[a-z][\w\-]*)\s+can\s+(?:have|take|include|add)\s+as\s+many\s+"
    r"(?:of\s+(?:those|these|them)\s+)?as\s+(?:they|you|it|we)\s+(?:like|want|need)\b"
)
"""*extras, each with its own price, and a party can have as many of those as they like*."""


_ADDED_TO_ONE_SUCH_AS = re.compile(
    r"\badd\s+(?P<things>[a-z][\w\-]*s)\s+to\s+(?:the|a|an|each)\s+(?P<one>[a-z][\w\-]*),?\s+"
    r"(?:such\s+as|like)\s+[^;.:()]*?,\s+each\s+(?:[a-z][\w\-]*\s+)?with\s+its\s+own\s+price"
    r"(?=\s*(?:[.;\n]|$))"
)
"""*a band ... can add extras to the booking such as a cymbal pack or a bass amp, each extra
with its own price*: extras kept once, each with a name and a price, many on each booking."""
_EACH_WITH_ITS_OWN_PRICE = re.compile(r"(?<=,\s)each\s+with\s+its\s+own\s+price\b")


def _added_to_one(match: re.Match[str]) -> str:
    things, one = match["things"], match["one"]
    thing = singular(things)
    return (
        f"{match[0]}; each {thing} has a name and a price; each {one} can have several "
        f"{things}; each {thing} can be on many {plural(one)}"
    )


def _several_each_way(match: re.Match[str]) -> str:
    things, one = match["things"], match["one"]
    whole = one.split()[-1]
    return (
        f"{things}{match['listed']}; {one} can have several {things}; "
        f"each {singular(things)} can be on many {plural(whole)}"
    )


def picked_as_many(lowered: str) -> str:
    """*extras they can add, like party bags, ..., each with its own price, and a party can have
    as many of those as they like* → *extras, each with its own price; a party can have several
    extras; each extra can be on many parties*."""
    if _EXAMPLES_BEFORE_EACH_WITH.search(lowered):
        # the examples name them: each has a name, as well as its own price
        lowered = _EXAMPLES_BEFORE_EACH_WITH.sub(r"\g<things>, ", lowered)
        lowered = _EACH_WITH_ITS_OWN_PRICE.sub("each with a name and its own price", lowered)
    lowered = _ADDED_TO_ONE_SUCH_AS.sub(_added_to_one, lowered)
    return _AS_MANY_AS_THEY_LIKE.sub(_several_each_way, lowered)
