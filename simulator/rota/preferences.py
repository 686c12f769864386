"""Doctors' vacations, blocked dates and wishes for a rota, read from a CSV file.

Columns: `physician`, `date`, `kind`, optional `to` (last day of a range, inclusive) and
`weight` (for wishes, default 1). Kinds: `vacation` and `blocked` are hard (no shift starts
on those days; vacation also frees the office days), `wish` asks for a shift starting that
day and `avoid` asks to be spared one; the solver weighs these against fairness.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path

from simulator.rota.csvinput import RotaInputError, parse_date, rows


class PreferenceKind(StrEnum):
    vacation = "vacation"
    blocked = "blocked"
    wish = "wish"
    avoid = "avoid"


HARD = frozenset({PreferenceKind.vacation, PreferenceKind.blocked})


@dataclass(frozen=True)
class Preferences:
    """Per doctor: days off (hard), vacation days (hard, also no office) and soft weights per
    day (positive: wants a shift, negative: would rather not)."""

    off: dict[str, frozenset[dt.date]] = field(default_factory=dict)
    vacation: dict[str, frozenset[dt.date]] = field(default_factory=dict)
    weights: dict[tuple[str, dt.date], int] = field(default_factory=dict)

    @cached_property
    def wishful(self) -> frozenset[str]:
        """The doctors with any wish or wish to avoid."""
        return frozenset(physician for physician, _ in self.weights)

    def is_off(self, physician: str, day: dt.date) -> bool:
        return day in self.off.get(physician, frozenset())


def read_preferences(path: Path, physicians: set[str]) -> Preferences:
    off: dict[str, set[dt.date]] = {}
    vacation: dict[str, set[dt.date]] = {}
    weights: dict[tuple[str, dt.date], int] = {}
    for line, row in rows(path, ("physician", "date", "kind")):
        where = f"{path}:{line}"
        doctor, kind = row["physician"], _kind(row["kind"], where)
        if doctor not in physicians:
            raise RotaInputError(f"{where}: unknown physician '{doctor}'")
        days = _days(row, where)
        if kind in HARD:
            off.setdefault(doctor, set()).update(days)
        if kind is PreferenceKind.vacation:
            vacation.setdefault(doctor, set()).update(days)
        if kind not in HARD:
            sign = 1 if kind is PreferenceKind.wish else -1
            for day in days:
                weights[(doctor, day)] = sign * _weight(row.get("weight", ""), where)
    return Preferences(
        {k: frozenset(v) for k, v in off.items()},
        {k: frozenset(v) for k, v in vacation.items()},
        weights,
    )


def _kind(value: str, where: str) -> PreferenceKind:
    try:
        return PreferenceKind(value)
    except ValueError:
        kinds = ", ".join(PreferenceKind)
        raise RotaInputError(f"{where}: kind '{value}' is not one of {kinds}") from None


def _days(row: dict[str, str], where: str) -> list[dt.date]:
    first = parse_date(row["date"], where)
    last = parse_date(row["to"], where) if row.get("to") else first
    if last < first:
        raise RotaInputError(f"{where}: 'to' ({last}) is before 'date' ({first})")
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def _weight(value: str, where: str) -> int:
    if not value:
        return 1
    if not value.isdigit() or not 1 <= int(value) <= 10:
        raise RotaInputError(f"{where}: weight '{value}' must be a whole number from 1 to 10")
    return int(value)
