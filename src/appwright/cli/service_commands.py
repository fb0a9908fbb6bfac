"""``appwright serve`` and ``appwright user create|list``: the builder service and its
accounts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from appwright.cli.output import console, errors

if TYPE_CHECKING:
    from appwright.config import AppwrightSettings
    from appwright.service.db import Database


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


def register(app: typer.Typer) -> None:
    """Add ``serve`` and ``user`` to the main command line."""
    app.command()(serve)
    app.add_typer(user_app, name="user")
