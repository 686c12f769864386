"""The `samsim` command.

Each module in `simulator.commands` adds its own commands through `register(app)`, so a new
command group is a new module and this file never changes for it. A module is imported only
when one of its commands runs; `samsim --help` lists them from `simulator.command_table`,
which `simulator.command_index` generates from their source.
"""

from __future__ import annotations

import importlib
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from simulator.command_table import COMMANDS
from simulator.failures import GuardedGroup

Command = TyperCommand | TyperGroup


class LazyCommands(GuardedGroup):
    """The commands of every module, each a placeholder with its help until it is run."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.modules: dict[str, str] = {}
        for name, module, text in COMMANDS:
            self.add_command(TyperCommand(name, help=text))
            self.modules[name] = module

    def resolve_command(
        self, ctx: typer.Context, args: list[str]
    ) -> tuple[str | None, Command | None, list[str]]:
        name, command, rest = super().resolve_command(ctx, args)
        return name, self._load(name) if name else command, rest

    def _load(self, name: str) -> Command:
        """The real command `name`, from its module."""
        module = importlib.import_module(self.modules[name])
        registered = typer.Typer()
        module.register(registered)
        return typer.main.get_group(registered).commands[name]


app = typer.Typer(
    name="samsim",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=LazyCommands,
)


@app.callback()
def samsim() -> None:
    """Rules and simulation for planning municipal physician services."""
    # A callback makes `app` a group while its commands are not yet registered.


def main() -> None:
    app()
