"""How owners talk around what they keep: asides, examples, obligations, the business they run.

``simplify`` runs these in its chain so no reader has to know them: *could be a pike, whatever*
is dropped, *i have to write down* is *i write down*, *so i have got a little shoe repair shop*
names the business, not a record.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.phrase_patterns import WE_KEEP_VERBS
from appwright.design.offline.word_classes import word_set
from appwright.design.offline.word_forms import can_be_verb, is_plural, verb_lemma

_EXAMPLES_AFTER = re.compile(
    r",\s+(?:could be|say|like|such as|e\.g\.)\s+(?:a|an)\s+[^;:()]*?"
    r"(?:,?\s+(?:or\s+)?(?:whatever|anything|etc|and so on))(?=\s*(?:,|;|$))"
)


_ONE_EXAMPLE = re.compile(
    r",?\s+(?:such\s+as|e\.g\.|for\s+example)\s+the\s+[a-z][\w\-']*(?:\s+[a-z][\w\-']*){0,3}"
    r"(?=\s*(?:,|;|$))"
    r"|(?:\s+for\s+(?:things|stuff|notes))?,?\s+(?:such\s+as|e\.g\.,?|for\s+example|like|say)\s+"
    r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]"
    # "packages like "escape & pizza" or "full day challenge"": every example, not the first
    r"(?:(?:,|,?\s+(?:or|and))\s+[\"\u201c][^\"\u201c\u201d]*[\"\u201d])*"
)
"""``a competition such as the club championship``, ``a location such as "outside the post
office"``, ``a notes box for things like "adjoining if possible"``: one example, no value."""


_DASHED_EXAMPLES = re.compile(
    r"\s+-\s+(?:(?:things|stuff|ones|items)\s+)?(?:like|such\s+as|e\.g\.|for\s+example|say)\s+"
    r"[^;:()]*?\s+-(?=\s)"
)


_PLURAL_LIKE = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+(?:like|such\s+as)\s+"
    r"(?P<examples>(?:(?:a|an)\s+)?[a-z][\w\-']*(?:\s+[a-z][\w\-']*){0,2}"
    r"(?:,\s+(?:(?:a|an)\s+)?[a-z][\w\-']*(?:\s+[a-z][\w\-']*){0,2})*,?\s+"
    r"(?:or|and)\s+(?:(?:a|an)\s+)?[a-z][\w\-']*(?:\s+[a-z][\w\-']*){0,2})"
    r"(?=,\s+(?:and\s+)?each\s|\s+(?:each\s+)?(?:have|has|get|gets|carry|carries|come\s+with|"
    r"cost|can|may|are|with)\s)"
)
"""``extras like lighting, flooring or heaters, each with ...``, ``materials like felt, thread
and buttons with what each one costs``, ``toppings such as pearls
or popping boba have a name``, ``extras such as a cake or party bags can be added`` and
``treatments such as a classic set or an infill each have`` (and ``towel types such as adult
beach towel, kids' towel and pool robe each have``, three words and a possessive):
the extras, with what they have (the examples name no values
of a field)."""


_EACH_HAVING = re.compile(r"(?<=,)\s+each\s+(?:one\s+|[a-z][\w\-]*\s+)?having\s+(?:its\s+own\s+)?")
"""``..., each extra having its own name and price``: each with a name and price."""


_ANY_PLURAL_LIKE = re.compile(
    r"\b(?P<things>any\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+(?:like|such\s+as)\s+"
    r"[a-z][\w\-']*(?:\s+[a-z][\w\-']*)?(?:,\s+[a-z][\w\-']*(?:\s+[a-z][\w\-']*)?)*,?\s+"
    r"(?:or|and)\s+[a-z][\w\-']*(?:\s+[a-z][\w\-']*)?(?=\s*(?:[,;]|$))"
)
"""``any known conditions such as asthma or eczema``: what may be written, shown by examples;
the field is the conditions, whatever they are."""


