"""Rewrites of one word or phrase inside a clause, whatever the domain.

``simplify`` runs them in its chain: a phrasal verb loses its particle (``fills in a card`` →
``fills a card``), a time phrase before a new subject is dropped, a collective noun is the
record (``a batch of fish`` → ``a batch``), ``a priority of red, amber or green`` becomes
``a priority (red, amber or green)``, *gets* passives and a time's possessive are written
plainly, and the many short wordings that name one record's list in passing.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.clause_rewrites import per_clause, per_match, reordered
from appwright.design.offline.options_said import CHOICE_HEADS, VALUE_OF_HEADS
from appwright.design.offline.text import (
    AUXILIARIES,
    FUNCTION_WORDS,
    act_or_irregular_noun,
    can_be_noun,
    can_be_verb,
    done_form,
    is_past_participle,
    is_plural,
    leading_noun_phrase,
    names_a_doer,
    outside_brackets,
    plural,
    singular,
    singular_phrase,
    strip_determiners,
    verb_lemma,
    word_set,
    words,
)
from appwright.design.offline.types import UNIT_TYPES, infer_type

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


_GET_DONE = re.compile(r"\b(?P<get>gets|get|got)\s+(?P<done>[a-z]+)\b")
_SAME_FORM_DONE = word_set("put set cut shut spread cast")
"""Participles spelt as their verbs, which the dictionary test cannot tell: *gets put into*."""


_ON_A_VALUED = re.compile(
    r"\b(?:is|are)\s+on\s+(?P<what>(?:a|an|one)\s+[a-z][\w\-]*)\s+(?P<values>\([^()]*\bor\b[^()]*\))"
    r"(?P<with>\s+with\s+)?"
)


_SOLD_AT_A_PRICE = re.compile(
    r"\b(?P<be>is|are)\s+(?:sold|priced|charged|offered|rented|rented\s+out|hired|hired\s+out|let|"
    r"billed)\s+(?:at|for)\s+(?P<what>(?:a|an)\s+(?:[a-z]+\s+)?(?:price|rate|fee|cost|charge))\b"
)


_FROM_THEM_EACH_WITH = re.compile(
    r"\b(?P<prep>from|in|on|at|across|over|through|to)\s+"
    r"(?P<who>(?:(?P<many>several|many|multiple|some)\s+|our\s+|the\s+)?[a-z][\w\-]*s),\s+"
    r"each\s+with\s+"
    r"(?P<det>(?:a|an|the|their|its)\s)"
)


def from_them_each_with(sentence: str) -> str:
    """``collects photos from students, each with a name and a grade``: *from students, who
    each have a name and a grade*; the *each* is the people it was taken from, as *runs in
    several issues, each with its publication date* is the issues': *which each have the
    publication date*. (*split into plots, each with ...* is read where parts are.)"""

    def relative(m: re.Match[str]) -> str:
        if not is_plural(m["who"].split()[-1]):
            return m[0]
        if m["prep"] == "from":
            return f"from {m['who']}, who each have {m['det']}"
        if not m["many"]:
            return m[0]  # "the contest runs in rounds, each with ...": read where rounds are
        det = "the " if m["det"].strip() in ("its", "their") else m["det"]
        return f"{m['prep']} {m['who']}, which each have {det}"

    return _FROM_THEM_EACH_WITH.sub(relative, sentence)


_IS_JUST_A_LIST = re.compile(
    r"^(?P<np>(?:a|an|each|every|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+(?:really\s+)?"
    r"(?:just|only|simply)\s+(?P<list>(?:a|an|the|its)\s+[^;]+(?:,|\sand\s)[^;]+)$"
)


def is_just_a_list(sentence: str) -> str:
    """``a publication is just a title, a cover price and the days it comes out``: *a
    publication has ...*; what a record *is just* is what it holds."""

    return per_match(sentence, _IS_JUST_A_LIST, lambda m: [f"{m['np']} has {m['list']}"])


_FOR_EACH_THEN_EACH_ONE = re.compile(
    r"^(?P<first>for\s+(?:each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:we|i)\s+[^;]+?),\s+and\s+(?:each|every)\s+one\s+(?P<rest>(?:is|has|gets|belongs|"
    r"can|must|should|goes|moves)\b[^;]*)$"
)


def for_each_then_each_one(sentence: str) -> str:
    """``for each defibrillator we record a serial number, and each one is looked after by a
    guardian``: *...; each defibrillator is looked after by a guardian*."""
    match = _FOR_EACH_THEN_EACH_ONE.match(sentence)
    if match is None:
        return sentence
    return f"{match['first']}; each {match['np']} {match['rest']}"


_EITHER_KIND = re.compile(
    r"\b(?P<verb>uses|use|takes|take|comes\s+with|come\s+with|has|have)\s+either\s+(?:a|an)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+or\s+(?:(?:a|an)\s+)?(?P<other>[a-z][\w\-]*)\s+(?P<noun>[a-z][\w\-]*)"
    r"(?=\s*(?:[,;.]|$|\s+and\s))"
)
_LASTS_A_NUMBER_OF = re.compile(
    r"\b(?P<verb>lasts|last|runs\s+for|run\s+for|takes|take)\s+(?:a\s+(?:set\s+|given\s+)?number\s+of|"
    r"so\s+many|several)\s+(?P<unit>minutes|hours|days|weeks)\b"
)


_USES_A_VALUED = re.compile(
    r"\b(?P<verb>uses|use|follows|follow|comes\s+in|come\s+in)\s+"
    r"(?=(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*(?::\s*[^;]*\bor\b|\([^()]*\bor\b[^()]*\)))"
)


def either_kind(sentence: str) -> str:
    """``a lesson uses either a manual or automatic transmission``: *has a transmission
    (manual or automatic)*; ``uses a format: british parliamentary or oxford``: *has a format:
    ...*; ``lasts a number of minutes``: *has a duration in minutes*."""
    sentence = _USES_A_VALUED.sub(
        lambda m: "has " if m["verb"].split()[0].endswith("s") else "have ", sentence
    )
    sentence = _EITHER_KIND.sub(
        lambda m: (
            f"{'has' if m['verb'].endswith('s') else 'have'} a {m['noun']} ({m['one']} or"
            f" {m['other']})"
        ),
        sentence,
    )
    return _LASTS_A_NUMBER_OF.sub(
        lambda m: (
            f"{'has' if m['verb'].split()[0].endswith('s') else 'have'} a duration in {m['unit']}"
        ),
        sentence,
    )


_DOING_GIVES_MANY = re.compile(
    r"^(?:(?:(?:each|every)\s+time|when)\s+(?:we|i)\s+[a-z]+|[a-z]+ing)\s+(?:a|an|each|every|the|one)\s+"
    r"(?P<whole>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:gives|produces|yields|makes|creates|"
    r"results\s+in|turns\s+out|gives\s+us|we\s+get)\s+"
    r"(?P<many>(?:several|many|multiple|one\s+or\s+more)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+with\s+.+)$"
)


def doing_gives_many(sentence: str) -> str:
    """``sawing a log gives several board batches with a thickness``: *each log has several
    board batches with a thickness*; what working on a record yields is its own."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if match["whole"].split()[-1] in FUNCTION_WORDS:
            return None
        return [f"each {match['whole']} has {match['many']}"]

    return per_match(sentence, _DOING_GIVES_MANY, plain)


_ONE_WHERE_WE_KEEP = re.compile(
    r"(?P<before>\b(?:one|a|an)\s+(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)),\s+(?:where|for\s+which|"
    r"of\s+which|and\s+for\s+each)\s+(?:we|i)\s+(?:(?:also|only|just)\s+)?"
    r"(?:keep|record|hold|store|note|track|log|list)\s+(?P<list>(?:the|a|an|its|their)\s+[^;]+)$"
)


def one_where_we_keep(sentence: str) -> str:
    """``every part is sprayed with one powder, where we keep the colour code and the kilos
    left``: *...; each powder has the colour code and the kilos left*."""

    def plain(clause: str) -> list[str]:
        match = _ONE_WHERE_WE_KEEP.search(clause)
        if match is None or match["thing"].split()[-1] in FUNCTION_WORDS:
            return [clause]
        head = clause[: match.end("before")]
        return [head, f"each {match['thing']} has {match['list']}"]

    return per_clause(sentence, plain)


_JOINED_FOR = re.compile(r"^(?:and|but|so|also|plus)\s+(?=for\s+(?:the|each|every|a|an|our)\s)")


def without_joining_word(sentence: str) -> str:
    """``...; and for the hirer we only need name and phone``: *for the hirer we only need
    ...*; a clause cut from the one before keeps no joining word."""
    return per_clause(sentence, lambda clause: [_JOINED_FOR.sub("", clause)])


_THAT_HANGS_OFF = re.compile(
    r"^(?P<head>.*\b(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+with\s+.+?),?\s+and\s+(?:that|it|this)\s+"
    r"(?:should|must|needs\s+to|has\s+to|will|can)\s+(?:hang\s+off|belong\s+to|be\s+linked\s+to|"
    r"be\s+attached\s+to|attach\s+to|sit\s+under|go\s+against|be\s+tied\s+to|be\s+kept\s+against)\s+"
    r"(?:the|a|an|its|their)\s+(?P<target>[a-z][\w\-]*)$"
)


def that_hangs_off(sentence: str) -> str:
    """``write up an inspection with the date ..., and that should hang off the booking``:
    *...; each inspection belongs to one booking*; where the owner wants the record kept."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if match["record"] == match["target"]:
            return None
        return [match["head"], f"each {match['record']} belongs to one {match['target']}"]

    return per_match(sentence, _THAT_HANGS_OFF, plain)


_WHO_RECORDS_AGAINST_IT = re.compile(
    r"^(?P<head>(?:each|every|a|an)\s+(?P<subject>[a-z][\w\-]*)\s+(?:is|gets)\s+[a-z]+\s+to\s+"
    r"(?:a|an|one)\s+[a-z][\w\-]*),\s+who\s+(?:then\s+)?(?:records|logs|adds|notes|enters|writes\s+up)\s+"
    r"(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:against|on|for)\s+(?:it|them)\s+with\s+"
    r"(?P<list>.+)$"
)


def who_records_against_it(sentence: str) -> str:
    """``each complaint is assigned to an officer, who records site visits against it with a
    date and notes``: *...; each site visit belongs to one complaint; each site visit has a
    date and notes*; what is logged against the record is the record's."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if not is_plural(match["things"].split()[-1]):
            return None
        thing = singular(match["things"])
        return [
            match["head"],
            f"each {thing} belongs to one {match['subject']}",
            f"each {thing} has {match['list']}",
        ]

    return per_match(sentence, _WHO_RECORDS_AGAINST_IT, plain)


_AND_ITS_STAGE = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<pred>(?:is|are|gets|get)\s+[a-z]+\s+(?:to|into|in|at|on|with|for)\s+[^;]+?),?\s+and\s+"
    r"its\s+(?P<field>status|stage|state)\s+(?P<rest>(?:goes|moves|runs|passes|changes|starts)\s[^;]+)$"
)


