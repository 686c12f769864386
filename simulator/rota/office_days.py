"""A doctor's office hours: the work periods that legevakt rest must also respect."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence

from simulator.rota.shifts import is_holiday
from simulator.scenario import Scenario
from simulator.scenario.base import Weekday, clock_minutes
from simulator.scenario.offices import Office
from simulator.scenario.physicians import Physician

Period = tuple[dt.datetime, dt.datetime]
WEEKDAYS = list(Weekday)


class OfficeHours:
    """Office hours of a scenario's doctors; each office's opening hours are read once."""

    def __init__(self, scenario: Scenario) -> None:
        self.offices: dict[str, Office] = scenario.by_id("offices")
        self._opening: dict[str, tuple[frozenset[int], dt.timedelta, dt.timedelta]] = {}

    def periods(self, physician: Physician, days: Sequence[dt.date]) -> list[Period | None]:
        """Where the doctor's office day on each of `days` starts and ends, if they have one.

        A branch day is spent at the branch office in its opening hours (unless it is closed
        that ISO week); other days at the home office. Offices close on public holidays.
        """
        if physician.office is None:
            return [None] * len(days)
        return [self._period(physician, physician.office, day) for day in days]

    def _period(self, physician: Physician, office: str, day: dt.date) -> Period | None:
        if is_holiday(day):
            return None
        weekday = WEEKDAYS[day.weekday()]
        for branch in physician.branch_days:
            closed = self.offices[branch.office].closed_in_summer_weeks
            if weekday in branch.days and day.isocalendar().week not in closed:
                office = branch.office
                break
        days, start, end = self._hours(office)
        if day.weekday() not in days:
            return None
        midnight = dt.datetime.combine(day, dt.time())
        return midnight + start, midnight + end

    def _hours(self, office: str) -> tuple[frozenset[int], dt.timedelta, dt.timedelta]:
        """The office's opening weekdays (Monday 0) and opening and closing times."""
        if office not in self._opening:
            hours = self.offices[office].opening_hours
            self._opening[office] = (
                frozenset(day.index for day in hours.days),
                dt.timedelta(minutes=clock_minutes(hours.start)),
                dt.timedelta(minutes=clock_minutes(hours.end)),
            )
        return self._opening[office]


def workplace(physician: Physician) -> Hashable:
    """What a doctor's office hours depend on: the home office and the branch days."""
    branches = tuple((b.office, tuple(b.days)) for b in physician.branch_days)
    return physician.office, branches
