"""The words that name a field and type it, read from its phrase once brackets, options and ranges
are gone: *how many came* → attendance, *the number of birds in it* → birds, *weight in kg* →
weight kg, and the small clauses of field_questions, field_dates, field_flags and field_clauses.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_or_phrase import ABOUT_WHAT, conditioned_noun
from appwright.design.offline.draft import FieldDraft
from appwright.design.offline.field_clauses import clause_field
from appwright.design.offline.field_dates import date_field
from appwright.design.offline.field_flags import tick_box_field, whether_field
from appwright.design.offline.field_questions import question_field
from appwright.design.offline.field_words import meaning_words, one_each, only_verb
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.types import UNIT_TYPES, find_range, infer_type, spelled_unit
from appwright.design.offline.word_classes import AUXILIARIES, DETERMINERS, SUBJECT_PRONOUNS, words
from appwright.design.offline.word_forms import (
    can_be_adjective,
    can_be_noun,
    is_past_participle,
    listed_as_noun,
    verb_form,
    verb_lemma,
)

FIELD_NOUNS = frozenset(["field", "column", "attribute"])
"""Words that say a phrase is a field (*a probability field*), never part of its name."""


FLAG_NOUNS = frozenset(["flag", "checkbox", "toggle"])
"""Words that make the name before them a yes/no fact (*a paid flag*)."""


LEADING_WITH = frozenset(["with", "having", "including", "plus"])
"""A list item opened by *with* (``..., with a total``) names the field after it."""


_HOW_MANY_CAME = re.compile(
    r"^how\s+many\s+(?:people\s+|of\s+them\s+|members\s+|guests\s+)?"
    r"(?:came|come|turned\s+up|turn\s+up|showed\s+up|show\s+up|attended|attend)$"
)
"""*how many came*, *how many people turned up*: the attendance."""


_DAY_OF_THE_MONTH = re.compile(
    r"^day\s+of\s+the\s+month\s+(?:it|they)\s+(?:is|are|falls?|fall)\s+(?P<what>due|payable)$"
)
"""*the day of the month it is due*: which day each month, a number (the due day)."""


_HOW_MANY_DOING = re.compile(
    r"^how\s+many\s+(?:people\s+)?(?:are|were|will\s+be)\s+(?P<doing>[a-z]+)ing$"
)
"""*how many are travelling*: the travellers, counted (not *coming*, *going*: no doers)."""
_MODALS = frozenset(["will", "would", "can", "could", "should", "might", "must", "may"])
"""*how many people will live aboard*: the people, however their doing is said."""


_IN_STOCK = re.compile(
    r"^(?:currently\s+|still\s+)?(?:(?:have|has)(?:\s+got)?(?:\s+in(?:\s+stock)?|\s+on\s+hand)?"
    r"|(?:hold|keep|carry)\s+in\s+stock)$"
)
"""*how many we have*, *how many we've got in*, *how many we keep in stock*: what is in stock."""


_TIMES_DONE = re.compile(r"^times\s+(?:it|they)\s+(?:has|have)\s+been\s+[a-z]+ed$")
"""*how many times it has been washed*: a count of the times it was."""


_NO_DOERS = frozenset(["com", "go", "be", "do", "attend", "hav", "gett"])


_HOW_MANY_IN = re.compile(
    r"^how\s+many\s+(?:people\s+|of\s+them\s+)?(?:are|were|there\s+are|will\s+be)\s+in\s+"
    r"(?:their|the|each|every|his|her|its)\s+(?P<what>[a-z][\w\-]*)$"
)


_WHAT_KIND_IT_IS = re.compile(
    r"^(?:what|which)\s+(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:(?:it|they|he|she)(?:'s|\s+(?:is|are|was|were))(?:\s+[a-z]+)?"
    r"|(?:it|they)\s+(?:sits|sit|lives|live|stays|stay|stands|stand|hangs|hang|is\s+kept|are\s+kept|"
    r"is\s+stored|are\s+stored)(?:\s+(?:in|on|at|under))?"
    r"|(?:it|they)\s+(?:was|were|is|are|got)\s+(?:done|carried\s+out|held|played|made|taken|fitted|used)"
    r"\s+(?:in|on|at|with|by))$"
)
"""``what year it is from``, ``what colour they are``, ``which bay it sits in``, ``which sheet it
was done on``: the year, the colour, the bay, the sheet."""


