"""Rotas doctors would sign: no on-site night shifts on two days in a row (by default; home
call is not limited), for the pool and for locums alike."""

from __future__ import annotations

import datetime as dt
import itertools

from simulator.rota.gaps import cover_gaps
from simulator.rota.greedy import rotation
from simulator.rota.make import make_rota
from simulator.rota.model import Rule
from simulator.rota.problem import build_problem
from simulator.rota.solver import SolverSettings
from simulator.scenario.gaps import GapPolicy
from tests.unit.rota.builders import doctor, scenario

START = dt.date(2026, 3, 2)
ON_SITE_NIGHT = {"id": "night", "start": "23:00", "end": "08:00", "mode": "on_site"}
HOME_NIGHT = {**ON_SITE_NIGHT, "mode": "home_call"}
FAST = SolverSettings(time_limit=2.0)


def _days_in_a_row(doctors: list[list[int]], shifts: list) -> int:
    """How often one doctor works the nights of two consecutive days."""
    worked: dict[int, list[dt.date]] = {}
    for shift, team in zip(shifts, doctors, strict=True):
        for d in team:
            worked.setdefault(d, []).append(shift.day)
    return sum((b - a).days == 1 for days in worked.values() for a, b in itertools.pairwise(days))


def test_no_doctor_takes_on_site_nights_on_two_days_in_a_row() -> None:
    s = scenario(
        [doctor(i, office=None) for i in range(1, 4)],
        shifts=[ON_SITE_NIGHT],
        legevakt={"pool": ["gp01", "gp02", "gp03"]},
    )
    problem = build_problem(s, "lv", START, 4)
    outcome = make_rota(problem, FAST)
    assert outcome.staffing is not None
    assert _days_in_a_row(outcome.staffing.doctors, problem.shifts) == 0
    assert _days_in_a_row(rotation(problem), problem.shifts) == 0


def test_one_doctor_cannot_staff_every_on_site_night_and_the_rule_is_named() -> None:
    alone = [doctor(1, office=None)]
    pool = {"pool": ["gp01"]}
    on_site = scenario(alone, shifts=[ON_SITE_NIGHT], legevakt=pool)
    outcome = make_rota(build_problem(on_site, "lv", START, 1))
    assert outcome.staffing is None and outcome.binding() is Rule.night_after_night
    allowed = scenario(
        alone, shifts=[ON_SITE_NIGHT], policy={"consecutive_on_site_nights": True}, legevakt=pool
    )
    assert make_rota(build_problem(allowed, "lv", START, 1), FAST).staffing is not None
    home = scenario(alone, shifts=[HOME_NIGHT], legevakt=pool)  # home-call weeks stay possible
    assert make_rota(build_problem(home, "lv", START, 1), FAST).staffing is not None


def test_locums_keep_the_nights_apart_too() -> None:
    s = scenario([], shifts=[ON_SITE_NIGHT])
    problem = build_problem(s, "lv", START, 2)
    covers = cover_gaps([(shift, 1) for shift in problem.shifts], GapPolicy(), problem.rules)
    assert len({a.physician for a in covers}) == 2
    by_locum: dict[str, list[dt.date]] = {}
    for a in covers:
        by_locum.setdefault(a.physician, []).append(a.start.date())
    for days in by_locum.values():
        assert all((b - a).days == 2 for a, b in itertools.pairwise(days))


def _longest_streak(days: list[dt.date]) -> int:
    longest = run = 0
    previous = None
    for day in sorted(set(days)):
        run = run + 1 if previous and (day - previous).days == 1 else 1
        longest, previous = max(longest, run), day
    return longest


def test_at_most_n_duty_days_in_a_row_for_pool_solver_greedy_and_locums() -> None:
    home = [doctor(i, office=None) for i in (1, 2)]
    policy = {"max_duty_days_in_a_row": 3}
    s = scenario(home, shifts=[HOME_NIGHT], policy=policy, legevakt={"pool": ["gp01", "gp02"]})
    problem = build_problem(s, "lv", START, 4)
    outcome = make_rota(problem, FAST)
    assert outcome.staffing is not None
    for staffing in (outcome.staffing.doctors, rotation(problem)):
        for d in range(2):
            days = [sh.day for sh, team in zip(problem.shifts, staffing, strict=True) if d in team]
            assert _longest_streak(days) <= 3
    alone = scenario(home[:1], shifts=[HOME_NIGHT], policy=policy, legevakt={"pool": ["gp01"]})
    one = make_rota(build_problem(alone, "lv", START, 1))
    assert one.staffing is None and one.binding() is Rule.days_in_a_row
    covers = cover_gaps([(sh, 1) for sh in problem.shifts], GapPolicy(), problem.rules)
    by_locum: dict[str, list[dt.date]] = {}
    for a in covers:
        by_locum.setdefault(a.physician, []).append(a.start.date())
    assert len(by_locum) == 2 and all(_longest_streak(d) <= 3 for d in by_locum.values())


def test_weekends_are_spread_for_the_pool_and_for_locums() -> None:
    weekend = {"id": "weekend", "days": ["sat", "sun"], "start": "08:00", "end": "20:00"}
    doctors = [doctor(i, office=None) for i in (1, 2, 3)]
    spread = {"consecutive_weekends": False}
    s = scenario(
        doctors, shifts=[weekend], policy=spread, legevakt={"pool": ["gp01", "gp02", "gp03"]}
    )
    winter = dt.date(2026, 1, 5)  # no public holiday in the six weeks
    problem = build_problem(s, "lv", winter, 6)
    outcome = make_rota(problem, FAST)
    assert outcome.staffing is not None
    for staffing in (outcome.staffing.doctors, rotation(problem)):
        for d in range(3):
            weeks = sorted(
                {
                    sh.day.isocalendar().week
                    for sh, t in zip(problem.shifts, staffing, strict=True)
                    if d in t
                }
            )
            assert all(b - a >= 2 for a, b in itertools.pairwise(weeks))
    one = scenario(doctors[:1], shifts=[weekend], policy=spread, legevakt={"pool": ["gp01"]})
    stuck = make_rota(build_problem(one, "lv", winter, 2))  # one doctor, two weekends
    assert stuck.staffing is None and stuck.binding() is Rule.weekends_in_a_row
    covers = cover_gaps([(sh, 1) for sh in problem.shifts], GapPolicy(), problem.rules)
    assert len({a.physician for a in covers}) == 2  # two locums take turns by weekend
