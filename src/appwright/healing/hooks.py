"""The hook contract, and the checks a hook's source must pass before it runs anywhere.

A hook is one Python file defining::

    def run(record: dict, api: HookApi) -> dict | None

``record`` is the row that triggered it (every field by name, plus ``id``, ``created_at``,
``updated_at``, ``created_by_id``; decimals are ``decimal.Decimal``, dates ISO strings).
``api`` reads and writes the app's records (`HookApi`); ``api.event`` says what happened.
The hook returns a short JSON summary of what it did, or None.

The checks here are early, readable feedback for the model (and the first refusal of hostile
code); the sandbox is the boundary.
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from appwright.healing.runtime import (
    HOOK_FUNCTION,
    HookContractError,
    HookError,
    HookOutputError,
    HookPermissionError,
    InvalidValueError,
    MissingSettingError,
    UnknownEntityError,
    UnknownFieldError,
)
from appwright.sandbox import DEFAULT_ALLOWED_IMPORTS
from appwright.sandbox.imports import CodeSyntaxError, check_imports

__all__ = [
    "ALLOWED_IMPORTS",
    "API_METHODS",
    "HOOK_FUNCTION",
    "HookApi",
    "HookContractError",
    "HookError",
    "HookOutputError",
    "HookPermissionError",
    "InvalidValueError",
    "MissingSettingError",
    "SourceIssue",
    "UnknownEntityError",
    "UnknownFieldError",
    "check_hook_source",
]

ALLOWED_IMPORTS: frozenset[str] = DEFAULT_ALLOWED_IMPORTS
"""What a hook may import: pure computation (json, math, datetime, decimal, re, ...)."""

API_METHODS = frozenset({"get", "find", "create", "update", "transition", "setting"})
"""The hook API's methods; the ones taking an entity name take it first."""

ENTITY_METHODS = frozenset({"get", "find", "create", "update", "transition"})

# Builtins that reach outside pure computation (files, the interpreter's internals, input).
FORBIDDEN_NAMES = frozenset(
    {
        "open",
        "__import__",
        "eval",
        "exec",
        "compile",
        "globals",
        "locals",
        "vars",
        "breakpoint",
        "input",
        "exit",
        "quit",
        "memoryview",
        "__builtins__",
        "__loader__",
        "__spec__",
    }
)

IssueKind = Literal[
    "syntax_error", "denied_import", "denied_code", "bad_signature", "unknown_entity"
]


class HookApi(Protocol):
    """What a hook may do with the app's records (the sandbox's and the generated app's)."""

    event: dict[str, Any]
    """``{"on": "create|update|delete|transition", "entity": ..., "transition": name or None,
    "previous": the row before an update or transition, or None}``."""

    def get(self, entity: str, id: int) -> dict[str, Any] | None: ...

    def find(self, entity: str, where: dict[str, Any] | None = None) -> list[dict[str, Any]]: ...

    def create(self, entity: str, values: dict[str, Any]) -> dict[str, Any]: ...

    def update(self, entity: str, id: int, values: dict[str, Any]) -> dict[str, Any]: ...

    def transition(self, entity: str, id: int, name: str) -> dict[str, Any]: ...

    def setting(self, key: str) -> Any: ...


@dataclass(frozen=True)
class SourceIssue:
    kind: IssueKind
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def check_hook_source(source: str, entities: Collection[str] | None = None) -> list[SourceIssue]:
    """Every problem of ``source`` as a hook, in line order (empty: it may run).

    Refuses syntax errors, imports outside `ALLOWED_IMPORTS`, builtins that reach outside
    (``open``, ``eval``...), dunder attributes (``().__class__.__subclasses__()``), a missing
    or wrongly shaped ``run(record, api)``, and — when ``entities`` is given — entity names
    the app does not have in ``api.get("...")``-style calls.
    """
    try:
        found = check_imports(source, ALLOWED_IMPORTS, filename="hook.py")
    except CodeSyntaxError as error:
        return [SourceIssue("syntax_error", error.issue.line, error.issue.message)]
    issues = [SourceIssue("denied_import", issue.line, issue.message) for issue in found]
    tree = ast.parse(source, filename="hook.py")
    issues += _denied_code(tree)
    issues += _signature(tree)
    if entities is not None:
        issues += _unknown_entities(tree, frozenset(entities))
    unique = {(issue.line, issue.message): issue for issue in issues}
    return sorted(unique.values(), key=lambda issue: issue.line)


def _denied_code(tree: ast.AST) -> list[SourceIssue]:
    issues: list[SourceIssue] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
            issues.append(
                SourceIssue("denied_code", node.lineno, f"{node.id} is not available to hooks")
            )
        elif isinstance(node, ast.Attribute) and _is_dunder(node.attr):
            issues.append(
                SourceIssue(
                    "denied_code",
                    node.lineno,
                    f"attribute {node.attr} is not available to hooks (interpreter internals)",
                )
            )
        elif isinstance(node, ast.Global | ast.Nonlocal):
            issues.append(
                SourceIssue("denied_code", node.lineno, "global state is not available to hooks")
            )
    return issues


def _is_dunder(name: str) -> bool:
    return name.startswith("__") and name.endswith("__")


def _signature(tree: ast.Module) -> list[SourceIssue]:
    functions = [
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == HOOK_FUNCTION
    ]
    if not functions:
        return [
            SourceIssue(
                "bad_signature",
                1,
                f"the hook must define a top-level function {HOOK_FUNCTION}(record, api)",
            )
        ]
    function = functions[-1]
    if isinstance(function, ast.AsyncFunctionDef):
        return [
            SourceIssue(
                "bad_signature", function.lineno, f"{HOOK_FUNCTION} must be a plain def, not async"
            )
        ]
    arguments = function.args
    positional = [*arguments.posonlyargs, *arguments.args]
    required_keywords = [
        argument
        for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
        if default is None
    ]
    if len(positional) != 2 or arguments.defaults or required_keywords:
        return [
            SourceIssue(
                "bad_signature",
                function.lineno,
                f"{HOOK_FUNCTION} must take exactly two arguments: (record, api)",
            )
        ]
    return []


def _unknown_entities(tree: ast.AST, entities: frozenset[str]) -> list[SourceIssue]:
    issues: list[SourceIssue] = []
    known = ", ".join(sorted(entities))
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ENTITY_METHODS
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "api"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            continue
        name = node.args[0].value
        if name not in entities:
            issues.append(
                SourceIssue(
                    "unknown_entity",
                    node.lineno,
                    f"api.{node.func.attr}() names entity {name!r}, which the app does not "
                    f"have; entities: {known}",
                )
            )
    return issues


def issue_lines(issues: Iterable[SourceIssue]) -> str:
    return "\n".join(str(issue) for issue in issues)
