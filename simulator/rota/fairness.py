"""Burden per doctor: what a fair rota shares in proportion to FTE."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.rota.problem import RotaProblem
from simulator.rota.shifts import Kind, Shift


@dataclass(frozen=True)
class Burden:
    """One doctor's load in a rota."""

    physician: str
    fte: float
    shifts: int
    hours: float
    nights: int
    weekends: int
    holidays: int

    def count(self, kind: Kind) -> int:
        return int(getattr(self, kind.value))


def burdens(doctors: list[tuple[str, float]], worked: list[list[Shift]]) -> list[Burden]:
    """Burden of each (id, fte) given the shifts each works."""
    return [
        Burden(
            physician,
            fte,
            len(shifts),
            sum(s.hours for s in shifts),
            sum(s.night for s in shifts),
            sum(s.weekend for s in shifts),
            sum(s.holiday for s in shifts),
        )
        for (physician, fte), shifts in zip(doctors, worked, strict=True)
    ]


def targets(total: int, weights: list[float]) -> list[float]:
    """A fair share of `total` for each weight."""
    whole = sum(weights)
    return [total * w / whole if whole else 0.0 for w in weights]


def shifts_of(problem: RotaProblem, kind: Kind, stop: int | None = None) -> list[int]:
    """The shifts (before index `stop`) that count towards `kind`."""
    kinds = problem.kinds[:stop]
    return [s for s, counted in enumerate(kinds) if kind in counted]


def fair_shares(problem: RotaProblem, kind: Kind, stop: int | None = None) -> list[float]:
    """Each doctor's fair share of the doctor-shifts of `kind` (before shift `stop`): in
    proportion to FTE times the part of those shifts the doctor may work at all (exemptions,
    vacations and competence shrink a share instead of loading it onto the others)."""
    shifts = shifts_of(problem, kind, stop)
    total = sum(problem.shifts[s].doctors for s in shifts)
    allowed = [0] * len(problem.doctors)
    for s in shifts:
        for d in problem.allowed_doctors[s]:
            allowed[d] += 1
    weights = [
        doctor.fte * allowed[d] / len(shifts) if shifts else 0.0
        for d, doctor in enumerate(problem.doctors)
    ]
    return targets(total, weights)


def counts(problem: RotaProblem, shifts: list[int], staffing: list[list[int]]) -> list[int]:
    """How many of `shifts` each doctor works in `staffing`."""
    worked = [0] * len(problem.doctors)
    for s in shifts:
        for d in staffing[s]:
            worked[d] += 1
    return worked


def apportionment_bounds(total: int, goals: list[int], scale: int) -> tuple[int, int]:
    """Lower bounds on (largest, summed) |scale * count - goal| over whole counts that add
    up to `total`, ignoring every other rule: no rota can be fairer than this. An empty pool
    has nothing to share."""
    if not goals:
        return 0, 0
    return _least_largest(total, goals, scale), _least_sum(total, goals, scale)


def _least_largest(total: int, goals: list[int], scale: int) -> int:
    candidates = sorted(
        {abs(scale * k - g) for g in goals for k in range(g // scale - 1, g // scale + 3) if k >= 0}
    )
    for delta in candidates:
        low = sum(max(0, -(-(g - delta) // scale)) for g in goals)
        high = sum((g + delta) // scale for g in goals)
        if low <= total <= high and all((g + delta) // scale >= 0 for g in goals):
            return delta
    return candidates[-1]


def _least_sum(total: int, goals: list[int], scale: int) -> int:
    counts = [max(0, round(g / scale)) for g in goals]

    def cost(i: int, c: int) -> int:
        return abs(scale * c - goals[i]) if c >= 0 else 10**12

    step = 1 if sum(counts) < total else -1
    while sum(counts) != total:
        best = min(range(len(goals)), key=lambda i: cost(i, counts[i] + step) - cost(i, counts[i]))
        counts[best] += step
    return sum(cost(i, c) for i, c in enumerate(counts))
