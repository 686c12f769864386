"""A fast fair rotation: shift by shift, the allowed doctor with the least burden per FTE.

Quick and deterministic, but it can paint itself into a corner that the CP-SAT solver would
avoid; it starts the solver's search and is the fallback when the solver finds nothing.
"""

from __future__ import annotations

import datetime as dt

from simulator.rota.fairness import Kind, kinds_of
from simulator.rota.problem import RotaProblem
from simulator.rota.staffing import Staffing


def greedy_rota(problem: RotaProblem, fixed: list[list[int]] | None = None) -> Staffing:
    """The rotation, continuing from `fixed` (the staffing of the first shifts) if given."""
    rotation = _Rotation(problem)
    prefix = fixed or []
    for s, team in enumerate(prefix):
        for d in team:
            rotation.record(d, s)
    staffing = list(prefix)
    for s in range(len(prefix), len(problem.shifts)):
        team: list[int] = []
        for _slot in range(problem.shifts[s].doctors):
            best = rotation.pick(s, team)
            if best is None:
                break
            team.append(best)
            rotation.record(best, s)
        staffing.append(team)
    return Staffing(problem, staffing, "greedy rotation")


class _Rotation:
    """What each doctor has worked so far."""

    def __init__(self, problem: RotaProblem) -> None:
        self.problem = problem
        self.near: list[set[int]] = [set() for _ in problem.shifts]
        for s, t in problem.conflicts:
            self.near[s].add(t)
            self.near[t].add(s)
        self.counts = [dict.fromkeys(Kind, 0) for _ in problem.doctors]
        self.taken: list[set[int]] = [set() for _ in problem.doctors]
        self.last_day: list[dt.date | None] = [None for _ in problem.doctors]
        self.nights: dict[tuple[int, int, int], int] = {}

    def record(self, d: int, s: int) -> None:
        shift = self.problem.shifts[s]
        self.taken[d].add(s)
        self.last_day[d] = shift.day
        for kind in kinds_of(shift):
            self.counts[d][kind] += 1
        if shift.night:
            key = (d, shift.day.year, shift.day.month)
            self.nights[key] = self.nights.get(key, 0) + 1

    def pick(self, s: int, team: list[int]) -> int | None:
        """The least-burdened doctor who may join `team` on shift s, if any."""
        problem = self.problem
        shift = problem.shifts[s]
        needs_competent = not problem.covered[s] and not any(problem.competent(d, s) for d in team)
        candidates = [
            d
            for d in range(len(problem.doctors))
            if d not in team
            and problem.allowed(d, s)
            and not (self.near[s] & self.taken[d])
            and self._rested(d, shift.day)
            and self._nights_left(d, s)
            and (problem.competent(d, s) or not needs_competent)
        ]
        if not candidates:
            return None
        main = kinds_of(shift)[-1]
        return min(
            candidates,
            key=lambda d: (
                self.counts[d][main] / problem.doctors[d].fte,
                self.counts[d][Kind.shifts] / problem.doctors[d].fte,
                -problem.wishes.get((d, s), 0),
                problem.doctors[d].id,
            ),
        )

    def _rested(self, d: int, day: dt.date) -> bool:
        """The frequency policy: at most one shift in any N days."""
        n = self.problem.rules.frequency_days
        last = self.last_day[d]
        return last is None or not n or (day - last).days >= n

    def _nights_left(self, d: int, s: int) -> bool:
        shift = self.problem.shifts[s]
        cap = self.problem.rules.max_nights_per_month
        worked = self.nights.get((d, shift.day.year, shift.day.month), 0)
        return not shift.night or cap is None or worked < cap
