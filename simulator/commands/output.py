"""Tables on the terminal that survive: `--format table|csv|json` for every command that prints
one. A table never cuts an id or a KPI name with "…": on a terminal the columns fold whole
words, and piped output (`samsim idealtypes list | cat`) gets plain aligned columns."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

import typer
from rich import box
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from simulator.commands.common import console
from simulator.report.i18n import LANGUAGES

GAP = "  "


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


FormatOption = Annotated[
    Format, typer.Option("--format", help="table, csv or json (whole ids, nothing cut).")
]
LangOption = Annotated[
    str | None,
    typer.Option("--lang", help=f"{'|'.join(LANGUAGES)}; default: the scenario's language."),
]


@dataclass(frozen=True)
class Grid:
    """A table as text: a title, column names and rows of cells."""

    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[str]]

    def records(self) -> list[dict[str, str]]:
        return [dict(zip(self.header, row, strict=True)) for row in self.rows]


def emit(grids: Sequence[Grid], format: Format = Format.table) -> None:
    """Print `grids`: as tables (folded on a terminal, plain columns when piped), as CSV
    (one block per table, a blank line between) or as one JSON document."""
    if format is Format.json:
        document = [{"title": g.title, "rows": g.records()} for g in grids]
        typer.echo(json.dumps(document, indent=2, ensure_ascii=False))
        return
    for index, grid in enumerate(grids):
        if index:
            typer.echo("")
        if format is Format.csv:
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(grid.header)
            writer.writerows(grid.rows)
        elif console.is_terminal:
            console.print(_rich(grid))
        else:
            typer.echo(plain(grid))


def show_tables(tables: Sequence[Table], format: Format = Format.table) -> None:
    """Rich tables a command built: as they are on a terminal, else as grids (`emit`)."""
    if format is Format.table and console.is_terminal:
        for table in tables:
            console.print(table)
        return
    emit([grid_of(table) for table in tables], format)


def grid_of(table: Table) -> Grid:
    """The text of a rich table: its title, column headers and cells, markup removed."""
    columns = [[_text(cell) for cell in column.cells] for column in table.columns]
    rows = [list(row) for row in zip(*columns, strict=True)]
    return Grid(_text(table.title or ""), [_text(c.header) for c in table.columns], rows)


def _text(renderable: object) -> str:
    if isinstance(renderable, Text):
        return renderable.plain
    return Text.from_markup(str(renderable)).plain


def _rich(grid: Grid) -> Table:
    table = Table(title=grid.title, title_justify="left", box=box.SIMPLE_HEAD)
    for index, name in enumerate(grid.header):
        table.add_column(name, overflow="fold", justify="left" if index == 0 else "right")
    for row in grid.rows:
        table.add_row(*(escape(cell) for cell in row))  # text, never markup
    return table


def plain(grid: Grid) -> str:
    """Aligned columns of whole cells, for pipes and files."""
    rows = [list(grid.header), *(list(r) for r in grid.rows)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(grid.header))]
    lines = [grid.title] if grid.title else []
    lines += [GAP.join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    """This module defines no commands."""
