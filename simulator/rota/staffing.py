"""A staffed rota: which doctors work each shift of a problem."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.plan.assignment import Assignment
from simulator.rota.fairness import Burden, burdens
from simulator.rota.problem import RotaProblem
from simulator.rota.shifts import Shift


@dataclass(frozen=True)
class Staffing:
    """`doctors[s]`: indices of the doctors on shift s; `method` says how it was found."""

    problem: RotaProblem
    doctors: list[list[int]]
    method: str

    def unfilled(self) -> list[int]:
        """Shifts with fewer doctors than they need."""
        return [
            s for s, shift in enumerate(self.problem.shifts) if len(self.doctors[s]) < shift.doctors
        ]

    def assignments(self) -> list[Assignment]:
        ids = [p.id for p in self.problem.doctors]
        return [
            Assignment(shift.legevakt, shift.template, who, shift.start, shift.end, shift.mode)
            for shift, team in zip(self.problem.shifts, self.doctors, strict=True)
            for who in sorted(map(ids.__getitem__, team))
        ]

    def burdens(self) -> list[Burden]:
        worked: list[list[Shift]] = [[] for _ in self.problem.doctors]
        for shift, team in zip(self.problem.shifts, self.doctors, strict=True):
            for d in team:
                worked[d].append(shift)
        return burdens([(p.id, p.fte) for p in self.problem.doctors], worked)
