"""Mermaid source text: identifiers and labels that cannot break the diagram's syntax."""

from __future__ import annotations

import re

_SAFE_LABEL = re.compile(r"[A-Za-z0-9 _\-.,()/'+*&%!?]")
_NOT_IDENTIFIER = re.compile(r"[^A-Za-z0-9_]")


def mermaid_label(text: str) -> str:
    """``text`` for a Mermaid label: every character that could end or confuse a statement
    (quotes, colons, semicolons, brackets, ``#``...) as a ``#<code>;`` entity, newlines as
    spaces."""
    flat = " ".join(text.split())
    return "".join(char if _SAFE_LABEL.fullmatch(char) else f"#{ord(char)};" for char in flat)


def mermaid_id(name: str) -> str:
    """``name`` as a Mermaid identifier (letters, digits, underscores; never starts with a
    digit). Spec names are already snake_case identifiers, so they come out unchanged."""
    ident = _NOT_IDENTIFIER.sub("_", name) or "_"
    return f"_{ident}" if ident[0].isdigit() else ident
