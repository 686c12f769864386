"""`samsim validate`, `samsim schema` and `samsim show`: working with scenario files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from simulator.commands.common import EXIT_INVALID, console, load_or_exit, report_problems
from simulator.commands.output import Format, FormatOption, show_tables
from simulator.scenario import Scenario, ScenarioError
from simulator.scenario.schema import schema_text, write_schema
from simulator.scenario.settings import Lang

Files = Annotated[list[Path], typer.Argument(help="Scenario YAML files.")]
OptionalFile = Annotated[
    Path | None, typer.Argument(help="Scenario YAML file; default: the embedded demo.")
]


def register(app: typer.Typer) -> None:
    app.command()(validate)
    app.command()(schema)
    app.command()(show)


MessageLang = Annotated[
    Lang, typer.Option("--lang", help="Language of the problem messages: en or nb.")
]


def validate(files: Files, lang: MessageLang = Lang.en) -> None:
    """Check scenario files; list every problem as file:line:column. Exit 2 if any is invalid."""
    from simulator.preflight import load_runnable  # networkx and the rules: only when checking

    invalid = 0
    for path in files:
        try:
            load_runnable(path)
            console.print(f"[green]ok[/green] {escape(str(path))}")
        except ScenarioError as error:
            invalid += 1
            report_problems(error, path, lang.value)
    if invalid:
        raise typer.Exit(EXIT_INVALID)


SchemaOutput = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file (e.g. docs/scenario.schema.json)."),
]


def schema(output: SchemaOutput = None) -> None:
    """Print the JSON Schema of scenario files (for editor autocompletion), or write it."""
    if output is None:
        typer.echo(schema_text(), nl=False)
    else:
        write_schema(output)
        console.print(f"wrote {output}")


def show(file: OptionalFile = None, format: FormatOption = Format.table) -> None:
    """A readable summary of a scenario."""
    scenario = load_or_exit(file)
    meta = scenario.scenario
    if format is Format.table:
        console.print(
            f"[bold]{meta.title}[/bold] ({meta.id}), from {meta.start_date}, {meta.weeks} weeks"
        )
    show_tables(_tables(scenario), format)


def _tables(scenario: Scenario) -> list[Table]:
    return [
        _municipalities(scenario),
        _offices(scenario),
        _physicians(scenario),
        _legevakt(scenario),
        _beds(scenario),
        _collaborations(scenario),
    ]


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column)
    return table


def _municipalities(scenario: Scenario) -> Table:
    table = _table("Municipalities", "id", "number", "name", "population", "settlements")
    for m in scenario.municipalities:
        settlements = len(m.settlement_shares())
        table.add_row(m.id, m.number, m.name, f"{m.population:,}", str(settlements))
    total = sum(m.population for m in scenario.municipalities)
    table.add_row("", "", "total", f"{total:,}", "")
    return table


def _offices(scenario: Scenario) -> Table:
    table = _table("Offices", "id", "municipality", "kind", "branch of", "GPs")
    gps = Counter(p.office for p in scenario.physicians)
    for o in scenario.offices:
        table.add_row(o.id, o.municipality, o.kind, o.branch_of or "", str(gps.get(o.id, 0)))
    return table


def _physicians(scenario: Scenario) -> Table:
    table = _table("Physicians", "role", "employment", "age band", "count", "FTE", "listed")
    groups: dict[tuple[str, str, str], list[float]] = {}
    listed: Counter[tuple[str, str, str]] = Counter()
    for p in scenario.physicians:
        band = f"{p.age // 10 * 10}–{p.age // 10 * 10 + 9}"
        key = (p.role.value, p.employment.value, band)
        groups.setdefault(key, []).append(p.fte)
        listed[key] += p.list_size
    for key in sorted(groups):
        ftes = groups[key]
        table.add_row(*key, str(len(ftes)), f"{sum(ftes):.1f}", f"{listed[key]:,}")
    return table


def _legevakt(scenario: Scenario) -> Table:
    table = _table(
        "Legevakt", "id", "station", "serves", "shift", "days", "time", "mode", "doctors"
    )
    for lv in scenario.legevakt:
        for index, s in enumerate(lv.shifts):
            first = index == 0
            end = s.end or f"+{s.hours:g} h"
            table.add_row(
                lv.id if first else "",
                lv.station if first else "",
                ", ".join(lv.municipalities) if first else "",
                s.id,
                ",".join(d.value for d in s.days),
                f"{s.start}–{end}",
                s.mode.value,
                str(s.doctors),
            )
    return table


def _beds(scenario: Scenario) -> Table:
    table = _table("Beds", "id", "kind", "place", "beds", "serves", "cover")
    for kind, units in (("KAD", scenario.kad), ("sykestue", scenario.sykestuer)):
        for u in units:
            serves = ", ".join(u.municipalities)
            table.add_row(u.id, kind, u.place, str(u.beds), serves, u.cover.value)
    return table


def _collaborations(scenario: Scenario) -> Table:
    table = _table("Collaborations", "id", "idealtype", "host", "members")
    for c in scenario.collaborations:
        table.add_row(c.id, c.type, c.host or "", ", ".join(c.members))
    return table
