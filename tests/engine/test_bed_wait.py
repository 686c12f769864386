"""Bed work that waits for a doctor: a KAD covered by the legevakt doctor has its 09:00 round
on a weekday wait for the 15:30 shift, which the KPI must show."""

from __future__ import annotations

from simulator import simulate
from simulator.commands.common import default_scenario_path
from simulator.engine.beds import ROUND_CLOCK
from simulator.scenario import load_scenario

SHIFT_START = 15 * 60 + 30  # the demo's weekday legevakt shift begins at 15:30


def test_a_weekday_round_waits_for_the_evening_shift() -> None:
    scenario = load_scenario(default_scenario_path())
    assert scenario.kad[0].cover.value == "legevakt"
    kpis = simulate(scenario, 7, weeks=8).kpis
    # Most rounds fall on weekdays (5 of 7 days), when no legevakt doctor is on duty until
    # 15:30; the doctor may be busy or travelling, so the wait is at least that long.
    assert kpis["beds.doctor_wait_minutes.median"] >= SHIFT_START - ROUND_CLOCK
    assert kpis["beds.doctor_wait_minutes.p90"] >= kpis["beds.doctor_wait_minutes.median"]
