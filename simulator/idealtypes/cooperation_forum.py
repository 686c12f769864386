"""Recurring meetings: LSU/ALU (report 2.4), the weekly onsdagsmøte (2.10), cooperation groups
(3.3)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field

from simulator.idealtypes import expansion
from simulator.idealtypes.attendance import HAS_ATTENDEES, attended, attendees
from simulator.idealtypes.base import TYPE_HELP, Attendees, CollaborationBase
from simulator.scenario.base import ClockTime, Share, Weekday
from simulator.scenario.registry import Idealtype, register

if TYPE_CHECKING:
    from simulator.scenario import Scenario


class TimeOfDay(StrEnum):
    daytime = "daytime"  # takes office time
    evening = "evening"  # adds hours outside office time


class CooperationForum(CollaborationBase):
    type: Literal["cooperation_forum"] = Field(description=TYPE_HELP)
    interval_weeks: Annotated[float, Field(gt=0, le=52)] = Field(
        1.0, description="Weeks between meetings: 1 for the onsdagsmøte, 13 for the ALU."
    )
    duration_minutes: Annotated[float, Field(gt=0, le=480)] = Field(
        45.0, description="Minutes per meeting; 'just under 45' for the onsdagsmøte (2.10)."
    )
    weekday: Weekday = Field(Weekday.wed, description="Day of the week of the meetings.")
    start: ClockTime = "11:00"
    time_of_day: TimeOfDay = Field(
        TimeOfDay.daytime, description="daytime takes office time; evening adds hours after it."
    )
    mandatory: bool = Field(True, description="Attendance is required.")
    attendance_share: Share = Field(1.0, description="About 0.5 for Stavanger's ALU (2.4).")
    attendees: Attendees = Field(default_factory=Attendees, description="Who attends the meetings.")
    counts_as_public_duty: bool = Field(
        True,
        description="Meetings with the kommune count within the 7.5 h (fastlegeforskriften § 32).",
    )


def _public_duty_hours(forum: CooperationForum, scenario: Scenario) -> tuple[float, set[str]]:
    if forum.mandatory and forum.counts_as_public_duty:
        return forum.duration_minutes / 60.0 / forum.interval_weeks, attendees(
            forum.attendees, forum, scenario
        )
    return 0.0, set()


IDEALTYPE = register(
    Idealtype(
        CooperationForum,
        expand=expansion.cooperation_forum,
        participants=lambda c, _: [("attends_forum", c.attendees)],
        public_duty_hours=_public_duty_hours,
        preconditions={HAS_ATTENDEES.id: attended(lambda c: c.attendees)},
    )
)
