"""Paired differences against the first variant: significant ones are highlighted (colour,
weight and a word, never colour alone) and said in plain words, with whom they favour."""

from __future__ import annotations

import pandas as pd

from simulator.report.html import Cell, Section, absent, escape, items, table, tag
from simulator.report.i18n import Translator
from simulator.report.kpis import ALL, digits_for, interval, kpi_label, scope_label
from simulator.report.results import ResultSet

SECTION_ID = "differences"
HEADLINE_ITEMS = 12


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
    """The significant differences in words: the whole region first, then by scope."""
    significant = diffs[diffs["significant"].map(truthy)]
    if significant.empty:
        return tag("p", escape(t("differences.none")), class_="headline")
    ordered = significant.sort_values("scope", key=lambda s: s != ALL, kind="stable")
    lines = [
        _sentence(row, baseline, results, t) for _, row in ordered.head(HEADLINE_ITEMS).iterrows()
    ]
    rest = len(ordered) - HEADLINE_ITEMS
    if rest > 0:
        lines.append(t("differences.more", rest=rest))
    return tag("h3", escape(t("differences.headline"))) + items(lines)


def truthy(value: object) -> bool:
    return str(value).strip().lower() in {"true", "1", "yes"}


def _sentence(row: pd.Series, baseline: str, results: ResultSet, t: Translator) -> str:
    digits = digits_for([row["difference"], row["ci_low"], row["ci_high"]])
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
            amount=t.number(abs(row["difference"]), digits),
            low=t.number(row["ci_low"], digits),
            high=t.number(row["ci_high"], digits),
        )
        + (t("differences.favours", variant=favours) if favours else "")
        + "."
    )


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
        digits = digits_for([row["difference"], row["ci_low"], row["ci_high"]])
        rows.append(
            [
                kpi_label(str(row["kpi"]), t, results.entity_names),
                scope_label(str(row["scope"]), results, t),
                str(row["variant"]),
                interval(row["difference"], row["ci_low"], row["ci_high"], t, digits),
                Cell(escape(t("yes") if significant else t("no")), "flag" if significant else None),
                _favours(row),
            ]
        )
        classes.append("significant" if significant else None)
    return table(header, rows, classes, caption=t("differences.caption"))
