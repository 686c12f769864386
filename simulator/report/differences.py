"""Paired differences against the first variant: significant ones are highlighted (colour,
weight and a word, never colour alone) and said in plain words, with whom they favour."""

from __future__ import annotations

import pandas as pd

from simulator.report.decision import practical_size, signed, truthy
from simulator.report.headline import practical_threshold
from simulator.report.html import Cell, Section, absent, escape, items, table, tag
from simulator.report.i18n import Translator
from simulator.report.kpis import ALL, kpi_label, scope_label
from simulator.report.results import ResultSet
from simulator.report.units import Unit, number, places_for, quantity, unit_of

SECTION_ID = "differences"
HEADLINE_ITEMS = 12
PER_MINUTE = "per_minute"


def section(results: ResultSet, t: Translator) -> Section:
    title = t("section.differences")
    diffs = results.differences
    if len(results.variants) < 2 or diffs is None or diffs.empty:
        return Section(SECTION_ID, title, absent(t("absent.differences")))
    baseline = results.variants[0].name
    body = tag("p", escape(t("differences.intro", baseline=baseline)))
    body += _headline(diffs, baseline, results, t)
    body += _table(diffs, results, t)
    return Section(SECTION_ID, title, body)


def _headline(diffs: pd.DataFrame, baseline: str, results: ResultSet, t: Translator) -> str:
    """The differences that matter in words, largest in practical thresholds first (a rate
    per minute is no headline)."""
    significant = diffs[diffs["significant"].map(truthy) & ~diffs["kpi"].str.contains(PER_MINUTE)]
    sizes = significant.apply(lambda row: _size(row, results), axis=1)
    ordered = significant[sizes >= 1].assign(size=sizes).sort_values("size", ascending=False)
    if ordered.empty:
        return tag("p", escape(t("differences.none")), class_="headline")
    lines = [
        _sentence(row, baseline, results, t) for _, row in ordered.head(HEADLINE_ITEMS).iterrows()
    ]
    rest = len(ordered) - HEADLINE_ITEMS
    if rest > 0:
        lines.append(t("differences.more", rest=rest))
    return tag("h3", escape(t("differences.headline"))) + items(lines)


def _size(row: pd.Series, results: ResultSet) -> float:
    """The difference in practical thresholds of its KPI (from the first plan's mean)."""
    base = results.summary[
        (results.summary["kpi"] == row["kpi"])
        & (results.summary["scope"] == row["scope"])
        & (results.summary["variant"] == results.variants[0].name)
    ]["mean"]
    baseline = float(base.iloc[0]) if not base.empty else 0.0
    return practical_size(row, practical_threshold(str(row["kpi"]), baseline))


def _sentence(row: pd.Series, baseline: str, results: ResultSet, t: Translator) -> str:
    unit = unit_of(str(row["kpi"]))
    places = places_for((row["difference"], row["ci_low"], row["ci_high"]), unit)
    direction = "lower" if row["difference"] < 0 else "higher"
    favours = _favours(row)
    kpi = kpi_label(str(row["kpi"]), t, results.entity_names)
    if row["scope"] != ALL:
        kpi += f" ({scope_label(str(row['scope']), results, t)})"
    return (
        t(
            f"differences.{direction}",
            kpi=kpi,
            variant=row["variant"],
            baseline=baseline,
            amount=_amount(abs(row["difference"]), unit, t, places),
            low=number(row["ci_low"], unit, t, places),
            high=number(row["ci_high"], unit, t, places),
        )
        + (t("differences.favours", variant=favours) if favours else "")
        + "."
    )


def _amount(value: float, unit: Unit, t: Translator, places: int) -> str:
    """A difference in words: of shares, in percentage points, as the summary's `pp`."""
    if unit is Unit.share:
        return t("unit.points_words", value=number(value, unit, t, places))
    return quantity(value, unit, t, places)


def _favours(row: pd.Series) -> str:
    value = row.get("favours")
    return "" if pd.isna(value) else str(value)


def _table(diffs: pd.DataFrame, results: ResultSet, t: Translator) -> str:
    header = [
        t("col.kpi"),
        t("col.scope"),
        t("col.variant"),
        t("col.difference"),
        t("col.significant"),
        t("col.favours"),
    ]
    rows, classes = [], []
    for _, row in diffs.iterrows():
        significant = truthy(row["significant"])
        rows.append(
            [
                kpi_label(str(row["kpi"]), t, results.entity_names),
                scope_label(str(row["scope"]), results, t),
                str(row["variant"]),
                signed(row["difference"], row["ci_low"], row["ci_high"], unit_of(row["kpi"]), t),
                Cell(escape(t("yes") if significant else t("no")), "flag" if significant else None),
                _favours(row),
            ]
        )
        classes.append("significant" if significant else None)
    return table(header, rows, classes, caption=t("differences.caption"))