def and_its_stage(sentence: str) -> str:
    """``a batch is stocked into a tank with a date, and its stage goes from eggs to fry``:
    *...; the batch's stage goes from eggs to fry*; *its* is the subject's, not the tank's."""

    def plain(match: re.Match[str]) -> list[str]:
        subject = match["subject"]
        record = subject.split(maxsplit=1)[1]
        return [f"{subject} {match['pred']}", f"the {record}'s {match['field']} {match['rest']}"]

    return per_match(sentence, _AND_ITS_STAGE, plain)


_BOUGHT_FROM_OURS = re.compile(
    r"^(?P<lead>(?:i|we)\s+(?:(?:also|then|just|usually)\s+)?)(?P<verb>order|buy|get|source|hire|rent|purchase)\s+"
    r"(?P<things>[a-z][\w\-]*s)\s+from\s+(?:my|our|the|one\s+of\s+(?:my|our)|several|various)\s+"
    r"(?P<sources>[a-z][\w\-]*s)\s+(?P<rest>(?:against|for|on)\s+.+)$"
)


def bought_from_ours(sentence: str) -> str:
    """``i order materials from my suppliers against each job, noting ...``: *i order
    materials against each job ...; each material belongs to one supplier*."""

    def plain(match: re.Match[str]) -> list[str]:
        thing, source = singular(match["things"]), singular(match["sources"])
        return [
            f"{match['lead']}{match['verb']} {match['things']} {match['rest']}",
            f"each {thing} belongs to one {source}",
        ]

    return per_match(sentence, _BOUGHT_FROM_OURS, plain)


_LISTS_THE_THINGS_DONE = re.compile(
    r"^(?:on|for|at|after)\s+(?:every|each)\s+(?P<whole>[a-z][\w\-]*)\s+(?:the\s+[a-z][\w\-]*|we|i|they)\s+"
    r"(?:lists?|records?|logs?|notes?|writes?\s+down)\s+(?:the|all\s+the|each\s+of\s+the)\s+"
    r"(?P<things>[a-z][\w\-]*s)\s+(?:they|we|it|he|she)\s+[a-z]+(?:\s+(?:on|in|with|for|at|to))?\s*:\s+"
    r"(?P<list>[^;]+)$"
)


_EACH_LISTS_THE_THINGS_DONE = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:each|every)\s+(?P<whole>[a-z][\w\-]*)\s+"
    r"(?:lists|records|logs|notes|holds|shows)\s+"
    r"(?:the|all\s+the|each\s+of\s+the)\s+(?P<things>[a-z][\w\-]*s)"
    r"(?:\s+(?:they|we|i)\s+[a-z]+(?:\s+(?:on|in|with|for|at|to))?)?\s*(?:\s-|:)\s+"
    r"(?P<list>[^;]+?)(?:\s+-\s+(?:plus|and\s+also|and|as\s+well\s+as)\s+(?P<rest>[^;]+))?$"
)


def lists_the_things_done(sentence: str) -> str:
    """``on every job the crew lists the trees they worked on: species, height and ...``:
    *each job has several trees; each tree has species, height and ...*; so does ``each quote
    lists the windows we measured - room, width and ... - plus a total price``, whose words
    after the second dash are the quote's own."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if not is_plural(match["things"]) or match["things"] in FUNCTION_WORDS:
            return None
        if re.search(r"\bor\b", outside_brackets(match["list"])):
            return None  # "lists the extras - gutter, fascia or soffit": which of them
        thing = singular(match["things"])
        rest = match.groupdict().get("rest")
        return [
            f"each {match['whole']} has several {match['things']}",
            f"each {thing} has {match['list']}",
            *([f"each {match['whole']} has {rest}"] if rest else []),
        ]

    sentence = per_match(sentence, _LISTS_THE_THINGS_DONE, plain)
    # the dashes would part the clauses: the whole sentence is read
    dashed = _EACH_LISTS_THE_THINGS_DONE.search(sentence)
    made = plain(dashed) if dashed else None
    if dashed is None or made is None:
        return sentence
    lead = "; " if dashed["lead"] else ""
    return sentence[: dashed.start()] + lead + "; ".join(made)


_RECORD_GIVES = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+for\s+(?:a|an|one|each)\s+[a-z][\w\-]*)?)\s+"
    r"(?:gives|states|sets\s+out|spells\s+out)\s+(?=(?:the|a|an|its)\s[^;]*(?:,|\sand\s))"
)


def record_gives(sentence: str) -> str:
    """``a quote for a customer gives the surface, the area and the price``: *has the surface,
    ...*; what a written record gives is what it holds."""
    return per_clause(sentence, lambda clause: [_RECORD_GIVES.sub(r"\g<subject> has ", clause)])


_COME_IN_FOR_WITH = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+(?:come|comes|arrive|arrives|are\s+placed|get\s+placed|are\s+booked)"
    r"(?:\s+in)?\s+for\s+(?:a|an|one)\s+(?P<whom>[a-z][\w\-]*)\s+with\s+(?P<list>[^;]+?)"
    r"(?:,\s+and\s+(?P<rest>(?:they|it)\s+[^;]+))?$"
)


def come_in_for_with(sentence: str) -> str:
    """``orders come in for a customer with the litres wanted and a delivery date, and they go
    from ordered to ...``: *each order belongs to one customer; each order has ...; orders go
    from ...*."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if match["things"] == f"{match['whom']}s":
            return None
        thing, things = singular(match["things"]), match["things"]
        rest = [re.sub(r"^(?:they|it)\b", things, match["rest"])] if match["rest"] else []
        return [
            f"each {thing} belongs to one {match['whom']}",
            f"each {thing} has {match['list']}",
            *rest,
        ]

    return per_match(sentence, _COME_IN_FOR_WITH, plain)


def sold_at_a_price(sentence: str) -> str:
    """``products are sold at a fixed price and have a name``: *products have a fixed price
    and have a name*; what a thing is sold at is its price."""
    return _SOLD_AT_A_PRICE.sub(
        lambda m: f"{'has' if m['be'] == 'is' else 'have'} {m['what']}", sentence
    )


def on_a_valued(sentence: str) -> str:
    """``every website is on a plan (starter, business or pro) with a domain, ...``: *has a
    plan (starter, business or pro), a domain, ...*; a thing it is on, told by its values, is
    one of its fields."""
    return _ON_A_VALUED.sub(
        lambda m: f"has {m.group('what')} {m.group('values')}{', ' if m.group('with') else ''}",
        sentence,
    )


NOUN_PATTERN = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
_IS_FOR_KINDS = re.compile(
    rf"^(?P<subject>(?:each|every|a|an|the)\s+{NOUN_PATTERN})\s+(?:is|are)\s+(?:always\s+)?for\s+"
    rf"(?:a|an)\s+(?P<kinds>{NOUN_PATTERN}(?:,\s+(?:(?:a|an)\s+)?{NOUN_PATTERN})+,?\s+or\s+(?:(?:a|an)\s+)?{NOUN_PATTERN})"
    r"(?:,\s+with\s+(?P<rest>.+))?$"
)


def is_for_kinds(sentence: str) -> str:
    """``a commission is for a belt, wallet, bag or dog collar, with a colour``: *has a type
    (belt, wallet, bag or dog collar), a colour*; three or more kinds of one thing, each a
    single noun, are the values of its type."""

    def typed(clause: str) -> list[str]:
        match = _IS_FOR_KINDS.match(clause)
        if match is None:
            return [clause]
        kinds = [strip_determiners(kind) for kind in re.split(r",\s+|,?\s+or\s+", match["kinds"])]
        if any(is_plural(kind.split()[-1]) or not can_be_noun(kind.split()[-1]) for kind in kinds):
            return [clause]
        values = f"{', '.join(kinds[:-1])} or {kinds[-1]}"
        rest = f", {match['rest']}" if match["rest"] else ""
        return [f"{match['subject']} has a type ({values}){rest}"]

    return per_clause(sentence, typed)


def belongs_to_clauses(record: str, *others: str) -> list[str]:
    """*each appointment belongs to one dog*, one clause for each record it holds one of."""
    return [f"each {record} belongs to one {other}" for other in others]


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


_BOUGHT_IN_UNITS = re.compile(
    r"^(?:we|i)\s+(?:buy|get|keep|order|stock|store|hold|receive)\s+(?:our\s+|the\s+)?"
    r"(?P<stuff>[a-z][\w\-]*)\s+in\s+(?P<units>rolls|reels|boxes|packs|bags|sheets|tins|bottles|"
    r"cases|crates|tubs|sacks|drums|cans|bales|pallets|jars|cartons|barrels|kegs|skeins|spools)\s+"
    r"(?P<with>with|that\s+have|which\s+have)\s+(?P<rest>.+)$"
)


def bought_in_units(sentence: str) -> str:
    """``we buy vinyl in rolls with a colour, a width and the metres left``: *each vinyl roll
    has a colour, ...*; what the stock is kept by is the record, named by both."""

    return per_match(
        sentence,
        _BOUGHT_IN_UNITS,
        lambda m: [f"each {m['stuff']} {singular(m['units'])} has {m['rest']}"],
    )


_STOCK_HEADER = re.compile(
    r"^(?P<thing>[a-z][\w\-]*)\s+(?:stock|inventory)\s*:\s*"
    r"(?:(?P<item>[a-z][\w\-]*)(?=\s+(?:no\b|number\b|code\b|ref\b)))?"
)


def stock_header(sentence: str) -> str:
    """``glass stock: part no., description, qty in stock``: *glass parts: part no., ...*;
    the stock is kept as its items, named by what numbers them."""

    def items(match: re.Match[str]) -> str:
        item = match["item"]
        if item and item != match["thing"]:
            return f"{match['thing']} {plural(item)}: {item}"
        return f"{plural(match['thing'])}: {item or ''}"

    return _STOCK_HEADER.sub(items, sentence, count=1)


_FOR_THEM_IT_IS = re.compile(
    rf"^for\s+(?:the\s+|each\s+|every\s+|our\s+)?(?P<np>{NOUN_PATTERN})\s*,?\s+it\s+is\s+"
    r"(?:just\s+|simply\s+|basically\s+|usually\s+)?(?P<listed>.+)$"
)


def for_them_it_is(sentence: str) -> str:
    """``for the dogs it's the name, the breed and any allergies``: *for each dog we keep the
    name, ...*; what is kept for each of them, said as what *it* is."""

    return per_match(
        sentence,
        _FOR_THEM_IT_IS,
        lambda m: [f"for each {singular_phrase(m['np'])} we keep {m['listed']}"],
    )


ONE_JOINED = r"(?:\s*,\s*(?:and\s+)?|\s+(?:with|and|by|for|in|on|at)\s+)one\s+"
"""Between the ones a record pairs: *one driver with one gritter*, *one driver in one gritter on
one route*, *one driver, one gritter and one route*."""
_IS_ONE_WITH_ONE = re.compile(
    rf"^(?:(?:then|and|so|also)\s+)?(?P<det>each|every|an?|the)\s+(?P<record>{NOUN_PATTERN})\s+is\s+(?:for\s+)?one\s+(?P<one>{NOUN_PATTERN}?)"
    rf"{ONE_JOINED}(?P<other>{NOUN_PATTERN}?)(?:{ONE_JOINED}(?P<third>{NOUN_PATTERN}?))?"
    r"(?=\s+(?:on|at|in|with|for)\b|\s*,|\s*$)"
    r"(?P<rest>.*)$"
)


