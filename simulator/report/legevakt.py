"""Legevakt load by hour of the week (a 7 × 24 heat map) and waiting times by urgency."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes

from simulator.engine.series import ARRIVALS
from simulator.report.html import Section, absent, chart, slug
from simulator.report.i18n import Translator
from simulator.report.kpis import (
    URGENCIES,
    estimate,
    kpi_label,
    urgency_of,
    with_word,
    without_urgency,
)
from simulator.report.results import ResultSet, VariantResult
from simulator.report.svg import figure, to_svg, variant_colour
from simulator.scenario.base import ALL_DAYS

SECTION_ID = "legevakt"

HOURS_PER_WEEK = 7 * 24


RED_PARTS = (
    "legevakt.red_response.doctor_free_minutes.mean",
    "legevakt.red_response.doctor_travel_minutes.mean",
)


def section(results: ResultSet, t: Translator) -> Section:
    weeks = {v.name: _week(results, v) for v in results.charted}
    top = max((float(np.nanmax(w)) for w in weeks.values() if w is not None), default=1.0)
    body = "".join(_heat_map(v, weeks[v.name], top, t) for v in results.charted)
    body += _waits(results, t)
    body += _red_parts(results, t)
    return Section(SECTION_ID, t("section.legevakt"), body)


def _red_parts(results: ResultSet, t: Translator) -> str:
    """A red contact's mean wait per plan, split into waiting for a free doctor and the
    doctor's travel (stacked: the two means add up to the mean wait)."""
    parts = {
        name: [estimate(results.summary, kpi, name) for kpi in RED_PARTS]
        for name in results.charted_names
    }
    parts = {name: found for name, found in parts.items() if all(found)}
    if not parts:
        return ""
    chart_id = "legevakt-red-parts"
    with figure(8.0, 1.2 + 0.5 * len(parts)) as fig:
        ax = fig.subplots()
        names = list(parts)
        left = np.zeros(len(names))
        for index, key in enumerate(("free", "travel")):
            widths = np.array([parts[n][index].mean for n in names])
            ax.barh(names, widths, left=left, color=variant_colour(index), label=t(f"red.{key}"))
            left += widths
        ax.set_xlabel(t("axis.minutes"))
        ax.invert_yaxis()
        ax.legend(fontsize=8, loc="lower right")
        svg = to_svg(fig, chart_id)
    return chart(chart_id, svg, t("caption.red_parts"))


def _week(results: ResultSet, variant: VariantResult) -> np.ndarray | None:
    """Arrivals by hour of week summed over the variant's stations, mean over replications;
    None when the results hold no such series (or not one value per hour of the week)."""
    by_scope = results.series(variant, ARRIVALS)
    if not by_scope or any(rows.shape[1] != HOURS_PER_WEEK for rows in by_scope.values()):
        return None
    return np.sum([np.nanmean(rows, axis=0) for rows in by_scope.values()], axis=0)


def _heat_map(variant: VariantResult, week: np.ndarray | None, top: float, t: Translator) -> str:
    """One variant's week; every variant shares the colour scale 0..`top` so they compare."""
    if week is None:
        return absent(t("absent.arrivals", variant=variant.name))
    chart_id = slug("legevakt-heat-map", variant.name)
    with figure(8.0, 3.0) as fig:
        ax = fig.subplots()
        image = ax.imshow(week.reshape(7, 24), aspect="auto", cmap="cividis", vmin=0, vmax=top)
        ax.set_yticks(range(7), [t(f"day.{d.value}") for d in ALL_DAYS])
        ax.set_xticks(range(0, 24, 2), [f"{h:02d}" for h in range(0, 24, 2)])
        ax.set_xlabel(t("axis.hour_of_day"))
        ax.set_title(t("legevakt.heat_title", variant=variant.name))
        fig.colorbar(image, ax=ax, label=t("axis.arrivals"))
        svg = to_svg(fig, chart_id)
    stations = ", ".join(lv.name for lv in variant.scenario.legevakt)
    return chart(chart_id, svg, t("caption.heat_map", variant=variant.name, stations=stations))


def _waits(results: ResultSet, t: Translator) -> str:
    """One panel per waiting-time statistic, urgencies on the axis, one bar per variant with
    its 95 % interval as an error bar."""
    panels: dict[str, dict[str, str]] = {}
    for kpi in with_word(results.summary, "wait"):
        urgency = urgency_of(kpi)
        if urgency:
            panels.setdefault(without_urgency(kpi), {})[urgency] = kpi
    if not panels:
        return absent(t("absent.waits"))
    chart_id = "legevakt-waits"
    with figure(8.0, 3.4) as fig:
        axes = fig.subplots(1, len(panels), squeeze=False)[0]
        for ax, (statistic, kpis) in zip(axes, sorted(panels.items()), strict=True):
            _wait_panel(ax, kpis, results, t)
            ax.set_title(kpi_label(statistic, t, results.entity_names))
        axes[0].set_ylabel(t("axis.minutes"))
        axes[-1].legend(fontsize=8)
        svg = to_svg(fig, chart_id)
    return chart(chart_id, svg, t("caption.waits"))


def _wait_panel(ax: Axes, kpis: dict[str, str], results: ResultSet, t: Translator) -> None:
    urgencies = [u for u in URGENCIES if u in kpis]
    variants = results.charted_names
    width = 0.8 / len(variants)
    for index, variant in enumerate(variants):
        found = [estimate(results.summary, kpis[u], variant) for u in urgencies]
        means = [e.mean if e else np.nan for e in found]
        bars = np.array([e.error_bar() if e else (0.0, 0.0) for e in found]).T
        offset = (index - (len(variants) - 1) / 2) * width
        ax.bar(
            np.arange(len(urgencies)) + offset,
            means,
            width,
            yerr=bars,
            capsize=3,
            label=variant,
            color=variant_colour(index),
        )
    ax.set_xticks(range(len(urgencies)), [t(f"urgency.{u}") for u in urgencies])
