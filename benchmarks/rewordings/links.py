"""Links: how a link between two records is said (*belongs to*, *is linked to*, *can have many*,
*are many to many*)."""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import (
    can_be_noun,
    is_plural,
    parts_of_speech,
    plural,
    singular,
    with_article,
)

_NAME = r"[a-z][a-z-]*(?: [a-z][a-z-]*)?"
# fmt: off
_NOT_A_NAME = frozenset([
    "one", "ones", "of", "our", "their", "its", "his", "her", "my", "your", "which", "who",
    "that", "this", "those", "these", "them", "they", "it", "we", "i", "too", "also", "only",
    "just", "all", "any", "some", "most", "each", "every", "several", "many", "and", "or", "with",
])
# fmt: on


def _is_record_name(name: str, *, many: bool) -> bool:
    """*customer*, *glasses order* (or *customers* when ``many``): nouns, the head in the number
    asked for."""
    names = name.split()
    if any(word in _NOT_A_NAME for word in names) or not all(map(can_be_noun, names)):
        return False
    return is_plural(names[-1]) == many and (many or plural(names[-1]) != names[-1])


def _plural_name(name: str) -> str:
    *modifiers, head = name.split()
    return " ".join([*modifiers, plural(head)])


def _singular_name(name: str) -> str:
    *modifiers, head = name.split()
    return " ".join([*modifiers, singular(head)])


def _capital_as(said: str, new: str) -> str:
    return new[0].upper() + new[1:] if said[:1].isupper() else new


_BELONGS_TO = re.compile(r"\b(belongs|belong) to (?=(?:a|an|one)\b)")


def links_linked_to(text: str) -> str:
    """*each order belongs to a customer* → *each order is linked to a customer*; *players
    belong to a team* → *players are linked to a team*."""
    return _BELONGS_TO.sub(
        lambda match: "is linked to " if match.group(1) == "belongs" else "are linked to ", text
    )


_ONE_BELONGS = re.compile(
    # where the clause starts: the text's start, after a sentence or a semicolon, after *and*
    r"(?P<start>^|(?<=[.;:] )|(?<=\band ))"
    r"(?:(?P<det>[Ee]ach|[Ee]very|[Aa]n?) (?P<one>" + _NAME + r") belongs"
    r"|(?P<many>[A-Za-z][a-z-]*(?: [a-z][a-z-]*)?) belong)"
    r" to (?:a|an|one) (?P<owner>" + _NAME + r")"
    # what follows is certain: the clause ends, a *with* list of the subject, or its own verb
    r"(?P<end>[.;]|, with |,? and (?P<verb>[a-z]+)\b)"
)


def _one_belongs_turned(match: re.Match[str]) -> str | None:
    one, many, owner = match.group("one"), match.group("many"), match.group("owner")
    if not _is_record_name(owner, many=False):
        return None
    if one is not None:
        if not _is_record_name(one, many=False):
            return None
        ones, each = _plural_name(one), f"each {one}"
    else:
        if not _is_record_name(many.lower(), many=True):
            return None
        ones = each = many.lower()
    verb, end = match.group("verb"), match.group("end")
    # *..., and has*: the verb is the subject's own (a word the dictionary knows as a verb)
    if verb is not None and (verb in _NOT_A_NAME or "VERB" not in parts_of_speech(verb)):
        return None
    turned = f"{with_article(owner)} can have many {ones}"
    if end in ".;":
        turned += end
    elif end == ", with ":
        turned += ", each with "
    else:
        turned += f", and {each} {verb}"
    return _capital_as(match.group("det") or many, turned)


def links_has_many(text: str) -> str:
    """*each site belongs to one client and has an address* → *a client can have many sites,
    and each site has an address*; *guests belong to a wedding, with a name* → *a wedding can
    have many guests, each with a name*."""

    def turn(match: re.Match[str]) -> str:
        return _one_belongs_turned(match) or match.group(0)

    return _ONE_BELONGS.sub(turn, text)


_CAN_HAVE_MANY = re.compile(
    r"(?P<start>^|(?<=[.;:] )|(?<=\band )|(?<=\bso ))"
    r"(?P<det>[Oo]ne|[Ee]ach|[Ee]very|[Aa]n?) (?P<owner>" + _NAME + r")"
    r" can have (?:several|many) (?P<ones>" + _NAME + r")"
    r"(?P<end>[.;]|, each with |, and (?P<rest>[^.;]*))"
)


def links_belongs_to(text: str) -> str:
    """*one customer can have several sites.* → *each site belongs to a customer.*; *each
    customer can have several properties, each with an address* → *each property belongs to a
    customer, with an address* (not where the rest tells the other side: a many-to-many)."""

    def turn(match: re.Match[str]) -> str:
        owner, ones, end = match.group("owner"), match.group("ones"), match.group("end")
        if not (_is_record_name(owner, many=False) and _is_record_name(ones, many=True)):
            return match.group(0)
        rest = match.group("rest")
        if rest is not None and re.search(
            rf"\b(?:several|many|lots|{re.escape(plural(owner.split()[-1]))})\b", rest
        ):
            return match.group(0)
        turned = f"each {_singular_name(ones)} belongs to {with_article(owner)}"
        turned += ", with " if end == ", each with " else end
        return _capital_as(match.group("det"), turned)

    return _CAN_HAVE_MANY.sub(turn, text)


_SIDE = r"(?:(?:[Aa]n?|[Ee]ach|[Ee]very|[Oo]ne) (?P<{0}>[a-z]+)|(?P<{0}_many>[A-Za-z][a-z]+))"
_MANY = r"(?:several|many|lots of|lots of different|any number of)"
_BOTH_WAYS = re.compile(
    r"(?P<start>^|(?<=[.;:] )|(?<=\band )|(?<=\bso ))"
    + _SIDE.format("x")
    + r" (?P<xverb>(?:[a-z]+ ){1,3}?)"
    + _MANY
    + r" (?P<ys>[a-z]+)(?P<join>,? and |; |, | while | but )"
    + _SIDE.format("y")
    + r" (?P<yverb>(?:[a-z]+ ){1,3}?)"
    + _MANY
    + r" (?P<xs>[a-z]+)(?P<end>[.;]|,? and\b|, (?:while|but|so)\b)"
)


def links_many_to_many(text: str) -> str:
    """*a talk can have several speakers and a speaker can give several talks.* → *talks and
    speakers are many to many.*: both sides told, each the other's mirror in the number."""

    def turn(match: re.Match[str]) -> str:
        x = match.group("x") or singular(match.group("x_many").lower())
        y = match.group("y") or singular(match.group("y_many").lower())
        xs, ys = match.group("xs"), match.group("ys")
        if not (singular(xs) == x and singular(ys) == y and x != y):
            return match.group(0)
        if not (_is_record_name(x, many=False) and _is_record_name(y, many=False)):
            return match.group(0)
        told = f"{plural(x)} and {plural(y)} are many to many"
        return _capital_as(match.group(0), told) + match.group("end")

    return _BOTH_WAYS.sub(turn, text)


# states: a record's status flow, said one way and then its twins. Each reads a flow told
# *X goes from A to B to C* (the shape owners use most) and says it another way, keeping the
# states, their order, a last choice (*accepted or declined*) and any side exit after the
# flow (*, or cancelled*) as written. Only a flow whose every state is a plain word or three
# (no article first, no pronoun, no verb of its own) is reworded: *goes from the depot to the
# customer*, *goes from room to room* and *to ready to collect* stay.
