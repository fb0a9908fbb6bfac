"""How owners talk: asides, obligations, the business they run, what people give.

``simplify`` runs these in its chain so no reader has to know them: *could be a pike,
whatever*, *i have to*, *we run a little shoe repair shop*, *customers give us their name
and phone*, *that's where the trouble starts*, what people are and may do, and the records
told by what someone does (*when someone books we note ...*).
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.clause_rewrites import per_clause, per_match
from appwright.design.offline.phrase_rewrites import (
    NOUN_PATTERN,
    WE_KEEP_VERBS,
    act_done,
    belongs_to_clauses,
    record_before,
)
from appwright.design.offline.text import (
    PIECES,
    PREPOSITIONS,
    act_noun,
    act_or_irregular_noun,
    can_be_noun,
    can_be_verb,
    is_adverb,
    is_past_participle,
    is_plural,
    outside_brackets,
    parts_of_speech,
    plural,
    singular,
    singular_phrase,
    split_list,
    strip_determiners,
    verb_form,
    verb_lemma,
    word_set,
    words,
)

_GIVE_DETAILS = re.compile(
    r"^(?P<np>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+(?P<verb>give|leave|provide|supply|share|"
    r"gives|leaves|provides|supplies|shares|tell|tells)\s+"
    r"(?:us\s+|me\s+)?(?P<list>(?:their|a|an)\s+[^;()]+?)"
    # "..., and for every clock they bring in i note ...": a clause of its own
    r"(?:,?\s+and\s+(?P<next>for\s+(?:each|every)\s+.+))?$"
)
_PEOPLE_WHO_MAY = re.compile(
    r"\b(?P<people>(?:one\s+of\s+)?(?:our|the)\s+(?P<plural>[a-z][\w\-]*s))(?P<bracket>\s+\([^()]*\))?,\s+"
    r"who\s+(?P<rest>(?:can|may|only|just)\s+[^;]+|(?:see|view|edit|update|handle|manage|approve|close)\s+[^;]+)"
)


def people_who_may(sentence: str) -> str:
    """``faults are handed to one of our electricians (name, mobile), who see only the faults
    assigned to them``: *...; electricians see only the faults assigned to them*, what the
    people in a relative clause may do is a rule of their own."""
    return _PEOPLE_WHO_MAY.sub(
        lambda m: (
            f"{m.group('people')}{m.group('bracket') or ''}; {m.group('plural')} {m.group('rest')}"
        ),
        sentence,
    )


_FOR_EACH_THEY_DO = re.compile(
    r"(?P<lead>^|;\s+)for\s+(?P<q>each|every)\s+(?P<thing>[a-z][\w\-]*)\s+(?:that\s+|which\s+)?"
    r"(?P<who>they|we|you)\s+(?P<verb>[a-z]+)(?:\s+(?P<particle>in|up|out|along|back|over|round))?"
    r"(?:\s+to\s+us)?,?\s+(?=(?:i|we)\s+[a-z])"
)


def for_each_they_do(sentence: str) -> str:
    """``customers have a name; for every clock they bring in i note the maker``: *customers
    bring in several clocks; for every clock i note the maker*, the clocks theirs."""

    def plain(match: re.Match[str]) -> str:
        lead, thing = match.group("lead"), match.group("thing")
        head = f"{lead}for {match.group('q')} {thing} "
        people = record_before(sentence, match.start()) if match.group("who") == "they" else None
        verb = match.group("verb")
        if people is None or not is_plural(people.split()[-1]) or not can_be_verb(verb):
            return head
        particle = f" {match.group('particle')}" if match.group("particle") else ""
        return f"{lead}{people} {verb}{particle} several {plural(thing)}; {head[len(lead) :]}"

    return _FOR_EACH_THEY_DO.sub(plain, sentence)


_AND_THEN_ACT = re.compile(r"\s+and\s+(?=(?P<verb>[a-z]+)\s+(?P<next>[a-z][\w\-]*))")
_OBJECT_START = word_set("a an the their one several some")
_DETAIL_HEADS = word_set("number numbers details address addresses code codes")
_MODALS = word_set("may can might will must")
_PERSONAL_DETAIL = re.compile(r"(?:their\s|(?:a|an)\s+(?:full\s+)?(?:name|phone|email|e-mail)\b)")


def people_give_details(sentence: str) -> str:
    """``customers give us their name, email and phone and make rentals``: *customers have
    their name, email and phone; customers make rentals*. What people hand over about
    themselves is what the app keeps about them."""

    def plain(clause: str) -> list[str]:
        match = _GIVE_DETAILS.match(clause)
        if match is None:
            return [clause]
        people, details = match.group("np"), match.group("list")
        # "a customer gives us a name, ... and may own ...": any one of them, as *each* says;
        # without what else they do, one person giving their details is left alone
        indefinite = people.split()[0] in ("a", "an")
        each = people.split()[0] in ("each", "every", "a", "an") and match["verb"].endswith("s")
        if not each and (not is_plural(people.split()[-1]) or match["verb"].endswith("s")):
            return [clause]
        # "each hirer gives us their name, ...": what every one of them hands over
        people = plural(" ".join(people.split()[1:])) if each else people
        if not _PERSONAL_DETAIL.match(details):
            return [clause]  # "visitors leave a rating and a comment": a record of its own
        if match.group("next") and not indefinite:
            return [f"{people} have {details}", match.group("next")]
        for act in _AND_THEN_ACT.finditer(details):
            verb, following = act.group("verb"), act.group("next")
            if verb in _MODALS and can_be_verb(following):
                # "... and phone number and may own several ponds": what else they do
                return [
                    f"{people} have {details[: act.start()]}",
                    f"{people} {details[act.end() :]}",
                ]
            if indefinite or following in _DETAIL_HEADS or verb_lemma(verb) != verb:
                continue
            if following in _OBJECT_START or is_plural(following):
                # "... and phone and make rentals": the first *and* a verb with its object
                rest = details[act.end() :]
                return [f"{people} have {details[: act.start()]}", f"{people} {rest}"]
        return [clause] if indefinite else [f"{people} have {details}"]

    return per_clause(sentence, plain)


_EXAMPLES_AFTER = re.compile(
    r",\s+(?:could be|say|like|such as|e\.g\.)\s+(?:a|an)\s+[^;:()]*?"
    r"(?:,?\s+(?:or\s+)?(?:whatever|anything|etc|and so on))(?=\s*(?:,|;|$))"
)


_ONE_EXAMPLE = re.compile(
    r",?\s+(?:such\s+as|e\.g\.|for\s+example)\s+the\s+[a-z][\w\-']*(?:\s+[a-z][\w\-']*){0,3}"
    r"(?=\s*(?:,|;|$))"
    r"|(?:\s+for\s+(?:things|stuff|notes))?,?\s+(?:such\s+as|e\.g\.,?|for\s+example|like|say)\s+"
    r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]"
)
"""``a competition such as the club championship``, ``a location such as "outside the post
office"``, ``a notes box for things like "adjoining if possible"``: one example, no value."""


_DASHED_EXAMPLES = re.compile(
    r"\s+-\s+(?:(?:things|stuff|ones|items)\s+)?(?:like|such\s+as|e\.g\.|for\s+example|say)\s+"
    r"[^;:()]*?\s+-(?=\s)"
)


_PLURAL_LIKE = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+(?:like|such\s+as)\s+"
    r"(?P<examples>(?:(?:a|an)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?:,\s+(?:(?:a|an)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)*,?\s+"
    r"(?:or|and)\s+(?:(?:a|an)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?=,\s+each\s|\s+(?:each\s+)?(?:have|has|come\s+with|cost|can|may|are|with)\s)"
)
"""``extras like lighting, flooring or heaters, each with ...``, ``materials like felt, thread
and buttons with what each one costs``, ``toppings such as pearls
or popping boba have a name``, ``extras such as a cake or party bags can be added`` and
``treatments such as a classic set or an infill each have``:
the extras, with what they have (the examples name no values
of a field)."""
_EACH_HAVING = re.compile(r"(?<=,)\s+each\s+(?:one\s+|[a-z][\w\-]*\s+)?having\s+(?:its\s+own\s+)?")
"""``..., each extra having its own name and price``: each with a name and price."""
_LIKE_A_VALUE = re.compile(
    r"\s+like\s+[\w\-]*\d[\w\-]*(?=\s*(?:,|;|$)|\s+and\s)"
    r"|(?<=\bname)\s+like\s+[a-z][\w\-]*(?:\s+[\w\-]+)?\s+or\s+[a-z][\w\-]*(?:\s+[\w\-]+)?"
    r"(?=\s*(?:,|;|$)|\s+and\s)"
)
"""``a size like 6x12``: the size, shown by one value; ``a name like kitchen or bedroom 1``:
the name, shown by two."""


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
    r"(?:as|in|at)\s+(?:(?:a|an)\s+)?(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,\s*(?P<rest>[^;:]+)$"
)
_NARRATED_STEP = re.compile(
    r"^(?:and\s+)?(?:then\s+)?(?:(?:gets|get|is|are|goes|go|becomes|become|moves\s+to|is\s+then|"
    r"gets\s+then|then\s+gets)\s+)?(?:then\s+)?(?P<state>[a-z][\w\-]*(?:\s+(?:or|and)\s+[a-z][\w\-]*)?)$"
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
    r"^(?:the|our|a|an)\s+(?:[a-z][\w\-]*\s+){0,3}?(?:licence|license|law|insurance|insurer|council|"
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
    return has_to_as_must(sentence)


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


_EACH_EITHER = re.compile(
    r"\b(?P<np>[a-z][\w\-]*s),\s+each\s+(?:one\s+)?either\s+(?:a|an)\s+(?P<one>[a-z][\w\- ]*?)\s+"
    r"or\s+(?:a|an)\s+(?P<other>[a-z][\w\- ]*?)(?P<end>,\s+with\s+|\s*$|\s*[,;]\s*)"
)


def each_either(sentence: str) -> str:
    """``we put on events, each either a road run or a rally, with a name ...``: *events, each
    with a type (road run, rally), a name ...*; what kind each one is, not two records."""

    def plain(match: re.Match[str]) -> str:
        kinds = (
            f"{match.group('np')}, each with a type ({match.group('one')}, {match.group('other')})"
        )
        return f"{kinds}, " if match.group("end").strip(" ,;") else f"{kinds}{match.group('end')}"

    return _EACH_EITHER.sub(plain, sentence)


_ON_EACH_THEY = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s*)(?:on|at|after|during|with|in)\s+(?P<det>each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s*,?\s+(?:they|we|i)\s+(?:also\s+)?(?=[a-z]+\s+(?:the|a|an|their|its|several|any|each|every)\s)"
)


_NOTE_TO_SELF = re.compile(
    r"(?P<lead>^|;\s+|(?<=[a-z]),\s+(?:then\s+)?(?=[a-z]+\s+(?!down\b)[a-z]))"
    r"(?P<verb>log|note|jot\s+down|write\s+down|record)\s+(?=[a-z][^;]*(?:,|\sand\s)[^;]*$)"
)
"""``..., log setup mins + run mins``: an order to ourselves to keep a list."""


_LOGGED_BY_ITS = re.compile(
    r"\b(?P<log>(?:log|logs|record|records|note|notes|list|lists|track|tracks)\s+(?:every|each|all)\s+"
    r"[a-z][^,;:]*?)\s+by\s+(?=(?:its|their)\s)"
)
"""``we log every key we hold for a site by its tag number``: kept *with* its tag number."""
_WE_HOLD = re.compile(
    r"\b(?P<each>(?:every|each)\s+[a-z][\w\-]*)\s+(?:that\s+|which\s+)?(?:we|i)\s+"
    r"(?:hold|have|keep|store|look\s+after)\s+(?=(?:for|at|in|on)\s)"
)
"""*every key we hold for a site*: every key for a site; holding it is what keeping it is."""


def logged_by_its(sentence: str) -> str:
    """``we log every key ... by its tag number and the date``: *... with its tag number and
    the date*, what each is told apart by is what is kept of it."""
    sentence = _WE_HOLD.sub(r"\g<each> ", sentence)
    return _LOGGED_BY_ITS.sub(r"\g<log> with ", sentence)


def we_log(sentence: str) -> str:
    """``each op on a work order runs on one machine, log setup minutes and run minutes``:
    *...; we log setup minutes and run minutes*; a note-taker leaves out who keeps the list (a
    comma's imperative counts only after a clause about each record)."""

    def plain(match: re.Match[str]) -> str:
        if match.group("lead").startswith(",") and not sentence.startswith(("each ", "every ")):
            return match.group(0)
        lead = "" if not match.group("lead") else "; "
        said = sentence[match.end() :]
        # the article a note leaves out too, as the readers of what we keep expect one
        the = "" if re.match(r"(?:the|a|an|their|its|all)\s", said) else "the "
        return f"{lead}we {match.group('verb')} {the}"

    return _NOTE_TO_SELF.sub(plain, sentence)


