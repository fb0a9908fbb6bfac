"""*buses are known by fleet number, drivers by name*: the verb said once serves the records
named after it, each by its own list; written out for every reader as what each has, *buses
have fleet number; drivers have name*. So *dogs we only need by registered name, members by
name and phone* and *for the dog i only need the registered name, for the member just their
name*."""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, is_plural, singular

_GAPPED_KNOWN_BY = re.compile(
    r"\b(?P<first>[a-z][\w\-]*s)\s+are\s+(?:known|listed|identified|recorded|kept)\s+by\s+"
    r"(?P<own>(?!(?:one|our)\b)[^.;,\n]+?)(?:,\s+(?:and\s+)?|\s+and\s+(?=[a-z][\w\-]*s\s+by\s))"
    r"(?P<others>[a-z][\w\-]*s(?:(?:,\s+|\s+and\s+)[a-z][\w\-]*s)*)\s+by\s+"
    r"(?P<theirs>(?!(?:one|our)\b)[^.;\n]+)"
)


def known_by_each(text: str) -> str:
    """``buses are listed by fleet number and registration, drivers and fitters by name``
    (or *machines are identified by a machine number ..., and drivers by a name ...*):
    *buses have fleet number and registration; drivers have name; fitters have name*; left
    alone unless every one named after the comma is a plural noun."""

    def apart(match: re.Match[str]) -> str:
        others = re.split(r",\s+|\s+and\s+", match["others"])
        if not all(is_plural(other) and can_be_noun(other) for other in others):
            return match[0]
        theirs = "; ".join(f"{other} have {match['theirs']}" for other in others)
        return f"{match['first']} have {match['own']}; {theirs}"

    return _GAPPED_KNOWN_BY.sub(apart, text)


_WE_NEED_BY = re.compile(
    r"\b(?P<first>[a-z][\w\-]*s)\s+we\s+(?:only\s+|just\s+)?(?:need|keep|want|know)\s+"
    r"(?:by|with)\s+(?P<rest>[^.;\n]+)"
)
_THEN_BY = re.compile(r",\s+(?:and\s+)?(?=[a-z][\w\-]*s\s+(?:by|with)\s)")
_FOR_THE_ONE_WE_NEED = re.compile(
    r"\bfor\s+(?:the|a|each)\s+(?P<first>[a-z][\w\-]*)\s+(?:we|i)\s+(?:only|just)\s+"
    r"(?:need|keep|want|note|record)\s+(?P<rest>(?:the|a|an|their|its)\s[^.;\n]+)"
)
_THEN_FOR_THE = re.compile(r",\s+(?:and\s+)?for\s+(?:the|a|each)\s+(?=[a-z])")
_THEIR_LIST = re.compile(r"^(?:(?:only|just|simply)\s+)?(?:the|a|an|their|its)\s")
_THE_LAST_IS = re.compile(r",\s+and\s+(?=(?:a|an|each)\s+[a-z][\w\-]*\s+(?:is|has)\s)")


def needed_by_each(text: str) -> str:
    """``dogs we only need by registered name, members by name and phone, and shows by name
    and year``: *dogs have registered name; members have name and phone; shows have name and
    year*; ``for the dog i only need the registered name and the breed, for the member just
    their name, and a show is ...``: *each dog has ...; each member has their name; a show is
    ...*. Left alone unless each one after the first is a noun (plural, where said so)."""

    def plural_apart(match: re.Match[str]) -> str:
        own, *others = _THEN_BY.split(match["rest"])
        pairs = [re.split(r"\s+(?:by|with)\s+", other, maxsplit=1) for other in others]
        if not pairs or not all(is_plural(one) and can_be_noun(one) for one, _ in pairs):
            return match[0]
        theirs = "; ".join(f"{one} have {listed}" for one, listed in pairs)
        return f"{match['first']} have {own}; {theirs}"

    def each_apart(match: re.Match[str]) -> str:
        own, *others = _THEN_FOR_THE.split(match["rest"])
        if not others:
            return match[0]
        *others, last = others
        last, *after = _THE_LAST_IS.split(last, maxsplit=1)
        pairs = [other.split(maxsplit=1) for other in [*others, last]]
        if not all(
            len(pair) == 2
            and pair[0] not in FUNCTION_WORDS
            and can_be_noun(pair[0])
            and _THEIR_LIST.match(pair[1])
            for pair in pairs
        ):
            return match[0]  # "..., and for a donor we only need ...": told with its own verb
        listed = [(one, re.sub(r"^(?:only|just)\s+", "", rest)) for one, rest in pairs]
        told = [
            f"each {match['first']} has {own}",
            *(f"each {one} has {rest}" for one, rest in listed),
        ]
        # "..., and a show is a name and a date": the last one's list, said with *is*
        after = [
            re.sub(
                r"^(?:a|an|each)\s+([a-z][\w\-]*)\s+is\s+(?=(?:a|an)\s+name\b)", r"each \1 has ", a
            )
            for a in after
        ]
        return "; ".join([*told, *after])

    text = _AND_THEIRS_JUST.sub(_theirs_apart, text)
    return _FOR_THE_ONE_WE_NEED.sub(each_apart, _WE_NEED_BY.sub(plural_apart, text))


