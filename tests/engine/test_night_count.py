"""Nights a month in the engine's KPIs are night shifts as the rota and `rota size` count
them: more than 3 h of 21:00-06:00 (aml § 10-11, rule `local-nights-per-month`)."""

from __future__ import annotations

import datetime as dt

import pytest

from simulator.engine import Plan, simulate
from simulator.plan.assignment import Assignment
from simulator.scenario import Scenario
from simulator.scenario.legevakt import ShiftMode
from tests.support.scenarios import START, base

DAYS = 35


def _plan(start: str, hours: int) -> Plan:
    data = base(
        physicians=[{"id": "d0", "role": "legevakt", "age": 40, "fte": 1.0}],
        legevakt=[
            {
                "id": "lv",
                "name": "LV",
                "station": "centre",
                "municipalities": ["m"],
                "pool": ["d0"],
                "shifts": [{"id": "s", "start": start, "hours": hours}],
            }
        ],
    )
    scenario = Scenario.model_validate(data)
    clock = dt.time.fromisoformat(start)
    rota = []
    for day in range(0, DAYS, 2):
        begin = dt.datetime.combine(START + dt.timedelta(days=day), clock)
        end = begin + dt.timedelta(hours=hours)
        rota.append(Assignment("lv", "s", "d0", begin, end, ShiftMode.home_call))
    return Plan(scenario, rota=tuple(rota))


@pytest.mark.parametrize(
    ("start", "hours", "night"),
    [("15:30", 7, False), ("16:00", 16, True), ("20:00", 4, False), ("20:00", 5, True)],
)
def test_a_shift_is_a_night_shift_when_it_covers_more_than_three_night_hours(
    start: str, hours: int, night: bool
) -> None:
    k = simulate(_plan(start, hours), seed=1).kpis
    shifts = k["physician.shifts_per_month.max"]
    assert shifts > 10
    assert k["physician.nights_per_month.max"] == (shifts if night else 0)
