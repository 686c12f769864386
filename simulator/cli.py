"""The `samsim` command.

Each module in `simulator.commands` adds its own commands through `register(app)`, so a new
command group is a new module and this file never changes for it.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

from simulator import commands
from simulator.failures import GuardedGroup

app = typer.Typer(
    name="samsim",
    help="Rules and simulation for planning municipal physician services.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=GuardedGroup,
)


def _register_commands() -> None:
    for module in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"{commands.__name__}.{module.name}").register(app)


_register_commands()


def main() -> None:
    app()
