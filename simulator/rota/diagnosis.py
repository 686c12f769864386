"""Why no rota exists, asked of the solver: every rule in every period is an assumption, and
CP-SAT names a set of them that cannot hold together; dropping each in turn where the rest
stays infeasible shrinks the set towards the binding rules."""

from __future__ import annotations

from dataclasses import dataclass

from ortools.sat.python import cp_model

from simulator.rota.model import Rule, Variables, add_rules, rule_of, week_of
from simulator.rota.problem import RotaProblem

SHRINK_LIMIT = 12  # assumptions tried one by one when shrinking the core


@dataclass(frozen=True)
class Diagnosis:
    """`core`: (rule, period) pairs that together leave no rota; empty if none was found in
    time (`status` says what the solver concluded)."""

    status: str
    core: list[tuple[Rule, str]]


class _Assumptions:
    """One literal per (rule, period), made on first use."""

    def __init__(self, model: cp_model.CpModel) -> None:
        self.model = model
        self.literals: dict[tuple[Rule, str], cp_model.IntVar] = {}

    def __call__(self, rule: Rule, period: str) -> list[cp_model.IntVar]:
        key = (rule, period)
        if key not in self.literals:
            self.literals[key] = self.model.new_bool_var(f"{rule.name}@{period}")
        return [self.literals[key]]


def diagnose(problem: RotaProblem, time_limit: float = 10.0) -> Diagnosis:
    model = cp_model.CpModel()
    x: Variables = {
        (d, s): model.new_bool_var(f"x{d}_{s}")
        for d in range(len(problem.doctors))
        for s in range(len(problem.shifts))
    }
    assume = _Assumptions(model)
    for (d, s), reason in problem.blocked.items():
        guard = assume(rule_of(reason), week_of(problem, problem.shifts[s].day))
        model.add(x[(d, s)] == 0).only_enforce_if(guard)
    add_rules(model, problem, x, assume)
    names = {lit.index: key for key, lit in assume.literals.items()}
    core = _core(model, list(assume.literals.values()), time_limit)
    if core is None:
        return Diagnosis("no contradiction found in time", [])
    if not core and not assume.literals:
        return Diagnosis("infeasible without any rule", [])
    core = _shrink(model, core, time_limit / 4)
    return Diagnosis("infeasible", [names[lit.index] for lit in core])


def _core(
    model: cp_model.CpModel, assumptions: list[cp_model.IntVar], time_limit: float
) -> list[cp_model.IntVar] | None:
    """A subset of `assumptions` that cannot all hold, or None if that was not shown."""
    model.clear_assumptions()
    model.add_assumptions(assumptions)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_deterministic_time = time_limit
    status = solver.solve(model)
    if status != cp_model.INFEASIBLE:
        return None
    by_index = {lit.index: lit for lit in assumptions}
    return [by_index[i] for i in solver.sufficient_assumptions_for_infeasibility()]


def _shrink(
    model: cp_model.CpModel, core: list[cp_model.IntVar], time_limit: float
) -> list[cp_model.IntVar]:
    kept = list(core)
    for literal in core[:SHRINK_LIMIT]:
        if all(lit.index != literal.index for lit in kept):
            continue  # already dropped with an earlier one
        trial = [lit for lit in kept if lit.index != literal.index]
        smaller = _core(model, trial, time_limit)
        if smaller is not None:
            kept = smaller
    return kept
