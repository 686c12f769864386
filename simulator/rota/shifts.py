"""Concrete shifts: a legevakt's shift templates laid out on the calendar."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

import holidays

from simulator.rules.night import is_night
from simulator.scenario.base import Weekday, clock_minutes
from simulator.scenario.legevakt import Legevakt, OfficeDays, ShiftMode, ShiftTemplate

WEEKDAYS = list(Weekday)
SATURDAY = Weekday.sat.index
LONGEST_REACH_DAYS = 4  # a 72 h shift and up to 24 h of rest reach this far


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
        return self.day.weekday() >= SATURDAY

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
    return _kinds(shift.night, shift.weekend, shift.holiday)


@cache
def _kinds(night: bool, weekend: bool, holiday: bool) -> tuple[Kind, ...]:
    flags = {Kind.shifts: True, Kind.nights: night, Kind.weekends: weekend, Kind.holidays: holiday}
    return tuple(kind for kind, on in flags.items() if on)


@cache
def public_holidays(year: int) -> frozenset[dt.date]:
    """Norwegian public holidays (helligdager and 1 and 17 May), Sundays not included."""
    return frozenset(holidays.country_holidays("NO", years=year))


def is_holiday(day: dt.date) -> bool:
    return day in public_holidays(day.year)


def expand(legevakt: Legevakt, start: dt.date, weeks: int) -> list[Shift]:
    """Every shift of `legevakt` starting in the `weeks` weeks from `start`, by start time.

    On a public holiday the Sunday templates apply instead of the weekday's, unless a template's
    `on_holidays` says otherwise.
    """
    timing = [
        (t, dt.timedelta(minutes=clock_minutes(t.start)), dt.timedelta(minutes=t.minutes))
        for t in legevakt.shifts
    ]
    shifts: list[Shift] = []
    for offset in range(weeks * 7):
        day = start + dt.timedelta(days=offset)
        holiday = is_holiday(day)
        weekday = WEEKDAYS[day.weekday()]
        midnight = dt.datetime.combine(day, dt.time())
        for template, begins, lasts in timing:
            if template.starts_on(weekday, holiday):
                begin = midnight + begins
                shifts.append(_shift(legevakt.id, template, day, begin, begin + lasts, holiday))
    return sorted(shifts, key=lambda s: (s.start, s.template))


def _shift(
    legevakt: str,
    template: ShiftTemplate,
    day: dt.date,
    begin: dt.datetime,
    end: dt.datetime,
    holiday: bool,
) -> Shift:
    return Shift(
        legevakt,
        template.id,
        day,
        begin,
        end,
        template.mode,
        template.doctors,
        holiday,
        is_night(day, begin, end),
        template.office_days,
    )


def reach_days(shifts: list[Shift], rest_hours: float) -> int:
    """How many days a shift and the rest after it reach from its day: at least
    `LONGEST_REACH_DAYS`, more for week-long home call (ukevakt)."""
    longest = max((s.hours for s in shifts), default=0.0)
    return max(LONGEST_REACH_DAYS, math.ceil((longest + rest_hours) / 24))
