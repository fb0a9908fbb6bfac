"""The one thing a business has and people take turns with, which is not a record.

*a member books the room for a date*, where the room is only ever *the room* (never *a room*,
*rooms* or *each room*): the business's one room, not a record of rooms.
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.draft import ModelDraft
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import plural

_TAKING_TURNS = (
    r"books?|booked|booking|reserves?|reserved|hires?|hired|rents?|rented|uses?|used|using"
)
"""Verbs by which people take turns with a thing: *books the room*."""


def _only_ever_the_one(name: str, text: str) -> bool:
    """Whether ``text`` says ``name`` only as the business's one (*the room*, *its extraction
    room*), never *a room*, *rooms* or *each room*, and takes turns with it (*books the room*)."""
    the_one = ("the", "our", "its", "my")
    uses = re.findall(rf"\b(\w+)\s+(?:([a-z]+)\s+)?{re.escape(name)}(s?)\b", text)
    for before, modifier, ending in uses:
        # "books the room": the word before is the determiner; "its extraction room": one
        # modifier between them
        determiner, between = (before, modifier) if modifier else (None, before)
        said_as_one = between in the_one or (
            determiner in the_one and between not in FUNCTION_WORDS
        )
        if ending or not said_as_one:
            return False
    return (
        bool(uses)
        and re.search(rf"\b{re.escape(plural(name))}\b", text) is None
        and re.search(rf"\b(?:{_TAKING_TURNS})\s+the\s+{re.escape(name)}\b", text) is not None
    )


def without_the_one(model: ModelDraft, said: list[str]) -> None:
    """*a member books the room for a date*, where the room is only ever *the room*: the one
    the business has, taken in turns, not a record of rooms. Only a bare entity, nothing kept
    about it (*the vet they're registered with* is one of many vets)."""
    text = " ".join(outside_brackets(sentence) for sentence in said)
    for name, entity in list(model.entities.items()):
        own = [f for f in entity.fields if f.reference is None]
        points = any(link.source == name for link in model.links) or any(
            f.reference for f in entity.fields
        )  # "the sap collected from a tap is logged": a record of its own after all
        if own or points or entity.declared or "_" in name or not _only_ever_the_one(name, text):
            continue
        del model.entities[name]
        model.links = [link for link in model.links if name not in (link.source, link.target)]
        for other in model.entities.values():
            other.fields = [f for f in other.fields if f.reference != name]
