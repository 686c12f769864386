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

import numpy as np

from simulator.rota.problem import RotaProblem
from simulator.rota.shifts import Kind
from simulator.rota.staffing import Staffing

KINDS = list(Kind)


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
        for d in team:
            state.record(d, s)
    staffing = list(prefix)
    for s in range(len(prefix), len(problem.shifts) if stop is None else stop):
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
    """What each doctor has worked so far, and their fair share of it, as arrays over the
    doctors (a pick scores every doctor of the pool at once: the national pools reach 600).

    The fair shares grow with the shifts each doctor is allowed, which the blocked pairs fix
    before the rotation starts, so their sums are laid out for every shift at once: after
    shift s, `needed` doctor-shifts of kind k, `weight` their FTE-weighted allowed shifts and
    each doctor's allowed shifts. Each is a running total, added shift by shift in order
    (NumPy's accumulate is sequential, and the 0.0 of a shift without the kind leaves a
    partial sum as it is), so the floats are bit for bit those of adding as the rotation goes.
    So are the fair shares themselves, `share[k][s]`: needed / weight * FTE * allowed shifts,
    each doctor's worked out with the same operations in the same order."""

    def __init__(self, problem: RotaProblem) -> None:
        self.problem = problem
        self.near: list[list[int]] = [[] for _ in problem.shifts]
        for s, t in problem.apart:
            self.near[s].append(t)
            self.near[t].append(s)
        shape = (len(problem.shifts), len(problem.doctors))
        allowed = np.ones(shape, dtype=bool)
        if problem.blocked:
            doctors, shifts = zip(*problem.blocked, strict=True)
            allowed[list(shifts), list(doctors)] = False
        # who may still join each shift: allowed, and not already on it or on one too near
        self.open_to = allowed.copy()
        self.fte = np.array([p.fte for p in problem.doctors], dtype=float)
        self.ids = [p.id for p in problem.doctors]
        self.kinds = [tuple(map(KINDS.index, kinds)) for kinds in problem.kinds]
        # each shift's allowed FTE, added doctor by doctor from 0.0 as Python's sum would
        no_one = np.zeros((shape[0], 1))
        summed = np.add.accumulate(np.hstack([no_one, np.where(allowed, self.fte, 0.0)]), axis=1)
        places = np.array([shift.doctors for shift in problem.shifts], dtype=np.int64)
        self.share: list[np.ndarray] = []
        for k in range(len(KINDS)):
            has = np.array([k in kinds for kinds in self.kinds], dtype=bool)
            needed = np.cumsum(np.where(has, places, 0))
            weight = np.add.accumulate(np.where(has, summed[:, -1], 0.0))
            allowed_so_far = np.cumsum(allowed & has[:, None], axis=0)
            with np.errstate(divide="ignore", invalid="ignore"):  # no one allowed yet: not read
                self.share.append((needed / weight)[:, None] * self.fte * allowed_so_far)
        self.counts = [np.zeros(shape[1], dtype=np.int64) for _ in KINDS]
        self.last_day: list[dt.date | None] = [None] * shape[1]
        self.days: list[list[dt.date]] = [[] for _ in range(shape[1])]  # the days of their shifts
        self.nights: dict[tuple[int, int, int], int] = {}

    def record(self, d: int, s: int) -> None:
        shift = self.problem.shifts[s]
        for t in self.near[s]:
            self.open_to[t, d] = False
        self.open_to[s, d] = False
        self.last_day[d] = shift.day
        self.days[d].append(shift.day)
        for k in self.kinds[s]:
            self.counts[k][d] += 1
        if shift.night:
            key = (d, shift.day.year, shift.day.month)
            self.nights[key] = self.nights.get(key, 0) + 1

    def pick(self, s: int, team: list[int]) -> int | None:
        """The doctor furthest behind their fair share of the shift's burdens who may join
        `team` on shift s, if any."""
        problem = self.problem
        shift = problem.shifts[s]
        candidates = self.open_to[s]
        lacking = problem.lacking
        if lacking and not problem.covered[s] and all((d, s) in lacking for d in team):
            candidates = candidates.copy()
            candidates[[d for d in range(len(candidates)) if (d, s) in lacking]] = False
        rules = problem.rules
        if (
            rules.frequency_days
            or rules.max_days_in_a_row
            or (shift.night and rules.max_nights_per_month is not None)
        ):
            candidates = candidates.copy()
            for d in candidates.nonzero()[0].tolist():
                candidates[d] = self._may_work(d, s)
        if not candidates.any():
            return None
        return self._furthest_behind(s, candidates)

    def _may_work(self, d: int, s: int) -> bool:
        """The policy's limits on frequency, days in a row and nights a month."""
        day = self.problem.shifts[s].day
        return self._rested(d, day) and not self._streak_full(d, day) and self._nights_left(d, s)

    def _furthest_behind(self, s: int, candidates: np.ndarray) -> int:
        """Of the `candidates` (a mask over the doctors), the doctor furthest behind their fair
        share of shift s's burdens (summed kind by kind, in the order of the kinds); ties go
        to a wish to work, then to the lowest id (ids are unique)."""
        first, *others = (self.counts[k] - self.share[k][s] for k in self.kinds[s])
        behind = np.where(candidates, sum(others, first), np.inf)
        ties = (behind == behind.min()).nonzero()[0].tolist()
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
