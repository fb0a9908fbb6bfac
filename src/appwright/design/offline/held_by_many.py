"""Many on both sides, then what is kept for each pairing, written as the act that pairs them.

*An engineer holds many qualifications and each qualification is held by many engineers; for
every one held we record the date passed, ...* is *when an engineer holds a qualification, we
record the date passed, ...*: the list is each pairing's, a record of both (`told_acts` names
it), not the engineer's. *a grooming appointment ... can include several treatments from our
price list* is many on both sides too: the treatments are a list kept once, each on many
appointments.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import plural, singular

_MANY = r"(?:many|several|lots\s+of|any\s+number\s+of|a\s+number\s+of)"

_EACH_BY_MANY_THEN_FOR_EACH = re.compile(
    r"\b(?P<one>an?|each|every)\s+(?P<doer>[a-z][\w\-]*)\s+(?:can\s+)?(?P<verb>[a-z]+)\s+"
    rf"{_MANY}\s+(?P<things>[a-z][\w\-]*s)\s+and\s+(?:each|every|a|an)\s+(?P<thing>[a-z][\w\-]*)\s+"
    rf"(?:is|can\s+be)\s+[a-z]+\s+by\s+{_MANY}\s+(?P<doers>[a-z][\w\-]*s)\s*[;,.]\s*(?:and\s+)?"
    r"for\s+(?:each|every)\s+(?:one|pairing|pair)(?:\s+(?:held|taken|they\s+hold|they\s+have))?,?\s+"
    r"(?P<we>we|i)\s+(?=[a-z])"
)


_EACH_HAS_MANY_THEN_FOR_EACH = re.compile(
    r"\b(?P<one>one|an?|each|every)\s+(?P<doer>[a-z][\w\-]*)\s+(?:can\s+|may\s+)?[a-z]+"
    r"(?:\s+(?:in|on|with|for|at|to|across))?\s+"
    rf"{_MANY}\s+(?P<things>[a-z][\w\-]*s)\s+and\s+(?:each|every|a|an|one)\s+(?P<thing>[a-z][\w\-]*)\s+"
    rf"(?:has|can\s+have|may\s+have)\s+{_MANY}\s+(?P<doers>[a-z][\w\-]*s)\s*[;,.]\s*(?:and\s+)?"
    r"for\s+(?:each|every)\s+(?:pairing|pair|combination|link)\s*,?\s+(?P<we>we|i)\s+(?=[a-z])"
)
"""*one interpreter can work in several languages and each language has many interpreters, and
for every pairing we note ...*: the pairing has no act of its own to be named by, so it is
told as one holding the other (*when an interpreter holds a language, we note ...*), the
record of both."""


_MANY_AND_MANY_CHILDREN = re.compile(
    r"\b(?P<one>an?|each|every|one)\s+(?P<x>[a-z][\w\-]*)\s+(?P<has>(?:can|may)\s+have|has)\s+"
    rf"(?:{_MANY}|more\s+than\s+one)\s+(?:[a-z][\w\-]*s\s+or\s+)?(?P<ys>[a-z][\w\-]*s)\s+"
    r"and\s+(?P<each>an?|each|every|one)\s+(?P<y>[a-z][\w\-]*)\s+(?:(?:often|usually|sometimes|also)\s+)?"
    rf"(?:(?:can|may)\s+have|has)\s+(?:{_MANY}|more\s+than\s+one)\s+"
    r"(?:children|child|kids|kid|sons|son|daughters|daughter|people|person)\b(?:\s+with\s+us)?"
)
"""*a pupil can have several parents or guardians and a guardian often has more than one child
with us*: the children are the pupils, and of the two names the first gives, the one said
again names the record."""


def many_children(text: str) -> str:
    """``a pupil can have several parents or guardians and a guardian often has more than one
    child with us``: *a pupil can have several guardians and a guardian has many pupils*."""

    def plain(match: re.Match[str]) -> str:
        if singular(match["ys"]) != match["y"] or match["y"] == match["x"]:
            return match[0]
        xs = plural(match["x"])
        return (
            f"{match['one']} {match['x']} {match['has']} several {match['ys']} and "
            f"{match['each']} {match['y']} has many {xs}"
        )

    return _MANY_AND_MANY_CHILDREN.sub(plain, text)


_MANY_THEN_MORE_THAN_ONE = re.compile(
    r"\b(?P<one>an?|each|every|one)\s+(?P<x>[a-z][\w\-]*)\s+(?:can\s+|may\s+)?(?P<verb>[a-z]+)"
    r"(?P<prep>\s+(?:in|on|at|for|with|to))?\s+"
    rf"{_MANY}\s+(?P<ys>[a-z][\w\-]*s)(?:\s+with\s+us)?,?\s+and\s+(?:most|many|some|each|every|"
    r"a|an)\s+(?P<y>[a-z][\w\-]*)\s+(?:(?:can|may|usually|often|normally)\s+)?(?:have|has)\s+"
    r"more\s+than\s+one\s+(?P<again>[a-z][\w\-]*)"
    r"(?:\s+on\s+the\s+bill|\s+on\s+it|\s+at\s+a\s+time)?"
    r"(?=\s*(?:[,;.]|$))"
)
"""*an act can play several gigs and most gigs have more than one act on the bill*: many on both
sides, the second told as more than one."""


def more_than_one_the_other_way(text: str) -> str:
    """``an act can play several gigs with us and most gigs have more than one act on the
    bill``: *an act can play several gigs and a gig can have several acts*."""

    def both_ways(match: re.Match[str]) -> str:
        x, ys = match["x"], match["ys"]
        if match["again"] != x or singular(match["y"]) != singular(ys) or singular(ys) == x:
            return match[0]
        return (
            f"{match['one']} {x} can {match['verb']}{match['prep'] or ''} several {ys} and "
            f"a {singular(ys)} can have several {plural(x)}"
        )

    return _MANY_THEN_MORE_THAN_ONE.sub(both_ways, text)


_SOME_WITH_THE_SAME_ON_MANY = re.compile(
    r"\b(?P<lead>(?:each|every)\s+(?P<x>[a-z][\w\-]*)\s+(?:needs|uses|requires|has))\s+"
    r"(?:certain|some|particular)\s+(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s*\([^()]*\))?,\s+"
    r"with\s+the\s+same\s+(?P<again>[a-z][\w\-]*)\s+(?:used|needed|worn|shared)\s+"
    r"(?:on|by|for|across)\s+(?:many|several|lots\s+of)\s+(?P<xs>[a-z][\w\-]*s)\b"
)
"""*each machine needs certain protective gear (goggles, ...), with the same gear used on many
machines*: many on both sides, the examples in brackets no list of fields."""


_ONE_ON_MANY_AND_SEVERAL_ON_ONE = re.compile(
    r"(?P<since>,?\s+(?:and\s+)?(?:since|as|because)\s+)?"
    r"\bone\s+(?P<x>[a-z][\w\-]*)\s+(?:applies\s+to|goes\s+with|is\s+used\s+(?:on|for|with)|fits|"
    r"covers)\s+(?:many|several)\s+(?P<ys>[a-z][\w\-]*s)\s+and\s+(?:a|an|each|one)\s+"
    r"(?P<y>[a-z][\w\-]*)\s+can\s+(?:need|have|use|take)\s+several\b"
)
"""*one gear applies to many tools and a tool can need several*: many of each on the other."""


def one_on_many_and_several_on_one(text: str) -> str:
    """``..., and since one gear applies to many tools and a tool can need several``: *...; a
    gear can be on many tools and a tool can have several gears*."""

    def both_ways(match: re.Match[str]) -> str:
        x, ys, y = match["x"], match["ys"], match["y"]
        if singular(ys) != y or x == y:
            return match[0]
        said = f"a {x} can be on many {ys} and a {y} can have several {plural(x)}"
        return f"; {said}" if match["since"] else said

    return _ONE_ON_MANY_AND_SEVERAL_ON_ONE.sub(both_ways, text)


def some_with_the_same_on_many(text: str) -> str:
    """``each machine needs certain protective gear (goggles, ...), with the same gear used on
    many machines``: *each machine needs some protective gear; the same protective gear is used
    on many machines*."""

    def shared(match: re.Match[str]) -> str:
        what = match["what"]
        if match["again"] != what.split()[-1] or singular(match["xs"]) != match["x"]:
            return match[0]
        return f"{match['lead']} some {what}; the same {what} is used on many {match['xs']}"

    return _SOME_WITH_THE_SAME_ON_MANY.sub(shared, text)


def each_held_by_many(text: str) -> str:
    """``an engineer holds many qualifications and each qualification is held by many
    engineers; for every one held we record ...``: *when an engineer holds a qualification,
    we record ...*; the same two records on both sides, or the text is left as it is."""

    def paired(match: re.Match[str]) -> str:
        if singular(match["things"]) != match["thing"] or singular(match["doers"]) != match["doer"]:
            return match[0]
        verb = match["verb"] if match["verb"].endswith("s") else f"{match['verb']}s"
        article = "an" if match["thing"][0] in "aeiou" else "a"
        doer = "an" if match["doer"][0] in "aeiou" else "a"
        return f"when {doer} {match['doer']} {verb} {article} {match['thing']}, {match['we']} "

    def held(match: re.Match[str]) -> str:
        if singular(match["things"]) != match["thing"] or singular(match["doers"]) != match["doer"]:
            return match[0]
        article = "an" if match["thing"][0] in "aeiou" else "a"
        doer = "an" if match["doer"][0] in "aeiou" else "a"
        return f"when {doer} {match['doer']} holds {article} {match['thing']}, {match['we']} "

    text = many_children(more_than_one_the_other_way(text))
    text = _EACH_BY_MANY_THEN_FOR_EACH.sub(paired, text)
    return _EACH_HAS_MANY_THEN_FOR_EACH.sub(held, text)


_SEVERAL_FROM_OUR_LIST = re.compile(
    r"(?:^(?:a|an|each|every)\s+(?P<whole>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)|(?:,\s+and|,|\band)\s+it)\s+"
    r"(?:can\s+)?(?:include|includes|have|has|take|takes|cover|covers)\s+"
    rf"{_MANY}\s+(?P<parts>[a-z][\w\-]*s)\s+(?=from\s+(?:our|the)\s+(?:price\s+list|list|menu|range|"
    r"catalogue|catalog|price\s+sheet)\b)"
)
_FIRST_RECORD = re.compile(
    r"^(?:a|an|each|every)\s+(?P<whole>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|has|can|gets|belongs)\b"
)


def several_from_our_list(sentence: str) -> str:
    """``a grooming appointment is for one cat ..., and it can include several treatments from
    our price list, like ...``: the same, then *; each treatment can be on many grooming
    appointments*; parts picked from a list kept once are shared."""
    match = _SEVERAL_FROM_OUR_LIST.search(sentence)
    first = _FIRST_RECORD.match(sentence)
    whole = match["whole"] if match and match["whole"] else first["whole"] if first else None
    if match is None or whole is None:
        return sentence
    part = singular(match["parts"])
    *before, last = whole.split()
    return f"{sentence}; each {part} can be on many {' '.join([*before, plural(last)])}"