_ASK_WITH_ONE_THAT = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)\s+(?P<act>[a-z]+\s(?:[^;,]*?\s)?)with\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:that|which)\s+(?P<verb>[a-z]+s)\s+"
    r"(?P<rest>[^;]+)$"
)


def ask_with_one_that(sentence: str) -> str:
    """``clients ask for boxes back with a retrieval request that covers one or more boxes,
    has a requested date ...``: *clients ask for boxes back; each retrieval request belongs to
    one client; each retrieval request covers ...*, a record the people make, told in a
    relative clause of its own."""

    def plain(clause: str) -> list[str]:
        match = _ASK_WITH_ONE_THAT.match(clause)
        if match is None:
            return [clause]
        who, record, verb = match.group("who"), match.group("record"), match.group("verb")
        if not (is_plural(who) and can_be_noun(record.split()[-1])) or verb_lemma(verb) in (
            None,
            verb,
        ):
            return [clause]
        return [
            f"{who} {match.group('act').strip()}",
            f"each {record} belongs to one {singular(who)}",
            f"each {record} {verb} {match.group('rest')}",
        ]

    return per_clause(sentence, plain)


def on_each_we(sentence: str) -> str:
    """``on every visit they also log the chemicals ...``: *for every visit we log the
    chemicals ...*, what is kept for each record, whoever keeps it."""
    return _ON_EACH_THEY.sub(r"\g<lead>for \g<det> \g<np> we ", sentence)


_KEPT_AS_OWN_LIST = re.compile(
    r"\b(?:we|i)\s+(?:keep|store|hold|track|list)\s+(?P<things>[a-z][\w\-]*s)\s+as\s+"
    r"(?:their\s+own|a\s+separate|its\s+own|a)\s+(?:list|record|table|sheet|register)s?\s+with\s+(?=[a-z])"
)
_KEPT_ON_FILE = re.compile(
    r"^(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s),?\s+(?:we|i)\s+(?:just\s+|also\s+)?"
    r"(?:keep|store|hold|have|track|list|record)\s+(?:(?:on|in)\s+(?:file|record|the\s+books|our\s+books|a\s+list)\s+)?"
    r"with\s+(?P<list>[^;]+?)(?:,?\s+(?:because|since|as|so\s+that)\s+[^;]*)?(?=;|$)"
)
"""``comedians i keep on file with their stage name, ...``: the records named first, then what
we keep them with."""
_DEALT_WITH = re.compile(
    r"^(?:we|i)\s+(?:also\s+|mainly\s+|mostly\s+|only\s+)?"
    # the trade and work we do with others, not how ("we deliver to shops with a van")
    r"(?:buy|order|source|purchase|sell|supply|work|deal|trade|partner|hire|rent|lend|loan)\s+"
    r"(?:from|to|with)\s+"
    r"(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+with\s+(?=(?:a|an|the|their|its)\s)"
)
"""``we buy from suppliers with a name, ...``: the ones we deal with, then their list."""
_WE_HAVE_THEIR = re.compile(
    r"^(?:we|i)\s+have\s+(?:got\s+)?(?:\d+|[a-z]+)\s+(?P<things>[a-z][\w\-]*s)\s+and\s+(?:i|we)\s+"
    r"(?:only\s+|just\s+|also\s+)?(?:need|keep|want|record|track|note|take)\s+(?=their\s)"
)
"""``we have forty members and i only need their names``: *members have their names*."""
_KINDS_OF_KIT = re.compile(
    r"^(?:then\s+)?(?:there\s+is|we\s+have|we\s+have\s+got)\s+(?:the|our|all\s+the)\s+(?P<what>[a-z][\w\-]*)\s*:\s+"
    r"(?P<kinds>[a-z][\w\-]*s(?:\s*,\s*[a-z][\w\-]*s)*,?\s+(?:and|or)\s+[a-z][\w\-]*s),\s+"
    r"(?:each|every)\s+(?:item|one|piece|thing)\s+with\s+(?P<list>.+)$"
)
_ONE_OF_OURS_WHO = re.compile(
    r"\b(?:a|an|the)\s+(?P<role>[a-z][\w\-]*),\s+who\s+is\s+(?:just\s+|always\s+|simply\s+|also\s+)?"
    r"one\s+of\s+(?:our|the|my)\s+(?P<many>[a-z][\w\-]*s)\b"
)


def kinds_of_things(sentence: str) -> str:
    """``then there's the kit: helmets, lights and harnesses, each item with a code and a
    type``: *each kit item has a type (helmet, light, harness), a code*, one record whose
    kinds are listed; ``a leader, who is just one of our members``: *one leader member*,
    a member in the leader's role."""
    sentence = _ONE_OF_OURS_WHO.sub(
        lambda m: f"one {m.group('role')} {singular(m.group('many'))}", sentence
    )
    kit = _KINDS_OF_KIT.match(sentence)
    if kit is None:
        return sentence
    kinds = ", ".join(
        singular(k)
        for k in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", kit.group("kinds"))
    )
    listed = re.sub(r"(?:,\s*|\s+)(?:and\s+)?(?:a|the)\s+type\b", "", kit.group("list"))
    return f"each {kit.group('what')} item has a type ({kinds}), {listed}"


_PLUS_SEVERAL = re.compile(
    r"^(?P<head>for\s+(?:each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,?\s+(?:we|i)\s+"
    r"[a-z]+\s+.+?),?\s+(?:plus|and also|as well as)\s+(?P<many>several|many|multiple)\s+(?P<rest>[a-z].+)$"
)


_PLUS_MORE = re.compile(
    r"^(?P<lead>(?:a|an|each|every|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:can\s+|may\s+)?"
    r"(?:include|includes|contain|contains|cover|covers|comes?\s+with|uses?|needs?|takes?))\s+"
    r"(?P<first>[^,;]+?),\s+plus\s+(?:(?:some|any|several|optional)\s+)?"
    r"(?P<rest>(?P<things>[a-z][\w\-]*s)\b[^;]*)$"
)


def plus_several(sentence: str) -> str:
    """``for every client we keep the full name, plus one or more contacts with a name and
    phone``: *for every client we keep the full name; every client has several contacts with
    a name and phone*, the records each one has, after what it holds."""
    match = _PLUS_SEVERAL.match(sentence)
    if match is None:
        return sentence
    np, many = match.group("np"), match.group("many")
    return f"{match.group('head')}; every {np} has {many} {match.group('rest')}"


_HAS_PLUS_SEVERAL = re.compile(
    r"^(?P<head>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:has|have)\s+[^;]+?),?"
    r"\s+plus\s+(?P<many>several|many|multiple)\s+(?=[a-z][\w\-]*s\b)"
)


def has_plus_several(sentence: str) -> str:
    """``a listing has a title and a price, plus several photos, each just an image link``:
    *..., and several photos, ...*; the records it has after the fields it holds, as with
    *and*, no *plus* in their name."""
    return per_clause(
        sentence, lambda clause: [_HAS_PLUS_SEVERAL.sub(r"\g<head>, and \g<many> ", clause)]
    )


def plus_more(sentence: str) -> str:
    """``a booking can include several marquees, plus extras, each with name and price``:
    *...; a booking can include several extras, each with ...*, a second kind of thing it
    takes (read once the sentence is in plain clauses)."""

    def plain(clause: str) -> list[str]:
        more = _PLUS_MORE.match(clause)
        if more is None or not is_plural(more.group("things")):
            return [clause]
        lead = more.group("lead")
        return [f"{lead} {more.group('first')}", f"{lead} several {more.group('rest')}"]

    return per_clause(sentence, plain)


_OWN_RECORD_WITH = re.compile(
    r"\b(?:gets|get|has|have|is given|are given)\s+(?:its|their)\s+own\s+"
    r"(?:record|entry|card|page|file|row|profile)\s+with\s+(?=[a-z])"
)
_DASHED_NEED = re.compile(
    r"(?P<before>\b(?:a|an|one)\s+(?P<np>[a-z][\w\-]*))\s+-\s+[^\-;]*?\b(?:we|i)\s+"
    r"(?:(?:only|just|really|also)\s+)*(?:need|keep|take|want|record|store|note)\s+"
    r"(?P<list>(?:a|an|the|their|his|her)\s+[^\-;]+?)\s+-(?:\s+(?:and\s+)?(?P<rest>[^;]*))?$"
)
_FOR_WHOM = re.compile(
    # "several aircraft, for which ...": after *several* a word is plural however it ends
    r"(?P<np>\b[a-z][\w\-]*s|(?:(?<=\bseveral\s)|(?<=\bmany\s)|(?<=\bmultiple\s))[a-z][\w\-]*),"
    r"\s+(?:for|about|of)\s+(?:whom|which|them)\s+(?:we|i)\s+"
    r"(?:(?:only|just|really|also)\s+)*(?:need|keep|want|store|record|track|note|take)\s+"
    r"(?P<list>[^;]+?)(?=,\s+(?:and|but|so)\s+(?:i|we)\b|;|$)"
)
_TRACKED_BY = re.compile(
    r"(?P<np>\b[a-z][\w\-]*s),\s+which\s+(?:i|we)\s+(?:track|record|keep|note|list|log|identify|know)"
    r"\s+by\s+(?P<list>[^,;]+?(?:\s+and\s+[^,;]+?)?)(?=\s+(?:because|since|as|so)\b|\s*[,;]|$)"
)


def own_record_with(sentence: str) -> str:
    """``every animal gets its own record with species, morph ...``: *has species, morph ...*;
    ``one of our enclosures, which i track by code and temperature setting``: *...
    enclosures; each enclosure has a code and temperature setting*; ``one of our architects,
    for whom we only need a name and initials``: *... architects; each architect has a name
    and initials*; ``every project is for a client - often a couple, but we just need a name
    and phone - and ...``: *every project is for a client; each client has a name and phone;
    ...*; ``comedians i keep on file
    with a stage name, ...``: *comedians have a stage name, ...*; ``we buy from suppliers
    with a name``: *suppliers have a name*; ``we have forty members and i only need their
    names``: *members have their names*."""
    sentence = _OWN_RECORD_WITH.sub("has ", sentence)
    sentence = _KEPT_AS_OWN_LIST.sub(r"\g<things> have ", sentence)
    sentence = _KEPT_ON_FILE.sub(r"\g<things> have \g<list>", sentence)
    sentence = _DEALT_WITH.sub(r"\g<things> have ", sentence)
    sentence = _WE_HAVE_THEIR.sub(r"\g<things> have ", sentence)
    dashed = _DASHED_NEED.search(sentence)
    if dashed:
        held = f"each {dashed.group('np')} has {dashed.group('list')}"
        rest = f"; {dashed.group('rest')}" if dashed.group("rest") else ""
        sentence = f"{sentence[: dashed.end('before')]}; {held}{rest}"
    whom = _FOR_WHOM.search(sentence)
    if whom:
        np = whom.group("np")
        held = f"each {singular(np)} has {whom.group('list')}"
        sentence = f"{sentence[: whom.start()]}{np}; {held}{sentence[whom.end() :]}"
    tracked = _TRACKED_BY.search(sentence)
    if tracked is None:
        return sentence
    np = tracked.group("np")
    rest = sentence[tracked.end() :]
    rest = re.sub(r"^\s+(?:because|since|as|so)\b[^;]*", "", rest)
    held = f"each {singular(np)} has {tracked.group('list')}"
    return f"{sentence[: tracked.start()]}{np}; {held}{rest}"


