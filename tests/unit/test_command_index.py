"""`samsim --help` lists the commands from a table generated from their source
(`simulator.command_index`); the list must be exactly what the command modules register when
they are imported, and the table must be current."""

from __future__ import annotations

import ast
import importlib
import pkgutil

import pytest
import typer

from simulator import commands
from simulator.command_index import TABLE, command_index, registered_in, table_source


def _really_registered() -> list[tuple[str, str | None]]:
    app = typer.Typer()
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"{commands.__name__}.{info.name}").register(app)
    group = typer.main.get_group(app)
    return [(name, command.help) for name, command in group.commands.items()]


def test_the_index_lists_what_the_modules_register_in_order_with_their_help() -> None:
    assert [(e.name, e.help) for e in command_index()] == _really_registered()


def test_every_command_runs_from_the_module_the_index_names() -> None:
    for entry in command_index():
        app = typer.Typer()
        importlib.import_module(entry.module).register(app)
        assert entry.name in typer.main.get_group(app).commands


def test_a_register_the_index_cannot_read_is_refused_with_its_line() -> None:
    source = "def register(app):\n    for f in (a, b):\n        app.command()(f)\n"
    with pytest.raises(ValueError, match=r"simulator.commands.x, line 2: register\(app\)"):
        registered_in("simulator.commands.x", ast.parse(source))


def test_the_generated_table_is_current() -> None:
    assert TABLE.read_text("utf-8") == table_source(command_index()), (
        "simulator/command_table.py is out of date: run `python -m simulator.command_index`"
    )
