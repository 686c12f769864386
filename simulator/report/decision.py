"""The decision summary: the headline KPIs (simulator.report.headline) as one table, a column
per plan, then per other plan the paired difference from the first plan with its 95 %
interval and a verdict in words. One row set serves the HTML report and the terminal.

A verdict says "in favour of" only for a difference that is significant (its interval
excludes zero) and at least the KPI's practical threshold; a smaller one reads "no practical
difference". For a sweep there is one row per point instead, swept values first.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

import pandas as pd

from simulator.report.headline import BY_KPI, DEFAULT_RELATIVE, HEADLINES, Headline
from simulator.report.i18n import Translator
from simulator.report.kpis import ALL, kpi_label
from simulator.report.units import Unit, estimate
from simulator.scenario import Scenario

SWEEP_SEPARATOR = ";"


@dataclass(frozen=True)
class Verdict:
    text: str
    favours: str | None = None  # the plan the difference favours, when it matters


@dataclass(frozen=True)
class Row:
    kpi: str
    scope: str
    label: str
    values: tuple[str, ...]  # per plan
    differences: tuple[str, ...] = ()  # per plan after the first
    verdicts: tuple[Verdict, ...] = ()


@dataclass(frozen=True)
class Summary:
    plans: tuple[str, ...]
    rows: tuple[Row, ...]

    def header(self, t: Translator) -> list[str]:
        first = self.plans[0]
        compared = [
            column
            for plan in self.plans[1:]
            for column in (t("decision.difference", plan=plan, baseline=first), t("col.verdict"))
        ]
        return [t("col.kpi"), *self.plans, *compared]

    def cells(self, row: Row) -> list[str]:
        compared = [
            c for d, v in zip(row.differences, row.verdicts, strict=True) for c in (d, v.text)
        ]
        return [row.label, *row.values, *compared]


@dataclass(frozen=True)
class Tables:
    """An experiment's tables as the summary, the terminal and the workbook read them:
    `summary` (summary.csv), `differences` (differences.csv, None for a trial), the plans in
    order, the names of municipalities and other entities by id (municipalities first, in
    the scenario's order), and the simulated weeks the totals cover (None: not one number)."""

    summary: pd.DataFrame
    differences: pd.DataFrame | None
    plans: Sequence[str]
    names: Mapping[str, str]
    weeks: int | None = None


def simulated_weeks(scenarios: Iterable[Scenario]) -> int | None:
    """The weeks after the warm-up that every plan simulates; None when they differ."""
    weeks = {s.scenario.weeks for s in scenarios}
    return weeks.pop() if len(weeks) == 1 else None


def summary(tables: Tables, t: Translator, entries: Sequence[Headline] = HEADLINES) -> Summary:
    """The rows of `entries` (default: the headline KPIs) for every plan of `tables`."""
    means, diffs = _indexed(tables.summary), _indexed(tables.differences)
    if means is None:
        return Summary(tuple(tables.plans), ())
    rows = [
        _row(headline, scope, means, diffs, tables, t)
        for headline in entries
        for scope in _scopes(headline, tables.summary, tables.names)
    ]
    return Summary(tuple(tables.plans), tuple(rows))


def by_municipality(tables: Tables, shown: Summary, t: Translator) -> Summary:
    """Every municipality's row, means without intervals, of each headline KPI that `shown`
    breaks down by municipality: the compact per-municipality table of the first screen."""
    means, diffs = _indexed(tables.summary), _indexed(tables.differences)
    local = dict.fromkeys(row.kpi for row in shown.rows if row.scope != ALL)
    if means is None or not local:
        return Summary(shown.plans, ())
    present = set(tables.summary["scope"])
    rows = [
        _row(BY_KPI[kpi], scope, means, diffs, tables, t, interval=False)
        for scope in tables.names
        if scope in present
        for kpi in local
    ]
    return Summary(shown.plans, tuple(rows))


def _indexed(table: pd.DataFrame | None) -> pd.DataFrame | None:
    """`table` indexed by KPI, scope and plan; None for no table."""
    if table is None or table.empty:
        return None
    return table.set_index(["kpi", "scope", "variant"]).sort_index()


def _scopes(headline: Headline, table: pd.DataFrame, names: Mapping[str, str]) -> list[str]:
    """`all` when the results have it, then each municipality whose value differs from the
    whole region's by the practical threshold in some plan (every municipality when the
    results have no whole-region row)."""
    rows = table[table["kpi"] == headline.kpi]
    present = set(rows["scope"])
    local = [scope for scope in names if scope in present] if headline.by_municipality else []
    if ALL not in present:
        return local
    region = rows[rows["scope"] == ALL].set_index("variant")["mean"]
    threshold = headline.threshold(float(region.abs().mean()))
    return [ALL, *(scope for scope in local if _differs(rows, scope, region, threshold))]


def _differs(rows: pd.DataFrame, scope: str, region: pd.Series, threshold: float) -> bool:
    local = rows[rows["scope"] == scope].set_index("variant")["mean"]
    gap = (local - region.reindex(local.index)).abs()
    return bool((gap >= threshold).any())


def _row(
    headline: Headline,
    scope: str,
    means: pd.DataFrame,
    diffs: pd.DataFrame | None,
    tables: Tables,
    t: Translator,
    interval: bool = True,
) -> Row:
    unit, plans, names = headline.shown_in, tables.plans, tables.names
    label = (
        headline_label(headline.kpi, names, t, tables.weeks)
        if scope == ALL
        else names.get(scope, scope)
    )
    key = (headline.kpi, scope)
    values = tuple(_estimate(means, (*key, plan), unit, t, interval) for plan in plans)
    if diffs is None:
        return Row(headline.kpi, scope, label, values)
    baseline = _mean(means, (headline.kpi, scope, plans[0]))
    compared = [
        _difference(diffs, (headline.kpi, scope, p), headline, baseline, t) for p in plans[1:]
    ]
    return Row(
        headline.kpi,
        scope,
        label,
        values,
        tuple(text for text, _ in compared),
        tuple(verdict for _, verdict in compared),
    )


def headline_label(
    kpi: str, names: Mapping[str, str], t: Translator, weeks: int | None = None
) -> str:
    """A headline KPI's own words where it has them, else its label from its name; a total
    over the simulated period says how many weeks it covers."""
    key = f"headline.{kpi}"
    label = t(key) if t.has(key) else kpi_label(kpi, t, names)
    entry = BY_KPI.get(kpi)
    if weeks is not None and entry is not None and entry.per_period:
        label = t("decision.period", label=label, weeks=weeks)
    return label


def every_kpi(table: pd.DataFrame) -> list[Headline]:
    """Every whole-region KPI of `table`, sorted by name, with the default practical
    threshold (1 % of the first plan's mean): the full table under the summary."""
    kpis = sorted(set(table.loc[table["scope"] == ALL, "kpi"]))
    return [
        replace(BY_KPI[kpi], by_municipality=False)
        if kpi in BY_KPI
        else Headline(kpi, "", 0.0, DEFAULT_RELATIVE)
        for kpi in kpis
    ]


def _mean(means: pd.DataFrame, key: tuple[str, str, str]) -> float:
    return float(means.loc[key, "mean"]) if key in means.index else math.nan


def _estimate(
    means: pd.DataFrame, key: tuple[str, str, str], unit: Unit, t: Translator, interval: bool
) -> str:
    if key not in means.index:
        return "–"
    row = means.loc[key]
    low, high = (float(row["ci_low"]), float(row["ci_high"])) if interval else (math.nan,) * 2
    return estimate(float(row["mean"]), low, high, unit, t)


def _difference(
    diffs: pd.DataFrame,
    key: tuple[str, str, str],
    headline: Headline,
    baseline: float,
    t: Translator,
) -> tuple[str, Verdict]:
    if key not in diffs.index:
        return "–", Verdict("–")
    row = diffs.loc[key]
    value = float(row["difference"])
    text = signed(value, float(row["ci_low"]), float(row["ci_high"]), headline.shown_in, t)
    return text, verdict(row, headline.threshold(baseline), t)


def signed(value: float, low: float, high: float, unit: Unit, t: Translator) -> str:
    """A difference with its sign, e.g. `+6 408 kr (6 390 til 6 420)`."""
    text = estimate(value, low, high, unit, t)
    if unit is Unit.share:  # a difference of shares is in percentage points
        text = text.replace(
            t("unit.share", value="").strip(), t("unit.points", value="").strip(), 1
        )
    return text if value <= 0 or text in ("0", "–") or text.startswith("0 ") else f"+{text}"


def verdict(row: pd.Series, threshold: float, t: Translator) -> Verdict:
    """In words: not shown to differ, no practical difference, or in favour of a plan."""
    value = float(row["difference"])
    if math.isnan(value):
        return Verdict("–")
    if not truthy(row["significant"]):
        return Verdict(t("verdict.uncertain"))
    if abs(value) < threshold:
        return Verdict(t("verdict.no_practical"))
    favours = row.get("favours")
    if favours is None or pd.isna(favours) or not str(favours):
        return Verdict(t("verdict.differs"))
    return Verdict(t("verdict.favours", plan=favours), str(favours))


def truthy(value: object) -> bool:
    return str(value).strip().lower() in {"true", "1", "yes"}


def practical_size(row: pd.Series, threshold: float) -> float:
    """How many practical thresholds a difference spans: the order of importance."""
    value = abs(float(row["difference"]))
    return value / threshold if threshold > 0 else (math.inf if value else 0.0)


def sweep_points(plans: Sequence[str]) -> list[dict[str, str]]:
    """The swept settings of each point from its name (`path=value;path=value`)."""
    return [dict(part.partition("=")[::2] for part in p.split(SWEEP_SEPARATOR)) for p in plans]


def sweep_table(summary: Summary, t: Translator) -> tuple[list[str], list[list[str]]]:
    """A sweep's summary turned: one row per point, the swept values first, then the
    region-wide headline KPIs; the first point, which differences are paired against, is
    marked as the baseline."""
    points = sweep_points(summary.plans)
    paths = list(dict.fromkeys(path for point in points for path in point))
    rows = [row for row in summary.rows if row.scope == ALL]
    header = [*paths, *(row.label for row in rows)]
    body = []
    for index, point in enumerate(points):
        mark = f" ({t('decision.baseline')})" if index == 0 else ""
        settings = [point.get(path, "–") for path in paths]
        settings[-1] += mark
        body.append([*settings, *(row.values[index] for row in rows)])
    return header, body
