"""E-consultations at the legevakt: written, so they skip the call centre and wait for the
doctor on duty as green remote work (KPR 2023: 7.0 per 1 000, S45)."""

from __future__ import annotations

import math

from simulator.engine import simulate
from simulator.engine.demand import Contact
from simulator.engine.run import replicate
from simulator.plan.plan import Plan
from tests.support.scenarios import MINUTES_PER_YEAR, station_plan

POPULATION = 50_000
PER_1000 = 7.0


def _only_e_consultations(per_1000: float) -> Plan:
    rates = {c.value: 0.0 for c in Contact} | {"e_consultation": per_1000}
    return station_plan(rates, POPULATION, doctors=1, weeks=26)


def test_e_consultations_arrive_at_the_published_rate_and_skip_the_call_centre() -> None:
    run = replicate(_only_e_consultations(PER_1000), 11)
    expected = POPULATION / 1000 * PER_1000 * run.calendar.horizon / MINUTES_PER_YEAR
    assert abs(run.contacts - expected) <= 4 * math.sqrt(expected)
    assert all(c.waits.n == 0 for c in run.call_centres.values())  # nothing was a call
    assert run.doctor_entries == run.contacts  # every one is the doctor's work


def test_without_e_consultations_the_doctor_has_no_such_work() -> None:
    with_them = simulate(_only_e_consultations(PER_1000), 11)
    without = simulate(_only_e_consultations(0.0), 11)
    active = "physician.weekly_hours.legevakt_active.mean"
    assert without.kpis[active] == 0
    assert with_them.kpis[active] > 0.5  # about 6.7 contacts a week × 10 minutes
