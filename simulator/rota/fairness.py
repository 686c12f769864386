"""Burden per doctor: what a fair rota shares in proportion to FTE."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from simulator.rota.problem import RotaProblem
from simulator.rota.shifts import Shift


class Kind(StrEnum):
    """The burdens a rota shares out: all shifts, nights, weekends and holidays."""

    shifts = "shifts"
    nights = "nights"
    weekends = "weekends"
    holidays = "holidays"


def kinds_of(shift: Shift) -> tuple[Kind, ...]:
    """The burdens a shift counts towards."""
    flags = (
        (Kind.shifts, True),
        (Kind.nights, shift.night),
        (Kind.weekends, shift.weekend),
        (Kind.holidays, shift.holiday),
    )
    return tuple(kind for kind, on in flags if on)


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
    return [s for s, shift in enumerate(problem.shifts[:stop]) if kind in kinds_of(shift)]


def fair_shares(problem: RotaProblem, kind: Kind, stop: int | None = None) -> list[float]:
    """Each doctor's fair share of the doctor-shifts of `kind` (before shift `stop`): in
    proportion to FTE times the part of those shifts the doctor may work at all (exemptions,
    vacations and competence shrink a share instead of loading it onto the others)."""
    shifts = shifts_of(problem, kind, stop)
    total = sum(problem.shifts[s].doctors for s in shifts)
    weights = [
        doctor.fte * sum(problem.allowed(d, s) for s in shifts) / len(shifts) if shifts else 0.0
        for d, doctor in enumerate(problem.doctors)
    ]
    return targets(total, weights)


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
