"""The optimality gap's bound knows who may work which shift: it is far above the bound that
ignores eligibility where a few doctors alone may take some shifts, and never above what a
rota proven optimal scores."""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from simulator.rota.bound import eligibility_bound
from simulator.rota.make import make_rota
from simulator.rota.problem import build_problem
from simulator.rota.solver import SolverSettings, lower_bound
from tests.unit.rota.builders import doctor, scenario

START = dt.date(2026, 3, 2)
DAY = {"id": "day", "start": "08:00", "end": "16:00"}  # clashes with office days on weekdays
NIGHT = {"id": "night", "start": "16:00", "end": "08:00", "mode": "home_call"}
EXACT = SolverSettings(time_limit=20.0)


def _problem(with_office: int, without: int, weeks: int = 2, shift: dict = DAY, rest: int = 8):
    """`with_office` GPs who may take only weekend days (of `DAY`), `without` who may take any
    day."""
    doctors = [doctor(i) for i in range(1, with_office + 1)]
    doctors += [doctor(i, office=None) for i in range(10, 10 + without)]
    s = scenario(
        doctors,
        shifts=[shift],
        legevakt={"pool": [d["id"] for d in doctors]},
        policy={"rest_hours_after_duty": rest},
    )
    return build_problem(s, "lv", START, weeks)


def test_the_bound_sees_shares_that_eligibility_makes_unreachable() -> None:
    problem = _problem(with_office=3, without=1)
    # Each office GP's proportional share of the 14 days is above the 4 weekend days the three
    # of them can share; the doctor without an office must take the 10 weekdays.
    assert eligibility_bound(problem) > 1.5 * lower_bound(problem)


@settings(max_examples=8, deadline=None)
@given(st.integers(1, 3), st.integers(1, 3), st.sampled_from([DAY, NIGHT]))
def test_no_rota_scores_below_the_bound(with_office: int, without: int, shift: dict) -> None:
    # 11 h rest: a doctor cannot take the night after a night (the LP's rest cuts)
    problem = _problem(with_office, without, weeks=1, shift=shift, rest=11)
    outcome = make_rota(problem, EXACT)
    assume(outcome.staffing is not None)  # too few doctors for the rest rule: nothing to bound
    assert outcome.result is not None
    assert outcome.result.status == "optimal"
    assert outcome.result.objective >= eligibility_bound(problem)
    assert outcome.result.bound == max(outcome.result.bound, eligibility_bound(problem))