_RECORD_PER = re.compile(
    r"\b(?P<record>(?:a|an)\s+[a-z][\w\-]*(?:\s+(?:record|entry|row|line|note|log|sheet))?)\s+per\s+"
    r"(?P<each>[a-z][\w\-]*)\s+(?:saying|showing|noting|stating|recording|with)\s+(?=whether|if|a|an|the)"
)
_SERIES_OF = re.compile(
    r"\b(?:meets|runs|happens|takes place|is run|is held|is taught)\s+(?:as|in|over)\s+(?:a\s+)?"
    r"(?:series|set|block|run|string)\s+of\s+(?P<things>[a-z][\w\-]*s)\b"
)
_RUNS_IN = re.compile(
    r"^(?P<whole>(?:the|our|this|each|every|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:meets|runs|happens|takes place|is run|is held|is played|is split|is divided)\s+"
    r"(?:in|into|over)\s+(?P<things>[a-z][\w\-]*s),\s+each\s+with\s+"
)
"""``every class meets in lessons, each with a date``: several lessons; ``the contest runs in
rounds, each with a number``: the one contest is the business itself, so the rounds are
records with no owner."""
_ORDER_OF = re.compile(
    r"\b(?P<has>has|have)\s+(?:a|an|its|their)\s+(?:running\s+order|line-up|lineup|sequence|string|"
    r"programme|program|rota)\s+of\s+(?P<things>[a-z][\w\-]*s)\b"
)
_LIST_OF_EACH = re.compile(
    r"\b(?P<has>has|have)\s+(?:a|an|its|their)\s+(?:own\s+)?(?:list|set|collection|bank|pool|register)\s+"
    r"of\s+(?P<things>[a-z][\w\-]*s),\s+each\s+(?:(?:stored|kept|recorded|listed|logged|noted|saved|"
    r"entered|written\s+down)\s+)?with\s+"
)
"""``every round has its own list of words, each stored with the word``: several words."""
_HAS_THINGS_EACH = re.compile(
    r"\b(?P<has>has|have|contains?|includes?|holds?)\s+"
    rf"(?=(?:(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s|{PIECES}\s+of\s+[a-z][\w\-]*),"
    r"\s+each\s+with\s)"
    r"(?!(?:a|an|the|several|many|multiple|some|its|their)\s)"
)
"""``each order has lines, each with a quantity``, ``a case can have inquest hearings, each
with ...``, ``a playground contains swings, each with a type``: several lines, several hearings,
several swings, each a record."""
_COVERS_MANY_EACH = re.compile(
    r"\b(?:covers|cover|includes|include|contains|contain|spans|span)\s+"
    r"(?:one\s+or\s+more|several|many|multiple|a\s+number\s+of)\s+"
    r"(?=[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:,?\s+each)?\s+with\s)"
)
"""``a contract covers one or more properties, each with an address``: the properties are
the contract's own, described where they are named."""
_IS_ONE_DOING = re.compile(
    r"(?:^|(?<=[;,]\s)|(?<=\s-\s))(?:a|an|each|every)\s+(?P<thing>[a-z][\w\-]*)\s+is\s+(?:one|a|an)\s+"
    r"(?P<who>[a-z][\w\-]*)\s+(?P<doing>[a-z]+ing)\b(?!\s+(?:(?:in|back|over|along|round|up)\s+)?one\s)"
    r"(?:\s+(?:a|an|the|their|his|her)\s+[a-z][\w\-]*)?"
)
"""``a slot is one comedian doing a set``; one doing to *one* thing meets two records
(``one seller bringing in one grade``, read by ``belongs_to_both``)."""
_LISTS_THE_THINGS = re.compile(
    r"(?:^|(?<=,\s)|(?<=\band\s))(?P<who>(?:each|every|a|an)\s+[a-z][\w\-]*)\s+(?:lists|names|picks|chooses|ticks|selects|gives)\s+"
    r"(?:the|all\s+the|which)\s+(?P<things>[a-z][\w\-]*s)\s+(?:they|he|she|it)\s+"
    r"(?:can|could|would|will|are\s+able\s+to|is\s+able\s+to)\s+(?P<act>[a-z]+)\b"
)
_EACH_ON_A_DATE = re.compile(
    r"(?P<things>\b[a-z][\w\-]*s),\s+each\s+(?:on|at)\s+(?P<when>(?:a|an)\s+(?:[a-z]+\s+)?(?:date|time|day))\b"
)


_PART_OF_WHOLE = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?P<part>(?:every|each)\s+[a-z][\w\-]*)\s+(?P<prep>on|in|of)\s+"
    r"(?P<whole>it|each\s+one|(?:a|an|the|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:names|lists|gives|states|shows|says|records|notes)\s+(?=(?:a|an|the|its|their|which|what|how)\s)"
)


_PART_ON_A = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?P<part>(?:every|each)\s+[a-z][\w\-]*)\s+(?:on|in|of)\s+"
    r"(?P<whole>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>(?!is\b|has\b|was\b|does\b)[a-z]+s)\s+"
    r"(?=(?:to|from|for|with|at|(?:on|in)\s+(?:one|a|an|the)|one|a|an)\b)"
)
"""``every delivery on a round goes to one client``, ``each op on a work order runs on one
machine``: the delivery is the round's, then what it does."""


_FOR_A_TIME_IN = re.compile(
    r"^(?:each|every|a|an|the)\s+(?P<thing>[a-z][\w\-]*)\s+is\s+for\s+"
    r"(?P<when>(?:a|an|one)\s+(?:[a-z]+\s+)?(?:time|date|day|slot))\s+(?:in|at|on|with)\s+"
    r"(?:a\s+specific\s+|a\s+particular\s+|one\s+of\s+our\s+|a\s+|an\s+|one\s+)(?P<place>[a-z][\w\-]*)$"
)


def for_a_time_in(sentence: str) -> str:
    """``the booking is for a start time in a specific bay``: *each booking has a start time;
    each booking belongs to a bay*, when it is and the one place it is in."""

    def plain(clause: str) -> list[str]:
        match = _FOR_A_TIME_IN.match(clause)
        if match is None:
            return [clause]
        thing, place = match.group("thing"), singular(match.group("place"))
        return [f"each {thing} has {match.group('when')}", f"each {thing} belongs to a {place}"]

    return per_clause(sentence, plain)


_WHEN_ACTING_CHOOSE = re.compile(
    r"^when\s+(?P<act>[a-z]+ing)\s+(?:they|customers|people|clients|guests|you)\s+"
    r"(?:choose|pick|select)\s+(?:one\s+of\s+our\s+|one\s+of\s+the\s+|a\s+|an\s+|one\s+)"
    r"(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:,\s+each\s+with\s+(?P<list>.+))?$"
)


def when_acting_choose(sentence: str) -> str:
    """``when booking they choose one of our wash packages, each with a name``: *each wash
    package has a name; each booking has one wash package*."""

    def plain(clause: str) -> list[str]:
        match = _WHEN_ACTING_CHOOSE.match(clause)
        act = act_or_irregular_noun(verb_lemma(match.group("act")) or "") if match else None
        if match is None or not act:
            return [clause]
        *before, last = match.group("things").split()
        thing = " ".join([*before, singular(last)])
        # the chosen things first: then "one wash package" names them, not a role of packages
        made = [f"each {thing} has {match.group('list')}"] if match.group("list") else []
        return [*made, f"each {act} has one {thing}"]

    return per_clause(sentence, plain)


def part_of_whole(sentence: str) -> str:
    """``a purchase order goes ...; every line on it names an item, the quantity``: *every
    line on a purchase order has an item, ...*, the parts of the record the clause before is
    about, each with what it names; ``every delivery on a round goes to one client``: *every
    delivery belongs to a round; every delivery goes to one client*."""

    def has(match: re.Match[str]) -> str:
        whole = match.group("whole")
        if whole in ("it", "each one") or whole.startswith("each one"):
            subject = record_before(sentence, match.start())
            if subject is None:
                return match.group(0)
            whole = f"a {subject}"
        return f"{match.group('lead')}{match.group('part')} {match.group('prep')} {whole} has "

    sentence = _PART_OF_WHOLE.sub(has, sentence)
    return _PART_ON_A.sub(
        lambda m: (
            f"{m.group('lead')}{m.group('part')} belongs to {m.group('whole')};"
            f" {m.group('part')} {m.group('verb')} "
        ),
        sentence,
    )


_TAKES_PART = re.compile(
    r"(?P<lead>^|;\s+)for\s+(?:each|every)\s+(?P<who>[a-z][\w\-]*)\s+(?:that|who|which)\s+"
    r"(?:takes|took|take)\s+part(?:\s+in\s+(?:it|(?:a|an|the|each|every)\s+(?P<event>[a-z][\w\-]*)))?,?\s+"
    r"(?:we|i)\s+(?:write|record|note|log|keep|take|enter)(?:\s+down)?\s+(?P<list>[^;]+?)"
    r"(?:,\s+which\s+[^;]*)?(?=;|$)"
)


_LINE_FOR_EACH = re.compile(
    r"(?P<lead>^|;\s+|,\s+(?:and\s+)?)(?:then\s+)?there\s+is\s+(?:a|one)\s+(?:line|row|entry)\s+for\s+"
    r"(?:each|every)\s+(?P<thing>[a-z][\w\-]*)\s+on\s+(?:it|(?:the|each|every)\s+(?P<whole>[a-z][\w\-]*))"
    r"\s*(?:-|:|,)\s+(?P<list>.+)$"
)


def line_for_each(sentence: str) -> str:
    """``a repair ticket has a total, and then there is a line for each item on it - what it
    is, what needs doing``: *...; each repair ticket has several items with what it is, ...*."""

    def several(match: re.Match[str]) -> str:
        whole = match.group("whole") or record_before(sentence, match.start())
        if whole is None:
            return match.group(0)
        things = plural(match.group("thing"))
        lead = "; " if match.group("lead") else ""
        return f"{lead}each {whole} has several {things} with {match.group('list')}"

    return _LINE_FOR_EACH.sub(several, sentence)


_WHOSE_ON_A = re.compile(
    r"^(?P<head>[a-z][\w\-]*s):\s+(?:each|every|a|an|the)\s+(?P<who>[a-z][\w\-]*)'s\s+"
    r"(?P<what>[a-z][\w\-]*)\s+(?:on|for|about|in)\s+(?:a|an|each|every|the)\s+(?P<on>[a-z][\w\-]*)"
    r"(?P<rest>.*)$"
)
_WHEN_ONE_MISSES = re.compile(
    r"^(?P<head>[a-z][\w\-]*s)\s+when\s+(?:a|an|the)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:can't|cannot|can not|does not|doesn't|won't|will not)\s+(?:make|attend|come\s+to|do)\s+"
    r"(?:a|an|the)\s+(?P<what>[a-z][\w\-]*),?\s+with\s+(?P<list>.+)$"
)


_WHOSE_WE_KEEP = re.compile(
    r"^(?:our\s+|the\s+)?(?P<people>[a-z][\w\-]*s),\s+whose\s+(?P<list>[^,;]+?)\s+(?:we|i)\s+"
    r"(?:keep|record|note|have|store|hold|track|need),\s+(?=[a-z])"
)


_DETAILS_OF_EACH = re.compile(
    r"^(?P<lead>(?:(?:so|and|then)\s+)?(?:we|i)\s+(?:(?:also|only|just|always)\s+)?)"
    r"(?:keep|store|record|hold|note|log|track|take|capture|save)\s+"
    r"(?P<list>(?:the|their)\s+[^;()]+?)\s+(?:of|for)\s+"
    r"(?P<who>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)
_HOLD_WHOSE = re.compile(
    r"^(?P<lead>(?:(?:so|and|then)\s+)?(?:we|i)\s+(?:(?:also|only|just|always)\s+)?)hold\s+"
    r"(?=(?:each|every|a|an|the)\s+[a-z][\w\-]*'s\s)"
)


def details_of_each(sentence: str) -> str:
    """``we store the name and phone of every client``: *for every client we keep the name
    and phone*; ``we hold each landlord's name``: *we keep each landlord's name*; what is kept
    about each of a kind names the kind."""

    def plain(clause: str) -> list[str]:
        clause = _HOLD_WHOSE.sub(r"\g<lead>keep ", clause)
        match = _DETAILS_OF_EACH.match(clause)
        if match is None or not re.search(r",|\sand\s", match["list"]):
            return [clause]
        return [f"for {match['who']} {match['lead']}keep {match['list']}"]

    return per_clause(sentence, plain)


_DONE_BY_WITH_PLACES = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+"
    r"(?:(?P<first>(?:is|are)\s+for\s+(?:a|an|one)\s+[a-z][\w\-]*)\s+and\s+)?"
    r"(?P<done>(?:is|are)\s+[a-z]+\s+by\s+"
    r"(?:one\s+of\s+(?:our|the|their)\s+[a-z][\w\-]*s|(?:a|an|one)\s+[a-z][\w\-]*))"
    r"(?P<phrases>(?:\s+(?:against|on|at|in|for|with|from)\s+(?:a|an)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?){2,})"
    r"(?:,\s+either\s+(?P<one>[a-z][\w\-]*)\s+or\s+(?P<other>[a-z][\w\-]*))?"
    r"(?:,\s+and\s+(?P<rest>(?:we|i)\s+.+))?$"
)
_PLACE_PHRASE = re.compile(
    r"\s+(?:against|on|at|in|for|with|from)\s+(?P<what>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?=\s+(?:against|on|at|in|for|with|from)\s|$)"
)


def done_by_with_places(sentence: str) -> str:
    """``a fixture is played by one of our teams against an opponent on a date, either home
    or away``: *a fixture is played by one of our teams; a fixture has an opponent, a date and
    a home-or-away (home or away)*; the phrases after who does it say what the record holds.
    So ``every visit is for one patient and is done by one of our chiropodists on a visit date
    for a fee``, after whom the visit is for."""

    def plain(match: re.Match[str]) -> list[str] | None:
        held = [m["what"] for m in _PLACE_PHRASE.finditer(match["phrases"])]
        if len(held) < 2:
            return None
        if match["one"]:
            one, other = match["one"], match["other"]
            held.append(f"a {one}-or-{other} ({one} or {other})")
        rest = [match["rest"]] if match["rest"] else []
        listed = f"{', '.join(held[:-1])} and {held[-1]}"
        subject = match["subject"]
        # "every visit is for one patient and is done by ...": whom it is for comes first
        first = [f"{subject} {match['first']}"] if match["first"] else []
        return [*first, f"{subject} {match['done']}", f"{subject} has {listed}", *rest]

    return per_match(sentence, _DONE_BY_WITH_PLACES, plain)


