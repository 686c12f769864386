"""Small scenarios built in code for engine tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from simulator.engine import Plan
from simulator.plan.assignment import Assignment
from simulator.scenario import Scenario
from simulator.scenario.legevakt import ShiftMode

MINUTES_PER_YEAR = 365.25 * 24 * 60
START = dt.date(2026, 1, 5)


def base(population: int = 1000, **sections: Any) -> dict[str, Any]:
    """A one-municipality scenario with one place; `sections` replace or add sections."""
    data: dict[str, Any] = {
        "scenario": {
            "id": "test",
            "title": "Test",
            "start_date": START,
            "weeks": 4,
            "warmup_weeks": 1,
        },
        "municipalities": [
            {"id": "m", "number": "1234", "name": "M", "population": population, "centre": "centre"}
        ],
        "places": [
            {"id": "centre", "name": "Centre", "lat": 69.0, "lon": 18.0, "municipality": "m"}
        ],
    }
    data.update(sections)
    return data


def station_only_rates(per_minute: float, population: int) -> dict[str, float]:
    """Contact rates giving `per_minute` station consultations and nothing else."""
    rate = per_minute * MINUTES_PER_YEAR * 1000 / population
    return {
        "nurse_phone": 0,
        "doctor_phone": 0,
        "station_consultation": rate,
        "home_visit": 0,
        "red_response": 0,
    }


def mmc_plan(doctors: int, load: float, weeks: int, service_minutes: float = 20.0) -> Plan:
    """A station with `doctors` on site around the clock, flat Poisson arrivals at `load` and
    exponential service (the profile's 20-minute consultations): an M/M/c queue."""
    population = 1000
    arrivals = load * doctors / service_minutes
    return station_plan(station_only_rates(arrivals, population), population, doctors, weeks)


def station_plan(
    rates: dict[str, float], population: int, doctors: int, weeks: int, **shift: Any
) -> Plan:
    """A station with `doctors` on site around the clock and flat demand at `rates` (legevakt
    contacts per 1 000 a year); `shift` adds fields to the shift template."""
    data = base(
        population,
        demand={"profile": "flat", "rates": rates},
        physicians=[
            {"id": f"d{i}", "role": "legevakt", "age": 40, "fte": 1.0} for i in range(doctors)
        ],
        legevakt=[
            {
                "id": "lv",
                "name": "LV",
                "station": "centre",
                "municipalities": ["m"],
                "daytime": "legevakt",
                "pool": [f"d{i}" for i in range(doctors)],
                "call_centre": {"nurses": 50},
                "shifts": [
                    {"id": "all", "start": "00:00", "hours": 24, "doctors": doctors, **shift}
                ],
            }
        ],
    )
    data["scenario"]["weeks"] = weeks
    return around_the_clock(Scenario.model_validate(data), [f"d{i}" for i in range(doctors)])


def around_the_clock(scenario: Scenario, doctors: list[str]) -> Plan:
    """A plan in which `doctors` are on site at legevakt `lv` for the whole horizon."""
    meta = scenario.scenario
    start = dt.datetime.combine(meta.start_date, dt.time())
    end = start + dt.timedelta(weeks=meta.weeks + meta.warmup_weeks)
    rota = tuple(Assignment("lv", "all", d, start, end, ShiftMode.on_site) for d in doctors)
    return Plan(scenario, rota=rota)


def mixed_scenario() -> Scenario:
    """Two settlements, a home-call legevakt with a backup, KAD covered by the legevakt
    doctor, two GPs: every path of the engine is used."""
    data = base(
        4000,
        places=[
            {"id": "centre", "name": "Centre", "lat": 69.0, "lon": 18.0, "municipality": "m"},
            {"id": "bygd", "name": "Bygd", "lat": 69.2, "lon": 18.5, "municipality": "m"},
            {"id": "uns", "name": "UNN", "lat": 69.65, "lon": 18.95, "kind": "hospital"},
        ],
        offices=[{"id": "lk", "name": "LK", "place": "centre", "municipality": "m"}],
        physicians=[
            {
                "id": f"gp{i}",
                "office": "lk",
                "age": 40,
                "fte": 1.0,
                "list_size": 1000,
                "public_duties": [{"task": "nursing_home", "hours_per_week": 4}],
            }
            for i in range(4)
        ],
        legevakt=[
            {
                "id": "lv",
                "name": "LV",
                "station": "centre",
                "municipalities": ["m"],
                "shifts": [
                    {"id": "evening", "start": "16:00", "end": "08:00", "mode": "home_call"},
                    {"id": "weekend", "days": ["sat", "sun"], "start": "08:00", "end": "16:00"},
                    {"id": "backup", "start": "16:00", "end": "08:00", "mode": "backup"},
                ],
            }
        ],
        kad=[
            {
                "id": "kad",
                "name": "KAD",
                "place": "centre",
                "beds": 1,
                "municipalities": ["m"],
                "cover": "legevakt",
                "legevakt": "lv",
                "admissions_per_1000": 60,
            }
        ],
    )
    for physician in data["physicians"]:
        physician["competence"] = {"specialist_general_practice": True}
    data["municipalities"][0].pop("centre")
    data["municipalities"][0]["settlements"] = [
        {"place": "centre", "share": 0.6},
        {"place": "bygd", "share": 0.4},
    ]
    return Scenario.model_validate(data)
