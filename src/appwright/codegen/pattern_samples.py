"""Strings that fully match a field's ``pattern``, for samples and seed data.

A deterministic walker over the regex's parse tree (``re._parser``) yields the n-th distinct
matching string, so generated factories and the preview's seed rows are reproducible.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_EXTRA_REPEAT = 4
"""How far past its minimum an open or long repeat is walked (keeps samples short)."""

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_UPPER = _LETTERS.upper()
_DIGITS = "0123456789"
_PRINTABLE = _UPPER + _LETTERS + _DIGITS + " -_.,:;!?@#/()+*=&%$"
_CATEGORY_CHARS = {
    sre.CATEGORY_DIGIT: _DIGITS,
    sre.CATEGORY_NOT_DIGIT: _UPPER + _LETTERS + " -_",
    sre.CATEGORY_WORD: _UPPER + _LETTERS + _DIGITS + "_",
    sre.CATEGORY_NOT_WORD: " -.,:",
    sre.CATEGORY_SPACE: " ",
    sre.CATEGORY_NOT_SPACE: _UPPER + _LETTERS + _DIGITS + "-_.",
}


class PatternSampleError(ValueError):
    """The pattern has fewer matching strings than asked for, or none the walker can build."""


@dataclass
class _Node:
    count: int
    build: Callable[[int, dict[int, str]], str]


def _chars_node(chars: str) -> _Node:
    unique = "".join(dict.fromkeys(chars))
    if not unique:
        raise PatternSampleError("a character set matches no character the walker knows")
    return _Node(len(unique), lambda k, groups: unique[k % len(unique)])


def _in_chars(items: list[tuple[Any, Any]]) -> str:
    negate = False
    chars = ""
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            chars += chr(av)
        elif op is sre.RANGE:
            low, high = av
            chars += "".join(chr(c) for c in range(low, min(high, low + 200) + 1))
        elif op is sre.CATEGORY:
            chars += _CATEGORY_CHARS.get(av, "")
    if negate:
        return "".join(c for c in _PRINTABLE if c not in chars)
    return chars


def _sequence(items: list[_Node]) -> _Node:
    count = math.prod(node.count for node in items)

    def build(k: int, groups: dict[int, str]) -> str:
        digits: list[int] = []
        for node in reversed(items):
            digits.append(k % node.count)
            k //= node.count
        digits.reverse()
        return "".join(node.build(d, groups) for node, d in zip(items, digits, strict=True))

    return _Node(count, build)


def _repeat(low: int, high: int, item: _Node) -> _Node:
    lengths = list(range(low, min(high, low + _EXTRA_REPEAT) + 1))
    count = sum(item.count**length for length in lengths)

    sequences = {length: _sequence([item] * length) for length in lengths if length}

    def build(k: int, groups: dict[int, str]) -> str:
        # Lengths take turns (k = 0, 1, 2... walk min, min+1, min+2...) so every length is
        # reached early; length limits of the field can then always be met.
        length = lengths[k % len(lengths)]
        if not length:
            return ""
        rest = (k // len(lengths)) % (item.count**length)
        return sequences[length].build(rest, groups)

    return _Node(count, build)


def _branch(options: list[_Node]) -> _Node:
    def build(k: int, groups: dict[int, str]) -> str:
        k %= sum(o.count for o in options)
        for option in options:
            if k < option.count:
                return option.build(k, groups)
            k -= option.count
        raise AssertionError("unreachable")

    return _Node(sum(o.count for o in options), build)


def _group(number: int | None, inner: _Node) -> _Node:
    def build(k: int, groups: dict[int, str]) -> str:
        text = inner.build(k, groups)
        if number is not None:
            groups[number] = text
        return text

    return _Node(inner.count, build)


def _backreference(number: int) -> _Node:
    return _Node(1, lambda k, groups: groups.get(number, ""))


def _empty() -> _Node:
    return _Node(1, lambda k, groups: "")


def _compile(parsed: Any) -> _Node:
    nodes: list[_Node] = []
    for op, av in parsed:
        if op is sre.LITERAL:
            nodes.append(_chars_node(chr(av)))
        elif op is sre.NOT_LITERAL:
            nodes.append(_chars_node("".join(c for c in _PRINTABLE if ord(c) != av)))
        elif op is sre.ANY:
            nodes.append(_chars_node(_LETTERS))
        elif op is sre.IN:
            nodes.append(_chars_node(_in_chars(av)))
        elif op is sre.BRANCH:
            nodes.append(_branch([_compile(option) for option in av[1]]))
        elif op is sre.SUBPATTERN:
            number, _add_flags, _del_flags, inner = av
            nodes.append(_group(number, _compile(inner)))
        elif op is sre.ATOMIC_GROUP:
            nodes.append(_compile(av))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, inner = av
            high = low + _EXTRA_REPEAT if high is sre.MAXREPEAT else high
            nodes.append(_repeat(low, high, _compile(inner)))
        elif op is sre.GROUPREF:
            nodes.append(_backreference(av))
        elif op is sre.GROUPREF_EXISTS:
            _number, yes, no = av
            nodes.append(_branch([_compile(yes), _compile(no) if no else _empty()]))
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the final re.fullmatch check enforces them
        else:
            raise PatternSampleError(f"unsupported regex construct {op}")
    return _sequence(nodes) if nodes else _empty()


def pattern_samples(
    pattern: str,
    count: int,
    *,
    min_length: int | None = None,
    max_length: int | None = None,
) -> list[str]:
    """The first ``count`` distinct strings fully matching ``pattern`` (and the length limits).

    Raises :class:`PatternSampleError` when fewer exist within the walker's reach.
    """
    compiled = re.compile(pattern)
    root = _compile(_parser.parse(pattern, compiled.flags))
    found: dict[str, None] = {}
    limit = min(root.count, 50 * count + 2000)
    for k in range(limit):
        text = root.build(k, {})
        if text in found or compiled.fullmatch(text) is None:
            continue
        if (min_length is not None and len(text) < min_length) or (
            max_length is not None and len(text) > max_length
        ):
            continue
        found[text] = None
        if len(found) == count:
            return list(found)
    if not found:
        raise PatternSampleError(f"no sample string found for the pattern {pattern!r}")
    if len(found) < count and limit < root.count:
        raise PatternSampleError(f"only {len(found)} sample strings found for {pattern!r}")
    return list(found)


def pattern_sample(pattern: str, n: int) -> str:
    """The n-th (from 0) distinct string fully matching ``pattern``."""
    samples = pattern_samples(pattern, n + 1)
    if len(samples) <= n:
        raise PatternSampleError(f"{pattern!r} matches only {len(samples)} strings")
    return samples[n]