_HOW_MUCH_DONE = re.compile(
    r"^how\s+(?:much\s+(?:(?:they|we|he|she|it|you|i)\s+)?(?:have\s+|has\s+|is\s+)?"
    r"(?P<verb>paid|owe|owes|owed|charged|spent|left|raised|earned|cost)\b"
    r"|(?P<long>long)\s+(?:it|they|the\s+[a-z]+)\s+(?:took|takes|lasted|lasts))"
)


_IN_A_UNIT = re.compile(r"^\s+in\s+(?P<unit>[a-z]+)\s*$")
"""What follows *how long it took* when it names the unit: *in minutes*."""


_WHEN_DUE = re.compile(
    r"^when\s+(?:it|they|he|she)\s*(?:'s|'re|\s+is|\s+are)\s+due(?:\s+(?P<particle>back|in|out|off))?$"
)


_WHERE_FROM = re.compile(
    r"^where (?:(?:the|its|their|our) (?P<what>[a-z][\w\-]*(?: [a-z][\w\-]*)?)|it|they) "
    r"(?:comes?|came|is|are|was|were)(?: sourced| bought)? from$"
)
"""``where the stone comes from``: the stone's source, as a record keeps it."""


_NUMBER_OF = re.compile(
    r"^(?:the )?(?:(?P<bound>maximum|minimum|max|min|expected|estimated|average|total) )?"
    r"(?:number|count|amount|quantity) of (?P<what>.+)$|^how many (?P<many>.+)$"
)


_WHO_IT_IS = re.compile(
    r"^(?:who|what|which)\s+(?:(?P<what>(?:the\s+)?[a-z][\w\- ]*?)\s+(?:is|are|was|were)|"
    r"(?:is|are|was|were)\s+(?P<named>the\s+[a-z][\w\- ]*))$"
)
"""``who the creditor is``, ``what the fault was``, ``who is the creditor``: the creditor."""


_UNIT = re.compile(
    r"\s+(?P<prep>in|per|as)\s+(?P<shape>square\s+|cubic\s+)?(?P<unit>[a-z]+)"
    r"(?P<rate>\s+(?:per|an?)\s+(?:second|minute|hour|day|week|month|year))?$"
)
"""``weight in kg``, ``flow rate in litres per minute``: the unit (and its rate) says the type."""


_HOW_MUCH_WORDS = frozenset({"quantity", "qty", "amount"})
"""Words for how much of something, which a unit makes whole or not."""


_HOW_LONG_WORDS = frozenset({"duration", "time"})
"""Words for how long something lasts, as whole as the unit it is told in (*in minutes*,
*in hours*)."""


_DIRECTIONS = frozenset(["in", "out", "up", "down", "off", "back", "away"])