_LIKE_A_VALUE = re.compile(
    r"\s+like\s+[\w\-]*\d[\w\-]*(?=\s*(?:,|;|$)|\s+and\s)"
    r"|(?<=\bname)\s+like\s+[a-z][\w\-]*(?:\s+[\w\-]+)?\s+or\s+[a-z][\w\-]*(?:\s+[\w\-]+)?"
    r"(?=\s*(?:,|;|$)|\s+and\s)"
)
"""``a size like 6x12``: the size, shown by one value; ``a name like kitchen or bedroom 1``:
the name, shown by two."""


_PLURAL_LIKE_THE_ONE = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+(?:like|such\s+as)\s+the\s+[a-z][\w\-']*(?:\s+"
    r"[a-z][\w\-']*){0,2}"
    r"(?=\s+(?:have|are|need|come\s+with|cost)\s)"
)
"""``appeals like the roof appeal have a name``: one example, named with *the*."""


_ARE_THINGS = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)(?:\s+are|,)\s+(?:things|ones|items)"
    r"(?=,\s+each\s+(?:just\s+|only\s+)?(?:with|has)\s)"
)
"""``qualifications are things, each with a code`` and ``a list of duties, things, each just with
a name`` (the examples dropped): *qualifications, each with a code*."""


_EXAMPLE = r"(?:(?:the|a|an)\s+)?[a-z][\w\-']*(?:\s+[a-z][\w\-']*){0,2}"
_EXAMPLES_OF_EACH = re.compile(
    r"(?:^|(?<=;\s))(?P<each>(?:each|every|a|an|the|our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)"
    rf"{{0,3}}?),\s+(?:like|such\s+as|say|e\.g\.,?|for\s+example)\s+{_EXAMPLE}(?:,\s+{_EXAMPLE})*"
    rf",?\s+(?:or|and)\s+{_EXAMPLE},\s+(?=(?:has|have|is|are|gets|needs|comes|carries)\s)"
)
"""``each piece of equipment, like the meat slicer, the soup kettle or the panini grill, has a
name``: the examples, set off by commas, are none of the records."""


_KINDS_THEN_EACH = re.compile(
    r"\b(?P<things>(?:have|got|keep|sell|offer|run|use|stock)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s),"
    r"\s+(?:[a-z][\w\-]*,\s+)*[a-z][\w\-]*,?\s+(?:and|or)\s+[a-z][\w\-]*,\s+"
    r"each\s+(?:(?:set\s+up|kept|listed|entered|recorded)\s+)?(?=with\s)"
)
"""``we have got ticket types, adult, child and family, each set up with a name and a price``:
the kinds named are examples of the records, which each have the list."""


def without_plural_examples(sentence: str) -> str:
    """``problems such as a broken prop or a missed cue are logged as issues``: *problems are
    logged as issues*; the examples dropped before any rewrite reads the clause, and
    ``qualifications are things like comcat1 or cclp1, each with a code`` is *qualifications,
    each with a code*; ``each piece of equipment, like the meat slicer or the soup kettle, has
    a name`` is *each piece of equipment has a name*, and ``ticket types, adult, child and
    family, each set up with a name`` are *ticket types, each with a name*."""
    sentence = _EXAMPLES_OF_EACH.sub(r"\g<each> ", sentence)
    sentence = _KINDS_THEN_EACH.sub(r"\g<things>, each ", sentence)
    sentence = _PLURAL_LIKE_THE_ONE.sub(
        r"\g<things>", _ANY_PLURAL_LIKE.sub(r"\g<things>", sentence)
    )
    return _ARE_THINGS.sub(r"\g<things>", _PLURAL_LIKE.sub(r"\g<things>", sentence))


def without_examples(sentence: str) -> str:
    """``people bring in a specimen, could be a pheasant, a pike, whatever, and i ...``,
    ``a competition such as the club championship`` and ``the classes - things like "three
    onions" - with a number``: the examples say what a record may be, not what the app keeps;
    ``extras like lighting or heaters, each extra having its own name`` are *extras, each with
    a name*."""
    sentence = _LIKE_A_VALUE.sub("", sentence)
    sentence = _EACH_HAVING.sub(" each with ", _PLURAL_LIKE.sub(r"\g<things>", sentence))
    sentence = _DASHED_EXAMPLES.sub("", sentence)
    return _ONE_EXAMPLE.sub("", _EXAMPLES_AFTER.sub("", sentence))


