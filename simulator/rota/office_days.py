"""A doctor's office hours: the work periods that legevakt rest must also respect."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Hashable

from simulator.rota.shifts import is_holiday
from simulator.scenario import Scenario
from simulator.scenario.base import Weekday, clock_minutes
from simulator.scenario.offices import Office
from simulator.scenario.physicians import Physician

Period = tuple[dt.datetime, dt.datetime]
WEEKDAYS = list(Weekday)


class OfficeHours:
    """Office hours of a scenario's doctors. Doctors at the same office with the same branch
    days share their hours, so each (office, branch days, day) is worked out once."""

    def __init__(self, scenario: Scenario) -> None:
        self.offices: dict[str, Office] = scenario.by_id("offices")
        self._periods: dict[tuple[Hashable, dt.date], Period | None] = {}
        self._workplaces: dict[str, Hashable] = {}  # by physician id: asked once per day

    def period(
        self, physician: Physician, day: dt.date, away: Collection[dt.date] = ()
    ) -> Period | None:
        """Where the doctor's office day on `day` starts and ends, if they have one.

        A branch day is spent at the branch office in its opening hours (unless it is closed
        that ISO week); other days at the home office. Offices close on public holidays.
        """
        if physician.office is None or day in away:
            return None
        place = self._workplaces.get(physician.id)
        if place is None:
            place = self._workplaces[physician.id] = workplace(physician)
        key = (place, day)
        if key not in self._periods:
            self._periods[key] = self._find(physician, day)
        return self._periods[key]

    def _find(self, physician: Physician, day: dt.date) -> Period | None:
        if physician.office is None or is_holiday(day):
            return None
        office = self.offices[physician.office]
        weekday = WEEKDAYS[day.weekday()]
        for branch in physician.branch_days:
            branch_office = self.offices[branch.office]
            open_week = day.isocalendar().week not in branch_office.closed_in_summer_weeks
            if weekday in branch.days and open_week:
                office = branch_office
                break
        hours = office.opening_hours
        if weekday not in hours.days:
            return None
        midnight = dt.datetime.combine(day, dt.time())
        return (
            midnight + dt.timedelta(minutes=clock_minutes(hours.start)),
            midnight + dt.timedelta(minutes=clock_minutes(hours.end)),
        )


def workplace(physician: Physician) -> Hashable:
    """What a doctor's office hours depend on: the home office and the branch days."""
    branches = tuple((b.office, tuple(b.days)) for b in physician.branch_days)
    return physician.office, branches
