"""`rota make` says why a doctor is off their fair share."""

from __future__ import annotations

import datetime as dt

from simulator.rota.greedy import greedy_rota
from simulator.rota.model import Rule
from simulator.rota.problem import build_problem
from simulator.rota.shares import reasons_off_share
from tests.unit.rota.builders import doctor, scenario

START = dt.date(2026, 3, 2)
DAY = {"id": "day", "start": "08:00", "end": "16:00"}  # clashes with office days on weekdays


def test_office_days_keep_gps_below_and_leave_the_weekdays_to_the_doctor_without_an_office():
    doctors = [doctor(1), doctor(2), doctor(3), doctor(10, office=None)]
    s = scenario(doctors, shifts=[DAY], legevakt={"pool": [d["id"] for d in doctors]})
    reasons = reasons_off_share(greedy_rota(build_problem(s, "lv", START, 2)))
    # Shares 2.2 each for the office GPs, who share the 4 weekend days; 7.5 for gp10, who
    # must take the 10 weekdays.
    gps = {d: why for d, why in reasons.items() if d != "gp10"}
    office = f"kept out of {Rule.office.value} (10 shifts)"
    assert gps and all(why == office for why in gps.values())
    assert "office days" in reasons["gp10"] and "3.0 doctors a shift" in reasons["gp10"]


def test_a_pool_that_shares_evenly_needs_no_reasons() -> None:
    doctors = [doctor(i, office=None) for i in (1, 2)]
    s = scenario(doctors, shifts=[DAY], legevakt={"pool": ["gp01", "gp02"]})
    assert reasons_off_share(greedy_rota(build_problem(s, "lv", START, 2))) == {}
