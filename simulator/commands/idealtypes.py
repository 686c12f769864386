"""`samsim idealtypes list|show|docs`: the collaboration idealtypes of the KS/Norut report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from simulator.commands.common import EXIT_INVALID, console, errors, translator
from simulator.commands.output import (
    Format,
    FormatOption,
    Grid,
    LangOption,
    emit,
    show_tables,
)
from simulator.idealtypes.describe import (
    format_value,
    preconditions,
    settings,
)
from simulator.idealtypes.docs_page import render_page, write_page
from simulator.idealtypes.kpis import KPI_TEXT
from simulator.idealtypes.library import IdealtypeInfo, load_library

group = typer.Typer(
    name="idealtypes",
    help="The collaboration idealtypes of the KS/Norut report (models/).",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(group)


@group.command("list")
def list_(format: FormatOption = Format.table, lang: LangOption = None) -> None:
    """Every idealtype with its report section, level, relation type and base model (the
    names and the rest: `samsim idealtypes show ID` or docs/idealtypes.md). Piped, or with
    --format csv|json, every id is printed whole, ready to paste into a scenario."""
    t = translator(lang)
    library = load_library()
    rows = [
        [
            info.id,
            info.report_section or "—",
            str(info.level.value),
            info.relation.value,
            info.preset_of or t("idealtypes.first_class"),
        ]
        for info in library.values()
    ]
    header = [t(f"idealtypes.col.{c}") for c in ("id", "section", "level", "relation", "base")]
    emit([Grid(t("idealtypes.title"), header, rows)], format)
    if format is Format.table:
        report = sum(1 for info in library.values() if info.report_section)
        blocks = len(library) - report
        console.print(t("idealtypes.count", report=report, blocks=blocks), markup=False)


@group.command()
def show(
    ident: Annotated[str, typer.Argument(metavar="ID", help="An idealtype id.")],
    format: FormatOption = Format.table,
) -> None:
    """Parameters with defaults and sources, preconditions and the KPIs it moves (with
    --format csv|json only its two tables, whole)."""
    library = load_library()
    info = library.get(ident)
    if info is None:
        errors.print(f"unknown idealtype '{ident}'; known: {', '.join(library)}", markup=False)
        raise typer.Exit(EXIT_INVALID)
    if format is not Format.table:
        show_tables([_parameters(info, library), _changes(info)], format)
        return
    _header(info)
    console.print(_parameters(info, library))
    _preconditions(info, library)
    console.print(_changes(info))


@group.command()
def docs(
    out: Annotated[
        Path | None, typer.Option(help="Write the page here (e.g. docs/idealtypes.md).")
    ] = None,
) -> None:
    """Print docs/idealtypes.md as generated from models/, or write it with --out."""
    if out is None:
        typer.echo(render_page(), nl=False)
    else:
        write_page(out)
        console.print(f"wrote {out}")


def _header(info: IdealtypeInfo) -> None:
    sections = ", ".join(f"{s.section} [{s.lines}]" for s in info.sections)
    kind = f"preset of {info.preset_of}" if info.preset_of else "first-class model"
    if info.building_block:
        kind += ", building block"
    console.print(Text(f"{info.name.en} ({info.id}; {kind})", style="bold"))
    console.print(f"Norwegian: {info.name.nb}", markup=False, highlight=False)
    console.print(
        f"Report: {sections} · level {info.level.value} · {info.relation.value} · "
        f"steering: {info.steering.value}",
        markup=False,
        highlight=False,
    )
    console.print(info.description, markup=False, highlight=False)


def _parameters(info: IdealtypeInfo, library: dict[str, IdealtypeInfo]) -> Table:
    table = Table(title="Parameters", title_justify="left")
    for column in ("parameter", "default", "unit", "source"):
        table.add_column(column)
    for setting in settings(info, library):
        p = setting.parameter
        source = p.source if setting.origin == info.id else f"{p.source} (from {setting.origin})"
        table.add_row(*_cells(p.name, format_value(p), p.unit or "", source))
    return table


def _preconditions(info: IdealtypeInfo, library: dict[str, IdealtypeInfo]) -> None:
    items = preconditions(info, library)
    console.print("[bold]Preconditions[/bold]" if items else "Preconditions: none stated")
    for p in items:
        weight = "required" if p.required else "an advantage"
        check = f"; checked as {', '.join(p.checks)}" if p.checks else ""
        console.print(f"- {p.text} ({weight}; {p.source}{check})", markup=False, highlight=False)


def _changes(info: IdealtypeInfo) -> Table:
    table = Table(title="What it changes", title_justify="left")
    for column in ("KPI", "direction", "why"):
        table.add_column(column)
    for change in info.changes:
        table.add_row(*_cells(KPI_TEXT[change.kpi], change.direction.value, change.why))
    return table


def _cells(*values: str) -> list[Text]:
    """Table cells as plain text: `[gp, lis1]` is a value, not console markup."""
    return [Text(value) for value in values]
