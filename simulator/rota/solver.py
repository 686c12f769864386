"""The CP-SAT rota solver: every hard rule, then fairness and wishes.

Fairness: for each burden (shifts, nights, weekends, holidays) each doctor's count is kept
close to the share in proportion to FTE and availability; the objective weighs the largest
deviation of each burden far above the sum of deviations, and wishes below both.

Long horizons are solved in blocks of `BLOCK_WEEKS` weeks, each with the earlier blocks fixed
and fairness measured on the counts so far, so every block is a small model (one CP-SAT
worker cannot improve a year-long model in reasonable time); the reported gap is then against
a bound for the whole horizon. The search runs on one worker with a deterministic time limit,
so the same input gives the same rota.

A block whose share of the budget is too small for its size is staffed by the greedy rotation
instead: CP-SAT first spends deterministic time in proportion to the model (loading, the LP
relaxation, probing, the hint), and below `DTIME_PER_CHOICE` per doctor-shift choice it returns
the hint unchanged, so the solve would cost time and change nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from simulator.rota.fairness import Kind, apportionment_bounds, counts, fair_shares, shifts_of
from simulator.rota.feasibility import explain
from simulator.rota.greedy import rotation
from simulator.rota.model import Variables, add_rules
from simulator.rota.problem import RotaProblem
from simulator.rota.shifts import reach_days
from simulator.rota.staffing import Staffing

if TYPE_CHECKING:
    from ortools.sat.python import cp_model

SCALE = 100  # deviations in hundredths of a shift
MAX_WEIGHT = 20  # a hundredth of the largest deviation outweighs 20 of the sum
WISH_WEIGHT = 50  # a wish of weight 1 is worth half a shift of summed deviation
BLOCK_WEEKS = 4
MONTH_DAYS = 31  # nights per month reach back to the month's first day
WEEKEND_REACH_DAYS = 8  # from a Sunday back to the Saturday of the weekend before
# On the engine's budget for the shipped scenarios, 1 of 55 blocks below this improved on its
# hint (by 1 %), 25 of 29 above it did (benchmarks/README.md, rota solver).
DTIME_PER_CHOICE = 1e-4


@dataclass(frozen=True)
class SolverSettings:
    """`time_limit` is in CP-SAT deterministic time (about seconds on a fast core) for the
    whole horizon, so the result does not depend on the machine's load; `wall_limit` is a
    safety net in seconds. With `fill_gaps` (the engine's choice) a 4-week block that has no
    legal rota is staffed by the greedy rotation, and the blocks after it are still solved."""

    time_limit: float = 10.0
    wall_limit: float = 600.0
    seed: int = 1
    fill_gaps: bool = False  # staff blocks without a legal rota by the greedy rotation


@dataclass(frozen=True)
class SolveResult:
    """`infeasible_part`, when set, is a part of the problem (a block) proven to have no rota,
    small enough to diagnose; `gaps` are the blocks the greedy rotation staffed instead
    (`SolverSettings.fill_gaps`), which may leave shifts short (status "short")."""

    status: str
    staffing: Staffing | None
    objective: float | None
    bound: float | None
    seconds: float
    infeasible_part: RotaProblem | None = None
    gaps: tuple[RotaProblem, ...] = ()  # blocks without a legal rota (with `fill_gaps`)

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
    began = time.perf_counter()
    blocks = _blocks(problem)
    if len(blocks) <= 1 and not settings.fill_gaps:
        return _part(problem, 0, len(problem.shifts), [], settings, began)
    share = replace(
        settings,
        time_limit=settings.time_limit / max(len(blocks), 1),
        wall_limit=settings.wall_limit / max(len(blocks), 1),
    )
    staffing: list[list[int]] = []
    gaps: list[RotaProblem] = []
    solved = 0
    for first, stop, worth in _runs(problem, blocks, share):
        if not worth:
            staffing = rotation(problem, staffing, stop)
            if settings.fill_gaps:
                gaps += _short_blocks(problem, staffing, blocks, first, stop)
            continue
        solved += 1
        block = problem.part(first, stop, BLOCK_WEEKS) if settings.fill_gaps else None
        part = (
            None
            if block and explain(block)
            else _part(problem, first, stop, staffing, share, began)
        )
        if part is not None and part.staffing is not None:
            staffing = part.staffing.doctors
        elif block is not None:
            gaps.append(block)
            staffing = rotation(problem, staffing, stop)
        else:
            block = problem.part(first, stop, BLOCK_WEEKS)
            return _after_failed_block(problem, block, settings, share, began)
    return _whole(problem, staffing, (solved, len(blocks)), gaps, began)


def _whole(
    problem: RotaProblem,
    staffing: list[list[int]],
    blocks: tuple[int, int],
    gaps: list[RotaProblem],
    began: float,
) -> SolveResult:
    """The rota of the blocks, or the greedy rotation of the whole horizon where that is
    fairer (blocks are solved one after another, so an early block can cost later ones).
    `blocks` is (solved by CP-SAT, all)."""
    solved, total = blocks
    method = _method(solved, total, len(gaps))
    if solved:  # else the staffing is the greedy rotation already
        greedy = rotation(problem)
        if _score(problem, greedy) < _score(problem, staffing):
            staffing, method = greedy, "greedy rotation (fairer than the blocks)"
    objective = objective_value(problem, staffing)
    bound = lower_bound(problem)
    rota = Staffing(problem, staffing, method)
    status = "short" if rota.unfilled() else "optimal" if objective <= bound else "feasible"
    seconds = time.perf_counter() - began
    return SolveResult(status, rota, objective, bound, seconds, gaps=tuple(gaps))


def _method(solved: int, total: int, gaps: int) -> str:
    if not solved:
        method = "greedy rotation (the blocks are too large for CP-SAT within the budget)"
    else:
        method = f"CP-SAT in {solved} of {total} blocks of {BLOCK_WEEKS} weeks"
        if solved < total:
            method += ", the greedy rotation in the others"
    return method + (f"; {gaps} blocks without a legal rota found" if gaps else "")


def _score(problem: RotaProblem, staffing: list[list[int]]) -> tuple[int, float]:
    """Fewer doctors missing first, then the objective."""
    missing = sum(
        shift.doctors - len(team) for shift, team in zip(problem.shifts, staffing, strict=True)
    )
    return missing, objective_value(problem, staffing)


def _after_failed_block(
    problem: RotaProblem,
    block: RotaProblem,
    settings: SolverSettings,
    share: SolverSettings,
    began: float,
) -> SolveResult:
    """A block found no rota: without the earlier blocks too, no rota exists at all; else the
    earlier blocks left no way on, so solve the whole at once."""
    alone = _part(block, 0, len(block.shifts), [], share, began)
    if alone.status == "infeasible":
        return SolveResult("infeasible", None, None, None, alone.seconds, block)
    return _part(problem, 0, len(problem.shifts), [], settings, began)


def _blocks(problem: RotaProblem) -> list[tuple[int, int]]:
    """(first, stop) shift indices of each block of `BLOCK_WEEKS` weeks."""
    edges = [0]
    for s, shift in enumerate(problem.shifts):
        if (shift.day - problem.start).days // (7 * BLOCK_WEEKS) >= len(edges):
            edges.append(s)
    edges.append(len(problem.shifts))
    return [(a, b) for a, b in itertools.pairwise(edges) if b > a]


def _runs(
    problem: RotaProblem, blocks: list[tuple[int, int]], share: SolverSettings
) -> list[tuple[int, int, bool]]:
    """The blocks as (first, stop, worth solving), consecutive blocks not worth solving
    merged into one run of the greedy rotation (which replays all shifts before a run)."""
    runs: list[tuple[int, int, bool]] = []
    for first, stop in blocks:
        choices = sum(len(problem.allowed_doctors[s]) for s in range(first, stop))
        worth = share.time_limit >= DTIME_PER_CHOICE * choices
        if runs and not worth and not runs[-1][2]:
            runs[-1] = (runs[-1][0], stop, False)
        else:
            runs.append((first, stop, worth))
    return runs


def _short_blocks(
    problem: RotaProblem,
    staffing: list[list[int]],
    blocks: list[tuple[int, int]],
    first: int,
    stop: int,
) -> list[RotaProblem]:
    """The blocks within shifts [first, stop) where `staffing` leaves shifts short."""
    return [
        problem.part(a, b, BLOCK_WEEKS)
        for a, b in blocks
        if first <= a < stop
        and any(len(staffing[s]) < problem.shifts[s].doctors for s in range(a, b))
    ]


def _part(
    problem: RotaProblem,
    first: int,
    stop: int,
    fixed: list[list[int]],
    settings: SolverSettings,
    began: float,
) -> SolveResult:
    """Solve shifts [first, stop) with shifts before `first` staffed as in `fixed`, starting
    from the greedy rotation that continues `fixed`."""
    from ortools.sat.python import cp_model  # 95 MB: only when a block is worth solving

    start = rotation(problem, fixed[:first], stop)
    model = cp_model.CpModel()
    x = _variables(model, problem, first, stop, fixed)
    add_rules(model, problem, x, staffed=range(first, stop))
    for (d, s), var in x.items():
        if s >= first:
            model.add_hint(var, d in start[s])
    model.minimize(_objective(model, problem, x, first, stop, start))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    # The blocks are small and start from a complete hint: presolve cost more deterministic
    # time than it saved (benchmarks/README.md, rota solver), so the budget goes to search.
    solver.parameters.cp_model_presolve = False
    solver.parameters.random_seed = settings.seed
    solver.parameters.max_deterministic_time = settings.time_limit
    solver.parameters.max_time_in_seconds = settings.wall_limit
    status = solver.solve(model)
    name = solver.status_name(status).lower()
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return SolveResult(name, None, None, None, time.perf_counter() - began)
    staffing = fixed[:first] + [
        [d for d in range(len(problem.doctors)) if (d, s) in x and solver.value(x[(d, s)])]
        for s in range(first, stop)
    ]
    return SolveResult(
        name,
        Staffing(problem, staffing, f"CP-SAT ({name})"),
        solver.objective_value,
        solver.best_objective_bound,
        time.perf_counter() - began,
    )


def _variables(
    model: cp_model.CpModel, problem: RotaProblem, first: int, stop: int, fixed: list[list[int]]
) -> Variables:
    """Free variables for shifts [first, stop); fixed ones for the earlier shifts that rules
    can still reach (rest, the frequency and days-in-a-row windows, the weekend before, the
    month's nights)."""
    rules = problem.rules
    longest = reach_days(problem.shifts, rules.rest_hours)
    reach = max(longest, rules.frequency_days or 0, rules.max_days_in_a_row or 0)
    if not rules.consecutive_weekends:
        reach = max(reach, WEEKEND_REACH_DAYS)
    if problem.rules.max_nights_per_month is not None:
        reach = max(reach, MONTH_DAYS)
    since = problem.shifts[first].day - dt.timedelta(days=reach) if first < stop else dt.date.max
    x: Variables = {}
    for s in range(first):
        if problem.shifts[s].day >= since:
            for d in fixed[s]:
                x[(d, s)] = model.new_bool_var(f"x{d}_{s}")
                model.add(x[(d, s)] == 1)
    for s in range(first, stop):
        for d in problem.allowed_doctors[s]:
            x[(d, s)] = model.new_bool_var(f"x{d}_{s}")
    return x


def _objective(
    model: cp_model.CpModel,
    problem: RotaProblem,
    x: Variables,
    first: int,
    stop: int,
    start: list[list[int]],
) -> cp_model.LinearExpr:
    """Fairness of the counts over shifts before `stop`, and wishes. `start` staffs every shift
    before `stop`: those before `first` are fixed and counted as constants, the later ones hint
    the deviations."""
    terms: list[cp_model.LinearExprT] = []
    for kind in Kind:
        shifts = shifts_of(problem, kind, stop)
        total = sum(problem.shifts[s].doctors for s in shifts)
        if not total:
            continue
        goals = [round(SCALE * share) for share in fair_shares(problem, kind, stop)]
        least_worst, least_sum = apportionment_bounds(total, goals, SCALE)
        worst = model.new_int_var(least_worst, SCALE * total, f"max_{kind}")
        done = counts(problem, [s for s in shifts if s < first], start)
        started = counts(problem, shifts, start)
        free: list[list[cp_model.IntVar]] = [[] for _ in goals]
        for s in shifts:
            if s >= first:
                for d in problem.allowed_doctors[s]:
                    free[d].append(x[(d, s)])
        deviations, hints = [], [least_worst]
        for d, goal in enumerate(goals):
            gap = SCALE * (done[d] + sum(free[d])) - goal
            unavoidable = min(goal % SCALE, SCALE - goal % SCALE)  # counts are whole shifts
            deviation = model.new_int_var(unavoidable, SCALE * total, f"dev_{kind}_{d}")
            model.add(deviation >= gap)
            model.add(deviation >= -gap)
            model.add(worst >= deviation)
            deviations.append(deviation)
            hints.append(max(unavoidable, abs(SCALE * started[d] - goal)))
            model.add_hint(deviation, hints[-1])
        model.add_hint(worst, max(hints))
        model.add(sum(deviations) >= least_sum)
        terms += [*deviations, MAX_WEIGHT * worst]
    terms += [-WISH_WEIGHT * w * x[key] for key, w in problem.wishes.items() if key in x]
    return sum(terms)


def objective_value(problem: RotaProblem, staffing: list[list[int]]) -> float:
    """The solver's objective for a whole rota."""
    value = 0
    for kind in Kind:
        shifts = shifts_of(problem, kind)
        if not shifts:
            continue
        goals = [round(SCALE * share) for share in fair_shares(problem, kind)]
        worked = counts(problem, shifts, staffing)
        deviations = [abs(SCALE * c - g) for c, g in zip(worked, goals, strict=True)]
        value += sum(deviations) + MAX_WEIGHT * max(deviations, default=0)
    wishes = sum(w for (d, s), w in problem.wishes.items() if d in staffing[s])
    return value - WISH_WEIGHT * wishes


def lower_bound(problem: RotaProblem) -> float:
    """No rota scores below this: the fairest whole-shift split of every burden, ignoring the
    rules, with every positive wish granted."""
    bound = 0
    for kind in Kind:
        shifts = shifts_of(problem, kind)
        total = sum(problem.shifts[s].doctors for s in shifts)
        if total:
            goals = [round(SCALE * share) for share in fair_shares(problem, kind)]
            least_worst, least_sum = apportionment_bounds(total, goals, SCALE)
            bound += least_sum + MAX_WEIGHT * least_worst
    return bound - WISH_WEIGHT * sum(w for w in problem.wishes.values() if w > 0)