def _acting(name: str) -> bool:
    """*seller bringing*: a noun and the act it does, no record's name."""
    *head, last = name.split()
    return bool(head) and last.endswith("ing") and verb_lemma(last) not in (None, last)


def is_one_with_one(sentence: str) -> str:
    """``each appointment is one dog with one groomer on a date, with the price``: *each
    appointment belongs to one dog; ... to one groomer; each appointment has a date, the
    price*; a record that pairs one of each, and what it holds. So are *each run is one driver
    in one gritter on one route* and *... is one driver, one gritter and one route*."""

    def paired(match: re.Match[str]) -> list[str] | None:
        record = match["record"]
        ones = [one for one in (match["one"], match["other"], match["third"]) if one]
        if any(one.split()[-1] in TIME_WORDS for one in ones):
            return None  # *one cottage on one date*: when, no record the changeover holds
        if any(_acting(one) for one in ones):
            return None  # *one seller bringing in one grade*: an act, read by its own reader
        said = belongs_to_clauses(record, *ones)
        rest = match["rest"]
        held = re.match(r"^\s*,?\s*(?:on|at|in|for|with)\s+", rest)
        if not held:
            # "..., has a scheduled start and goes from ...": its own predicates follow
            told = rest.strip(" ,")
            return [*said, f"each {record} {told}"] if told else said
        rest = re.sub(r",\s*(?:and\s+)?with\s+", ", ", rest[held.end() :]).strip(" ,")
        return [*said, f"each {record} has {rest}"]

    return per_match(sentence, _IS_ONE_WITH_ONE, paired)


_ONE_OF_NAMED = re.compile(
    r"\bone\s+of\s+(?:the|our)\s+(?P<things>[a-z][\w\-]*s)\s*,\s+"
    r"(?P<named>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)*,?\s+or\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*(?=,|;|$)"
)


def one_of_named(sentence: str) -> str:
    """``a booking is for one of the rooms, main hall, small hall or kitchen, on a date``:
    *a booking is for one room, on a date*; the rooms named are records of their own, not
    the booking's values."""
    return _ONE_OF_NAMED.sub(lambda m: f"one {singular(m['things'])}", sentence)


_ONE_OF_OURS_DOES_IT = re.compile(
    r"^(?P<who>one\s+of\s+(?:our|the)\s+[a-z][\w\-]*s)\s+(?P<acts>[a-z]+s)\s+it$"
)
"""``one of our hairdressers runs it``: who does the record just told."""
_FOR_ONE_ON_A_DAY = re.compile(
    rf"^(?:(?P<lead>[^:;]+):\s+)?(?P<subject>(?:each|every|a|an|the)\s+{NOUN_PATTERN})\s+"
    r"(?:is|happens|takes\s+place|is\s+held)\s+"
    rf"(?P<link>for|from|at|in)\s+one\s+(?P<one>{NOUN_PATTERN}),?\s+(?:on|at)\s+(?:a|an)\s+"
    r"(?:(?:set|given|fixed|agreed)\s+)?(?P<when>date|day|time|date\s+and\s+time)"
    r"(?:\s+with\s+(?P<rest>.+?))?(?P<after>,\s+and\s+.+|\s+and\s+(?=one\s+of\s).+)?$"
)


def for_one_on_a_day(sentence: str) -> str:
    """``a booking is for one room, on a date with a start and an end time``: *a booking is
    for one room; a booking has a date, a start and an end time*; when it is, its own (so is
    *a collection is from one henhouse on a date*, and *a hair day happens at one care home on
    a set date and one of our hairdressers runs it*, whose last clause is who runs the day)."""

    def dated(match: re.Match[str]) -> list[str]:
        subject = match["subject"]
        when = f"a {match['when']}"
        held = f"{when}, {match['rest']}" if match["rest"] else when
        after = (match["after"] or "").removeprefix(",").strip()
        after = re.sub(r"^and\s+", "", after)
        if re.match(r"(?:records|notes|logs|keeps|holds|lists|says|shows)\s", after):
            after = f"{subject} {after}"  # "..., and records how many eggs": the subject's
        does_it = _ONE_OF_OURS_DOES_IT.match(after)
        done = done_form(does_it["acts"]) if does_it else None
        if does_it and done:
            after = f"{subject} is {done} by {does_it['who']}"
        return [
            c
            for c in (
                match["lead"] or "",  # "we run hair days: a hair day ...": a clause of its own
                f"{subject} is {match['link']} one {match['one']}",
                f"{subject} has {held}",
                after,
            )
            if c
        ]

    return per_match(sentence, _FOR_ONE_ON_A_DAY, dated)


_KINDS_THEN_EACH = re.compile(
    r"^(?:we|i)\s+(?:have|have\s+got|stock|keep|hire\s+out|rent\s+out|lend\s+out)\s+"
    r"(?P<kinds>[a-z][\w\-]*s(?:,\s+[a-z][\w\-]*s)*,?\s+and\s+[a-z][\w\-]*s),\s+and\s+"
    r"(?P<rest>(?:every|each)\s+[a-z][\w\-]*\s+.+)$"
)


def kinds_then_each(sentence: str) -> str:
    """``we've got harnesses, shoes and helmets, and every item has a code``: *every item has
    a code*; the things listed first are the kinds of the record said next."""
    match = _KINDS_THEN_EACH.match(sentence)
    return match["rest"] if match else sentence


_LENT_TO = re.compile(
    r"^(?:every\s+time|each\s+time|whenever|when)\s+(?:something|anything|an?\s+[a-z][\w\-]*|one)"
    r"(?:'s|\s+is|\s+gets)\s+(?P<done>[a-z]+)(?:\s+out)?\s+to\s+(?:a|an)\s+(?P<who>[a-z][\w\-]*)"
    r",?\s+(?:we|i)\s+(?:log|record|note|write\s+down|keep|take)\s+(?P<listed>.+)$"
)


def lent_to_someone(sentence: str) -> str:
    """``every time something's lent out to a climber we log when it went out and when it
    came back``: *each loan is for one climber; each loan has ...*; the act is the record."""
    match = _LENT_TO.match(sentence)
    act = act_done(match["done"]) if match else None
    if match is None or act is None:
        return sentence
    return f"each {act} is for one {match['who']}; each {act} has {match['listed']}"


_OPENING_ADVERB = re.compile(
    r"^(?:separately|additionally|also|besides|then|next|finally|on\s+top\s+of\s+that|"
    r"apart\s+from\s+that|as\s+well\s+as\s+that|alongside\s+that|in\s+addition|on\s+the\s+side)"
    r",?\s+(?=(?:i|we)\s+[a-z])"
    r"|^then,?\s+(?=(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:gets|is\s+given)\s)"
)


def without_opening_adverb(sentence: str) -> str:
    """``separately i record every silver purchase: ...``: *i record every silver purchase:
    ...*; the adverb ties the sentence to the last, and says nothing of the records."""
    return _OPENING_ADVERB.sub("", sentence, count=1)


_YES_OR_NO_REMARK = re.compile(
    r",?\s+(?:just\s+|only\s+|simply\s+)?a\s+yes\s+or\s+(?:a\s+)?no(?:\s+really)?\b"
)
_BEING_DONE = re.compile(
    r"\b(?P<noun>[a-z][\w\-]*)\s+being\s+(?P<done>[a-z]+(?:ed|en)|made|done|built|sold|sent|held|run)\b"
)
"""``the item being made``: the item made."""
_BRACKET_REMARK = re.compile(
    r",\s+(?:we|i|they)\s+[a-z]+\s+(?:them|it|those|these)(?:\s+[a-z]+)?(?=\))"
    r"|,\s+(?:that|which)\s+is\s+(?:the|our)\s+(?:scale|list|range|set)(?:\s+we\s+use)?(?=\))"
)


def without_remarks(sentence: str) -> str:
    """``whether they've paid, just a yes or no really``, ``the item being made`` and
    ``(paperweight, bauble or drinking glass, we rotate them)`` or ``(low, high or severe, that
    is the scale)``: the yes/no said as a yes/no,
    the item made, and the aside in the brackets gone; none is a value or a field."""
    sentence = _YES_OR_NO_REMARK.sub(" (yes/no)", sentence)
    sentence = _BEING_DONE.sub(r"\g<noun> \g<done>", sentence)
    return _BRACKET_REMARK.sub("", sentence)


_FOR_ONE_WHERE_WE_KEEP = re.compile(
    r"\b(?P<it>it|they)\s*(?:'s|'re|\s+is|\s+are)\s+for\s+(?:a|an|one)\s+(?P<who>[a-z][\w\-]*)"
    r"(?:,\s+[^,;]+,)?\s+(?:where|for\s+whom|of\s+whom|about\s+whom)\s+(?:i|we)\s+"
    r"(?:keep|note|record|take|hold|store|have)\s+(?P<listed>[^;]+)$"
)


def for_one_where_we_keep(sentence: str) -> str:
    """``..., and it's for a client, usually the couple, where i keep a contact name and an
    email``: *it is for one client; each client has a contact name and an email*; what is
    kept is the one it is for's."""
    return _FOR_ONE_WHERE_WE_KEEP.sub(
        lambda m: f"{m['it']} is for one {m['who']}; each {m['who']} has {m['listed']}", sentence
    )


_IS_FOR_ONE_LIST = re.compile(
    rf"^(?P<subject>(?:each|every|a|an|the)\s+{NOUN_PATTERN})\s+(?:is|are)\s+for\s+(?:one|a|an)\s+"
    rf"(?P<other>{NOUN_PATTERN})\s*:\s*(?P<items>.+,.+)$"
)


def is_for_one_list(sentence: str) -> str:
    """``a booking is for one service: the venue, the date of the service and the fee``: the
    list tells what the booking keeps when it speaks of *the service* it is; otherwise
    (``an order is for one customer: name, email``) what that other record keeps."""

    def listed(match: re.Match[str]) -> list[str]:
        other = strip_determiners(match["other"])
        if re.search(rf"\b(?:of|for)\s+the\s+{re.escape(other)}\b", match["items"]):
            return [f"{match['subject']} has {match['items']}"]
        return [
            f"{match['subject']} is for one {other}",
            f"each {other} has {match['items']}",
        ]

    return per_match(sentence, _IS_FOR_ONE_LIST, listed)


_WHICH_IS_ONE_OF = re.compile(
    # "a setup, which is ...", and a bare item of a list: "..., email and position, which is ..."
    r"\b(?P<field>(?:(?:a|an|the|its|their)\s+)?(?!(?:and|or|with)\b)[a-z][\w\-]*"
    r"(?:\s+(?!(?:and|or)\b)[a-z][\w\-]*)?),\s+(?:which\s+(?:is|can\s+be)\s+"
    r"(?:either\s+|one\s+of\s+)?|either\s+)(?P<values>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}"
    r"(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})*,?\s+or\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)"
    r"(?=,\s+(?:and|but|while|because|since|as|so)\s|;|$)"
)


