"""Brackets in a text: what is inside them, what is outside them, and a split that leaves them
whole: in *a type (suit, dress or shirt), a size*, the commas inside the brackets part no
items.
"""

from __future__ import annotations

import re

_OPEN = "([{"
_CLOSE = ")]}"


def split_top_level(text: str, separators: tuple[str, ...]) -> list[str]:
    """Split ``text`` at any of ``separators`` (regexes) outside brackets."""
    depth = 0
    masked_chars = []
    for char in text:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        masked_chars.append("\0" if depth and char not in _OPEN else char)
    masked = "".join(masked_chars)
    pattern = re.compile("|".join(separators))
    pieces: list[str] = []
    start = 0
    for match in pattern.finditer(masked):
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def outside_brackets_as_written(text: str) -> str:
    """The text with every bracketed part removed, its spaces as written."""
    depth = 0
    kept = []
    for char in text:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif not depth:
            kept.append(char)
    return "".join(kept)


def outside_brackets(text: str) -> str:
    """The text with every bracketed part removed, each run of spaces one space."""
    return re.sub(r"\s+", " ", outside_brackets_as_written(text)).strip()


def bracketed(text: str) -> list[str]:
    """The contents of the top-level brackets of a text, in order."""
    found: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char in _OPEN:
            if depth:
                current.append(char)
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
            if depth:
                current.append(char)
            else:
                found.append("".join(current).strip())
                current = []
        elif depth:
            current.append(char)
    return found
