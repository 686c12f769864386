"""A doctor's drive between home and a distant station at the start and end of a duty."""

from __future__ import annotations

import datetime as dt

import pytest

from simulator import simulate
from simulator.engine import Plan
from simulator.plan.assignment import Assignment
from simulator.scenario import Scenario
from tests.support.scenarios import START, base

DRIVE_MINUTES, DRIVE_KM = 60.0, 70.0
WEEKS = 4  # after one week of warm-up


def _scenario(mode: str = "on_site", duty_flat: bool = False, **policy: object) -> Scenario:
    data = base(
        places=[
            {"id": "centre", "name": "Centre", "lat": 69.0, "lon": 18.0, "municipality": "m"},
            {"id": "home", "name": "Home", "lat": 69.5, "lon": 18.0, "municipality": "m"},
        ],
        travel={
            "links": [{"from": "home", "to": "centre", "minutes": DRIVE_MINUTES, "km": DRIVE_KM}]
        },
        physicians=[
            {
                "id": "d",
                "role": "legevakt",
                "age": 40,
                "fte": 1.0,
                "home": "home",
                "duty_flat": ["lv"] if duty_flat else [],
            }
        ],
        legevakt=[
            {
                "id": "lv",
                "name": "LV",
                "station": "centre",
                "municipalities": ["m"],
                "shifts": [
                    {"id": "evening", "start": "16:00", "end": "23:00", "mode": mode},
                    {"id": "night", "start": "23:00", "end": "08:00", "mode": mode},
                ],
            }
        ],
        policy=policy,
    )
    return Scenario.model_validate(data)


def _plan(scenario: Scenario, templates: tuple[str, ...]) -> Plan:
    """Doctor d on the given templates every day (evening 16–23, night 23–08)."""
    times = {"evening": (16, 7), "night": (23, 9)}
    rota = []
    for day in range((WEEKS + 1) * 7):
        for t in templates:
            hour, hours = times[t]
            start = dt.datetime.combine(START + dt.timedelta(day), dt.time(hour))
            mode = scenario.legevakt[0].shifts[0].mode
            rota.append(Assignment("lv", t, "d", start, start + dt.timedelta(hours=hours), mode))
    return Plan(scenario, rota=tuple(rota))


def test_each_on_site_duty_costs_a_drive_there_and_back() -> None:
    kpis = simulate(_plan(_scenario(), ("evening",)), 1).kpis
    trips = 2 * WEEKS * 7  # the drives of the warm-up week are not counted
    assert kpis["travel.commute_km"] == pytest.approx(trips * DRIVE_KM)
    assert kpis["travel.commute_hours"] == pytest.approx(trips * DRIVE_MINUTES / 60)
    assert kpis["legevakt.lv.commute_km"] == pytest.approx(trips * DRIVE_KM)
    assert kpis["physician.commute_hours_per_week.max"] == pytest.approx(14 * DRIVE_MINUTES / 60)


def test_back_to_back_duties_are_one_drive_each_way() -> None:
    evening = simulate(_plan(_scenario(), ("evening",)), 1).kpis["travel.commute_km"]
    both = simulate(_plan(_scenario(), ("evening", "night")), 1).kpis["travel.commute_km"]
    assert both == evening  # 16–08 is one duty a day: a drive in at 15:00 and home at 08:00


def test_home_call_from_home_needs_no_drive_but_a_duty_flat_does() -> None:
    at_home = _scenario(mode="home_call")
    in_flat = _scenario(mode="home_call", duty_flat=True)
    home = simulate(_plan(at_home, ("evening",)), 1).kpis
    flat = simulate(_plan(in_flat, ("evening",)), 1).kpis
    assert home["travel.commute_km"] == 0
    assert flat["travel.commute_km"] == pytest.approx(2 * WEEKS * 7 * DRIVE_KM)
    # waiting in the flat, the doctor no longer drives in from home for each patient
    assert flat["travel.doctor_km"] < home["travel.doctor_km"]


def test_the_drive_is_working_time_only_where_the_policy_says_so() -> None:
    travel = "physician.weekly_hours.travel.mean"
    plain = simulate(_plan(_scenario(), ("evening",)), 1).kpis
    work = simulate(_plan(_scenario(commute_is_work=True), ("evening",)), 1).kpis
    assert plain[travel] == 0
    assert work[travel] == pytest.approx(14 * DRIVE_MINUTES / 60)
    assert work["physician.weekly_hours.mean"] > plain["physician.weekly_hours.mean"]