_BELONGS_TO_ONE_WITH = re.compile(
    r"^(?P<link>(?:(?:and|so)\s+)?(?:each|every|a|an)\s+[a-z][\w\-]*\s+"
    # a first predicate before it (*has a registration, and belongs to ...*), as the parse sees
    r"(?P<first>[^;]*?,?\s+and\s+)?(?:belongs\s+to|is\s+in|is\s+part\s+of)"
    # two words for the whole (*an owning company*, *a parent club*), *with* never one of them
    r"\s+(?:a|an|one)\s+(?P<whole>[a-z][\w\-]*(?:\s+(?!with\b)[a-z][\w\-]*)?))\s+with\s+"
    r"(?P<list>(?:a|an|its|their)\s+[^;]+)$"
)


def belongs_to_one_with(sentence: str) -> str:
    """``every player belongs to a team with a name and a coach``: *...; each team has a name
    and a coach*; a list naming what it is called describes the one it belongs to (``every
    vessel belongs to an owning company with a name and a billing email`` alike)."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if not re.search(r"\b(?:name|title)\b", match["list"]):
            return None
        if match["list"].startswith("its ") and match["first"] is None:
            # "each pet belongs to an owner with its name, species ...": the pet's own
            subject = re.sub(r"\s+(?:belongs\s+to|is\s+in|is\s+part\s+of)\s.*$", "", match["link"])
            return [match["link"], f"{subject} has {match['list']}"]
        if match["list"].startswith("its "):
            return None
        return [match["link"], f"each {match['whole']} has {match['list']}"]

    return per_match(sentence, _BELONGS_TO_ONE_WITH, plain)


_PUTS_ONE_IN_A = re.compile(
    r"^(?P<act>(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+"
    # the act is one predicate: *..., is scheduled for ... and ends with a result (...)* is
    # another one's (the record's own ending, read by *ends with a choice*)
    r"(?:puts|places|assigns|sends|pairs|matches|links|seats|books)\s+(?:one|a|an)\s+[^,;]+?)"
    r"\s+(?:in|at|as|with|on)\s+(?P<field>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*"
    r"\([^()]*\bor\b[^()]*\))$"
)


def puts_one_in_a(sentence: str) -> str:
    """``an assignment puts one umpire on one game in a position (plate or base)``: *...; an
    assignment has a position (plate or base)*; the record pairing two others holds the
    valued way it pairs them."""
    return per_match(
        sentence, _PUTS_ONE_IN_A, lambda m: [m["act"], f"{m['subject']} has {m['field']}"]
    )


def whose_we_keep(sentence: str) -> str:
    """``our cuppers, whose names we keep, score each batch``: *cuppers have their names;
    cuppers score each batch*."""
    match = _WHOSE_WE_KEEP.match(sentence)
    if match is None:
        return sentence
    people = match.group("people")
    return f"{people} have their {match.group('list')}; {people} {sentence[match.end() :]}"


def header_of_parties(sentence: str) -> str:
    """``votes: each councillor's position on an item (for, ...)``: *votes: the councillor,
    the item, the position (for, ...)*; ``apologies when a councillor can't make a meeting,
    with a reason``: *apologies: the councillor, the meeting, a reason*; a record of one
    party and one thing."""
    whose = _WHOSE_ON_A.match(sentence)
    if whose:
        return (
            f"{whose.group('head')}: the {whose.group('who')}, the {whose.group('on')}, the"
            f" {whose.group('what')}{whose.group('rest')}"
        )
    misses = _WHEN_ONE_MISSES.match(sentence)
    if misses:
        return (
            f"{misses.group('head')}: the {misses.group('who')}, the {misses.group('what')},"
            f" {misses.group('list')}"
        )
    return sentence


def takes_part(sentence: str) -> str:
    """``a race has a date; for each bird that takes part we write its arrival time``: *each
    race entry has one race, one bird, its arrival time*, a record of one taking part; so is
    ``we enter competitions ..., and every time a team competes we record its score``."""

    sentence = _entries(sentence, _TAKES_PART, ours=False)
    return _entries(sentence, _EVERY_TIME_ONE, ours=True)


def _entries(sentence: str, pattern: re.Pattern[str], *, ours: bool) -> str:
    """Each clause ``pattern`` matches as *each <event> entry has one <event>, one <who>,
    <list>*; the event is named in it or is the record the clause before is about."""

    def entry(match: re.Match[str]) -> str:
        event = match.group("event") or record_before(sentence, match.start(), ours=ours)
        if event is None or " " in event:
            return match.group(0)
        return (
            f"{match.group('lead')}each {event} entry has one {event}, one {match.group('who')},"
            f" {match.group('list')}"
        )

    return pattern.sub(entry, sentence)


_EVERY_TIME_ONE = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:(?:every|each)\s+time|when)\s+(?:a|an|one)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:competes|takes\s+part|enters|races|plays|performs|exhibits|flies|swims|rides)\b"
    r"(?:\s+(?:in|at)\s+(?:a|an|one)\s+(?P<event>[a-z][\w\-]*))?,?\s+(?:we|i)\s+"
    r"(?:record|note|log|write(?:\s+down)?|keep|enter|take)\s+(?P<list>[^;]+?)(?=;|$)"
)


def _runs_in(match: re.Match[str]) -> str:
    whole, things = match.group("whole"), match.group("things")
    if whole.startswith(("the ", "our ", "this ")):
        return f"each {singular(things)} has "
    return f"{whole} has several {things}, each with "


_TAKES_THINGS_DURING = re.compile(
    r"^(?:during|at|on|in)\s+(?:the|each|every|a)\s+(?P<whole>[a-z][\w\-]*),?\s+(?:the|a|an|our|we|i)\s*"
    r"(?:[a-z][\w\-]*\s+)?(?:takes|take|collects|collect|draws|draw|gathers|gather)\s+"
    r"(?P<things>[a-z][\w\-]*s),?\s+(?:noting|recording|logging|with|giving)\s+(?P<list>.+)$"
)


def takes_things_during(sentence: str) -> str:
    """``during the survey the surveyor takes samples, noting where each was taken, ...``:
    *each survey has several samples with where each was taken, ...*."""
    match = _TAKES_THINGS_DURING.match(sentence)
    if match is None:
        return sentence
    return (
        f"each {match.group('whole')} has several {match.group('things')} with"
        f" {match.group('list')}"
    )


def record_per_each(sentence: str) -> str:
    """``at each lesson we keep an attendance record per student saying whether they came``:
    *an attendance record for each student with whether they came*; ``every class meets as a
    series of lessons, each on a date``: *every class has several lessons, each with a date*;
    ``each show has a running order of slots - a slot is one comedian doing a set``: *each
    show has several slots - each slot has one comedian*; ``each member lists the skills they
    can offer``: *each member has several skills*; ``each order has lines, each with a
    quantity``: *has several lines, each with ...*."""
    sentence = _RECORD_PER.sub(r"\g<record> for each \g<each> with ", sentence)
    sentence = _SERIES_OF.sub(r"has several \g<things>", sentence)
    sentence = _RUNS_IN.sub(_runs_in, sentence)
    sentence = _ORDER_OF.sub(r"\g<has> several \g<things>", sentence)
    sentence = _HAS_THINGS_EACH.sub(r"\g<has> several ", sentence)
    sentence = _COVERS_MANY_EACH.sub("has several ", sentence)
    sentence = _LIST_OF_EACH.sub(r"\g<has> several \g<things>, each with ", sentence)
    sentence = _IS_ONE_DOING.sub(r"each \g<thing> has one \g<who>", sentence)
    lists = _LISTS_THE_THINGS.search(sentence)
    if lists and can_be_verb(lists.group("act")):
        several = f"{lists.group('who')} has several {lists.group('things')}"
        sentence = f"{sentence[: lists.start()]}{several}{sentence[lists.end() :]}"
    return _EACH_ON_A_DATE.sub(r"\g<things>, each with \g<when>", sentence)


_HAS_ACCESS = re.compile(r"\b(?:has|have)\s+(?:full\s+|complete\s+)?access\s+to\s+(?=[a-z])")


def access_as_act(sentence: str) -> str:
    """``the principal has access to every case``: *can access every case*, someone's right
    (the readers take *has* for what a record holds)."""
    return _HAS_ACCESS.sub("can access ", sentence)


_ARE_JUST_A = re.compile(
    r"^(?P<np>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+(?:are|is)\s+"
    r"(?:only|just|simply|basically|really\s+just)\s+"
    r"(?P<list>(?:a|an)\s+[^;()]+?(?:,|\s+and\s+(?=(?:a|an|the|their|its)\s))[^;()]*?)"
    r"(?:\s+really)?(?P<rest>,\s+(?:though|but|although|and)\s+.*)?$"
)


_KIND_WITH = re.compile(
    r"^(?:a|an)\s+(?:(?:small|local|big|large)\s+)?(?:business|company|firm|organisation|organization|"
    r"person|individual|household|family|charity|shop)\s+with\s+(?=(?:a|an|the|their|its)\s)"
)
"""What kind of thing a record is (*a business*), said before what it has."""
_EACH_IS_LIST = re.compile(
    r"^(?:(?P<before>.*?),\s+so\s+)?(?P<subject>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    # "each line is a variety (nordmann fir, ... or blue spruce), a height band (...), ...":
    # an item's values in brackets are its own
    r"\s+is\s+(?P<list>(?:a|an|the|its|their)\s+(?:[^;()]|\([^()]*\))*?,\s+[^;]+)$"
)


def _is_field_list(text: str) -> bool:
    """*an amount, the date it was paid and how*: things kept, each named with its article,
    joined by *and* (not values, *a room, a locker or a cage*, nor *a nightmare, honestly*)."""
    plain = outside_brackets(text)
    if " and " not in plain or " or " in plain:
        return False
    items = split_list(plain)
    named = [i for i in items if words(i)[:1] and words(i)[0] in ("a", "an", "the", "how", "when")]
    return len(items) >= 3 and len(named) >= len(items) - 1


def are_just_fields(sentence: str) -> str:
    """``clients are only a name, a phone number and an email really``: what the clients
    have; ``..., so each payment is an amount, the date it was paid and how``: what each
    payment has (a list of values, *a room, a locker or a cage*, is left alone); ``every
    client is a business with a name``: what each client has."""

    def plain(clause: str) -> list[str]:
        each = _EACH_IS_LIST.match(clause)
        # "..., and most have several tanks, so for each tank ...": the next clause is its own
        listed, _, after = each.group("list").partition(", so ") if each else ("", "", "")
        if each is not None and _is_field_list(listed):
            before = (each.group("before") or "").rstrip(" ,")
            # "every client is a business with a name, ...": the kind it is, then its list
            kind = _KIND_WITH.match(listed)
            owned = f"{each.group('subject')} has {listed[kind.end() :] if kind else listed}"
            return [part for part in (before, owned, after) if part]
        match = _ARE_JUST_A.match(clause)
        if match is None or not is_plural(match.group("np").split()[-1]):
            return [clause]
        rest = (match.group("rest") or "").lstrip(", ")
        rest = re.sub(r"^(?:though|but|although|and)\s+", "", rest)
        owned = f"{match.group('np')} have {match.group('list')}"
        return [owned, rest] if rest else [owned]

    return per_clause(sentence, plain)


BUSINESS_NOUNS = word_set(
    "shop store business company studio salon garage workshop firm practice agency clinic cafe "
    "restaurant bar pub farm school club centre center office bakery brewery nursery yard mill "
    "surgery parlour parlor kitchen service co-op cooperative charity lab laboratory loft "
    "league society association guild"
)
_ANYONE_WHO = re.compile(
    r"^(?:anyone|anybody|everyone|everybody|whoever|someone|somebody)\s+(?:who\s+|that\s+)?"
    r"(?P<act>(?!is\b|are\b|who\b|that\b)[a-z].*?)\s+(?:becomes|is|counts as|is registered as|is recorded as|"
    r"gets registered as)\s+(?P<one>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?=\s*(?:,|;|$|\s+and\s))"
)


def anyone_who(sentence: str) -> str:
    """``anyone who comes to us becomes a client, and we note their name``: *a client comes
    to us*; the person is the record the sentence goes on to describe."""
    match = _ANYONE_WHO.match(sentence)
    if match is None:
        return sentence
    return f"{match.group('one')} {match.group('act')}{sentence[match.end() :]}"


_ONE_DOES_IT = re.compile(
    r",\s*(?:and\s+)?(?P<one>one|a single|a|an)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>[a-z]+s)\s+it(?=\s*(?:,|;|$))"
)
_ANTECEDENT = re.compile(r"\b(?:a|an|the|each|every|one)\s+(?P<noun>[a-z][\w\-]*)\b")
_VALUE_WORDS = word_set("date time day price name number address phone email total amount")
_VALUE_NOUNS = word_set(
    "date day time name number amount price cost total note notes status reason description"
)


def one_does_it(sentence: str) -> str:
    """``every client has a case with the date it was opened, one adviser handles it``: *the
    case is handled by one adviser*; *it* is the last record named before, not one of its
    values."""
    match = _ONE_DOES_IT.search(sentence)
    if match is None:
        return sentence
    lemma = verb_lemma(match.group("verb"))
    if lemma is None or lemma == match.group("verb"):
        return sentence
    named = [
        m.group("noun")
        for m in _ANTECEDENT.finditer(sentence[: match.start()])
        if m.group("noun") not in _VALUE_NOUNS
    ]
    if not named:
        return sentence
    done = verb_form(lemma, "VBN")
    clause = f"the {named[-1]} is {done} by {match.group('one')} {match.group('np')}"
    rest = re.sub(r"^and\s+", "", sentence[match.end() :].lstrip(" ,"))
    before = sentence[: match.start()]
    return "; ".join(part for part in (before, clause, rest) if part)


_MARKS_IT_AS = re.compile(
    r"(?:,\s+(?:and\s+)?|;\s+|\s+and\s+|^)(?:(?:a|an|the|our|one)\s+)?(?P<who>[a-z][\w\-]*|i|we)\s+"
    r"(?:then\s+)?(?:ticks|tick|marks|mark|flags|flag|signs|sign)\s+it\s+(?:off\s+)?(?:as\s+)?"
    r"(?P<state>[a-z]+ed|paid|done|seen|ok)(?:\s+(?:when|once|after)\s+[^,;]+)?\s*$"
)


def marks_it_as(sentence: str) -> str:
    """``the pharmacist sends a timesheet with hours, and a coordinator ticks it as approved``:
    *...; the timesheet has approved (yes/no)*; what one ticks a record as is a yes/no of the
    record named before, not a tie to whoever ticks."""
    match = _MARKS_IT_AS.search(sentence)
    if match is None or match.start() == 0:
        return sentence
    before = sentence[: match.start()]
    named = [
        m.group("noun")
        for m in _ANTECEDENT.finditer(before)
        if m.group("noun") not in _VALUE_NOUNS
        and can_be_noun(m.group("noun"))
        # "a due date": *due* only modifies the value after it
        and words(before[m.end() :])[:1] not in [[value] for value in _VALUE_NOUNS]
    ]
    if not named:
        return sentence
    return f"{before}; the {named[-1]} has {match['state']} (yes/no)"


_TIES_ONE_TO_ANOTHER = re.compile(
    rf"^(?P<subject>(?:a|an|each|every|the)\s+{NOUN_PATTERN})\s+"
    r"(?:ties|links|connects|matches|pairs|puts|places)\s+"
    rf"(?:a|an|one|the)\s+(?P<one>{NOUN_PATTERN})\s+(?:to|with|in|into|at)\s+"
    rf"(?:one\s+of\s+(?:our|the|its|their)\s+|a\s+|an\s+|one\s+)(?P<other>{NOUN_PATTERN})"
    r"(?:,?\s+with\s+(?P<list>(?:a|an|the|its|their)\s.+))?$"
)
"""*The rental ties an aircraft to a bay, with a deposit*: the tie's list may follow a comma."""


