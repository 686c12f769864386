"""KAD beds and sykestuer: occupancy day by day against the number of beds, and transfers to
hospital (patients who found no bed, or needed more than the unit gives)."""

from __future__ import annotations

import numpy as np

from simulator.engine.series import OCCUPANCY
from simulator.report.html import Section, absent, chart, paragraph, slug
from simulator.report.i18n import Translator
from simulator.report.kpis import estimate, kpi_label, with_word
from simulator.report.results import ResultSet, VariantResult
from simulator.report.svg import INK, figure, to_svg, variant_colour

SECTION_ID = "beds"

BAND = (10, 90)  # percentiles over replications shown around the mean


def section(results: ResultSet, t: Translator) -> Section:
    body = "".join(_occupancy(v, results, t) for v in results.charted)
    body += _transfers(results, t)
    return Section(SECTION_ID, t("section.beds"), body)


def _occupancy(variant: VariantResult, results: ResultSet, t: Translator) -> str:
    by_scope = results.series(variant, OCCUPANCY)
    if not by_scope:
        return absent(t("absent.occupancy", variant=variant.name))
    if all(np.nan_to_num(rows).max() == 0 for rows in by_scope.values()):
        return paragraph(t("beds.never_occupied", variant=variant.name))
    units = {u.id: u for u in [*variant.scenario.kad, *variant.scenario.sykestuer]}
    chart_id = slug("kad-occupancy", variant.name)
    with figure(8.0, 1.0 + 2.0 * len(by_scope)) as fig:
        axes = fig.subplots(len(by_scope), 1, squeeze=False, sharex=True)[:, 0]
        for ax, (scope, rows) in zip(axes, by_scope.items(), strict=True):
            days = np.arange(rows.shape[1])
            low, high = np.nanpercentile(rows, BAND, axis=0)
            ax.fill_between(days, low, high, color=variant_colour(0), alpha=0.25, linewidth=0)
            ax.plot(days, np.nanmean(rows, axis=0), color=variant_colour(0))
            unit = units.get(scope)
            if unit is not None:
                ax.axhline(unit.beds, color=INK, linestyle="--", linewidth=1)
                ax.annotate(
                    t("beds.capacity", beds=unit.beds),
                    (days[-1], unit.beds),
                    ha="right",
                    va="bottom",
                    fontsize=8,
                )
            ax.set_title(unit.name if unit else scope)
            ax.set_ylabel(t("axis.patients"))
        axes[-1].set_xlabel(t("axis.day"))
        svg = to_svg(fig, chart_id)
    return chart(
        chart_id, svg, t("caption.occupancy", variant=variant.name, low=BAND[0], high=BAND[1])
    )


def _transfers(results: ResultSet, t: Translator) -> str:
    bars = [
        (f"{kpi_label(kpi, t, results.entity_names)} · {variant}", found, index)
        for kpi in with_word(results.summary, "transfers")
        for index, variant in enumerate(results.charted_names)
        if (found := estimate(results.summary, kpi, variant)) is not None
    ]
    if not bars:
        return absent(t("absent.transfers"))
    if all(found.mean == 0 and found.high <= 0 for _, found, _ in bars):
        return paragraph(t("beds.no_transfers"))  # a chart of zeros says less than a sentence
    chart_id = "hospital-transfers"
    with figure(8.0, 1.0 + 0.45 * len(bars)) as fig:
        ax = fig.subplots()
        for position, (_, found, index) in enumerate(bars):
            error = np.array([found.error_bar()]).T
            ax.barh(position, found.mean, xerr=error, capsize=3, color=variant_colour(index))
        ax.set_yticks(range(len(bars)), [label for label, _, _ in bars])
        ax.invert_yaxis()
        svg = to_svg(fig, chart_id)
    return chart(chart_id, svg, t("caption.transfers"))
