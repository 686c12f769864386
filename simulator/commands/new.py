"""`samsim new`: a commented starting scenario for chosen municipalities or the whole country."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from simulator.commands.common import console, note, refuse, translator
from simulator.commands.output import LangOption
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
    t = translator(lang)
    numbers = _numbers_or_exit(municipalities, national, t)
    start = start_date.date() if start_date else next_year_first_monday(dt.date.today())
    if start.weekday() != 0:
        refuse(t, t("new.not_monday", start=start))
    if out.is_dir():
        refuse(t, t("new.is_folder", out=out, example=out / "scenario.yaml"))
    if out.exists() and not force:
        refuse(t, t("new.exists", out=out))
    if not out.parent.is_dir():
        refuse(t, t("new.no_folder", folder=out.parent))
    request = request_for(numbers, legevakt, start, national)
    with console.status(t("new.building", count=len(numbers))):
        document = build_scenario(request)
        scenario = Scenario.model_validate(plain(document))
    try:
        write_text_atomic(out, render(document, HEADER))
    except OSError as error:
        refuse(t, t("new.cannot_write", out=out, reason=error.strerror or error))
    _summary(out, scenario, t)


def _numbers_or_exit(municipalities: str | None, national: bool, t: Translator) -> tuple[str, ...]:
    if national == (municipalities is not None):
        refuse(t, t("new.one_of"))
    if national:
        return tuple(load_municipalities())
    try:
        selection = parse_numbers(municipalities or "")
    except UnknownMunicipalities as error:
        refuse(t, *(t.said(s) for s in error.sentences))
    for sentence in selection.notes:
        note(t, t.said(sentence))
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
