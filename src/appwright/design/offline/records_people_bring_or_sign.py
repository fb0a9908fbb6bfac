"""What people register, bring, sign or book, told as records and their lists.

- *every player must register with us before their first game; we take their name, ...*:
  the list is the player's;
- *players who bring their own guns have each one logged with make, model and ...*: each gun
  belongs to one player and has that list;
- *a player signs a fresh waiver on each visit: we keep the date it was signed and ...*: each
  waiver belongs to one player and has that list;
- *a parent books a party for their kid: we need the parent's name and phone number, the
  birthday child's name, ...*: the parent's own items are the parent's, the rest the party's.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import statement_by_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import can_name_records, phrase_can_name_records, singular

_REGISTERS_THEN_WE_TAKE = re.compile(
    rf"^(?:each|every|a|an)\s+(?P<who>{NOUN_PATTERN}?)\s+(?:must|has\s+to|needs\s+to|should|"
    rf"will)\s+"
    r"(?:register|sign\s+up|enrol|enroll|join)\b[^;]*;\s+(?:we|i)\s+(?:take|record|note|keep|need|"
    r"ask\s+for|collect)\s+(?:their|his|her)\s+(?P<listed>[a-z].+)$"
)


def registers_then_we_take(sentence: str) -> str:
    """``each airsoft player must register with us before their first game; we take their
    name, date of birth, ...``: *each airsoft player has name, date of birth, ...*."""
    match = _REGISTERS_THEN_WE_TAKE.match(sentence)
    if match is None or not phrase_can_name_records(match["who"]):
        return sentence
    return f"each {match['who']} has {match['listed']}"


_THEIR_OWN_EACH_LOGGED = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)\s+who\s+(?:bring|have|own|use|keep)\s+their\s+own\s+"
    r"(?P<things>[a-z][\w\-]*s)\s+(?:have|get)\s+each\s+(?:one\s+)?(?:logged|recorded|registered|"
    r"listed|noted|entered)\s+with\s+(?P<listed>[a-z].+)$"
)


@statement_by_statement
def their_own_each_logged_with(sentence: str) -> str:
    """``players who bring their own guns have each one logged with make, model and the fps``:
    *each gun belongs to one player; each gun has make, model and the fps*."""
    match = _THEIR_OWN_EACH_LOGGED.match(sentence)
    if match is None:
        return sentence
    who, thing = singular(match["who"]), singular(match["things"])
    if who == match["who"] or thing == match["things"] or not can_name_records(who, thing):
        return sentence
    return f"each {thing} belongs to one {who}; each {thing} has {match['listed']}"


_SIGNS_ONE_COLON_WE_KEEP = re.compile(
    r"^(?:each|every|a|an)\s+(?P<who>[a-z][\w\-]*)\s+(?:signs|fills\s+in|fills\s+out|completes|"
    rf"submits)\s+(?:a|an)\s+(?:fresh\s+|new\s+|separate\s+)?(?P<record>{NOUN_PATTERN}?)"
    r"(?:\s+(?:on|at|for|before|after)(?:\s+[a-z]+){0,3})?\s*:\s+(?:we|i)\s+(?:keep|record|note|"
    r"take|log|store|need)\s+(?P<listed>(?:a|an|the|its|their|when|whether|who)\s.+)$"
)


@statement_by_statement
def signs_one_colon_we_keep(sentence: str) -> str:
    """``a player signs a fresh waiver on each visit: we keep the date it was signed and ...``:
    *each waiver belongs to one player; each waiver has the date it was signed and ...*."""
    match = _SIGNS_ONE_COLON_WE_KEEP.match(sentence)
    if match is None:
        return sentence
    who, record = match["who"], match["record"]
    if not can_name_records(who) or not phrase_can_name_records(record):
        return sentence
    return f"each {record} belongs to one {who}; each {record} has {match['listed']}"


_BOOKS_ONE_FOR_THEIR = re.compile(
    r"^(?:a|an|each|every)\s+(?P<who>[a-z][\w\-]*)\s+(?:books|orders|arranges|reserves)\s+(?:a|"
    r"an)\s+"
    rf"(?P<record>{NOUN_PATTERN}?)\s+for\s+(?:their|his|her)\s+[a-z][\w\-]*\s*:\s+(?:we|i)\s+"
    r"(?:need|take|note|record|keep)\s+(?:the\s+(?P=who)'s\s+(?P<own>[^,;]+),\s+)?"
    r"(?P<listed>(?:a|an|the|its|their|how|when|which)\s[^;]+)$"
)


@statement_by_statement
def books_one_for_their(sentence: str) -> str:
    """``a parent books a party for their kid: we need the parent's name and phone number, the
    birthday child's name, ...``: *each parent has a name and phone number; each party belongs
    to one parent; each party has the birthday child's name, ...*."""
    match = _BOOKS_ONE_FOR_THEIR.match(sentence)
    if match is None:
        return sentence
    who, record = match["who"], match["record"]
    if not can_name_records(who) or not phrase_can_name_records(record):
        return sentence
    said = [f"each {who} has a {match['own']}"] if match["own"] else []
    said += [f"each {record} belongs to one {who}", f"each {record} has {match['listed']}"]
    return "; ".join(said)
