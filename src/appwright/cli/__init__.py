"""The ``appwright`` command line: every capability of the builder as a command.

Each module registers one family of commands; the order here is the order ``--help`` lists them.
"""

from __future__ import annotations

import typer

from appwright.cli import design_commands, sandbox_commands, service_commands, spec_commands

app = typer.Typer(
    name="appwright",
    help="Describe a business app in words; get a validated AppSpec and a runnable, tested app.",
    no_args_is_help=True,
    add_completion=False,
)
for commands in (spec_commands, design_commands, service_commands, sandbox_commands):
    commands.register(app)


def main() -> None:
    app()


__all__ = ["app", "main"]