_AND_THEIRS_JUST = re.compile(
    r"\b(?P<first>[a-z][\w\-]*s)\s+(?:have|carry|hold|need|get)\s+(?P<own>(?:a|an|the|"
    r"their)\s[^.;]+?),"
    r"\s+and\s+(?P<other>[a-z][\w\-]*s)\s+(?:just|only|simply)\s+(?P<theirs>(?:a|an|the|"
    r"their)\s[^.;]+)"
)
"""*properties carry an address and a standard price, and cleaners just a name*: the verb said
once serves both lists."""


def _theirs_apart(match: re.Match[str]) -> str:
    other = match["other"]
    if not (is_plural(other) and can_be_noun(other)):
        return match[0]
    return f"{match['first']} have {match['own']}; {other} have {match['theirs']}"


_KNOWN_BY_NUMBER_IN_BRACKETS = re.compile(
    r"\b(?P<one>one\s+of\s+(?:our|the)|one|a|an|each|every|the)\s+(?P<thing>[a-z][\w\-]*)\s+"
    r"\((?:we\s+)?(?:only\s+|"
    r"just\s+)?(?:know|go|call|identify|list)\s+(?:(?:them|it|each\s+one)\s+)?by\s+"
    r"(?:(?:a|the|their|its)\s+)?(?:[a-z][\w\-]*\s+)?number\)"
)


def known_by_number_in_brackets(sentence: str) -> str:
    """``a notice covers one unit (we know them by number) and records ...``: *each unit has a
    unit number; a notice covers one unit and records ...*; the aside tells what the one named
    is known by."""
    match = _KNOWN_BY_NUMBER_IN_BRACKETS.search(sentence)
    if match is None or match["thing"] in FUNCTION_WORDS or not can_be_noun(match["thing"]):
        return sentence
    said = f"{sentence[: match.start()]}{match['one']} {match['thing']}{sentence[match.end() :]}"
    thing = singular(match["thing"]) if match["one"].startswith("one of") else match["thing"]
    return f"each {thing} has a {thing} number; {said}"  # first: the sentence's record stays last


_KNOWN_BY_A_LIST_IN_BRACKETS = re.compile(
    r"\bwhich\s+(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<said>(?:it|they)\s+(?:is|are)\s+for|it\s+(?:came|comes)\s+from|it\s+belongs\s+to|"
    r"it\s+goes\s+to)\s+"
    r"\((?:we\s+)?(?:only\s+|just\s+)?(?:(?:know|keep|list)\s+(?:them|it|(?P<things>[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?s))\s+by\s+(?P<listed>[^()]+?)|keep\s+(?P<kept>(?:a|an|the|their)\s+"
    r"[^()]+?)\s+for\s+(?:them|(?P<for>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)))\)"
)


def known_by_a_list_in_brackets(sentence: str) -> str:
    """``which site it is for (we know sites by name and postcode), the tag number ...``: *each
    site has name and postcode; ... which site it is for, the tag number ...*; so is *which
    supplier it came from (we keep a name and phone number for suppliers)*: the aside tells
    what the one named is kept with."""
    match = _KNOWN_BY_A_LIST_IN_BRACKETS.search(sentence)
    thing = match["thing"] if match else ""
    if match is None or thing.split()[0] in FUNCTION_WORDS or not can_be_noun(thing.split()[-1]):
        return sentence
    things = match["things"] or match["for"]
    if things and singular(things.split()[-1]) != thing.split()[-1]:
        return sentence
    said = f"{sentence[: match.start()]}which {thing} {match['said']}{sentence[match.end() :]}"
    return f"each {thing} has {match['listed'] or match['kept']}; {said}"