_OBLIGATION = re.compile(
    r"\b(?P<us>i|we)\s+(?:have\s+to|has\s+to|have\s+got\s+to|got\s+to|must)\s+(?=[a-z])"
)


_NARRATED_FLOW = re.compile(
    r"\b(?P<head>status|stage|state)\s*:\s*(?:it|they)\s+(?:starts?|begins?)\s+(?:off\s+|out\s+)?"
    r"(?:as|in|at)\s+(?:(?:a|an)\s+)?(?P<first>[a-z][\w\-]*(?:\s+"
    r"[a-z][\w\-]*)?)\s*,\s*(?P<rest>[^;:]+)$"
)


_NARRATED_STEP = re.compile(
    r"^(?:and\s+)?(?:then\s+)?(?:(?:gets|get|is|are|goes|go|becomes|become|moves\s+to|is\s+then|"
    r"gets\s+then|then\s+gets)\s+)?(?:then\s+)?(?P<state>[a-z][\w\-]*(?:\s+(?:or|and)\s+"
    r"[a-z][\w\-]*)?)$"
)


def narrated_flow(sentence: str) -> str:
    """``a status: it starts as a draft, gets sent, and is then accepted or declined``: *a
    status: draft -> sent -> accepted or declined*, the states told as a story."""
    match = _NARRATED_FLOW.search(sentence)
    if match is None:
        return sentence
    states = [match.group("first")]
    for piece in re.split(r",\s*", match.group("rest")):
        step = _NARRATED_STEP.match(piece.strip())
        if step is None:
            return sentence
        states.append(step.group("state"))
    if len(states) < 3:
        return sentence
    flow = " -> ".join(states)
    return f"{sentence[: match.start()]}{match.group('head')}: {flow}"


_RULE_MEANS = re.compile(
    r"^(?:the|our|a|an)\s+(?:[a-z][\w\-]*\s+){0,3}?(?:licence|license|law|insurance|insurer|"
    r"council|"
    r"regulator|regulations|rules|inspector|auditor|accountant|contract|policy)\s+"
    r"(?:means|says|requires|insists)\s+(?:that\s+)?(?=(?:i|we)\s)"
)
"""``the council licence means we must log ...``: why, before what we do."""


def without_obligation(sentence: str) -> str:
    """``i have to write down the species``: *i write down the species*; ``the council
    licence means we must log vet checks``: *we log vet checks*; ``every waste bag we take
    away has to be logged against its job``: *every waste bag is logged against its job*."""
    sentence = _BECAUSE_OF_RULES.sub("", sentence)
    sentence = _MUST_BE_DONE.sub(
        lambda m: "are " if m["be"] in ("have", "need") else "is ", sentence
    )
    sentence = _OBLIGATION.sub(r"\g<us> ", _RULE_MEANS.sub("", sentence))
    return has_to_as_must(_HAS_TO_SAY.sub("has ", sentence))


_HAS_TO_SAY = re.compile(
    r"\b(?:has|needs)\s+to\s+(?:say|show|hold|include|capture|know|record)\s+"
    r"(?=(?:which|when|how|what|who|whether)\s)"
)
"""``a session has to say which table, when it started, ...``, *each collection run has to know
who went out, ...*: what a record *has to say* is what it has."""


_HAS_TO_ACT = re.compile(r"\b(?:has|have)\s+(?:got\s+)?to\s+(?P<act>[a-z]+)\b(?!\s+(?:a|an)\s)")


def has_to_as_must(sentence: str) -> str:
    """``a vet has to sign each one off``: *a vet must sign each one off*; what one *has* is a
    field, what one *has to do* is a duty, not one (*the crane driver has to check it*, *drivers
    have got to log ...*); *toys have to pass a cleaning check* names the check, and stays."""

    def must(match: re.Match[str]) -> str:
        return f"must {match['act']}" if verb_lemma(match["act"]) == match["act"] else match[0]

    return _HAS_TO_ACT.sub(must, sentence)


