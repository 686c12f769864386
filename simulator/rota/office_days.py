"""A doctor's office hours: the work periods that legevakt rest must also respect."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from simulator.rota.shifts import is_holiday
from simulator.scenario import Scenario
from simulator.scenario.base import Weekday, clock_minutes
from simulator.scenario.offices import Office
from simulator.scenario.physicians import Physician

Period = tuple[dt.datetime, dt.datetime]


def office_period(
    scenario: Scenario, physician: Physician, day: dt.date, away: Collection[dt.date] = ()
) -> Period | None:
    """Where the doctor's office day on `day` starts and ends, if they have one.

    A branch day is spent at the branch office in its opening hours (unless it is closed that
    ISO week); other days at the home office. Offices close on public holidays.
    """
    if physician.office is None or day in away or is_holiday(day):
        return None
    offices = scenario.by_id("offices")
    office: Office = offices[physician.office]
    weekday = list(Weekday)[day.weekday()]
    for branch in physician.branch_days:
        branch_office: Office = offices[branch.office]
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
