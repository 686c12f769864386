"""Concrete shifts: a legevakt's shift templates laid out on the calendar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache

import holidays

from simulator.rules import load_catalogue
from simulator.scenario.base import Weekday, clock_minutes
from simulator.scenario.legevakt import Legevakt, OfficeDays, ShiftMode, ShiftTemplate

NIGHT_RULE = "local-nights-per-month"  # its parameters define a night (aml § 10-11 [L5])


@dataclass(frozen=True, slots=True)
class Shift:
    """One shift on the calendar: `doctors` places from `start` to `end` (naive local time)."""

    legevakt: str
    template: str
    day: dt.date
    start: dt.datetime
    end: dt.datetime
    mode: ShiftMode
    doctors: int
    holiday: bool
    night: bool  # more than the catalogue's night hours (`is_night`), decided once
    office_days: OfficeDays = OfficeDays.excluded  # the template's: may it meet office hours?

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600

    @property
    def weekend(self) -> bool:
        return self.day.weekday() >= Weekday.sat.index

    @property
    def label(self) -> str:
        return f"{self.template} {self.start:%a %d %b %Y %H:%M}"


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


@lru_cache(maxsize=1 << 16)
def is_night(day: dt.date, start: dt.datetime, end: dt.datetime) -> bool:
    """Whether a shift from `start` to `end` on `day` is a night shift; the rota asks this of
    every shift many times, so the answer is kept."""
    night_start, night_end, least = night_definition(day)
    return night_hours(start, end, night_start, night_end) > least


@cache
def night_definition(day: dt.date) -> tuple[dt.time, dt.time, float]:
    """When the night starts and ends, and the hours beyond which a shift is a night shift,
    as the rules catalogue defines them on `day`."""
    values = load_catalogue().rule(NIGHT_RULE).version_on(day).parameters
    start, end = (dt.time.fromisoformat(values[k]) for k in ("night_start", "night_end"))
    return start, end, float(values["min_night_hours"])


def night_hours(
    start: dt.datetime, end: dt.datetime, night_start: dt.time, night_end: dt.time
) -> float:
    """Hours of [start, end) inside the nights from `night_start` to `night_end`."""
    total = 0.0
    day = start.date() - dt.timedelta(days=1)
    while dt.datetime.combine(day, night_start) < end:
        night_from = dt.datetime.combine(day, night_start)
        night_to = dt.datetime.combine(day + dt.timedelta(days=1), night_end)
        overlap = min(end, night_to) - max(start, night_from)
        total += max(overlap.total_seconds(), 0) / 3600
        day += dt.timedelta(days=1)
    return total


@cache
def public_holidays(year: int) -> frozenset[dt.date]:
    """Norwegian public holidays (helligdager and 1 and 17 May), Sundays not included."""
    return frozenset(holidays.country_holidays("NO", years=year))


def is_holiday(day: dt.date) -> bool:
    return day in public_holidays(day.year)


def expand(legevakt: Legevakt, start: dt.date, weeks: int) -> list[Shift]:
    """Every shift of `legevakt` starting in the `weeks` weeks from `start`, by start time.

    On a public holiday the Sunday templates apply instead of the weekday's.
    """
    shifts: list[Shift] = []
    for offset in range(weeks * 7):
        day = start + dt.timedelta(days=offset)
        holiday = is_holiday(day)
        weekday = Weekday.sun if holiday else list(Weekday)[day.weekday()]
        for template in legevakt.shifts:
            if weekday in template.days:
                shifts.append(_shift(legevakt.id, template, day, holiday))
    return sorted(shifts, key=lambda s: (s.start, s.template))


def _shift(legevakt: str, template: ShiftTemplate, day: dt.date, holiday: bool) -> Shift:
    begin = dt.datetime.combine(day, dt.time()) + dt.timedelta(
        minutes=clock_minutes(template.start)
    )
    end = begin + dt.timedelta(minutes=template.minutes)
    night = is_night(day, begin, end)
    return Shift(
        legevakt,
        template.id,
        day,
        begin,
        end,
        template.mode,
        template.doctors,
        holiday,
        night,
        template.office_days,
    )
