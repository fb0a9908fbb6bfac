"""Field types from the words of a field's name and the hints written beside it.

The tables say what English field names mean in business records (a *price* is money, a
*deadline* a date), in no one domain; the last word decides first (``unit price`` is a price)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from appwright.design.offline.word_classes import VERB_PARTICLES, word_set
from appwright.design.offline.word_forms import (
    can_be_adjective,
    can_be_noun,
    can_be_verb,
    is_past_participle,
    is_plural,
    verb_lemma,
)

OWED_WORDS = word_set("owing owed due outstanding remaining left paid unpaid")
"""What is said after an amount of money about its state (*the amount owing*)."""
MONEY_WORDS = word_set(
    "price prices amount cost costs total fee fees salary budget balance revenue rate wage "
    "wages tax discount value payment deposit income expense spend spending subtotal tip "
    "charge money earnings turnover sale sales premium premiums rent fare dues cash takings "
    "contribution contributions donation donations pay commission prize excess credit refund"
)
MEASURE_WORDS = word_set(
    "hours weight height width length depth distance area meters metres percent percentage "
    "latitude longitude temperature volume km kilometers kilometres miles kg grams liters "
    "litres square tonnage yield handicap diameter circumference thickness reading readings ph "
    "salinity humidity abv draught beam sphere cylinder dioptre dioptres curve loudness lufs"
)
COUNT_WORDS = word_set(
    "quantity qty count age year years pages servings capacity stock credits score points axis "
    "minutes days weeks months seats level mileage floor floors bedrooms bathrooms rooms "
    "duration frequency interval threshold allowance limit rank position streak visits "
    "attempts copies units guests rating stars reps sets calories steps_count par placing minute "
    "portions"
)
MAP_WORDS = word_set("gps map geo satellite")
"""Words that make a *position* a place on the ground: *the GPS position* is coordinates."""
EXTREME_WORDS = word_set("highest lowest maximum minimum max min")
"""Words that make a name the largest or smallest of some figure: a number (*highest checkout*)."""
SHARE_WORDS = word_set("probability likelihood percent percentage ratio proportion fraction margin")
"""Heads that name a share of a whole: a number, never text (*win probability*)."""
PERCENT_WORDS = word_set("probability likelihood percent percentage")
"""Shares people give in percent: 0 to 100, as *probability* is shown in most business tools."""
ESTIMATE_WORDS = word_set("estimate estimation forecast target goal cap limit quote budget setting")
"""Heads that bound, predict or set the quantity before them: *a price estimate* is money, a
*temperature setting* a temperature."""
NUMBER_TYPES = frozenset(["integer", "decimal"])
DATE_WORDS = word_set(
    "date birthday dob deadline due expiry expiration anniversary day birthdate arrival departure "
    "check-in check-out checkin checkout"
)
DATETIME_WORDS = frozenset(["datetime", "timestamp", "time", "start", "end"])
DURATION_MODIFIERS = word_set(
    "preparation prep cooking cook travel response resolution lead wait waiting processing "
    "turnaround running run screen total reading play flight elapsed corrected"
)
"""Words that make ``... time`` a length of time, not a moment: *preparation time*."""
EMAIL_WORDS = frozenset(["email", "e-mail", "mail"])
URL_WORDS = word_set(
    "url urls website websites link links homepage web photo photos image images picture "
    "pictures avatar logo thumbnail"
)
PHONE_WORDS = frozenset(["phone", "mobile", "telephone", "tel", "fax", "cell"])
LONG_TEXT_WORDS = word_set(
    "description descriptions notes note comment comments body message messages instructions "
    "bio biography summary details content remarks feedback steps review reviews story "
    "directions allergies ingredients text abstract synopsis"
)
IDENTIFIER_WORDS = frozenset(
    ["number", "code", "id", "reference", "ref", "isbn", "sku", "plate", "serial"]
)
"""Heads that name identifiers written with digits: stored as text (*invoice number*)."""
BOUND_WORDS = word_set("min minimum max maximum")
"""*minimum players*, *max guests*: a bound on how many of something, a whole number."""
GROUP_WORDS = word_set(
    "party group class team crew household family litter herd flock batch cast squad"
)
"""*party size*, *group size*: how many people or animals come together, a whole number."""
SEQUENCE_WORDS = word_set(
    "page episode issue round stop chapter lap heat leg stage shirt bib paddle seat row lane "
    "court table bay stall desk position week screen floor slot attempt version class pitch "
    "bout step phase level gate platform hole track"
)
"""Things numbered 1, 2, 3 in a run or a row: *page number*, *lane number* is a whole number,
where *invoice number* or *serial number* is an identifier written as text."""
TEXT_PLURALS = word_set(
    "skills keywords needs names requirements details features amenities services symptoms "
    "tags interests adjustments meals topics subjects languages qualifications preferences "
    "issues problems defects works repairs conditions contents misses ideas goals reasons parts "
    "materials initials "
    "days hours months weeks years"
)
"""Plurals that are said in words, not counted: *skills*, *dietary requirements*."""
COUNTED_PLURALS = word_set(
    "places seats spaces spots adults children kids people guests players bags bottles boxes "
    "tickets copies packets pallets crates cases units pieces passengers volunteers helpers"
)
"""Plurals that, alone as a field's name, always count something: *places*, *adults*."""
_ABSTRACT_ENDINGS = ("ments", "ness", "ities", "ions", "ences", "ances", "ships", "isms", "ures")
"""Endings of plurals that name ideas, not things that can be counted out."""
BOOLEAN_PREFIXES = ("is", "has", "can", "was", "needs", "should", "allow", "allows")