_BECAUSE_OF_RULES = re.compile(
    r"^(?:then\s+|and\s+|also\s+)?(?:because\s+of|due\s+to|under|for)\s+(?:the\s+)?"
    r"(?:regulations|rules|law|insurance|council|licence|license|legislation)\s*,?\s+"
    r"(?=(?:every|each|all|we|i)\s)"
)
"""*then because of the regulations every waste bag ...*: why, said first; no record."""


_MUST_BE_DONE = re.compile(r"\b(?P<be>has|have|needs|need)\s+to\s+be\s+(?=[a-z]+ed\b)")


BUSINESS_NOUNS = word_set(
    "shop store business company studio salon garage workshop firm practice agency clinic cafe "
    "restaurant bar pub farm school club centre center office bakery brewery nursery yard mill "
    "surgery parlour parlor kitchen service co-op cooperative charity lab laboratory loft "
    "league society association guild"
)


_KIND_THEY_WANT = re.compile(
    r"\b(?P<det>the|a|which)\s+(?:kind|type|sort|style)\s+of\s+(?P<thing>[a-z][\w\-]*)\s+"
    r"(?:they|we|you|the\s+customer|the\s+client)\s+(?:want|wants|need|needs|choose|chooses|pick|"
    r"picks|order|orders|prefer|prefers|like|likes|go\s+for|goes\s+for)\b"
)


_ITS_WAY = re.compile(r"\b(?:works|makes|wends|finds)\s+its\s+way\s+through\b")


def its_way_through(sentence: str) -> str:
    """``then it works its way through the place: in the freezer, skinned, ...``: *it goes
    through*, the record's flow."""
    return _ITS_WAY.sub("goes through", sentence)


_SITTING_AT_ONE_DOING = re.compile(
    r"\b(?P<we>we|i)\s+(?:sit|stand|are\s+sat|am\s+sat)\s+(?:at|in|on|by)\s+(?:the|a|an|our|my)\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?P<doing>[a-z]+ing)\b"
)


def sitting_at_one_doing(sentence: str) -> str:
    """``we sit at the kitchen table writing out livery bills by hand``: *we write out livery
    bills ...*; where the writer sits is no one who writes (*kitchen table* was a role)."""

    def plain(match: re.Match[str]) -> str:
        lemma = verb_lemma(match["doing"])
        if lemma is None or lemma == match["doing"]:
            return match[0]
        return f"{match['we']} {lemma}"

    return _SITTING_AT_ONE_DOING.sub(plain, sentence)


_SIDE_OF_THINGS = re.compile(
    r"^(?:oh\s*,?\s*)?(?:and\s+)?(?:for|on)\s+the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"(?:side|part|bit|front)(?:\s+of\s+things)?\s*,?\s+(?=(?:each|every|we|i|all)\b)"
)


def without_side_of_things(sentence: str) -> str:
    """``oh, and for the legal side every specimen needs ...``: which part of the business the
    sentence is about, not a record."""
    return _SIDE_OF_THINGS.sub("", sentence)


_FIRST_THING = re.compile(
    r"^(?:so\s+)?(?:the\s+)?(?:first|main|next|other)\s+thing\s+(?:i|we)\s+(?:need|want|keep)\s+"
    r"(?:is|are)\s+"
    r"(?:our\s+|the\s+|my\s+)?(?P<things>[a-z][\w\-]*s)\s*(?:-|:)\s*(?P<list>.+)$"
)


_THERE_ARE_THOSE = re.compile(
    r"^(?:then\s+|and\s+)?there\s+(?:are|is)\s+(?:the\s+|our\s+)?(?P<things>[a-z][\w\-]*s)\b"
    r"[^,;]*(?:,\s*[^,;]+)?,\s*and\s+for\s+(?:those|them|these|each|every|(?:each|every)\s+one|"
    r"(?:each|every\s+one)\s+of\s+them)\s+"
    rf"(?:i|we)\s+(?:would\s+|'d\s+|also\s+)?(?:{WE_KEEP_VERBS})\s+(?P<list>.+)$"
)


