"""Workload per physician: hours per week by ledger category, the spread of on-call burden
between doctors, and legevakt shifts and nights per month."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from simulator.plan.timeline import LEGEVAKT, NOT_WORK, Category
from simulator.report.gp_week import survey_comparison
from simulator.report.html import Section, absent, chart, escape, slug, table, tag
from simulator.report.i18n import Translator
from simulator.report.kpis import kpi_label, overall, with_word
from simulator.report.results import ResultSet, VariantResult
from simulator.report.svg import INK, OKABE_ITO, figure, to_svg
from simulator.report.units import Unit, estimate

SECTION_ID = "workload"

# Eight groups so that each gets its own Okabe–Ito colour; physicians.csv keeps every category.
GROUPS: dict[str, tuple[Category, ...]] = {
    "office_clinical": (Category.office_clinical,),
    "list_work": (Category.list_work,),
    "office_admin": (Category.office_admin,),
    "public": (Category.public_duties, Category.kommuneoverlege),
    "legevakt_active": (Category.legevakt_active, Category.bed_work),
    "on_call": (Category.legevakt_on_call, Category.backup_on_call),
    "travel": (Category.travel,),
    "meetings": (Category.meetings, Category.training),
}
PER_MONTH = ("shifts_per_month", "nights_per_month")
LEDGER_COLUMNS = frozenset({"physician", "category", "hours_per_week"})


def section(results: ResultSet, t: Translator) -> Section:
    title = t("section.workload")
    rows = results.physicians
    if rows.empty or not LEDGER_COLUMNS.issubset(rows.columns):
        return Section(SECTION_ID, title, absent(t("absent.workload")) + _per_month(results, t))
    hours = _mean_hours(rows)
    body = "".join(_stacked(hours, v, t) for v in results.charted if v.name in hours.index)
    body += _on_call(hours, results, t)
    body += survey_comparison(results, t)
    body += _per_month(results, t)
    return Section(SECTION_ID, title, body)


def _mean_hours(rows: pd.DataFrame) -> pd.DataFrame:
    """Mean hours per week over replications, one row per (variant, physician), one column
    per ledger category (a category missing in a replication counts as 0 there)."""
    per_rep = rows.pivot_table(
        index=["variant", "physician", "replication"],
        columns="category",
        values="hours_per_week",
        aggfunc="sum",
        fill_value=0.0,
    )
    return per_rep.groupby(level=["variant", "physician"]).mean()


def _labels(ids: list[str], result: VariantResult) -> list[str]:
    """Physicians by name where the scenario gives one; with the id where names repeat."""
    names = {p.id: p.name or p.id for p in result.scenario.physicians}
    labels = [names.get(i, i) for i in ids]
    return [
        f"{label} ({i})" if labels.count(label) > 1 else label
        for label, i in zip(labels, ids, strict=True)
    ]


def _group_hours(hours: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            group: hours[[c.value for c in cats if c.value in hours]].sum(axis=1)
            for group, cats in GROUPS.items()
        }
    )


def _stacked(hours: pd.DataFrame, result: VariantResult, t: Translator) -> str:
    variant = result.name
    groups = _group_hours(hours.loc[variant])
    groups = groups.loc[groups.sum(axis=1).sort_values().index]
    groups.index = _labels([str(p) for p in groups.index], result)
    chart_id = slug("workload-hours", variant)
    with figure(8.0, 1.2 + 0.28 * len(groups)) as fig:
        ax = fig.subplots()
        left = np.zeros(len(groups))
        for colour, group in zip(OKABE_ITO, GROUPS, strict=True):
            values = groups[group].to_numpy()
            ax.barh(groups.index, values, left=left, color=colour, label=t(f"group.{group}"))
            left += values
        ax.set_xlabel(t("axis.hours_per_week"))
        ax.set_title(t("workload.title", variant=variant))
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
        svg = to_svg(fig, chart_id)
    return chart(chart_id, svg, t("caption.workload", variant=variant))


def _on_call(hours: pd.DataFrame, results: ResultSet, t: Translator) -> str:
    columns = [c.value for c in LEGEVAKT if c.value in hours]
    if not columns:
        return absent(t("absent.on_call"))
    burden = hours[columns].sum(axis=1)
    names = results.charted_names
    chart_id = "on-call-burden"
    with figure(8.0, 3.6) as fig:
        ax = fig.subplots()
        _spread(ax, [burden.loc[name].to_numpy() for name in names], names)
        ax.set_xlabel(t("axis.on_call_hours"))
        svg = to_svg(fig, chart_id)
    excluded = ", ".join(t(f"category.{c.value}") for c in sorted(NOT_WORK))
    return chart(chart_id, svg, t("caption.on_call", excluded=excluded))


def _per_month(results: ResultSet, t: Translator) -> str:
    rows = results.physicians
    present = [c for c in PER_MONTH if c in rows]
    if present and "physician" in rows:
        return _per_month_chart(rows, present, results, t)
    names = [n for word in ("shifts", "nights") for n in with_word(results.summary, word, "month")]
    if not names:
        return absent(t("absent.per_month"))
    lines = []
    for name in names:
        for _, row in overall(results.summary, name).iterrows():
            value = estimate(row["mean"], row["ci_low"], row["ci_high"], Unit.count, t)
            lines.append([kpi_label(name, t, results.entity_names), str(row["variant"]), value])
    header = [t("col.kpi"), t("col.variant"), t("col.mean_ci")]
    return tag("h3", escape(t("workload.per_month"))) + table(header, lines)


def _per_month_chart(
    rows: pd.DataFrame, columns: list[str], results: ResultSet, t: Translator
) -> str:
    """Per physician, shifts and nights per month (mean over replications), per variant."""
    per_physician = rows.groupby(["variant", "physician", "replication"])[columns].first()
    means = per_physician.groupby(level=["variant", "physician"]).mean()
    names = results.charted_names
    chart_id = "shifts-nights-per-month"
    with figure(8.0, 3.4) as fig:
        axes = fig.subplots(1, len(columns), squeeze=False)[0]
        for index, (ax, column) in enumerate(zip(axes, columns, strict=True)):
            _spread(ax, [means.loc[n, column].to_numpy() for n in names], names)
            ax.set_title(kpi_label(column, t))
            if index:
                ax.set_yticklabels([])
        svg = to_svg(fig, chart_id)
    return chart(chart_id, svg, t("caption.per_month"))


def _spread(ax: Axes, groups: list[np.ndarray], names: list[str]) -> None:
    """One row per variant: a box over the middle half and a dot per physician, spread a
    little vertically in value order so that equal values stay visible."""
    ax.boxplot(
        groups, orientation="horizontal", widths=0.5, showfliers=False, medianprops={"color": INK}
    )
    for position, values in enumerate(groups, start=1):
        offsets = np.linspace(-0.18, 0.18, len(values)) if len(values) > 1 else np.zeros(1)
        ax.scatter(np.sort(values), position + offsets, s=14, color=OKABE_ITO[4], zorder=3)
    ax.set_yticks(range(1, len(names) + 1), names)
    ax.set_xlim(left=0)
