"""The CP-SAT rota: legal by the rules engine, fair, deterministic."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ortools.sat.python import cp_model

from simulator.rota.fairness import apportionment_bounds
from simulator.rota.greedy import rotation
from simulator.rota.make import make_rota
from simulator.rota.problem import OfficeRest, build_problem
from simulator.rota.solver import DTIME_PER_CHOICE, SolverSettings, solve
from simulator.rules import Severity, check_rota
from tests.unit.rota.builders import DAY_24, EVENING_NIGHT, doctor, scenario

START = dt.date(2026, 3, 30)  # Easter week, so holidays are in play
WEEKDAY_NIGHT = {**EVENING_NIGHT, "days": ["mon", "tue", "wed", "thu", "fri"]}
WEEKEND_DAY = {"id": "weekend", "start": "08:00", "end": "16:00", "days": ["sat", "sun"]}
WEEKEND_NIGHT = {**EVENING_NIGHT, "id": "weekend-night", "days": ["sat", "sun"]}
BACKUP = {"id": "bakvakt", "start": "16:00", "end": "08:00", "mode": "backup"}
TEMPLATES = {
    "nights": [EVENING_NIGHT],
    "week": [WEEKDAY_NIGHT, WEEKEND_DAY, WEEKEND_NIGHT],
    "24h": [DAY_24],
    "with-bakvakt": [EVENING_NIGHT, BACKUP],
}
FAST = SolverSettings(time_limit=2.0)


@st.composite
def rota_inputs(draw: st.DrawFn) -> tuple[Any, int]:
    size = draw(st.integers(4, 8))
    doctors = [
        doctor(
            i,
            office=draw(st.sampled_from(["a-lk", None])),
            fte=draw(st.sampled_from([0.5, 0.8, 1.0])),
            age=draw(st.sampled_from([35, 50, 61])),
            opted_in=draw(st.booleans()),
            competence=draw(
                st.sampled_from(
                    [
                        {"specialist_general_practice": True, "legevakt_courses": True},
                        {"lis1_completed": True},
                    ]
                )
            ),
        )
        for i in range(size)
    ]
    policy = {
        "max_shift_frequency_days": draw(st.sampled_from([None, 2, 3])),
        "max_nights_per_month": draw(st.sampled_from([None, 8, 12])),
        "rest_hours_after_duty": draw(st.sampled_from([8.0, 11.0])),
    }
    templates = TEMPLATES[draw(st.sampled_from(sorted(TEMPLATES)))]
    pool = {"pool": [d["id"] for d in doctors]}
    return scenario(doctors, shifts=templates, policy=policy, legevakt=pool), draw(
        st.integers(1, 2)
    )


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rota_inputs())
def test_every_rota_passes_the_rules_and_every_failure_is_explained(inputs: Any) -> None:
    s, weeks = inputs
    problem = build_problem(s, "lv", START, weeks, office_rest=OfficeRest.free_office)
    outcome = make_rota(problem, FAST)
    if outcome.staffing is None:
        assert outcome.binding() is not None, outcome.why_not()  # the binding rule is named
        return
    assignments = outcome.staffing.assignments()
    breaches = [f for f in check_rota(s, assignments) if f.severity is Severity.breach]
    assert breaches == []
    assert not outcome.staffing.unfilled()
    staffed = {(a.shift, a.start) for a in assignments}
    assert staffed == {(sh.template, sh.start) for sh in problem.shifts}


@settings(max_examples=15, deadline=None)
@given(
    size=st.integers(3, 8),
    weeks=st.integers(1, 3),
    frequency=st.sampled_from([None, 2, 3]),
    kind=st.sampled_from(["nights", "week", "24h"]),
)
def test_homogeneous_pool_shares_nights_within_one(
    size: int, weeks: int, frequency: int | None, kind: str
) -> None:
    doctors = [doctor(i, office=None) for i in range(size)]
    s = scenario(
        doctors,
        shifts=TEMPLATES[kind],
        policy={"max_shift_frequency_days": frequency},
        legevakt={"pool": [d["id"] for d in doctors]},
    )
    result = solve(build_problem(s, "lv", START, weeks), FAST)
    if result.staffing is None:
        return  # too few doctors for the frequency policy; explained in test_feasibility
    nights = [b.nights for b in result.staffing.burdens()]
    assert max(nights) - min(nights) <= 1


def test_same_input_same_rota() -> None:
    doctors = [doctor(i, fte=0.6 + 0.1 * i) for i in range(5)]
    s = scenario(doctors, shifts=TEMPLATES["week"], policy={"max_shift_frequency_days": 2})
    problem = build_problem(s, "lv", START, 2, office_rest=OfficeRest.free_office)
    first = solve(problem, FAST)
    second = solve(build_problem(s, "lv", START, 2, office_rest=OfficeRest.free_office), FAST)
    assert first.staffing is not None and second.staffing is not None
    assert first.staffing.assignments() == second.staffing.assignments()
    assert first.gap is not None and 0 <= first.gap <= 1


def test_fair_shares_follow_fte() -> None:
    doctors = [doctor(1, fte=1.0, office=None), doctor(2, fte=0.5, office=None)]
    s = scenario(doctors, shifts=[EVENING_NIGHT], legevakt={"pool": ["gp01", "gp02"]})
    result = solve(build_problem(s, "lv", START, 3), FAST)
    assert result.staffing is not None
    shifts = {b.physician: b.shifts for b in result.staffing.burdens()}
    assert shifts == {"gp01": 14, "gp02": 7}


def _counting_solves(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = cp_model.CpSolver.solve

    def counted(self: cp_model.CpSolver, *args: Any) -> Any:
        calls.append(1)
        return real(self, *args)

    monkeypatch.setattr(cp_model.CpSolver, "solve", counted)
    return calls


def test_blocks_too_large_for_their_share_get_the_greedy_rotation_without_a_solve(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doctors = [doctor(i, fte=0.5 + 0.1 * i, office=None) for i in range(6)]
    s = scenario(doctors, shifts=TEMPLATES["week"], legevakt={"pool": [d["id"] for d in doctors]})
    problem = build_problem(s, "lv", START, 8)  # two blocks of 4 weeks, same size
    choices = sum(len(allowed) for allowed in problem.allowed_doctors) / 2
    calls = _counting_solves(monkeypatch)
    starved = solve(problem, SolverSettings(time_limit=2 * 0.9 * DTIME_PER_CHOICE * choices))
    assert calls == []
    assert starved.staffing is not None and starved.staffing.doctors == rotation(problem)
    assert starved.staffing.method.startswith("greedy rotation")
    fed = solve(problem, SolverSettings(time_limit=2 * 1.1 * DTIME_PER_CHOICE * choices))
    assert len(calls) == 2
    assert fed.staffing is not None and fed.staffing.method.startswith("CP-SAT in 2 of 2")


def test_a_block_the_greedy_rotation_leaves_short_is_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    s = scenario([doctor(1, office=None)], shifts=[DAY_24], legevakt={"pool": ["gp01"]})
    problem = build_problem(s, "lv", START, 8)  # one doctor cannot work every 24 h shift
    calls = _counting_solves(monkeypatch)
    result = solve(problem, SolverSettings(time_limit=1e-6, fill_gaps=True))
    assert calls == []
    assert [gap.start for gap in result.gaps] == [START, START + dt.timedelta(weeks=4)]
    assert result.status == "short"


def test_fairness_bounds_of_an_empty_pool_are_zero() -> None:
    assert apportionment_bounds(5, [], 100) == (0, 0)