_THE_OTHER_ONE = re.compile(
    r"^(?:[a-z][\w\-]*\s+){0,1}[a-z][\w\-]*(?:'s|\s+is|\s+are)\s+(?:also\s+)?the\s+(?:[a-z]+\s+"
    r"){0,3}?"
    r"(?:one|thing|part|bit|piece|job)\s*:\s*(?=[a-z])"
)


def without_the_other_one(sentence: str) -> str:
    """``feeding's the other big one: staff log each feed ...``: the clause after the colon
    says it; the words before only point at it."""
    return _THE_OTHER_ONE.sub("", sentence, count=1)


def first_thing_is(sentence: str) -> str:
    """``first thing i need is our members - name, email, ...`` and ``then there are the
    events we go to, mostly castle shows, and for those we'd want the event name, ...``: the
    records, and what is kept about each."""

    def plain(clause: str) -> list[str]:
        first = _THERE_ARE_THOSE.match(clause)
        if first is None or not is_plural(first.group("things")):
            return [clause]
        return [f"{first.group('things')} have {first.group('list')}"]

    first = _FIRST_THING.match(sentence)
    if first is not None and is_plural(first.group("things")):
        return f"{first.group('things')} have {first.group('list')}"
    return per_clause(sentence, plain)


def kind_they_want(sentence: str) -> str:
    """``the kind of mount they want (full body, ...)``: *the mount type*, the choice named
    by what it is a kind of."""
    return _KIND_THEY_WANT.sub(lambda m: f"the {m.group('thing')} type", sentence)


_OUR_SHOP = re.compile(
    r"^(?:so\s+|well\s+|ok\s+)?(?:i|we)\s+(?:have\s+got|have|got|run|own|operate|manage|am|are)\s+"
    r"(?:a|an|our|my)\s+(?P<np>(?:[a-z][\w\-']*\s+){0,3}(?P<head>[a-z][\w\-]*))"
    # "a self storage yard with about sixty units": how big the business is
    r"(?:\s+with\s+(?:about\s+|around\s+|over\s+|some\s+)?(?:a\s+)?(?:\d+|[a-z]+)\s+"
    r"(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)?"
    r"\s*(?=,|$|\s+and\s)"
)


_A_SHOP_ALONE = re.compile(
    r"^(?:a|an)\s+(?:[a-z][\w\-']*\s+){0,3}(?P<head>[a-z][\w\-]*)\s+with\s+"
    r"(?:about\s+|around\s+|over\s+|some\s+)?(?:a\s+)?(?:\d+|[a-z]+)\s+(?:[a-z][\w\-]*\s+"
    r")?[a-z][\w\-]*s$"
)
"""``a cat cafe with about a dozen resident cats``: the business, said as a heading."""


_OUR_SHOP_DOES = re.compile(
    r"^(?:our|my)\s+(?:[a-z][\w\-]*\s+){0,3}(?P<head>[a-z][\w\-]*)\s+(?P<verb>[a-z]+s)\s+(?=[a-z])"
)


def without_our_shop(sentence: str) -> str:
    """``so i have got a little shoe repair shop, been going twenty years, ...``: the business
    is the app, not one of its records; ``our lab calibrates measuring instruments``: *we
    calibrate measuring instruments*."""
    does = _OUR_SHOP_DOES.match(sentence)
    if does is not None and does.group("head") in BUSINESS_NOUNS:
        lemma = verb_lemma(does.group("verb"))
        if lemma and lemma != does.group("verb") and can_be_verb(lemma):
            return f"we {lemma} {sentence[does.end() :]}"
    alone = _A_SHOP_ALONE.match(sentence)
    if alone is not None and alone.group("head") in BUSINESS_NOUNS:
        return ""
    match = _OUR_SHOP.match(sentence)
    if match is None or match.group("head") not in BUSINESS_NOUNS:
        return sentence
    return re.sub(r"^\s*,?\s*(?:and\s+)?", "", sentence[match.end() :])
