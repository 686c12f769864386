"""A generic time commitment: hours a week or per event, for whom, where and how often.

It carries the report's idealtypes whose only effect on physicians is a recurring claim on
their time (sick-leave dialogue meetings, PKO posts, standby rotas, phone-backs); their
presets in models/ give the numbers.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, model_validator

from simulator.idealtypes import expansion
from simulator.idealtypes.attendance import attendees
from simulator.idealtypes.base import TYPE_HELP, Attendees, CollaborationBase
from simulator.plan.timeline import Category
from simulator.scenario.base import PlaceRef
from simulator.scenario.registry import Idealtype, register
from simulator.scenario.texts import invalid

if TYPE_CHECKING:
    from simulator.scenario import Scenario


class Per(StrEnum):
    week = "week"  # `hours` every week
    event = "event"  # `hours` per event, `events_per_year` events per attendee


class TimeCommitment(CollaborationBase):
    type: Literal["time_commitment"] = Field(description=TYPE_HELP)
    hours: Annotated[float, Field(gt=0, le=168)] = Field(
        1.0, description="Hours per week or per event for each attendee."
    )
    per: Per = Field(Per.week, description="week: hours every week; event: hours per event.")
    events_per_year: Annotated[float, Field(gt=0, le=2000)] | None = Field(
        None, description="Events per attendee and year; required with `per: event`."
    )
    attendees: Attendees = Field(default_factory=Attendees, description="Who spends the time.")
    place: PlaceRef | None = Field(None, description="Where; none: at each attendee's office.")
    category: Category = Field(
        Category.meetings, description="The ledger category the time is charged to."
    )
    counts_as_public_duty: bool = Field(
        False, description="Counts within the 7.5 h of other municipal tasks (§ 32)."
    )

    @model_validator(mode="after")
    def _events_given_per_event(self) -> TimeCommitment:
        if (self.per is Per.event) != (self.events_per_year is not None):
            raise invalid("events_per_event")
        return self

    @property
    def hours_per_week(self) -> float:
        """Average weekly hours of one attendee."""
        if self.per is Per.week:
            return self.hours
        assert self.events_per_year is not None
        return self.hours * self.events_per_year / 52.0


def _public_duty_hours(commitment: TimeCommitment, scenario: Scenario) -> tuple[float, set[str]]:
    if commitment.counts_as_public_duty:
        return commitment.hours_per_week, attendees(commitment.attendees, commitment, scenario)
    return 0.0, set()


IDEALTYPE = register(
    Idealtype(
        TimeCommitment,
        expand=expansion.time_commitment,
        public_duty_hours=_public_duty_hours,
    )
)
