"""Name normalization: every name in an AppSpec becomes a snake_case identifier.

Names that collide with SQL or Python keywords (``order``, ``class``, ``user``...) are kept as
they are in the spec; the generator quotes or renames them where a language needs it
(see ``appwright.codegen.naming``).
"""

from __future__ import annotations

import keyword
import re
import unicodedata

MAX_NAME_LENGTH = 48
"""Longest entity/field/role name: leaves room for module table prefixes within PostgreSQL's 63."""

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")

SQL_KEYWORDS = frozenset(
    [
        "all",
        "alter",
        "and",
        "any",
        "as",
        "asc",
        "between",
        "by",
        "case",
        "cast",
        "check",
        "collate",
        "column",
        "constraint",
        "create",
        "cross",
        "current_date",
        "current_time",
        "current_timestamp",
        "current_user",
        "default",
        "delete",
        "desc",
        "distinct",
        "drop",
        "else",
        "end",
        "except",
        "exists",
        "false",
        "fetch",
        "for",
        "foreign",
        "from",
        "full",
        "grant",
        "group",
        "having",
        "in",
        "index",
        "inner",
        "insert",
        "intersect",
        "into",
        "is",
        "join",
        "key",
        "left",
        "like",
        "limit",
        "natural",
        "not",
        "null",
        "offset",
        "on",
        "or",
        "order",
        "outer",
        "primary",
        "references",
        "right",
        "row",
        "select",
        "session_user",
        "set",
        "some",
        "table",
        "then",
        "to",
        "true",
        "union",
        "unique",
        "update",
        "user",
        "using",
        "values",
        "view",
        "when",
        "where",
        "window",
        "with",
    ]
)
"""Reserved words of SQLite and PostgreSQL that appear in business vocabularies."""

PYTHON_KEYWORDS = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)


def to_snake(text: str) -> str:
    """``"Expected Close Date"`` → ``expected_close_date``; ``"companyId"`` → ``company_id``.

    Accents are folded to ASCII (``"Café"`` → ``cafe``); characters with no ASCII form are
    dropped, so the result may be empty — callers report that as an error.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    spaced = _CAMEL_BOUNDARY.sub("_", folded.strip())
    return _NON_WORD.sub("_", spaced.lower()).strip("_")


def is_identifier(name: str) -> bool:
    return bool(_IDENTIFIER.match(name)) and len(name) <= MAX_NAME_LENGTH


def identifier_problem(name: str) -> str | None:
    """Why ``name`` (already snake-cased) cannot be used, or None when it can."""
    if not name:
        return "has no letters or digits that can form an identifier"
    if not name[0].isalpha():
        return "must start with a letter"
    if len(name) > MAX_NAME_LENGTH:
        return f"is {len(name)} characters long; names are at most {MAX_NAME_LENGTH}"
    if not _IDENTIFIER.match(name):
        return "is not a snake_case identifier"
    return None


def humanize(name: str) -> str:
    """``expected_close_date`` → ``Expected close date``."""
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else name


def slugify(text: str) -> str:
    return to_snake(text).replace("_", "-")


def is_keyword(name: str) -> bool:
    return name in SQL_KEYWORDS or name in PYTHON_KEYWORDS


def with_article(word: str) -> str:
    """``integer`` → ``an integer``; ``date`` → ``a date``."""
    return f"{'an' if word[:1] in 'aeiou' else 'a'} {word}"
