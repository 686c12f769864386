"""KPIs with their 95 % intervals, one column per variant (one row per variant for a sweep
with more variants than fit across a page): first for the whole region, then per
municipality, legevakt, bed unit and office."""

from __future__ import annotations

import pandas as pd

from simulator.report.html import Section, absent, escape, table, tag
from simulator.report.i18n import Translator
from simulator.report.kpis import ALL, kpi_label, scope_label
from simulator.report.results import CHARTED_VARIANTS, ResultSet
from simulator.report.units import Unit, estimate, unit_of

SECTION_ID = "kpis"


def section(results: ResultSet, t: Translator) -> Section:
    summary = results.summary
    if summary.empty:
        return Section(SECTION_ID, t("section.kpis"), absent(t("absent.kpis")))
    total = summary[summary["scope"] == ALL]
    local = summary[summary["scope"] != ALL]
    body = tag("p", escape(t("kpis.intro", n=results.replications)))
    if not total.empty:
        body += _table(total, results, t, scoped=False, caption=t("kpis.total"))
    if not local.empty:
        body += tag("h3", escape(t("kpis.by_scope")))
        body += _table(local, results, t, scoped=True)
    return Section(SECTION_ID, t("section.kpis"), body)


def _table(
    rows: pd.DataFrame, results: ResultSet, t: Translator, scoped: bool, caption: str | None = None
) -> str:
    """One row per KPI (and scope, when `scoped`) with a column per variant; one row per
    variant instead when there are more variants than fit across a page."""
    names = [v.name for v in results.variants]
    long = len(names) > CHARTED_VARIANTS
    header = [t("col.kpi"), *([t("col.scope")] if scoped else [])]
    header += [t("col.variant"), t("col.mean_ci")] if long else names
    lines = []
    for (kpi, scope), group in rows.groupby(["kpi", "scope"], sort=True):
        by_variant = group.set_index("variant")
        first = [kpi_label(str(kpi), t, results.entity_names)]
        if scoped:
            first.append(scope_label(str(scope), results, t))
        if long:
            lines += [
                [*first, name, _cell(by_variant, name, t, unit_of(str(kpi)))]
                for name in names
                if name in by_variant.index
            ]
        else:
            unit = unit_of(str(kpi))
            lines.append([*first, *(_cell(by_variant, name, t, unit) for name in names)])
    return table(header, lines, caption=caption)


def _cell(rows: pd.DataFrame, name: str, t: Translator, unit: Unit) -> str:
    if name not in rows.index:
        return "–"
    row = rows.loc[name]
    return estimate(row["mean"], row["ci_low"], row["ci_high"], unit, t)