def ties_one_to_another(sentence: str) -> str:
    """``a test booking ties a vehicle to one of our testers``: *each test booking belongs to
    one vehicle; each test booking belongs to one tester*; what ties two records holds one of
    each, and *... to one seat with a start date and the deposit paid* is the tie's list."""

    def tied(match: re.Match[str]) -> list[str]:
        subject = strip_determiners(match["subject"])
        other = match["other"]
        other = singular(other) if is_plural(other.split()[-1]) else other
        listed = [f"each {subject} has {match['list']}"] if match["list"] else []
        return [*belongs_to_clauses(subject, match["one"], other), *listed]

    return per_match(sentence, _TIES_ONE_TO_ANOTHER, tied)


_WHO_DID_IT_IS_NOTED = re.compile(
    rf"^(?:the|a|an)\s+(?P<who>{NOUN_PATTERN})\s+(?:who|that)\s+[a-z]+\b.*?\s+(?:is|gets|are|get)\s+"
    r"(?:also\s+)?(?:noted|recorded|logged|written|kept|put|entered|shown)\s+(?:down\s+)?"
    rf"(?:on|against|with|for|in)\s+(?:every|each|the|an?)\s+(?P<record>{NOUN_PATTERN})$"
)


def who_did_it_is_noted(sentence: str) -> str:
    """``the staff member who pressed the plates is noted on every order``: *each order
    belongs to one staff member*; whoever did the work, named on the record, is one of the
    people the record points at."""

    def noted(match: re.Match[str]) -> list[str] | None:
        if match["who"].split()[-1] in _VALUE_NOUNS:
            return None
        return belongs_to_clauses(match["record"], match["who"])

    return per_match(sentence, _WHO_DID_IT_IS_NOTED, noted)


_LIST_OF_RECORDS = re.compile(
    rf"\ba\s+list\s+of\s+(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?(?P<np>{NOUN_PATTERN})"
    r"(?:\s+(?:that\s+|who\s+)?(?:we|i)\s+[a-z]+(?:\s+(?:with|for|to|from|at|use))?)?"
    r"\s*\((?P<fields>[^()]+)\)"
)
_EACH_LINKED_TO = re.compile(
    r"\b(?:each|every)\s+(?P<record>[a-z][\w\-]*)\s+(?:is\s+)?(?:linked|tied|attached|connected)\s+"
    rf"(?:to|with)\s+(?:the|a|an|one|its)\s+(?P<other>{NOUN_PATTERN}?)(?=\s+(?:that|which|who)\b|\s*$)"
    r"(?:\s+(?:that|which|who)\s+[^,;]*)?"
)


def list_of_records(sentence: str) -> str:
    """``i'd like a list of the vet practices we work with (name, phone and town) and each pet
    linked to the practice that sent it``: *for each vet practice we keep name, phone and
    town; each pet belongs to one practice*; a list of things with their details is a record
    of them, whoever wants it and whatever they do with them."""
    listed = _LIST_OF_RECORDS.search(sentence)
    if listed is None or not is_plural(listed["np"].split()[-1]):
        return sentence
    fields = listed["fields"].strip()
    if not re.search(r"\b(?:and|or)\b", fields):
        fields = re.sub(r",\s*(?=[^,]+$)", " and ", fields)  # "name, town" ends as a list does
    clauses_said = [f"for each {singular_phrase(listed['np'])} we keep {fields}"]
    rest = sentence[listed.end() :].strip(" ,.")
    linked = _EACH_LINKED_TO.search(sentence, listed.end())
    if linked is not None and linked.end() == len(sentence.rstrip(" ,.")):
        clauses_said += belongs_to_clauses(linked["record"], linked["other"])
    elif rest:
        return sentence  # "... (name, website) and the contacts who work at each": more said
    return "; ".join(clauses_said)


_TRACK_WHEN_DONE = re.compile(
    r"^(?:we|i)\s+(?:also\s+)?(?:keep\s+track\s+of|track|record|note|log|keep\s+a\s+note\s+of)\s+"
    rf"when\s+(?:each|every|the|a|an)\s+(?P<record>{NOUN_PATTERN})\s+(?:was|is|were|are|gets|got)\s+"
    r"(?P<last>(?:last|first|next)\s+)?(?P<done>[a-z]+ed)$"
)


def track_when_done(sentence: str) -> str:
    """``we keep track of when each plot was last inspected``: *each plot has the date it
    was last inspected*; when something was done to a record is one of its dates."""

    return per_match(
        sentence,
        _TRACK_WHEN_DONE,
        lambda m: [f"each {m['record']} has the date it was {m['last'] or ''}{m['done']}"],
    )


_WHEN_SOMEONE = re.compile(
    r"^(?:when|whenever|once|if|each time|every time)\s+"
    r"(?P<who>(?:a|an|each|every|any)\s+[a-z][\w\-]*|someone|somebody|anyone|anybody|people)\s+"
    r"(?P<act>[a-z].*?),?\s+(?:and\s+)?(?P<we>i|we)\s+(?P<verb>take|note|write|ask for|record|log|get|jot)"
    r"(?:\s+down)?\s+their\s"
)
_UNNAMED_PEOPLE = frozenset(["someone", "somebody", "anyone", "anybody", "people"])
_DEALS_FOR_ONE = re.compile(
    r"(?P<verb>books|reserves|hires|rents|orders)"
    r"(?:,?\s+(?:they|he|she)\s+(?:get|gets|pick|picks|choose|chooses|are\s+given|is\s+given))?"
    r"\s+(?:a|an|one)\s+(?P<thing>[a-z][\w\-]*)"
    r"(?:\s+(?:for|on|at|in)\s+(?:a|an|one)\s+(?P<other>[a-z][\w\-]*))?"
)


def when_someone(sentence: str) -> str:
    """``when someone drops stuff off i take their name and phone number``: *a customer drops
    stuff off, i take their name ...*, the people whose details are taken; someone the
    business serves, unnamed, is its customer. ``when someone books a slot we take their name
    and the number of adults``: *each booking is for one slot; each booking has a name and the
    number of adults*, the booking holding what is taken; so does *when somebody books they get
    one bay for one show, and we take their ...*, a booking for the bay and the show."""
    match = _WHEN_SOMEONE.match(sentence)
    if match is None:
        return sentence
    dealt = _DEALS_FOR_ONE.fullmatch(match["act"])
    lemma = verb_lemma(dealt["verb"]) if dealt else None
    act = act_or_irregular_noun(lemma) if lemma else None
    if dealt and act and match["who"] in _UNNAMED_PEOPLE:
        # "when someone books a slot we take their name, ...": the booking holds them
        listed = sentence[match.end() :]
        other = f"each {act} is for one {dealt['other']}; " if dealt["other"] else ""
        return f"each {act} is for one {dealt['thing']}; {other}each {act} has a {listed}"
    who = "a customer" if match.group("who") in _UNNAMED_PEOPLE else match.group("who")
    return f"{who} {match.group('act')}, {sentence[match.start('we') :]}"


_WHEN_SOMEONE_IS_DONE = re.compile(
    r"^(?:when|whenever|each time|every time)\s+(?:someone|somebody|anyone|anybody)\s+"
    r"(?:is|gets)\s+(?P<done>[a-z]+ed|[a-z]+en)\s*,?\s+(?:i|we)\s+"
    r"(?:record|note|log|keep|take|write\s+down|jot\s+down|enter)\s+(?P<listed>.+)$"
)


def when_someone_is_done(sentence: str) -> str:
    """``when someone is buried we record the full name and the date``: *each burial has the
    full name and the date*; what happens to people unnamed is the record of the act."""
    match = _WHEN_SOMEONE_IS_DONE.match(sentence)
    act = act_done(match["done"]) if match else None
    if match is None or act is None:
        return sentence
    return f"each {act} has {match['listed']}"


_GETS_IN_TOUCH = re.compile(
    r"^(?:what\s+happens\s+is\s+|basically\s+|usually\s+|so\s+)?(?P<who>(?:a|an)\s+[a-z][\w\-]*)\s+"
    r"(?:gets\s+in\s+touch|rings(?:\s+up)?|calls|emails|enquires|comes\s+in|walks\s+in|books)"
    r"(?:\s+with\s+us|\s+us)?,?\s+(?:and\s+)?(?:then\s+)?(?:i|we)\s+(?:take|write\s+down|write|note|note\s+down|"
    r"record|log|jot\s+down|get|ask\s+for)\s+(?P<listed>(?:their|his|her)\s+.+)$"
)


def gets_in_touch(sentence: str) -> str:
    """``a couple gets in touch, i write down their names, the wedding date and a phone``:
    *each couple has their names, ...*; who gets in touch is whom the details are of."""
    match = _GETS_IN_TOUCH.match(sentence)
    if match is None:
        return sentence
    who = strip_determiners(match["who"])
    return f"each {who} has {match['listed']}"


_WHEN_THEN_WE = re.compile(
    r"^(?P<when>(?:when|whenever|once|if|each time|every time)\s+(?!i\b|we\b)[^,;]+?)"
    r"\s+(?P<we>we|i)\s+(?P<verb>[a-z]+)\b"
)


_WHEN_THEN_HEADER = re.compile(
    r"^(?:when|whenever|each time|every time|once)\s+[^:;]+?,?\s+"
    r"(?P<header>(?:we|i)\s+(?:log|record|note|keep|write\s+down|fill\s+in|open|make|create|add)\s+"
    r"(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*:.*)$"
)


def when_then_we(sentence: str) -> str:
    """``when a customer rings with a problem we raise a callout ...``: the comma an owner
    leaves out, so the clause that makes the record is read as a clause of its own and the
    condition's *with* is not taken for its field list. ``whenever someone helps someone else
    we log an exchange: the date, ...``: the header alone; the record's list says who."""
    header = _WHEN_THEN_HEADER.match(sentence)
    if header:
        return header.group("header")
    match = _WHEN_THEN_WE.match(sentence)
    if match is None or not can_be_verb(match.group("verb")):
        return sentence
    return f"{match.group('when')}, {sentence[match.start('we') :]}"