TYPE_HINTS: dict[str, str] = {
    "link": "url", "links": "url", "url": "url", "urls": "url", "website": "url",
    "free text": "long_text", "text": "long_text", "long text": "long_text", "notes": "long_text",
    "yes/no": "boolean", "yes or no": "boolean", "y/n": "boolean", "true/false": "boolean",
    "boolean": "boolean", "checkbox": "boolean", "date": "date", "datetime": "datetime",
    "date and time": "datetime", "timestamp": "datetime", "email": "email", "number": "decimal",
    "integer": "integer", "whole number": "integer", "money": "decimal", "currency": "decimal",
    "amount": "decimal", "percentage": "decimal", "%": "decimal",
}  # fmt: skip
"""What a bracketed hint after a field says about its type: ``photos (links)``."""

UNIT_TYPES: dict[str, str] = {
    "seconds": "integer", "minutes": "integer", "mins": "integer", "hours": "decimal",
    "days": "integer", "weeks": "integer", "months": "integer", "years": "integer",
    "km": "decimal", "kilometers": "decimal", "kilometres": "decimal", "miles": "decimal",
    "kg": "decimal", "kilograms": "decimal", "grams": "integer", "g": "integer", "lbs": "decimal",
    "pounds": "decimal", "meters": "decimal", "metres": "decimal", "cm": "decimal",
    "centimetres": "decimal", "centimeters": "decimal", "millimetres": "integer",
    "millimeters": "integer", "mm": "integer", "inches": "decimal", "feet": "decimal",
    "liters": "decimal", "litres": "decimal", "ml": "integer", "euros": "decimal",
    "dollars": "decimal", "percent": "decimal", "calories": "integer", "points": "integer",
    "m2": "decimal", "sqm": "decimal", "kw": "decimal", "kwh": "decimal", "watts": "decimal", "volts": "decimal", "mph": "decimal",
    "kilos": "decimal", "tonnes": "decimal", "tons": "decimal", "ounces": "decimal",
    "oz": "decimal", "gallons": "decimal", "hectares": "decimal", "acres": "decimal",
    "millilitres": "integer", "milliliters": "integer", "centilitres": "decimal",
    "milligrams": "integer", "mg": "integer", "cc": "integer", "gsm": "integer",
    "db": "integer", "decibels": "integer", "gb": "integer", "mb": "integer", "tb": "integer",
    "gigabytes": "integer", "megabytes": "integer", "terabytes": "integer",
    "bar": "decimal", "psi": "decimal", "kpa": "decimal", "knots": "decimal", "degrees": "decimal",
    "celsius": "decimal", "fahrenheit": "decimal", "lux": "decimal", "ppm": "decimal",
    "amps": "decimal", "kph": "decimal", "hertz": "decimal", "hz": "decimal", "microns": "decimal",
}  # fmt: skip
"""Units people put after a quantity (``duration in minutes``) and the number type they need:
the small units (mm, grams, ml) are the ones people pick to count in whole numbers."""