def which_is_one_of(sentence: str) -> str:
    """``each bay has a number and a setup, which is standing, seated or racing rig``: *a
    setup (standing, seated or racing rig)*; the values a field is said to take, also told
    after a comma alone (*a status, either on or called off*)."""
    return _WHICH_IS_ONE_OF.sub(lambda m: f"{m['field']} ({m['values']})", sentence)


_AT_AN_AGREED_PRICE = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<said>(?:is|are)\s+.+?)"
    r"\s+at\s+(?:a|an)\s+(?P<price>(?:agreed|fixed|set|quoted|negotiated)\s+(?:price|rate|fee|cost))$"
)


def at_an_agreed_price(sentence: str) -> str:
    """``each booking is for one farm on a given date at an agreed price``: *...; each booking
    has an agreed price*; a price said as where the deal stands is the record's field."""

    def priced(clause: str) -> list[str]:
        match = _AT_AN_AGREED_PRICE.match(clause)
        if match is None:
            return [clause]
        subject = match["subject"]
        return [f"{subject} {match['said']}", f"{subject} has an {match['price']}"]

    return per_clause(sentence, priced)


_ASIDE_RELATIVE = re.compile(
    r"(?P<lead>^|,\s+and\s+|[,;]\s+)(?P<head>(?:for|about)\s+(?:the|our|all\s+the)\s+[a-z][\w\-]*s),\s+"
    r"(?:who|which)\s+(?:are|is)\s+"
    r"[^,;]+,\s+(?=(?:i|we)\s)"
)
_EACH_ONE_AFTER = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+(?P<said>[^;,]+)(?P<sep>;|,)\s+(?:and\s+)?for\s+each\s+one\b"
)


def for_each_one(sentence: str) -> str:
    """``for the carriers, who are mostly local teenagers, i need their name``: *for the
    carriers i need ...*; ``houses sit on a round; for each one i keep the address``: *...;
    for each house i keep ...*, the one being the records the clause before is about."""
    sentence = _ASIDE_RELATIVE.sub(
        lambda m: f"{'; ' if m.group('lead') else ''}{m.group('head')} ", sentence
    )
    return _EACH_ONE_AFTER.sub(
        lambda m: (
            f"{m.group('things')} {m.group('said')}{m.group('sep')} and for each"
            f" {singular(m.group('things'))}"
        ),
        sentence,
    )


_MADE_OF = re.compile(
    r"\b(?P<be>is|are)\s+made\s+of\s+(?=(?P<noun>[a-z][\w\-]*)\b(?:\s+(?P<second>[a-z][\w\-]*)\b)?)"
)
_THAT_NAME = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+(?:that|which)\s+(?:name|list|give|state|say|show|specify)\s+"
    r"(?=(?:a|an|the|its|their)\s)"
)


def made_of_parts(sentence: str) -> str:
    """``each order is made of lines that name a product and a quantity``: *is made up of
    lines with a product and a quantity*; a record made of many others holds them, and what
    each part names is its list. A material (*made of oak*, *made of glass*) stays."""
    sentence = _MADE_OF.sub(
        lambda m: (
            f"{m['be']} made up of "
            if is_plural(m["noun"]) or (m["second"] and is_plural(m["second"]))
            else m[0]
        ),
        sentence,
    )
    return _THAT_NAME.sub(lambda m: f"{m['things']} with ", sentence)


_GETS_ONE = re.compile(
    r"^(?P<subject>(?:each|every|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+gets\s+(?=(?:a|an|one)\s)"
)


def gets_one(sentence: str) -> str:
    """``every client gets a case with the date it was opened``: *has a case*; what a record
    gets is what it has."""
    return reordered(
        sentence, _GETS_ONE, lambda match, rest: f"{match.group('subject')} has {rest}"
    )


_USES_MANY_WITH = re.compile(
    r"\b(?:uses|use|needs|need|requires|require|consumes|consume)\s+"
    r"(?=(?:several|many|multiple|one or more)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+with\s)"
)


def uses_many_with(sentence: str) -> str:
    """``a display uses many products with a quantity``: *contains*; the quantity is each
    pairing's, as with any record that contains many others with a list."""
    return _USES_MANY_WITH.sub("contains ", sentence)


_OWN_RECORD = re.compile(
    r"(?:^|(?<=[;,:\-]\s))(?:that's|that is|it's|it is|which is|those are|they are)\s+"
    r"(?:its|their)\s+own\s+(?:record|records|thing|entry|entries)"
    r"(?:\s+(?:on|against|for|under|attached\s+to)\s+(?P<on>(?:the|a|an|each|every)\s+[a-z][\w\-]*))?"
    r"(?P<rest>\s*(?:,|;|$).*)$"
)
_NAMED_THING = re.compile(
    r"\b(?:a|an|the|one)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*(?=[;,]?\s*$)"
)


def own_record(sentence: str) -> str:
    """``we need a council permit; that's its own record on the order, with a permit
    number``: *a council permit belongs to the order; a council permit has a permit number*.
    The record is the thing named just before, not a *record*."""
    match = _OWN_RECORD.search(sentence)
    if match is None:
        return sentence
    before = sentence[: match.start()]
    named = _NAMED_THING.search(before.rstrip(" ,;:-"))
    if named is None:
        return sentence
    thing = f"a {named.group('np')}"
    plain = [before.rstrip(" ,;:-")]
    if match.group("on"):
        plain.append(f"{thing} belongs to {match.group('on')}")
    plain.extend(_listed(thing, match.group("rest")))
    return "; ".join(plain)


_TAKES_PLACE = re.compile(r"\b(?:takes|take|took)\s+place\s+(?=(?:in|at|on)\s)")


def happens_for_takes_place(sentence: str) -> str:
    """``each exam takes place in one room``: *happens in one room*; no *take* is kept."""
    return _TAKES_PLACE.sub("happens ", sentence)


_WHILE_IT_LASTS = re.compile(
    r"^(?:while|whilst|during the time)\s+(?P<det>a|an|each|every|the)\s+(?P<x>[a-z][\w\-]*)\s+"
    r"(?P<act>(?!is\b|are\b)[a-z]+(?:\s+(?!i\b|we\b)[a-z]+){0,4}?),?\s+(?P<we>i|we)\s+"
    r"(?P<verb>log|record|note|keep|track|write down|jot down)\s+(?P<each>every|each|a|an)\s+"
    r"(?P<y>[a-z][\w\-]*)(?P<rest>\s+with\s.*)$"
)


def while_it_lasts(sentence: str) -> str:
    """``while a batch ages in the cave we log every turning with the date``: each turning is
    the batch's, logged while it lasts."""
    match = _WHILE_IT_LASTS.match(sentence)
    if match is None or verb_lemma(match.group("act").split()[0]) is None:
        return sentence
    y = match.group("y")
    return (
        f"{match.group('we')} {match.group('verb')} every {y}{match.group('rest')}; "
        f"each {y} belongs to a {match.group('x')}"
    )


_HEADER_EVENT = re.compile(
    r"^(?P<header>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?):\s+(?:a|an|each|every)\s+"
    r"(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<verb>[a-z]+s)(?:\s+(?:out|in|up|back|on|off|over))?"
    r"\s+(?:a|an|one|the)\s+"
    r"(?P<what>[a-z][\w\-]*(?:\s+(?!with\b)[a-z][\w\-]*)?)(?P<rest>\s*(?:,|$).*)$"
)
_ANY_THING = word_set("item thing one piece")
"""*takes out one item*: whatever thing it is, named elsewhere, no record of its own."""


def header_event(sentence: str) -> str:
    """``bookings: a guest books a session, with the number of places``: under a plural
    header, the act it names is one of those records, of both sides, with the list."""
    match = _HEADER_EVENT.match(sentence)
    if match is None:
        return sentence
    header = match.group("header")
    if not is_plural(header.split()[-1]) or verb_lemma(match.group("verb")) is None:
        return sentence
    one = f"each {singular_phrase(header)}"
    ends = [match.group(n) for n in ("who", "what") if match.group(n) not in _ANY_THING]
    owned = [f"{one} belongs to a {end}" for end in ends]
    return "; ".join([*owned, *_listed(one, match.group("rest"))])


_LOGGED_IN = re.compile(
    r"^(?P<det>every|each)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:in|on|from|under|during)\s+"
    r"(?:a|an|the|each)\s+"
    r"(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<rest>(?:is|gets)\s+(?:logged|recorded|noted|entered|listed|written\s+down)\s+with\s.*)$"
)


def logged_in(sentence: str) -> str:
    """``every blade in a drop-off gets logged with its kind``, ``each spraying visit under a
    plan is logged with the date``: each blade is logged, and is the drop-off's."""

    def plain(clause: str) -> list[str]:
        match = _LOGGED_IN.match(clause)
        if match is None:
            return [clause]
        x = match.group("x")
        return [
            f"{match.group('det')} {x} {match.group('rest')}",
            f"each {x} belongs to a {match.group('y')}",
        ]

    return per_clause(sentence, plain)


_A_SINGLE = re.compile(r"\ba\s+single\s+(?!(?:room|bed|bedroom|ticket|parent|malt)\b)(?=[a-z])")
"""(*a single room* is a kind of room.)"""


def one_for_a_single(sentence: str) -> str:
    """``is assigned a single lead firer``: *one lead firer*; *single* counts, it does not
    name the record."""
    return _A_SINGLE.sub("one ", sentence)


