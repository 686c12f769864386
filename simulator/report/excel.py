"""The results as one Excel workbook for the planner (openpyxl): the decision summary, every
KPI with its interval, the paired differences and a table per municipality. Headers follow
the language; numbers are numbers, with a cell format for shares, money and decimals, so they
can be summed and charted in the spreadsheet."""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from simulator.experiment.api import Outcome
from simulator.files import write_atomic
from simulator.report.decision import Tables, headline_label, simulated_weeks, truthy
from simulator.report.headline import HEADLINES
from simulator.report.i18n import Translator
from simulator.report.kpis import ALL
from simulator.report.results import entity_names
from simulator.report.units import Unit, unit_of

FORMATS = {Unit.share: "0.0%", Unit.nok: "#,##0", Unit.count: "0.00"}
DECIMALS = "0.0"
WIDTH = 48  # characters of the first column


def write_outcome(outcome: Outcome, path: Path, t: Translator) -> Path:
    """The workbook of a trial's or comparison's `outcome` at `path` (`--excel`, the app)."""
    scenarios = [v.scenario for v in outcome.result.variants]
    plans = [v.name for v in outcome.result.variants]
    names = entity_names(scenarios)
    weeks = simulated_weeks(scenarios)
    tables = Tables(outcome.summary, outcome.differences, plans, names, weeks)
    return write_workbook(path, tables, t)


def write_workbook(path: Path, tables: Tables, t: Translator) -> Path:
    """Write the workbook of `tables` to `path` atomically and return it."""
    table, differences, names = tables.summary, tables.differences, tables.names
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = t("excel.summary")
    _headlines(summary, table, tables, t)
    _kpis(book.create_sheet(t("excel.kpis")), table, names, t)
    if differences is not None and not differences.empty:
        _differences(book.create_sheet(t("excel.differences")), differences, names, t)
    _municipalities(book.create_sheet(t("excel.municipalities")), table, names, t)
    write_atomic(path, lambda temporary: book.save(temporary))
    return path


def _scope(scope: str, names: Mapping[str, str], t: Translator) -> str:
    return t("scope.all") if scope == ALL else names.get(scope, scope)


def _headlines(sheet: Worksheet, table: pd.DataFrame, tables: Tables, t: Translator) -> None:
    """The headline KPIs, a row per KPI and scope, mean and interval per plan; a total over
    the simulated period says how many weeks it covers."""
    plans, names = tables.plans, tables.names
    bounds = [t("excel.low"), t("excel.high")]
    header = [t("col.kpi"), t("col.scope")]
    header += [text for plan in plans for text in (plan, *bounds)]
    rows = []
    indexed = table.set_index(["kpi", "scope", "variant"]).sort_index()
    for headline in HEADLINES:
        for scope in sorted(set(table.loc[table["kpi"] == headline.kpi, "scope"]), key=_all_first):
            label = headline_label(headline.kpi, names, t, tables.weeks)
            row: list[object] = [label, _scope(scope, names, t)]
            for plan in plans:
                key = (headline.kpi, scope, plan)
                found = indexed.loc[key] if key in indexed.index else None
                row += [_cell(found, c) for c in ("mean", "ci_low", "ci_high")]
            rows.append((headline.kpi, row))
    _fill(sheet, header, rows, first_number=2)


def _kpis(sheet: Worksheet, table: pd.DataFrame, names: Mapping[str, str], t: Translator) -> None:
    header = [t("col.kpi"), t("col.scope"), t("col.variant"), t("excel.mean")]
    header += [t("excel.low"), t("excel.high"), t("excel.replications")]
    rows = [
        (
            str(r.kpi),
            [
                headline_label(str(r.kpi), names, t),
                _scope(str(r.scope), names, t),
                str(r.variant),
                *(_number(v) for v in (r.mean, r.ci_low, r.ci_high)),
                int(r.n) if "n" in table and not pd.isna(r.n) else None,
            ],
        )
        for r in table.itertuples()
    ]
    _fill(sheet, header, rows, first_number=3, last_number=6)


def _differences(
    sheet: Worksheet, differences: pd.DataFrame, names: Mapping[str, str], t: Translator
) -> None:
    header = [t("col.kpi"), t("col.scope"), t("col.variant"), t("excel.difference")]
    header += [t("excel.low"), t("excel.high"), t("col.significant"), t("col.favours")]
    rows = [
        (
            str(r.kpi),
            [
                headline_label(str(r.kpi), names, t),
                _scope(str(r.scope), names, t),
                str(r.variant),
                *(_number(v) for v in (r.difference, r.ci_low, r.ci_high)),
                t("yes") if truthy(r.significant) else t("no"),
                "" if pd.isna(r.favours) else str(r.favours),
            ],
        )
        for r in differences.itertuples()
    ]
    _fill(sheet, header, rows, first_number=3, last_number=6)


def _municipalities(
    sheet: Worksheet, table: pd.DataFrame, names: Mapping[str, str], t: Translator
) -> None:
    """Means per municipality: a row per KPI and plan, a column per municipality."""
    local = table[table["scope"] != ALL]
    scopes = [s for s in names if s in set(local["scope"])]
    header = [t("col.kpi"), t("col.variant"), *(names[s] for s in scopes)]
    means = local.pivot_table(index=["kpi", "variant"], columns="scope", values="mean")
    rows = [
        (
            str(kpi),
            [headline_label(str(kpi), names, t), str(plan), *(_number(row.get(s)) for s in scopes)],
        )
        for (kpi, plan), row in means.iterrows()
    ]
    _fill(sheet, header, rows, first_number=2)


def _fill(
    sheet: Worksheet,
    header: list[str],
    rows: list[tuple[str, list[object]]],
    first_number: int,
    last_number: int | None = None,
) -> None:
    """Header in bold, then the rows; number cells get the format of their KPI's unit."""
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for kpi, row in rows:
        sheet.append(row)
        unit = unit_of(kpi)
        end = len(row) if last_number is None else last_number
        for cell in sheet[sheet.max_row][first_number:end]:
            cell.number_format = FORMATS.get(unit, DECIMALS)
    sheet.column_dimensions["A"].width = WIDTH
    sheet.freeze_panes = "B2"


def _all_first(scope: str) -> tuple[bool, str]:
    return (scope != ALL, scope)


def _cell(row: pd.Series | None, column: str) -> float | None:
    return None if row is None else _number(row[column])


def _number(value: object) -> float | None:
    """A finite number, or an empty cell (an unbounded interval, an undefined KPI)."""
    if value is None:
        return None
    number = float(value)  # type: ignore[arg-type]
    return number if math.isfinite(number) else None
