"""A lower bound on the rota objective that knows who may work which shift.

`solver.lower_bound` shares every burden as if any doctor could take any shift, so a pool
where a few doctors alone may work some shifts (competence, exemptions, vacation, office
days) shows a large gap that no rota could close. Here each burden's term is bounded by the
linear relaxation of sharing that burden's shifts among the doctors allowed on each, with the
whole-shift bounds (`fairness.apportionment_bounds`) as cuts: the terms are summed, each a
lower bound of its own, so the sum bounds the objective. Rest, frequency and night rules are
left out, so it stays a bound (and quick: one LP per burden, solved by GLOP, deterministic).
"""

from __future__ import annotations

import math

from ortools.linear_solver import pywraplp

from simulator.rota.fairness import Kind, apportionment_bounds, fair_shares, shifts_of
from simulator.rota.problem import RotaProblem
from simulator.rota.solver import MAX_WEIGHT, SCALE, WISH_WEIGHT


def eligibility_bound(problem: RotaProblem) -> float:
    """No rota of `problem` (full or short) scores below this."""
    wishes = sum(w for w in problem.wishes.values() if w > 0)
    return sum(_kind_bound(problem, kind) for kind in Kind) - WISH_WEIGHT * wishes


def _kind_bound(problem: RotaProblem, kind: Kind) -> float:
    shifts = shifts_of(problem, kind)
    total = sum(problem.shifts[s].doctors for s in shifts)
    if not total:
        return 0.0
    goals = [round(SCALE * share) for share in fair_shares(problem, kind)]
    least_worst, least_sum = apportionment_bounds(total, goals, SCALE)
    lp = pywraplp.Solver.CreateSolver("GLOP")
    worked: list[list[pywraplp.Variable]] = [[] for _ in goals]
    for s in shifts:
        places = [lp.NumVar(0, 1, "") for _ in problem.allowed_doctors[s]]
        for d, var in zip(problem.allowed_doctors[s], places, strict=True):
            worked[d].append(var)
        lp.Add(lp.Sum(places) <= problem.shifts[s].doctors)
    worst = lp.NumVar(least_worst, lp.infinity(), "worst")
    deviations = []
    for goal, shares in zip(goals, worked, strict=True):
        unavoidable = min(goal % SCALE, SCALE - goal % SCALE)  # counts are whole shifts
        deviation = lp.NumVar(unavoidable, lp.infinity(), "")
        count = SCALE * lp.Sum(shares) if shares else 0
        lp.Add(deviation >= count - goal)
        lp.Add(deviation >= goal - count)
        lp.Add(worst >= deviation)
        deviations.append(deviation)
    lp.Add(lp.Sum(deviations) >= least_sum)
    lp.Minimize(lp.Sum(deviations) + MAX_WEIGHT * worst)
    if lp.Solve() != pywraplp.Solver.OPTIMAL:
        return float(least_sum + MAX_WEIGHT * least_worst)
    return math.ceil(lp.Objective().Value() - 1e-6)  # rota objectives are whole numbers
