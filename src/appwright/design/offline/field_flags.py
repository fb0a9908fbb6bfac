"""A yes/no field named by what it asks: *whether they checked in* (checked in), *whether packing
is included* (packing included), *a tick box for customer notified*.
"""

from __future__ import annotations

import re

from appwright.design.offline.draft import FieldDraft
from appwright.design.offline.field_words import MAX_FIELD_WORDS
from appwright.design.offline.word_classes import (
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    VERB_PARTICLES,
    words,
)
from appwright.design.offline.word_forms import (
    can_be_adjective,
    can_be_noun,
    is_adverb,
    is_past_participle,
)

_WHETHER = re.compile(
    r"^(?:whether|if)(?: (?:it|they|he|she|i|we|you|anyone|anybody|someone|somebody)"
    # "whether a 20-year guarantee was issued": the thing, after what kind it is
    r"| (?:the|a|an|its|their) (?:(?P<kind>[\w\-]+) (?=\w+(?:'s| is| are| was| were| has| have| had) ))?"
    r"(?P<noun>\w+)"
    r"| (?P<bare>[a-z][\w\-]*)(?=(?:'s| is| are| was| were| has| have| had) )"
    r"|(?= (?:is|are|has|have) ))"
    r"(?P<aux>'s|'re| is| are| was| were| has| have| had)? (?P<rest>.+?)(?: or not)?$"
)


_ANYONE_AMONG = re.compile(
    r"^(?P<asked>(?:whether|if)\s+anyone)\s+(?:in|on|from|of)\s+(?:the|their|your|our)\s+[a-z]+"
    r"(?=\s+(?:has|needs|is|[a-z]+s)\s)"
)
"""``whether anyone in the group has a food allergy``: who among them names no part of it."""


_BE = frozenset(["'s", "'re", "is", "are", "was", "were"])


_FLAG_TAIL_PREPOSITIONS = frozenset(["to", "for", "on", "in", "at", "with", "by", "from"])


_NOT_IN_A_FLAG = DETERMINERS | _BE | frozenset(["this", "that", "these", "those", "it", "they"])


_TICK_BOX_FOR = re.compile(
    r"^(?:tick[\s\-]?box|check[\s\-]?box|yes/no(?:\s+field)?|flag|toggle)\s+"
    r"(?:for|saying|to say|to mark|marking|showing)\s+(?:whether\s+|if\s+)?(?P<what>[a-z].*)$"
)
"""``a tick box for customer notified``: a yes/no field named by what it says."""


_WHEN_IT_HOLDS = re.compile(
    r"\s+(?:on|at|during|over)\s+(?:[a-z]+\s+)?"
    r"(?:days|weekends|weekdays|nights|evenings|mornings|sundays|saturdays)$"
)
"""*whether it can be switched out on quiet days*: when the yes/no holds, no part of its name."""


def tick_box_field(plain: str, draft: FieldDraft) -> tuple[list[str], list[str]] | None:
    """A yes/no field asked for as a tick box: *a tick box for customer notified*, *a yes/no
    for whether it's a protected species*."""
    ticked = _TICK_BOX_FOR.match(plain)
    asked = _WHETHER.match(f"whether {ticked.group('what')}") if ticked else None
    if ticked and asked:
        # "a yes/no for whether it's a protected species": protected species
        draft.type = "boolean"
        rest = _whether_name(asked)
        return rest[:MAX_FIELD_WORDS], rest
    if ticked:
        draft.type = "boolean"  # "a tick box for customer notified": whether it is so
        named = [w for w in words(ticked.group("what")) if w not in DETERMINERS]
        if len(named) > MAX_FIELD_WORDS:
            named = flag_words(named)
        return named, named
    return None


