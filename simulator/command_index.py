"""The `samsim` commands, the module that defines each and its help, read from the source of
`simulator.commands` without importing it, and written to `simulator/command_table.py`:
`samsim --help` lists every command from that table, and a command imports only its own
module, so `validate` never loads OR-Tools, SciPy, pandas or matplotlib. The table is generated
(`python -m simulator.command_index`) because parsing fifteen modules took about 40 ms of every
start; `tests/unit/test_command_index.py` fails while the table is not current.

A command module registers in `register(app)` with `app.command()(function)`,
`app.command(name="...")(function)` or `app.add_typer(group)`; a command's help is its
function's docstring, a group's the `help=` of its `typer.Typer(...)`. Any other statement
there is refused here, and `tests/unit/test_command_index.py` checks the index against what the
modules really register.
"""

from __future__ import annotations

import ast
import json
import pkgutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from simulator import commands
from simulator.files import write_text_atomic

TABLE = Path(__file__).with_name("command_table.py")


@dataclass(frozen=True)
class Entry:
    """One command (or command group) of `samsim`."""

    name: str
    module: str  # e.g. simulator.commands.scenario
    help: str | None


def command_index() -> list[Entry]:
    """Every command, in the order Typer lists them: plain commands by module, then groups."""
    plain: list[Entry] = []
    groups: list[Entry] = []
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = f"{commands.__name__}.{info.name}"
        source = resources.files(commands).joinpath(f"{info.name}.py").read_text("utf-8")
        for entry, is_group in registered_in(module, ast.parse(source)):
            (groups if is_group else plain).append(entry)
    return plain + groups


def registered_in(module: str, tree: ast.Module) -> list[tuple[Entry, bool]]:
    """The commands that `register(app)` in `tree` adds, each marked whether it is a group."""
    defined = {
        node.name: node for node in tree.body if isinstance(node, ast.FunctionDef | ast.ClassDef)
    }
    typers = {
        target.id: _keywords(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and _calls(node.value, "Typer")
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    register = defined.get("register")
    if not isinstance(register, ast.FunctionDef):
        raise ValueError(f"{module} defines no register(app)")
    entries = []
    for statement in register.body:
        call = statement.value if isinstance(statement, ast.Expr) else None
        if isinstance(call, ast.Constant) and isinstance(call.value, str):
            continue  # the docstring
        if isinstance(call, ast.Call) and _calls(call.func, "command") and _names(call):
            function = call.args[0].id  # type: ignore[attr-defined]
            name = _keywords(call.func).get("name") or function.lower().replace("_", "-")
            doc = ast.get_docstring(defined[function])  # type: ignore[arg-type]
            entries.append((Entry(name, module, doc), False))
        elif isinstance(call, ast.Call) and _calls(call, "add_typer") and _names(call):
            group = typers[call.args[0].id]  # type: ignore[attr-defined]
            name = _keywords(call).get("name") or group["name"]
            entries.append((Entry(name, module, group.get("help")), True))
        else:
            raise ValueError(
                f"{module}, line {statement.lineno}: register(app) may only call "
                "app.command(...)(function) or app.add_typer(group, ...)"
            )
    return entries


def _calls(node: ast.expr, attribute: str) -> bool:
    """Whether `node` is a call of something's `attribute`, e.g. `app.command(...)`."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == attribute
    )


def _names(call: ast.Call) -> bool:
    """Whether `call` has one argument and it is a plain name."""
    return len(call.args) == 1 and isinstance(call.args[0], ast.Name)


def _keywords(call: ast.expr) -> dict[str, str]:
    """The literal keyword arguments of `call`."""
    assert isinstance(call, ast.Call)
    return {
        k.arg: k.value.value
        for k in call.keywords
        if k.arg is not None and isinstance(k.value, ast.Constant)
    }


def table_source(entries: list[Entry]) -> str:
    """The text of `simulator/command_table.py` for `entries`, as `ruff format` leaves it."""
    rows = "".join(
        f"    (\n        {_quoted(e.name)},\n        {_quoted(e.module)},\n{_help(e.help)}    ),\n"
        for e in entries
    )
    return (
        '"""Every `samsim` command: (name, module, help), in the order `--help` lists them.\n\n'
        "Generated by `python -m simulator.command_index` from the command modules' source; do\n"
        'not edit. `tests/unit/test_command_index.py` fails while it is not current."""\n\n'
        f"COMMANDS: tuple[tuple[str, str, str | None], ...] = (\n{rows})\n"
    )


def _help(text: str | None) -> str:
    """A help text as one string literal per line, each on its own line."""
    if text is None:
        return "        None,\n"
    lines = text.split("\n")
    pieces = [_quoted(line + "\n") for line in lines[:-1]] + [_quoted(lines[-1])]
    return "".join(f"        {piece}\n" for piece in pieces[:-1]) + f"        {pieces[-1]},\n"


def _quoted(text: str) -> str:
    """`text` as a double-quoted Python literal (a JSON string is one)."""
    return json.dumps(text, ensure_ascii=False)


if __name__ == "__main__":
    write_text_atomic(TABLE, table_source(command_index()))
