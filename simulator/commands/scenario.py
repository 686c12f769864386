"""`samsim validate`, `samsim schema` and `samsim show`: working with scenario files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.text import Text

from simulator.commands.common import (
    EXIT_INVALID,
    console,
    load_or_exit,
    report_problems,
    translator,
)
from simulator.commands.output import Format, FormatOption, Grid, LangOption, emit
from simulator.report.i18n import Translator
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
    Lang | None,
    typer.Option("--lang", help="nb|en; default: the scenario's language, else nb."),
]


def validate(files: Files, lang: MessageLang = None) -> None:
    """Check scenario files; list every problem as file:line:column. Exit 2 if any is invalid."""
    from simulator.preflight import load_runnable  # networkx and the rules: only when checking

    asked = lang.value if lang else None
    invalid = 0
    for path in files:
        try:
            load_runnable(path)
            console.print(f"[green]ok[/green] {escape(str(path))}", highlight=False)  # nb: ok
        except ScenarioError as error:
            invalid += 1
            report_problems(error, path, asked)
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


def show(
    file: OptionalFile = None, format: FormatOption = Format.table, lang: LangOption = None
) -> None:
    """A readable summary of a scenario."""
    scenario = load_or_exit(file, lang)
    t = translator(lang, scenario)
    meta = scenario.scenario
    if format is Format.table:
        heading = t(
            "show.heading", title=meta.title, id=meta.id, start=meta.start_date, weeks=meta.weeks
        )
        console.print(Text(heading, style="bold"))  # a title is text, never markup
    emit([part(scenario, t) for part in PARTS], format)


def _grid(t: Translator, title: str, columns: str, rows: list[list[str]]) -> Grid:
    """A table titled `show.TITLE` with the columns `show.col.NAME` of the space-separated
    `columns`."""
    return Grid(t(f"show.{title}"), [t(f"show.col.{c}") for c in columns.split()], rows)


def _municipalities(scenario: Scenario, t: Translator) -> Grid:
    rows = [
        [m.id, m.number, m.name, t.integer(m.population), str(len(m.settlement_shares()))]
        for m in scenario.municipalities
    ]
    total = sum(m.population for m in scenario.municipalities)
    rows.append(["", "", t("show.total"), t.integer(total), ""])
    return _grid(t, "municipalities", "id number name population settlements", rows)


def _offices(scenario: Scenario, t: Translator) -> Grid:
    gps = Counter(p.office for p in scenario.physicians)
    rows = [
        [o.id, o.municipality, o.kind, o.branch_of or "", str(gps.get(o.id, 0))]
        for o in scenario.offices
    ]
    return _grid(t, "offices", "id municipality kind branch_of gps", rows)


def _physicians(scenario: Scenario, t: Translator) -> Grid:
    groups: dict[tuple[str, str, str], list[float]] = {}
    listed: Counter[tuple[str, str, str]] = Counter()
    for p in scenario.physicians:
        band = f"{p.age // 10 * 10}–{p.age // 10 * 10 + 9}"
        key = (p.role.value, p.employment.value, band)
        groups.setdefault(key, []).append(p.fte)
        listed[key] += p.list_size
    rows = [
        [*key, str(len(ftes)), t.number(sum(ftes), 1), t.integer(listed[key])]
        for key, ftes in sorted(groups.items())
    ]
    return _grid(t, "physicians", "role employment age_band count fte listed", rows)


def _legevakt(scenario: Scenario, t: Translator) -> Grid:
    rows = []
    for lv in scenario.legevakt:
        for index, s in enumerate(lv.shifts):
            first = index == 0
            end = s.end or t("show.hours", hours=f"{s.hours:g}")
            rows.append(
                [
                    lv.id if first else "",
                    lv.station if first else "",
                    ", ".join(lv.municipalities) if first else "",
                    s.id,
                    ",".join(d.value for d in s.days),
                    f"{s.start}–{end}",
                    s.mode.value,
                    str(s.doctors),
                ]
            )
    return _grid(t, "legevakt", "id station serves shift days time mode doctors", rows)


def _beds(scenario: Scenario, t: Translator) -> Grid:
    rows = [
        [u.id, kind, u.place, str(u.beds), ", ".join(u.municipalities), u.cover.value]
        for kind, units in (("KAD", scenario.kad), ("sykestue", scenario.sykestuer))
        for u in units
    ]
    return _grid(t, "beds", "id kind place beds serves cover", rows)


def _collaborations(scenario: Scenario, t: Translator) -> Grid:
    rows = [[c.id, c.type, c.host or "", ", ".join(c.members)] for c in scenario.collaborations]
    return _grid(t, "collaborations", "id idealtype host members", rows)


PARTS = (_municipalities, _offices, _physicians, _legevakt, _beds, _collaborations)