_THERE_ARE = re.compile(
    r"(?:^|,\s*(?:and\s+|but\s+)?)(?:on|at|in|for|with)\s+(?:each|every)\s+(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,?\s+"
    r"there\s+(?:are|is|can be|will be)\s+(?:several\s+|some\s+|a few\s+|many\s+|lots of\s+)?"
    r"(?P<things>[a-z][\w\-]*s)\s*,?\s+(?:where|for which|and for each(?:\s+one)?|and for each of them)"
    rf"\s+(?:i|we)\s+(?:{WE_KEEP_VERBS})\s+(?P<list>.+)$"
)


def there_are(sentence: str) -> str:
    """``on each site there are cameras where i need the location, the model ...``: *each site
    has cameras with the location, the model ...*, the things found there and what is kept
    about each."""
    match = _THERE_ARE.search(sentence)
    if match is None:
        return sentence
    owner, things = match.group("owner"), match.group("things")
    kept = f"each {owner} has {things} with {match.group('list')}"
    before = sentence[: match.start()]
    return f"{before}; {kept}" if before else kept


_INSIDE_ARE = re.compile(
    r"^(?:inside|in|within|under|on)\s+(?:each|every)\s+(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s*,?\s+(?:are|sit|come|live)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:several|some|a few|many|lots of|various)\s+)?(?P<things>[a-z][\w\-]*s)\b(?P<rest>.*)$"
)


def inside_each_are(sentence: str) -> str:
    """``inside each section are the classes with a class number and a title``: *each section
    has classes with ...*, the inverted sentence put the usual way round."""

    def plain(clause: str) -> list[str]:
        match = _INSIDE_ARE.match(clause)
        if match is None or not is_plural(match.group("things")):
            return [clause]
        owner, things = match.group("owner"), match.group("things")
        return [f"each {owner} has {things}{match.group('rest')}"]

    return per_clause(sentence, plain)


_SENT_ON = re.compile(
    r"^(?:then\s+|so\s+|and\s+)?(?:i|we)\s+(?:send|assign|dispatch|allocate|put)\s+"
    r"(?:one\s+of\s+(?:my|our|the)\s+|a\s+|an\s+|one\s+)(?P<who>[a-z][\w\-]*)\s+"
    r"(?:to|at|into)\s+(?:a|an|one|the|each|every)\s+(?P<where>[a-z][\w\-]*)\s+(?:on|for)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*)(?:\s*,?\s+using\s+(?:one\s+of\s+)?(?:(?:that|the|their|our|its)\s+"
    r"(?:[a-z][\w\-]*'s\s+)?|a\s+|an\s+)(?P<used>[a-z][\w\-]*))?$"
)


_SENT_ON_FOR = re.compile(
    r"^(?:when\s+[^,;]+,\s+)?(?:i|we)\s+send\s+(?:out\s+)?(?:one\s+of\s+(?:my|our|the)\s+|a\s+|an\s+)"
    r"(?P<who>[a-z][\w\-]*)\s+(?:out\s+)?on\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+(?:for|to)\s+"
    r"(?:that|the|a|an|each|every|one)\s+(?P<where>[a-z][\w\-]*)(?:\s*,?\s+with\s+(?P<list>.+))?$"
)
"""The errand first: *when an alarm goes off we send one of our officers on a callout for that
site, with ...*."""


def sent_on_record(sentence: str) -> str:
    """``then i send one of my shoppers to a store on a visit using one of that client's
    questionnaires``: *each visit belongs to one shopper; ... to one store; each visit uses one
    questionnaire*, the record the sending makes and what it is for; ``we send one of our
    officers on a callout for that site, with the outcome`` also keeps the errand's list. Last
    of the rewrites, so *, recording ...* has become *with ...*."""

    def plain(clause: str) -> list[str]:
        match = _SENT_ON.match(clause) or _SENT_ON_FOR.match(clause)
        record = match.group("record") if match else ""
        if (
            match is None
            or not can_be_noun(record)
            or record in TIME_WORDS
            or record.endswith("day")
        ):
            return [clause]  # "we send a letter to a customer on a monday": when, no record
        found = [
            f"each {record} belongs to one {singular(match.group('who'))}",
            f"each {record} belongs to one {singular(match.group('where'))}",
        ]
        groups = match.groupdict()
        if groups.get("used"):
            found.append(f"each {record} uses one {singular(groups['used'])}")
        if groups.get("list"):
            found.append(f"each {record} has {groups['list']}")
        return found

    return per_clause(sentence, plain)


_EACH_HEADER_CLAUSE = re.compile(
    r"^(?P<subject>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<be>is\s+|are\s+)?(?P<pred>(?:for|from|at|in|on|with)\s+[^:,;]+?)"
    r"(?:,\s+(?P<more>[a-z]+\s+by\s+[^:,;]+))?:\s*(?P<list>[^:;]+)$"
)


def each_header_clause(sentence: str) -> str:
    """``each survey for one client, done by one of our surveyors: site address, fee``: *each
    survey is for one client and is done by one of our surveyors; each survey has site
    address, fee*, a header that says what the record belongs to before its list."""

    def plain(clause: str) -> list[str]:
        match = _EACH_HEADER_CLAUSE.match(clause)
        if match is None:
            return [clause]
        more = match.group("more")
        if more and not is_past_participle(more.split()[0]):
            return [clause]
        subject = match.group("subject")
        said = f"{subject} is {match.group('pred')}" + (f" and is {more}" if more else "")
        return [said, f"{subject} has {match.group('list')}"]

    return per_clause(sentence, plain)


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


_SIDE_OF_THINGS = re.compile(
    r"^(?:oh\s*,?\s*)?(?:and\s+)?(?:for|on)\s+the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"(?:side|part|bit|front)(?:\s+of\s+things)?\s*,?\s+(?=(?:each|every|we|i|all)\b)"
)


def without_side_of_things(sentence: str) -> str:
    """``oh, and for the legal side every specimen needs ...``: which part of the business the
    sentence is about, not a record."""
    return _SIDE_OF_THINGS.sub("", sentence)


_EACH_NEEDS = re.compile(
    r"(?P<subject>(?:^|;\s*|,\s*(?:and\s+)?)(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    # "each stove on display needs ...": a state the record is in, as after *has*
    r"(?:\s+(?:on|in)\s+(?!(?:a|an|the|each|every|one|our|their|its)\b)[a-z][\w\-]*)?)\s+"
    r"(?:needs|requires)\s+(?=(?:a|an|the|its|their)\s)"
)
# "a property just needs an address and the monthly rent": *just* says the list is short, so
# the clause is what one record keeps (without *just*, "a customer needs a login ..." is not)
_ONE_JUST_NEEDS = re.compile(
    r"(?P<subject>(?:^|;\s*)(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:just|only)\s+"
    r"needs\s+(?=(?:a|an|the|its|their)\s)"
)


def each_needs(sentence: str) -> str:
    """``every specimen needs a yes/no for ... plus a permit number``, ``a property just needs
    an address``: what each record has."""
    return _ONE_JUST_NEEDS.sub(r"\g<subject> has ", _EACH_NEEDS.sub(r"\g<subject> has ", sentence))


_BROKEN_INTO = re.compile(
    r"(?:\b(?P<whole>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|gets)|"
    # *timesheets are made up of lines*: the plural, as the opening of a clause
    r"(?:^|(?<=;\s))(?:the\s+)?(?P<wholes>[a-z][\w\-]*s)\s+(?:are|get))\s+"
    r"(?:broken(?:\s+down)?|split(?:\s+up)?|divided(?:\s+up)?|made\s+up)\s+(?:into|of)\s+"
    r"(?P<many>several\s+|many\s+|multiple\s+)?"
    r"(?=(?:(?!(?:two|three|four|five|six|seven|eight|nine|ten)\b)[a-z][\w\-]*\s+)?[a-z][\w\-]*s\b)"
)
_PARTS_WITH = re.compile(
    # *lines, one per vessel, with ...*: each part is for one of another record
    r"(?P<parts>[a-z][\w\-]*)(?:,\s+one\s+(?:per|for\s+each)\s+(?P<per>[a-z][\w\-]*))?"
    r",?\s+(?:each\s+)?(?:with|giving|showing|listing|recording|stating)\s+"
)
_FROM_OUR_LIST = re.compile(
    r"\b(?P<one>one|a|an)\s+(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:from|off|on)\s+(?:our|the|my)\s+"
    r"(?:[a-z][\w\-]*\s+)?(?:list|range|catalogue|catalog|menu|stock|books)\b"
)


def broken_into(sentence: str) -> str:
    """``a quote is broken down into rooms (name, ...)``: *a quote has several rooms (...)*; ``one
    paint from our paint list, which has a brand``: *one paint, which has a brand*, and *picks
    several activities off our list*: *picks several activities*, the list being where the
    records are kept, not a record."""
    whole = _BROKEN_INTO.search(sentence)
    wholes = whole["wholes"] if whole else None
    if wholes is not None and (not is_plural(wholes) or not can_be_noun(singular(wholes))):
        whole = None  # "progress is made up of ...": no record counted
    if whole is not None:
        # the parts a whole is made of are records of their own, not a count of them, and
        # what follows *with* is each part's list, not the whole's
        named = f"each {singular(wholes)}" if wholes else whole["whole"]
        listed = _PARTS_WITH.match(sentence, whole.end())
        if listed is not None and not whole["many"] and is_plural(listed["parts"]):
            things = listed["parts"]
            per = listed["per"]
            # "lines, one per vessel, ...": each line is for one vessel
            each_for = (
                f"each {singular(things)} is for one {per}; "
                if per and can_be_noun(per) and not is_plural(per)
                else ""
            )
            sentence = (
                f"{sentence[: whole.start()]}{named} has several {things}; {each_for}"
                f"each {singular(things)} has {sentence[listed.end() :]}"
            )
        else:
            said = f"{named} has {whole['many'] or 'several '}"
            sentence = sentence[: whole.start()] + said + sentence[whole.end() :]

    def plain(match: re.Match[str]) -> str:
        last = match["thing"].split()[-1]
        if is_past_participle(last) or not can_be_noun(last):
            return match.group(0)  # "a leader picked from our guide list": a pick, read apart
        return f"{match['one']} {match['thing']}"

    return _MANY_FROM_OUR_LIST.sub(r"\g<things>", _FROM_OUR_LIST.sub(plain, sentence))


_MANY_FROM_OUR_LIST = re.compile(
    r"\b(?P<things>(?:several|many|some|multiple|a\s+few)\s+[a-z][\w\-]*s)\s+(?:from|off)\s+"
    r"(?:our|the|my)\s+(?:[a-z][\w\-]*\s+)?(?:list|range|catalogue|catalog|menu)\b"
)
"""*each visit picks several activities off our list*: several activities, kept on their own."""


_GETS_A_RECORD = re.compile(
    r"^(?:(?P<lead>.+?),\s+and\s+)?(?:every|each)\s+(?P<who>[a-z][\w\-]*)\s+(?:who|that)\s+"
    r"(?:[a-z]+\s+){1,3}?gets\s+(?:a|an|one)\s+(?P<record>[a-z][\w\-]*)\s+(?:for|in|on|from)\s+"
    r"(?:that|the|each|every|their|this)\s+(?P<what>[a-z][\w\-]*)\s+"
    r"(?:showing|with|recording|listing|giving)\s+(?P<list>.+)$"
)


_GETS_ITS_RECORD = re.compile(
    r"^(?:a|an|each|every)\s+(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:gets|is\s+given)\s+"
    r"(?:a|an|its\s+own)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+for\s+(?:one|a|an)\s+(?P<kind>[a-z][\w\-]*)\s*(?P<values>\([^()]*\)))?\s+with\s+"
    r"(?P<list>(?:a|an|the|its|what|how|when|whether|my|our)\s+[^;]+?)"
    r"(?:,\s+and\s+(?P<rest>(?:the|it|then)\s+.*))?$"
)


def _gets_its_record(match: re.Match[str]) -> list[str]:
    """``a site gets a treatment plan for one species (knotweed, bamboo) with a start date
    and a price, and the plan moves ...``: *each treatment plan belongs to one site; each
    treatment plan has a species (knotweed, bamboo), a start date and a price; ...*."""
    record = match.group("record")
    kind = f"a {match.group('kind')} {match.group('values')}, " if match.group("kind") else ""
    rest = [match.group("rest")] if match.group("rest") else []
    return [
        f"each {record} belongs to one {match.group('owner')}",
        f"each {record} has {kind}{match.group('list')}",
        *rest,
    ]


def gets_a_record(sentence: str) -> str:
    """``every driver who takes part gets a result for that session showing their best lap
    and their finishing position``: *each result belongs to one driver; ... to one session;
    each result has their best lap and ...*, the record each one gets and what it shows."""

    def plain(clause: str) -> list[str]:
        its_own = _GETS_ITS_RECORD.match(clause)
        if its_own is not None and can_be_noun(its_own.group("record").split()[-1]):
            return _gets_its_record(its_own)
        match = _GETS_A_RECORD.match(clause)
        if match is None or not can_be_noun(match.group("record")):
            return [clause]
        record, who, what = match.group("record"), match.group("who"), match.group("what")
        found = [
            f"each {record} belongs to one {who}",
            f"each {record} belongs to one {what}",
            f"each {record} has {match.group('list')}",
        ]
        return ([match.group("lead")] if match.group("lead") else []) + found

    return per_clause(sentence, plain)


