"""A fast fair rotation: shift by shift, the allowed doctor furthest behind their fair share.

A doctor's fair share so far of each burden grows with every shift the doctor may work, in
proportion to FTE (the solver's fair share, `fairness.fair_shares`, taken at each shift), so
the rotation chases the same objective as the solver, one shift at a time. Quick and
deterministic, but it can paint itself into a corner that the CP-SAT solver would avoid; it
starts the solver's search and is the fallback when the solver finds nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools

from simulator.rota.problem import RotaProblem
from simulator.rota.shifts import Kind
from simulator.rota.staffing import Staffing


def greedy_rota(problem: RotaProblem, fixed: list[list[int]] | None = None) -> Staffing:
    """The rotation, continuing from `fixed` (the staffing of the first shifts) if given."""
    return Staffing(problem, rotation(problem, fixed), "greedy rotation")


def rotation(
    problem: RotaProblem, fixed: list[list[int]] | None = None, stop: int | None = None
) -> list[list[int]]:
    """The doctors of each shift before `stop` (default: all), continuing from `fixed`."""
    state = _Rotation(problem)
    prefix = fixed or []
    for s, team in enumerate(prefix):
        state.open(s)
        for d in team:
            state.record(d, s)
    staffing = list(prefix)
    for s in range(len(prefix), len(problem.shifts) if stop is None else stop):
        state.open(s)
        team: list[int] = []
        for _slot in range(problem.shifts[s].doctors):
            best = state.pick(s, team)
            if best is None:
                break
            team.append(best)
            state.record(best, s)
        staffing.append(team)
    return staffing


class _Rotation:
    """What each doctor has worked so far, and their fair share of it."""

    def __init__(self, problem: RotaProblem) -> None:
        self.problem = problem
        self.near: list[set[int]] = [set() for _ in problem.shifts]
        for s, t in problem.apart:
            self.near[s].add(t)
            self.near[t].add(s)
        doctors = len(problem.doctors)
        self.fte = [p.fte for p in problem.doctors]
        self.ids = [p.id for p in problem.doctors]
        self.counts = {kind: [0] * doctors for kind in Kind}
        self.allowed_so_far = {kind: [0] * doctors for kind in Kind}
        self.weight = dict.fromkeys(Kind, 0.0)  # sum of FTE × allowed shifts so far
        self.needed = dict.fromkeys(Kind, 0)  # doctor-shifts so far
        # doctors who worked a shift too near each shift (`RotaProblem.apart`): kept as they
        # work, so a pick reads one set instead of comparing every doctor's shifts
        self.kept_apart: list[set[int]] = [set() for _ in problem.shifts]
        self.last_day: list[dt.date | None] = [None] * doctors
        self.days: list[list[dt.date]] = [[] for _ in range(doctors)]  # the days of their shifts
        self.nights: dict[tuple[int, int, int], int] = {}

    def open(self, s: int) -> None:
        """Shift s comes up: it adds to the fair shares of the doctors who may work it."""
        shift = self.problem.shifts[s]
        allowed = self.problem.allowed_doctors[s]
        weight = sum(map(self.fte.__getitem__, allowed))
        for kind in self.problem.kinds[s]:
            self.needed[kind] += shift.doctors
            seen = self.allowed_so_far[kind]
            for d in allowed:
                seen[d] += 1
            self.weight[kind] += weight

    def record(self, d: int, s: int) -> None:
        shift = self.problem.shifts[s]
        for t in self.near[s]:
            self.kept_apart[t].add(d)
        self.last_day[d] = shift.day
        self.days[d].append(shift.day)
        for kind in self.problem.kinds[s]:
            self.counts[kind][d] += 1
        if shift.night:
            key = (d, shift.day.year, shift.day.month)
            self.nights[key] = self.nights.get(key, 0) + 1

    def pick(self, s: int, team: list[int]) -> int | None:
        """The doctor furthest behind their fair share of the shift's burdens who may join
        `team` on shift s, if any."""
        problem = self.problem
        shift = problem.shifts[s]
        gone = self.kept_apart[s].union(team)
        candidates = [d for d in problem.allowed_doctors[s] if d not in gone]
        lacking = problem.lacking
        if lacking and not problem.covered[s] and all((d, s) in lacking for d in team):
            candidates = [d for d in candidates if (d, s) not in lacking]
        if self.problem.rules.frequency_days:
            candidates = [d for d in candidates if self._rested(d, shift.day)]
        if self.problem.rules.max_days_in_a_row:
            candidates = [d for d in candidates if not self._streak_full(d, shift.day)]
        if shift.night and self.problem.rules.max_nights_per_month is not None:
            candidates = [d for d in candidates if self._nights_left(d, s)]
        if not candidates:
            return None
        return self._furthest_behind(s, candidates)

    def _furthest_behind(self, s: int, candidates: list[int]) -> int:
        """Of `candidates`, the doctor furthest behind their fair share of shift s's burdens
        (summed kind by kind, in the order of the kinds); ties go to a wish to work, then to
        the lowest id (ids are unique)."""
        fte = self.fte
        behind = [0] * len(candidates)
        for k in self.problem.kinds[s]:
            rate, seen, worked = (
                self.needed[k] / self.weight[k],
                self.allowed_so_far[k],
                self.counts[k],
            )
            behind = [
                b + (worked[d] - rate * fte[d] * seen[d])
                for b, d in zip(behind, candidates, strict=True)
            ]
        lowest = min(behind)
        if behind.count(lowest) == 1:
            return candidates[behind.index(lowest)]
        ties = [d for b, d in zip(behind, candidates, strict=True) if b == lowest]
        wishes, ids = self.problem.wishes, self.ids
        if not wishes:
            return min(ties, key=ids.__getitem__)
        return min(ties, key=lambda d: (-wishes.get((d, s), 0), ids[d]))

    def _rested(self, d: int, day: dt.date) -> bool:
        """The frequency policy: at most one shift in any N days."""
        n = self.problem.rules.frequency_days
        last = self.last_day[d]
        return last is None or not n or (day - last).days >= n

    def _streak_full(self, d: int, day: dt.date) -> bool:
        """Would a shift on `day` make more than N duty days in a row (policy)?"""
        return streak_full(self.days[d], day, self.problem.rules.max_days_in_a_row)

    def _nights_left(self, d: int, s: int) -> bool:
        shift = self.problem.shifts[s]
        cap = self.problem.rules.max_nights_per_month
        worked = self.nights.get((d, shift.day.year, shift.day.month), 0)
        return not shift.night or cap is None or worked < cap


def streak_full(worked: list[dt.date], day: dt.date, most: int | None) -> bool:
    """Do the days of `worked` (in order, all before or on `day`) leave no room for a shift on
    `day` within at most `most` duty days in any `most` + 1 days in a row?"""
    if not most:
        return False
    recent = set(itertools.takewhile(lambda w: (day - w).days <= most, reversed(worked)))
    recent.discard(day)
    return len(recent) >= most
