"""Records told as what there is on another: *on each order there are lines, each naming a
product, ...* is *each order has lines, each naming ...*, the lines the order's; *order lines,
each pointing at a menu item with a quantity* gives the line its quantity, not the menu item;
*each attendant has a name, ..., and then there are their shifts: a date, ...* gives each
attendant several shifts, each with that list."""

from __future__ import annotations

import re

from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    can_name_records,
    is_plural,
    phrase_can_name_records,
    singular_phrase,
)

_ON_EACH_THERE_ARE = re.compile(
    r"^(?P<lead>(?:then\s+|and\s+|so\s+)?)(?:on|in|under|inside)\s+(?:each|every|an?|the)\s+"
    r"(?P<one>[a-z][\w\-]*),?\s+there\s+(?:are|will\s+be|can\s+be|may\s+be)\s+"
    r"(?:several\s+|many\s+|some\s+|a\s+few\s+|one\s+or\s+more\s+)?"
    rf"(?P<many>{NOUN_PATTERN})(?=,|\s+with\b|\s+each\b|$)"
)


def on_each_there_are(sentence: str) -> str:
    """``on each order there are lines, each naming a product, ...``: *each order has lines,
    each naming a product, ...*."""
    said = _ON_EACH_THERE_ARE.match(sentence)
    if said is None:
        return sentence
    many = said["many"].split()
    if not is_plural(many[-1]) or not can_name_records(said["one"], many[-1]):
        return sentence
    return f"{said['lead']}each {said['one']} has {said['many']}{sentence[said.end() :]}"


_EACH_POINTING_AT_ONE_WITH = re.compile(
    r"\b(?P<many>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s),\s+each\s+"
    r"(?:pointing\s+(?:at|to)|naming|linking\s+to|referring\s+to|for)\s+(?:a|an|one)\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+with\s+(?P<listed>(?:a|an|the|its)\s[^;]+)$"
)


def each_pointing_at_one_with(sentence: str) -> str:
    """``orders are made up of order lines, each pointing at a menu item with a quantity``:
    *...order lines; each order line is for one menu item and has a quantity*; what comes
    with is the line's, not the menu item's."""
    said = _EACH_POINTING_AT_ONE_WITH.search(sentence)
    if said is None:
        return sentence
    many = singular_phrase(said["many"])
    if not phrase_can_name_records(many) or not phrase_can_name_records(said["one"]):
        return sentence
    return (
        f"{sentence[: said.end('many')]}; each {many} is for one {said['one']} "
        f"and has {said['listed']}"
    )


_THEN_THERE_ARE_THEIR = re.compile(
    rf"^(?P<head>(?:each|every|a|an)\s+(?P<owner>{NOUN_PATTERN})\s+(?:has|have|needs)\s+"
    rf"[^;:]+?),\s+"
    r"and\s+(?:then\s+)?there\s+(?:are|is)\s+(?:their|its|his|her)\s+"
    rf"(?P<many>{NOUN_PATTERN}):\s+(?P<listed>(?:a|an|the|its|their|which|how|whether)\s[^;]+)$"
)


def then_there_are_their(sentence: str) -> str:
    """``each attendant has a name, ..., and then there are their shifts: a date, a start time,
    ...``: *each attendant has a name, ...; each attendant has several shifts; each shift has a
    date, a start time, ...*."""
    said = _THEN_THERE_ARE_THEIR.match(sentence)
    if said is None:
        return sentence
    if not is_plural(said["many"].split()[-1]):
        return sentence
    one = singular_phrase(said["many"])
    if not phrase_can_name_records(one) or not phrase_can_name_records(said["owner"]):
        return sentence
    return (
        f"{said['head']}; each {said['owner']} has several {said['many']}; "
        f"each {one} has {said['listed']}"
    )