def name_and_type_words(text: str, draft: FieldDraft) -> tuple[list[str], list[str]]:
    """The words a field's name is made of, and the words its type is read from."""
    text = text.strip()
    range_, text = find_range(text)
    if range_ is not None:
        draft.minimum, draft.maximum = range_.low, range_.high
    source = _WHERE_FROM.match(text)
    if source and all(can_be_noun(w) for w in words(source["what"] or "source")):
        # "where the stone comes from (on site, reclaimed or quarry)": the stone's source
        named = [*words(source["what"] or ""), "source"]
        return named, named
    # "range from", "list of": a dangling word; "valid from", "open from" name a first day
    text = re.sub(
        r"(?<!\bvalid)(?<!\bopen)(?<!\bavailable)\s+(?:from|between|of)\s*$", "", text
    ).strip()
    plain = strip_determiners(text)
    condition = conditioned_noun(plain)
    if condition is not None:
        plain = condition  # "the end date once they have given notice": the end date
    about = ABOUT_WHAT.match(plain)
    if about:
        plain = about.group("noun")  # "a short note of what was done": the note
    if _HOW_MANY_CAME.match(plain):
        draft.type = "integer"  # "how many came": the attendance
        return ["attendance"], ["attendance"]
    doing = _HOW_MANY_DOING.match(plain)
    if doing and doing["doing"] not in _NO_DOERS and listed_as_noun(f"{doing['doing']}er"):
        draft.type = "integer"  # "how many are travelling": the travellers
        return [f"{doing['doing']}ers"], [f"{doing['doing']}ers"]
    day = _DAY_OF_THE_MONTH.match(plain)
    if day:
        draft.type = "integer"  # "the day of the month it is due": a day number, the due day
        return [day["what"], "day"], [day["what"], "day"]
    in_group = _HOW_MANY_IN.match(plain)
    if in_group:
        draft.type = "integer"  # "how many are in their group": the group's size
        return [in_group["what"], "size"], [in_group["what"], "size"]
    kind = _WHAT_KIND_IT_IS.match(plain)
    if (
        kind
        and kind["what"] not in ("kind", "sort", "type")  # "what kind it is": its type
        and all(can_be_noun(w) for w in words(kind["what"]))
    ):
        plain = kind["what"]
    how = _HOW_MUCH_DONE.match(plain)
    if how:
        # "how much they paid", "how much is left to pay", "how long it took": an amount
        draft.type = "decimal"
        named = ["duration"] if how["long"] else ["amount", how["verb"]]
        unit = _IN_A_UNIT.match(plain[how.end() :]) if how["long"] else None
        if unit and unit["unit"] in UNIT_TYPES:
            # "how long it lasted in minutes": the length, as whole as its unit
            draft.type = UNIT_TYPES[unit["unit"]]
            named = ["duration", unit["unit"]]
        return named, named
    special = _special_phrase(plain, draft)
    if special is not None:
        return special
    ticked = tick_box_field(plain, draft)
    if ticked is not None:
        return ticked
    told = _WHO_IT_IS.match(plain)
    if told:
        plain = strip_determiners(told.group("what") or told.group("named"))
    due = _WHEN_DUE.match(plain)
    if due:
        draft.type = "date"  # "when it's due back": the due-back date
        return ["due", *([due["particle"]] if due["particle"] else []), "date"], ["date"]
    if plain == "how many":
        draft.type = "integer"  # "with the species, how many and the price": its quantity
        return ["quantity"], ["quantity"]
    count = _NUMBER_OF.match(plain)
    if count:
        what = words(strip_determiners(count.group("what") or count.group("many")))
        if (
            len(what) > 2
            and what[-2] in ("in", "on", "at", "inside")
            and what[-1] in ("it", "them")
        ):
            what = what[:-2]  # "the number of birds in it": the birds
        if count.group("many") and what and what[0] in AUXILIARIES:
            # "how many were caught": the count of the record's own things; "how many were
            # stillborn": those the word says
            said = what[1:]
            quality = (
                len(said) == 1 and can_be_adjective(said[0]) and not is_past_participle(said[0])
            )
            what = said if quality else ["count"]
        elif (
            count.group("many")
            and len(what) >= 3
            and what[1] in ("were", "was", "are", "is")
            and is_past_participle(what[2])
        ):
            # "how many piglets were born alive", "how many units were added": those done to
            what = [what[0], *what[2:4]]
        elif (
            count.group("many")
            and what[:1]
            and what[0] in SUBJECT_PRONOUNS
            and _IN_STOCK.match(" ".join(what[1:]))
        ):
            what = ["quantity", "in", "stock"]  # "how many we have got in": the stock held
        elif count.group("many") and what[:1] == ["times"] and _TIMES_DONE.match(" ".join(what)):
            # "how many times it has been washed": its wash count
            what = [verb_lemma(what[-1]) or what[-1], "count"]
        elif count.group("many") and what[:1] and what[0] in SUBJECT_PRONOUNS and _done(what[-1]):
            # "how many we need", "how many we currently hold": the quantity needed, held
            what = ["quantity", _done(what[-1]) or what[-1]]
        elif count.group("many"):
            # "how many children live with them", "how many bags we sold", "how many places
            # there are": the children, bags, places
            ends = [
                i
                for i, w in enumerate(what)
                if i and (w in SUBJECT_PRONOUNS or w in _MODALS or w == "there" or only_verb(w))
            ]
            what = what[: ends[0]] if ends else what
        # "how many litres went on", "the number of hours": litres and hours come in parts,
        # however they are asked for
        in_units = bool(what) and (bool(count.group("many")) or spelled_unit(what[0]))
        draft.type = UNIT_TYPES.get(what[0], "integer") if in_units else "integer"
        bound = [count.group("bound")] if count.group("bound") else []
        return [*bound, *(w for w in what if w not in DETERMINERS)], ["count"]
    unit = _UNIT.search(plain)
    if unit and unit.group("unit") in UNIT_TYPES:
        base = [w for w in words(plain[: unit.start()]) if w not in DETERMINERS]
        if base:
            measured = infer_type(base)
            counted = UNIT_TYPES[unit.group("unit")]
            # a width in millimetres is whole: a small unit counts what a measure word alone
            # would leave decimal; a limit or a capacity stays whole in any unit
            whole = measured == "decimal" and counted == "integer"
            if measured == "integer" and counted == "decimal" and base[-1] in _HOW_MUCH_WORDS:
                measured = "decimal"  # "a quantity in kilos": as whole as the unit it is in
            if base[-1] in _HOW_LONG_WORDS:
                measured = counted  # "a duration in hours", "flight time in hours": 1.5 hours
            if unit.group("prep") == "per":
                # "a cost per ml" is a rate: money, however small the unit it is paid by
                draft.type = measured if measured in ("integer", "decimal") else "decimal"
                named = [*base, "per", unit.group("unit")]
                return named, named
            draft.type = measured if measured in ("integer", "decimal") and not whole else counted
            if unit.group("shape"):
                draft.type = "decimal"  # "a capacity in cubic metres": an area or a volume
            if unit.group("rate"):
                draft.type = "decimal"  # "speed in metres per minute": the speed, a rate
                return base, [*base, unit.group("unit")]
            return [*base, unit.group("unit")], [*base, unit.group("unit")]
    tokens = [w.removesuffix("'s") for w in words(plain) if w not in DETERMINERS | {"own"}]
    if len(tokens) > 1 and tokens[0] in LEADING_WITH:
        tokens = [w for w in tokens[1:] if w not in DETERMINERS]  # ", with a total": a total
    if len(tokens) > 1 and tokens[-1] in FIELD_NOUNS:
        tokens = tokens[:-1]  # "a probability field" is the probability
    elif len(tokens) > 1 and tokens[-1] in FLAG_NOUNS:
        draft.type = "boolean"  # "a paid flag": whether it is paid
        tokens = tokens[:-1]
    if len(tokens) > 2 and tokens[-1] in _DIRECTIONS and tokens[-2].endswith("ing"):
        tokens = tokens[:-2]  # "the roasted weight coming out": the roasted weight
    if not tokens or any(w in SUBJECT_PRONOUNS - {"it"} for w in tokens):
        return [], []
    tokens = one_each(tokens)
    return tokens, meaning_words(tokens)


def _special_phrase(plain: str, draft: FieldDraft) -> tuple[list[str], list[str]] | None:
    """Small clauses people use as field names: *the year it was published*, *whether they
    checked in*, *when I started*, *who it's assigned to*, *where it sits*."""
    # a clause (*the date it was let*) can read the others too (*who it's assigned to*): last
    return (
        question_field(plain, draft)
        or date_field(plain, draft)
        or whether_field(plain, draft)
        or clause_field(plain, draft)
    )


def _done(verb: str) -> str | None:
    """*need* → needed, *hold* → held: the participle a quantity is named by."""
    lemma = verb_lemma(verb)
    return verb_form(lemma, "VBN") if lemma else None
