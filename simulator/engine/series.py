"""Time series of a replication, for plots: legevakt load by hour of the week and bed
occupancy by day (both after warm-up)."""

from __future__ import annotations

from simulator.engine.calendar import MINUTES_PER_WEEK
from simulator.engine.run import Run

ARRIVALS = "legevakt_arrivals_by_hour_of_week"
OCCUPANCY = "kad_occupancy_by_day"


def run_series(run: Run) -> dict[str, list[float]]:
    """`NAME|SCOPE` → values: doctor jobs per week joining each station's queue in each of the
    168 hours of the week (Monday 00–01 first), and mean occupied beds of each unit by day."""
    weeks = (run.calendar.horizon - run.calendar.warmup) / MINUTES_PER_WEEK
    series = {
        f"{ARRIVALS}|{lv}": [count / weeks for count in station.kpis.by_hour_of_week]
        for lv, station in run.stations.items()
    }
    for unit, outcome in run.beds.items():
        series[f"{OCCUPANCY}|{unit}"] = outcome.daily.means(run.calendar.horizon).tolist()
    return series
