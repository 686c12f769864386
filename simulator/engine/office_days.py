"""Where each physician does office work on each day of the horizon: at the home office, at a
branch office on its weekdays (unless that office is closed in the week), or nowhere (no
office, not a working day, on vacation, the office closed on the weekday).

A national year asks this of some two million physician-days; each physician's days are worked
out at once as arrays over the horizon instead of one day at a time.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from simulator.engine.calendar import MINUTES_PER_DAY, Calendar
from simulator.plan.plan import Plan
from simulator.scenario.base import clock_minutes
from simulator.scenario.physicians import Physician

NOWHERE = -1
# a day's index into a physician's few office hours: one byte a day (a national year's calendars
# are two million physician-days, kept for every replication of the plan)
DAY_INDEX = np.int8


class DayHours(NamedTuple):
    """An office, its opening minute and the physician's minutes there on a day."""

    office: str
    opens: int
    minutes: int


class DayOffices(NamedTuple):
    """One physician's days: per day the index of its `hours`, `NOWHERE` when not in one."""

    index: np.ndarray
    hours: tuple[DayHours, ...]

    def present(self) -> np.ndarray:
        """The days spent at an office."""
        return np.flatnonzero(self.index != NOWHERE)

    def ids(self) -> list[str | None]:
        """Per day the office's id, None when not in one."""
        names = [h.office for h in self.hours] + [None]  # NOWHERE reads the last
        return [names[i] for i in self.index.tolist()]

    def ends(self) -> np.ndarray:
        """Per day the minute the office day ends, -1 without one."""
        ends = np.array([h.opens + h.minutes for h in self.hours] + [0], np.int64)[self.index]
        day_ends = np.arange(len(self.index), dtype=np.int64) * MINUTES_PER_DAY + ends
        return np.where(self.index != NOWHERE, day_ends, -1)


class OfficeCalendar:
    """The office days of a plan's physicians over a calendar's horizon (whole weeks)."""

    def __init__(
        self, plan: Plan, calendar: Calendar, iso_weeks: list[int], vacations: dict[str, set[int]]
    ) -> None:
        self.plan = plan
        self.vacations = vacations
        offices = plan.scenario.offices
        self.code = {o.id: i for i, o in enumerate(offices)}
        self.hours = [
            (o.id, clock_minutes(o.opening_hours.start), o.opening_hours.minutes_per_day)
            for o in offices
        ]
        self.iso_weeks = np.array(iso_weeks, np.int64)
        days = np.arange(calendar.days)
        self.week, self.weekday = days // 7, days % 7
        self.working = np.array([calendar.is_working_day(d) for d in range(calendar.days)])
        self.open = np.array(
            [[d in {x.index for x in o.opening_hours.days} for d in range(7)] for o in offices]
        ).reshape(len(offices), 7)
        self.closed = [np.isin(self.iso_weeks, o.closed_in_summer_weeks) for o in offices]

    def away(self, physician: str) -> np.ndarray:
        """Per week of the horizon: is `physician` on vacation?"""
        weeks = self.vacations[physician]
        return np.array([w in weeks for w in self.iso_weeks.tolist()], bool)

    def _working(self, physician: str) -> np.ndarray:
        """Per day: a working day, and `physician` not on vacation."""
        return self.working & ~self.away(physician)[self.week]

    def at_office(self, physician: Physician) -> DayOffices:
        """The physician's office days; minutes scaled by their FTE (at most full time)."""
        if physician.office is None:
            return DayOffices(np.full(len(self.week), NOWHERE, DAY_INDEX), ())
        office = np.full(len(self.week), self.code[physician.office], np.intp)
        for weekday in range(7):
            branch = self.plan.branch_day(physician.id, weekday)
            if branch:
                code = self.code[branch.office]
                office[(self.weekday == weekday) & ~self.closed[code][self.week]] = code
        present = self._working(physician.id) & self.open[office, self.weekday]
        used, index = np.unique(office[present], return_inverse=True)
        share = min(physician.fte, 1.0)
        hours = []
        for code in used.tolist():
            office_id, opens, minutes = self.hours[code]
            hours.append(DayHours(office_id, opens, round(minutes * share)))
        day_index = np.full(len(office), NOWHERE, DAY_INDEX)
        day_index[present] = index
        return DayOffices(day_index, tuple(hours))

    def in_daytime(self, physician: Physician, hours: DayHours) -> DayOffices:
        """`hours` on every working day the physician is not on vacation (for those without an
        office, who still do their weekly hours in daytime)."""
        present = self._working(physician.id)
        return DayOffices(np.where(present, 0, NOWHERE).astype(DAY_INDEX), (hours,))
