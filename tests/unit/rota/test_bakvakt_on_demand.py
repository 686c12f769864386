"""Bakvakt on demand (`when_needed`): staffed only where a front doctor lacks § 3a competence;
and one reading of the rest after a bakvakt (SFS 2305 § 7.4) for the rota, its check and the
engine: none is planned after a bakvakt, only after the work it is called in for."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError
from rules_testkit import BASE, START, gp, plan, scenario, shift

from simulator.engine import Plan
from simulator.engine.calendar import Calendar
from simulator.engine.schedule import Schedules
from simulator.plan.timeline import Category
from simulator.rota.problem import build_problem
from simulator.rota.rotation import GREEDY, rota_for
from simulator.rules import check_rota
from simulator.scenario import Scenario
from simulator.scenario.legevakt import ShiftMode

WEEKS = 4
LIS1 = {"lis1_completed": False}
BACKUP = {"id": "backup", "start": "16:00", "end": "08:00", "mode": "backup", "when_needed": True}


def _with_lis1(when_needed: bool = True) -> Scenario:
    doctors = [gp(i, list_size=500) for i in "abcdef"]
    doctors[0]["kommuneoverlege"] = [{"municipality": "town", "fte": 0.2}]
    lis1 = [gp(i, role="lis1", list_size=0, list_ceiling=None, competence=LIS1) for i in "xy"]
    legevakt = dict(BASE["legevakt"][0])
    legevakt["shifts"] = [
        {"id": "evening", "start": "16:00", "end": "08:00"},
        {**BACKUP, "when_needed": when_needed},
    ]
    return scenario(plan(physicians=doctors + lis1, legevakt=[legevakt]))


def _rota(s: Scenario):
    return rota_for(s, "lv", START, WEEKS, GREEDY)


def test_an_on_demand_bakvakt_is_staffed_exactly_on_the_lis1_shifts() -> None:
    rota = _rota(_with_lis1())
    front = [a for a in rota if a.mode is not ShiftMode.backup]
    backups = {a.start for a in rota if a.mode is ShiftMode.backup}
    lis1_nights = {a.start for a in front if a.physician in "xy"}
    assert lis1_nights and len(lis1_nights) < len(front)
    assert backups == lis1_nights
    assert [
        f.rule_id for f in check_rota(_with_lis1(), rota) if f.rule_id == "bakvakt-competence"
    ] == []


def test_without_when_needed_every_shift_has_its_bakvakt() -> None:
    rota = _rota(_with_lis1(when_needed=False))
    assert sum(a.mode is ShiftMode.backup for a in rota) == 7 * WEEKS


def test_when_needed_is_for_bakvakt_shifts_only() -> None:
    data = plan()
    data["legevakt"][0]["shifts"][0]["when_needed"] = True
    with pytest.raises(ValidationError, match="`when_needed` is for bakvakt shifts"):
        scenario(data)


# ---------------------------------------------------------------- rest after a bakvakt


MONDAY = dt.datetime(2026, 1, 5)


def _two_shifts(first: ShiftMode) -> Scenario:
    """One doctor: a night 16:00–08:00 in mode `first`, then an evening from 10:00 (2 h later)."""
    data = plan()
    data["legevakt"][0]["shifts"] = [
        {"id": "night", "days": ["mon"], "start": "16:00", "end": "08:00", "mode": first.value},
        {"id": "day", "days": ["tue"], "start": "10:00", "end": "16:00", "mode": "home_call"},
    ]
    return scenario(data)


@pytest.mark.parametrize(
    ("first", "rested"), [(ShiftMode.backup, False), (ShiftMode.home_call, True)]
)
def test_rota_check_and_engine_read_the_rest_after_a_duty_alike(first, rested) -> None:
    s = _two_shifts(first)
    problem = build_problem(s, "lv", START, 1)
    assert bool(problem.conflicts) is rested  # the rota keeps the two apart
    duties = [
        shift("a", MONDAY + dt.timedelta(hours=16), 16, first),
        shift("a", MONDAY + dt.timedelta(hours=34), 6, ShiftMode.home_call),
    ]
    found = [f for f in check_rota(s, duties) if f.rule_id == "rest-between-work-periods"]
    assert bool(found) is rested  # the rota check
    calendar = Calendar.for_horizon(START, 1, 0)
    schedules = Schedules(Plan(s, rota=tuple(duties)), calendar, 0.7)
    blocks = schedules.blocks(s.by_id("physicians")["a"], duties)
    rest = [b for b in blocks if b.category is Category.rest_after_duty]
    assert bool(rest) is rested  # the engine's planned rest