_NUMBERED_THINGS = re.compile(
    r"^(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?(?P<things>[a-z][\w\-]*s)\s+are\s+(?:all\s+)?"
    r"(?P<how>numbered|named)(?:\s*,?\s*and\s+(?:i|we)\s+(?:also\s+)?"
    rf"(?:{WE_KEEP_VERBS})\s+(?:each\s+one's|their)\s+(?P<list>.+))?$"
)


def numbered_things(sentence: str) -> str:
    """``the karts are numbered and we note each one's engine size in cc``: *each kart has a
    number; each kart has engine size in cc*."""

    def plain(clause: str) -> list[str]:
        match = _NUMBERED_THINGS.match(clause)
        if match is None or not is_plural(match.group("things")):
            return [clause]
        one = singular(match.group("things"))
        name = "number" if match.group("how") == "numbered" else "name"
        listed = [f"each {one} has {match.group('list')}"] if match.group("list") else []
        return [f"each {one} has a {name}", *listed]

    return per_clause(sentence, plain)


_FIRST_THING = re.compile(
    r"^(?:so\s+)?(?:the\s+)?(?:first|main|next|other)\s+thing\s+(?:i|we)\s+(?:need|want|keep)\s+(?:is|are)\s+"
    r"(?:our\s+|the\s+|my\s+)?(?P<things>[a-z][\w\-]*s)\s*(?:-|:)\s*(?P<list>.+)$"
)
_THERE_ARE_THOSE = re.compile(
    r"^(?:then\s+|and\s+)?there\s+(?:are|is)\s+(?:the\s+|our\s+)?(?P<things>[a-z][\w\-]*s)\b"
    r"[^,;]*(?:,\s*[^,;]+)?,\s*and\s+for\s+(?:those|them|these|each|every|(?:each|every)\s+one|(?:each|every\s+one)\s+of\s+them)\s+"
    rf"(?:i|we)\s+(?:would\s+|'d\s+|also\s+)?(?:{WE_KEEP_VERBS})\s+(?P<list>.+)$"
)


_THE_OTHER_ONE = re.compile(
    r"^(?:[a-z][\w\-]*\s+){0,1}[a-z][\w\-]*(?:'s|\s+is|\s+are)\s+(?:also\s+)?the\s+(?:[a-z]+\s+){0,3}?"
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


_BOOKED_ONTO_ONE = re.compile(
    r"\b(?:is|are|gets|get)\s+(?:booked|assigned|allocated|put|placed|enrolled|registered)\s+"
    r"(?:on|onto|into|in|for|to)\s+(?=(?:one|exactly\s+one)\s+(?!of\b)[a-z])"
)
_EACH_NEW = re.compile(r"\b(?P<each>each|every)\s+new\s+(?=[a-z][\w\-]*\b)")
_EACH_HELD = re.compile(
    r",\s*each\s+(?:held|run|taking\s+place|happening)\s+(?:on|at|in)\s+(?P<a>(?:a|an|the)\s+[a-z]+)"
    r"\s+(?:at|in|on)\s+(?P<b>(?:a|an|the)\s+[a-z]+)(?:\s+with\s+(?P<rest>[^;]+))?"
)


def booked_onto_one(sentence: str) -> str:
    """``every new citizen is booked onto one ceremony``: *every citizen belongs to one
    ceremony*; ``ceremonies, each held on a date at a venue with a maximum``: *ceremonies, each
    with a date, a venue and a maximum*."""
    sentence = _EACH_NEW.sub(r"\g<each> ", sentence)
    sentence = _BOOKED_ONTO_ONE.sub("belongs to ", sentence)

    def held(match: re.Match[str]) -> str:
        rest = match.group("rest")
        said = f"{match.group('a')}, {match.group('b')}" if rest else match.group("a")
        last = f" and {rest}" if rest else f" and {match.group('b')}"
        return f", each with {said}{last}"

    return _EACH_HELD.sub(held, sentence)


_THEN_THEIRS = re.compile(
    r"^(?P<first>(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:belongs|is|has|gets|goes)\b[^;]+);\s*"
    rf"(?:we|i)\s+(?:only\s+|just\s+|also\s+)?(?:{WE_KEEP_VERBS})\s+(?:their|its|his|her)\s+(?P<list>.+)$"
)
_THE_BODY_RUNS = re.compile(
    r"^the\s+(?:[a-z][\w\-]*\s+)?(?:office|council|club|society|trust|charity|service|team|"
    r"department|library|museum|hospital|school)\s+(?:runs|holds|organises|organizes|hosts|puts on)\s+"
)


def then_theirs(sentence: str) -> str:
    """``every citizen belongs to one ceremony; we take their full name, ...``: *...; each
    citizen has full name, ...*, *their* the subject said just before, not its ceremony; and
    ``the register office runs ceremonies``: *we run ceremonies*, the writer's own body."""
    sentence = _THE_BODY_RUNS.sub("we run ", sentence)
    match = _THEN_THEIRS.match(sentence)
    if match is None or is_plural(match.group("one")):
        return sentence
    return f"{match.group('first')}; each {match.group('one')} has {match.group('list')}"


_WHICH_HAVE_THEN_ACT = re.compile(
    r"^(?P<xs>(?:the\s+|our\s+)?[a-z][\w\-]*s),\s+(?:which|who)\s+(?:have|all\s+have)\s+"
    r"(?P<list>[^,;:()]+?(?:\s+and\s+[^,;:()]+)?),\s+(?P<verb>[a-z]+)\s+(?P<rest>.+)$"
)


def which_have_then_act(sentence: str) -> str:
    """``wards, which have a name and a phone extension, raise porter requests: ...``:
    *wards have a name and a phone extension; wards raise porter requests: ...*."""
    match = _WHICH_HAVE_THEN_ACT.match(sentence)
    if match is None:
        return sentence
    xs, verb = match.group("xs"), match.group("verb")
    if not is_plural(xs.split()[-1]) or verb_lemma(verb) != verb or not can_be_verb(verb):
        return sentence
    return f"{xs} have {match.group('list')}; {xs} {verb} {match.group('rest')}"


_RAISED_AS = re.compile(
    r"^(?:all\s+)?(?:work|everything|each\s+request|each\s+order|an\s+order|a\s+request|it)\s+"
    r"(?:is|gets)\s+(?:raised|logged|recorded|booked|opened|entered|taken)\s+as\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+(?:against|for|on)\s+(?:a|an|one|the)\s+(?P<owner>[a-z][\w\-]*)"
    r"\s*(?::|,\s*with)\s*(?P<list>.+)$"
)


def raised_as(sentence: str) -> str:
    """``work is raised as a job against a boat: a job type, a quoted price, ...``: *each job
    belongs to one boat; each job has a job type, ...*."""
    match = _RAISED_AS.match(sentence)
    if match is None or not can_be_noun(match.group("record")):
        return sentence
    record = match.group("record")
    return (
        f"each {record} belongs to one {match.group('owner')}; "
        f"each {record} has {match.group('list')}"
    )


_EACH_WE_VERB = re.compile(
    r"\b(?P<head>(?:each|every)\s+[a-z][\w\-]*)\s+(?:we|i|they)\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:after|in|on|for|up|out|over|with))?\s+(?=(?:belongs|has|is|comes|gets|goes)\b)"
)
_PRODUCES_A = re.compile(
    r"\b(?:the|each|every)\s+(?:finished|completed|closed|done)\s+(?P<job>[a-z][\w\-]*)\s+"
    r"(?:produces|generates|results in|ends with|gives)\s+(?:a|an|one)\s+(?P<made>[a-z][\w\-]*)\s+with\s+"
)
_OPEN_RECORDING = re.compile(
    r"\b(?P<open>(?:we|i)\s+(?:open|start|create|raise|log)\s+(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+(?:recording|noting|listing|showing|holding)\s+"
)


def each_we_look_after(sentence: str) -> str:
    """``each instrument we look after belongs to a customer``: *each instrument belongs to a
    customer*; ``we open a calibration job recording the date received``: *... with the date
    received*; ``the finished job produces a certificate with ...``: *each certificate belongs
    to one job and has ...*."""

    def plain(match: re.Match[str]) -> str:
        verb = match.group("verb")
        return f"{match.group('head')} " if can_be_verb(verb) else match.group(0)

    sentence = _EACH_WE_VERB.sub(plain, sentence)
    sentence = _OPEN_RECORDING.sub(lambda m: f"{m.group('open')} with ", sentence)
    return _PRODUCES_A.sub(
        lambda m: f"each {m.group('made')} belongs to one {m.group('job')} and has ", sentence
    )


_ACT_AND_FILL_IN = re.compile(
    r"^(?:our\s+|the\s+)?(?P<people>[a-z][\w\-]*s)\s+(?P<verb>[a-z]+)\s+(?P<things>[a-z][\w\-]*s)\s+"
    r"and\s+(?:fill\s+in|fill\s+out|record|note|log|write\s+down|jot\s+down)\s+(?P<list>[^;]+)$"
)


def act_and_fill_in(sentence: str) -> str:
    """``our technicians visit pools and fill in the date, the chlorine reading, ...``: *each
    visit belongs to one technician; ... to one pool; each visit has the date, ...*, the act
    named as the record its list describes."""

    def plain(clause: str) -> list[str]:
        match = _ACT_AND_FILL_IN.match(clause)
        if match is None:
            return [clause]
        people, verb, things = match.group("people"), match.group("verb"), match.group("things")
        if verb_lemma(verb) != verb or not can_be_verb(verb):
            return [clause]
        # "visit" is its own act's noun; "borrow" is a borrowing
        act = verb if "NOUN" in parts_of_speech(verb) else act_noun(verb)
        listed = match.group("list")
        if act is None or not (is_plural(people) and is_plural(things)) or "," not in listed:
            return [clause]
        return [
            f"each {act} belongs to one {singular(people)}",
            f"each {act} belongs to one {singular(things)}",
            f"each {act} has {match.group('list')}",
        ]

    return per_clause(sentence, plain)


def kind_they_want(sentence: str) -> str:
    """``the kind of mount they want (full body, ...)``: *the mount type*, the choice named
    by what it is a kind of."""
    return _KIND_THEY_WANT.sub(lambda m: f"the {m.group('thing')} type", sentence)


_SHARED_BY_MANY = re.compile(
    r"(?:^|,\s*(?:and\s+)?|\band\s+)the\s+same\s+(?P<one>[a-z][\w\-]*)\s+(?:is|can be|may be|gets|is often)\s+"
    r"(?:shared\s+(?:by|between|among)|held\s+by|had\s+by)\s+(?:many|several|lots of|multiple|different)\s+"
    r"(?P<many>[a-z][\w\-]*s)\s*$"
)


def shared_by_many(sentence: str) -> str:
    """``performers have skills, and the same skill is shared by many performers``: *each skill
    has many performers and each performer has many skills*, both sides said the way the
    many-to-many readers know."""
    match = _SHARED_BY_MANY.search(sentence)
    if match is None or not is_plural(match.group("many")):
        return sentence
    one, many = match.group("one"), match.group("many")
    both = f"each {one} has many {many} and each {singular(many)} has many {plural(one)}"
    before = sentence[: match.start()].rstrip(" ,")
    return f"{before}; {both}" if before else both


_FOR_EACH_OF_THEIRS = re.compile(
    r"(?:^|(?<=,\s)|(?<=;\s)|(?<=\band\s))for\s+(?:each|every)\s+(?:one\s+)?of\s+(?:their|its|his|her)\s+"
    r"(?P<things>[a-z][\w\-]*s)\b(?=,?\s+(?:we|i)\s)"
)


def for_each_of_theirs(sentence: str) -> str:
    """``customers have a name, and for each of their appliances we keep the kind``: *...,
    and each appliance belongs to one customer; for each appliance we keep the kind*, the
    things of the record the clause before opened with."""

    def plain(match: re.Match[str]) -> str:
        thing = singular(match.group("things"))
        before = re.sub(r"(?:[,;]\s*)?(?:and\s+)?$", "", sentence[: match.start()])
        owner = record_before(before, len(before))
        if not owner or not can_be_noun(owner.split()[-1]):
            return f"for each {thing}"
        return f"each {thing} belongs to one {singular_phrase(owner)}; for each {thing}"

    return _FOR_EACH_OF_THEIRS.sub(plain, sentence)


_ONE_OF_THEIRS_KEEPS = re.compile(
    r"(?P<lead>,\s+(?:and|but|while)\s+|;\s+)(?:a|an|each|every)\s+(?P<thing>[a-z][\w\-]*)\s+of\s+"
    r"(?:their|his|her)\s+(?P<theirs>[a-z][\w\-]*)\s+(?=(?:records|has|lists|notes|logs|keeps|holds|"
    r"shows|includes|gives|captures)\s)"
)


def one_of_theirs_keeps(sentence: str) -> str:
    """``for each customer we keep a name, and a survey of their home records the date``: *...;
    each survey belongs to one customer; a survey records the date*, a record of the one the
    clause before was about, in a clause of its own."""
    match = _ONE_OF_THEIRS_KEEPS.search(sentence)
    if match is None or is_plural(match.group("theirs")) or not can_be_noun(match.group("thing")):
        return sentence
    before = sentence[: match.start()]
    owner = record_before(before, len(before))
    if not owner or not can_be_noun(owner.split()[-1]):
        return sentence
    thing = match.group("thing")
    rest = sentence[match.end() :]
    return f"{before}; each {thing} belongs to one {singular_phrase(owner)}; a {thing} {rest}"


_FOR_WHOM_WE = re.compile(
    r"\b(?:one|a|an|each|every)\s+(?P<whom>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,?\s+"
    r"(?:for|of|about)\s+(?:whom|which)\s+(?P<we>we|i)\s+(?=[a-z]+\s+(?:a|an|the|their|its)\s)"
)


def for_whom_we(sentence: str) -> str:
    """``it is bought from one supplier, for whom we keep a company name, ...``: *... one
    supplier; for each supplier we keep a company name, ...*, the list of the one named."""

    def plain(match: re.Match[str]) -> str:
        whom = match.group("whom")
        if not can_be_noun(whom.split()[-1]):
            return match.group(0)
        head = match.group(0)[: match.start("whom") - match.start()]
        return f"{head}{whom}; for each {whom} {match.group('we')} "

    return _FOR_WHOM_WE.sub(plain, sentence)


_ONE_DOING_MANY_WITH = re.compile(
    r"\b(?P<det>a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<doing>[a-z]+ing)\s+"
    r"(?:several|many|multiple)\s+(?P<things>[a-z][\w\-]*s)\s*,\s*with\s+(?P<list>[^;]+)$"
)


def one_doing_many_with(sentence: str) -> str:
    """``a grazier signs a grazing licence covering several fields, with a start date, ...``:
    *... signs a grazing licence; each grazing licence covers several fields; each grazing
    licence has a start date, ...*, the list of the record that does the covering."""
    match = _ONE_DOING_MANY_WITH.search(sentence)
    if match is None:
        return sentence
    lemma = verb_lemma(match.group("doing"))
    record = match.group("record")
    if lemma is None or not can_be_noun(record.split()[-1]):
        return sentence
    does = verb_form(lemma, "VBZ")
    return (
        f"{sentence[: match.start()]}{match.group('det')} {record}; each {record} {does} several"
        f" {match.group('things')}; each {record} has {match.group('list')}"
    )


_NOT_TIED = re.compile(
    r"^[a-z][\w\- ]*?\s+(?:are|is)\s+not\s+(?:tied|linked|attached|limited|restricted|fixed|bound)\s+"
    r"to\s+(?:one|a|an|a\s+single|just\s+one)\s+[a-z][\w\-]*(?:\s+\([^()]*\))?\s*,?\s*(?:so\s+|and\s+)?"
)


def without_denied_tie(sentence: str) -> str:
    """``members are not tied to one team, so any member can be in several teams``: *any
    member can be in several teams*; what a record is not tied to links nothing."""
    return _NOT_TIED.sub("", sentence, count=1)


_EACH_ACTS_THEN_LIST = re.compile(
    r"^(?:(?:then|and|so|now)\s+)?(?P<each>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>[a-z]+s)\s+(?P<how>[a-z]+)\b[^:;,]*:\s*(?P<list>[^:;]+)$"
)


def each_acts_then_list(sentence: str) -> str:
    """``then every job goes in on its own: the client, the event date``: *every job has the
    client, the event date*, the list after a header that says how each record is kept."""
    match = _EACH_ACTS_THEN_LIST.match(sentence)
    if match is None or verb_lemma(match.group("verb")) in (None, match.group("verb")):
        return sentence
    if match.group("verb") in ("has", "is", "does") or "," not in match.group("list"):
        return sentence
    how = match.group("how")
    if how not in PREPOSITIONS and how not in ("in", "down", "up", "out") and not is_adverb(how):
        return sentence  # "each quote lists window items: room, width": the items' list
    return f"{match.group('each')} has {match.group('list')}"


_IS_ONE_WITH = re.compile(
    r"^(?P<each>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+(?:a|an)\s+"
    r"(?P<kind>[a-z][\w\-]*)\s+with\s+(?=(?:a|an|the|their|its)\s)"
)


def is_one_with(sentence: str) -> str:
    """``each farm is a client with a name, a cph number``: *each farm has a name, ...*; what
    the record counts as is no record of its own."""
    match = _IS_ONE_WITH.match(sentence)
    if match is None or not can_be_noun(match.group("kind")):
        return sentence
    return f"{match.group('each')} has {sentence[match.end() :]}"


_KEPT_EACH_TIME = re.compile(
    r"^(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<verb>takes?|records?|logs?|keeps?|opens?|makes?)\s+"
    r"(?:an?\s+)?(?P<record>[a-z][\w\-]*)\s+(?:(?:every|each)\s+(?:day|time)|whenever)\s+"
    r"(?:a|an|the)\s+(?P<whose>[a-z][\w\-]*)\s+(?P<act>[a-z]+s)(?:\s+(?:in|back|round|over|by))?"
    r"\s*,\s*(?P<rest>.+)$"
)


def kept_each_time(sentence: str) -> str:
    """``staff take attendance every day a member comes in, noting the date``: *staff take an
    attendance, noting the date; each attendance is for one member*, one record each time
    someone acts, and whose it is."""

    def plain(clause: str) -> list[str]:
        match = _KEPT_EACH_TIME.match(clause)
        if match is None or not can_be_noun(match.group("record")):
            return [clause]
        record, whose = match.group("record"), match.group("whose")
        if verb_lemma(match.group("act")) in (None, match.group("act")) or not can_be_noun(whose):
            return [clause]
        article = "an" if record[0] in "aeiou" else "a"
        return [
            f"{match.group('who')} {match.group('verb')} {article} {record}, {match.group('rest')}",
            f"each {record} is for one {whose}",
        ]

    return per_clause(sentence, plain)


_MANY_OF_THE_OTHER = re.compile(
    r"\b(?P<a>(?:a|an|each|every|one)\s+(?P<one>[a-z][\w\-]*))\s+(?:has|have|gets|can\s+have)\s+"
    r"(?P<much>many|several|lots\s+of|multiple)\s+(?P<role>[a-z][\w\-]*s)\s*,?\s+and\s+"
    r"(?P<b>(?:each|every|a|an|one)\s+(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))\s+"
    r"(?P<act>[a-z]+s\s+(?:(?:to|in|at|on|into|for)\s+)?(?:many|several|lots\s+of|multiple)\s+)"
    r"(?P<ones>[a-z][\w\-]*s)\b"
)


def many_of_the_other(sentence: str) -> str:
    """``a session has many attendees and each young person comes to many sessions``: the
    attendees are the young people, named by the part they play (*a session has many young
    people*), so both sides speak of the same two records."""

    def plain(match: re.Match[str]) -> str:
        one, other = match.group("one"), match.group("other").split()
        if singular(match.group("ones")) != one or singular(match.group("role")) == other[-1]:
            return match.group(0)
        others = " ".join([*other[:-1], "people" if other[-1] == "person" else plural(other[-1])])
        return (
            f"{match.group('a')} has {match.group('much')} {others} and {match.group('b')}"
            f" {match.group('act')}{match.group('ones')}"
        )

    return _MANY_OF_THE_OTHER.sub(plain, sentence)


_THROUGH_RECORDS = re.compile(
    r"^(?:we|i)\s+(?:[a-z]+\s+)?(?P<verb>[a-z]+)\s+(?P<x>[a-z][\w\-]*s)\s+"
    r"(?:(?:forward|up|out|in|on|off)\s+)?(?:for|to|into|onto|on|with|against)\s+"
    r"(?P<y>[a-z][\w\-]*s)\s+(?:through|via|by way of|using|by means of)\s+(?P<z>[a-z][\w\-]*s)\b"
    r"(?:\s*,?\s*(?:which|that)\s+(?P<rest>.+))?$"
)


def through_records(sentence: str) -> str:
    """``we put performers forward for parts through submissions, which go from submitted to
    ...``: *each submission is for one performer and one part; submissions go from ...*, the
    records the act is done through, each tying one of either side."""

    def plain(clause: str) -> list[str]:
        match = _THROUGH_RECORDS.match(clause)
        if match is None or not can_be_verb(match.group("verb")):
            return [clause]
        x, y, z = (match.group(g) for g in ("x", "y", "z"))
        if not all(is_plural(w) for w in (x, y, z)):
            return [clause]
        tied = f"each {singular(z)} is for one {singular(x)} and one {singular(y)}"
        rest = match.group("rest")
        return [tied, f"{z} {rest}"] if rest else [tied]

    return per_clause(sentence, plain)


_PLACED_THINGS_DONE = re.compile(
    r"(?P<lead>^|,\s*(?:and\s+)?|\band\s+)(?:the\s+)?(?P<things>[a-z][\w\-]*s)\s+"
    r"(?P<where>(?:in|on|at|for)\s+(?:each|every)\s+[a-z][\w\-]*)\s+(?P<done>(?:are|get)\s+[a-z]+ed)\s+"
    r"(?=with\s)"
)


def placed_things_done(sentence: str) -> str:
    """``the households in each zone are registered with an address``: *households are
    registered in each zone with an address*, the passive the readers of placed records know."""

    def moved(match: re.Match[str]) -> str:
        if not is_plural(match.group("things")) or not is_past_participle(
            match.group("done").split()[-1]
        ):
            return match.group(0)
        things, where, done = (match.group(g) for g in ("things", "where", "done"))
        return f"{match.group('lead')}{things} {done} {where} "

    return _PLACED_THINGS_DONE.sub(moved, sentence)


_WHICH_HAS = re.compile(
    r"^(?P<before>.*\b(?:a|an|one|the|then|several|some|a few|many)\s+"
    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))(?P<own>\s+of\s+(?:their|its|his|her|our)\s+own)?"
    r",\s*which\s+(?:(?:is|are)\s+(?:really\s+)?(?:just|only|simply)|has|have|holds|carries|comes with|"
    r"(?P<telling>lists|records|shows|includes|gives))\s+"
    r"(?P<list>(?:a|an|the|its|their)\s.+)$"
)
"""*..., which has a name*; *..., which lists the make, model, ...* tells a list, where a list
of one may be records (*which lists the parts*)."""


