"""Time series for the report agree with the KPIs they illustrate."""

from __future__ import annotations

import math

import pytest

from simulator import simulate
from simulator.commands.common import default_scenario_path
from simulator.engine.series import ARRIVALS, OCCUPANCY
from simulator.engine.stats import DailyAverage
from simulator.scenario import load_scenario


def test_daily_average_splits_a_level_across_midnight() -> None:
    daily = DailyAverage(start=0.0, days=3)
    daily.change(720.0, +2)  # two beds taken at noon on day 0
    daily.change(1440.0 + 360.0, -1)  # one freed at 06:00 on day 1
    means = daily.means(3 * 1440.0)
    assert means.tolist() == pytest.approx([1.0, 1.25, 1.0])


def test_series_match_the_kpis_of_the_same_run() -> None:
    scenario = load_scenario(default_scenario_path())
    result = simulate(scenario, 7, weeks=8)
    lv = scenario.legevakt[0].id
    arrivals = result.series[f"{ARRIVALS}|{lv}"]
    assert len(arrivals) == 168 and min(arrivals) >= 0
    rate = result.kpis[f"legevakt.{lv}.arrival_rate_per_minute"]
    assert sum(arrivals) == pytest.approx(rate * 7 * 24 * 60, rel=0.02)
    unit = scenario.kad[0]
    occupancy = result.series[f"{OCCUPANCY}|{unit.id}"]
    assert len(occupancy) == 8 * 7
    mean_beds = sum(occupancy) / len(occupancy)
    expected = result.kpis[f"beds.{unit.id}.occupancy"] * unit.beds
    assert math.isclose(mean_beds, expected, rel_tol=1e-6)
