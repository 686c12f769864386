"""The GPs' working week next to the 2018 time-use survey (S71): the distribution of weekly
hours (mean, median, upper quartile) of each plan against the survey's, and the shares of GPs
above 48 and 60 hours a week."""

from __future__ import annotations

import numpy as np

from simulator.engine.gp_hours import SURVEY_2018
from simulator.report.html import absent, chart, escape, table, tag
from simulator.report.i18n import Translator
from simulator.report.kpis import overall
from simulator.report.results import ResultSet
from simulator.report.svg import INK, figure, to_svg, variant_colour

STATISTICS = ("mean", "median", "p75")
SHARES = ("gp.share_above_48h", "gp.share_above_60h")
CHART_ID = "gp-week-survey"


def survey_comparison(results: ResultSet, t: Translator) -> str:
    """A chart and a table; absent when the results hold no GP weekly hours."""
    model = {v: _statistics(results, v) for v in results.charted_names}
    model = {v: values for v, values in model.items() if values}
    if not model:
        return absent(t("absent.gp_week"))
    return tag("h3", escape(t("gp_week.title"))) + _chart(model, t) + _table(model, results, t)


def _statistics(results: ResultSet, variant: str) -> dict[str, float]:
    values = {}
    for name in [*(f"gp.weekly_hours.total.{s}" for s in STATISTICS), *SHARES]:
        rows = overall(results.summary, name)
        rows = rows[rows["variant"] == variant]
        if not rows.empty:
            values[name] = float(rows["mean"].iloc[0])
    return values


def _chart(model: dict[str, dict[str, float]], t: Translator) -> str:
    names = [f"gp.weekly_hours.total.{s}" for s in STATISTICS]
    series = [(t("gp_week.survey"), [SURVEY_2018[n] for n in names], INK)]
    series += [
        (variant, [values.get(n, np.nan) for n in names], variant_colour(i))
        for i, (variant, values) in enumerate(model.items())
    ]
    width = 0.8 / len(series)
    with figure(8.0, 3.4) as fig:
        ax = fig.subplots()
        x = np.arange(len(names))
        for i, (label, heights, colour) in enumerate(series):
            ax.bar(x + i * width, heights, width, label=label, color=colour)
        ax.set_xticks(x + width * (len(series) - 1) / 2, [t(f"gp_week.{s}") for s in STATISTICS])
        ax.axhline(48, color=INK, linestyle="--", linewidth=1)
        ax.set_ylabel(t("axis.hours_per_week"))
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
        svg = to_svg(fig, CHART_ID)
    return chart(CHART_ID, svg, t("caption.gp_week"))


def _table(model: dict[str, dict[str, float]], results: ResultSet, t: Translator) -> str:
    rows = []
    for name in [*(f"gp.weekly_hours.total.{s}" for s in STATISTICS), *SHARES]:
        survey = SURVEY_2018.get(name)
        cells = [t(f"gp_week.{name.rsplit('.', 1)[-1]}")]
        cells.append(t.number(survey, 1) if survey is not None else "–")
        cells += [_value(name, values, t) for values in model.values()]
        rows.append(cells)
    header = [t("col.kpi"), t("gp_week.survey"), *model]
    return table(header, rows)


def _value(name: str, values: dict[str, float], t: Translator) -> str:
    value = values.get(name)
    if value is None:
        return "–"
    return f"{t.number(100 * value, 0)} %" if name in SHARES else t.number(value, 1)
