"""``appwright design`` and ``appwright new``: from a description to an AppSpec, and to a
generated, tested app."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from appwright.cli.output import OverwriteOption, console, errors, package_of

if TYPE_CHECKING:
    from appwright.design.steps import StepResult
    from appwright.llm import Provider, UsageRecord


def _configured_provider() -> Provider | None:
    """The model the settings configure (None: no model, the offline designer works alone)."""
    from appwright.config import load_settings
    from appwright.llm import ModelError, build_provider

    try:
        return build_provider(load_settings().llm)
    except (ModelError, ValueError, OSError) as exc:
        errors.print(f"[bold red]model settings:[/] {escape(str(exc))}")
        raise typer.Exit(code=2) from None


def _require_description(description: str) -> None:
    if not description.strip():
        raise typer.BadParameter("describe the app in a few words", param_hint="DESCRIPTION")


def _print_questions(questions: Sequence[str], to: Console) -> None:
    if not questions:
        return
    to.print("\n[bold]Questions to refine the design[/]")
    for number, question in enumerate(questions, 1):
        to.print(f"  {number}. {escape(question)}", highlight=False)


def _print_fallbacks(steps: Sequence[StepResult]) -> None:
    for result in steps:
        if result.fallback_reason is not None:
            errors.print(
                f"[yellow]{result.step_id}:[/] used the offline designer —"
                f" {escape(result.fallback_reason)}",
                highlight=False,
            )


def _model_usage_line(usage: Sequence[UsageRecord]) -> str:
    from appwright.llm import UsageSummary

    summary = UsageSummary.of(usage)
    models = ", ".join(sorted({f"{record.provider}/{record.model}" for record in usage}))
    cost = f"${summary.cost_usd:.4f}"
    if summary.unpriced_models:
        cost += f" (unpriced: {', '.join(summary.unpriced_models)})"
    return (
        f"{models} · {summary.calls} call{'s' if summary.calls != 1 else ''} ·"
        f" {summary.input_tokens:,} tokens in, {summary.output_tokens:,} out · {cost}"
    )


def _how_designed(steps: Sequence[StepResult]) -> str:
    if all(result.path == "offline" for result in steps):
        return "offline designer (no model configured)"
    return " · ".join(f"{result.step_id}: {result.path}" for result in steps)


StepOption = Annotated[
    str | None,
    typer.Option(
        "--step",
        help="Run one definition step alone and print its structure (object-model,"
        " relationships, state-flow, pages, permissions, reports).",
        show_default=False,
    ),
]
Description = Annotated[
    str, typer.Argument(help="The app, described in plain words.", show_default=False)
]


def design(
    description: Description,
    as_json: Annotated[bool, typer.Option("--json", help="Print only the JSON on stdout.")] = False,
    step: StepOption = None,
) -> None:
    """Design an AppSpec from a description (or one step of it) and print it."""
    from appwright.design.service import design_description, design_step
    from appwright.design.steps import StepFailedError, UnknownStepError, get_step

    _require_description(description)
    if step is not None:
        try:
            get_step(step)
        except UnknownStepError as exc:
            raise typer.BadParameter(str(exc), param_hint="'--step'") from None
    provider = _configured_provider()
    try:
        with errors.status("designing..."):
            if step is None:
                outcome = design_description(description, provider)
                steps: tuple[StepResult, ...] = outcome.steps
                questions: Sequence[str] = outcome.questions
                document = outcome.spec.to_json_dict()
            else:
                result = design_step(step, description, None, provider)
                steps, questions = (result,), result.questions
                document = result.structure.model_dump(mode="json", by_alias=True)
    except StepFailedError as exc:
        errors.print(f"[bold red]design failed:[/] {escape(str(exc))}")
        raise typer.Exit(code=1) from None
    _print_fallbacks(steps)
    usage = [record for result in steps for record in result.usage]
    if as_json:
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        if step is None:
            _print_questions(questions, errors)
        return
    document.pop("questions", None)
    console.print_json(json.dumps(document, ensure_ascii=False))
    console.print(f"\n[dim]designed by: {escape(_how_designed(steps))}[/]", highlight=False)
    if usage:
        console.print(f"[dim]model: {escape(_model_usage_line(usage))}[/]", highlight=False)
    _print_questions(questions, console)


def new(
    description: Description,
    out: Annotated[Path, typer.Option("-o", "--out", help="Directory to write the app to.")],
    overwrite: OverwriteOption = False,
) -> None:
    """Design, generate and test an app from a description, in one go."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from appwright.codegen import ProjectExistsError, check_project, write_project
    from appwright.codegen.pages import MissingAssetsError
    from appwright.codegen.pattern_samples import PatternSampleError
    from appwright.design.service import DESIGN_SEQUENCE, design_description
    from appwright.design.steps import StepFailedError

    _require_description(description)
    if out.exists() and (not out.is_dir() or any(out.iterdir())) and not overwrite:
        errors.print(
            f"[bold red]{escape(str(out))}[/] is not empty: choose another directory"
            " or pass --overwrite"
        )
        raise typer.Exit(code=1)
    provider = _configured_provider()
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=console) as progress:
        stage = progress.add_task("designing", total=len(DESIGN_SEQUENCE))

        def step_done(result: StepResult) -> None:
            progress.update(stage, advance=1, description=f"designing: {result.step_id} ✓")

        try:
            outcome = design_description(description, provider, on_step=step_done)
        except StepFailedError as exc:
            progress.stop()
            errors.print(f"[bold red]design failed:[/] {escape(str(exc))}")
            raise typer.Exit(code=1) from None
        spec = outcome.spec
        progress.update(
            stage,
            description=f"designed {escape(spec.name)}: {len(spec.entities)} entities,"
            f" {len(spec.pages)} pages",
        )
        stage = progress.add_task("generating", total=1)
        try:
            written = write_project(spec, out, overwrite=overwrite)
        except (ProjectExistsError, MissingAssetsError, PatternSampleError) as exc:
            progress.stop()
            errors.print(f"[bold red]cannot generate:[/] {escape(str(exc))}")
            raise typer.Exit(code=1) from None
        progress.update(stage, advance=1, description=f"generated {len(written)} files")
        stage = progress.add_task("running the app's tests", total=1)
        result = check_project(out)
        progress.update(
            stage,
            advance=1,
            description=f"tests: {result.passed} passed, {result.failed + result.errors} failed",
        )
    _print_fallbacks(outcome.steps)
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 2))
    names = ", ".join(entity.name for entity in spec.entities)
    table.add_row("entities", f"{len(spec.entities)} — {escape(names)}")
    table.add_row("pages", str(len(spec.pages)))
    table.add_row(
        "tests",
        f"{result.passed} passed, {result.failed} failed, {result.errors} errors"
        f" ({result.duration:.1f}s)",
    )
    if outcome.usage:
        table.add_row("model", escape(_model_usage_line(outcome.usage)))
    else:
        table.add_row("designed by", _how_designed(outcome.steps))
    mark = "[green]✓[/]" if result.ok else "[red]✗[/]"
    console.print(
        f"\n{mark} {escape(spec.name)} is in {escape(str(out.absolute()))}", highlight=False
    )
    console.print(table, highlight=False)
    console.print(
        f"run it: [bold]cd {escape(str(out))} && uvicorn {package_of(out)}.main:app[/]"
        " (users and settings: README.md)",
        highlight=False,
    )
    _print_questions(outcome.questions, console)
    if not result.ok:
        errors.print(result.output_tail, highlight=False, markup=False)
        errors.print("[bold red]✗ the generated suite failed[/]")
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    """Add ``design`` and ``new`` to the main command line."""
    app.command()(design)
    app.command()(new)
