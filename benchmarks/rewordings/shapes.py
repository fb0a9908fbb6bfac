"""Shapes: the shape of the whole description (prose or an opening and bullets, *X: A, B*, *A; b*
or *A. B*)."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[a-z0-9)%'\"][.!?])\s+(?=[A-Z])")
_ABBREVIATED = re.compile(r"\b(?:e\.g|i\.e|etc|no|nos|vs|approx|mr|mrs|ms|dr|st|inc|ltd)\.", re.I)


def _sentences(text: str) -> list[str] | None:
    """The sentences of a one-paragraph description, or None where a full stop is doubtful."""
    text = text.strip()
    if "\n" in text or _ABBREVIATED.search(text) or not re.search(r"[.!?]$", text):
        return None
    return _SENTENCE_END.split(text)


def shapes_bullets(text: str) -> str:
    """*We run a van hire. Vans have a plate. Hires are for one van.* → *We run a van hire.* and
    a bullet for each later sentence (*- Vans have a plate*, *- Hires are for one van*): the
    opening sentence stays prose, the bullets lose their full stops, as owners type them."""
    said = _sentences(text)
    if not said or len(said) < 3:
        return text
    return "\n".join([said[0]] + ["- " + sentence.rstrip(".") for sentence in said[1:]])


_HAS_LIST = re.compile(
    r"(?P<head>(?:(?:Each|Every) (?P<one>[a-z]+(?: [a-z]+){0,2}) has)"
    r"|(?:(?P<many>[A-Z][a-z]+(?: [a-z]+){0,2}s) have))"
    r" (?P<items>[^.;:()]+?(?: \([^()]+\))?(?:, [^.;:()]+?(?: \([^()]+\))?)*)\.$"
)
_ITEM = re.compile(
    r"(?:(?:a|an|the|its|their) (?P<words>[a-z][a-z-]*(?: [a-z][a-z-]*){0,3})"
    r"|(?P<bare>[a-z][a-z-]*)|(?P<whether>whether [a-z][a-z -]*))(?P<values> \([^()]+\))?"
)
_NOT_ITEM_WORDS = re.compile(
    r"\b(?:and|or|of|with|which|that|who|whose|one|several|many|per|for|to|on|at|themselves"
    r"|whether|no|not|own)\b"
)


def shapes_terse(text: str) -> str:
    """*Each van has a plate, a model and a daily rate.* → *Van: plate, model, daily rate.*, and
    *Vans have a plate and a model.* → *Vans: plate, model.*: a note with the verb and the
    articles dropped. Only a sentence that is nothing but the subject and a list of two or more
    plain items (each with its article, none with *of*, *one*, *several*, a clause) is changed."""
    said = _sentences(text)
    if not said:
        return text
    noted = [_terse_note(sentence) for sentence in said]
    if not any(noted):
        return text
    return " ".join(note or sentence for note, sentence in zip(noted, said, strict=True))


def _terse_note(sentence: str) -> str | None:
    """*Each van has a plate and a model.* → *Van: plate, model.*; None for any other sentence."""
    match = _HAS_LIST.fullmatch(sentence)
    if not match:
        return None
    record = match.group("one") or match.group("many")
    if _NOT_ITEM_WORDS.search(record) or re.search(r"\b(?:date and time|start and)\b", sentence):
        return None
    items = []
    for part in re.split(r", and |, | and ", match.group("items")):
        item = _ITEM.fullmatch(part)
        if not item or _NOT_ITEM_WORDS.search(item.group("words") or item.group("bare") or ""):
            return None
        said = item.group("words") or item.group("bare") or item.group("whether")
        items.append(said + (item.group("values") or ""))
    if len(items) < 2 or not item.group(0).startswith(("a ", "an ", "the ", "its ", "their ")):
        return None
    return f"{record[0].upper()}{record[1:]}: {', '.join(items)}."


_SEMICOLON = re.compile(r"; (?=[a-z])")


def shapes_semicolon_split(text: str) -> str:
    """*A hire is for one van; it has a start date.* → *A hire is for one van. It has a start
    date.*: two clauses joined by a semicolon said as two sentences (never inside brackets)."""
    said = _sentences(text)
    if not said or not any(_SEMICOLON.search(sentence) for sentence in said):
        return text
    return " ".join(_split_at_semicolons(sentence) for sentence in said)


def _split_at_semicolons(sentence: str) -> str:
    """*A; b; c.* → *A. B. C.*, unless a semicolon stands inside a bracket."""
    for match in _SEMICOLON.finditer(sentence):
        before = sentence[: match.start()]
        if before.count("(") != before.count(")"):
            return sentence
    return ". ".join(piece[0].upper() + piece[1:] for piece in _SEMICOLON.split(sentence))


_JOINABLE_OPENING = re.compile(
    r"(?:Each|Every|A|An|The|We|They|It|Our|Their|Its|Some|All|Only|Then|For|When)\b"
)


def shapes_joined(text: str) -> str:
    """*Vans have a plate. Each driver has a name.* → *Vans have a plate; each driver has a name.*:
    the second, fourth, ... sentence joined to the one before by a semicolon, where it opens with
    a word written lower-case inside a sentence (*each*, *the*, *we*, *it*, ...)."""
    said = _sentences(text)
    if not said or len(said) < 2:
        return text
    joined = [said[0]]
    for index, sentence in enumerate(said[1:], start=1):
        previous = joined[-1]
        if index % 2 == 1 and previous.endswith(".") and _JOINABLE_OPENING.match(sentence):
            joined[-1] = previous[:-1] + "; " + sentence[0].lower() + sentence[1:]
        else:
            joined.append(sentence)
    return text if len(joined) == len(said) else " ".join(joined)
