"""The rota's hard rules as CP-SAT constraints, shared by the solver and the diagnosis.

Each rule is added through `guard(rule, period)`, which returns the literals that switch the
constraint on: none when solving, one assumption per rule and period when diagnosing, so that
an infeasible core names the binding rule and when it binds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

from simulator.rota.problem import RotaProblem

if TYPE_CHECKING:  # OR-Tools is imported where a model is solved (`solver.py`)
    from ortools.sat.python import cp_model


class Rule(StrEnum):
    """The hard rules of a rota, with their sources, in planner's words."""

    exemption = "exemption from legevakt (fastlegeforskriften § 33)"
    vacation = "vacation and blocked dates"
    office = "office days and rest after duty (SFS 2305 § 7.4)"
    backup_competence = "bakvakt must be § 3a-competent (akuttmedisinforskriften § 7)"
    rest = "rest between work periods (SFS 2305 § 7.4)"
    frequency = "at most one shift in N days (local policy)"
    nights_per_month = "maximum nights per month (local policy)"
    night_after_night = "no on-site night shifts on two days in a row (local policy)"
    days_in_a_row = "at most N duty days in a row (local policy)"
    weekends_in_a_row = "no legevakt on two weekends in a row (local policy)"
    competence = "competence or bakvakt pairing (kompetansekravforskriften § 3a)"
    template_pool = "who may take the shift (the template's pool, local organisation)"


Guard = Callable[[Rule, str], list["cp_model.IntVar"]]
Variables = dict[tuple[int, int], "cp_model.IntVar"]


def rule_of(reason: str) -> Rule:
    """The rule behind a `RotaProblem.blocked` reason."""
    if reason.startswith("exempt"):
        return Rule.exemption
    if reason.startswith("office"):
        return Rule.office
    if reason.startswith("bakvakt"):
        return Rule.backup_competence
    if reason.startswith("competence"):
        return Rule.competence
    if reason.startswith("pool"):
        return Rule.template_pool
    return Rule.vacation


def week_of(day: dt.date) -> str:
    """The ISO week of `day`, as findings name periods."""
    return f"week {day.isocalendar().week} {day.isocalendar().year}"


def no_guard(rule: Rule, period: str) -> list[cp_model.IntVar]:
    return []


def add_rules(
    model: cp_model.CpModel,
    problem: RotaProblem,
    x: Variables,
    guard: Guard = no_guard,
    staffed: range | None = None,
) -> None:
    """Staff every shift in `staffed` (default: all) fully and add every rule over the
    variables in `x`; rules reaching shifts without variables apply to those that have them."""
    for s in staffed if staffed is not None else range(len(problem.shifts)):
        model.add(sum(_on(x, problem, s)) == problem.shifts[s].doctors)
    present = {s for _, s in x}
    _apart(model, problem, x, guard, present, problem.conflicts, Rule.rest)
    _apart(model, problem, x, guard, present, problem.night_pairs, Rule.night_after_night)
    _apart(model, problem, x, guard, present, problem.weekend_pairs, Rule.weekends_in_a_row)
    _frequency(model, problem, x, guard, present)
    _days_in_a_row(model, problem, x, guard, present)
    _nights(model, problem, x, guard)
    _competence(model, problem, x, guard, present)


def _on(x: Variables, problem: RotaProblem, s: int) -> list[cp_model.IntVar]:
    return [x[(d, s)] for d in range(len(problem.doctors)) if (d, s) in x]


def _at_most_one(
    model: cp_model.CpModel, variables: list[cp_model.IntVar], guards: list[cp_model.IntVar]
) -> None:
    if len(variables) > 1:
        model.add_at_most_one(variables).only_enforce_if(guards)


def _apart(
    model: cp_model.CpModel,
    problem: RotaProblem,
    x: Variables,
    guard: Guard,
    present: set[int],
    pairs: list[tuple[int, int]],
    rule: Rule,
) -> None:
    """No doctor works both shifts of any of `pairs`."""
    for s, t in pairs:
        if s not in present or t not in present:
            continue
        guards = guard(rule, week_of(problem.shifts[s].day))
        for d in range(len(problem.doctors)):
            if (d, s) in x and (d, t) in x:
                _at_most_one(model, [x[(d, s)], x[(d, t)]], guards)


def _frequency(
    model: cp_model.CpModel, problem: RotaProblem, x: Variables, guard: Guard, present: set[int]
) -> None:
    for group in problem.windows():
        if present.isdisjoint(group):
            continue
        guards = guard(Rule.frequency, week_of(problem.shifts[group[0]].day))
        for d in range(len(problem.doctors)):
            _at_most_one(model, [x[(d, s)] for s in group if (d, s) in x], guards)


def _days_in_a_row(
    model: cp_model.CpModel, problem: RotaProblem, x: Variables, guard: Guard, present: set[int]
) -> None:
    most = problem.rules.max_days_in_a_row
    for group in problem.streaks():
        if present.isdisjoint(group):
            continue
        guards = guard(Rule.days_in_a_row, week_of(problem.shifts[group[0]].day))
        for d in range(len(problem.doctors)):
            worked = [x[(d, s)] for s in group if (d, s) in x]
            if len(worked) > (most or 0):
                model.add(sum(worked) <= most).only_enforce_if(guards)


def _nights(model: cp_model.CpModel, problem: RotaProblem, x: Variables, guard: Guard) -> None:
    cap = problem.rules.max_nights_per_month
    if cap is None:
        return
    for (year, month), nights in problem.months().items():
        guards = guard(Rule.nights_per_month, f"{year}-{month:02d}")
        for d in range(len(problem.doctors)):
            worked = [x[(d, s)] for s in nights if (d, s) in x]
            if len(worked) > cap:
                model.add(sum(worked) <= cap).only_enforce_if(guards)


def _competence(
    model: cp_model.CpModel, problem: RotaProblem, x: Variables, guard: Guard, present: set[int]
) -> None:
    """A doctor without § 3a competence works a shift that bakvakt does not cover only next to
    a competent colleague on the same shift."""
    for s in sorted(present):
        if problem.covered[s]:
            continue
        doctors = [d for d in range(len(problem.doctors)) if (d, s) in x]
        lacking = [d for d in doctors if not problem.competent(d, s)]
        if not lacking:
            continue
        guards = guard(Rule.competence, week_of(problem.shifts[s].day))
        colleagues = sum(x[(c, s)] for c in doctors if problem.competent(c, s))
        for d in lacking:
            model.add(x[(d, s)] <= colleagues).only_enforce_if(guards)
