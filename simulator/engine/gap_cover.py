"""KPIs of the places a legevakt's own pool could not staff: who took them (locums, a
neighbouring legevakt) or that nobody did, and what the locums cost.

Counted after warm-up: a place counts when its shift starts in the measured period, its hours
are those inside it. Per legevakt as `legevakt.<id>.staffing.*`, per municipality shared by
population (as the legevakt's other costs are), and overall as `staffing.*`; the locum cost is
part of `cost.total_nok`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from simulator.engine.calendar import MINUTES_PER_HOUR
from simulator.engine.sharing import share_cost
from simulator.plan.assignment import Cover
from simulator.plan.plan import CostSharing
from simulator.scenario.legevakt_hours import week_shares

if TYPE_CHECKING:
    from simulator.engine.run import Run  # a type only: run imports physician_tasks, a cycle

NAMES = ("locum_shifts", "locum_hours", "locum_cost_nok", "neighbour_shifts", "unstaffed_shifts")


def cover_kpis(run: Run, kpis: dict[str, float], by_muni: dict, costs: dict[str, float]) -> None:
    """Add the staffing KPIs to `kpis` and `by_muni`, and the locum cost to `costs`."""
    scenario = run.plan.scenario
    per_legevakt = _per_legevakt(run)
    for name in NAMES:
        kpis[f"staffing.{name}"] = 0.0
    for lv in scenario.legevakt:
        counts = per_legevakt.get(lv.id, dict.fromkeys(NAMES, 0.0))
        served = week_shares(lv)
        for name in NAMES:
            kpis[f"legevakt.{lv.id}.staffing.{name}"] = counts[name]
            kpis[f"staffing.{name}"] += counts[name]
            shares: dict[str, float] = defaultdict(float)
            share_cost(
                scenario, shares, counts[name], lv.municipalities, CostSharing.population, served
            )
            for m, value in shares.items():
                by_muni[m][f"staffing.{name}"] = by_muni[m].get(f"staffing.{name}", 0.0) + value
        share_cost(
            scenario,
            costs,
            counts["locum_cost_nok"],
            lv.municipalities,
            CostSharing.population,
            served,
        )


def _per_legevakt(run: Run) -> dict[str, dict[str, float]]:
    """The counts of each legevakt whose pool left places to cover."""
    start, end = run.calendar.warmup, run.calendar.horizon
    legevakter = run.plan.scenario.by_id("legevakt")
    out: dict[str, dict[str, float]] = defaultdict(lambda: dict.fromkeys(NAMES, 0.0))
    for a in run.rota:
        if a.cover is Cover.pool:
            continue
        s, e = run.calendar.minute(a.start), run.calendar.minute(a.end)
        if not start <= s < end:
            continue
        counts = out[a.legevakt]
        counts[f"{a.cover.value}_shifts"] += 1
        if a.cover is Cover.locum:
            counts["locum_hours"] += (min(e, end) - s) / MINUTES_PER_HOUR
            counts["locum_cost_nok"] += legevakter[a.legevakt].staffing.locum_cost(a.hours)
    return out
