"""Engine time: minutes since Monday 00:00 of the scenario's start date, and the day types that
drive demand and opening.

Norwegian public holidays come from the `holidays` package. On a holiday offices are closed and
legevakt demand follows the Sunday profile (MODEL.md §4).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum
from functools import cached_property

import holidays
import numpy as np

MINUTES_PER_HOUR = 60
MINUTES_PER_DAY = 24 * 60
MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY
SATURDAY, SUNDAY = 5, 6


class DayType(IntEnum):
    """What kind of day a date is for demand: holidays count as Sundays."""

    weekday = 0
    saturday = 1
    sunday = 2


@dataclass(frozen=True)
class Calendar:
    """The simulated horizon: `days` days from `start` (a Monday), the first `warmup_days` of
    which are excluded from KPIs."""

    start: dt.date
    days: int
    warmup_days: int
    holidays: frozenset[dt.date]

    @classmethod
    def for_horizon(cls, start: dt.date, weeks: int, warmup_weeks: int) -> Calendar:
        if start.weekday() != 0:
            raise ValueError(f"the calendar starts on a Monday, not on {start:%A} {start}")
        days = 7 * (weeks + warmup_weeks)
        years = range(start.year, (start + dt.timedelta(days=days)).year + 1)
        return cls(start, days, 7 * warmup_weeks, frozenset(holidays.Norway(years=years)))

    @cached_property
    def origin(self) -> dt.datetime:
        """Monday 00:00 of the start (asked for every shift's start and end)."""
        return dt.datetime.combine(self.start, dt.time())

    @property
    def horizon(self) -> int:
        """Length of the simulation in minutes."""
        return self.days * MINUTES_PER_DAY

    @property
    def warmup(self) -> int:
        """Minutes of warm-up at the start, excluded from KPIs."""
        return self.warmup_days * MINUTES_PER_DAY

    def date(self, day: int) -> dt.date:
        return self.start + dt.timedelta(days=int(day))

    def minute(self, moment: dt.datetime) -> int:
        """Engine minute of a naive local datetime."""
        return int((moment - self.origin).total_seconds() // 60)

    def is_holiday(self, day: int) -> bool:
        return self.date(day) in self.holidays

    def is_working_day(self, day: int) -> bool:
        """Offices are open Monday to Friday except public holidays."""
        if 0 <= day < self.days:
            return self._working[day]
        return day % 7 < SATURDAY and not self.is_holiday(day)

    def are_working_days(self, days: np.ndarray) -> np.ndarray:
        """`is_working_day` of each of `days` (integers), looked up at once."""
        inside = (days >= 0) & (days < self.days)
        working = np.zeros(len(days), dtype=bool)
        working[inside] = np.array(self._working)[days[inside]]
        for i in np.flatnonzero(~inside).tolist():
            working[i] = self.is_working_day(int(days[i]))
        return working

    @cached_property
    def _working(self) -> list[bool]:
        """Working days of the horizon, looked up once (asked for every legevakt contact)."""
        return [d % 7 < SATURDAY and not self.is_holiday(d) for d in range(self.days)]

    def day_type(self, day: int) -> DayType:
        weekday = day % 7
        if weekday == SUNDAY or self.is_holiday(day):
            return DayType.sunday
        return DayType.saturday if weekday == SATURDAY else DayType.weekday

    def day_types(self) -> np.ndarray:
        """The `DayType` of every day of the horizon."""
        return np.array([self.day_type(d) for d in range(self.days)], dtype=np.int8)

    def working_days(self) -> np.ndarray:
        """Indices of the working days of the horizon, in order."""
        return np.array([d for d in range(self.days) if self.is_working_day(d)], dtype=np.int64)
