"""The answer `run`, `compare` and `sweep` print first: the feasibility banner and the
decision summary (the same rows as the report's first screen), then every whole-region KPI,
in the language of `--lang`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import typer

from simulator.commands.common import console, errors
from simulator.commands.output import Format, Grid, emit
from simulator.report import decision
from simulator.report.feasibility import NamedPlan, plan_findings, problems
from simulator.report.i18n import Translator
from simulator.report.kpis import ALL
from simulator.report.results import entity_names

FIRST_WARNINGS = 3
INDENT = "  · "
WARNINGS_LANGUAGE = "en"


def show(
    plans: Sequence[NamedPlan],
    table: pd.DataFrame,
    differences: pd.DataFrame | None,
    findings: Sequence[dict[str, Any]],
    warnings: Mapping[str, Sequence[str]],
    replications: int,
    t: Translator,
    format: Format = Format.table,
    sweep: bool = False,
    extra: Sequence[Grid] = (),
) -> None:
    """Banner (to stderr unless a table is printed), summary, the full KPI table and `extra`
    tables, printed together (one JSON document with --format json)."""
    found = problems(plans, warnings, plan_findings(plans), findings, table, t)
    banner(found, t, format)
    names = entity_names([p.scenario for p in plans])
    order = [p.name for p in plans]
    weeks = decision.simulated_weeks(p.scenario for p in plans)
    tables = decision.Tables(table, differences, order, names, weeks)
    head = decision.summary(tables, t)
    full = decision.summary(tables, t, decision.every_kpi(table))
    title = (
        t("decision.terminal_title", n=replications)
        if replications > 1
        else t("decision.single_title")
    )
    if sweep:
        header, rows = decision.sweep_table(head, t)
        grids = [Grid(title, header, rows)]
    else:
        grids = [_grid(title, head, t)]
    emit([*grids, _grid(t("decision.all_kpis"), full, t), *extra], format)


def banner(found: dict[str, list[str]], t: Translator, format: Format) -> None:
    if not found:
        return
    out = console if format is Format.table else errors
    out.print(t("banner.title"), style="bold red", markup=False, highlight=False)
    for plan, lines in found.items():
        for line in lines:
            out.print(f"  {plan}: {line}", markup=False, highlight=False, soft_wrap=True)


def _grid(title: str, summary: decision.Summary, t: Translator) -> Grid:
    """The summary as a table; a municipality's row is indented under its KPI."""
    rows = [summary.cells(row) for row in summary.rows]
    for row, cells in zip(summary.rows, rows, strict=True):
        if row.scope != ALL:
            cells[0] = f"{INDENT}{cells[0]}"
    return Grid(title, summary.header(t), rows)


def warnings_notice(warnings: Sequence[str], where: str | None, t: Translator) -> None:
    """The rota solver's warnings are English log lines: in English every one is printed
    (only the first when they are kept in `where`); in another language the banner says
    what they mean and one line says how many there are and where to read them."""
    if not warnings:
        return
    if t.lang == WARNINGS_LANGUAGE:
        for warning in warnings if where is None else warnings[:FIRST_WARNINGS]:
            errors.print(warning, markup=False, soft_wrap=True)
        if where is None or len(warnings) <= FIRST_WARNINGS:
            return
    key = "warnings.kept" if where else "warnings.english"
    errors.print(t(key, count=len(warnings), where=where), markup=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    """This module defines no commands."""