_MAIN_SUBJECT = re.compile(
    r"^(?P<subject>(?:each|every|a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|are|was|gets|get)\s"
)
_SUBJECT_GOES_ON = re.compile(r",\s+and\s+(?=(?P<verb>[a-z]+)\s+(?P<next>[a-z]+))")
_AFTER_A_VERB = word_set("from to into through a an the its their")


def _subject_goes_on(before: str, listed: str) -> tuple[str, str | None]:
    """``each report is handed to a crew, which has a name, and goes from reported to ...``:
    the relative clause's list, and the report's own predicate after it (a verb after the
    comma's *and*, not one more item)."""
    subject = _MAIN_SUBJECT.match(before)
    goes_on = _SUBJECT_GOES_ON.search(listed)
    if subject is None or goes_on is None:
        return listed, None
    verb = goes_on["verb"]
    if not (verb.endswith("s") and verb_lemma(verb) not in (None, verb)):
        return listed, None
    if can_be_noun(verb) and goes_on["next"] not in _AFTER_A_VERB:
        return listed, None  # "which has a name, and notes": one more item
    return listed[: goes_on.start()], f"{subject['subject']} {listed[goes_on.end() :]}"


def which_has(sentence: str) -> str:
    """``... stands at a location, which is just a site name and an address``: *a location
    has a site name and an address*, the record the relative clause is about; a predicate
    after it is the sentence's subject's (*..., and goes from reported to cleared*)."""

    def plain(clause: str) -> list[str]:
        match = _WHICH_HAS.match(clause)
        if match is None or match.group("np") in _VALUE_WORDS:
            return [clause]
        if match.group("telling") and "," not in match.group("list"):
            return [clause]
        listed, after = _subject_goes_on(match["before"], match["list"])
        if after is not None:
            return [*plain(f"{match['before']}, which has {listed}"), after]
        np = match.group("np")
        if match.group("before").endswith(f"then {np}"):
            # "..., and then customers, which is really just a company name, ...": the plural
            if not is_plural(np.split()[-1]):
                return [clause]
            before = re.sub(
                r",?\s*(?:and\s+)?then$", "", match.group("before")[: -len(np)].rstrip()
            )
            return [before, f"{np} have {match.group('list')}"]
        if is_plural(np.split()[-1]):
            # "several questionnaires of their own, which are just a title and ...": each one's
            return [match.group("before"), f"each {singular(np)} has {match.group('list')}"]
        return [match.group("before"), f"a {np} has {match.group('list')}"]

    return per_clause(sentence, plain)


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
    r"(?:about\s+|around\s+|over\s+|some\s+)?(?:a\s+)?(?:\d+|[a-z]+)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s$"
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
