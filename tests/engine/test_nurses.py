"""Legevakt nurses: costed by the hours they work, and taking work off the doctors."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from simulator import simulate
from simulator.engine import Plan
from simulator.engine.calendar import Calendar
from simulator.engine.nurses import ShiftNurses
from simulator.plan.assignment import Assignment
from simulator.scenario import Scenario
from simulator.scenario.legevakt import ShiftMode
from tests.support.scenarios import START, base, station_only_rates, station_plan

RATE = 600.0  # NOK per nurse hour


def _evening_only(call_nurses: int, shift_nurses: int, takes: float = 0.2) -> Plan:
    """Two municipalities (1 000 and 3 000 inhabitants) served by a legevakt open 16–23 only."""
    data = base(
        physicians=[{"id": "d", "role": "legevakt", "age": 40, "fte": 1.0}],
        legevakt=[
            {
                "id": "lv",
                "name": "LV",
                "station": "centre",
                "municipalities": ["m", "n"],
                "call_centre": {"nurses": call_nurses},
                "nurse_cost_per_hour_nok": RATE,
                "shifts": [
                    {
                        "id": "evening",
                        "start": "16:00",
                        "end": "23:00",
                        "nurses": shift_nurses,
                        "nurse_takes": takes,
                    }
                ],
            }
        ],
    )
    data["municipalities"].append(
        {"id": "n", "number": "1235", "name": "N", "population": 3000, "centre": "centre"}
    )
    scenario = Scenario.model_validate(data)
    meta = scenario.scenario
    days = (meta.weeks + meta.warmup_weeks) * 7
    evenings = [dt.datetime.combine(START + dt.timedelta(d), dt.time(16)) for d in range(days)]
    rota = tuple(
        Assignment("lv", "evening", "d", s, s + dt.timedelta(hours=7), ShiftMode.on_site)
        for s in evenings
    )
    return Plan(scenario, rota=rota)


def test_nurses_are_paid_for_the_evening_hours_the_legevakt_is_open() -> None:
    result = simulate(_evening_only(call_nurses=1, shift_nurses=2), 1)
    kpis, weeks = result.kpis, 4
    assert kpis["legevakt.lv.call_centre_nurse_hours_per_week"] == 7 * 7  # not 168
    assert kpis["legevakt.lv.shift_nurse_hours_per_week"] == 2 * 7 * 7
    assert kpis["legevakt.nurse_hours_per_week"] == 3 * 7 * 7
    assert kpis["cost.nurses_nok"] == pytest.approx(3 * 49 * weeks * RATE)
    by_muni = result.by_municipality
    assert by_muni["n"]["cost.nurses_nok"] == pytest.approx(3 * by_muni["m"]["cost.nurses_nok"])


def test_shift_nurses_add_their_hours_to_the_total_cost() -> None:
    """Nurses who take no work off the doctor: the doctors cost the same, the nurses more."""
    without = simulate(_evening_only(call_nurses=1, shift_nurses=0, takes=0), 1).kpis
    with_two = simulate(_evening_only(call_nurses=1, shift_nurses=2, takes=0), 1).kpis
    extra = 2 * 49 * 4 * RATE
    assert with_two["cost.total_nok"] - without["cost.total_nok"] == pytest.approx(extra)


def _station(nurses: int, takes: float) -> Plan:
    rates = station_only_rates(0.01, 2000)
    return station_plan(rates, 2000, 1, 4, nurses=nurses, nurse_takes=takes)


def test_a_shift_nurse_takes_a_share_of_the_doctors_consultations() -> None:
    """The same patients (common random numbers): with a nurse taking half of each orange or
    green consultation, the doctor works a little over half as long (red ones stay whole)."""
    active = "physician.weekly_hours.legevakt_active.mean"
    alone = simulate(_station(nurses=0, takes=0.5), 1).kpis[active]
    helped = simulate(_station(nurses=1, takes=0.5), 1).kpis[active]
    idle = simulate(_station(nurses=1, takes=0.0), 1).kpis[active]
    assert idle == alone
    assert 0.5 * alone < helped < 0.6 * alone


def test_overlapping_shifts_with_nurses_take_the_larger_share() -> None:
    scenario = _station(nurses=1, takes=0.5).scenario
    lv = scenario.legevakt[0].model_copy(
        update={
            "shifts": [
                *scenario.legevakt[0].shifts,
                scenario.legevakt[0].shifts[0].model_copy(update={"id": "x", "nurse_takes": 0.8}),
            ]
        }
    )
    calendar = Calendar.for_horizon(START, 1, 0)
    day = dt.datetime.combine(START, dt.time())
    shifts = [
        Assignment("lv", "all", "d", day, day + dt.timedelta(hours=10), ShiftMode.on_site),
        Assignment(
            "lv",
            "x",
            "e",
            day + dt.timedelta(hours=8),
            day + dt.timedelta(hours=12),
            ShiftMode.on_site,
        ),
    ]
    nurses = ShiftNurses(lv, shifts, calendar)
    assert nurses.taken(np.array([1, 9, 11, 13]) * 60.0).tolist() == [0.5, 0.8, 0.8, 0.0]
