"""The ``appwright`` command line's shared output: the two consoles and spec loading that says
what is wrong and where."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from appwright.spec import AppSpec, SpecValidationError, load_spec

OverwriteOption = Annotated[
    bool, typer.Option("--overwrite", help="Replace an existing non-empty directory.")
]

console = Console(soft_wrap=True)
errors = Console(stderr=True, soft_wrap=True)


def load_spec_or_exit(path: Path) -> AppSpec:
    """The spec in ``path``; every problem printed with its JSON path, then exit status 1."""
    try:
        return load_spec(path)
    except SpecValidationError as exc:
        print_spec_issues(path, exc)
        raise typer.Exit(code=1) from None


def print_spec_issues(path: Path, exc: SpecValidationError) -> None:
    count = len(exc.issues)
    errors.print(f"[bold red]{escape(str(path))}[/]: {count} problem{'s' if count != 1 else ''}")
    for issue in exc.issues:
        # messages quote the spec's own text (patterns like "[a-z]"), which is not markup
        errors.print(f"  [yellow]{escape(issue.path)}[/]: {escape(issue.message)}", highlight=False)


def package_of(project: Path) -> str:
    """The Python package a generated project runs as (from its module.json)."""
    manifest = project / "module.json"
    try:
        return str(json.loads(manifest.read_text())["package"])
    except (OSError, KeyError, ValueError):
        return "<package>"