def whether_field(plain: str, draft: FieldDraft) -> tuple[list[str], list[str]] | None:
    """A yes/no field named by what it asks: *whether they checked in*."""
    whether = _WHETHER.match(_ANYONE_AMONG.sub(r"\g<asked>", _WHEN_IT_HOLDS.sub("", plain)))
    if whether:
        draft.type = "boolean"
        rest = _whether_name(whether)
        return rest[:MAX_FIELD_WORDS], rest
    return None


def flag_words(said: list[str]) -> list[str]:
    """The words of a yes/no's question that name it: ``proof of entitlement to the
    registration was seen`` → proof of entitlement seen; what the proof is for is the
    record's own, said already."""
    named = [w.removesuffix("'s") for w in said if w not in _NOT_IN_A_FLAG]
    cut = next((i for i, w in enumerate(named) if i and w in _FLAG_TAIL_PREPOSITIONS), 0)
    if cut and is_past_participle(named[-1]):
        return [*named[:cut], named[-1]]
    return named


def _whether_name(whether: re.Match[str]) -> list[str]:
    """``whether it's paid`` → paid (``if is paid``, the subject left out, too);
    ``whether packing is included`` → packing included (a
    thing said to be done to: its name and the participle); ``whether the customer has paid
    yet`` → paid (what someone did: the act alone); ``whether it was spelt correctly`` →
    correct (the verdict on a try, whatever the act)."""
    said = words(whether.group("rest"))
    if len(said) >= 2 and said[-1] in ("correctly", "right") and is_past_participle(said[-2]):
        return ["correct"]
    if said in (["came"], ["showed", "up"]):
        return ["attended"]  # "whether they actually came": whether they attended
    if said[:1] in (["took"], ["bought"]) and 1 < len(said) <= 5:
        # "whether they took loss and damage cover": the cover, what they took
        return [w for w in said[1:] if w not in DETERMINERS and w != "and"]
    if said[:1] == ["want"] and len(said) > 1:
        # "whether they want an electric hook-up or not": the hook-up
        said = [w for w in said[1:] if w not in DETERMINERS and w not in PRONOUNS]
        return said[:-2] if said[-2:] == ["or", "not"] else said
    rest = [
        w
        for w in words(whether.group("rest"))
        if w not in PRONOUNS
        and w not in DETERMINERS
        and not (is_adverb(w) and w not in PREPOSITIONS and w not in VERB_PARTICLES)
    ]
    aux = (whether.group("aux") or "").strip()
    passive = bool(rest) and rest[0] in ("been", "being")
    rest = [w for w in rest if w not in ("been", "being")]
    passive = passive or aux in _BE
    noun = whether.group("noun") or whether.group("bare")
    if rest[-2:] in (["switched", "on"], ["turned", "on"]):
        rest = [*rest[:-2], "enabled"]  # "whether ssl is switched on": ssl enabled
    if noun and passive and len(rest) == 1 and is_past_participle(rest[0]):
        kind = whether.group("kind")
        if kind and kind.isalpha() and can_be_noun(kind) and not can_be_adjective(kind):
            return [kind, noun, rest[0]]  # "whether a wheelchair space is needed": which space
        return [noun, rest[0]]
    carer = whether.group("noun")  # said with an article: not "whether anyone was in"
    if carer and aux in _BE and rest in (["there"], ["here"], ["present"]):
        return [carer, "present"]  # "whether a carer was there or not": carer present
    subject = _WHETHER_SUBJECT.match(whether.string)
    said_of = words(subject["subject"]) if subject else []
    told = aux in _BE and 0 < len(rest) <= 3 and not any(is_past_participle(w) for w in rest)
    if told and len(said_of) + len(rest) > 2:
        # "whether their dbs check is up to date": the dbs check, up to date; a thing of
        # several words, or what is said of it in several, names both ("whether the client
        # was home" stays *home*)
        return [*said_of, *rest][:MAX_FIELD_WORDS]
    return rest


_WHETHER_SUBJECT = re.compile(
    r"^(?:whether|if)\s+(?:the|its|their|his|her)\s+(?P<subject>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)"
    r"\s+(?:is|are|was|were)\s"
)