_RANGE = re.compile(
    r"(?:from|between)?\s*(?P<low>-?\d+(?:\.\d+)?)\s*(?:to|-|\u2013|and|\.\.)\s*(?P<high>-?\d+(?:\.\d+)?)"
    r"|out of\s+(?P<out_of>\d+(?:\.\d+)?)"
)


@dataclass
class Range:
    low: float | None
    high: float | None

    @property
    def is_whole(self) -> bool:
        return all(v is None or float(v).is_integer() for v in (self.low, self.high))


def find_range(text: str) -> tuple[Range | None, str]:
    """A numeric range in a phrase (``from 0 to 5``, ``1-5``, ``out of 10``) and the phrase
    without it."""
    match = _RANGE.search(text)
    if match is None:
        return None, text
    if match.group("out_of"):
        found = Range(1.0, float(match.group("out_of")))
    else:
        found = Range(float(match.group("low")), float(match.group("high")))
    rest = (text[: match.start()] + text[match.end() :]).strip()
    rest = re.sub(r"\s+(?:from|between|of)$", "", rest)
    return found, rest


_LETTER_RANGE = re.compile(
    r"(?:^|\s+(?:from|between|graded|rated)\s+)(?P<low>[a-z])\s*(?:to|-|\u2013|and|\.\.)\s*"
    r"(?P<high>[a-z])\s*$"
)


def find_letter_range(text: str) -> tuple[list[str] | None, str]:
    """Grades named by their first and last letter (``a rating from A to G``, ``(A-E)``): the
    letters as options, and the phrase without them."""
    match = _LETTER_RANGE.search(text)
    if match is None:
        return None, text
    low, high = ord(match.group("low")), ord(match.group("high"))
    if not 1 < high - low < 26:
        return None, text  # "a route from a to b" goes somewhere; grades run over three or more
    return [chr(c).upper() for c in range(low, high + 1)], text[: match.start()].strip()


def _happened(word: str) -> bool:
    """A past tense that says when (*left*, *reached*, *arrived*), not how long (*spent*,
    *taken*)."""
    lemma = verb_lemma(word)
    return lemma is not None and lemma != word and word not in _HOW_LONG


_CHECKED_AS_FINE = word_set("ok okay working")  # what a check sheet ticks a thing as

_HOW_LONG = frozenset(["spent", "taken", "worked", "needed", "allowed", "used", "lost", "saved"])


