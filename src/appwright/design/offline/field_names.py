"""Field names as developers write them, from the words an owner used.

An owner writes *the width in millimetres*, *how many millilitres of chemicals went in*, *the
kind of waste*, *who reported it*; a developer names those columns ``width_mm``,
``chemicals_ml``, ``waste_type`` and ``reported_by``. The words keep their meaning (the type is
read from them before they are renamed); only the spelling of the name changes.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import word_set
from appwright.design.offline.word_forms import is_past_participle, verb_form, verb_lemma

UNIT_SHORT_NAMES: dict[str, str] = {
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "kilograms": "kg", "kilogram": "kg",
    "millimetres": "mm", "millimeters": "mm", "millimetre": "mm", "millimeter": "mm",
    "centimetres": "cm", "centimeters": "cm", "centimetre": "cm", "centimeter": "cm",
    "millilitres": "ml", "milliliters": "ml", "millilitre": "ml", "milliliter": "ml",
}  # fmt: skip
"""The metric units developers abbreviate in column names (``weight_kg``); grams, litres,
minutes and hours are written out (``weight_grams``, ``duration_minutes``), and so is an
owner's own short word (*kilos left* stays ``kilos_left``)."""
_SQUARE_UNITS = {"metres": "sqm", "meters": "sqm", "feet": "sq_ft", "foot": "sq_ft"}
_UNITS_OF = word_set(
    "kilometres kilometers kilograms kilos millimetres millimeters centimetres centimeters "
    "millilitres milliliters grams litres liters tonnes metres meters"
)
"""Units that open a phrase naming what they measure: *millilitres of chemicals*."""
_PARTICLES = word_set("out up off over in down")
"""The particle of an act told around its object: *who carried it out*."""
_KIND_WORDS = word_set("kind type sort")
_SAID_OF_IT = word_set("it they is are was were")
KIND_OF = re.compile(r"\b(?:kind|type|sort) of\b")
"""*the kind of waste*: named ``waste_type``, or ``kind`` on the record it is the kind of."""


_PARTY_ACTS = frozenset(["pay", "fund", "cover", "own", "supply", "approve", "sign", "book"])
"""*who pays (the shop, the fitter or the maker)*: which party, named ``paid_by``."""


def conventional_name(words: list[str]) -> list[str]:
    """``words`` as a developer would name the column: units short, the measured thing first,
    *kind of X* as ``x_type``, *who reported it* as ``reported_by``. An owner's own words
    stay where developers use them too (*the length in minutes*, *a minimum age*)."""
    named = list(words)
    if len(named) >= 3 and named[0] in _UNITS_OF and named[1] == "of":
        named = [*named[2:], named[0]]  # "millilitres of chemicals": chemicals, in ml
    if len(named) >= 3 and named[0] in _KIND_WORDS and named[1] == "of":
        # "the kind of waste": its type; "what kind of item it is": the item's
        kind = [w for w in named[2:] if w not in _SAID_OF_IT]
        named = [*kind, "type"] if kind else named
    if len(named) >= 3 and named[0] == "list" and named[1] == "of":
        named = named[2:]  # "a list of the jobs that need doing": the jobs, written out
    particle = named[3:] if len(named) == 4 and named[3] in _PARTICLES else []
    if (
        len(named) == 4
        and named[0] == "who"
        and named[2] in ("for", "to")
        and named[3] in ("it", "them")
    ):
        # "who signed for it": signed for by, the preposition where the particle goes
        named, particle = [named[0], named[1], named[3], named[2]], [named[2]]
    if len(named) == 3 + len(particle) and named[0] == "who" and named[2] in ("it", "them"):
        done = named[1]
        lemma = verb_lemma(done)
        if not is_past_participle(done) and lemma not in (None, done) and not done.endswith("s"):
            done = verb_form(lemma, "VBN") or done  # "who took it": taken by
        if is_past_participle(done) and done not in ("did", "does", "do", "done"):
            # "who reported it": reported by; "who carried it out": carried out by
            named = [done, *particle, "by"]
    if named[:1] == ["who"] and len(named) in (2, 3) and named[-2] in ("who", "is", "was"):
        lemma = verb_lemma(named[-1])
        if lemma in _PARTY_ACTS and (len(named) == 2 or named[-1].endswith("ing")):
            named = [verb_form(lemma, "VBN"), "by"]  # "who is paying": paid by
    if len(named) >= 2 and named[-1] == "no" and named[-2] != "yes":
        named = [*named[:-1], "number"]  # "serial no"
    return _short_units(named)


def _short_units(named: list[str]) -> list[str]:
    shortened: list[str] = []
    for index, word in enumerate(named):
        before = named[index - 1] if index else ""
        if before == "square" and word in _SQUARE_UNITS and index > 1:
            # "the area in square metres" is area_sqm; "square metres" alone keeps its words
            shortened[-1] = _SQUARE_UNITS[word]
        elif word in UNIT_SHORT_NAMES and before != "per":
            shortened.append(UNIT_SHORT_NAMES[word])  # "a price per kilo" keeps its word
        else:
            shortened.append(word)
    return shortened