_NP = r"[a-z][\w\-]*(?:\s+(?!and\b|to\b|with\b)[a-z][\w\-]*)?"
_RECORD_SUBJECT = rf"(?P<subject>(?:each|every|a|an)\s+{_NP})"
_TIES = re.compile(
    rf"(?:^|(?<=, )(?:so |and |then )?){_RECORD_SUBJECT}\s+(?:ties|links|connects|pairs|matches|joins)\s+"
    rf"(?P<first>(?:a|an|one|the)\s+{_NP})\s+(?:to|with)\s+(?P<second>(?:a|an|one|the)\s+{_NP}"
    rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:a|an|one|the)\s+{_NP})*)"
    r"(?P<rest>\s*(?:,|$|and\s+(?:has|is|gets)\s).*)$"
)
"""*an order ties a customer to one skip, with a price*; *..., so a loan ties an item to a
member and a trip and has a returned tick box*: the record belongs to each of them."""
_IS_FOR_BOTH = re.compile(
    rf"^{_RECORD_SUBJECT}\s+(?:is\s+(?:always\s+)?for|belongs\s+to)\s+"
    rf"(?P<first>(?:a|an|one|the)\s+{_NP})\s+and\s+(?:to\s+|for\s+)?"
    rf"(?P<second>(?:a|an|one|the|one\s+of\s+(?:our|the|my))\s+{_NP})"
    r"(?P<rest>\s*(?:,|$|and\s+(?:has|is)\s).*)$"
)
_SENDS_ONE_TO_ONE = re.compile(
    rf"^{_RECORD_SUBJECT}\s+(?:sends|takes|brings|delivers|carries|ships)\s+(?P<first>one\s+{_NP})\s+"
    rf"to\s+(?P<second>one\s+{_NP})(?P<rest>\s*(?:,|$|and\s+(?:has|is|gets)\s).*)$"
)
"""*a shipment sends one box to one subscriber, with a tracking number*: the record that
moves one of a thing to one of another (not a doer's act: *a driver takes ...*)."""
_SIGNS_ONE_UP_TO_ONE = re.compile(
    rf"^{_RECORD_SUBJECT}\s+(?:signs|enrols|enrolls|enters|registers|books)\s+"
    r"(?P<first>one\s+[a-z][\w\-]*(?:\s+(?!(?:and|to|with|up|on|in|onto|into|for)\b)[a-z][\w\-]*)?)"
    rf"\s+(?:up\s+|in\s+)?(?:to|on|onto|into|for)\s+(?P<second>one\s+{_NP})"
    r"(?P<rest>\s*(?:,|$|and\s+(?:has|is|gets)\s).*)$"
)
"""*a membership signs one pet up to one plan, with a start date*, *an entry enters one dog into
one show*: the record that enrols one of a thing in one of another (not a doer's act: *a
receptionist signs one pet up ...*)."""
_ONE_IN_ONE = re.compile(
    rf"^(?:(?:then|and|so|now)\s+)?{_RECORD_SUBJECT}\s+is\s+(?P<first>one\s+[a-z][\w\-]*(?:\s+(?![a-z]+ing\b)(?!and\b|to\b|with\b)[a-z][\w\-]*)?)\s+"
    r"(?:[a-z]+ing\s+(?:(?:in|back|over|along|round|up)\s+)?|(?:in|at|on|for|with|to)\s+)"
    rf"(?P<second>one\s+{_NP})(?P<rest>\s*(?:,|$|and\s+(?:has|is)\s).*)$"
)
"""*each entry is one exhibitor in one class*: the record is the meeting of the two."""
_ONE_OF_OURS = re.compile(
    rf"^{_RECORD_SUBJECT}\s+(?:gets|has|is given)\s+one\s+of\s+(?:our|the|my)\s+(?P<many>[a-z][\w\-]*s)"
    r"(?P<rest>\s*(?:,|$).*)$"
)
_REST_FIELDS = re.compile(
    r"^\s*,\s*(?:and\s+)?(?:just\s+|only\s+)?(?P<how>with|their|its)\s+(?P<list>.+)$"
)
_REST_WE_KEEP = re.compile(
    r"^\s*,?\s*(?:and|so)\s+(?:then\s+)?(?:we|i)\s+(?:also\s+)?(?:put|record|log|note|keep|take|"
    r"write|jot|enter|store)(?:\s+down)?\s+(?P<list>(?:the|a|an|its|their)\s.+)$"
)
"""``..., and we put down the weight, the date and ...``: what we keep for the record met."""


_LISTED_ENDS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:a|an|one|the)\s)")


def belongs_to_both(sentence: str) -> str:
    """``an order ties a customer to one skip, with a price``, ``a membership signs one pet up
    to one plan, with a start date`` and ``a booking is for one hut and one hirer``: the record
    belongs to both; ``every order gets one of our drivers, just
    their name and licence number``: it belongs to one of them, and the list is theirs."""

    def plain(clause: str) -> list[str]:
        header, colon, body = clause.rpartition(": ")
        if colon and len(header.split()) <= MAX_HEADER_WORDS + 1:
            # "oh, and drivers: every order gets one of our drivers, ...": the header goes
            rewritten = plain(body)
            return [clause] if rewritten == [body] else rewritten
        pair = (
            _TIES.search(clause)
            or _IS_FOR_BOTH.match(clause)
            or _one_in_one(clause)
            or _sends_one_to_one(clause)
            or _signs_one_up_to_one(clause)
        )
        if pair is not None:
            before = clause[: pair.start()].rstrip(" ,")
            subject = pair.group("subject")
            ends = [pair.group("first"), *_LISTED_ENDS.split(pair.group("second"))]
            owned = [f"{subject} belongs to {_one_of_ours(end)}" for end in ends]
            return [*([before] if before else []), *owned, *_listed(subject, pair.group("rest"))]
        one = _ONE_OF_OURS.match(clause)
        if one is None:
            return [clause]
        picked = singular(one.group("many"))
        subject = one.group("subject")
        listed = _listed(subject, one.group("rest"), owner=f"each {picked}")
        return [f"{subject} belongs to one {picked}", *listed]

    return per_clause(sentence, plain)


def _one_of_ours(phrase: str) -> str:
    """*one of our decorators* → *one decorator*."""
    many = re.match(r"^one\s+of\s+(?:our|the|my)\s+(?P<many>[a-z][\w\-]*)$", phrase)
    return f"one {singular(many.group('many'))}" if many else phrase


_WITH_A_LIST = re.compile(r",?\s+with\s+(?=(?:a|an|the|its)\s)")


def _sends_one_to_one(clause: str) -> re.Match[str] | None:
    # "... to one subscriber with a tracking number": the list, as after a comma
    listed = _WITH_A_LIST.sub(", with ", clause, count=1)
    match = _SENDS_ONE_TO_ONE.match(listed)
    if match is None or names_a_doer(match.group("subject").split()[-1]):
        return None
    return match


def _signs_one_up_to_one(clause: str) -> re.Match[str] | None:
    listed = _WITH_A_LIST.sub(", with ", clause, count=1)
    match = _SIGNS_ONE_UP_TO_ONE.match(listed)
    if match is None or names_a_doer(match.group("subject").split()[-1]):
        return None
    return match


def _one_in_one(clause: str) -> re.Match[str] | None:
    match = _ONE_IN_ONE.match(clause)
    if match is None:
        return None
    heads = (match.group(n).split()[-1] for n in ("first", "second"))
    # "each booking is one night at one site": a time or a measure is no record
    return None if any(h in TIME_WORDS or h in UNIT_TYPES for h in heads) else match


_LIST_END = re.compile(r",\s+(?:and|but|so)\s+(?=(?:at|in|on|for|i|we|then|every|each|once)\b)")
"""Where a list ends and a clause of its own begins (*..., and at the end of the month i ...*)."""


def _listed(subject: str, rest: str, *, owner: str | None = None) -> list[str]:
    """The clause a trailing ``, with ...`` (the subject's) or ``, just their ...`` (``owner``'s)
    list makes; the rest of the clause as it was when it is no list."""
    if not rest.strip(" ,"):
        return []
    if rest.lstrip().startswith("and "):
        # "... and one crew and has the date": the subject's second predicate
        return [f"{subject} {rest.lstrip().removeprefix('and ')}"]
    listed = _REST_FIELDS.match(rest)
    if listed is None:
        kept = _REST_WE_KEEP.match(rest)
        return [f"{subject} has {kept.group('list')}" if kept else rest.strip(" ,")]
    holder = owner if owner and listed.group("how") == "their" else subject
    items, *after = _LIST_END.split(listed.group("list"), maxsplit=1)
    return [f"{holder} has {items}", *after]


def plain_passive(sentence: str) -> str:
    """``every treatment gets logged against a block``: the passive with *is*, as the readers
    of passives expect it."""

    def plain(match: re.Match[str]) -> str:
        if (
            not is_past_participle(match.group("done"))
            and match.group("done") not in _SAME_FORM_DONE
        ):
            return match.group(0)
        return f"{'are' if match.group('get') == 'get' else 'is'} {match.group('done')}"

    return _GET_DONE.sub(plain, sentence)


_TIME_POSSESSIVE = re.compile(
    r"\b(?P<det>each|every)\s+(?:day|week|night|month|year|morning|evening|shift)'s\s+(?=[a-z])"
)


_TO_US = re.compile(r"\b(?P<done>[a-z]+)\s+(?:to|for)\s+us\s+(?=(?:by|from|through|via)\s)")


def without_to_us(sentence: str) -> str:
    """``households are referred to us by an agency``: *referred by an agency*; ``a customer
    brings us their van``: *brings in their van*; who the business is goes without saying."""

    def plain(match: re.Match[str]) -> str:
        done = match.group("done")
        return f"{done} " if is_past_participle(done) else match.group(0)

    sentence = _TO_US.sub(plain, sentence)
    return _BRINGS_US.sub(r"\g<verb> in ", sentence)


_BRINGS_US = re.compile(r"\b(?P<verb>brings?|bring)\s+us\s+(?=(?:their|his|her|its|a|an)\s)")


def without_time_possessive(sentence: str) -> str:
    """``each day's pick is recorded``: one pick each day, a pick record."""
    return _TIME_POSSESSIVE.sub(r"\g<det> ", sentence)


PARTICLE_VERBS = word_set("fill write hand send type key turn put jot note sign")
"""Verbs whose particle adds nothing a record needs (*fill in a form*, *write up a report*)."""
_PARTICLE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:in|out|up|down)\s+(?=(?:a|an|the|each|every|their|its|his|her)\s)"
)


def without_particle(sentence: str) -> str:
    """``a member fills in a score card with ...``: *fills a score card with ...*; a plural act
    with *their* list keeps its particle, which the readers of people's acts know; *pair them
    up with mentors* is *pair them with mentors*."""

    def plain(match: re.Match[str]) -> str:
        verb = match.group("verb")
        if (verb_lemma(verb) or verb) not in PARTICLE_VERBS:
            return match.group(0)
        if verb == verb_lemma(verb) and " with their " in sentence[match.end() :]:
            return match.group(0)  # "adopters fill in a form with their name": the readers of
            # people's acts know whose the list is
        return f"{verb} "

    return _PRONOUN_PARTICLE.sub(r" \g<pronoun> ", _PARTICLE.sub(plain, sentence))


_PRONOUN_PARTICLE = re.compile(
    r"(?<=[a-z])\s+(?P<pronoun>them|it|him|her|us)\s+(?:up|in|out|off|over|back|down)\s+"
    r"(?=(?:with|to|for|against|into|onto|from)\s)"
)
"""*pair them up with mentors*: the particle after a pronoun is no record (*up*)."""


_PASSIVE_PARTICLE = re.compile(
    r"\b(?P<be>is|are|was|were|gets|get|and)\s+(?P<done>[a-z]+)\s+(?:after|over|up|out|off|on)"
    r"\s+by\b"
)


def without_passive_particle(sentence: str) -> str:
    """``every enclosure is looked after by one keeper``: *is looked by one keeper*, the
    passive every reader of who-does-what takes; so is a second passive (*is logged at an
    event and taken on by one fixer*)."""

    def plain(match: re.Match[str]) -> str:
        be = match.group("be")
        if be == "and":
            if not is_past_participle(match.group("done")):
                return match.group(0)
            # "and is taken by": the second predicate, as the clause splitter knows it
            many = re.search(r"\b(?:are|were)\b", sentence[: match.start()])
            be = "and are" if many else "and is"
        return f"{be} {match.group('done')} by"

    return _PASSIVE_PARTICLE.sub(plain, sentence)


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


ARTICLES = word_set("a an the each every one")
_VALUES_OF = re.compile(
    r"\b(?P<det>a|an|the)\s+(?P<field>(?:[a-z]+\s+)?[a-z]+)\s+of\s+"
    r"(?P<values>[a-z][\w\-]*(?:\s*,\s*[a-z][\w\-]*)+,?\s+or\s+[a-z][\w\-]*)\b"
    r"(?P<more>\s+with\s+[a-z][\w\-]*\b)?"
)


