"""A lower bound on the rota objective that knows who may work which shift and when.

`solver.lower_bound` shares every burden as if any doctor could take any shift, so a pool
where a few doctors alone may work some shifts (competence, exemptions, vacation, office
days) shows a large gap that no rota could close. Here the whole objective is bounded by its
linear relaxation: every shift fully staffed by the doctors allowed on it, no doctor on two
shifts too close for rest, on on-site nights or weekends in a row, and each burden's deviations from
the fair shares with the whole-shift bounds (`fairness.apportionment_bounds`) as cuts. The
frequency, days-in-a-row, nights-a-month and competence-pairing rules are left out, so it
stays a bound. One LP, solved by GLOP (deterministic).
"""

from __future__ import annotations

import math

from ortools.linear_solver import pywraplp

from simulator.rota.fairness import Kind, apportionment_bounds, fair_shares, shifts_of
from simulator.rota.problem import RotaProblem
from simulator.rota.solver import MAX_WEIGHT, SCALE, WISH_WEIGHT, lower_bound

Places = dict[tuple[int, int], pywraplp.Variable]


def eligibility_bound(problem: RotaProblem) -> float:
    """No fully staffed rota of `problem` scores below this."""
    lp = pywraplp.Solver.CreateSolver("GLOP")
    x = _places(lp, problem)
    if x is None:
        return lower_bound(problem)  # no full rota exists: nothing to bound more tightly
    lp.Minimize(lp.Sum([_burden(lp, problem, x, kind) for kind in Kind]))
    if lp.Solve() != pywraplp.Solver.OPTIMAL:
        return lower_bound(problem)
    whole = math.ceil(lp.Objective().Value() - 1e-6)  # rota objectives are whole numbers
    return whole - WISH_WEIGHT * sum(w for w in problem.wishes.values() if w > 0)


def _places(lp: pywraplp.Solver, problem: RotaProblem) -> Places | None:
    """A share of each place for each allowed doctor; None if a shift has too few doctors."""
    x: Places = {}
    for s, shift in enumerate(problem.shifts):
        allowed = problem.allowed_doctors[s]
        if len(allowed) < shift.doctors:
            return None
        for d in allowed:
            x[(d, s)] = lp.NumVar(0, 1, "")
        lp.Add(lp.Sum([x[(d, s)] for d in allowed]) == shift.doctors)
    for s, t in problem.apart:
        for d in problem.allowed_doctors[s]:
            if (d, t) in x:
                lp.Add(x[(d, s)] + x[(d, t)] <= 1)
    return x


def _burden(
    lp: pywraplp.Solver, problem: RotaProblem, x: Places, kind: Kind
) -> pywraplp.LinearExpr | float:
    """The relaxed objective term of one burden: summed and largest deviation."""
    shifts = shifts_of(problem, kind)
    total = sum(problem.shifts[s].doctors for s in shifts)
    if not total:
        return 0.0
    goals = [round(SCALE * share) for share in fair_shares(problem, kind)]
    least_worst, least_sum = apportionment_bounds(total, goals, SCALE)
    worst = lp.NumVar(least_worst, lp.infinity(), "")
    deviations = []
    for d, goal in enumerate(goals):
        unavoidable = min(goal % SCALE, SCALE - goal % SCALE)  # counts are whole shifts
        deviation = lp.NumVar(unavoidable, lp.infinity(), "")
        count = SCALE * lp.Sum([x[(d, s)] for s in shifts if (d, s) in x])
        lp.Add(deviation >= count - goal)
        lp.Add(deviation >= goal - count)
        lp.Add(worst >= deviation)
        deviations.append(deviation)
    lp.Add(lp.Sum(deviations) >= least_sum)
    return lp.Sum(deviations) + MAX_WEIGHT * worst
