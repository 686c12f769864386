"""The places a pool cannot staff, in the engine: locums work them and cost money, a
neighbour's doctor takes them from the neighbour's station, empty ones are a breach."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import numpy as np
import pytest

from simulator.engine import Plan, simulate
from simulator.engine.routing import Elsewhere
from simulator.plan.assignment import Assignment, Cover
from simulator.rota.gaps import locum_id, neighbour_id
from simulator.scenario import Scenario
from simulator.scenario.gaps import LOCUM_DAY_NOK
from simulator.scenario.legevakt import ShiftMode
from tests.support.scenarios import START, base, station_only_rates

DAYS = 35  # one week of warm-up and four measured
MEASURED_ODD_DAYS = 14  # days 7, 9, …, 33
BEGIN = dt.datetime.combine(START, dt.time())


def _scenario(far: bool = False, locum_day_nok: float = LOCUM_DAY_NOK) -> Scenario:
    """A station `lv` with one 24 h place and a neighbour `nb` (70 km off when `far`)."""
    places = [
        {"id": "centre", "name": "Centre", "lat": 69.0, "lon": 18.0, "municipality": "m"},
        {"id": "nb-st", "name": "Nabo", "lat": 69.6 if far else 69.01, "lon": 18.0},
    ]
    neighbour = {"id": "n", "number": "1235", "name": "N", "population": 0, "centre": "nb-st"}
    lv = {
        "name": "LV",
        "municipalities": ["m"],
        "daytime": "legevakt",
        "call_centre": {"nurses": 50},
        "shifts": [{"id": "all", "start": "00:00", "hours": 24}],
    }
    data = base(
        demand={"profile": "flat", "rates": station_only_rates(1 / 120, 1000)},
        places=places,
        physicians=[{"id": "d0", "role": "legevakt", "age": 40, "fte": 1.0}],
        legevakt=[
            {
                **lv,
                "id": "lv",
                "station": "centre",
                "pool": ["d0"],
                "staffing": {"locum_day_nok": locum_day_nok},
            },
            {**lv, "id": "nb", "station": "nb-st", "municipalities": ["n"], "pool": ["d0"]},
        ],
    )
    data["municipalities"].append(neighbour)
    return Scenario.model_validate(data)


def _plan(scenario: Scenario, cover: Cover, who: str) -> Plan:
    """`d0` on the even days, `cover` (as `who`) on the odd ones."""
    start = dt.datetime.combine(START, dt.time())
    rota = []
    for day in range(DAYS):
        begin = start + dt.timedelta(days=day)
        on_odd = (cover, who) if day % 2 else (Cover.pool, "d0")
        physician = on_odd[1]
        rota.append(
            Assignment(
                "lv",
                "all",
                physician,
                begin,
                begin + dt.timedelta(days=1),
                ShiftMode.on_site,
                on_odd[0],
            )
        )
    return Plan(scenario, rota=tuple(rota))


def test_locums_are_counted_and_their_days_priced_in_the_total_cost() -> None:
    locum = locum_id("lv", 1)
    locums = simulate(_plan(_scenario(), Cover.locum, locum), seed=3)
    free = simulate(_plan(_scenario(locum_day_nok=0), Cover.locum, locum), seed=3)
    empty = simulate(_plan(_scenario(), Cover.unstaffed, ""), seed=3)
    k = locums.kpis
    assert k["staffing.locum_shifts"] == MEASURED_ODD_DAYS
    assert k["legevakt.lv.staffing.locum_hours"] == 24 * MEASURED_ODD_DAYS
    assert k["staffing.locum_cost_nok"] == MEASURED_ODD_DAYS * LOCUM_DAY_NOK
    assert locums.by_municipality["m"]["staffing.locum_shifts"] == MEASURED_ODD_DAYS
    assert k["cost.total_nok"] - free.kpis["cost.total_nok"] == pytest.approx(
        MEASURED_ODD_DAYS * LOCUM_DAY_NOK
    )
    # A locum sees the patients: waits are short; with nobody there they wait a day.
    assert k["legevakt.wait_minutes.green.p90"] < 60
    assert empty.kpis["legevakt.wait_minutes.green.p90"] > 600
    assert not [f for f in locums.findings if f.rule_id == "legevakt-24-7"]


def test_empty_places_are_a_breach_finding_with_their_count() -> None:
    result = simulate(_plan(_scenario(), Cover.unstaffed, ""), seed=3)
    assert result.kpis["staffing.unstaffed_shifts"] == MEASURED_ODD_DAYS
    [breach] = [f for f in result.findings if f.rule_id == "legevakt-24-7"]
    assert breach.severity.value == "breach" and breach.subject_id == "lv"
    assert breach.measured == DAYS // 2  # every empty place of the rota, warm-up included


def test_a_neighbours_doctor_takes_the_shift_and_patients_travel_there() -> None:
    near = simulate(_plan(_scenario(), Cover.neighbour, neighbour_id("nb")), seed=3)
    far = simulate(_plan(_scenario(far=True), Cover.neighbour, neighbour_id("nb")), seed=3)
    assert near.kpis["staffing.neighbour_shifts"] == MEASURED_ODD_DAYS
    assert near.kpis["legevakt.wait_minutes.green.p90"] < 60  # someone sees the patients
    travel = "legevakt.patient_travel_minutes.mean"
    assert far.kpis[travel] > near.kpis[travel] + 20  # half the patients drive 70 km


def test_patients_stay_while_an_own_doctor_works_a_shift_the_neighbour_shares() -> None:
    """Only a shift the neighbour takes whole sends patients there; overlapping windows of
    parallel shifts are one window."""
    calendar = SimpleNamespace(minute=lambda t: int((t - BEGIN).total_seconds() // 60))
    homes = {"d0": "centre", neighbour_id("nb"): "nb-st"}

    def place(who: str, cover: Cover, shift: str, day: int, hours: int = 24) -> Assignment:
        start = BEGIN + dt.timedelta(days=day)
        end = start + dt.timedelta(hours=hours)
        return Assignment("lv", shift, who, start, end, ShiftMode.on_site, cover)

    shared = place("d0", Cover.pool, "all", 0)
    whole = place(neighbour_id("nb"), Cover.neighbour, "all", 1)
    inside = place(neighbour_id("nb"), Cover.neighbour, "extra", 1, hours=2)
    shifts = [shared, place(neighbour_id("nb"), Cover.neighbour, "all", 0), whole, inside]
    elsewhere = Elsewhere(SimpleNamespace(calendar=calendar), shifts, homes)
    # day 0: d0 works the shift beside the neighbour; day 1, after the short window
    assert elsewhere.at(np.array([60.0, 24 * 60 + 12 * 60])) == [(1, "nb-st")]
