"""The ``appwright`` command line: every capability of the builder as a command."""

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

from appwright.spec import AppSpec, SpecValidationError, load_spec
from appwright.spec.diff import diff_specs
from appwright.spec.schema import appspec_json_schema

if TYPE_CHECKING:
    from appwright.config import AppwrightSettings
    from appwright.design.steps import StepResult
    from appwright.llm import Provider, UsageRecord
    from appwright.service.db import Database

app = typer.Typer(
    name="appwright",
    help="Describe a business app in words; get a validated AppSpec and a runnable, tested app.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(soft_wrap=True)
errors = Console(stderr=True, soft_wrap=True)

SpecPath = Annotated[Path, typer.Argument(help="An AppSpec JSON file.", show_default=False)]


def _load_or_exit(path: Path) -> AppSpec:
    try:
        return load_spec(path)
    except SpecValidationError as exc:
        _print_issues(path, exc)
        raise typer.Exit(code=1) from None


def _print_issues(path: Path, exc: SpecValidationError) -> None:
    count = len(exc.issues)
    errors.print(f"[bold red]{escape(str(path))}[/]: {count} problem{'s' if count != 1 else ''}")
    for issue in exc.issues:
        # messages quote the spec's own text (patterns like "[a-z]"), which is not markup
        errors.print(f"  [yellow]{escape(issue.path)}[/]: {escape(issue.message)}", highlight=False)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the AppSpec."""
    sys.stdout.write(json.dumps(appspec_json_schema(), indent=2) + "\n")


@app.command()
def validate(
    spec: SpecPath,
    normalized: Annotated[
        bool, typer.Option("--normalized", help="Print the normalized spec as JSON.")
    ] = False,
) -> None:
    """Check a spec; list every problem with its JSON path (exit status 1 when there are any)."""
    loaded = _load_or_exit(spec)
    if normalized:
        sys.stdout.write(json.dumps(loaded.to_json_dict(), indent=2) + "\n")
        return
    console.print(
        f"[green]✓[/] {spec}: {loaded.name} — {len(loaded.entities)} entities,"
        f" {len(loaded.relationships)} relationships, {len(loaded.state_flows)} state flows,"
        f" {len(loaded.pages)} pages, {len(loaded.reports)} reports",
        highlight=False,
    )


@app.command()
def diff(
    old: SpecPath,
    new: SpecPath,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print {patch, sentences} as JSON only.")
    ] = False,
) -> None:
    """Show the change between two specs as sentences and as a JSON patch."""
    change = diff_specs(_load_or_exit(old), _load_or_exit(new))
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


@app.command()
def generate(
    spec: SpecPath,
    out: Annotated[Path, typer.Option("-o", "--out", help="Directory to write the project to.")],
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace an existing non-empty directory.")
    ] = False,
) -> None:
    """Generate a runnable, tested app from a spec (all or nothing: a bad spec writes nothing)."""
    from appwright.codegen import ProjectExistsError, write_project
    from appwright.codegen.pages import MissingAssetsError
    from appwright.codegen.samples import PatternSampleError

    loaded = _load_or_exit(spec)
    try:
        written = write_project(loaded, out, overwrite=overwrite)
    except (ProjectExistsError, MissingAssetsError, PatternSampleError) as exc:
        errors.print(f"[bold red]cannot generate:[/] {exc}")
        raise typer.Exit(code=1) from None
    console.print(
        f"[green]✓[/] wrote {len(written)} files to {out} — run it with"
        f" [bold]cd {out} && uvicorn {_package_of(out)}.main:app[/]",
        highlight=False,
    )


def _package_of(project: Path) -> str:
    manifest = project / "module.json"
    try:
        return str(json.loads(manifest.read_text())["package"])
    except (OSError, KeyError, ValueError):
        return "<package>"


@app.command()
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


@app.command()
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


@app.command()
def new(
    description: Description,
    out: Annotated[Path, typer.Option("-o", "--out", help="Directory to write the app to.")],
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace an existing non-empty directory.")
    ] = False,
) -> None:
    """Design, generate and test an app from a description, in one go."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from appwright.codegen import ProjectExistsError, check_project, write_project
    from appwright.codegen.pages import MissingAssetsError
    from appwright.codegen.samples import PatternSampleError
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
        f"run it: [bold]cd {escape(str(out))} && uvicorn {_package_of(out)}.main:app[/]"
        " (users and settings: README.md)",
        highlight=False,
    )
    _print_questions(outcome.questions, console)
    if not result.ok:
        errors.print(result.output_tail, highlight=False, markup=False)
        errors.print("[bold red]✗ the generated suite failed[/]")
        raise typer.Exit(code=1)


DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="Where the database, secret key and projects live (default: settings).",
        show_default=False,
    ),
]
DatabaseUrlOption = Annotated[
    str | None,
    typer.Option(
        "--database-url",
        help="SQLAlchemy URL, e.g. postgresql+psycopg://... (default: SQLite in the data dir).",
        show_default=False,
    ),
]


