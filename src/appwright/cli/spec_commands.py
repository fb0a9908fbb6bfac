"""``appwright schema|validate|diff|generate|check``: working with AppSpec files and the
projects generated from them."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from appwright.cli.output import OverwriteOption, console, errors, load_spec_or_exit, package_of
from appwright.spec.diff import diff_specs
from appwright.spec.schema import appspec_json_schema

SpecPath = Annotated[Path, typer.Argument(help="An AppSpec JSON file.", show_default=False)]


def schema() -> None:
    """Print the JSON Schema of the AppSpec."""
    sys.stdout.write(json.dumps(appspec_json_schema(), indent=2) + "\n")


def validate(
    spec: SpecPath,
    normalized: Annotated[
        bool, typer.Option("--normalized", help="Print the normalized spec as JSON.")
    ] = False,
) -> None:
    """Check a spec; list every problem with its JSON path (exit status 1 when there are any)."""
    loaded = load_spec_or_exit(spec)
    if normalized:
        sys.stdout.write(json.dumps(loaded.to_json_dict(), indent=2) + "\n")
        return
    console.print(
        f"[green]✓[/] {spec}: {loaded.name} — {len(loaded.entities)} entities,"
        f" {len(loaded.relationships)} relationships, {len(loaded.state_flows)} state flows,"
        f" {len(loaded.pages)} pages, {len(loaded.reports)} reports",
        highlight=False,
    )


def diff(
    old: SpecPath,
    new: SpecPath,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print {patch, sentences} as JSON only.")
    ] = False,
) -> None:
    """Show the change between two specs as sentences and as a JSON patch."""
    change = diff_specs(load_spec_or_exit(old), load_spec_or_exit(new))
    if as_json:
        sys.stdout.write(
            json.dumps({"patch": change.patch, "sentences": change.sentences}, indent=2) + "\n"
        )
        return
    if change.empty:
        console.print("no changes")
        return
    for sentence in change.sentences:
        console.print(f"• {sentence}", highlight=False)
    console.print()
    console.print_json(json.dumps(change.patch))


def generate(
    spec: SpecPath,
    out: Annotated[Path, typer.Option("-o", "--out", help="Directory to write the project to.")],
    overwrite: OverwriteOption = False,
) -> None:
    """Generate a runnable, tested app from a spec (all or nothing: a bad spec writes nothing)."""
    from appwright.codegen import ProjectExistsError, write_project
    from appwright.codegen.pages import MissingAssetsError
    from appwright.codegen.pattern_samples import PatternSampleError

    loaded = load_spec_or_exit(spec)
    try:
        written = write_project(loaded, out, overwrite=overwrite)
    except (ProjectExistsError, MissingAssetsError, PatternSampleError) as exc:
        errors.print(f"[bold red]cannot generate:[/] {exc}")
        raise typer.Exit(code=1) from None
    console.print(
        f"[green]✓[/] wrote {len(written)} files to {out} — run it with"
        f" [bold]cd {out} && uvicorn {package_of(out)}.main:app[/]",
        highlight=False,
    )


def check(
    project: Annotated[Path, typer.Argument(help="A generated project directory.")],
    database_url: Annotated[
        str | None,
        typer.Option("--database-url", help="Run the suite against this database instead."),
    ] = None,
) -> None:
    """Run a generated project's own test suite and report the result."""
    from appwright.codegen import check_project

    if not (project / "tests").is_dir():
        errors.print(f"[bold red]{project}[/] is not a generated project (no tests/ directory)")
        raise typer.Exit(code=2)
    with console.status(f"running the tests of {project}..."):
        result = check_project(project, database_url=database_url)
    table = Table(show_header=False, box=None)
    for label, value in (
        ("passed", result.passed),
        ("failed", result.failed),
        ("errors", result.errors),
        ("skipped", result.skipped),
        ("duration", f"{result.duration:.1f}s"),
    ):
        table.add_row(label, str(value))
    console.print(table)
    if not result.ok:
        errors.print(result.output_tail, highlight=False, markup=False)
        errors.print("[bold red]✗ the generated suite failed[/]")
        raise typer.Exit(code=1)
    console.print(f"[green]✓[/] {result.passed} tests passed")


def register(app: typer.Typer) -> None:
    """Add the spec and project commands to the main command line."""
    for command in (schema, validate, diff, generate, check):
        app.command()(command)