_TWO_VALUES_OF = re.compile(
    r"\b(?P<det>a|an)\s+(?P<field>(?:[a-z]+\s+)?(?P<head>[a-z]+))\s+of\s+"
    r"(?P<values>[a-z][\w\-]*\s+or\s+[a-z][\w\-]*)(?=\s*(?:,|;|$)|\s+and\s)"
)
_TWO_PHRASES_OF = re.compile(
    r"\b(?P<det>a|an)\s+(?P<field>(?:[a-z]+\s+)?(?P<head>[a-z]+))\s+of\s+"
    r"(?P<values>(?!(?:a|an|the|their|its|our|my)\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?"
    r"\s+or\s+(?!(?:a|an|the|their|its|our|my)\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?)"
    r"(?=\s*(?:[,;.]|$))"
)
"""``a delivery method of collect at the gym or post``: two values, one of several words,
after a word for a choice, up to the end of the list item."""


def _bracketed_values(match: re.Match[str]) -> str:
    """*a result of pass, fail or pass with advisories*: a value said again with more to it is
    a value of its own, *with* and all; otherwise what follows *with* is the record's."""
    values, more = match["values"], match["more"] or ""
    said = re.split(r"\s*,\s*|,?\s+or\s+", values)
    if more and said[-1] in said[:-1]:
        return f"{match['det']} {match['field']} ({values}{more})"
    return f"{match['det']} {match['field']} ({values}){more}"


_PHRASE_VALUES_OF = re.compile(
    r"\b(?P<det>a|an|the)\s+(?P<field>(?:[a-z]+\s+)?(?P<head>[a-z]+))\s+of\s+"
    r"(?P<values>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}(?:\s*,\s*[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})+"
    r",?\s+or\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)(?=\s*(?:[,;.]|$)|\s+and\s+(?:a|an|the|its)\s)"
)
"""``a cover level of accident only, time limited or lifetime``: values of several words, after
a word for a choice."""


_VALUED_HEADS = CHOICE_HEADS | VALUE_OF_HEADS
"""A word for a choice or for a quality: after either, *of* gives its values (*an urgency of
advice only, see at surgery or home visit*)."""


def values_of(sentence: str) -> str:
    """``a priority of red, amber or green`` and ``a payment method of cash or card``: the
    field and its values, in brackets; two values only after a word for a choice, since
    *a list of members or guests* names no values."""
    sentence = _PHRASE_VALUES_OF.sub(
        lambda m: (
            f"{m['det']} {m['field']} ({m['values']})" if m["head"] in _VALUED_HEADS else m[0]
        ),
        sentence,
    )
    sentence = _VALUES_OF.sub(_bracketed_values, sentence)
    sentence = _TWO_PHRASES_OF.sub(
        lambda m: (
            f"{m['det']} {m['field']} ({m['values']})"
            if m["head"] in _VALUED_HEADS and " and " not in m["values"]
            else m[0]
        ),
        sentence,
    )
    return _TWO_VALUES_OF.sub(
        lambda m: (
            f"{m['det']} {m['field']} ({m['values']})" if m["head"] in _VALUED_HEADS else m[0]
        ),
        sentence,
    )


_VALUE = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
_VALUES_TOLD = re.compile(
    r"\b(?P<field>[a-z][\w\-]*)\s+(?:that|which)(?:'s|\s+is|\s+can\s+be)\s+"
    rf"(?:(?:either|one\s+of)\s+(?P<either>{_VALUE}(?:\s*,\s*{_VALUE})*,?\s+or\s+{_VALUE})"
    rf"|(?P<listed>{_VALUE}(?:\s*,\s*{_VALUE})+,?\s+or\s+{_VALUE}))"
    r"(?=\s*(?:[,;:.]|\s(?:and|but|so)\s|$))"
)
"""*a time slot that's either sunrise or evening*, *a size that can be small, medium or
large*: two values need *either*, three make a list by themselves."""


def told_values(sentence: str) -> str:
    """``a time slot that's either sunrise or evening``: *a time slot (sunrise or evening)*, the
    bracketed values every field reader takes."""

    def bracketed(match: re.Match[str]) -> str:
        return f"{match.group('field')} ({match.group('either') or match.group('listed')})"

    return _VALUES_TOLD.sub(bracketed, sentence)


_PICKED_FROM = re.compile(
    r"\b(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:picked|chosen|selected|taken|drawn)\s+from\s+"
    r"(?:our|the|their|your|a)\s+(?P<source>[a-z][\w\-]*)(?:\s+(?:list|register|roster|pool|table))?"
    r"\b"
)


def picked_from(sentence: str) -> str:
    """``a job has a start date and a crew leader picked from our staff list``: *a job has a
    start date and a staff; a job belongs to a staff*, the record the field points at."""

    def linked(part: str) -> list[str]:
        match = _PICKED_FROM.search(part)
        tokens = words(part)
        subject = leading_noun_phrase(tokens) if tokens[:1] and tokens[0] in ARTICLES else ""
        if not match or not subject:
            return [part]
        source = singular(match.group("source"))
        return [
            f"{part[: match.start()]}a {source}{part[match.end() :]}",
            f"{tokens[0]} {subject} belongs to a {source}",
        ]

    return per_clause(sentence, linked)


_CONDITION = re.compile(
    r"(?<=[a-z])\s+(?:if|when|once|unless)\s+(?:they|she|he|it|we|you|the|there|any|one|someone)\b"
    r"[^,;:()]*?(?=\s*(?:[,;:)]|$|\s(?:and|plus)\s+(?:a|an|the|their|its|how|whether|what)\s))"
)
_JOINING = word_set("and or but also plus")
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


_TELLING = (
    r"(?:giving|recording|noting|stating|including|listing|showing|logging|saying|"
    r"specifying|ticking|marking|choosing|picking)"
)
_PARTICIPLE_LIST = re.compile(
    rf",\s+{_TELLING}\s+(?=(?:the|a|an|their|its|how|whether|what|when)\s)"
)
_UNMARKED_PARTICIPLE_LIST = re.compile(
    r"(?<=[a-z])\s+(?:giving|recording|noting|listing|stating|logging)\s+"
    r"(?=(?:the|a|an|their|its|how|whether|what|when)\s)"
)
"""*Every judge fills in a scorecard giving the round number*: no comma, and only the verbs
that never do more than open a list."""
_AND_TELLING = re.compile(rf",?\s+and\s+{_TELLING}\s+(?=(?:the|a|an|their|its|how|whether)\s)")


def participle_list(sentence: str) -> str:
    """``members list the stamps, giving the country, year of issue and a value``: *members
    list the stamps with the country, ...*; the participle introduces the stamps' fields, and
    a second one (*..., and ticking whether ...*) goes on with the same list."""
    return _participle_as_with(sentence, _PARTICIPLE_LIST)


def unmarked_participle_list(sentence: str) -> str:
    """``after each round every judge fills in a scorecard giving the round number, ...``:
    *... a scorecard with the round number, ...*, as :func:`participle_list` reads it after a
    comma; it runs after the readers of what people give when they book (*people book onto a
    course giving their name*), which keep their own reading."""
    return _participle_as_with(sentence, _UNMARKED_PARTICIPLE_LIST)


def _participle_as_with(sentence: str, participle: re.Pattern[str]) -> str:
    listed = participle.search(sentence)
    if listed is None:
        return sentence
    rest = _AND_TELLING.sub(" and ", sentence[listed.end() :])
    return f"{sentence[: listed.start()]} with {rest}"


_ADVERB_AFTER_US = re.compile(
    r"\b(?P<us>i|we)\s+(?:just|also|usually|always|simply|basically|normally|then|often)\s+"
    r"(?=[a-z])"
)
WE_KEEP_VERBS = "need|keep|record|take|want|note|store|log|track"
"""The verbs an owner says what is kept with (*for an exhibitor i need ...*), for the rewrites
that find a field list after them."""
_THEN_AFTER_PEOPLE = re.compile(
    r"(?P<people>(?:^|[;,]\s*|\band\s+)(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+then\s+(?=[a-z]+\s)"
)


_FOR_ONE = re.compile(
    r"(?P<lead>^|,\s*(?:and\s+)?)for\s+(?:a|an|any)\s+(?P<np>[a-z][\w\-]*)\s+"
    rf"(?=(?:we|i)\s+(?:only\s+|just\s+|also\s+)?(?:{WE_KEEP_VERBS})\b)"
)


_PEOPLE_ARE_SO = re.compile(
    r"^(?P<people>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+are\s+(?:(?:all|mostly|just)\s+)?"
    r"(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*s\s*,?\s+so\s+(?:i|we)\s+(?:only\s+|just\s+)?"
    rf"(?:{WE_KEEP_VERBS})\s+(?:their\s+)?(?P<list>[a-z].+)$"
)


def people_are_so(sentence: str) -> str:
    """``shoppers are freelancers, so i only need their name, phone and paypal email``:
    *shoppers have a name, phone and paypal email*; what they are says why so little is kept."""

    def plain(clause: str) -> list[str]:
        match = _PEOPLE_ARE_SO.match(clause)
        if match is None or not is_plural(match.group("people").split()[-1]):
            return [clause]
        return [f"{match.group('people')} have {match.group('list')}"]

    return per_clause(sentence, plain)


_PEOPLE_ACT_WE_KEEP = re.compile(
    r"^(?:then\s+|and\s+)?(?P<people>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+(?P<verb>[a-z]+)\s+"
    r"(?P<object>them|it|(?:a|an|the|one|our)\s+[a-z][\w\-]*)\s*,\s*and\s+(?:i|we)\s+"
    rf"(?:only\s+|just\s+|also\s+)?(?:{WE_KEEP_VERBS})\s+their\s+(?P<list>.+?)"
    r"(?:,\s+and\s+(?P<rest>(?:when|whenever|once|if|then|each|every|we|i)\b.*))?$"
)


def people_act_we_keep(sentence: str) -> str:
    """``then customers rent them, and we need their name, email and phone, and when ...``:
    *customers rent them; customers have name, email and phone; when ...*, *their* the people
    just named, not what they act on."""

    def plain(clause: str) -> list[str]:
        match = _PEOPLE_ACT_WE_KEEP.match(clause)
        if match is None:
            return [clause]
        people, verb = match.group("people"), match.group("verb")
        if not is_plural(people.split()[-1]) or verb_lemma(verb) != verb or not can_be_verb(verb):
            return [clause]
        found = [
            f"{people} {verb} {match.group('object')}",
            f"{people} have {match.group('list')}",
        ]
        return found + ([match.group("rest")] if match.group("rest") else [])

    return per_clause(sentence, plain)


def for_one(sentence: str) -> str:
    """``exhibitors enter classes, and for an exhibitor i need their name``: *...; for each
    exhibitor i need their name*, what is kept for every one of them."""

    def each(match: re.Match[str]) -> str:
        lead = "; " if match.group("lead") else ""
        return f"{lead}for each {match.group('np')} "

    return _FOR_ONE.sub(each, sentence)


def without_our_adverb(sentence: str) -> str:
    """``for each sharpening i just jot the name``: *i jot the name*; ``wardens then record
    sandbag drops``: *wardens record ...*; the adverb says when or how often, never what is
    kept."""
    sentence = _ADVERB_AFTER_US.sub(r"\g<us> ", sentence)
    return _THEN_AFTER_PEOPLE.sub(r"\g<people> ", sentence)


