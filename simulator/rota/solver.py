"""The CP-SAT rota solver: every hard rule, then fairness and wishes.

Fairness: for each burden (shifts, nights, weekends, holidays) each doctor's count is kept
close to the FTE-proportional share; the objective minimises first the largest deviation of
each burden, then the sum of deviations, and then honours wishes. The search runs on one
worker with a deterministic time limit, so the same input gives the same rota.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from ortools.sat.python import cp_model

from simulator.rota.fairness import Kind, apportionment_bounds, kinds_of, targets
from simulator.rota.greedy import greedy_rota
from simulator.rota.model import Variables, add_rules
from simulator.rota.problem import RotaProblem
from simulator.rota.staffing import Staffing

SCALE = 100  # deviations in hundredths of a shift
MAX_WEIGHT = 20  # a hundredth of the largest deviation outweighs 20 of the sum
WISH_WEIGHT = 50  # a wish of weight 1 is worth half a shift of summed deviation


@dataclass(frozen=True)
class SolverSettings:
    """`time_limit` is in CP-SAT deterministic time (about seconds on a fast core), so the
    result does not depend on the machine's load; `wall_limit` is a safety net."""

    time_limit: float = 20.0
    wall_limit: float = 120.0
    seed: int = 1


@dataclass(frozen=True)
class SolveResult:
    status: str
    staffing: Staffing | None
    objective: float | None
    bound: float | None
    seconds: float

    @property
    def gap(self) -> float | None:
        """Relative optimality gap: 0 is proven optimal."""
        if self.objective is None or self.bound is None:
            return None
        if self.objective == 0:
            return 0.0
        return abs(self.objective - self.bound) / abs(self.objective)


def solve(problem: RotaProblem, settings: SolverSettings | None = None) -> SolveResult:
    settings = settings or SolverSettings()
    model = cp_model.CpModel()
    x: Variables = {
        (d, s): model.new_bool_var(f"x{d}_{s}")
        for d in range(len(problem.doctors))
        for s in range(len(problem.shifts))
        if problem.allowed(d, s)
    }
    add_rules(model, problem, x)
    model.minimize(_objective(model, problem, x))
    _hint(model, problem, x)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = settings.seed
    solver.parameters.max_deterministic_time = settings.time_limit
    solver.parameters.max_time_in_seconds = settings.wall_limit
    began = time.perf_counter()
    status = solver.solve(model)
    seconds = time.perf_counter() - began
    name = solver.status_name(status).lower()
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return SolveResult(name, None, None, None, seconds)
    staffing = [
        [d for d in range(len(problem.doctors)) if (d, s) in x and solver.value(x[(d, s)])]
        for s in range(len(problem.shifts))
    ]
    return SolveResult(
        name,
        Staffing(problem, staffing, f"CP-SAT ({name})"),
        solver.objective_value,
        solver.best_objective_bound,
        seconds,
    )


def _objective(model: cp_model.CpModel, problem: RotaProblem, x: Variables) -> cp_model.LinearExpr:
    ftes = [p.fte for p in problem.doctors]
    terms: list[cp_model.LinearExprT] = []
    for kind in Kind:
        shifts = [s for s, shift in enumerate(problem.shifts) if kind in kinds_of(shift)]
        total = sum(problem.shifts[s].doctors for s in shifts)
        if not total:
            continue
        goals = [round(SCALE * share) for share in targets(total, ftes)]
        least_worst, least_sum = apportionment_bounds(total, goals, SCALE)
        worst = model.new_int_var(least_worst, SCALE * total, f"max_{kind}")
        deviations = []
        for d, goal in enumerate(goals):
            count = sum(x[(d, s)] for s in shifts if (d, s) in x)
            gap = SCALE * count - goal
            unavoidable = min(goal % SCALE, SCALE - goal % SCALE)  # counts are whole shifts
            deviation = model.new_int_var(unavoidable, SCALE * total, f"dev_{kind}_{d}")
            model.add(deviation >= gap)
            model.add(deviation >= -gap)
            model.add(worst >= deviation)
            deviations.append(deviation)
        model.add(sum(deviations) >= least_sum)
        terms += [*deviations, MAX_WEIGHT * worst]
    terms += [-WISH_WEIGHT * w * x[key] for key, w in problem.wishes.items() if key in x]
    return sum(terms)


def _hint(model: cp_model.CpModel, problem: RotaProblem, x: Variables) -> None:
    """Start the search from the greedy rotation."""
    greedy = greedy_rota(problem)
    for s, team in enumerate(greedy.doctors):
        for d in range(len(problem.doctors)):
            if (d, s) in x:
                model.add_hint(x[(d, s)], d in team)
