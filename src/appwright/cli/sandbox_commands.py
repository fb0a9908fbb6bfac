"""``appwright sandbox ...`` and ``appwright doctor``: trying the sandbox by hand, and what works."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

if TYPE_CHECKING:
    from appwright.sandbox.runner import BackendName

sandbox_app = typer.Typer(
    help="Run programs in the sandbox that runs generated and model-written code.",
    no_args_is_help=True,
)
console = Console(soft_wrap=True)

_MARKS = {"ok": "[green]✓[/]", "warn": "[yellow]![/]", "fail": "[red]✗[/]"}


@sandbox_app.command("exec")
def sandbox_exec(
    file: Annotated[Path, typer.Argument(help="A Python file to run.", show_default=False)],
    timeout: Annotated[float, typer.Option("--timeout", help="Wall-clock limit, seconds.")] = 10.0,
    memory: Annotated[int, typer.Option("--memory", help="Address-space limit, MB.")] = 512,
    cpu: Annotated[int, typer.Option("--cpu", help="CPU-time limit, seconds.")] = 10,
    network: Annotated[
        bool, typer.Option("--network", help="Share the host's network (logged).")
    ] = False,
    input_json: Annotated[
        str | None,
        typer.Option(
            "--input", help="JSON given on stdin and in $APPWRIGHT_INPUT.", show_default=False
        ),
    ] = None,
    expect_result: Annotated[
        bool,
        typer.Option("--expect-result", help="Require a JSON result (file or last stdout line)."),
    ] = False,
    allow_imports: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-import", help="Allow this module too (repeatable).", show_default=False
        ),
    ] = None,
    no_import_check: Annotated[
        bool, typer.Option("--no-import-check", help="Skip the syntax-tree import check.")
    ] = False,
    backend: Annotated[
        str, typer.Option("--backend", help="auto (bwrap when it works), bwrap or subprocess.")
    ] = "auto",
) -> None:
    """Run a Python file in the sandbox and print the result as JSON (exit 1 unless ok)."""
    from appwright.sandbox import DEFAULT_ALLOWED_IMPORTS, Limits, python_file_job, run
    from appwright.sandbox.runner import choose_backend

    if not file.is_file():
        raise typer.BadParameter(f"{file} is not a file", param_hint="FILE")
    if backend not in ("auto", "bwrap", "subprocess"):
        raise typer.BadParameter("auto, bwrap or subprocess", param_hint="'--backend'")
    payload = None
    if input_json is not None:
        try:
            payload = json.loads(input_json)
        except json.JSONDecodeError as exc:
            raise typer.BadParameter(f"not JSON: {exc}", param_hint="'--input'") from None
    allowed = None if no_import_check else DEFAULT_ALLOWED_IMPORTS | set(allow_imports or ())
    job = python_file_job(
        file,
        allowed_imports=allowed,
        input=payload,
        expect_result=expect_result,
        limits=Limits(wall_seconds=timeout, cpu_seconds=cpu, memory_mb=memory),
        network="host" if network else "none",
    )
    try:
        chosen = choose_backend(cast("BackendName", backend))
    except RuntimeError as exc:
        Console(stderr=True).print(f"[bold red]{escape(str(exc))}[/]")
        raise typer.Exit(code=2) from None
    result = run(job, chosen)
    sys.stdout.write(json.dumps(result.to_json_dict(), indent=2, ensure_ascii=False) + "\n")
    if not result.ok:
        raise typer.Exit(code=1)


def doctor(
    as_json: Annotated[bool, typer.Option("--json", help="Print the checks as JSON.")] = False,
) -> None:
    """Check what works here: the sandbox backends, their limits, and the Python environment."""
    from appwright.sandbox.doctor import run_checks

    checks = run_checks()
    if as_json:
        document = [{"name": c.name, "status": c.status, "detail": c.detail} for c in checks]
        sys.stdout.write(json.dumps(document, indent=2) + "\n")
    else:
        table = Table(show_header=False, box=None, padding=(0, 1))
        for check in checks:
            table.add_row(_MARKS[check.status], check.name, escape(check.detail))
        console.print(table, highlight=False)
    if any(check.status == "fail" for check in checks if check.name != "bwrap backend"):
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    """Add ``sandbox`` and ``doctor`` to the main command line."""
    app.add_typer(sandbox_app, name="sandbox")
    app.command("doctor")(doctor)
