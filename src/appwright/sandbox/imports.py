"""The syntax-tree check: imports outside an allow-list, with readable, line-numbered errors.

This is early feedback for a model writing code ("line 3: import of 'subprocess' is not
allowed; allowed: ..."), not the security boundary: a program can reach any module without an
import statement, so whatever passes still runs inside the sandbox.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass

DEFAULT_ALLOWED_IMPORTS: frozenset[str] = frozenset(
    {
        "__future__",
        "abc",
        "base64",
        "bisect",
        "calendar",
        "collections",
        "copy",
        "dataclasses",
        "datetime",
        "decimal",
        "enum",
        "fractions",
        "functools",
        "hashlib",
        "heapq",
        "itertools",
        "json",
        "math",
        "numbers",
        "operator",
        "random",
        "re",
        "statistics",
        "string",
        "textwrap",
        "typing",
        "unicodedata",
        "uuid",
        "zoneinfo",
    }
)
"""Pure computation: what a hook over a record's fields needs, nothing that reaches outside."""

# Calls that import or compile code at run time, which the import statements would not show.
DYNAMIC_CODE_CALLS = frozenset({"__import__", "eval", "exec", "compile"})


@dataclass(frozen=True)
class ImportIssue:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class CodeSyntaxError(ValueError):
    """The source does not parse; ``issue`` says where."""

    def __init__(self, issue: ImportIssue) -> None:
        super().__init__(str(issue))
        self.issue = issue


def check_imports(
    source: str, allowed: Iterable[str] = DEFAULT_ALLOWED_IMPORTS, filename: str = "<code>"
) -> list[ImportIssue]:
    """Every import (and dynamic import or code call) outside ``allowed``, in source order.

    A dotted import is judged by its top-level package (``os.path`` is ``os``); relative imports
    are refused (the code runs alone). Raises `CodeSyntaxError` when the source does not parse.
    """
    allowed_set = frozenset(allowed)
    try:
        tree = ast.parse(source, filename=filename)
    except SyntaxError as exc:
        raise CodeSyntaxError(ImportIssue(exc.lineno or 0, f"syntax error: {exc.msg}")) from None
    listing = ", ".join(sorted(name for name in allowed_set if name != "__future__"))
    issues: list[ImportIssue] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            issues += [
                ImportIssue(node.lineno, f"import of {name!r} is not allowed; allowed: {listing}")
                for name in _imported_names(node)
                if name.split(".", 1)[0] not in allowed_set
            ]
            if isinstance(node, ast.ImportFrom) and node.level:
                issues.append(ImportIssue(node.lineno, "relative imports are not allowed"))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in DYNAMIC_CODE_CALLS
        ):
            issues.append(
                ImportIssue(
                    node.lineno,
                    f"{node.func.id}() is not allowed: it imports or runs code the check cannot see",
                )
            )
    return sorted(issues, key=lambda issue: issue.line)


def _imported_names(node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    return [node.module] if not node.level and node.module else []