def _service_settings(
    data_dir: Path | None,
    database_url: str | None,
    host: str | None = None,
    port: int | None = None,
) -> AppwrightSettings:
    """The settings (environment, settings file) with the command's options over them."""
    from appwright.config import load_settings

    try:
        settings = load_settings()
    except (OSError, ValueError) as exc:
        errors.print(f"[bold red]settings:[/] {escape(str(exc))}")
        raise typer.Exit(code=2) from None
    overrides = {
        name: value
        for name, value in (
            ("data_dir", data_dir),
            ("database_url", database_url),
            ("host", host),
            ("port", port),
        )
        if value is not None
    }
    service = settings.service.model_copy(update=overrides)
    return settings.model_copy(update={"service": service})


def _migrated_database(settings: AppwrightSettings) -> Database:
    from appwright.service.db import Database

    database = Database(settings.service.resolved_database_url())
    _migrate_or_exit(database)
    return database


def _migrate_or_exit(database: Database) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from appwright.service.db import upgrade_database

    try:
        upgrade_database(database.engine)
    except SQLAlchemyError as exc:
        database.dispose()
        errors.print(f"[bold red]database:[/] {escape(str(exc).splitlines()[0])}")
        raise typer.Exit(code=1) from None


@app.command()
def serve(
    host: Annotated[
        str | None, typer.Option("--host", help="Interface to listen on.", show_default=False)
    ] = None,
    port: Annotated[
        int | None, typer.Option("--port", help="Port to listen on.", show_default=False)
    ] = None,
    data_dir: DataDirOption = None,
    database_url: DatabaseUrlOption = None,
) -> None:
    """Run the builder service (on an empty database, create the first admin and print it)."""
    import uvicorn

    from appwright.service.app import build_context, create_app
    from appwright.service.bootstrap import ensure_first_admin

    settings = _service_settings(data_dir, database_url, host, port)
    service = settings.service
    context = build_context(settings)
    _migrate_or_exit(context.database)
    credentials = ensure_first_admin(context.database)
    if credentials is not None:
        console.print(
            "[bold]First admin created[/] — the password is shown this once, keep it safe:",
            highlight=False,
        )
        console.print(f"  e-mail:    {credentials.email}", highlight=False, markup=False)
        console.print(f"  password:  {credentials.password}", highlight=False, markup=False)
        console.print(f"  workspace: {credentials.workspace_slug}", highlight=False, markup=False)
    url = f"http://{service.host}:{service.port}"
    console.print(
        f"appwright serves on {url} (API docs: {url}/api/v1/docs, data: {service.data_dir})",
        highlight=False,
        markup=False,
    )
    uvicorn.run(create_app(context), host=service.host, port=service.port)


user_app = typer.Typer(help="Accounts of the builder service (its database).", no_args_is_help=True)
app.add_typer(user_app, name="user")


@user_app.command("create")
def user_create(
    email: Annotated[str, typer.Argument(help="The new user's e-mail.", show_default=False)],
    password: Annotated[
        str | None,
        typer.Option(
            "--password", "-p", help="Asked for (hidden) when not given.", show_default=False
        ),
    ] = None,
    role: Annotated[str, typer.Option("--role", help="admin, builder, viewer or api.")] = "admin",
    workspace: Annotated[
        str | None,
        typer.Option(
            "--workspace",
            help="The workspace's slug (default: the Default workspace).",
            show_default=False,
        ),
    ] = None,
    data_dir: DataDirOption = None,
    database_url: DatabaseUrlOption = None,
) -> None:
    """Create a user and add them to a workspace."""
    from appwright.service.bootstrap import AccountError, create_user

    if password is None:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    database = _migrated_database(_service_settings(data_dir, database_url))
    try:
        created = create_user(
            database, email=email, password=password, role=role, workspace_slug=workspace
        )
    except AccountError as exc:
        errors.print(f"[bold red]cannot create the user:[/] {escape(str(exc))}")
        raise typer.Exit(code=1) from None
    finally:
        database.dispose()
    console.print(
        f"[green]✓[/] created {escape(created.email)} — {created.role} of workspace"
        f" {escape(created.workspace_slug)}",
        highlight=False,
    )


@user_app.command("list")
def user_list(data_dir: DataDirOption = None, database_url: DatabaseUrlOption = None) -> None:
    """List every user with their workspaces and roles."""
    from appwright.service.crud.users import list_users

    database = _migrated_database(_service_settings(data_dir, database_url))
    try:
        with database.session() as db:
            rows = [
                (
                    user.email,
                    user.full_name,
                    "yes" if user.is_active else "no",
                    ", ".join(f"{m.workspace.slug} ({m.role})" for m in user.memberships),
                )
                for user in list_users(db)
            ]
    finally:
        database.dispose()
    if not rows:
        console.print("no users yet: `appwright serve` creates the first admin")
        return
    table = Table("e-mail", "name", "active", "workspaces (role)")
    for row in rows:
        table.add_row(*(escape(cell) for cell in row))
    console.print(table, highlight=False)


def _register_sub_apps() -> None:
    from appwright.cli_sandbox import register

    register(app)


_register_sub_apps()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
