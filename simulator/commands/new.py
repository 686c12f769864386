"""`samsim new`: a commented starting scenario for chosen municipalities or the whole country."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from simulator.commands.common import EXIT_INVALID, console, errors
from simulator.commands.output import LangOption, translator
from simulator.data_sources.municipalities import load_municipalities
from simulator.files import write_text_atomic
from simulator.report.i18n import Translator
from simulator.scenario import Scenario
from simulator.starter.build import build_scenario
from simulator.starter.districts import Layout
from simulator.starter.request import HEADER, next_year_first_monday, request_for
from simulator.starter.selection import UnknownMunicipalities, parse_numbers
from simulator.starter.yaml_text import plain, render


def register(app: typer.Typer) -> None:
    app.command()(new)


def new(
    out: Annotated[Path, typer.Option("--out", "-o", help="The scenario file to write.")],
    municipalities: Annotated[
        str | None,
        typer.Option(
            help="Comma-separated kommunenummer (2024; older ones are mapped), e.g. 5530,5601."
        ),
    ] = None,
    national: Annotated[
        bool, typer.Option("--national", help="All 357 municipalities and 2024 stations.")
    ] = False,
    legevakt: Annotated[
        Layout, typer.Option(help="Legevakt stations: as in 2024, one each, or one shared.")
    ] = Layout.as_today,
    start_date: Annotated[
        dt.datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="A Monday; default: first Monday of next year."),
    ] = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False,
    lang: LangOption = None,
) -> None:
    """Write a valid, commented scenario from public data; exit 2 on bad input."""
    numbers = _numbers_or_exit(municipalities, national)
    start = start_date.date() if start_date else next_year_first_monday(dt.date.today())
    if start.weekday() != 0:
        _fail(f"--start-date {start} is not a Monday")
    if out.is_dir():
        _fail(f"{out} is a folder; give a file name, e.g. {out / 'scenario.yaml'}")
    if out.exists() and not force:
        _fail(f"{out} exists; choose another --out or add --force to overwrite it")
    if not out.parent.is_dir():
        _fail(f"the folder {out.parent} does not exist")
    request = request_for(numbers, legevakt, start, national)
    t = translator(lang)
    with console.status(t("new.building", count=len(numbers))):
        document = build_scenario(request)
        scenario = Scenario.model_validate(plain(document))
    try:
        write_text_atomic(out, render(document, HEADER))
    except OSError as error:
        _fail(f"cannot write {out}: {error.strerror or error}")
    _summary(out, scenario, t)


def _numbers_or_exit(municipalities: str | None, national: bool) -> tuple[str, ...]:
    if national == (municipalities is not None):
        _fail("give exactly one of --municipalities NUMBERS and --national")
    if national:
        return tuple(load_municipalities())
    try:
        selection = parse_numbers(municipalities or "")
    except UnknownMunicipalities as error:
        _fail(str(error))
    for note in selection.notes:
        errors.print(f"note: {note}", markup=False, soft_wrap=True)
    return selection.numbers


def _summary(out: Path, scenario: Scenario, t: Translator) -> None:
    population = t.integer(sum(m.population for m in scenario.municipalities))
    counts = {
        "municipalities": len(scenario.municipalities),
        "gps": len(scenario.physicians),
        "stations": len(scenario.legevakt),
    }
    said = t("new.wrote", out=out, population=population, **counts)
    console.print(said, markup=False, soft_wrap=True)  # a path is never broken


def _fail(message: str) -> NoReturn:
    errors.print(f"error: {message}", markup=False, soft_wrap=True)
    raise typer.Exit(EXIT_INVALID)
