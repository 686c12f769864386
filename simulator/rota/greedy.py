"""A fast fair rotation: shift by shift, the allowed doctor with the least burden per FTE.

Quick and deterministic, but it can paint itself into a corner that the CP-SAT solver would
avoid; it is the fallback when the solver finds nothing in time.
"""

from __future__ import annotations

import datetime as dt

from simulator.rota.fairness import Kind, kinds_of
from simulator.rota.problem import RotaProblem
from simulator.rota.staffing import Staffing


def greedy_rota(problem: RotaProblem) -> Staffing:
    near: list[set[int]] = [set() for _ in problem.shifts]
    for s, t in problem.conflicts:
        near[s].add(t)
        near[t].add(s)
    counts = [dict.fromkeys(Kind, 0) for _ in problem.doctors]
    taken: list[set[int]] = [set() for _ in problem.doctors]
    last_day: list[dt.date | None] = [None for _ in problem.doctors]
    nights: dict[tuple[int, int, int], int] = {}
    staffing: list[list[int]] = []
    for s, shift in enumerate(problem.shifts):
        team: list[int] = []
        month = (shift.day.year, shift.day.month)
        for _slot in range(shift.doctors):
            needs_competent = not problem.covered[s] and not any(problem.competent[d] for d in team)
            candidates = [
                d
                for d in range(len(problem.doctors))
                if d not in team
                and problem.allowed(d, s)
                and not (near[s] & taken[d])
                and _rested(problem, last_day[d], shift.day)
                and _nights_left(problem, nights.get((d, *month), 0), shift.night)
                and (problem.competent[d] or not needs_competent)
            ]
            if not candidates:
                break
            main = kinds_of(shift)[-1]
            best = min(
                candidates,
                key=lambda d: (
                    counts[d][main] / problem.doctors[d].fte,
                    counts[d][Kind.shifts] / problem.doctors[d].fte,
                    -problem.wishes.get((d, s), 0),
                    problem.doctors[d].id,
                ),
            )
            team.append(best)
            taken[best].add(s)
            last_day[best] = shift.day
            for kind in kinds_of(shift):
                counts[best][kind] += 1
            if shift.night:
                nights[(best, *month)] = nights.get((best, *month), 0) + 1
        staffing.append(team)
    return Staffing(problem, staffing, "greedy rotation")


def _rested(problem: RotaProblem, last: dt.date | None, day: dt.date) -> bool:
    """The frequency policy: at most one shift in any N days."""
    n = problem.rules.frequency_days
    return last is None or not n or (day - last).days >= n


def _nights_left(problem: RotaProblem, worked: int, night: bool) -> bool:
    cap = problem.rules.max_nights_per_month
    return not night or cap is None or worked < cap