_PLACE_IN = re.compile(
    r"\b(?P<verb>(?:book|reserve|take|buy|get|hold|want|request)(?:s|ed)?)\s+"
    r"(?:(?:a|an|the)\s+(?P<spot>spot|place|seat|slot|space)|(?:some\s+|several\s+)?(?:spots|places|seats|slots))"
    r"\s+(?:in|on|at|for)\s+(?:(?P<det>a|an|the|one)\s+(?=[a-z])|(?=[a-z][\w\-]*s\b))"
)


def place_in(sentence: str) -> str:
    """``people book a spot in a session``: *people book a session*; the spot is their part of
    the session the booking is for, not a record of its own, unless the sentence tells what
    one keeps (*a member books a slot on a reformer, and a slot is just a date, ...*)."""

    def booked(match: re.Match[str]) -> str:
        spot = match.group("spot")
        if spot and re.search(rf"\b(?:a|an|each|every|the)\s+{spot}\s+(?:is|has)\b", sentence):
            return match.group(0)
        if match.group("det") is None:
            return f"{match.group('verb')} "  # "book seats on trips": book trips
        det = "a" if match.group("det") == "one" else match.group("det")
        return f"{match.group('verb')} {det} "

    return _PLACE_IN.sub(booked, sentence)


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
    placed = is_past_participle(tokens[0]) or tokens[0] in _SAME_FORM_DONE
    if placed and tokens[0] not in FUNCTION_WORDS:
        return owned  # "with scare actors spread across themed rooms": where they are
    if tokens[0] == "and" and len(tokens) > 2 and tokens[1] in _OPENS_A_CLAUSE:
        # "with twenty narrowboats, and what keeps biting us is faults": a clause of its own
        return f"{owned}; {rest.removeprefix('and ')}"
    if tokens[0] != "and" or len(tokens) < 2 or verb_lemma(tokens[1]) != tokens[1]:
        return sentence  # "with two cabins and a plunge pool": the list goes on
    return f"{owned}; {business.group('us')} {rest.removeprefix('and ')}"


_BRACKETED_CLAUSE = re.compile(
    r"\s*\((?P<clause>(?:(?:the\s+|our\s+)?[a-z][\w\-]*s(?:\s+(?:just|only|each|all))?\s+"
    r"(?:have|carry|hold|need|(?P<with>with))"
    # "(every source has a type, a title and ...)": one said of each
    r"|(?:each|every)\s+[a-z][\w\-]*\s+(?:has|carries|holds|needs))\s+[^()]+)\)"
)


def bracketed_clause(sentence: str) -> str:
    """``a start time in a bay (bays just have a number)``: the bracket is a clause of its own
    about the bays. Only where the bracket ends a clause: ``assigned to a crew (crews have a
    name) and move from ...`` goes on about what was assigned."""
    aside = _BRACKETED_CLAUSE.search(sentence)
    if aside is None or not re.match(r"\s*(?:[,;:]|$)", sentence[aside.end() :]):
        return sentence
    clause = aside.group("clause")
    if aside.group("with"):
        # "(breeders with a name and phone)": what the breeders have
        clause = re.sub(r"\s+with\s+", " have ", clause, count=1)
    before, after = sentence[: aside.start()], sentence[aside.end() :]
    if re.match(r"\s*,\s*(?:and\s+)?(?:it|they)\s", after):
        return f"{before}{after}; {clause}"  # "..., and it lives in ...": still the subject
    return f"{before}; {clause}{after}"


_KEPT_IN_BRACKETS = re.compile(
    r"\((?:(?:(?:we|i)\s+(?:only\s+|just\s+|also\s+|always\s+)?"
    r"(?:keep|need|take|record|store|note|log|want|get|collect|ask for|write down|jot down|"
    r"take down|have)"
    # "(all i need is their name, phone and email)": all we need is what we need
    r"|all\s+(?:we|i)\s+(?:need|want|keep|take)\s+is)"
    r"\s+(?:(?:their|his|her|its)\s+|the\s+[a-z][\w\-]*'s\s+(?P<whose>))?"
    r"|(?:a|an)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*\s+with\s+)"
    r"(?P<list>[^()]+?)(?:\s+(?:for|on|about)\s+(?:each|every one|each one|them|it)\b[^()]*)?\)"
)


_ENOUGH_IN_BRACKETS = re.compile(
    r"\((?:just\s+|only\s+)?(?P<list>(?!for\s)[^()]+?(?:,|\s+and\s+)[^()]+?)\s+(?:is|are|will\s+do|would\s+do)\s+"
    r"(?:plenty|enough|fine|all\s+we\s+need)(?:\s+really)?\s*\)"
)
"""``the passengers (name and seat number is plenty)``: what is enough of them is their list."""
_BRACKET_AGAIN = re.compile(r"\(\s*(?:again|as before|likewise|same again|also)\s*,\s*(?=[^()]+\))")


def kept_in_brackets(sentence: str) -> str:
    """``a customer (we only need their name, phone and email)``, ``a guardian (a local
    volunteer with a name and phone)``, ``fitters (we keep a name and mobile for each)``: the
    bracket lists the fields of the noun before it, as ``a customer (name, phone, email)``;
    ``(again, just a name)`` is ``(just a name)``, the *again* no field; ``(name and seat
    number is plenty)`` is ``(name and seat number)``."""
    sentence = _ENOUGH_IN_BRACKETS.sub(r"(\g<list>)", _BRACKET_AGAIN.sub("(", sentence))
    return _KEPT_IN_BRACKETS.sub(
        lambda match: (
            f"({match.group('list')})"
            # one item is a field where it is said whose (*we only need the driver's name*)
            if "," in match.group("list")
            or " and " in match.group("list")
            or match.group("whose") is not None
            else match.group(0)
        ),
        sentence,
    )


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


_TIME_SPAN = re.compile(
    r",?\s+(?:from|between)\s+(?P<start>(?:a|an|the)\s+(?:[a-z]+\s+)?(?:date|time|day))\s+"
    r"(?:to|and|until|till)\s+(?P<end>(?:a|an|the)\s+(?:[a-z]+\s+)?(?:date|time|day))\b"
)
_SPAN_SUBJECT = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+(?P<verb>[a-z]+s)\s+(?=(?:one|a|an)\s)"
)
_BOOKING_VERBS = frozenset(["books", "reserves", "hires", "rents", "orders"])
"""Verbs whose span belongs to the act they make, which the readers of dated acts find."""


def time_span(sentence: str) -> str:
    """``a shift puts one guard at one venue from a start time to an end time``: *a shift
    puts one guard at one venue; a shift has a start time and an end time*, the times of the
    record the clause opens with."""

    def plain(clause: str) -> list[str]:
        opening = _SPAN_SUBJECT.match(clause)
        span = _TIME_SPAN.search(clause)
        if opening is None or span is None or opening.group("verb") in _BOOKING_VERBS:
            return [clause]
        rest = f"{clause[: span.start()]}{clause[span.end() :]}"
        return [
            rest,
            f"{opening.group('subject')} has {span.group('start')} and {span.group('end')}",
        ]

    return per_clause(sentence, plain)


_RUNS_SPAN = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+(?:runs|lasts)\s+"
    r"(?:from|between)\s+(?P<start>(?:a|an|the)\s+(?:[a-z]+\s+)?(?:date|time|day))\s+"
    r"(?:to|and|until|till)\s+(?P<end>(?:a|an|the)\s+(?:[a-z]+\s+)?(?:date|time|day))"
    r"(?:\s+(?:at|for)\s+(?P<price>(?:a|an)\s+(?:[a-z]+\s+)?(?:price|cost|fee|rate|charge)))?"
    r"(?=\s*(?:,|;|$))"
)


def runs_from_to(sentence: str) -> str:
    """``a booking runs from a start date to an end date at a total price``: *a booking has a
    start date, an end date and a total price*."""

    def plain(clause: str) -> list[str]:
        runs = _RUNS_SPAN.match(clause)
        if runs is None:
            return [clause]
        start, end, price = runs.group("start", "end", "price")
        held = f"{start}, {end} and {price}" if price else f"{start} and {end}"
        return [f"{runs.group('subject')} has {held}{clause[runs.end() :]}"]

    return per_clause(sentence, plain)


_PLACED_SUBJECT = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+(?P<place>(?:on|against|for|about)\s+(?:a|an|the|each|every)\s+"
    r"[a-z][\w\-]*)\s+(?P<done>(?:get|are|were|got)\s+[a-z]+ed)\b"
)


def placed_after_passive(sentence: str) -> str:
    """``faults on a unit get raised with a description``: *faults get raised on a unit with a
    description*, the record first, then where it is raised, as the passive readers expect."""

    def reorder(match: re.Match[str], rest: str) -> str | None:
        if not is_past_participle(match.group("done").split()[-1]):
            return None
        return f"{match.group('things')} {match.group('done')} {match.group('place')}{rest}"

    return reordered(sentence, _PLACED_SUBJECT, reorder)


_WHEN_SOMEONE_ACTS = re.compile(
    r"(?:^|,\s*|\band\s+)(?:when|whenever|if)\s+(?:someone|somebody|anyone|anybody|a customer|customers|people)\s+"
    r"(?:(?:rings?|calls?|phones?|comes?|writes?|emails?)(?:\s+(?:up|in))?\s+to\s+)?"
    r"(?P<verb>[a-z]+)\b[^,;]*?,?\s+(?:i|we)\s+(?:(?:would like|want|need|have|like)\s+to\s+|will\s+)?"
    r"(?P<keep>log|record|note|keep|enter|file)\s+it\s+(?P<rest>(?:against|on|for|under)\s+.+)$"
)


_LOG_THEIR = re.compile(
    r"(?:(?P<lead>^|,\s+and\s+|;\s+)(?:our\s+|the\s+)?(?P<people>[a-z][\w\-]*s)\s+(?:also\s+)?|\b)"
    r"(?P<verb>log|logs|record|records|book|books|enter|enters|submit|submits)\s+"
    r"(?:(?:their|his|her)\s+(?P<what>[a-z][\w\-]*)|(?P<hours>hours))\s+"
    r"(?=(?:against|on|to)\s+(?:a|an|each|every|the)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?\s+with\s+(?P<list>[^;]*))"
)
_HOURS_SAID = re.compile(r"\b(?:hours|minutes|mins|duration)\b")


def log_their_time(sentence: str) -> str:
    """``investigators log their time against a case with a date, hours ...``: *log a time
    log against a case with ...*, a record of each time they do it; ``engineers log their
    hours on a work order with the date``: a time log, whose list keeps the hours."""
    hours = _LOG_THEIR.search(sentence)
    if hours and "hours" in hours.group("what", "hours") and not _HOURS_SAID.search(hours["list"]):
        at = hours.start("list")
        sentence = f"{sentence[:at]}the hours, {sentence[at:]}"

    def plain(match: re.Match[str]) -> str:
        verb, people = match.group("verb", "people")
        what = "time" if match["hours"] else match["what"]
        what = "time" if what == "hours" else what  # the hours logged are time spent
        if is_plural(what) and what not in TIME_WORDS and singular(what) not in UNIT_TYPES:
            record = singular(what)  # "log their expenses against a job"
        else:
            record = f"{what} {'log' if verb.startswith('log') else 'entry'}"
        if people is None or people in FUNCTION_WORDS:
            return f"{verb} a {record} "
        # the people who log it are whose each one is
        lead = "; " if match["lead"] else ""
        return f"{lead}each {record} is made by one {singular(people)}; {people} {verb} a {record} "

    return _LOG_THEIR.sub(plain, sentence)