def infer_type(words: list[str], hint_type: str | None = None) -> str:
    """The AppSpec field type a field name's words mean (``text`` when they say nothing)."""
    if hint_type:
        return hint_type
    if not words:
        return "text"
    if len(words) > 1 and words[-1] in ("no", "overall") and words[-2] != "yes":
        words = [*words[:-1], *(["number"] * (words[-1] == "no"))]  # "page no.", "length overall"
    head = words[-1]
    if head.startswith(("our-", "their-")):
        # "our-total", "their-total": whose it is says nothing of its type
        return infer_type([*words[:-1], head.split("-", 1)[1]])
    joined = " ".join(words)
    first = words[0]
    if first == "valid" and words[1:2] in (["from"], ["until"], ["to"], ["till"]):
        return "date"  # "valid from", "valid until date": the first and last day it holds
    if len(words) > 1 and (first in BOOLEAN_PREFIXES or head in _CHECKED_AS_FINE):
        return "boolean"  # "tyres ok", "tail lift working": a tick on a check sheet, too
    if first in EXTREME_WORDS and len(words) > 1:
        kind = infer_type(words[1:])
        return kind if kind in NUMBER_TYPES else "integer"  # "highest checkout": a score
    if len(words) > 1 and head in OWED_WORDS and words[-2] in MONEY_WORDS:
        return "decimal"  # "the amount owing", "the balance outstanding": money still
    if head in EMAIL_WORDS or joined.endswith("email address"):
        return "email"
    if head in PHONE_WORDS or (head == "number" and any(w in PHONE_WORDS for w in words)):
        return "text"
    if head in URL_WORDS:
        return "url"
    if joined in ("date of birth", "date and time") or (first == "date" and "of" in words):
        return "datetime" if joined.startswith("date and time") else "date"
    if first == "date" and len(words) == 2 and words[1] not in IDENTIFIER_WORDS:
        return "date"  # "the date out", "date received": the day it happened
    if (
        first == "year"
        and len(words) > 1
        and (words[1] in ("last", "first", "of") or words[1].endswith(("ed", "lt")))
    ):
        return "integer"  # "year last cut", "year built", "year of manufacture": a year
    if first == "date" and len(words) == 3 and words[1].endswith("ed"):
        return "date"  # "date needed by", "date handed over": the day, with its particle
    if _date_something_happened(words):
        return "date"  # "the date their check cleared", "date due back": the day it happened
    if first == "time" and len(words) > 2 and words[1] == "of":
        return "datetime"  # "the time of the party"
    if head in ("at",) or joined.endswith(" at"):
        return "datetime"
    if head == "on" and len(words) > 1:
        return "date"
    if head == "time" and len(words) > 1 and words[-2] in DURATION_MODIFIERS:
        return "integer"
    if head in DATETIME_WORDS or (
        first == "time" and words[1:] in (["out"], ["back"], ["in"], ["off"])
    ):
        return "datetime"  # "the time out, the time back": when it left and came back
    if first == "time" and len(words) > 1 and _happened(words[1]):
        return "datetime"  # "the time left surface", "time reached bottom": when it happened
    dated = head in DATE_WORDS and words[-2:-1] != ["per"]  # "a price per day" is a price
    if dated or (first in ("due", "expiry", "expiration") and not spelled_unit(head)):
        return "date"  # "due at hours" is an airframe's hours, not a day
    if head in MONEY_WORDS or head in SHARE_WORDS or words in (["quote"], ["estimate"]):
        return "decimal"  # a record's "quote" or "estimate" alone is the sum quoted
    if words in (["vintage"], ["target"], ["quota"]):
        return "integer"  # a wine's vintage is its year; a "target" alone, how many it aims at
    if head in ESTIMATE_WORDS and len(words) > 1 and infer_type(words[:-1]) in NUMBER_TYPES:
        return infer_type(words[:-1])  # "a price estimate" is a price
    if (
        head in ESTIMATE_WORDS
        and head != "goal"  # "the main goal" is often said in words
        and len(words) > 1
        and all(can_be_adjective(w) for w in words[:-1])
    ):
        return "decimal"  # "a low estimate", "a rough forecast": a figure, bounded or guessed
    unit = _unit_said_within(words)
    if unit is not None:
        return UNIT_TYPES[unit]  # "visibility in metres written down": a number in metres
    if spelled_unit(first) and len(words) > 1:
        return UNIT_TYPES[first]  # "hours since new", "minutes at sea": the hours, the minutes
    if head in UNIT_TYPES and (len(words) > 1 or len(head) > 3):
        return UNIT_TYPES[head]  # "kilos (bought)", "minutes": a spelled-out unit is a number
    if head in MEASURE_WORDS:
        return "decimal"
    if head == "number" and len(words) == 2 and words[0] in SEQUENCE_WORDS:
        return "integer"
    if head in IDENTIFIER_WORDS:
        return "text"
    if head in ("position", "location") and first in MAP_WORDS:
        return "text"  # "the gps position": a place on a map, not a place in a queue
    if head in ("order", "sequence") and len(words) > 1 and words[-2] in COUNT_WORDS:
        return "integer"  # "a rank order", "position sequence": the place in a run, 1, 2, 3
    if head in COUNT_WORDS or first in ("number", "count", "total"):
        return "integer"
    if (first in BOUND_WORDS and len(words) > 1 and head.endswith("s")) or (
        head == "size" and len(words) > 1 and words[-2] in GROUP_WORDS
    ):
        return "integer"
    if "per" in words[1:]:
        # "fee per episode" is a fee; "target frequency per week" a count
        measured = infer_type(words[: words.index("per")])
        return measured if measured != "text" else "integer"
    if head == "needed":
        return "integer"
    done = _quantity_done(words)
    if done is not None:
        return done
    if head in LONG_TEXT_WORDS:
        return "long_text"
    if len(words) == 1 and _is_flag_word(head):
        return "boolean"
    return "text"


