"""Burden per doctor: what a fair rota shares in proportion to FTE."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

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


def targets(total: int, ftes: list[float]) -> list[float]:
    """A fair share of `total` for each FTE."""
    whole = sum(ftes)
    return [total * f / whole for f in ftes]