_LOGGED_THEN_ASKED = re.compile(
    r"\b(?P<logged>(?:log|logs|record|records|note|notes|enter|enters)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"(?:against|for|on|under)\s+(?:a|an|each|every|the)\s+[a-z][\w\-]*),\s+"
    r"(?=(?:how\s+(?:many|much|long)|what|which|when|who)\s)"
)


def logged_then_asked(sentence: str) -> str:
    """``i log ticket sales against a show, how many were sold and on what date``: *... with
    how many were sold ...*; the questions after the act are what each record holds."""
    return _LOGGED_THEN_ASKED.sub(r"\g<logged> with ", sentence)


def logged_act(sentence: str) -> str:
    """``when somebody rings up to complain about their paper i log it against the house with
    the date``: *we log a complaint against the house with the date*, the act's own record."""
    match = _WHEN_SOMEONE_ACTS.search(sentence)
    said = match.group("verb") if match else None
    lemma = verb_lemma(said) if said and said not in AUXILIARIES else None
    act = act_or_irregular_noun(lemma) if lemma else None
    if match is None or act is None:
        return sentence
    before = sentence[: match.start()].rstrip(" ,")
    logged = f"we {match.group('keep')} a {act} {match.group('rest')}"
    said_before = [w for w in words(before) if w not in FUNCTION_WORDS]
    # "oh, and when somebody rings up ...": an interjection before it is no clause to keep
    return f"{before}; {logged}" if any(can_be_verb(w) for w in said_before) else logged


_GET_GIVEN = re.compile(
    r"^(?:the\s+|our\s+)?(?P<people>[a-z][\w\-]*s)\s+(?:\([^()]*\)\s+)?(?:each\s+|all\s+)?get\s+"
    r"(?:given|sent|assigned|allocated)\s+(?P<things>[a-z][\w\-]*s)\b"
)


def get_given(sentence: str) -> str:
    """``the drivers each get given orders to deliver``: *orders are given to drivers to
    deliver*, the things handed out first, as the readers of handing out expect."""
    return reordered(
        sentence,
        _GET_GIVEN,
        lambda match, rest: f"{match.group('things')} are given to {match.group('people')}{rest}",
    )


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


_STATUS_GOING = re.compile(
    r"\b(?P<noun>status|stage|state)\s+(?:going|moving|running|passing|progressing)\s+"
    r"(?=(?:from|through)?\s*[a-z])"
)


_DONE_AT_ONE_NOTED = re.compile(
    r"^(?:(?:each|every|any|all|the)\s+)?(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<done>[a-z]+ed)\s+"
    r"(?:at|on|in|during|for|from|with)\s+(?:a|an|the|each|every|one)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:are|is|get|gets)\s+(?:noted|recorded|logged|kept|entered|written\s+down|listed)\s+"
    r"with\s+(?P<list>(?:a|an|the|its|their|how|what|which|whether)\s.+)$"
)


def done_at_one_noted(sentence: str) -> str:
    """``medicines prescribed at a visit are noted with the product, the dose``: *each
    medicine belongs to one visit; each medicine has the product, the dose*, what is done at
    one record kept with its own list."""

    def plain(clause: str) -> list[str]:
        match = _DONE_AT_ONE_NOTED.match(clause)
        if match is None or not is_past_participle(match["done"]):
            return [clause]
        things = match["things"]
        if not can_be_noun(things.split()[-1]) or things.split()[-1] in FUNCTION_WORDS:
            return [clause]
        each = singular_phrase(things)
        return [f"each {each} belongs to one {match['one']}", f"each {each} has {match['list']}"]

    return per_clause(sentence, plain)


_WE_CHARGE_FOR = re.compile(
    r"(?:^|,\s+(?:and\s+)?|\band\s+)(?:we|i)\s+(?:also\s+)?(?:charge|bill|take|collect)\s+(?:a|an|the)\s+"
    r"(?P<fee>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:for|on)\s+(?:the|each|every|a|an)\s+"
    r"(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)


def we_charge_for(sentence: str) -> str:
    """``we charge a call-out fee for the visit``: *each visit has a call-out fee*, the sum
    being the record's."""

    def plain(clause: str) -> list[str]:
        match = _WE_CHARGE_FOR.search(clause)
        if match is None or infer_type(words(match["fee"])) != "decimal":
            return [clause]
        if is_plural(match["thing"].split()[-1]):
            return [clause]
        before = clause[: match.start()]
        return [*([before] if before else []), f"each {match['thing']} has a {match['fee']}"]

    return per_clause(sentence, plain)


_ONE_GETS_IN_TOUCH = re.compile(
    r"^(?:so\s+|basically\s+|first\s+)?(?:when\s+)?(?:a|an)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:calls|rings|phones|emails|enquires|books|arrives|comes in|turns up|gets in touch)"
    r"(?:\s+(?:up|in|us|me))?\s*,\s+(?:so\s+|then\s+)?(?:i|we)\s+"
    r"(?:take|note|get|grab|write down|jot down|record|ask for|need|log)\s+their\s+"
    r"(?P<list>.+?)(?P<rest>,\s+and\s+(?:i|we|then)\s.*)?$"
)


def one_gets_in_touch(sentence: str) -> str:
    """``a customer calls, i take their name, phone and where the car is``: *each customer
    has name, phone and where the car is*, what is taken down of the one who got in touch."""
    match = _ONE_GETS_IN_TOUCH.match(sentence)
    if match is None or not can_be_noun(match["who"]) or match["who"] in FUNCTION_WORDS:
        return sentence
    rest = (
        f"; {match['rest'].removeprefix(',').strip().removeprefix('and ')}" if match["rest"] else ""
    )
    return f"each {match['who']} has {match['list']}{rest}"


_RATE_ONE = re.compile(
    r"\b(?P<who>[a-z][\w\-]*s)\s+(?P<modal>(?:can|may|will|also)\s+)?rate\s+"
    r"(?P<thing>(?:a|an|each|every|the|their)\s+[a-z][\w\-]*(?:\s+(?!from\b|between\b|out\b)"
    r"[a-z][\w\-]*)?)\s+(?P<scale>(?:from\s+|between\s+)?\d+\s*(?:to|-|and)\s*\d+|out\s+of\s+\d+)"
    r"(?:\s*,?\s+(?:with|and\s+(?:leave|add|write))\s+(?P<rest>[^;,]+))?"
)


def rate_one(sentence: str) -> str:
    """``subscribers can rate a box from 1 to 5 with a comment``: *subscribers can review a
    box with a rating from 1 to 5 and a comment*, a review of the thing by the people, its
    rating on the scale told."""

    def plain(match: re.Match[str]) -> str:
        said = f"{match['who']} {match['modal'] or ''}review {match['thing']} with a rating"
        rest = f" and {match['rest']}" if match["rest"] else ""
        return f"{said} {match['scale']}{rest}"

    return _RATE_ONE.sub(plain, sentence)


_FLOW_TOLD = re.compile(r"\b(?:goes|go|moves|move|passes|runs|progresses)\s+(?:through|from)\s")
_WHILE_IN_FLOW = re.compile(
    r"\s+(?:while|whilst)\s+(?:the|a|an|they|we|i|he|she|it|our|my|their)\s+[^,;]*"
)
_ENDS_UP = re.compile(
    r",?\s+and\s+(?:then\s+)?(?:ends|finishes|winds)(?:\s+up)?\s+(?:either\s+|as\s+)?(?=[a-z])"
)


def flow_ends_up(sentence: str) -> str:
    """``the case goes through diagnosis, then awaiting approval while the customer thinks
    about my quote, then recovery, and ends up either recovered or unrecoverable``: *... goes
    through diagnosis, then awaiting approval, then recovery, then recovered or
    unrecoverable*; what happens meanwhile is no state, and where it ends is its last."""
    told = _FLOW_TOLD.search(sentence)
    if told is None:
        return sentence
    flow = _WHILE_IN_FLOW.sub("", sentence[told.end() :])
    return f"{sentence[: told.end()]}{_ENDS_UP.sub(', then ', flow)}"


_COMMA_MOVING = re.compile(
    r",\s+(?:then\s+)?(?:moving|going|progressing|passing)\s+(?=(?:from|through)\s+[a-z])"
)
"""*..., with a tracking number, moving from packed to ...*: the record moving, told after its
list."""


def status_going(sentence: str) -> str:
    """``a status going placed, packed, delivered``: *a status that goes ...*, the shape the
    flow readers take; ``..., with a tracking number, moving from packed to shipped, or
    returned``: *...; each shipment moves from ...*, a clause of its own, so its last value is
    a state and not one more item of the list."""
    moving = _COMMA_MOVING.search(sentence)
    # "a helpdesk: tickets with ..., moving from ...": the records after a header
    before = sentence[: moving.start()].rsplit(":", 1)[-1].strip() if moving else ""
    record = record_before(before, len(before)) if moving else None
    if moving and record and can_be_noun(record.split()[-1]):
        said = f"each {singular_phrase(strip_determiners(record))} moves "
        sentence = f"{sentence[: moving.start()]}; {said}{sentence[moving.end() :]}"
    return _STATUS_GOING.sub(r"\g<noun> that goes ", sentence)


MAX_HEADER_WORDS = 3
"""A colon after at most this many words ends a header (*pledges:*), not a clause."""


_FOR_EACH_HEAD = re.compile(r"^for\s+(?:each|every)\s+(?P<one>[a-z][\w\-]*)\b")


def record_before(sentence: str, at: int, *, ours: bool = False) -> str | None:
    """The record the clause before ``at`` opens with (*a race* in ``a race has a date; for
    each bird ...``, *customer* in ``for each customer we keep a name``), None when it opens
    with a person (*we*, *i*); with ``ours``, what we do (*competitions* in ``we enter
    competitions with a date, and every time ...``)."""
    before = re.split(r";\s+|,\s+and\s+|,\s+so\s+", sentence[:at])[-1]
    before = re.sub(r"^(?:so|and|then)\s+", "", before)
    done = _WE_DO_THINGS.match(before) if ours else None
    if done is not None:
        return singular(done.group("things"))
    head = _FOR_EACH_HEAD.match(before)
    if head is not None:
        return head.group("one")  # "for each customer we keep a name": the customer
    subject = leading_noun_phrase(words(before))
    if not subject or subject in ("we", "i", "you", "they", "it"):
        return None
    return subject


_WE_DO_THINGS = re.compile(
    r"^(?:we|i)\s+(?:also\s+)?[a-z]+\s+(?:in\s+|for\s+|at\s+)?(?P<things>[a-z][\w\-]*s)\b"
)


def act_done(done: str) -> str | None:
    """The record of the act a participle tells (*buried* → burial, *lent* → loan)."""
    lemma = verb_lemma(done)
    return act_or_irregular_noun(lemma) if lemma else None