CHARGED_WORDS = word_set("charged billed invoiced refunded owed")
"""Participles of the verbs whose object is money: what is *charged* or *refunded* is a sum."""


def _date_something_happened(words: list[str]) -> bool:
    """*date their DBS check cleared*, *date show week starts*, *date due back*: *date* then
    a clause, which ends on its verb or its particle; not *date of birth* (read before)."""
    if len(words) < 3 or words[0] != "date" or words[1] in ("and", "of"):
        return False
    return words[-1] in VERB_PARTICLES or (
        can_be_verb(words[-1]) and words[-1] not in IDENTIFIER_WORDS
    )


def _quantity_done(words: list[str]) -> str | None:
    """A quantity named with what was done to it (*postage charged* is money, *miles driven*
    miles, *lessons remaining* a count); None when it names no number."""
    done = [i for i, w in enumerate(words) if i and (is_past_participle(w) or w == "remaining")]
    at = done[0] if done else None
    if at is None or not can_be_noun(words[at - 1]):
        return None
    if words[at] in CHARGED_WORDS and at == len(words) - 1:
        return "decimal"
    measured = infer_type(words[:at])
    if measured == "text" and words[at:] in (["remaining"], ["left"]) and is_plural(words[at - 1]):
        return "integer"  # "places left": how many are still there
    return measured if measured in NUMBER_TYPES else None


def spelled_unit(word: str) -> bool:
    """A unit written out (*hours*, *metres*, *tonnes*), which no other word is mistaken for,
    where a short one (*g*, *bar*, *mm*) may be a word of another kind."""
    return word in UNIT_TYPES and len(word) > 3


def _unit_said_within(words: list[str]) -> str | None:
    """The unit a name measures in, said inside it: *working pressure in bar*, *depth in metres
    reached*; None when no *in* is followed by a unit, or the name ends there (its head)."""
    for index in range(1, len(words) - 2):
        if words[index] == "in" and words[index + 1] in UNIT_TYPES:
            return words[index + 1]
    return None


def counted_plural(words: list[str]) -> bool:
    """A field named by the things it counts: *registered voters*, *bottles in stock*, *votes
    cast*, and, alone, the words that are always counted (*places*, *adults*). Plurals said in
    words (*skills*, *dietary requirements*, *findings*) stay text, and so does a compound of
    nouns, which more often names records (*time entries*)."""
    opens = len(words) > 1 and _opens_a_count(words)
    counted = words[0] if opens else words[-1]
    if not is_plural(counted) or counted in TEXT_PLURALS or counted.endswith("ings"):
        return False
    if opens or counted in COUNTED_PLURALS:
        return True
    if len(words) == 1:
        # "anglers", "panels", "refills": things a record holds a number of; what is said in
        # words is an abstract noun (*adjustments*, *findings*) or a listed one (*skills*)
        return counted not in LONG_TEXT_WORDS and not counted.endswith(_ABSTRACT_ENDINGS)
    # "registered voters", "spare bedrooms"; a compound of nouns (*time entries*) names records
    return len(words) == 2 and (is_past_participle(words[0]) or not can_be_noun(words[0]))


def _opens_a_count(words: list[str]) -> bool:
    """*votes cast so far*, *workers on site*: the plural first, then what is said about it."""
    return is_plural(words[0]) and (is_past_participle(words[1]) or words[1] in ("in", "on", "at"))


def _is_flag_word(word: str) -> bool:
    """A lone participle or adjective names a yes/no fact: *paid*, *featured*, *vegetarian*."""
    if is_past_participle(word):
        return True
    return can_be_adjective(word) and not can_be_noun(word)


def implied_range(words: list[str]) -> Range | None:
    """The bounds a field's name implies when none are written: a percentage is 0 to 100."""
    if words and words[-1] in PERCENT_WORDS:
        return Range(0.0, 100.0)
    return None


def hint_type(hint: str) -> str | None:
    return TYPE_HINTS.get(hint.strip().lower())
